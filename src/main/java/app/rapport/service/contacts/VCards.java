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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<Long> startLines = startLines(file);
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
        Map<ContactField, List<String>> fields = new EnumMap<>(ContactField.class);
        if (card.getFormattedName() != null) {
            put(fields, ContactField.DISPLAY_NAME, card.getFormattedName().getValue());
        }
        StructuredName name = card.getStructuredName();
        if (name != null) {
            put(fields, ContactField.FIRST_NAME, name.getGiven());
            put(fields, ContactField.LAST_NAME, name.getFamily());
        }
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            put(fields, ContactField.COMPANY, card.getOrganization().getValues().get(0));
        }
        for (ezvcard.property.Address address : card.getAddresses()) {
            put(fields, ContactField.STREET, address.getStreetAddress());
            put(fields, ContactField.POSTAL_CODE, address.getPostalCode());
            put(fields, ContactField.CITY, address.getLocality());
            put(fields, ContactField.REGION, address.getRegion());
            put(fields, ContactField.COUNTRY, address.getCountry());
        }
        Birthday birthday = card.getBirthday();
        if (birthday != null) {
            Temporal date = birthday.getDate();
            if (date != null && date.isSupported(ChronoField.EPOCH_DAY)) {
                put(fields, ContactField.BIRTHDAY, LocalDate.ofEpochDay(date.getLong(ChronoField.EPOCH_DAY)).toString());
            } else if (birthday.getText() != null) {
                put(fields, ContactField.BIRTHDAY, birthday.getText());
            }
        }
        if (card.getCategories() != null) {
            put(fields, ContactField.TAGS, String.join(",", card.getCategories().getValues()));
        }
        card.getNotes().forEach(note -> put(fields, ContactField.NOTE, note.getValue()));
        List<ContactPoint> phones = new ArrayList<>();
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String number = telephone.getText() != null ? telephone.getText()
                    : telephone.getUri() != null ? telephone.getUri().getNumber() : null;
            if (number != null && !number.isBlank()) {
                phones.add(new ContactPoint(label(telephone.getTypes(), "phone"), number.strip()));
            }
        }
        List<ContactPoint> emails = new ArrayList<>();
        for (Email email : card.getEmails()) {
            if (email.getValue() != null && !email.getValue().isBlank()) {
                emails.add(new ContactPoint(label(email.getTypes(), "personal"), email.getValue().strip().toLowerCase(Locale.ROOT)));
            }
        }
        return new ContactRows.Draft(fields, phones, emails);
    }

    private static String label(List<? extends VCardParameter> types, String fallback) {
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

    private static void put(Map<ContactField, List<String>> fields, ContactField field, String value) {
        if (value != null && !value.isBlank()) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value.strip());
        }
    }

    /** The line of each BEGIN:VCARD, so a bad card is named by where it starts. */
    private static List<Long> startLines(SniffedFile file) throws IOException {
        List<Long> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file.file())) {
            in.skipNBytes(file.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, file.charset()), 1 << 16);
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) {
                    lines.add(number);
                }
            }
        }
        return lines;
    }

    /** Writes {@code clients} as vCard 3.0, the version every phone and mail program reads. */
    public static void write(List<Client> clients, Writer out) throws IOException {
        VCardWriter writer = new VCardWriter(out, VCardVersion.V3_0);
        for (Client client : clients) {
            writer.write(card(client));
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
