package app.rapport.domain.contacts;

import app.rapport.domain.Address;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientValidation;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Google's birthday without a year, and Outlook's "no birthday". */
    private static final Set<String> NO_DAY = Set.of("0/0/00", "00/00/0000", "1/1/1601");

    private ContactRows() {
    }

    /**
     * The client of {@code values} (a CSV row starting on {@code line}). A row with more values than
     * the header has columns, or fewer, is reported rather than guessed at.
     */
    public static ImportCandidate fromRow(long line, List<String> values, ContactLayout layout, Instant now, LocalDate today) {
        int columns = layout.headers().size();
        if (values.size() != columns) {
            return new ImportCandidate(line, emptyClient(now), List.of(),
                    List.of("has " + values.size() + (values.size() == 1 ? " value" : " values") + " but the header has "
                            + columns + " columns (a missing or extra delimiter, or an unclosed quote?)"));
        }
        Map<ContactField, List<String>> fields = new EnumMap<>(ContactField.class);
        List<ContactPoint> phones = new ArrayList<>();
        List<ContactPoint> emails = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            ColumnMapping mapping = layout.mappings().get(column);
            String value = values.get(column) == null ? "" : values.get(column).strip();
            if (mapping.field() == ContactField.IGNORE || value.isEmpty()) {
                continue;
            }
            String label = mapping.labelColumn() >= 0 && mapping.labelColumn() < columns
                    ? cleanLabel(values.get(mapping.labelColumn())) : mapping.label();
            switch (mapping.field()) {
                case PHONE -> MULTI_VALUE.splitAsStream(value).filter(v -> !v.isBlank())
                        .forEach(v -> phones.add(new ContactPoint(label == null ? "phone" : label, v.strip())));
                case EMAIL -> MULTI_VALUE.splitAsStream(value).filter(v -> !v.isBlank())
                        .forEach(v -> emails.add(new ContactPoint(label == null ? "personal" : label, v.strip().toLowerCase(Locale.ROOT))));
                default -> fields.computeIfAbsent(mapping.field(), f -> new ArrayList<>()).add(value);
            }
        }
        return candidate(line, new Draft(fields, phones, emails), now, today);
    }

    /** A contact read from elsewhere (a vCard), checked the same way as a CSV row. */
    public static ImportCandidate fromDraft(long line, Draft draft, Instant now, LocalDate today) {
        return candidate(line, draft, now, today);
    }

    /** Values by field, with labelled phones and emails: what every contact format reads into. */
    public record Draft(Map<ContactField, List<String>> fields, List<ContactPoint> phones, List<ContactPoint> emails) {
        public String first(ContactField field) {
            List<String> values = fields.get(field);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static ImportCandidate candidate(long line, Draft draft, Instant now, LocalDate today) {
        List<String> problems = new ArrayList<>();
        String first = draft.first(ContactField.FIRST_NAME);
        String last = draft.first(ContactField.LAST_NAME);
        String company = draft.first(ContactField.COMPANY);
        String display = draft.first(ContactField.DISPLAY_NAME);
        if (display == null) {
            String joined = String.join(" ", java.util.stream.Stream.of(first, last).filter(p -> p != null).toList());
            display = !joined.isEmpty() ? joined : company;
        }
        if (display == null && !draft.emails().isEmpty()) {
            display = draft.emails().get(0).value();
        }
        if (display == null && !draft.phones().isEmpty()) {
            display = draft.phones().get(0).value();
        }
        ClientKind kind = first == null && last == null && company != null && company.equals(display)
                ? ClientKind.COMPANY : ClientKind.PERSON;
        LocalDate birthday = null;
        String birthdayText = draft.first(ContactField.BIRTHDAY);
        if (birthdayText != null) {
            try {
                birthday = day(birthdayText);
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add("birthday '" + birthdayText + "' is not a date (write it as YYYY-MM-DD)");
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String cell : draft.fields().getOrDefault(ContactField.TAGS, List.of())) {
            for (String tag : TAG_SEPARATORS.split(cell)) {
                String clean = tag.replace("* ", "").strip();
                // Google marks every contact "myContacts"; that says nothing about the client.
                if (!clean.isEmpty() && !clean.equalsIgnoreCase("myContacts") && !clean.equalsIgnoreCase("* myContacts")) {
                    tags.add(clean);
                }
            }
        }
        Address address = new Address(draft.first(ContactField.STREET), draft.first(ContactField.POSTAL_CODE),
                draft.first(ContactField.CITY), draft.first(ContactField.REGION), draft.first(ContactField.COUNTRY));
        Client client = new Client(Ids.next(), kind, first, last, display == null ? "" : display, company, null,
                distinct(draft.phones()), distinct(draft.emails()), address, birthday, null, null, List.copyOf(tags), Map.of(),
                now, now, null);
        if (display == null) {
            problems.add("has no name, company, email or phone");
        } else {
            for (FieldProblem problem : ClientValidation.problems(client, today)) {
                problems.add(problem.message());
            }
        }
        return new ImportCandidate(line, client, draft.fields().getOrDefault(ContactField.NOTE, List.of()), problems);
    }

    private static List<ContactPoint> distinct(List<ContactPoint> points) {
        Set<String> seen = new LinkedHashSet<>();
        List<ContactPoint> kept = new ArrayList<>();
        for (ContactPoint point : points) {
            if (seen.add(point.value())) {
                kept.add(point);
            }
        }
        return kept;
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
            return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        }
        Matcher dot = DOT_DAY.matcher(value);
        if (dot.matches()) {
            return LocalDate.of(Integer.parseInt(dot.group(3)), Integer.parseInt(dot.group(2)), Integer.parseInt(dot.group(1)));
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static Client emptyClient(Instant now) {
        return new Client(Ids.next(), ClientKind.PERSON, null, null, "", null, null, List.of(), List.of(), Address.NONE,
                null, null, null, List.of(), Map.of(), now, now, null);
    }
}
