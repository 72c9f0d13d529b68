package app.rapport.domain.message;

import java.util.Arrays;
import java.util.Optional;

/** The merge fields a template may use, each filled from the client (or the business) when rendered. */
public enum MergeField {
    ADDRESS_AS("addressAs", "The name the client is greeted by (their 'address as', else first name, else full name)"),
    FIRST_NAME("firstName", "First name"),
    LAST_NAME("lastName", "Last name"),
    FULL_NAME("fullName", "The client's name as listed"),
    COMPANY_NAME("companyName", "The client's company"),
    LAST_PURCHASE("lastPurchase", "What they bought most recently"),
    LAST_PURCHASE_DATE("lastPurchaseDate", "The day of that purchase"),
    LAST_CONTACT_DATE("lastContactDate", "The day of the last touchpoint"),
    BUSINESS_NAME("businessName", "Your business's name");

    private final String key;
    private final String description;

    MergeField(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name written between the braces: {@code {{key}}}. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The field with this key, exactly (keys are case-sensitive, as typed in templates). */
    public static Optional<MergeField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** {@code {{key}}}, ready to insert into a template. */
    public String placeholder() {
        return "{{" + key + "}}";
    }
}
