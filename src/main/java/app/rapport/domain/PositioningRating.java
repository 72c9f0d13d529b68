package app.rapport.domain;

import java.util.UUID;

/**
 * One cell of the positioning table: how we (competitorId null) or a competitor do on a factor,
 * rated 1 (weak) to 5 (strong), with a short note; either may be missing.
 */
public record PositioningRating(UUID factorId, UUID competitorId, Integer rating, String note) {
}
