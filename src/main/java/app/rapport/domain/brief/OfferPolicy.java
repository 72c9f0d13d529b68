package app.rapport.domain.brief;

import java.util.Locale;
import java.util.Optional;

/** What may be offered in the conversation. */
public enum OfferPolicy {
    OFFER_NEW, ONLY_WHAT_NEEDED, NO_OFFER;

    /** "offer-new", "only-what-needed" or "no-offer". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OfferPolicy> fromCode(String code) {
        for (OfferPolicy policy : values()) {
            if (policy.code().equals(code)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
