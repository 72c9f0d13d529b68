package app.rapport.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A card on a SWOT map; competitorId null means the map of our own business.
 * <p>
 * {@code version} is the stored row's version when it was read (the store raises it by one on every
 * save); a save names it so that it never overwrites a newer edit made at another desk. 0 means it
 * was not read from a store.
 */
public record SwotItem(
        UUID id,
        UUID competitorId,
        Quadrant quadrant,
        String text,
        String evidence,
        LocalDate observedOn,
        UUID clientId,
        int position,
        int version) {

    /** A card not read from a store (version 0). */
    public SwotItem(UUID id, UUID competitorId, Quadrant quadrant, String text, String evidence, LocalDate observedOn,
                    UUID clientId, int position) {
        this(id, competitorId, quadrant, text, evidence, observedOn, clientId, position, 0);
    }

    /** This card as if read at {@code version}. */
    public SwotItem withVersion(int version) {
        return new SwotItem(id, competitorId, quadrant, text, evidence, observedOn, clientId, position, version);
    }
}
