package app.rapport.domain.contacts;

/**
 * Where one column goes. {@code label} names a phone or email ("mobile", "work"), or the custom
 * field a {@link ContactField#CUSTOM} column fills ("Website"); when {@code labelColumn} is not
 * negative, that column of the same row gives the label instead (Google's "Phone 1 - Label" beside
 * "Phone 1 - Value", "Custom Field 1 - Label" beside "Custom Field 1 - Value").
 */
public record ColumnMapping(ContactField field, String label, int labelColumn) {
    public static final ColumnMapping IGNORED = new ColumnMapping(ContactField.IGNORE, null, -1);

    public static ColumnMapping of(ContactField field) {
        return new ColumnMapping(field, null, -1);
    }

    public static ColumnMapping of(ContactField field, String label) {
        return new ColumnMapping(field, label, -1);
    }

    /** A custom field called {@code name}. */
    public static ColumnMapping custom(String name) {
        return new ColumnMapping(ContactField.CUSTOM, name, -1);
    }

    public ColumnMapping withField(ContactField changed) {
        return new ColumnMapping(changed, label, labelColumn);
    }

    /** Where the column goes, in words for the preview: "Phone (mobile)", "Birthday (year)", "Custom field 'Website'". */
    public String describe() {
        if (field == ContactField.CUSTOM) {
            return labelColumn >= 0 ? "Custom field named by its label column" : "Custom field '" + label + "'";
        }
        if ((field == ContactField.PHONE || field == ContactField.EMAIL || field == ContactField.BIRTHDAY) && label != null) {
            return field.label() + " (" + label + ")";
        }
        return field.label();
    }
}
