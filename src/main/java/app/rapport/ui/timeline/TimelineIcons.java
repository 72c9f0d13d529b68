package app.rapport.ui.timeline;

import app.rapport.domain.Channel;
import app.rapport.domain.Mood;
import app.rapport.domain.TimelineKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/** The icon for each channel and kind of entry, and the style class of each mood. */
public final class TimelineIcons {
    private TimelineIcons() {
    }

    public static Ikon of(Channel channel) {
        return switch (channel) {
            case CALL -> Material2AL.CALL;
            case VISIT -> Material2MZ.STOREFRONT;
            case EMAIL -> Material2AL.EMAIL;
            case MESSAGE -> Material2MZ.SMS;
            case MEETING -> Material2AL.GROUPS;
        };
    }

    public static Ikon of(TimelineKind kind) {
        return switch (kind) {
            case TOUCHPOINT -> Material2AL.FORUM;
            case PURCHASE -> Material2MZ.SHOPPING_BAG;
            case NOTE -> Material2MZ.STICKY_NOTE_2;
            case OPPORTUNITY -> Material2AL.LIGHTBULB;
        };
    }

    /** The icon of one entry: its channel for a touchpoint, else its kind. */
    public static Ikon of(TimelineKind kind, Channel channel) {
        return kind == TimelineKind.TOUCHPOINT && channel != null ? of(channel) : of(kind);
    }

    /** {@code mood-happy}, {@code mood-doubtful}, ...: the colours live in the style sheets. */
    public static String styleClass(Mood mood) {
        return "mood-" + mood.name().toLowerCase(Locale.ROOT);
    }
}
