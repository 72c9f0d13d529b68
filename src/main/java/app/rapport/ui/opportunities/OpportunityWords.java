package app.rapport.ui.opportunities;

import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;

/** What the kinds and states of an opportunity are called on screen. */
public final class OpportunityWords {
    private OpportunityWords() {
    }

    public static String kind(OpportunityKind kind) {
        return switch (kind) {
            case REQUEST -> "Request";
            case REFUSAL -> "Refusal";
            case UPSELL -> "Upsell idea";
            case COMPLAINT -> "Complaint";
            case REFERRAL -> "Referral";
        };
    }

    public static String status(OpportunityStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case WON -> "Won";
            case LOST -> "Lost";
            case DISMISSED -> "Dismissed";
        };
    }

    /** The prompt of the summary field: what to write for this kind. */
    static String summaryPrompt(OpportunityKind kind) {
        if (kind == null) {
            return "What was asked, offered or said";
        }
        return switch (kind) {
            case REQUEST -> "What they asked for, e.g. a lighter model in blue";
            case REFUSAL -> "What they turned down, e.g. the extended warranty";
            case UPSELL -> "What they might want next, and why";
            case COMPLAINT -> "What went wrong, in their words";
            case REFERRAL -> "Who they sent our way, or who sent them";
        };
    }

    /** The window's title for a new one of this kind. */
    static String newTitle(OpportunityKind kind) {
        return switch (kind) {
            case REQUEST -> "Log a request";
            case REFUSAL -> "Log a refusal";
            case UPSELL -> "Log an upsell idea";
            case COMPLAINT -> "Log a complaint";
            case REFERRAL -> "Log a referral";
        };
    }
}
