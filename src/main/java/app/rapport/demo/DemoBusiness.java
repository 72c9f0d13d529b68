package app.rapport.demo;

/**
 * The kind of business the demo data imitates; MIXED is one owner's local group that runs all
 * three side by side, with one client book and one map of its own.
 */
public enum DemoBusiness {
    /** A hair salon: cuts, colour, treatments, retail care products and packages. */
    SALON,
    /** An appliance shop: laundry, fridges, ovens, coffee machines, warranties and installation. */
    SHOP,
    /** A B2B field-sales company: software licences, onboarding, service plans and hardware. */
    FIELD,
    /** All three: client i belongs to business i % 3. */
    MIXED
}
