package app.rapport.domain;


import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One line of a client's timeline. {@code channel} and {@code mood} are set for touchpoints only;
 * {@code sourceId} is the id of the touchpoint, purchase, note or opportunity it shows;
 * {@code conversationType} is the kind of conversation a touchpoint was, null when not recorded;
 * {@code author} is who recorded it, null for entries written before people were named.
 */
public record TimelineEntry(TimelineKind kind, Instant at, String title, String detail, Channel channel, Mood mood, UUID sourceId,
                            ConversationType conversationType, String author) {

    /** An entry that names nobody as its author. */
    public TimelineEntry(TimelineKind kind, Instant at, String title, String detail, Channel channel, Mood mood, UUID sourceId,
                         ConversationType conversationType) {
        this(kind, at, title, detail, channel, mood, sourceId, conversationType, null);
    }

    /** An entry without a kind of conversation (purchases, notes, opportunities, unrecorded touchpoints). */
    public TimelineEntry(TimelineKind kind, Instant at, String title, String detail, Channel channel, Mood mood, UUID sourceId) {
        this(kind, at, title, detail, channel, mood, sourceId, null, null);
    }

    /** Who did what, as a person says it: "Ana logged a call", "Bo added a note"; empty when nobody is named. */
    public String byline() {
        if (author == null || author.isBlank()) {
            return "";
        }
        String what = switch (kind) {
            case TOUCHPOINT -> "logged " + (channel == null ? "a touchpoint" : article(channel.label()) + channel.label().toLowerCase(Locale.ROOT));
            case NOTE -> "added a note";
            case PURCHASE -> "recorded a purchase";
            case OPPORTUNITY -> "recorded an opportunity";
        };
        return author + " " + what;
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
    }
}
