package app.rapport.domain.contacts;

import app.rapport.domain.SearchTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a contact file by its header row: a Google Contacts export, an Outlook export, or any
 * other CSV with a header, and proposes where each column goes.
 */
public record ContactLayout(String name, List<String> headers, List<ColumnMapping> mappings) {
    public static final String GOOGLE = "Google Contacts CSV";
    public static final String OUTLOOK = "Outlook contacts CSV";
    public static final String GENERIC = "CSV with a header row";

    // Google: "E-mail 1 - Value" with "E-mail 1 - Label" (new) or "E-mail 1 - Type" (old export).
    private static final Pattern GOOGLE_NUMBERED = Pattern.compile("(e-mail|phone|address) (\\d+) - (.+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, ColumnMapping> OUTLOOK_COLUMNS = new HashMap<>();

    static {
        OUTLOOK_COLUMNS.put("e-mail address", ColumnMapping.of(ContactField.EMAIL, "personal"));
        OUTLOOK_COLUMNS.put("e-mail 2 address", ColumnMapping.of(ContactField.EMAIL, "other"));
        OUTLOOK_COLUMNS.put("e-mail 3 address", ColumnMapping.of(ContactField.EMAIL, "other"));
        OUTLOOK_COLUMNS.put("home phone", ColumnMapping.of(ContactField.PHONE, "home"));
        OUTLOOK_COLUMNS.put("home phone 2", ColumnMapping.of(ContactField.PHONE, "home"));
        OUTLOOK_COLUMNS.put("business phone", ColumnMapping.of(ContactField.PHONE, "work"));
        OUTLOOK_COLUMNS.put("business phone 2", ColumnMapping.of(ContactField.PHONE, "work"));
        OUTLOOK_COLUMNS.put("mobile phone", ColumnMapping.of(ContactField.PHONE, "mobile"));
        OUTLOOK_COLUMNS.put("other phone", ColumnMapping.of(ContactField.PHONE, "other"));
        OUTLOOK_COLUMNS.put("primary phone", ColumnMapping.of(ContactField.PHONE, "main"));
        OUTLOOK_COLUMNS.put("company main phone", ColumnMapping.of(ContactField.PHONE, "work"));
        OUTLOOK_COLUMNS.put("car phone", ColumnMapping.of(ContactField.PHONE, "car"));
        for (String prefix : List.of("home ", "business ", "other ")) {
            OUTLOOK_COLUMNS.put(prefix + "street", ColumnMapping.of(ContactField.STREET));
            OUTLOOK_COLUMNS.put(prefix + "city", ColumnMapping.of(ContactField.CITY));
            OUTLOOK_COLUMNS.put(prefix + "state", ColumnMapping.of(ContactField.REGION));
            OUTLOOK_COLUMNS.put(prefix + "postal code", ColumnMapping.of(ContactField.POSTAL_CODE));
            OUTLOOK_COLUMNS.put(prefix + "country/region", ColumnMapping.of(ContactField.COUNTRY));
        }
        OUTLOOK_COLUMNS.put("categories", ColumnMapping.of(ContactField.TAGS));
        OUTLOOK_COLUMNS.put("company", ColumnMapping.of(ContactField.COMPANY));
        OUTLOOK_COLUMNS.put("notes", ColumnMapping.of(ContactField.NOTE));
        OUTLOOK_COLUMNS.put("birthday", ColumnMapping.of(ContactField.BIRTHDAY));
        OUTLOOK_COLUMNS.put("first name", ColumnMapping.of(ContactField.FIRST_NAME));
        OUTLOOK_COLUMNS.put("last name", ColumnMapping.of(ContactField.LAST_NAME));
        // Fax, pager, telex and the like are not phones anyone calls back on.
    }

    /** The layout of a file whose first row is {@code headers}. */
    public static ContactLayout recognise(List<String> headers) {
        List<String> keys = headers.stream().map(ContactLayout::key).toList();
        if (keys.contains("e-mail 1 - value") || keys.contains("phone 1 - value")
                || keys.contains("given name") && keys.contains("family name")) {
            return new ContactLayout(GOOGLE, headers, google(keys));
        }
        if (keys.contains("e-mail address") && (keys.contains("mobile phone") || keys.contains("business phone"))) {
            List<ColumnMapping> mappings = new ArrayList<>();
            for (String key : keys) {
                mappings.add(OUTLOOK_COLUMNS.getOrDefault(key, ColumnMapping.IGNORED));
            }
            return new ContactLayout(OUTLOOK, headers, mappings);
        }
        return new ContactLayout(GENERIC, headers, keys.stream().map(ContactLayout::guess).toList());
    }

    public ContactLayout withMapping(int column, ContactField field) {
        List<ColumnMapping> changed = new ArrayList<>(mappings);
        changed.set(column, changed.get(column).withField(field));
        return new ContactLayout(name, headers, List.copyOf(changed));
    }

    public boolean maps(ContactField field) {
        return mappings.stream().anyMatch(mapping -> mapping.field() == field);
    }

    private static List<ColumnMapping> google(List<String> keys) {
        List<ColumnMapping> mappings = new ArrayList<>();
        for (String key : keys) {
            Matcher numbered = GOOGLE_NUMBERED.matcher(key);
            if (numbered.matches()) {
                mappings.add(googleNumbered(keys, numbered.group(1), numbered.group(2), numbered.group(3)));
                continue;
            }
            mappings.add(switch (key) {
                case "name" -> ColumnMapping.of(ContactField.DISPLAY_NAME);
                case "first name", "given name" -> ColumnMapping.of(ContactField.FIRST_NAME);
                case "last name", "family name" -> ColumnMapping.of(ContactField.LAST_NAME);
                case "organization name", "organization 1 - name" -> ColumnMapping.of(ContactField.COMPANY);
                case "birthday" -> ColumnMapping.of(ContactField.BIRTHDAY);
                case "notes" -> ColumnMapping.of(ContactField.NOTE);
                case "labels", "group membership" -> ColumnMapping.of(ContactField.TAGS);
                default -> guess(key);
            });
        }
        return mappings;
    }

    private static ColumnMapping googleNumbered(List<String> keys, String kind, String number, String part) {
        String prefix = kind + " " + number + " - ";
        int labelColumn = keys.indexOf(prefix + "label");
        if (labelColumn < 0) {
            labelColumn = keys.indexOf(prefix + "type");
        }
        return switch (kind + "/" + part) {
            case "e-mail/value" -> new ColumnMapping(ContactField.EMAIL, null, labelColumn);
            case "phone/value" -> new ColumnMapping(ContactField.PHONE, null, labelColumn);
            case "address/street" -> ColumnMapping.of(ContactField.STREET);
            case "address/city" -> ColumnMapping.of(ContactField.CITY);
            case "address/region" -> ColumnMapping.of(ContactField.REGION);
            case "address/postal code" -> ColumnMapping.of(ContactField.POSTAL_CODE);
            case "address/country" -> ColumnMapping.of(ContactField.COUNTRY);
            default -> ColumnMapping.IGNORED;
        };
    }

    /** A header anyone might write: "Name", "E-mail", "Mobile", "Zip", "Tags"... */
    static ColumnMapping guess(String key) {
        String words = " " + key.replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (words.isBlank()) {
            return ColumnMapping.IGNORED;
        }
        if (words.contains("mail")) {
            return ColumnMapping.of(ContactField.EMAIL, words.contains(" work ") || words.contains(" business ") ? "work" : "personal");
        }
        if (words.contains("phone") || words.contains(" tel") || words.contains("mobile") || words.contains(" cell")) {
            String label = words.contains("mobile") || words.contains(" cell") ? "mobile"
                    : words.contains(" work ") || words.contains(" business ") || words.contains(" office ") ? "work"
                    : words.contains(" home ") ? "home" : "phone";
            return words.contains(" fax ") ? ColumnMapping.IGNORED : ColumnMapping.of(ContactField.PHONE, label);
        }
        if (words.contains(" first ") || words.contains(" given ") || words.contains(" forename ") || words.contains(" vorname ")) {
            return ColumnMapping.of(ContactField.FIRST_NAME);
        }
        if (words.contains(" last ") || words.contains(" surname ") || words.contains(" family ") || words.contains(" nachname ")) {
            return ColumnMapping.of(ContactField.LAST_NAME);
        }
        if (words.contains("company") || words.contains("organi") || words.contains(" firma ") || words.contains(" business ") || words.contains(" firm ")) {
            return ColumnMapping.of(ContactField.COMPANY);
        }
        if (words.contains(" name ") || words.contains(" contact ") || words.contains(" client ") || words.contains(" customer ")) {
            return ColumnMapping.of(ContactField.DISPLAY_NAME);
        }
        if (words.contains(" zip ") || words.contains("postal") || words.contains("postcode") || words.contains(" plz ")) {
            return ColumnMapping.of(ContactField.POSTAL_CODE);
        }
        if (words.contains(" street ") || words.contains(" address ") || words.contains("strasse")) {
            return ColumnMapping.of(ContactField.STREET);
        }
        if (words.contains(" city ") || words.contains(" town ") || words.contains(" stadt ") || words.contains(" ort ")) {
            return ColumnMapping.of(ContactField.CITY);
        }
        if (words.contains(" state ") || words.contains(" region ") || words.contains(" province ") || words.contains(" county ")) {
            return ColumnMapping.of(ContactField.REGION);
        }
        if (words.contains(" country ")) {
            return ColumnMapping.of(ContactField.COUNTRY);
        }
        if (words.contains("birth") || words.contains("geburt")) {
            return ColumnMapping.of(ContactField.BIRTHDAY);
        }
        if (words.contains(" tag") || words.contains(" label") || words.contains(" group") || words.contains(" categor")) {
            return ColumnMapping.of(ContactField.TAGS);
        }
        if (words.contains(" note") || words.contains(" comment")) {
            return ColumnMapping.of(ContactField.NOTE);
        }
        return ColumnMapping.IGNORED;
    }

    private static String key(String header) {
        return SearchTokens.normalise(header == null ? "" : header.strip()).toLowerCase(Locale.ROOT);
    }
}
