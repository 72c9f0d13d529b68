package app.rapport.domain;

import java.util.UUID;

/** A factor clients choose a supplier by (price, service, ...), a row of the positioning table. */
public record PositioningFactor(UUID id, String name, int position) {
}
