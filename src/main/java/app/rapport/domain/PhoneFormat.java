package app.rapport.domain;

/** How the store reads and shows phone numbers: its default region ("DE", or "" for none) and the style shown. */
public record PhoneFormat(String region, PhoneNumbers.Style style) {
    public static final PhoneFormat AS_TYPED = new PhoneFormat("", PhoneNumbers.Style.INTERNATIONAL);

    /** The number as the user prefers to see it; one that cannot be read exactly as typed. */
    public String show(String typed) {
        return PhoneNumbers.display(typed, region, style);
    }

    /** Whether the number could be read; one that could not is shown with a quiet mark. */
    public boolean canRead(String typed) {
        return PhoneNumbers.isReadable(typed, region);
    }
}
