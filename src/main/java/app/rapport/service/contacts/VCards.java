package app.rapport.service.contacts;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ContactRows;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.Progress;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Contacts to and from vCard (2.1, 3.0 and 4.0) through ez-vcard, which decodes quoted-printable,
 * folded lines and each version's TYPE parameters. Photos are read past and left out: Rapport
 * keeps no pictures, and a 5 MB photo would otherwise weigh on every read of the client.
 */
public final class VCards {
    /** Types that say how a number is used, not what it is called. */
    private static final Set<String> NOT_LABELS = Set.of("pref", "voice", "internet", "x400", "msg", "text");

    private VCards() {
    }

    /** The contacts of a vCard file, and how many photos were left out. */
    public record Contents(List<ImportCandidate> candidates, int photosLeftOut) {
    }

    public static Contents read(SniffedFile file, Instant now, LocalDate today, Progress progress) throws IOException {
        List<Long> startLines = file.linesStartingWith("BEGIN:VCARD");
        List<ImportCandidate> candidates = new ArrayList<>();
        int photos = 0;
        try (InputStream in = Files.newInputStream(file.file())) {
            in.skipNBytes(file.bomLength());
            Reader text = new BufferedReader(new InputStreamReader(in, file.charset()), 1 << 16);
            try (VCardReader reader = new VCardReader(text)) {
                // 2.1 cards without a CHARSET parameter are in the file's own encoding.
                reader.setDefaultQuotedPrintableCharset(file.charset());
                VCard card;
                while ((card = reader.readNext()) != null) {
                    long line = candidates.size() < startLines.size() ? startLines.get(candidates.size()) : -1;
                    photos += card.getPhotos().size();
                    candidates.add(ContactRows.fromDraft(line, draft(card), now, today));
                    if (progress.isCancelled()) {
                        throw new CancellationException("Reading cancelled.");
                    }
                    progress.update(candidates.size(), startLines.size(), "Reading card " + candidates.size());
                }
            }
        }
        return new Contents(candidates, photos);
    }

    private static ContactRows.Draft draft(VCard card) {
        ContactRows.Draft draft = new ContactRows.Draft();
        if (card.getFormattedName() != null) {
            draft.put(ContactField.DISPLAY_NAME, card.getFormattedName().getValue());
        }
        StructuredName name = card.getStructuredName();
        if (name != null) {
            draft.put(ContactField.FIRST_NAME, name.getGiven());
            draft.put(ContactField.LAST_NAME, name.getFamily());
            draft.put(ContactField.MIDDLE_NAME, String.join(" ", name.getAdditionalNames()));
            draft.put(ContactField.NAME_PREFIX, String.join(" ", name.getPrefixes()));
            draft.put(ContactField.NAME_SUFFIX, String.join(" ", name.getSuffixes()));
        }
        if (card.getOrganization() != null && card.getOrganization().getValues().stream().anyMatch(v -> v != null && !v.isBlank())) {
            List<String> organization = card.getOrganization().getValues().stream().filter(v -> v != null && !v.isBlank()).toList();
            draft.put(ContactField.COMPANY, organization.get(0));
            if (organization.size() > 1) {
                draft.custom("Department", String.join(", ", organization.subList(1, organization.size())));
            }
        }
        for (ezvcard.property.Address address : card.getAddresses()) {
            draft.put(ContactField.STREET, address.getStreetAddress());
            draft.put(ContactField.POSTAL_CODE, address.getPostalCode());
            draft.put(ContactField.CITY, address.getLocality());
            draft.put(ContactField.REGION, address.getRegion());
            draft.put(ContactField.COUNTRY, address.getCountry());
        }
        Birthday birthday = card.getBirthday();
        ezvcard.property.RawProperty unreadBirthday = card.getExtendedProperty("BDAY");
        if (birthday == null && unreadBirthday != null) {
            // A 3.0 card may not say --0315 (no year); ez-vcard keeps it unread, and the row reads it as such.
            draft.put(ContactField.BIRTHDAY, unreadBirthday.getValue());
        }
        if (birthday != null) {
            Temporal date = birthday.getDate();
            if (date != null && date.isSupported(ChronoField.EPOCH_DAY)) {
                draft.put(ContactField.BIRTHDAY, LocalDate.ofEpochDay(date.getLong(ChronoField.EPOCH_DAY)).toString());
            } else if (birthday.getText() != null) {
                draft.put(ContactField.BIRTHDAY, birthday.getText());
            } else if (birthday.getPartialDate() != null && birthday.getPartialDate().getYear() == null) {
                // A birthday without a year (--0312) is kept as said, not as a day of some year.
                draft.custom("Birthday (no year)", birthday.getPartialDate().toISO8601(true));
            }
        }
        if (card.getAnniversary() != null) {
            ezvcard.property.Anniversary anniversary = card.getAnniversary();
            Temporal date = anniversary.getDate();
            draft.custom("Anniversary", date != null && date.isSupported(ChronoField.EPOCH_DAY)
                    ? LocalDate.ofEpochDay(date.getLong(ChronoField.EPOCH_DAY)).toString()
                    : anniversary.getPartialDate() != null ? anniversary.getPartialDate().toISO8601(true) : anniversary.getText());
        }
        if (card.getCategories() != null) {
            draft.put(ContactField.TAGS, String.join(",", card.getCategories().getValues()));
        }
        card.getNotes().forEach(note -> draft.put(ContactField.NOTE, note.getValue()));
        card.getNicknames().forEach(nickname -> draft.custom("Nickname", String.join(", ", nickname.getValues())));
        card.getTitles().forEach(title -> draft.custom("Job title", title.getValue()));
        card.getRoles().forEach(role -> draft.custom("Role", role.getValue()));
        card.getUrls().forEach(url -> draft.custom("Website", url.getValue()));
        // Android keeps a nickname as "vnd.android.cursor.item/nickname;VALUE;...", a relation likewise.
        for (ezvcard.property.RawProperty custom : card.getExtendedProperties("X-ANDROID-CUSTOM")) {
            String[] parts = custom.getValue() == null ? new String[0] : custom.getValue().split(";", -1);
            if (parts.length > 1 && parts[0].equals("vnd.android.cursor.item/nickname")) {
                draft.custom("Nickname", parts[1]);
            } else if (parts.length > 1 && parts[0].equals("vnd.android.cursor.item/relation")) {
                draft.custom("Relation", parts[1]);
            }
        }
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String number = telephone.getText() != null ? telephone.getText()
                    : telephone.getUri() != null ? telephone.getUri().getNumber() : null;
            if (number != null && !number.isBlank()) {
                draft.phone("phone", appleLabel(card, telephone.getGroup()).orElse(label(telephone.getTypes(), "phone")), number);
            }
        }
        for (Email email : card.getEmails()) {
            if (email.getValue() != null && !email.getValue().isBlank()) {
                draft.email("email", appleLabel(card, email.getGroup()).orElse(label(email.getTypes(), "personal")), email.getValue());
            }
        }
        return draft;
    }

    /** Apple's own label of a grouped line ("item1.X-ABLabel:_$!<Mobile>!$_" or a label the user typed). */
    private static java.util.Optional<String> appleLabel(VCard card, String group) {
        if (group == null) {
            return java.util.Optional.empty();
        }
        return card.getExtendedProperties("X-ABLABEL").stream()
                .filter(label -> group.equalsIgnoreCase(label.getGroup()) && label.getValue() != null)
                .map(label -> label.getValue().replace("_$!<", "").replace(">!$_", "").strip().toLowerCase(Locale.ROOT))
                .filter(label -> !label.isEmpty())
                .findFirst();
    }

    private static String label(List<? extends VCardParameter> types, String fallback) {
        if (types.stream().anyMatch(type -> type.getValue().equalsIgnoreCase("fax"))) {
            return "fax"; // TEL;WORK;FAX is a fax machine, not the work phone
        }
        for (VCardParameter type : types) {
            String value = type.getValue().toLowerCase(Locale.ROOT);
            if (!NOT_LABELS.contains(value)) {
                return switch (value) {
                    case "cell" -> "mobile";
                    default -> value;
                };
            }
        }
        return fallback;
    }


    /** Writes {@code clients} with their notes (by client id) as vCard 3.0, the version every phone and mail program reads. */
    public static void write(List<Client> clients, java.util.Map<java.util.UUID, List<String>> notes, Writer out) throws IOException {
        VCardWriter writer = new VCardWriter(out, VCardVersion.V3_0);
        for (Client client : clients) {
            VCard card = card(client);
            notes.getOrDefault(client.id(), List.of()).forEach(card::addNote);
            writer.write(card);
        }
        writer.flush();
    }

    static VCard card(Client client) {
        VCard card = new VCard();
        card.setFormattedName(client.displayName());
        if (client.firstName() != null || client.lastName() != null) {
            StructuredName name = new StructuredName();
            name.setGiven(client.firstName());
            name.setFamily(client.lastName());
            card.setStructuredName(name);
        } else {
            // vCard 3.0 requires N; a company has an empty one.
            card.setStructuredName(new StructuredName());
        }
        if (client.companyName() != null) {
            card.setOrganization(client.companyName());
        }
        for (ContactPoint phone : client.phones()) {
            card.addTelephoneNumber(phone.value(), switch (phone.label().toLowerCase(Locale.ROOT)) {
                case "mobile", "cell" -> TelephoneType.CELL;
                case "home" -> TelephoneType.HOME;
                case "work" -> TelephoneType.WORK;
                default -> TelephoneType.get(phone.label());
            });
        }
        for (ContactPoint email : client.emails()) {
            card.addEmail(email.value(), switch (email.label().toLowerCase(Locale.ROOT)) {
                case "home", "personal" -> EmailType.HOME;
                case "work" -> EmailType.WORK;
                default -> EmailType.get(email.label());
            });
        }
        if (!client.address().isEmpty()) {
            ezvcard.property.Address address = new ezvcard.property.Address();
            address.setStreetAddress(client.address().street());
            address.setPostalCode(client.address().postalCode());
            address.setLocality(client.address().city());
            address.setRegion(client.address().region());
            address.setCountry(client.address().country());
            card.addAddress(address);
        }
        if (client.birthday() != null) {
            card.setBirthday(new Birthday(client.birthday()));
        }
        if (!client.tags().isEmpty()) {
            card.setCategories(client.tags().toArray(String[]::new));
        }
        return card;
    }
}
