package app.rapport.service;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo book exported as CSV, vCard and JSON and imported into an empty store: the same people come back. */
class RoundTripTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final int CLIENTS = 200;

    @TempDir
    Path folder;

    private Store demo;

    @BeforeEach
    void loadDemo() {
        demo = Store.open(StoreLocation.of(folder.resolve("demo").toString()), Clock.systemDefaultZone());
        new ContactService(demo, new TestClock(NOW)).changePhoneFormat("US", PhoneNumbers.Style.INTERNATIONAL);
        new DemoDataService(demo, new TestClock(NOW)).load(DemoBusiness.MIXED, CLIENTS, 16, Progress.NONE);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** What a person is, told apart from how it is stored: name, phones, emails, tags, custom fields and notes. */
    private static Map<String, List<String>> book(Store store) {
        ContactService contacts = new ContactService(store, new TestClock(NOW));
        List<UUID> ids = contacts.allClientIds();
        Map<UUID, List<String>> notes = new app.rapport.store.ContactRepository(store.dsl()).notes(ids);
        Map<String, List<String>> book = new TreeMap<>();
        for (Client client : new app.rapport.store.ContactRepository(store.dsl()).clients(ids)) {
            String person = client.displayName() + " | " + client.phones().stream().map(p -> p.label() + ":" + p.value()).sorted().toList()
                    + " | " + client.emails().stream().map(ContactPoint::value).sorted().toList()
                    + " | " + client.tags().stream().sorted().toList()
                    + " | " + notes.getOrDefault(client.id(), List.of()).stream().sorted().toList();
            book.computeIfAbsent(person, p -> new java.util.ArrayList<>()).add(client.birthday() + " " + client.address().oneLine());
        }
        return book;
    }

    private Store emptyStore(String name) {
        Store store = Store.open(StoreLocation.of(folder.resolve(name).toString()), Clock.systemDefaultZone());
        new ContactService(store, new TestClock(NOW)).changePhoneFormat("US", PhoneNumbers.Style.INTERNATIONAL);
        return store;
    }

    private void roundTrip(String format) throws IOException {
        ContactService from = new ContactService(demo, new TestClock(NOW));
        Path file = folder.resolve("book." + format);
        int exported = format.equals("csv") ? from.exportCsv(from.allClientIds(), file, false) : from.exportVCard(from.allClientIds(), file, false);
        assertThat(exported).isEqualTo(CLIENTS);

        try (Store empty = emptyStore("from-" + format)) {
            ContactService into = new ContactService(empty, new TestClock(NOW));
            ImportPreview preview = into.preview(file, Progress.NONE);
            assertThat(preview.bad()).as(format).isEmpty();
            assertThat(preview.warningLines()).as(format).isEmpty();
            ContactService.ImportResult result = into.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);

            assertThat(result.imported()).isEqualTo(CLIENTS);
            assertThat(book(empty)).isEqualTo(book(demo));
        }
    }

    @Test
    void csvBringsBackTheSameClientsPhonesEmailsTagsAndNotes() throws IOException {
        roundTrip("csv");
    }

    @Test
    void vCardBringsBackTheSameClientsPhonesEmailsTagsAndNotes() throws IOException {
        roundTrip("vcf");
    }

    @Test
    void aJsonArchiveBringsBackEverythingAndExportsAgainByteForByte() throws IOException {
        Path first = folder.resolve("first.json");
        new ArchiveService(demo, new TestClock(NOW)).exportTo(first, false);

        try (Store empty = Store.open(StoreLocation.of(folder.resolve("from-json").toString()), Clock.systemDefaultZone())) {
            new ArchiveService(empty, new TestClock(NOW.plusSeconds(3_600))).importFrom(first);
            Path second = folder.resolve("second.json");
            new ArchiveService(empty, new TestClock(NOW.plusSeconds(7_200))).exportTo(second, false);

            assertThat(withoutExportTime(Files.readString(second))).isEqualTo(withoutExportTime(Files.readString(first)));
            assertThat(book(empty)).isEqualTo(book(demo));
        }
    }

    private static String withoutExportTime(String archive) {
        return archive.replaceFirst("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "\"exportedAt\":\"\"");
    }
}
