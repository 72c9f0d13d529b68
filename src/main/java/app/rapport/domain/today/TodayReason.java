package app.rapport.domain.today;

import app.rapport.domain.brief.ConversationType;

import java.util.Locale;

/**
 * Why a client is in the Today queue, most urgent first: a promise already broken, an unhappy
 * client, a buyer left in silence, then what keeps a relationship warm.
 */
public enum TodayReason {
    FOLLOW_UP_OVERDUE("Overdue follow-up", ConversationType.TRANSACTIONAL),
    OPEN_COMPLAINT("Open complaint", ConversationType.TRANSACTIONAL),
    GHOSTED("Ghosted after a purchase", ConversationType.RELATIONSHIP_BUILDING),
    FOLLOW_UP_DUE("Follow-up due today", ConversationType.TRANSACTIONAL),
    HONEYMOON_CHECK_IN("Check in after the purchase", ConversationType.TRANSACTIONAL),
    WARRANTY_ENDING("Warranty ends soon", ConversationType.DECISION_MAKING),
    RENEWAL_DUE("Renewal coming up", ConversationType.DECISION_MAKING),
    MATURE_SILENT("Silent for too long", ConversationType.RELATIONSHIP_BUILDING),
    BIRTHDAY("Birthday", ConversationType.RELATIONSHIP_BUILDING);

    private final String label;
    private final ConversationType conversation;

    TodayReason(String label, ConversationType conversation) {
        this.label = label;
        this.conversation = conversation;
    }

    /** A few words for the queue's reason column. */
    public String label() {
        return label;
    }

    /** The kind of conversation this reason usually calls for; the brief refines it for the client. */
    public ConversationType conversation() {
        return conversation;
    }

    /** The lower-case hyphenated name used in JSON ("follow-up-overdue"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
