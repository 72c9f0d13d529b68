package app.rapport.domain.contacts;

import app.rapport.domain.Address;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientValidation;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.SearchTokens;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one row of values into a client, following a layout's column mapping, and says what is
 * wrong with it in words for the person importing (the same checks as the client form).
 */
public final class ContactRows {
    /** Google puts several values in one cell: "555 0101 ::: 555 0102". */
    private static final Pattern MULTI_VALUE = Pattern.compile("\\s*:::\\s*");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("\\s*(?::::|[;,])\\s*");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern DOT_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    /** Google's birthday without a year, and Outlook's "no birthday" (in English, French and German). */
    private static final Set<String> NO_DAY = Set.of("0/0/00", "00/00/0000", "1/1/1601", "0.0.00", "00.00.0000");
    /** A birthday without a year: vCard's and Google's --MM-DD, Apple's --MMDD. */
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    /** The year Apple writes for a birthday whose year the user left out (X-APPLE-OMIT-YEAR=1604). */
    private static final int APPLE_NO_YEAR = 1604;
    public static final String NO_YEAR_FIELD = "Birthday (no year)";
    /** The labels of a birthday kept in three columns (Thunderbird's Birth Year, Birth Month, Birth Day). */
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String DAY = "day";

    private ContactRows() {
    }

    /**
     * The client of {@code values} (a CSV row starting on {@code line}). A row with more values than
     * the header has columns, or fewer, is reported rather than guessed at.
     */
    public static ImportCandidate fromRow(long line, List<String> values, ContactLayout layout, Instant now, LocalDate today) {
        return fromRow(line, values, layout, now, today, Ids.next());
    }

    /**
     * As {@link #fromRow(long, List, ContactLayout, Instant, LocalDate)}, the client's id given: rows read on several
     * threads still get ids in the file's order, so their clients go into the store's keys in order.
     */
    public static ImportCandidate fromRow(long line, List<String> values, ContactLayout layout, Instant now, LocalDate today, UUID id) {
        int columns = layout.headers().size();
        if (values.size() == columns + 1 && (values.get(columns) == null || values.get(columns).isBlank())) {
            values = values.subList(0, columns); // a delimiter at the end of each row, as Thunderbird writes them
        }
        if (values.size() != columns) {
            return new ImportCandidate(line, emptyClient(now, id), List.of(),
                    List.of("has " + values.size() + (values.size() == 1 ? " value" : " values") + " but the header has "
                            + columns + " columns (a missing or extra delimiter, or an unclosed quote?)"));
        }
        Draft draft = new Draft();
        draft.dayFirst = layout.dayFirst();
        Map<String, String> birthdayParts = new HashMap<>();
        for (int column = 0; column < columns; column++) {
            ColumnMapping mapping = layout.mappings().get(column);
            // A cell spanning lines in a Windows file breaks them with CRLF; a note keeps plain line breaks.
            String value = values.get(column) == null ? "" : values.get(column).strip().replace("\r\n", "\n");
            if (mapping.field() == ContactField.IGNORE || value.isEmpty()) {
                continue;
            }
            String label = mapping.labelColumn() >= 0 && mapping.labelColumn() < columns
                    ? cleanLabel(values.get(mapping.labelColumn())) : mapping.label();
            String header = layout.headers().get(column).strip();
            switch (mapping.field()) {
                case PHONE -> {
                    for (String one : values(value)) {
                        draft.phone(header, label == null ? "phone" : label, one);
                    }
                }
                case EMAIL -> {
                    for (String one : values(value)) {
                        draft.email(header, label == null ? "personal" : label, one);
                    }
                }
                case CUSTOM -> {
                    if (!NO_DAY.contains(value)) {
                        draft.custom(customName(label, mapping), value);
                    }
                }
                case BIRTHDAY -> {
                    if (mapping.label() == null) {
                        draft.put(ContactField.BIRTHDAY, value);
                    } else {
                        birthdayParts.put(mapping.label(), value);
                    }
                }
                default -> draft.put(mapping.field(), value);
            }
        }
        if (birthdayParts.containsKey(MONTH) && birthdayParts.containsKey(DAY)) {
            String monthAndDay = pad(birthdayParts.get(MONTH)) + "-" + pad(birthdayParts.get(DAY));
            draft.put(ContactField.BIRTHDAY, birthdayParts.containsKey(YEAR) ? birthdayParts.get(YEAR) + "-" + monthAndDay : "--" + monthAndDay);
        }
        return candidate(line, draft, now, today, id);
    }

    /** The values of a cell ({@link #MULTI_VALUE}), blank ones left out; most cells hold one, read without a pattern. */
    private static List<String> values(String cell) {
        if (!cell.contains(":::")) {
            return cell.isBlank() ? List.of() : List.of(cell);
        }
        return MULTI_VALUE.splitAsStream(cell).filter(v -> !v.isBlank()).toList();
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** A Google label ("* Spouse", "anniversary") as a custom field's name; the mapping's own name when there is none. */
    private static String customName(String label, ColumnMapping mapping) {
        if (label == null || mapping.labelColumn() < 0) {
            return mapping.label();
        }
        String name = label.strip();
        return name.isEmpty() ? mapping.label() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A contact read from elsewhere (a vCard), checked the same way as a CSV row. */
    public static ImportCandidate fromDraft(long line, Draft draft, Instant now, LocalDate today) {
        return candidate(line, draft, now, today, Ids.next());
    }

    /**
     * What one contact of any format is read into: values by field, labelled phones and emails,
     * custom fields by name, and the values left out (with why). A phone without three digits
     * ("n/a", "none") or an email that is not one is left out here, not the contact.
     */
    public static final class Draft {
        private final Map<ContactField, List<String>> fields = new EnumMap<>(ContactField.class);
        private final List<ContactPoint> phones = new ArrayList<>();
        private final List<ContactPoint> emails = new ArrayList<>();
        private final Map<String, String> custom = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private boolean dayFirst;

        public void put(ContactField field, String value) {
            if (value != null && !value.isBlank()) {
                fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value.strip());
            }
        }

        /** A phone from {@code source} (a column, a vCard line): kept when it has digits enough to call. */
        public void phone(String source, String label, String value) {
            String number = value.strip();
            if (!SearchTokens.hasDigits(number, ClientValidation.MIN_PHONE_DIGITS)) {
                warnings.add(source + " '" + number + "' is not a phone number");
            } else if (number.length() > ClientValidation.PHONE_MAX) {
                warnings.add(source + " is too long for a phone number (" + number.length() + " characters)");
            } else {
                phones.add(new ContactPoint(shortLabel(label), number));
            }
        }

        public void email(String source, String label, String value) {
            String address = value.strip().toLowerCase(Locale.ROOT);
            if (address.startsWith("mailto:")) {
                address = address.substring("mailto:".length());
            }
            if (!ClientValidation.looksLikeEmail(address)) {
                warnings.add(source + " '" + value.strip() + "' is not an email address");
            } else if (address.length() > ClientValidation.EMAIL_MAX) {
                warnings.add(source + " is too long for an email address (" + address.length() + " characters)");
            } else {
                emails.add(new ContactPoint(shortLabel(label), address));
            }
        }

        /** A value kept under its own name; a second value of the same name joins the first. */
        public void custom(String name, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            String key = name.strip().length() > ClientValidation.CUSTOM_FIELD_NAME_MAX
                    ? name.strip().substring(0, ClientValidation.CUSTOM_FIELD_NAME_MAX) : name.strip();
            String joined = custom.containsKey(key) ? custom.get(key) + ", " + value.strip() : value.strip();
            if (joined.length() > ClientValidation.CUSTOM_FIELD_VALUE_MAX) {
                warnings.add(key + " is too long (" + joined.length() + " characters, at most " + ClientValidation.CUSTOM_FIELD_VALUE_MAX + ")");
            } else {
                custom.put(key, joined);
            }
        }

        public String first(ContactField field) {
            List<String> values = fields.get(field);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        List<String> all(ContactField field) {
            return fields.getOrDefault(field, List.of());
        }

        private static String shortLabel(String label) {
            return label != null && label.length() > ClientValidation.LABEL_MAX ? label.substring(0, ClientValidation.LABEL_MAX) : label;
        }
    }

    private static ImportCandidate candidate(long line, Draft draft, Instant now, LocalDate today, UUID id) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>(draft.warnings);
        String first = draft.first(ContactField.FIRST_NAME);
        String last = draft.first(ContactField.LAST_NAME);
        String company = draft.first(ContactField.COMPANY);
        String prefix = draft.first(ContactField.NAME_PREFIX);
        String display = draft.first(ContactField.DISPLAY_NAME);
        if (display == null) {
            StringBuilder joined = new StringBuilder();
            for (String part : new String[] {first, draft.first(ContactField.MIDDLE_NAME), last, draft.first(ContactField.NAME_SUFFIX)}) {
                if (part != null) {
                    if (!joined.isEmpty()) {
                        joined.append(' ');
                    }
                    joined.append(part);
                }
            }
            display = !joined.isEmpty() ? joined.toString() : company;
        }
        if (display == null && !draft.emails.isEmpty()) {
            display = draft.emails.get(0).value();
        }
        if (display == null && !draft.phones.isEmpty()) {
            display = draft.phones.get(0).value();
        }
        // "Dr." with the surname is how the client is greeted, never their name.
        String addressAs = prefix == null ? null : last != null ? prefix + " " + last : first != null ? prefix + " " + first : null;
        ClientKind kind = first == null && last == null && company != null && company.equals(display)
                ? ClientKind.COMPANY : ClientKind.PERSON;
        LocalDate birthday = null;
        String birthdayText = draft.first(ContactField.BIRTHDAY);
        Matcher noYear = birthdayText == null ? null : NO_YEAR.matcher(birthdayText.strip());
        if (noYear != null && noYear.matches()) {
            // Kept as said, not as a day of some year: Today must not count an age from it.
            draft.custom(NO_YEAR_FIELD, "--" + noYear.group(1) + "-" + noYear.group(2));
        } else if (birthdayText != null) {
            try {
                birthday = day(birthdayText, draft.dayFirst);
                if (birthday != null && birthday.getYear() == APPLE_NO_YEAR) {
                    draft.custom(NO_YEAR_FIELD, birthday.toString().replaceFirst("^\\d{4}", "-"));
                    birthday = null;
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                warnings.add("birthday '" + birthdayText + "' is not a date");
            }
            if (birthday != null && birthday.isAfter(today)) {
                warnings.add("birthday " + birthday + " is in the future");
                birthday = null;
            } else if (birthday != null && birthday.isBefore(ClientValidation.EARLIEST_BIRTHDAY)) {
                warnings.add("birthday " + birthday + " is before " + ClientValidation.EARLIEST_BIRTHDAY.getYear());
                birthday = null;
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String cell : draft.all(ContactField.TAGS)) {
            for (String tag : tagsOf(cell)) {
                String clean = tag.replace("* ", "").strip();
                // Google marks every contact "myContacts"; that says nothing about the client.
                if (clean.isEmpty() || clean.equalsIgnoreCase("myContacts") || clean.equalsIgnoreCase("* myContacts")) {
                    continue;
                }
                if (clean.length() > ClientValidation.TAG_MAX) {
                    warnings.add("tag '" + clean.substring(0, 20) + "...' is too long (" + clean.length() + " characters)");
                } else {
                    tags.add(clean);
                }
            }
        }
        Address address = new Address(draft.first(ContactField.STREET), draft.first(ContactField.POSTAL_CODE),
                draft.first(ContactField.CITY), draft.first(ContactField.REGION), draft.first(ContactField.COUNTRY));
        Client client = new Client(id, kind, first, last, display == null ? "" : display, company, addressAs,
                distinct(draft.phones), distinct(draft.emails), address, birthday, null, null, List.copyOf(tags), draft.custom,
                now, now, null);
        if (display == null) {
            problems.add("has no name, company, email or phone");
        } else {
            for (FieldProblem problem : ClientValidation.problems(client, today)) {
                problems.add(problem.message());
            }
        }
        return new ImportCandidate(line, client, draft.all(ContactField.NOTE), problems, warnings, noMailings(draft, warnings));
    }

    /** The tags of a cell ({@link #TAG_SEPARATORS}); a cell of one tag is read without a pattern. */
    private static String[] tagsOf(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf(';') < 0 && !cell.contains(":::")) {
            return new String[] {cell};
        }
        return TAG_SEPARATORS.split(cell);
    }

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "oui", "si", "unsubscribed", "opted out", "opt out");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "nein", "non");

    /** Whether a "no mailings" column says yes; a value that is neither yes nor no is a warning, and no refusal. */
    private static boolean noMailings(Draft draft, List<String> warnings) {
        boolean refuses = false;
        for (String value : draft.all(ContactField.NO_MAILINGS)) {
            String word = value.strip().toLowerCase(Locale.ROOT);
            if (YES.contains(word)) {
                refuses = true;
            } else if (!NO.contains(word)) {
                warnings.add("'" + value + "' in the no-mailings column is not yes or no");
            }
        }
        return refuses;
    }

    /** The points with a value not given before; a row has a few, so they are compared one by one, with no set. */
    private static List<ContactPoint> distinct(List<ContactPoint> points) {
        List<ContactPoint> kept = new ArrayList<>(points.size());
        for (ContactPoint point : points) {
            if (!hasValue(kept, point.value())) {
                kept.add(point);
            }
        }
        return kept;
    }

    private static boolean hasValue(List<ContactPoint> points, String value) {
        for (ContactPoint point : points) {
            if (point.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** "* Mobile" (Google marks the primary one with a star) becomes "mobile". */
    private static String cleanLabel(String label) {
        if (label == null) {
            return null;
        }
        String clean = label.replace("*", "").strip().toLowerCase(Locale.ROOT);
        return clean.isEmpty() ? null : clean;
    }

    /** YYYY-MM-DD, M/D/YYYY (D/M/YYYY when the first number cannot be a month), D.M.YYYY. */
    static LocalDate day(String text) {
        return day(text, false);
    }

    /** As {@link #day(String)}; {@code dayFirst} reads 07/03/1975 as the 7th of March, as French Outlook means it. */
    static LocalDate day(String text, boolean dayFirst) {
        String value = text.strip();
        if (NO_DAY.contains(value) || value.startsWith("--")) {
            return null;
        }
        Matcher iso = ISO_DAY.matcher(value);
        if (iso.matches()) {
            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher slash = SLASH_DAY.matcher(value);
        if (slash.matches()) {
            int a = Integer.parseInt(slash.group(1));
            int b = Integer.parseInt(slash.group(2));
            int year = Integer.parseInt(slash.group(3));
            year = year < 100 ? (year > 30 ? 1900 + year : 2000 + year) : year;
            return a > 12 || dayFirst && b <= 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        }
        Matcher dot = DOT_DAY.matcher(value);
        if (dot.matches()) {
            return LocalDate.of(Integer.parseInt(dot.group(3)), Integer.parseInt(dot.group(2)), Integer.parseInt(dot.group(1)));
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static Client emptyClient(Instant now, UUID id) {
        return new Client(id, ClientKind.PERSON, null, null, "", null, null, List.of(), List.of(), Address.NONE,
                null, null, null, List.of(), Map.of(), now, now, null);
    }
}
