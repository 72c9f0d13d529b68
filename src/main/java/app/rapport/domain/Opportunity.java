package app.rapport.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A request, refusal, upsell idea, complaint or referral; a refusal carries its reason. */
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
        LocalDate closedOn) {
}
