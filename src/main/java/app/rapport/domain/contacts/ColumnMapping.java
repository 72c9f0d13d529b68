package app.rapport.domain.contacts;

/**
 * Where one column goes. {@code label} names a phone or email ("mobile", "work"); when
 * {@code labelColumn} is not negative, that column of the same row gives the label instead
 * (Google's "Phone 1 - Label" beside "Phone 1 - Value").
 */
public record ColumnMapping(ContactField field, String label, int labelColumn) {
    public static final ColumnMapping IGNORED = new ColumnMapping(ContactField.IGNORE, null, -1);

    public static ColumnMapping of(ContactField field) {
        return new ColumnMapping(field, null, -1);
    }

    public static ColumnMapping of(ContactField field, String label) {
        return new ColumnMapping(field, label, -1);
    }

    public ColumnMapping withField(ContactField changed) {
        return new ColumnMapping(changed, label, labelColumn);
    }
}
