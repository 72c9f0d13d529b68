package app.rapport.domain;

import java.time.LocalDate;
import java.util.UUID;

public record CompetitorLink(UUID id, UUID clientId, UUID competitorId, CompetitorRelation relation, LocalDate notedOn, String note) {
}
