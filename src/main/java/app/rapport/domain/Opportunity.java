package app.rapport.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request, refusal, upsell idea, complaint or referral; a refusal carries its reason.
 * <p>
 * {@code version} is the stored row's version when it was read (the store raises it by one on every
 * save); a save names it so that it never overwrites a newer edit made at another desk. 0 means it
 * was not read from a store.
 */
public record Opportunity(
        UUID id,
        UUID clientId,
        OpportunityKind kind,
        OpportunityStatus status,
        UUID productId,
        String reasonCode,
        String reasonText,
        String summary,
        LocalDate openedOn,
        LocalDate closedOn,
        int version) {

    /** An opportunity not read from a store (version 0). */
    public Opportunity(UUID id, UUID clientId, OpportunityKind kind, OpportunityStatus status, UUID productId, String reasonCode,
                       String reasonText, String summary, LocalDate openedOn, LocalDate closedOn) {
        this(id, clientId, kind, status, productId, reasonCode, reasonText, summary, openedOn, closedOn, 0);
    }

    /** This opportunity as if read at {@code version}. */
    public Opportunity withVersion(int version) {
        return new Opportunity(id, clientId, kind, status, productId, reasonCode, reasonText, summary, openedOn, closedOn, version);
    }
}
