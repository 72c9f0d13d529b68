package app.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase of a catalog product, or of something described in free text when productId is null. */
public record Purchase(
        UUID id,
        UUID clientId,
        UUID productId,
        String description,
        LocalDate purchasedOn,
        BigDecimal amount,
        LocalDate warrantyUntil,
        LocalDate renewalOn) {
}
