package app.rapport.domain.today;

import java.util.Locale;

/**
 * Why a client is in the Today queue, most urgent first: a promise already broken, an unhappy
 * client, a buyer left in silence, then what keeps a relationship warm.
 */
public enum TodayReason {
    FOLLOW_UP_OVERDUE("Overdue follow-up"),
    OPEN_COMPLAINT("Open complaint"),
    GHOSTED("Ghosted after a purchase"),
    FOLLOW_UP_DUE("Follow-up due today"),
    HONEYMOON_CHECK_IN("Check in after the purchase"),
    WARRANTY_ENDING("Warranty ends soon"),
    RENEWAL_DUE("Renewal coming up"),
    MATURE_SILENT("Silent for too long"),
    BIRTHDAY("Birthday");

    private final String label;

    TodayReason(String label) {
        this.label = label;
    }

    /** A few words for the queue's reason column. */
    public String label() {
        return label;
    }

    /** The lower-case hyphenated name used in JSON ("follow-up-overdue"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
