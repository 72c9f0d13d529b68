package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
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

/**
 * Exports shaped as Google, Outlook, iPhone and Android really write them
 * (src/test/resources/contacts/real): the people in them, named right, with nothing in the wrong place.
 */
class RealExportsImportTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private ContactService contacts;
    private ClientService clients;

    @BeforeEach
    void open() {
        store = Store.open(StoreLocation.of(folder.resolve("import").toString()), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        contacts = new ContactService(store, clock);
        clients = new ClientService(store, clock);
        contacts.changePhoneFormat("DE", PhoneNumbers.Style.INTERNATIONAL);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportPreview preview(String name) throws IOException {
        return contacts.preview(ContactImportTest.sample("real/" + name), Progress.NONE);
    }

    private static ImportCandidate row(ImportPreview preview, String displayName) {
        return preview.candidates().stream().filter(c -> c.client().displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + displayName + " in " + preview.candidates().stream().map(c -> c.client().displayName()).toList()));
    }

    @Test
    void googleNamePrefixGoesToTheGreetingAndAWebsiteLabelIsNoTag() throws IOException {
        ImportPreview preview = preview("google-contacts.csv");

        assertThat(preview.formatLabel()).isEqualTo("Google Contacts CSV");
        assertThat(preview.bad()).isEmpty();
        Client amina = row(preview, "Amina Rahman").client();
        assertThat(amina.firstName()).isEqualTo("Amina");
        assertThat(amina.lastName()).isEqualTo("Rahman");
        assertThat(amina.addressAs()).isEqualTo("Dr. Rahman");
        assertThat(amina.companyName()).isEqualTo("Rahman Dental");
        assertThat(amina.tags()).containsExactly("VIP");
        assertThat(amina.customFields()).containsEntry("Website", "https://rahman-dental.example/team")
                .containsEntry("Nickname", "Mina").containsEntry("Job title", "Dentist").containsEntry("Department", "Surgery")
                .containsEntry("Spouse", "Karim").containsEntry("Anniversary", "2005-06-18").containsEntry("Shoe size", "38")
                .doesNotContainKey("Website 1 - Label").doesNotContainKey("Photo");
        assertThat(amina.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mobile", "+49 151 2345 6789"), org.assertj.core.groups.Tuple.tuple("work", "+49 30 1234567"));
        assertThat(amina.address().city()).isEqualTo("Berlin");
        assertThat(amina.birthday()).isEqualTo(LocalDate.of(1979, 4, 12));

        assertThat(row(preview, "Jean Paul Dupont Jr.").client().tags()).isEmpty();
        Client florist = row(preview, "Blumen Becker GmbH").client();
        assertThat(florist.tags()).containsExactly("Suppliers");
        assertThat(florist.phones()).extracting(ContactPoint::label).containsExactly("work", "fax");
    }

    @Test
    void everyColumnOfTheFileIsShownWithWhereItGoes() throws IOException {
        ImportPreview preview = preview("google-contacts.csv");
        var layout = preview.layout().orElseThrow();

        assertThat(layout.headers()).hasSize(layout.mappings().size());
        assertThat(layout.mappings().get(layout.headers().indexOf("Name Prefix")).field()).isEqualTo(ContactField.NAME_PREFIX);
        assertThat(layout.mappings().get(layout.headers().indexOf("Website 1 - Value")).describe()).isEqualTo("Custom field 'Website'");
        assertThat(layout.mappings().get(layout.headers().indexOf("Website 1 - Label")).field()).isEqualTo(ContactField.IGNORE);
        assertThat(layout.mappings().get(layout.headers().indexOf("Labels")).field()).isEqualTo(ContactField.TAGS);
        assertThat(layout.mappings()).filteredOn(m -> m.field() == ContactField.TAGS).hasSize(1);
        assertThat(layout.mappings()).noneMatch(m -> m.field() == ContactField.DISPLAY_NAME);
    }

    @Test
    void aGoogleRowWithAnImpossibleBirthdayAndAPlaceholderPhoneIsImportedWithoutThem() throws IOException {
        ImportPreview preview = preview("google-contacts.csv");

        // Amina's formatted address spans two lines, so Lea's row starts on line 6.
        ImportCandidate lea = row(preview, "Lea Schmidt");
        assertThat(lea.isBad()).isFalse();
        assertThat(lea.warningLines()).containsExactly(
                "6: E-mail 2 - Value 'not an address' is not an email address \u2014 imported without it",
                "6: Phone 2 - Value 'keine' is not a phone number \u2014 imported without it",
                "6: birthday '1986-02-30' is not a date \u2014 imported without it");
        assertThat(lea.client().birthday()).isNull();
        assertThat(lea.client().emails()).extracting(ContactPoint::value).containsExactly("lea.schmidt@example.de");
        assertThat(lea.client().phones()).extracting(ContactPoint::value).containsExactly("+49 160 9876543");

        ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.SKIP, Map.of(), Progress.NONE);
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.warnings()).contains("6: birthday '1986-02-30' is not a date \u2014 imported without it");
    }

    @Test
    void outlookInWindows1252WithItsTitlePlaceholdersAndDefaults() throws IOException {
        ImportPreview preview = preview("outlook-contacts-windows-1252.csv");

        assertThat(preview.formatLabel()).isEqualTo("Outlook contacts CSV");
        assertThat(preview.encoding()).isEqualTo("Windows-1252");
        assertThat(preview.bad()).isEmpty();
        Client zoe = row(preview, "Zoë Müller-Lüdenscheidt").client();
        assertThat(zoe.addressAs()).isEqualTo("Mrs. Müller-Lüdenscheidt");
        assertThat(zoe.companyName()).isEqualTo("Café Größe");
        assertThat(zoe.tags()).containsExactly("Stammkunde", "VIP");
        assertThat(zoe.birthday()).isEqualTo(LocalDate.of(1975, 3, 7));
        assertThat(zoe.phones()).extracting(ContactPoint::value).containsExactly("+49 89 1234567", "0171 2345678");
        assertThat(zoe.customFields()).containsOnly(Map.entry("Job title", "Inhaberin"), Map.entry("Web page", "http://cafe-groesse.example"));
        assertThat(zoe.address().street()).isEqualTo("Königstraße 12");
        assertThat(row(preview, "Zoë Müller-Lüdenscheidt").warnings()).containsExactly("Home Phone 'n/a' is not a phone number");

        Client francois = row(preview, "François Lefèvre").client();
        assertThat(francois.phones()).extracting(ContactPoint::value).containsExactly("06 12 34 56 78");
        assertThat(francois.customFields()).isEmpty();
        assertThat(francois.addressAs()).isNull();
    }

    @Test
    void iPhoneCardsKeepApplesLabelsAndTheTitleForTheGreeting() throws IOException {
        ImportPreview preview = preview("iphone-3.0.vcf");

        assertThat(preview.bad()).isEmpty();
        Client amina = row(preview, "Dr. Amina Rahman").client();
        assertThat(amina.addressAs()).isEqualTo("Dr. Rahman");
        assertThat(amina.phones()).extracting(ContactPoint::label).containsExactly("mobile", "praxis");
        assertThat(amina.customFields()).containsEntry("Job title", "Dentist").containsEntry("Department", "Surgery")
                .containsEntry("Website", "https://rahman-dental.example");
        assertThat(preview.notices()).anyMatch(notice -> notice.startsWith("1 photo was left out"));
        assertThat(row(preview, "Pizzeria Da Luigi").client().kind()).isEqualTo(app.rapport.domain.ClientKind.COMPANY);
    }

    @Test
    void androidAndVCard4CardsImportWithTheirBadValuesLeftOut() throws IOException {
        ImportPreview android = preview("android-2.1.vcf");

        assertThat(android.bad()).isEmpty();
        ImportCandidate joerg = row(android, "Prof. Jörg Schäfer");
        assertThat(joerg.client().addressAs()).isEqualTo("Prof. Schäfer");
        assertThat(joerg.client().emails()).extracting(ContactPoint::value).containsExactly("joerg@schaefer.example");
        assertThat(joerg.client().customFields()).containsEntry("Nickname", "Joergi");
        assertThat(joerg.warnings()).anyMatch(w -> w.contains("'joerg at work' is not an email address"));

        ImportPreview four = preview("phone-4.0.vcf");
        Client chidi = row(four, "Chidi Okafor").client();
        assertThat(chidi.addressAs()).isEqualTo("Mr. Okafor");
        assertThat(chidi.tags()).containsExactly("Friends", "Golf");
        assertThat(chidi.customFields()).containsEntry("Nickname", "Chi").containsEntry("Birthday (no year)", "--03-12");
        assertThat(chidi.phones()).hasSize(2);
    }

    @Test
    void importingEachExportGivesExactlyThePeopleInIt() throws IOException {
        for (String file : new String[] {"google-contacts.csv", "outlook-contacts-windows-1252.csv", "iphone-3.0.vcf", "android-2.1.vcf",
                "phone-4.0.vcf"}) {
            ImportPreview preview = preview(file);
            long people = preview.candidates().size();
            ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
            assertThat(result.imported()).as(file).isEqualTo(people);
        }
        assertThat(store.dsl().fetchCount(CLIENT)).isEqualTo(4 + 2 + 2 + 2 + 1);
        assertThat(clients.search("rahman", 10).totalMatching()).isEqualTo(2);
    }
}
