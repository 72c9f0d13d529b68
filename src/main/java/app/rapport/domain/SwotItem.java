package app.rapport.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A card on a SWOT map; competitorId null means the map of our own business. */
public record SwotItem(
        UUID id,
        UUID competitorId,
        Quadrant quadrant,
        String text,
        String evidence,
        LocalDate observedOn,
        UUID clientId,
        int position) {
}
