package app.rapport.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers read the way the phone network reads them (Google's libphonenumber): a number
 * written nationally ("01 23 45 67 89") is read in the store's default region, one written with
 * its country code ("+49 151 2345 6789") anywhere. Two numbers are the same when their E.164
 * forms are; a number that cannot be read is kept exactly as typed and compared only with
 * numbers typed with the same digits.
 */
public final class PhoneNumbers {
    /** The setting holding the default region (ISO 3166 two letters, "DE", "FR", "US"). */
    public static final String REGION_SETTING = "phone.region";
    /** The setting holding how numbers are shown: {@link Style#INTERNATIONAL} or {@link Style#NATIONAL}. */
    public static final String STYLE_SETTING = "phone.style";
    /** Numbers that cannot be read are compared by their digits only when they have at least this many. */
    private static final int MIN_DIGITS_COMPARED = 6;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_REGION = "ZZ";
    private static final String WIDESPREAD_INTERNATIONAL_PREFIX = "00";

    /** How a number is shown. */
    public enum Style {
        INTERNATIONAL("International (+49 1512 3456789)"), NATIONAL("National (01512 3456789)");

        private final String label;

        Style(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private PhoneNumbers() {
    }

    /** Whether {@code region} is a region libphonenumber knows ("DE"), case aside. */
    public static boolean isRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.strip().toUpperCase(Locale.ROOT));
    }

    /** Every region whose numbers can be read ("DE", "FR", ...). */
    public static java.util.Set<String> regions() {
        return new java.util.TreeSet<>(UTIL.getSupportedRegions());
    }

    /** The region of a locale ("de-DE" gives "DE"), or "" when the locale names no known region. */
    public static String regionOf(Locale locale) {
        String country = locale.getCountry();
        return isRegion(country) ? country.toUpperCase(Locale.ROOT) : "";
    }

    /** The number in E.164 ("+4915123456789"), or empty when it cannot be read as a possible number. */
    public static Optional<String> e164(String typed, String region) {
        return parse(typed, region).map(number -> UTIL.format(number, PhoneNumberFormat.E164));
    }

    /**
     * What two records of one person share when they share this number: its E.164 form, else
     * (a number that could not be read) its digits as typed, or null when there are too few.
     */
    public static String matchKey(String typed, String region) {
        Optional<String> e164 = e164(typed, region);
        return e164.isPresent() ? e164.get() : matchKeyOfUnread(typed);
    }

    /** The match key of a number already known to be unreadable (see {@link #matchKey}). */
    public static String matchKeyOfUnread(String typed) {
        String digits = typed == null ? "" : SearchTokens.digitsOf(typed);
        return digits.length() < MIN_DIGITS_COMPARED ? null : "digits:" + digits;
    }

    /**
     * The digits a stored number that could not be read (kept without its E.164 form) would have
     * if it were this one: the digits as typed, and, when this one can be read, as it is written at
     * home in its own country ("+1 617 555 0162" was perhaps stored as "(617) 555-0162"). Only
     * digit strings long enough to compare.
     */
    public static java.util.Set<String> digitsOfSameNumberUnread(String typed, String region) {
        java.util.Set<String> digits = new java.util.LinkedHashSet<>();
        digits.add(typed == null ? "" : SearchTokens.digitsOf(typed));
        parse(typed, region).ifPresent(number -> digits.add(SearchTokens.digitsOf(UTIL.format(number, PhoneNumberFormat.NATIONAL))));
        digits.removeIf(d -> d.length() < MIN_DIGITS_COMPARED);
        return digits;
    }

    /** The number as the user prefers to see it, or exactly as typed when it cannot be read. */
    public static String display(String typed, String region, Style style) {
        return parse(typed, region)
                .map(number -> UTIL.format(number, style == Style.NATIONAL && isHome(number, region)
                        ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL))
                .orElse(typed);
    }

    /** Whether the number could be read; one that could not is shown as typed, with a quiet mark. */
    public static boolean isReadable(String typed, String region) {
        return parse(typed, region).isPresent();
    }

    private static boolean isHome(PhoneNumber number, String region) {
        return region != null && !region.isEmpty() && UTIL.getCountryCodeForRegion(region.toUpperCase(Locale.ROOT)) == number.getCountryCode();
    }

    /**
     * A number written as groups of digits parted by single spaces or hyphens ("+44 7700 900123", "030-1234567"),
     * without them; any other number as written. libphonenumber reads both the same (it drops such separators
     * before it reads the digits; {@code PhoneNumbersTest} compares the two on many shapes and regions), and the
     * one without them about a fifth quicker, as its search for an extension has fewer places to try: an import
     * reads every number of the file.
     */
    static String withoutSeparators(String written) {
        int length = written.length();
        if (length == 0 || !isDigit(written.charAt(length - 1))) {
            return written;
        }
        int start = written.charAt(0) == '+' ? 1 : 0;
        int separators = 0;
        boolean afterDigit = false;
        for (int i = start; i < length; i++) {
            char c = written.charAt(i);
            if (isDigit(c)) {
                afterDigit = true;
            } else if ((c == ' ' || c == '-') && afterDigit) {
                afterDigit = false;
                separators++;
            } else {
                return written;
            }
        }
        if (separators == 0) {
            return written;
        }
        StringBuilder compact = new StringBuilder(length - separators);
        for (int i = 0; i < length; i++) {
            char c = written.charAt(i);
            if (c != ' ' && c != '-') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<PhoneNumber> parse(String typed, String region) {
        if (typed == null || typed.isBlank() || !SearchTokens.hasDigits(typed, ClientValidation.MIN_PHONE_DIGITS)) {
            return Optional.empty();
        }
        String home = region == null || region.isBlank() ? UNKNOWN_REGION : region.strip().toUpperCase(Locale.ROOT);
        String written = typed.strip();
        if (home.equals(UNKNOWN_REGION) && written.startsWith(WIDESPREAD_INTERNATIONAL_PREFIX)) {
            // Without a home region libphonenumber knows no international prefix; "00" is the one most of the world dials.
            written = "+" + written.substring(WIDESPREAD_INTERNATIONAL_PREFIX.length());
        }
        try {
            PhoneNumber number = UTIL.parse(withoutSeparators(written), home);
            return UTIL.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
