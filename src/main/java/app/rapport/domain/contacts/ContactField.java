package app.rapport.domain.contacts;

/** What a column of an imported contact file holds; the user can change it in the mapping step. */
public enum ContactField {
    IGNORE("(not imported)"),
    DISPLAY_NAME("Full name"),
    NAME_PREFIX("Title for the greeting (Dr., Mrs.)"),
    FIRST_NAME("First name"),
    MIDDLE_NAME("Middle name"),
    LAST_NAME("Last name"),
    NAME_SUFFIX("Name suffix (Jr., PhD)"),
    COMPANY("Company"),
    PHONE("Phone"),
    EMAIL("Email"),
    STREET("Street"),
    POSTAL_CODE("Postal code"),
    CITY("City"),
    REGION("Region / state"),
    COUNTRY("Country"),
    BIRTHDAY("Birthday"),
    TAGS("Tags"),
    NOTE("Note"),
    NO_MAILINGS("Said no to mailings (yes/no)"),
    CUSTOM("Custom field");

    private final String label;

    ContactField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a column of this kind may appear more than once (several phones, several emails...). */
    public boolean repeats() {
        return this == PHONE || this == EMAIL || this == TAGS || this == NOTE || this == CUSTOM;
    }

    @Override
    public String toString() {
        return label;
    }
}
