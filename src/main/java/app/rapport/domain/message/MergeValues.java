package app.rapport.domain.message;

import app.rapport.domain.Client;
import app.rapport.domain.DisplayFormat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The values of the merge fields for one client. */
public final class MergeValues {
    private MergeValues() {
    }

    /**
     * The values for {@code client}; {@code lastPurchase} (what was bought), the two days and
     * {@code businessName} may be null when unknown. Days are written in full as in a letter, in {@code format}.
     */
    public static Map<MergeField, String> of(Client client, String lastPurchase, LocalDate lastPurchaseDate,
                                             LocalDate lastContactDate, String businessName, DisplayFormat format) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        put(values, MergeField.ADDRESS_AS, client.greetingName());
        put(values, MergeField.FIRST_NAME, client.firstName());
        put(values, MergeField.LAST_NAME, client.lastName());
        put(values, MergeField.FULL_NAME, client.displayName());
        put(values, MergeField.COMPANY_NAME, client.companyName());
        put(values, MergeField.LAST_PURCHASE, lastPurchase);
        put(values, MergeField.LAST_PURCHASE_DATE, lastPurchaseDate == null ? null : format.longDate(lastPurchaseDate));
        put(values, MergeField.LAST_CONTACT_DATE, lastContactDate == null ? null : format.longDate(lastContactDate));
        put(values, MergeField.BUSINESS_NAME, businessName);
        return values;
    }

    private static void put(Map<MergeField, String> values, MergeField field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
        }
    }
}
