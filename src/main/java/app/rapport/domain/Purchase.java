package app.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A purchase of a catalog product, or of something described in free text when productId is null.
 * <p>
 * {@code version} is the stored row's version when it was read (the store raises it by one on every
 * save); a save names it so that it never overwrites a newer edit made at another desk. 0 means it
 * was not read from a store.
 */
public record Purchase(
        UUID id,
        UUID clientId,
        UUID productId,
        String description,
        LocalDate purchasedOn,
        BigDecimal amount,
        LocalDate warrantyUntil,
        LocalDate renewalOn,
        int version) {

    /** A purchase not read from a store (version 0). */
    public Purchase(UUID id, UUID clientId, UUID productId, String description, LocalDate purchasedOn, BigDecimal amount,
                    LocalDate warrantyUntil, LocalDate renewalOn) {
        this(id, clientId, productId, description, purchasedOn, amount, warrantyUntil, renewalOn, 0);
    }

    /** This purchase as if read at {@code version}. */
    public Purchase withVersion(int version) {
        return new Purchase(id, clientId, productId, description, purchasedOn, amount, warrantyUntil, renewalOn, version);
    }
}
