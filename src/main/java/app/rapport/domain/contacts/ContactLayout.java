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
public record ContactLayout(String name, List<String> headers, List<ColumnMapping> mappings, boolean dayFirst) {
    public static final String GOOGLE = "Google Contacts CSV";
    public static final String OUTLOOK = "Outlook contacts CSV";
    public static final String THUNDERBIRD = "Thunderbird address book CSV";
    public static final String GENERIC = "CSV with a header row";
    public static final String RAPPORT = "Rapport CSV export";
    /** The column of Rapport's own CSV export that says a client wants no mailings ("yes"). */
    public static final String RAPPORT_NO_MAILINGS = "No mailings";
    /** How Rapport's own CSV export begins; its numbered phone and email columns follow. */
    private static final List<String> RAPPORT_FIRST = List.of("name", "first name", "last name", "company");
    private static final Pattern RAPPORT_NOTE = Pattern.compile("note \\d+");

    /** A layout whose dates are month first when they could be either (3/4/1990 is March 4th), as Google and English Outlook write them. */
    public ContactLayout(String name, List<String> headers, List<ColumnMapping> mappings) {
        this(name, headers, mappings, false);
    }

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
            "user 3", "user 4", "organizational id number", "government id number", "business fax", "home fax", "other fax",
            "pager", "callback", "radio phone", "telex", "tty/tdd phone", "isdn");
    /**
     * Outlook in German and in French writes the same columns under its own names: each is read
     * as the English column it stands for, and its dates are day first (7.3.1975, 07/03/1975).
     */
    private static final List<Map<String, String>> OUTLOOK_TRANSLATIONS = List.of(outlookGerman(), outlookFrench());
    private static final Map<String, ColumnMapping> THUNDERBIRD_COLUMNS = new HashMap<>();

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
        OUTLOOK_COLUMNS.put("anniversary", ColumnMapping.custom("Anniversary"));

        THUNDERBIRD_COLUMNS.put("first name", ColumnMapping.of(ContactField.FIRST_NAME));
        THUNDERBIRD_COLUMNS.put("last name", ColumnMapping.of(ContactField.LAST_NAME));
        THUNDERBIRD_COLUMNS.put("display name", ColumnMapping.of(ContactField.DISPLAY_NAME));
        THUNDERBIRD_COLUMNS.put("nickname", ColumnMapping.custom("Nickname"));
        THUNDERBIRD_COLUMNS.put("primary email", ColumnMapping.of(ContactField.EMAIL, "personal"));
        THUNDERBIRD_COLUMNS.put("secondary email", ColumnMapping.of(ContactField.EMAIL, "other"));
        THUNDERBIRD_COLUMNS.put("screen name", ColumnMapping.custom("Chat"));
        THUNDERBIRD_COLUMNS.put("work phone", ColumnMapping.of(ContactField.PHONE, "work"));
        THUNDERBIRD_COLUMNS.put("home phone", ColumnMapping.of(ContactField.PHONE, "home"));
        THUNDERBIRD_COLUMNS.put("mobile number", ColumnMapping.of(ContactField.PHONE, "mobile"));
        THUNDERBIRD_COLUMNS.put("fax number", ColumnMapping.IGNORED);
        THUNDERBIRD_COLUMNS.put("pager number", ColumnMapping.IGNORED);
        for (String prefix : List.of("home ", "work ")) {
            THUNDERBIRD_COLUMNS.put(prefix + "address", ColumnMapping.of(ContactField.STREET));
            THUNDERBIRD_COLUMNS.put(prefix + "address 2", ColumnMapping.custom("Address line 2"));
            THUNDERBIRD_COLUMNS.put(prefix + "city", ColumnMapping.of(ContactField.CITY));
            THUNDERBIRD_COLUMNS.put(prefix + "state", ColumnMapping.of(ContactField.REGION));
            THUNDERBIRD_COLUMNS.put(prefix + "zipcode", ColumnMapping.of(ContactField.POSTAL_CODE));
            THUNDERBIRD_COLUMNS.put(prefix + "country", ColumnMapping.of(ContactField.COUNTRY));
        }
        THUNDERBIRD_COLUMNS.put("job title", ColumnMapping.custom("Job title"));
        THUNDERBIRD_COLUMNS.put("department", ColumnMapping.custom("Department"));
        THUNDERBIRD_COLUMNS.put("organization", ColumnMapping.of(ContactField.COMPANY));
        THUNDERBIRD_COLUMNS.put("web page 1", ColumnMapping.custom("Website"));
        THUNDERBIRD_COLUMNS.put("web page 2", ColumnMapping.custom("Website 2"));
        // Thunderbird keeps the birthday in three columns; the row puts them together.
        THUNDERBIRD_COLUMNS.put("birth year", ColumnMapping.of(ContactField.BIRTHDAY, ContactRows.YEAR));
        THUNDERBIRD_COLUMNS.put("birth month", ColumnMapping.of(ContactField.BIRTHDAY, ContactRows.MONTH));
        THUNDERBIRD_COLUMNS.put("birth day", ColumnMapping.of(ContactField.BIRTHDAY, ContactRows.DAY));
        THUNDERBIRD_COLUMNS.put("notes", ColumnMapping.of(ContactField.NOTE));
    }

    private static Map<String, String> outlookGerman() {
        Map<String, String> german = new HashMap<>();
        translate(german, "Anrede", "title", "Vorname", "first name", "Weitere Vornamen", "middle name", "Nachname", "last name",
                "Suffix", "suffix", "Firma", "company", "Abteilung", "department", "Position", "job title",
                "Telefon geschäftlich", "business phone", "Telefon geschäftlich 2", "business phone 2", "Telefon privat", "home phone",
                "Telefon privat 2", "home phone 2", "Mobiltelefon", "mobile phone", "Weiteres Telefon", "other phone",
                "Haupttelefon", "primary phone", "Telefon Firma", "company main phone", "Autotelefon", "car phone",
                "Telefon Assistent", "assistant's phone", "Fax geschäftlich", "business fax", "Fax privat", "home fax",
                "Weiteres Fax", "other fax", "Rückmeldung", "callback", "Funkruf", "radio phone", "Telefon für Hörbehinderte", "tty/tdd phone",
                "E-Mail-Adresse", "e-mail address", "E-Mail-Typ", "e-mail type", "E-Mail: Angezeigter Name", "e-mail display name",
                "E-Mail 2: Adresse", "e-mail 2 address", "E-Mail 2: Typ", "e-mail 2 type", "E-Mail 2: Angezeigter Name", "e-mail 2 display name",
                "E-Mail 3: Adresse", "e-mail 3 address", "E-Mail 3: Typ", "e-mail 3 type", "E-Mail 3: Angezeigter Name", "e-mail 3 display name",
                "Geburtstag", "birthday", "Jahrestag", "anniversary", "Kategorien", "categories", "Notizen", "notes", "Webseite", "web page",
                "Geschlecht", "gender", "Initialen", "initials", "Priorität", "priority", "Privat", "private", "Vertraulichkeit", "sensitivity",
                "Reisekilometer", "mileage", "Abrechnungsinformation", "billing information", "Verzeichnisserver", "directory server",
                "Internet-Frei/Gebucht", "internet free busy", "Stichwörter", "keywords", "Konto", "account", "Benutzer 1", "user 1",
                "Benutzer 2", "user 2", "Benutzer 3", "user 3", "Benutzer 4", "user 4", "Organisationsnr.", "organizational id number",
                "Regierungsnr.", "government id number", "Ort", "location");
        for (String[] kind : new String[][] {{"geschäftlich", "business "}, {"privat", "home "}}) {
            translate(german, "Straße " + kind[0], kind[1] + "street", "Ort " + kind[0], kind[1] + "city",
                    "Postleitzahl " + kind[0], kind[1] + "postal code", "Land/Region " + kind[0], kind[1] + "country/region");
        }
        translate(german, "Region geschäftlich", "business state", "Bundesland/Kanton privat", "home state", "Weitere Straße", "other street",
                "Weiterer Ort", "other city", "Weiteres/r Bundesland/Kanton", "other state", "Weitere Postleitzahl", "other postal code",
                "Weiteres/e Land/Region", "other country/region");
        return Map.copyOf(german);
    }

    private static Map<String, String> outlookFrench() {
        Map<String, String> french = new HashMap<>();
        translate(french, "Titre", "title", "Prénom", "first name", "Deuxième prénom", "middle name", "Nom", "last name",
                "Suffixe", "suffix", "Société", "company", "Service", "department", "Fonction", "job title",
                "Téléphone (bureau)", "business phone", "Téléphone 2 (bureau)", "business phone 2", "Téléphone (domicile)", "home phone",
                "Téléphone 2 (domicile)", "home phone 2", "Tél. mobile", "mobile phone", "Téléphone mobile", "mobile phone",
                "Téléphone (autre)", "other phone", "Téléphone principal", "primary phone", "Téléphone société", "company main phone",
                "Téléphone (voiture)", "car phone", "Téléphone de l'assistant(e)", "assistant's phone", "Télécopie (bureau)", "business fax",
                "Télécopie (domicile)", "home fax", "Télécopie (autre)", "other fax", "Récepteur de radiomessagerie", "pager",
                "Rappel", "callback", "Radio téléphone", "radio phone", "Téléphone TDD/TTY", "tty/tdd phone", "Télex", "telex", "RNIS", "isdn",
                "Adresse de messagerie", "e-mail address", "Type de messagerie", "e-mail type",
                "Nom complet de l'adresse de messagerie", "e-mail display name", "Adresse de messagerie 2", "e-mail 2 address",
                "Type de messagerie 2", "e-mail 2 type", "Nom complet de l'adresse de messagerie 2", "e-mail 2 display name",
                "Adresse de messagerie 3", "e-mail 3 address", "Type de messagerie 3", "e-mail 3 type",
                "Nom complet de l'adresse de messagerie 3", "e-mail 3 display name",
                "Anniversaire", "birthday", "Catégories", "categories", "Notes", "notes", "Page Web", "web page", "Sexe", "gender",
                "Initiales", "initials", "Priorité", "priority", "Privé", "private", "Sensibilité", "sensitivity",
                "Kilométrage", "mileage", "Informations facturation", "billing information", "Serveur d'annuaire", "directory server",
                "Disponibilité Internet", "internet free busy", "Mots clés", "keywords", "Compte", "account",
                "Emplacement", "location");
        for (String[] kind : new String[][] {{"(bureau)", "business "}, {"(domicile)", "home "}, {"(autre)", "other "}}) {
            translate(french, "Rue " + kind[0], kind[1] + "street", "Ville " + kind[0], kind[1] + "city",
                    "Dép/Région " + kind[0], kind[1] + "state", "Code postal " + kind[0], kind[1] + "postal code",
                    "Pays/Région " + kind[0], kind[1] + "country/region");
        }
        return Map.copyOf(french);
    }

    private static void translate(Map<String, String> into, String... localAndEnglish) {
        for (int i = 0; i < localAndEnglish.length; i += 2) {
            into.put(key(localAndEnglish[i]), localAndEnglish[i + 1]);
        }
    }

    /** The layout of a file whose first row is {@code headers}. */
    public static ContactLayout recognise(List<String> headers) {
        List<String> keys = headers.stream().map(ContactLayout::key).toList();
        if (isRapport(keys)) {
            return new ContactLayout(RAPPORT, headers, rapport(headers, keys));
        }
        if (isGoogle(keys)) {
            return new ContactLayout(GOOGLE, headers, mapEach(headers, keys, ContactLayout::google));
        }
        if (isOutlook(keys)) {
            return outlook(headers, keys, false);
        }
        for (Map<String, String> translation : OUTLOOK_TRANSLATIONS) {
            List<String> english = keys.stream().map(k -> translation.getOrDefault(k, k)).toList();
            if (isOutlook(english)) {
                return outlook(headers, english, true);
            }
        }
        if (keys.contains("primary email") && keys.contains("display name") && keys.contains("birth year")) {
            return new ContactLayout(THUNDERBIRD, headers, mapEach(headers, keys, (k, all) -> THUNDERBIRD_COLUMNS.get(k)));
        }
        return new ContactLayout(GENERIC, headers, mapEach(headers, keys, (k, all) -> null));
    }

    /**
     * Rapport's own export looks much like Google's, but Google writes no bare "Street" nor "Tags"
     * column. Read as Google's, a custom field whose name sounds like a phone, an email or a note
     * would land there; read as Rapport's, each column goes back where it came from.
     */
    private static boolean isRapport(List<String> keys) {
        return keys.size() >= RAPPORT_FIRST.size() && keys.subList(0, RAPPORT_FIRST.size()).equals(RAPPORT_FIRST)
                && keys.contains("street") && keys.contains("tags");
    }

    private static List<ColumnMapping> rapport(List<String> headers, List<String> keys) {
        List<ColumnMapping> mappings = new ArrayList<>();
        for (int column = 0; column < keys.size(); column++) {
            String key = keys.get(column);
            Matcher numbered = GOOGLE_NUMBERED.matcher(key);
            ColumnMapping mapping;
            if (numbered.matches() && (numbered.group(1).equals("phone") || numbered.group(1).equals("e-mail"))) {
                int labelColumn = keys.indexOf(numbered.group(1) + " " + numbered.group(2) + " - label");
                mapping = !numbered.group(3).equals("value") ? ColumnMapping.IGNORED
                        : new ColumnMapping(numbered.group(1).equals("phone") ? ContactField.PHONE : ContactField.EMAIL, null, labelColumn);
            } else {
                mapping = switch (key) {
                    case "name" -> ColumnMapping.of(ContactField.DISPLAY_NAME);
                    case "first name" -> ColumnMapping.of(ContactField.FIRST_NAME);
                    case "last name" -> ColumnMapping.of(ContactField.LAST_NAME);
                    case "company" -> ColumnMapping.of(ContactField.COMPANY);
                    case "street" -> ColumnMapping.of(ContactField.STREET);
                    case "postal code" -> ColumnMapping.of(ContactField.POSTAL_CODE);
                    case "city" -> ColumnMapping.of(ContactField.CITY);
                    case "region" -> ColumnMapping.of(ContactField.REGION);
                    case "country" -> ColumnMapping.of(ContactField.COUNTRY);
                    case "birthday" -> ColumnMapping.of(ContactField.BIRTHDAY);
                    case "tags" -> ColumnMapping.of(ContactField.TAGS);
                    default -> RAPPORT_NOTE.matcher(key).matches() ? ColumnMapping.of(ContactField.NOTE)
                            : key.equals(key(RAPPORT_NO_MAILINGS)) ? ColumnMapping.of(ContactField.NO_MAILINGS)
                            // The rest are the clients' custom fields, under the names they had.
                            : ColumnMapping.custom(headers.get(column).strip());
                };
            }
            mappings.add(mapping);
        }
        return List.copyOf(mappings);
    }

    private static boolean isOutlook(List<String> keys) {
        return keys.contains("e-mail address") && (keys.contains("mobile phone") || keys.contains("business phone")
                || keys.contains("home phone") || keys.contains("e-mail display name"));
    }

    private static ContactLayout outlook(List<String> headers, List<String> englishKeys, boolean dayFirst) {
        return new ContactLayout(OUTLOOK, headers, mapEach(headers, englishKeys, (k, all) ->
                OUTLOOK_NOISE.contains(k) ? ColumnMapping.IGNORED : OUTLOOK_COLUMNS.get(k)), dayFirst);
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
        return new ContactLayout(name, headers, List.copyOf(changed), dayFirst);
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
        keyWords(ColumnMapping.of(ContactField.PHONE, "mobile"), "mobil");
        keyWords(ColumnMapping.of(ContactField.PHONE, "mobile"), "mobiltelefon");
        keyWords(ColumnMapping.of(ContactField.PHONE, "mobile"), "portable");
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
