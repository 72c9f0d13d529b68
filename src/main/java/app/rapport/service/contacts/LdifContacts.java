package app.rapport.service.contacts;

import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ContactRows;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.Progress;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.ldif.TrailingSpaceBehavior;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Contacts from an LDIF address book, what Thunderbird (and other mail programs speaking LDAP's
 * names) exports, read through the UnboundID LDAP SDK, which decodes base64 values, folded lines
 * and comments. Attribute names are matched without case, in Thunderbird's current and older
 * spellings. Mailing lists (groups) are not people: they are counted and left out.
 */
public final class LdifContacts {
    private static final String[] NICKNAME = {"mozillaNickname", "xmozillanickname"};
    private static final String[] SECOND_EMAIL = {"mozillaSecondEmail", "xmozillasecondemail"};
    private static final String[] WORK_PHONE = {"telephoneNumber"};
    private static final String[] HOME_PHONE = {"homePhone"};
    private static final String[] MOBILE = {"mobile", "cellphone"};
    private static final String[] FAX = {"facsimileTelephoneNumber", "fax"};
    private static final String[] PAGER = {"pager", "pagerphone"};
    private static final String[] WEBSITES = {"mozillaWorkUrl", "workurl", "mozillaHomeUrl", "homeurl"};
    private static final Address HOME = new Address("Home address",
            new String[]{"mozillaHomeStreet", "homePostalAddress"}, new String[]{"mozillaHomeStreet2"},
            new String[]{"mozillaHomeLocalityName"}, new String[]{"mozillaHomeState"},
            new String[]{"mozillaHomePostalCode"}, new String[]{"mozillaHomeCountryName"});
    private static final Address WORK = new Address("Work address",
            new String[]{"street", "streetAddress", "postalAddress"}, new String[]{"mozillaWorkStreet2", "mozillaPostalAddress2"},
            new String[]{"l", "locality"}, new String[]{"st"}, new String[]{"postalCode", "zip"}, new String[]{"c", "countryName"});

    private LdifContacts() {
    }

    /** The people of an LDIF file, and how many mailing lists were left out. */
    public record Contents(List<ImportCandidate> candidates, int listsLeftOut) {
    }

    /** Where a kind of address keeps each of its parts, each under any of its names. */
    private record Address(String name, String[] street, String[] street2, String[] city, String[] region, String[] postalCode,
                           String[] country) {
        boolean isIn(Entry entry) {
            return Stream.of(street, street2, city, region, postalCode, country).anyMatch(names -> value(entry, names) != null);
        }

        void putInto(ContactRows.Draft draft, Entry entry) {
            draft.put(ContactField.STREET, joined(value(entry, street), value(entry, street2)));
            draft.put(ContactField.CITY, value(entry, city));
            draft.put(ContactField.REGION, value(entry, region));
            draft.put(ContactField.POSTAL_CODE, value(entry, postalCode));
            draft.put(ContactField.COUNTRY, value(entry, country));
        }

        /** The whole address in one line, for a person's second address, which the profile has no fields for. */
        String oneLine(Entry entry) {
            return joined(value(entry, street), value(entry, street2), value(entry, postalCode), value(entry, city),
                    value(entry, region), value(entry, country));
        }
    }

    public static Contents read(SniffedFile file, Instant now, LocalDate today, Progress progress) throws IOException {
        List<Long> startLines = file.linesStartingWith("dn:");
        List<ImportCandidate> candidates = new ArrayList<>();
        int lists = 0;
        int records = 0;
        try (InputStream in = Files.newInputStream(file.file())) {
            in.skipNBytes(file.bomLength());
            LDIFReader reader = new LDIFReader(new BufferedReader(new InputStreamReader(in, file.charset()), 1 << 16));
            reader.setTrailingSpaceBehavior(TrailingSpaceBehavior.STRIP);
            try {
                while (true) {
                    long line = records < startLines.size() ? startLines.get(records) : -1;
                    Entry entry;
                    try {
                        entry = reader.readEntry();
                    } catch (LDIFException e) {
                        candidates.add(broken(line > 0 ? line : e.getLineNumber(), e, now, today));
                        if (!e.mayContinueReading()) {
                            break;
                        }
                        records++;
                        continue;
                    }
                    if (entry == null) {
                        break;
                    }
                    records++;
                    if (isList(entry)) {
                        lists++;
                    } else {
                        candidates.add(ContactRows.fromDraft(line, draft(entry), now, today));
                    }
                    if (progress.isCancelled()) {
                        throw new CancellationException("Reading cancelled.");
                    }
                    progress.update(records, startLines.size(), "Reading entry " + records);
                }
            } finally {
                reader.close();
            }
        }
        return new Contents(candidates, lists);
    }

    /** A record the reader could not make sense of: a bad row, named by its line, with the reader's reason. */
    private static ImportCandidate broken(long line, LDIFException e, Instant now, LocalDate today) {
        ImportCandidate empty = ContactRows.fromDraft(line, new ContactRows.Draft(), now, today);
        String reason = e.getMessage() == null ? "it cannot be read as LDIF" : e.getMessage();
        return new ImportCandidate(line, empty.client(), List.of(), List.of("this entry cannot be read: " + reason));
    }

    private static boolean isList(Entry entry) {
        return entry.hasObjectClass("groupOfNames") || entry.hasObjectClass("groupOfUniqueNames")
                || entry.hasObjectClass("mozillaAbListAlpha") || entry.hasAttribute("member");
    }

    private static ContactRows.Draft draft(Entry entry) {
        ContactRows.Draft draft = new ContactRows.Draft();
        draft.put(ContactField.DISPLAY_NAME, value(entry, "cn", "commonName", "displayName"));
        draft.put(ContactField.FIRST_NAME, value(entry, "givenName"));
        draft.put(ContactField.LAST_NAME, value(entry, "sn", "surname"));
        draft.put(ContactField.COMPANY, value(entry, "o", "company"));
        draft.custom("Department", value(entry, "ou", "department"));
        draft.custom("Job title", value(entry, "title"));
        draft.custom("Nickname", value(entry, NICKNAME));
        for (String name : WEBSITES) {
            draft.custom("Website", value(entry, name));
        }
        for (int custom = 1; custom <= 4; custom++) {
            draft.custom("Custom " + custom, value(entry, "mozillaCustom" + custom, "custom" + custom));
        }
        for (String email : values(entry, "mail")) {
            draft.email("mail", "personal", email);
        }
        for (String email : values(entry, SECOND_EMAIL)) {
            draft.email("mozillaSecondEmail", "other", email);
        }
        phones(draft, entry, MOBILE, "mobile");
        phones(draft, entry, HOME_PHONE, "home");
        phones(draft, entry, WORK_PHONE, "work");
        phones(draft, entry, FAX, "fax");
        phones(draft, entry, PAGER, "pager");
        // A person's home is their address; a card with only a work address is a colleague or a company.
        Address main = HOME.isIn(entry) || !WORK.isIn(entry) ? HOME : WORK;
        Address other = main == HOME ? WORK : HOME;
        main.putInto(draft, entry);
        if (other.isIn(entry)) {
            draft.custom(other.name(), other.oneLine(entry));
        }
        birthday(draft, entry);
        for (String note : values(entry, "description", "notes")) {
            draft.put(ContactField.NOTE, note);
        }
        return draft;
    }

    private static void phones(ContactRows.Draft draft, Entry entry, String[] names, String label) {
        for (String name : names) {
            for (String number : values(entry, name)) {
                draft.phone(name, label, number);
            }
        }
    }

    /**
     * Thunderbird keeps the birthday in three attributes; a day and month without a year is kept as
     * said, and a date that does not exist is left for the row's checks to name.
     */
    private static void birthday(ContactRows.Draft draft, Entry entry) {
        String year = value(entry, "birthyear");
        String month = value(entry, "birthmonth");
        String day = value(entry, "birthday");
        if (month == null || day == null) {
            return;
        }
        try {
            int monthNumber = Integer.parseInt(month);
            int dayNumber = Integer.parseInt(day);
            if (year == null) {
                draft.custom("Birthday (no year)", MonthDay.of(monthNumber, dayNumber).toString());
            } else {
                draft.put(ContactField.BIRTHDAY, "%04d-%02d-%02d".formatted(Integer.parseInt(year), monthNumber, dayNumber));
            }
        } catch (NumberFormatException | DateTimeException e) {
            draft.put(ContactField.BIRTHDAY, Stream.of(year, month, day).filter(part -> part != null).collect(Collectors.joining("-")));
        }
    }

    private static String value(Entry entry, String... names) {
        for (String name : names) {
            String value = entry.getAttributeValue(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static List<String> values(Entry entry, String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            String[] found = entry.getAttributeValues(name);
            if (found != null) {
                Stream.of(found).filter(value -> value != null && !value.isBlank()).map(String::strip).forEach(values::add);
            }
        }
        return values;
    }

    private static String joined(String... parts) {
        String joined = Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

}
