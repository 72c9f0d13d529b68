package app.rapport.domain;

import java.util.UUID;

/**
 * A business we compete with, with its SWOT map.
 * <p>
 * {@code version} is the stored row's version when it was read (the store raises it by one on every
 * save); a save names it so that it never overwrites a newer edit made at another desk. 0 means it
 * was not read from a store.
 */
public record Competitor(UUID id, String name, String website, String area, PriceLevel priceLevel, String notes, int version) {

    /** A competitor not read from a store (version 0). */
    public Competitor(UUID id, String name, String website, String area, PriceLevel priceLevel, String notes) {
        this(id, name, website, area, priceLevel, notes, 0);
    }

    /** This competitor as if read at {@code version}. */
    public Competitor withVersion(int version) {
        return new Competitor(id, name, website, area, priceLevel, notes, version);
    }
}
