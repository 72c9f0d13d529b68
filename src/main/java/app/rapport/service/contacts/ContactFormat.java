package app.rapport.service.contacts;

/** The kinds of file Rapport imports, told apart by their content. */
public enum ContactFormat {
    CSV("CSV"),
    VCARD("vCard"),
    LDIF("LDIF address book"),
    XLSX("Excel spreadsheet (.xlsx)"),
    JSON_ARCHIVE("Rapport JSON archive");

    private final String label;

    ContactFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
