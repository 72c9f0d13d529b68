package app.rapport.domain.contacts;

import app.rapport.domain.SearchTokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a contact file by its header row and proposes where each column goes: first by the
 * exact columns of a Google Contacts or Outlook export, then by the header's whole words against a
 * short list of names per field ("Mobile", "E-mail", "Zip", "Vorname"...). A column nothing claims
 * becomes a custom field named after it, so nothing the file holds is lost and nothing lands in
 * the wrong place: a header that merely contains "Name" or "Label" is not a name or a tag.
 */
public record ContactLayout(String name, List<String> headers, List<ColumnMapping> mappings) {
    public static final String GOOGLE = "Google Contacts CSV";
    public static final String OUTLOOK = "Outlook contacts CSV";
    public static final String GENERIC = "CSV with a header row";

    /** Google's numbered groups: "E-mail 1 - Value" with "E-mail 1 - Label" (new) or "E-mail 1 - Type" (old export). */
    private static final Pattern GOOGLE_NUMBERED = Pattern.compile("(.+?) (\\d+) - (.+)");
    private static final Map<String, ColumnMapping> GOOGLE_COLUMNS = new HashMap<>();
    private static final Map<String, ColumnMapping> OUTLOOK_COLUMNS = new HashMap<>();
    /** Columns that say nothing about the client (settings of the exporting program, phonetic spellings, photo links). */
    private static final Set<String> GOOGLE_NOISE = Set.of("yomi name", "given name yomi", "additional name yomi", "family name yomi",
            "phonetic first name", "phonetic middle name", "phonetic last name", "file as", "photo", "sensitivity", "priority",
            "initials", "short name", "billing information", "directory server", "mileage", "subject", "gender", "language",
            "location");
    private static final Set<String> OUTLOOK_NOISE = Set.of("e-mail type", "e-mail display name", "e-mail 2 type", "e-mail 2 display name",
            "e-mail 3 type", "e-mail 3 display name", "sensitivity", "priority", "private", "initials", "gender", "mileage",
            "billing information", "directory server", "internet free busy", "location", "keywords", "account", "user 1", "user 2",
            "user 3", "user 4", "organizational id number", "government id number");

    static {
        GOOGLE_COLUMNS.put("name", ColumnMapping.of(ContactField.DISPLAY_NAME));
        GOOGLE_COLUMNS.put("first name", ColumnMapping.of(ContactField.FIRST_NAME));
        GOOGLE_COLUMNS.put("given name", ColumnMapping.of(ContactField.FIRST_NAME));
        GOOGLE_COLUMNS.put("middle name", ColumnMapping.of(ContactField.MIDDLE_NAME));
        GOOGLE_COLUMNS.put("additional name", ColumnMapping.of(ContactField.MIDDLE_NAME));
        GOOGLE_COLUMNS.put("last name", ColumnMapping.of(ContactField.LAST_NAME));
        GOOGLE_COLUMNS.put("family name", ColumnMapping.of(ContactField.LAST_NAME));
        GOOGLE_COLUMNS.put("name prefix", ColumnMapping.of(ContactField.NAME_PREFIX));
        GOOGLE_COLUMNS.put("name suffix", ColumnMapping.of(ContactField.NAME_SUFFIX));
        GOOGLE_COLUMNS.put("nickname", ColumnMapping.custom("Nickname"));
        GOOGLE_COLUMNS.put("maiden name", ColumnMapping.custom("Maiden name"));
        GOOGLE_COLUMNS.put("organization name", ColumnMapping.of(ContactField.COMPANY));
        GOOGLE_COLUMNS.put("organization title", ColumnMapping.custom("Job title"));
        GOOGLE_COLUMNS.put("organization department", ColumnMapping.custom("Department"));
        GOOGLE_COLUMNS.put("occupation", ColumnMapping.custom("Occupation"));
        GOOGLE_COLUMNS.put("hobby", ColumnMapping.custom("Hobby"));
        GOOGLE_COLUMNS.put("birthday", ColumnMapping.of(ContactField.BIRTHDAY));
        GOOGLE_COLUMNS.put("notes", ColumnMapping.of(ContactField.NOTE));
        GOOGLE_COLUMNS.put("labels", ColumnMapping.of(ContactField.TAGS));
        GOOGLE_COLUMNS.put("group membership", ColumnMapping.of(ContactField.TAGS));

        OUTLOOK_COLUMNS.put("title", ColumnMapping.of(ContactField.NAME_PREFIX));
        OUTLOOK_COLUMNS.put("first name", ColumnMapping.of(ContactField.FIRST_NAME));
        OUTLOOK_COLUMNS.put("middle name", ColumnMapping.of(ContactField.MIDDLE_NAME));
        OUTLOOK_COLUMNS.put("last name", ColumnMapping.of(ContactField.LAST_NAME));
        OUTLOOK_COLUMNS.put("suffix", ColumnMapping.of(ContactField.NAME_SUFFIX));
        OUTLOOK_COLUMNS.put("company", ColumnMapping.of(ContactField.COMPANY));
        OUTLOOK_COLUMNS.put("department", ColumnMapping.custom("Department"));
        OUTLOOK_COLUMNS.put("job title", ColumnMapping.custom("Job title"));
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
        OUTLOOK_COLUMNS.put("assistant's phone", ColumnMapping.custom("Assistant's phone"));
        for (String prefix : List.of("home ", "business ", "other ")) {
            OUTLOOK_COLUMNS.put(prefix + "street", ColumnMapping.of(ContactField.STREET));
            OUTLOOK_COLUMNS.put(prefix + "city", ColumnMapping.of(ContactField.CITY));
            OUTLOOK_COLUMNS.put(prefix + "state", ColumnMapping.of(ContactField.REGION));
            OUTLOOK_COLUMNS.put(prefix + "postal code", ColumnMapping.of(ContactField.POSTAL_CODE));
            OUTLOOK_COLUMNS.put(prefix + "country/region", ColumnMapping.of(ContactField.COUNTRY));
            OUTLOOK_COLUMNS.put(prefix + "country", ColumnMapping.of(ContactField.COUNTRY));
        }
        OUTLOOK_COLUMNS.put("categories", ColumnMapping.of(ContactField.TAGS));
        OUTLOOK_COLUMNS.put("notes", ColumnMapping.of(ContactField.NOTE));
        OUTLOOK_COLUMNS.put("birthday", ColumnMapping.of(ContactField.BIRTHDAY));
        OUTLOOK_COLUMNS.put("web page", ColumnMapping.custom("Web page"));
        OUTLOOK_COLUMNS.put("nickname", ColumnMapping.custom("Nickname"));
    }

    /** The layout of a file whose first row is {@code headers}. */
    public static ContactLayout recognise(List<String> headers) {
        List<String> keys = headers.stream().map(ContactLayout::key).toList();
        if (isGoogle(keys)) {
            return new ContactLayout(GOOGLE, headers, mapEach(headers, keys, ContactLayout::google));
        }
        if (keys.contains("e-mail address") && (keys.contains("mobile phone") || keys.contains("business phone")
                || keys.contains("home phone") || keys.contains("e-mail display name"))) {
            return new ContactLayout(OUTLOOK, headers, mapEach(headers, keys, (k, all) ->
                    OUTLOOK_NOISE.contains(k) ? ColumnMapping.IGNORED : OUTLOOK_COLUMNS.get(k)));
        }
        return new ContactLayout(GENERIC, headers, mapEach(headers, keys, (k, all) -> null));
    }

    private static boolean isGoogle(List<String> keys) {
        return keys.contains("e-mail 1 - value") || keys.contains("phone 1 - value")
                || keys.contains("given name") && keys.contains("family name")
                || keys.contains("first name") && keys.contains("last name") && keys.contains("labels");
    }

    private interface KnownColumns {
        /** The mapping a layout knows for this header, or null to fall back to the generic guess. */
        ColumnMapping known(String key, List<String> keys);
    }

    private static List<ColumnMapping> mapEach(List<String> headers, List<String> keys, KnownColumns layout) {
        List<ColumnMapping> mappings = new ArrayList<>();
        for (int column = 0; column < keys.size(); column++) {
            ColumnMapping known = layout.known(keys.get(column), keys);
            mappings.add(known != null ? known : guessOrCustom(headers.get(column)));
        }
        return List.copyOf(mappings);
    }

    public ContactLayout withMapping(int column, ContactField field) {
        List<ColumnMapping> changed = new ArrayList<>(mappings);
        ColumnMapping before = changed.get(column);
        changed.set(column, field == ContactField.CUSTOM && before.field() != ContactField.CUSTOM
                ? ColumnMapping.custom(customName(headers.get(column))) : before.withField(field));
        return new ContactLayout(name, headers, List.copyOf(changed));
    }

    public boolean maps(ContactField field) {
        return mappings.stream().anyMatch(mapping -> mapping.field() == field);
    }

    /** Columns whose only job is to label another column (Google's "Phone 1 - Label"): shown as such in the preview. */
    public boolean isLabelOfAnother(int column) {
        return mappings.stream().anyMatch(mapping -> mapping.labelColumn() == column);
    }

    private static ColumnMapping google(String key, List<String> keys) {
        if (GOOGLE_NOISE.contains(key)) {
            return ColumnMapping.IGNORED;
        }
        Matcher numbered = GOOGLE_NUMBERED.matcher(key);
        if (!numbered.matches()) {
            return GOOGLE_COLUMNS.get(key);
        }
        String kind = numbered.group(1);
        String number = numbered.group(2);
        String part = numbered.group(3);
        String prefix = kind + " " + number + " - ";
        int labelColumn = keys.indexOf(prefix + "label");
        if (labelColumn < 0) {
            labelColumn = keys.indexOf(prefix + "type");
        }
        String nth = number.equals("1") ? "" : " " + number;
        return switch (kind + "/" + part) {
            case "e-mail/value" -> new ColumnMapping(ContactField.EMAIL, null, labelColumn);
            case "phone/value" -> new ColumnMapping(ContactField.PHONE, null, labelColumn);
            case "address/street" -> ColumnMapping.of(ContactField.STREET);
            case "address/city" -> ColumnMapping.of(ContactField.CITY);
            case "address/region" -> ColumnMapping.of(ContactField.REGION);
            case "address/postal code" -> ColumnMapping.of(ContactField.POSTAL_CODE);
            case "address/country" -> ColumnMapping.of(ContactField.COUNTRY);
            case "address/po box" -> ColumnMapping.custom("PO box" + nth);
            case "address/extended address" -> ColumnMapping.custom("Address line 2" + nth);
            case "organization/name" -> number.equals("1") ? ColumnMapping.of(ContactField.COMPANY) : ColumnMapping.custom("Company" + nth);
            case "organization/title" -> ColumnMapping.custom("Job title" + nth);
            case "organization/department" -> ColumnMapping.custom("Department" + nth);
            case "organization/job description" -> ColumnMapping.custom("Job description" + nth);
            case "website/value" -> ColumnMapping.custom("Website" + nth);
            case "im/value" -> ColumnMapping.custom("Chat" + nth);
            case "relation/value" -> labelColumn >= 0 ? new ColumnMapping(ContactField.CUSTOM, "Relation" + nth, labelColumn)
                    : ColumnMapping.custom("Relation" + nth);
            case "event/value" -> labelColumn >= 0 ? new ColumnMapping(ContactField.CUSTOM, "Date" + nth, labelColumn)
                    : ColumnMapping.custom("Date" + nth);
            case "custom field/value" -> labelColumn >= 0 ? new ColumnMapping(ContactField.CUSTOM, "Custom field" + nth, labelColumn)
                    : ColumnMapping.custom("Custom field" + nth);
            // The label or type of a numbered group names its value; the formatted address repeats the parts.
            default -> ColumnMapping.IGNORED;
        };
    }

    /** Whole-header names per field, as people write them in their own spreadsheets. */
    private static final Map<String, ColumnMapping> SYNONYMS = new HashMap<>();
    /** Words that, anywhere in a header, say what it holds: "Client's mobile" is a phone, "Work e-mail" an email. */
    private static final List<Map.Entry<Set<String>, ColumnMapping>> KEY_WORDS = new ArrayList<>();

    static {
        synonyms(ColumnMapping.of(ContactField.DISPLAY_NAME), "name", "full name", "display name", "client", "client name", "customer",
                "customer name", "contact", "contact name", "person", "nom complet", "nombre completo");
        synonyms(ColumnMapping.of(ContactField.FIRST_NAME), "first name", "first", "firstname", "given name", "forename", "christian name",
                "vorname", "prenom", "nombre");
        synonyms(ColumnMapping.of(ContactField.MIDDLE_NAME), "middle name", "middle", "additional name", "second name");
        synonyms(ColumnMapping.of(ContactField.LAST_NAME), "last name", "last", "lastname", "surname", "family name", "nachname", "nom",
                "apellido", "apellidos");
        synonyms(ColumnMapping.of(ContactField.NAME_PREFIX), "title", "name prefix", "prefix", "salutation", "honorific", "anrede",
                "civilite");
        synonyms(ColumnMapping.of(ContactField.NAME_SUFFIX), "suffix", "name suffix");
        synonyms(ColumnMapping.of(ContactField.COMPANY), "company", "company name", "organization", "organisation", "organization name",
                "organisation name", "business", "business name", "firm", "firma", "unternehmen", "employer", "societe", "empresa");
        synonyms(ColumnMapping.of(ContactField.STREET), "street", "address", "street address", "address line 1", "address 1", "strasse",
                "adresse", "direccion");
        synonyms(ColumnMapping.of(ContactField.POSTAL_CODE), "zip", "zip code", "zipcode", "postal code", "postcode", "post code", "plz",
                "code postal");
        synonyms(ColumnMapping.of(ContactField.CITY), "city", "town", "locality", "ort", "stadt", "ville", "ciudad");
        synonyms(ColumnMapping.of(ContactField.REGION), "state", "region", "province", "county", "state province", "bundesland");
        synonyms(ColumnMapping.of(ContactField.COUNTRY), "country", "country region", "land", "pays", "pais");
        synonyms(ColumnMapping.of(ContactField.BIRTHDAY), "birthday", "birth date", "birthdate", "date of birth", "dob", "born",
                "geburtstag", "geburtsdatum", "date de naissance");
        synonyms(ColumnMapping.of(ContactField.TAGS), "tags", "tag", "groups", "group", "labels", "categories");
        synonyms(ColumnMapping.of(ContactField.NOTE), "notes", "note", "comments", "comment", "remarks", "memo", "notizen", "bemerkung");

        keyWords(ColumnMapping.IGNORED, "fax");
        keyWords(ColumnMapping.IGNORED, "pager");
        keyWords(ColumnMapping.of(ContactField.EMAIL, "work"), "work", "email");
        keyWords(ColumnMapping.of(ContactField.EMAIL, "work"), "business", "email");
        keyWords(ColumnMapping.of(ContactField.EMAIL, "personal"), "email");
        keyWords(ColumnMapping.of(ContactField.PHONE, "mobile"), "mobile");
        keyWords(ColumnMapping.of(ContactField.PHONE, "mobile"), "cell");
        keyWords(ColumnMapping.of(ContactField.PHONE, "mobile"), "handy");
        for (String phoneWord : List.of("phone", "telephone", "tel", "telefon", "number")) {
            keyWords(ColumnMapping.of(ContactField.PHONE, "work"), "work", phoneWord);
            keyWords(ColumnMapping.of(ContactField.PHONE, "work"), "business", phoneWord);
            keyWords(ColumnMapping.of(ContactField.PHONE, "work"), "office", phoneWord);
            keyWords(ColumnMapping.of(ContactField.PHONE, "home"), "home", phoneWord);
            if (!phoneWord.equals("number")) {
                keyWords(ColumnMapping.of(ContactField.PHONE, "phone"), phoneWord);
            }
        }
        keyWords(ColumnMapping.of(ContactField.FIRST_NAME), "first", "name");
        keyWords(ColumnMapping.of(ContactField.FIRST_NAME), "given", "name");
        keyWords(ColumnMapping.of(ContactField.LAST_NAME), "last", "name");
        keyWords(ColumnMapping.of(ContactField.LAST_NAME), "family", "name");
        keyWords(ColumnMapping.of(ContactField.POSTAL_CODE), "zip");
        keyWords(ColumnMapping.of(ContactField.POSTAL_CODE), "postal", "code");
        keyWords(ColumnMapping.of(ContactField.POSTAL_CODE), "postcode");
        keyWords(ColumnMapping.of(ContactField.BIRTHDAY), "birthday");
        keyWords(ColumnMapping.of(ContactField.BIRTHDAY), "birth", "date");
        keyWords(ColumnMapping.of(ContactField.BIRTHDAY), "date", "of", "birth");
        synonyms(ColumnMapping.of(ContactField.NO_MAILINGS), "no mailings", "no mailing", "no newsletter", "no marketing",
                "do not email", "do not mail", "unsubscribed", "opted out", "opt out", "email opt out", "marketing opt out");
        keyWords(ColumnMapping.of(ContactField.NOTE), "note");
        keyWords(ColumnMapping.of(ContactField.NOTE), "notes");
    }

    private static void synonyms(ColumnMapping mapping, String... names) {
        for (String name : names) {
            SYNONYMS.put(name, mapping);
        }
    }

    private static void keyWords(ColumnMapping mapping, String... words) {
        KEY_WORDS.add(Map.entry(Set.of(words), mapping));
    }

    /** What a header anyone might write holds, or a custom field named after it when nothing fits. */
    static ColumnMapping guessOrCustom(String header) {
        String words = words(header);
        if (words.isEmpty()) {
            return ColumnMapping.IGNORED;
        }
        ColumnMapping exact = SYNONYMS.get(words);
        if (exact != null) {
            return exact;
        }
        Set<String> present = Set.copyOf(Arrays.asList(words.split(" ")));
        for (Map.Entry<Set<String>, ColumnMapping> rule : KEY_WORDS) {
            if (present.containsAll(rule.getKey())) {
                return rule.getValue();
            }
        }
        return ColumnMapping.custom(customName(header));
    }

    /** The header's words, without accents or case, camel case split ("FirstName" is "first name"), "e-mail" as "email". */
    static String words(String header) {
        if (header == null) {
            return "";
        }
        String split = header.strip().replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
        String normal = SearchTokens.normalise(split).toLowerCase(Locale.ROOT)
                .replaceAll("\\be[ -]?mail\\b", "email").replaceAll("\\bmail\\b", "email");
        return String.join(" ", Arrays.stream(normal.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
    }

    /** A custom field's name from its column: the header as written, without Google's "1 - " numbering. */
    static String customName(String header) {
        String name = header == null ? "" : header.strip();
        name = name.replaceFirst("(?i)\\s+1\\s+-\\s+value$", "").replaceFirst("(?i)\\s+-\\s+value$", "");
        return name.isEmpty() ? "Column" : name;
    }

    private static String key(String header) {
        return SearchTokens.normalise(header == null ? "" : header.strip()).toLowerCase(Locale.ROOT);
    }
}
