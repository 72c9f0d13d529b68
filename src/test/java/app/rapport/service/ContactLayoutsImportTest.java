package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One file per layout people really export from their phones and mail programs
 * (src/test/resources/contacts/layouts), each imported into an empty store: exactly the people in
 * it, named right, with their phones, emails, birthdays, notes and organisations where they belong.
 */
class ContactLayoutsImportTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private ContactService contacts;

    @BeforeEach
    void open() {
        store = Store.open(StoreLocation.of(folder.resolve("import").toString()), Clock.systemDefaultZone());
        contacts = new ContactService(store, new TestClock(NOW));
        contacts.changePhoneFormat("DE", PhoneNumbers.Style.INTERNATIONAL);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Previews the file, checks it holds exactly {@code people} with nothing bad, and imports them all. */
    private ImportPreview importExactly(String name, String... people) throws IOException {
        ImportPreview preview = contacts.preview(ContactImportTest.sample("layouts/" + name), Progress.NONE);
        assertThat(preview.bad()).as(name).isEmpty();
        assertThat(preview.candidates()).as(name).extracting(c -> c.client().displayName()).containsExactly(people);
        ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
        assertThat(result.imported()).as(name).isEqualTo(people.length);
        assertThat(store.dsl().fetchCount(CLIENT)).as(name).isEqualTo(people.length);
        return preview;
    }

    private static ImportCandidate row(ImportPreview preview, String displayName) {
        return preview.candidates().stream().filter(c -> c.client().displayName().equals(displayName)).findFirst().orElseThrow();
    }

    private static Tuple point(String label, String value) {
        return tuple(label, value);
    }

    @Test
    void googlesOlderLayoutWithGroupMembershipAndTypes() throws IOException {
        ImportPreview preview = importExactly("google-old-layout.csv", "Dr. Hannah Weber", "Tom O'Brien", "Mei Chen");

        assertThat(preview.formatLabel()).isEqualTo("Google Contacts CSV");
        Client hannah = row(preview, "Dr. Hannah Weber").client();
        assertThat(hannah.firstName()).isEqualTo("Hannah");
        assertThat(hannah.lastName()).isEqualTo("Weber");
        assertThat(hannah.addressAs()).isEqualTo("Dr. Weber");
        assertThat(hannah.companyName()).isEqualTo("Klinik Nord");
        assertThat(hannah.tags()).containsExactly("Friends");
        assertThat(hannah.emails()).extracting(ContactPoint::label, ContactPoint::value).containsExactly(point("home", "hannah.weber@example.de"));
        assertThat(hannah.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("mobile", "+49 170 1112223"), point("work", "+49 40 555666"));
        assertThat(hannah.birthday()).isEqualTo(LocalDate.of(1981, 9, 23));
        assertThat(hannah.address().street()).isEqualTo("Elbchaussee 1");
        assertThat(hannah.address().city()).isEqualTo("Hamburg");
        assertThat(hannah.customFields()).containsOnly(Map.entry("Job title", "Surgeon"), Map.entry("Website", "https://klinik-nord.example/weber"));
        assertThat(row(preview, "Dr. Hannah Weber").notes()).containsExactly("Allergic to latex");

        Client tom = row(preview, "Tom O'Brien").client();
        assertThat(tom.birthday()).isNull();
        assertThat(tom.customFields()).containsOnly(Map.entry("Birthday (no year)", "--07-04"));
        assertThat(tom.emails()).extracting(ContactPoint::value).containsExactly("tom@obrien.example", "tommy@mail.example");
        assertThat(row(preview, "Mei Chen").client().tags()).containsExactly("Clients", "Friends");
    }

    @Test
    void outlookInGermanWithLocalisedColumnsAndDayFirstDates() throws IOException {
        ImportPreview preview = importExactly("outlook-german-windows-1252.csv", "Zoë Müller-Lüdenscheidt", "Jürgen Weiß");

        assertThat(preview.formatLabel()).isEqualTo("Outlook contacts CSV");
        assertThat(preview.encoding()).isEqualTo("Windows-1252");
        ImportCandidate zoeRow = row(preview, "Zoë Müller-Lüdenscheidt");
        assertThat(zoeRow.warnings()).isEmpty();
        Client zoe = zoeRow.client();
        assertThat(zoe.addressAs()).isEqualTo("Frau Müller-Lüdenscheidt");
        assertThat(zoe.companyName()).isEqualTo("Café Größe");
        assertThat(zoe.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("work", "+49 89 1234567"), point("home", "089 7654321"), point("mobile", "0171 2345678"));
        assertThat(zoe.emails()).extracting(ContactPoint::value).containsExactly("zoe@cafe-groesse.example");
        assertThat(zoe.birthday()).isEqualTo(LocalDate.of(1975, 3, 7));
        assertThat(zoe.tags()).containsExactly("Stammkunde", "VIP");
        assertThat(zoe.address().street()).isEqualTo("Königstraße 12");
        assertThat(zoe.address().city()).isEqualTo("München");
        assertThat(zoe.address().postalCode()).isEqualTo("80331");
        // Outlook's own settings (priority, sensitivity, initials, gender) are no facts about the client.
        assertThat(zoe.customFields()).containsOnly(Map.entry("Job title", "Inhaberin"), Map.entry("Web page", "http://cafe-groesse.example"));
        assertThat(zoeRow.notes()).containsExactly("Mag keinen Kaffee nach 15 Uhr");

        ImportCandidate juergen = row(preview, "Jürgen Weiß");
        assertThat(juergen.warnings()).isEmpty();
        assertThat(juergen.client().phones()).extracting(ContactPoint::label, ContactPoint::value).containsExactly(point("mobile", "+49 160 5554443"));
        assertThat(juergen.client().birthday()).isNull();
        assertThat(juergen.client().customFields()).isEmpty();
    }

    @Test
    void outlookInFrenchReadsDaysBeforeMonths() throws IOException {
        ImportPreview preview = importExactly("outlook-french-windows-1252.csv", "François Lefèvre", "Hélène Dubois");

        Client francois = row(preview, "François Lefèvre").client();
        assertThat(francois.addressAs()).isEqualTo("M. Lefèvre");
        assertThat(francois.companyName()).isEqualTo("Boulangerie Lefèvre");
        assertThat(francois.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("work", "03 81 12 34 56"), point("mobile", "06 12 34 56 78"));
        assertThat(francois.emails()).extracting(ContactPoint::value).containsExactly("francois@lefevre.example");
        assertThat(francois.birthday()).isEqualTo(LocalDate.of(1968, 11, 23));
        assertThat(francois.tags()).containsExactly("Fournisseurs");
        assertThat(francois.address().city()).isEqualTo("Besançon");
        assertThat(francois.customFields()).containsOnly(Map.entry("Job title", "Gérant"));

        Client helene = row(preview, "Hélène Dubois").client();
        assertThat(helene.addressAs()).isEqualTo("Mme Dubois");
        assertThat(helene.phones()).extracting(ContactPoint::label).containsExactly("home");
        assertThat(helene.emails()).extracting(ContactPoint::value).containsExactly("helene.dubois@example.fr");
    }

    @Test
    void thunderbirdWithItsTrailingCommaAndABirthdayInThreeColumns() throws IOException {
        ImportPreview preview = importExactly("thunderbird.csv", "Ingrid Svensson", "Paolo Rossi");

        assertThat(preview.formatLabel()).isEqualTo("Thunderbird address book CSV");
        Client ingrid = row(preview, "Ingrid Svensson").client();
        assertThat(ingrid.firstName()).isEqualTo("Ingrid");
        assertThat(ingrid.companyName()).isEqualTo("Svensson Arkitekter");
        assertThat(ingrid.birthday()).isEqualTo(LocalDate.of(1983, 2, 28));
        assertThat(ingrid.emails()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("personal", "ingrid@svensson.example"), point("other", "inga@home.example"));
        assertThat(ingrid.phones()).extracting(ContactPoint::label).containsExactly("work", "mobile");
        assertThat(ingrid.address().street()).isEqualTo("Storgatan 4");
        assertThat(ingrid.address().city()).isEqualTo("Uppsala");
        assertThat(ingrid.customFields()).containsOnly(Map.entry("Nickname", "Inga"), Map.entry("Job title", "Architect"),
                Map.entry("Website", "https://svensson.example"));
        assertThat(row(preview, "Ingrid Svensson").notes()).containsExactly("Prefers email,\nnever calls before 10");
        assertThat(row(preview, "Paolo Rossi").client().phones()).extracting(ContactPoint::label).containsExactly("home");
    }

    @Test
    void thunderbirdsLdifWithBase64NamesAFoldedNoteAndAMailingList() throws IOException {
        ImportPreview preview = importExactly("thunderbird.ldif", "Ingrid Svensson", "Zoë Müller", "Paolo Rossi");

        assertThat(preview.formatLabel()).isEqualTo("LDIF address book");
        assertThat(preview.notices()).containsExactly("1 mailing list was left out: its people are imported from their own entries.");
        ImportCandidate ingridRow = row(preview, "Ingrid Svensson");
        Client ingrid = ingridRow.client();
        assertThat(ingrid.firstName()).isEqualTo("Ingrid");
        assertThat(ingrid.lastName()).isEqualTo("Svensson");
        assertThat(ingrid.companyName()).isEqualTo("Svensson Arkitekter");
        assertThat(ingrid.birthday()).isEqualTo(LocalDate.of(1983, 2, 28));
        assertThat(ingrid.emails()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("personal", "ingrid@svensson.example"), point("other", "inga@home.example"));
        assertThat(ingrid.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("mobile", "+46 70 123 45 67"), point("work", "+46 8 123 456 78"));
        assertThat(ingrid.address().street()).isEqualTo("Storgatan 4");
        assertThat(ingrid.address().city()).isEqualTo("Uppsala");
        assertThat(ingrid.address().postalCode()).isEqualTo("753 20");
        assertThat(ingrid.customFields()).containsOnly(Map.entry("Nickname", "Inga"), Map.entry("Job title", "Architect"),
                Map.entry("Website", "https://svensson.example"), Map.entry("Work address", "Kungsgatan 12, Stockholm"));
        assertThat(ingridRow.notes()).containsExactly("Prefers email,\nnever calls before 10");

        ImportCandidate zoeRow = row(preview, "Zoë Müller");
        assertThat(zoeRow.client().firstName()).isEqualTo("Zoë");
        assertThat(zoeRow.client().birthday()).isNull();
        assertThat(zoeRow.client().customFields()).containsOnly(Map.entry("Birthday (no year)", "--07-04"),
                Map.entry("Custom 1", "Colour: copper, 7.43"));
        assertThat(zoeRow.client().phones()).extracting(ContactPoint::label).containsExactly("home");
        assertThat(zoeRow.notes()).containsExactly("Allergic to ammonia-based dyes; always patch test at least forty-eight hours before.");

        ImportCandidate paoloRow = row(preview, "Paolo Rossi");
        Client paolo = paoloRow.client();
        assertThat(paolo.companyName()).isEqualTo("Rossi Ristorazione");
        assertThat(paolo.address().city()).isEqualTo("Roma");
        assertThat(paolo.address().country()).isEqualTo("Italy");
        assertThat(paolo.phones()).extracting(ContactPoint::label).containsExactly("work", "fax");
        assertThat(paolo.customFields()).containsOnly(Map.entry("Nickname", "Paolino"), Map.entry("Department", "Catering"));
        assertThat(paoloRow.warnings()).containsExactly("mozillaSecondEmail 'not an address' is not an email address");
        assertThat(paolo.emails()).extracting(ContactPoint::value).containsExactly("paolo.rossi@example.it");
    }

    @Test
    void anLdifEntryThatCannotBeReadIsABadRowNamedByItsLine() throws IOException {
        Path file = folder.resolve("broken.ldif");
        java.nio.file.Files.writeString(file, """
                dn: cn=Ada Lovelace,mail=ada@example.com
                cn: Ada Lovelace
                mail: ada@example.com

                dn: cn=Broken Entry,mail=broken@example.com
                cn: Broken Entry
                this line has no colon

                dn: cn=Grace Hopper,mail=grace@example.com
                cn: Grace Hopper
                mail: grace@example.com
                """);
        ImportPreview preview = contacts.preview(file, Progress.NONE);

        assertThat(preview.good()).extracting(c -> c.client().displayName()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(preview.bad()).singleElement().satisfies(bad -> {
            assertThat(bad.line()).isEqualTo(5);
            assertThat(bad.problems()).singleElement().asString().startsWith("this entry cannot be read");
        });
    }

    @Test
    void aEuropeanExcelCsvWithSemicolonsABomAndCrlf() throws IOException {
        ImportPreview preview = importExactly("excel-european-semicolon.csv", "Anna Köhler", "Lukas Brandt");

        assertThat(preview.encoding()).isEqualTo("UTF-8 with BOM");
        Client anna = row(preview, "Anna Köhler").client();
        assertThat(anna.firstName()).isEqualTo("Anna");
        assertThat(anna.companyName()).isEqualTo("Köhler & Söhne");
        assertThat(anna.phones()).extracting(ContactPoint::label).containsExactly("phone", "mobile");
        assertThat(anna.birthday()).isEqualTo(LocalDate.of(1990, 4, 3));
        assertThat(anna.customFields()).isEmpty();
        assertThat(row(preview, "Anna Köhler").notes()).containsExactly("Zahlt bar; 2,5 % Rabatt");
    }

    @Test
    void appleContactsWithAFoldedPhotoAndBirthdaysWithoutAYear() throws IOException {
        ImportPreview preview = importExactly("apple-contacts-3.0.vcf", "Dr. Ngozi Adaeze Okonkwo PhD", "Erik Lindqvist");

        assertThat(preview.notices()).anyMatch(notice -> notice.startsWith("1 photo was left out"));
        ImportCandidate ngozi = row(preview, "Dr. Ngozi Adaeze Okonkwo PhD");
        assertThat(ngozi.warnings()).isEmpty();
        assertThat(ngozi.client().addressAs()).isEqualTo("Dr. Okonkwo");
        assertThat(ngozi.client().companyName()).isEqualTo("Lagos General");
        // Apple writes 1604 for "no year": a day to remember, not an age.
        assertThat(ngozi.client().birthday()).isNull();
        assertThat(ngozi.client().customFields()).containsOnly(Map.entry("Department", "Cardiology"), Map.entry("Job title", "Consultant"),
                Map.entry("Birthday (no year)", "--03-15"));
        assertThat(ngozi.client().phones()).extracting(ContactPoint::label).containsExactly("mobile", "work");
        assertThat(ngozi.client().emails()).extracting(ContactPoint::label).containsExactly("other", "home");
        assertThat(ngozi.client().tags()).containsExactly("Doctors", "Conference");
        assertThat(ngozi.notes()).containsExactly("Met at the conference in Accra.\nFollow up in spring.");

        Client erik = row(preview, "Erik Lindqvist").client();
        assertThat(erik.phones()).extracting(ContactPoint::label).containsExactly("boat");
        assertThat(erik.customFields()).containsOnly(Map.entry("Birthday (no year)", "--03-15"));
    }

    @Test
    void androidQuotedPrintableNamesWithSoftLineBreaks() throws IOException {
        ImportPreview preview = importExactly("android-2.1-quoted-printable.vcf", "Zofia Maria Łukasiewicz", "田中花子");

        ImportCandidate zofia = row(preview, "Zofia Maria Łukasiewicz");
        assertThat(zofia.client().lastName()).isEqualTo("Łukasiewicz");
        assertThat(zofia.client().companyName()).isEqualTo("Apteka Życzliwa");
        assertThat(zofia.client().birthday()).isEqualTo(LocalDate.of(1958, 11, 2));
        assertThat(zofia.client().customFields()).containsOnly(Map.entry("Nickname", "Zosia"), Map.entry("Relation", "Piotr"));
        assertThat(zofia.notes()).containsExactly("Dzwonić po południu, zawsze uprzejma i bardzo długo rozmawia o wnukach.");
        assertThat(row(preview, "田中花子").client().lastName()).isEqualTo("田中");
    }

    @Test
    void anOutlookVCardKeepsItsFaxApartFromTheWorkPhone() throws IOException {
        ImportPreview preview = importExactly("outlook-2.1.vcf", "Ravi Patel");

        Client ravi = row(preview, "Ravi Patel").client();
        assertThat(ravi.phones()).extracting(ContactPoint::label, ContactPoint::value).containsExactly(
                point("work", "+44 161 496 0123"), point("mobile", "07700 900456"), point("fax", "+44 161 496 0999"));
        assertThat(ravi.birthday()).isEqualTo(LocalDate.of(1977, 6, 14));
        assertThat(ravi.companyName()).isEqualTo("Patel Logistics");
        assertThat(ravi.address().city()).isEqualTo("Manchester");
        assertThat(row(preview, "Ravi Patel").notes()).containsExactly("Call his assistant first");
    }

    @Test
    void aVCard4FileWithUriPhonesAndAnAnniversary() throws IOException {
        ImportPreview preview = importExactly("contacts-4.0.vcf", "Sofía Hernández");

        Client sofia = row(preview, "Sofía Hernández").client();
        assertThat(sofia.addressAs()).isEqualTo("Sra. Hernández");
        assertThat(sofia.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(point("mobile", "+34-612-345-678"), point("home", "91 123 45 67"));
        assertThat(sofia.birthday()).isEqualTo(LocalDate.of(1990, 5, 21));
        assertThat(sofia.tags()).containsExactly("Clientes");
        assertThat(sofia.customFields()).containsOnly(Map.entry("Anniversary", "2015-09-12"));
    }
}
