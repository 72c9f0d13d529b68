package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The last time we really spoke with them. A note of ours (tips, a closed day, a birthday card, a stylist's leave)
 * answered only with a polite word ("Said thanks", "Acknowledged", "Replied with a heart") is a contact, not a
 * conversation: "we last spoke by email last week: how have things been since?" after our own tips email says
 * something that did not happen. The opener refers back to the last contact in which they said something.
 */
final class LastConversation {
    private LastConversation() {
    }

    /** How far back to look for a conversation, newest first. */
    private static final int READ = 60;

    /** An answer that is only politeness: thanks, a heart, a read receipt. */
    private static final Pattern POLITE_ONLY = Pattern.compile(
            "^\\s*(?:(?:said|sent) thanks(?: back)?|thanked us(?: \\w+)?|replied with (?:thanks|a heart|a thumbs[- ]up|an emoji|a smiley)"
                    + "|acknowledged|opened(?: it| the (?:message|email|link))?|read it|liked it|(?:sent )?a (?:heart|thumbs[- ]up) back"
                    + "|sent a (?:photo|heart|selfie) back|thanks)[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A note of ours they answered only politely. A visit, meeting or call they thanked us at was still a conversation. */
    static boolean politeOnly(Touchpoint t) {
        return t.direction() == Direction.OUTBOUND && (t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE)
                && t.outcome() != null && POLITE_ONLY.matcher(t.outcome()).matches();
    }

    /**
     * The newest contact in which they said something (their own, or an answer of theirs beyond politeness), when the last
     * one heard ({@code lastHeard}) was only a polite word to a note of ours; otherwise {@code lastHeard} itself. Null
     * stays null.
     */
    static Touchpoint spokeLast(List<Touchpoint> past, Touchpoint lastHeard) {
        if (lastHeard == null || !politeOnly(lastHeard)) {
            return lastHeard;
        }
        for (int i = 0; i < Math.min(past.size(), READ); i++) {
            Touchpoint t = past.get(i);
            if (BriefFacts.heard(t) && !politeOnly(t)) {
                return t;
            }
        }
        return lastHeard;
    }
}
