package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules a client profile must meet before it is saved. */
public final class ClientValidation {
    /** No one on the books was born before this day; earlier dates are typing mistakes. */
    public static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);
    public static final int MIN_PHONE_DIGITS = 3;

    // The lengths of the store's columns (V1__schema.sql), so a save never fails half way.
    static final int NAME_MAX = 200;
    static final int DISPLAY_NAME_MAX = 400;
    static final int COMPANY_NAME_MAX = 400;
    static final int ADDRESS_AS_MAX = 200;
    static final int STREET_MAX = 400;
    static final int POSTAL_CODE_MAX = 40;
    static final int PLACE_MAX = 200;
    static final int SOURCE_MAX = 200;
    public static final int LABEL_MAX = 40;
    public static final int PHONE_MAX = 60;
    public static final int EMAIL_MAX = 320;
    public static final int TAG_MAX = 100;
    public static final int CUSTOM_FIELD_NAME_MAX = 100;
    public static final int CUSTOM_FIELD_VALUE_MAX = 2000;

    private ClientValidation() {
    }

    /**
     * Every problem with {@code client} as of {@code today}: field names are the record's
     * component names ("displayName", "emails[1]", "phones[0]", "birthday", ...). Parts of the
     * address are "address.street", "address.city", ...; custom fields are "customFields[i]" in
     * the map's order. An empty list means the client can be saved.
     */
    public static List<FieldProblem> problems(Client client, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(client.displayName())) {
            problems.add(new FieldProblem("displayName", client.kind() == ClientKind.COMPANY
                    ? "Give the company a name."
                    : "Give the client a name: a first or last name, or a display name."));
        }
        length(problems, "firstName", "The first name", client.firstName(), NAME_MAX);
        length(problems, "lastName", "The last name", client.lastName(), NAME_MAX);
        length(problems, "displayName", "The display name", client.displayName(), DISPLAY_NAME_MAX);
        length(problems, "companyName", "The company name", client.companyName(), COMPANY_NAME_MAX);
        length(problems, "addressAs", "The name to address the client by", client.addressAs(), ADDRESS_AS_MAX);
        length(problems, "source", "The source", client.source(), SOURCE_MAX);
        Address address = client.address();
        length(problems, "address.street", "The street", address.street(), STREET_MAX);
        length(problems, "address.postalCode", "The postal code", address.postalCode(), POSTAL_CODE_MAX);
        length(problems, "address.city", "The city", address.city(), PLACE_MAX);
        length(problems, "address.region", "The region", address.region(), PLACE_MAX);
        length(problems, "address.country", "The country", address.country(), PLACE_MAX);

        for (int i = 0; i < client.phones().size(); i++) {
            phone(problems, i, client.phones().get(i));
        }
        for (int i = 0; i < client.emails().size(); i++) {
            email(problems, i, client.emails().get(i));
        }
        birthday(problems, client.birthday(), today);
        for (int i = 0; i < client.tags().size(); i++) {
            String tag = client.tags().get(i);
            if (blank(tag)) {
                problems.add(new FieldProblem("tags[" + i + "]", "Tag " + (i + 1) + " is empty."));
            } else if (tag.strip().length() > TAG_MAX) {
                problems.add(new FieldProblem("tags[" + i + "]", "Tag " + (i + 1) + " is too long: " + tag.strip().length()
                        + " characters, at most " + TAG_MAX + "."));
            }
        }
        customFields(problems, client.customFields());
        return List.copyOf(problems);
    }

    /** Loose on purpose: one @, something before it, a dot inside the domain, no spaces. */
    public static boolean looksLikeEmail(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@')) {
            return false;
        }
        String domain = text.substring(at + 1);
        int dot = domain.indexOf('.');
        return dot > 0 && !domain.endsWith(".") && !domain.contains("..");
    }

    private static void phone(List<FieldProblem> problems, int index, ContactPoint phone) {
        String number = phone.value().strip();
        if (!number.isEmpty() && SearchTokens.hasDigits(number, MIN_PHONE_DIGITS) && number.length() <= PHONE_MAX
                && phone.label().length() <= LABEL_MAX) {
            return; // no words made for a good number: an import checks every row's
        }
        String field = "phones[" + index + "]";
        String name = "Phone " + (index + 1);
        if (number.isEmpty()) {
            problems.add(new FieldProblem(field, name + " is empty: enter a number or remove the line."));
        } else if (!SearchTokens.hasDigits(number, MIN_PHONE_DIGITS)) {
            problems.add(new FieldProblem(field, name + " is not a phone number: '" + number + "' (it needs at least "
                    + MIN_PHONE_DIGITS + " digits)."));
        } else if (number.length() > PHONE_MAX) {
            problems.add(new FieldProblem(field, name + " is too long: " + number.length() + " characters, at most " + PHONE_MAX + "."));
        } else if (phone.label().length() > LABEL_MAX) {
            problems.add(new FieldProblem(field, "The label of " + name.toLowerCase(Locale.ROOT) + " is too long: "
                    + phone.label().length() + " characters, at most " + LABEL_MAX + "."));
        }
    }

    private static void email(List<FieldProblem> problems, int index, ContactPoint email) {
        String address = email.value().strip();
        if (!address.isEmpty() && looksLikeEmail(address) && address.length() <= EMAIL_MAX && email.label().length() <= LABEL_MAX) {
            return; // no words made for a good address: an import checks every row's
        }
        String field = "emails[" + index + "]";
        String name = "Email " + (index + 1);
        if (address.isEmpty()) {
            problems.add(new FieldProblem(field, name + " is empty: enter an address or remove the line."));
        } else if (!looksLikeEmail(address)) {
            problems.add(new FieldProblem(field, name + " is not an email address: '" + address + "'"));
        } else if (address.length() > EMAIL_MAX) {
            problems.add(new FieldProblem(field, name + " is too long: " + address.length() + " characters, at most " + EMAIL_MAX + "."));
        } else if (email.label().length() > LABEL_MAX) {
            problems.add(new FieldProblem(field, "The label of " + name.toLowerCase(Locale.ROOT) + " is too long: "
                    + email.label().length() + " characters, at most " + LABEL_MAX + "."));
        }
    }

    private static void birthday(List<FieldProblem> problems, LocalDate birthday, LocalDate today) {
        if (birthday == null) {
            return;
        }
        if (birthday.isAfter(today)) {
            problems.add(new FieldProblem("birthday", "The birthday " + birthday + " is in the future."));
        } else if (birthday.isBefore(EARLIEST_BIRTHDAY)) {
            problems.add(new FieldProblem("birthday", "The birthday " + birthday + " is before " + EARLIEST_BIRTHDAY.getYear()
                    + "; check the year."));
        }
    }

    private static void customFields(List<FieldProblem> problems, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            String field = "customFields[" + index + "]";
            String name = entry.getKey() == null ? "" : entry.getKey().strip();
            String value = entry.getValue() == null ? "" : entry.getValue();
            index++;
            if (name.isEmpty()) {
                problems.add(new FieldProblem(field, "Custom field " + index + " has no name."));
            } else if (name.length() > CUSTOM_FIELD_NAME_MAX) {
                problems.add(new FieldProblem(field, "The name of custom field " + index + " is too long: " + name.length()
                        + " characters, at most " + CUSTOM_FIELD_NAME_MAX + "."));
            } else if (!seen.add(name)) {
                problems.add(new FieldProblem(field, "There are two custom fields called '" + name + "'."));
            } else if (value.length() > CUSTOM_FIELD_VALUE_MAX) {
                problems.add(new FieldProblem(field, "The value of '" + name + "' is too long: " + value.length()
                        + " characters, at most " + CUSTOM_FIELD_VALUE_MAX + "."));
            }
        }
    }

    private static void length(List<FieldProblem> problems, String field, String label, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, label + " is too long: " + value.strip().length() + " characters, at most " + max + "."));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
