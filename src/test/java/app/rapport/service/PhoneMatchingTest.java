package app.rapport.service;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.PhoneFormat;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phone numbers compared as numbers (E.164 in the store's region), and a shared number that is not a shared person. */
class PhoneMatchingTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private ContactService contacts;
    private ClientService clients;

    @BeforeEach
    void open() {
        openStore(folder.resolve("store"));
    }

    private void openStore(Path base) {
        store = Store.open(StoreLocation.of(base.toString()), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        contacts = new ContactService(store, clock);
        clients = new ClientService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportPreview previewOf(String csv) throws IOException {
        Path file = Files.writeString(folder.resolve("contacts-" + System.nanoTime() + ".csv"), csv, StandardCharsets.UTF_8);
        return contacts.preview(file, Progress.NONE);
    }

    @Test
    void aGermanMobileAndAFrenchLandlineSharingTheirLastNineDigitsAreTwoPeople() throws IOException {
        contacts.changePhoneFormat("FR", PhoneNumbers.Style.INTERNATIONAL);
        clients.save(ClientBuilder.person("Jonas", "Weber").phone("mobile", "+49 151 2345 6789").build());

        ImportPreview preview = previewOf("Name,Phone\nCamille Laurent,01 23 45 67 89\n");

        assertThat(preview.duplicateCount()).isZero();
        ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.SKIP, Map.of(), Progress.NONE);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(store.dsl().fetchCount(CLIENT)).isEqualTo(2);
        assertThat(store.dsl().select(CLIENT_PHONE.E164).from(CLIENT_PHONE).orderBy(CLIENT_PHONE.E164).fetch(CLIENT_PHONE.E164))
                .containsExactly("+33123456789", "+4915123456789");
    }

    @Test
    void oneNumberWrittenNationallyAndInternationallyIsTheSameNumber() throws IOException {
        contacts.changePhoneFormat("DE", PhoneNumbers.Style.INTERNATIONAL);
        clients.save(ClientBuilder.person("Jonas", "Weber").phone("mobile", "+49 151 2345 6789").build());

        ImportPreview preview = previewOf("Name,Phone\nJonas Weber,0151 23456789\n");

        assertThat(preview.duplicateOf(preview.candidates().get(0))).hasValueSatisfying(match -> {
            assertThat(match.reason()).isEqualTo("same phone number and name");
            assertThat(match.certain()).isTrue();
        });
    }

    @Test
    void aThousandRowsSharingAHundredNumbersAreAThousandClients() throws IOException {
        contacts.changePhoneFormat("US", PhoneNumbers.Style.INTERNATIONAL);
        Random random = new Random(16);
        StringBuilder csv = new StringBuilder("First Name,Last Name,Phone,Email\n");
        for (int row = 0; row < 1_000; row++) {
            String first = word(random);
            String last = word(random);
            csv.append(first).append(',').append(last).append(",(212) 555-").append(String.format(Locale.ROOT, "%04d", 1000 + row % 100))
                    .append(',').append(first.toLowerCase(Locale.ROOT)).append('.').append(last.toLowerCase(Locale.ROOT)).append(row).append("@example.com\n");
        }

        ImportPreview preview = previewOf(csv.toString());
        ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.SKIP, Map.of(), Progress.NONE);

        assertThat(result.imported()).isEqualTo(1_000);
        assertThat(result.skippedDuplicates()).isZero();
        assertThat(result.possibleDuplicates()).isEqualTo(900);
        assertThat(store.dsl().fetchCount(CLIENT)).isEqualTo(1_000);
        List<DuplicateFinder.Pair> review = contacts.findDuplicates();
        assertThat(review).isNotEmpty().allSatisfy(pair -> {
            assertThat(pair.certain()).isFalse();
            assertThat(pair.reason()).isEqualTo("same phone number, different name");
        });
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void aNumberIsFoundByAFragmentOfItAsTypedOrInItsInternationalForm() {
        contacts.changePhoneFormat("DE", PhoneNumbers.Style.INTERNATIONAL);
        clients.save(ClientBuilder.person("Jonas", "Weber").phone("mobile", "0151 23456789").build());

        assertThat(clients.search("0151 234", 10).totalMatching()).isEqualTo(1);
        assertThat(clients.search("+49 151 234", 10).totalMatching()).isEqualTo(1);
        assertThat(clients.search("3456789", 10).totalMatching()).isEqualTo(1);
    }

    @Test
    void numbersAreShownInTheChosenStyleAndOneThatCannotBeReadAsTyped() {
        PhoneFormat international = contacts.changePhoneFormat("DE", PhoneNumbers.Style.INTERNATIONAL);
        PhoneFormat national = contacts.changePhoneFormat("de", PhoneNumbers.Style.NATIONAL);

        assertThat(international.show("0151 23456789")).isEqualTo("+49 1512 3456789");
        assertThat(national.show("+49 151 23456789")).isEqualTo("01512 3456789");
        assertThat(national.show("+33 1 23 45 67 89")).as("a foreign number stays international").isEqualTo("+33 1 23 45 67 89");
        assertThat(national.show("ext. 12 at reception")).isEqualTo("ext. 12 at reception");
        assertThat(national.canRead("ext. 12 at reception")).isFalse();
        assertThat(contacts.phoneFormat()).isEqualTo(national);
        assertThatThrownBy(() -> contacts.changePhoneFormat("Germany", PhoneNumbers.Style.NATIONAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two letters");
    }

    @Test
    void changingTheRegionReadsStoredNumbersAgain() {
        contacts.changePhoneFormat("FR", PhoneNumbers.Style.INTERNATIONAL);
        clients.save(ClientBuilder.person("Camille", "Laurent").phone("home", "01 23 45 67 89").build());
        assertThat(store.dsl().fetchValue(CLIENT_PHONE.E164)).isEqualTo("+33123456789");

        contacts.changePhoneFormat("BE", PhoneNumbers.Style.INTERNATIONAL);

        assertThat(store.dsl().fetchValue(CLIENT_PHONE.E164)).isEqualTo("+32123456789");
    }

    @Test
    void aStoreOfTheLastReleaseGetsItsNumbersReadInTheRegionOfTheComputer() throws Exception {
        store.close();
        Path base = folder.resolve("old");
        Flyway.configure().dataSource("jdbc:h2:file:" + base, "sa", "").locations("classpath:db/migration").target("10").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO client (id, kind, display_name, created_at, updated_at) VALUES "
                    + "('0193a000-0000-7000-8000-000000000001', 'PERSON', 'Jonas Weber', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z')");
            statement.execute("INSERT INTO client_phone (id, client_id, label, number, digits, position) VALUES "
                    + "('0193a000-0000-7000-8000-000000000002', '0193a000-0000-7000-8000-000000000001', 'mobile', '0151 23456789', '015123456789', 0)");
        }
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            openStore(base);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }

        assertThat(contacts.phoneRegion()).isEqualTo("DE");
        assertThat(store.dsl().fetchValue(CLIENT_PHONE.E164)).isEqualTo("+4915123456789");
        assertThat(clients.search("+49 151", 10).totalMatching()).isEqualTo(1);
    }
}
