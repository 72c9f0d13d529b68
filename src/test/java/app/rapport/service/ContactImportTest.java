package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.contacts.ContactFormat;
import app.rapport.service.contacts.UnreadableFileException;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Import of real-shaped sample files (src/test/resources/contacts) into a real H2 store. */
class ContactImportTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private ContactService contacts;
    private ClientService clients;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "import"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        contacts = new ContactService(store, clock);
        clients = new ClientService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Path sample(String name) {
        try {
            return Path.of(ContactImportTest.class.getResource("/contacts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportPreview preview(String name) throws IOException {
        return contacts.preview(sample(name), Progress.NONE);
    }

    private static Client client(ImportPreview preview, String displayName) {
        return preview.candidates().stream().map(ImportCandidate::client).filter(c -> c.displayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("no " + displayName + " in " + preview.candidates()));
    }

    @Test
    void aBigFileReadOnSeveralCoresKeepsItsOrderItsIdsInOrderAndItsRepeats() throws IOException {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Mobile\n");
        for (int row = 0; row < 3_000; row++) {
            // every 100th row after the first is the first row's person again: same name, same number
            csv.append(row % 100 == 0 ? "Ada,Lovelace,+44 7700 900001" : "Person,Number" + row + ",+44 7700 " + (910_000 + row)).append('\n');
        }
        ImportPreview preview = contacts.preview(Files.writeString(folder.resolve("big.csv"), csv), Progress.NONE);

        assertThat(preview.candidates()).hasSize(3_000);
        assertThat(preview.candidates()).extracting(ImportCandidate::line).isSorted().startsWith(2L, 3L, 4L).endsWith(3_001L);
        assertThat(preview.candidates()).extracting(candidate -> candidate.client().id()).isSorted().doesNotHaveDuplicates();
        assertThat(preview.candidates()).filteredOn(preview::isCertainDuplicate).hasSize(29)
                .allSatisfy(repeat -> assertThat(preview.repeatOf(repeat)).hasValueSatisfying(r -> assertThat(r.earlier().line()).isEqualTo(2)));
    }

    @Test
    void googleContactsKeepsEveryPhoneAndEmailWithItsLabel() throws IOException {
        ImportPreview preview = preview("google.csv");

        assertThat(preview.formatLabel()).isEqualTo("Google Contacts CSV");
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.delimiter()).isEqualTo("comma");
        assertThat(preview.bad()).isEmpty();
        Client ada = client(preview, "Ada Lovelace");
        assertThat(ada.phones()).containsExactly(new ContactPoint("mobile", "+44 20 7946 0018"),
                new ContactPoint("mobile", "+44 7700 900123"), new ContactPoint("work", "020 7946 0999"));
        assertThat(ada.emails()).containsExactly(new ContactPoint("home", "ada@example.com"),
                new ContactPoint("work", "ada.lovelace@engines.example"));
        assertThat(ada.companyName()).isEqualTo("Analytical Engines Ltd");
        assertThat(ada.birthday()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(ada.tags()).containsExactly("VIP");
        assertThat(ada.address().city()).isEqualTo("London");
        Client zoe = client(preview, "Zoë Ångström");
        assertThat(zoe.birthday()).as("Google's birthday without a year").isNull();
        assertThat(zoe.emails()).extracting(ContactPoint::value).containsExactly("zoe@example.org");
        assertThat(client(preview, "Bright Bikes").kind()).isEqualTo(app.rapport.domain.ClientKind.COMPANY);
    }

    @Test
    void outlookContactsIsRecognisedAndFaxIsNotAPhone() throws IOException {
        ImportPreview preview = preview("outlook.csv");

        assertThat(preview.formatLabel()).isEqualTo("Outlook contacts CSV");
        assertThat(preview.bad()).isEmpty();
        Client grace = client(preview, "Grace Hopper");
        assertThat(grace.phones()).extracting(ContactPoint::label, ContactPoint::value).containsExactly(
                tuple("home", "+1 202 555 0100"), tuple("work", "+1 202 555 0111"), tuple("mobile", "+1 202 555 0199"));
        assertThat(grace.emails()).hasSize(2);
        assertThat(grace.birthday()).isEqualTo(LocalDate.of(1906, 12, 9));
        assertThat(grace.companyName()).isEqualTo("US Navy");
        assertThat(grace.address().city()).isEqualTo("Arlington");
        assertThat(client(preview, "Linus Torvalds").birthday()).as("Outlook's 0/0/00 is no birthday").isNull();
    }

    @Test
    void semicolonsInWindows1252AreSniffed() throws IOException {
        ImportPreview preview = preview("semicolon-windows-1252.csv");

        assertThat(preview.encoding()).isEqualTo("Windows-1252");
        assertThat(preview.delimiter()).isEqualTo("semicolon");
        assertThat(preview.formatLabel()).isEqualTo("CSV with a header row");
        assertThat(preview.bad()).isEmpty();
        Client juergen = client(preview, "Jürgen Müller");
        assertThat(juergen.address().city()).isEqualTo("München");
        assertThat(juergen.birthday()).isEqualTo(LocalDate.of(1970, 12, 24));
        assertThat(juergen.phones()).extracting(ContactPoint::value).containsExactly("+49 30 1234567");
        assertThat(client(preview, "Søren Ødegård").address().city()).isEqualTo("Århus");
    }

    @Test
    void utf16WithBomAndTabs() throws IOException {
        ImportPreview preview = preview("utf16-tab.csv");

        assertThat(preview.encoding()).isEqualTo("UTF-16LE with BOM");
        assertThat(preview.delimiter()).isEqualTo("tab");
        assertThat(preview.candidates()).extracting(c -> c.client().displayName()).containsExactly("李小龍", "Αλέξανδρος Παπαδόπουλος");
        assertThat(client(preview, "李小龍").phones()).containsExactly(new ContactPoint("mobile", "+852 9123 4567"));
    }

    @Test
    void utf8BomIsNotPartOfTheFirstHeader() throws IOException {
        ImportPreview preview = preview("utf8-bom-comma.csv");

        assertThat(preview.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(preview.layout().orElseThrow().headers().get(0)).isEqualTo("name");
        assertThat(client(preview, "Émile Zola").tags()).containsExactly("author", "vip");
        assertThat(preview("pipe.csv").delimiter()).isEqualTo("vertical bar");
    }

    @Test
    void rowsBrokenInStructureOrWithNothingToKnowThemByAreBadAndNothingIsImportedByDefault() throws IOException {
        ImportPreview preview = preview("broken-rows.csv");

        assertThat(preview.bad()).extracting(ImportCandidate::line).containsExactly(3L, 5L);
        assertThat(preview.bad().get(0).problemLine()).contains("3: has 4 values but the header has 3 columns");
        assertThat(preview.bad().get(1).problemLine()).contains("has no name, company, email or phone");

        assertThatThrownBy(() -> contacts.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE))
                .isInstanceOf(ImportRejectedException.class).hasMessage("2 bad rows; nothing was imported");
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();

        ContactService.ImportResult result = contacts.importContacts(preview, true, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.badLeftOut()).hasSize(2);
        assertThat(clients.search("good", 10).clients()).extracting(s -> s.displayName()).containsExactly("Good One", "Good Two");
    }

    @Test
    void aBadValueIsLeftOutOfTheClientNotTheClientOutOfTheImport() throws IOException {
        ImportPreview preview = preview("broken-rows.csv");

        assertThat(preview.warningLines()).containsExactly(
                "4: Email 'not-an-email' is not an email address \u2014 imported without it",
                "7: Phone '12' is not a phone number \u2014 imported without it");
        ContactService.ImportResult result = contacts.importContacts(preview, true, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);

        assertThat(result.warnings()).hasSize(2);
        Client badEmail = storedNamed("Bad Email");
        assertThat(badEmail.emails()).isEmpty();
        assertThat(badEmail.phones()).extracting(ContactPoint::value).containsExactly("555 0101 003");
        assertThat(storedNamed("Short Phone").phones()).isEmpty();
        assertThat(storedNamed("Short Phone").emails()).extracting(ContactPoint::value).containsExactly("short@example.com");
    }

    @Test
    void importedClientsAreFoundByPhoneDigitsEmailAndAccentFreeNames() throws IOException {
        contacts.importContacts(preview("google.csv"), false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);

        assertThat(clients.search("zoe angstrom", 10).clients()).hasSize(1);
        assertThat(clients.search("7700 900", 10).clients()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
        assertThat(clients.search("ada.lovelace@engines", 10).clients()).hasSize(1);
        assertThat(store.dsl().select(NOTE.BODY).from(NOTE).fetch(NOTE.BODY)).containsExactly("Prefers calls after 5pm,\nnever on Mondays");
    }

    @Test
    void rowsMatchingExistingClientsAreFlaggedAndFollowTheChoice() throws IOException {
        contacts.importContacts(preview("google.csv"), false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
        ImportPreview again = preview("vcard-3.0.vcf");

        ImportCandidate ada = again.candidates().get(0);
        assertThat(again.duplicateOf(ada)).hasValueSatisfying(match -> {
            assertThat(match.existing().displayName()).isEqualTo("Ada Lovelace");
            assertThat(match.reason()).isEqualTo("same email ada@example.com");
        });

        ContactService.ImportResult skipped = contacts.importContacts(again, false, DuplicateChoice.SKIP, Map.of(), Progress.NONE);
        assertThat(skipped.skippedDuplicates()).isEqualTo(1);
        assertThat(clients.search("ada", 10).totalMatching()).isEqualTo(1);

        ContactService.ImportResult merged = contacts.importContacts(again, false, DuplicateChoice.SKIP,
                Map.of(ada.client().id(), DuplicateChoice.MERGE), Progress.NONE);
        assertThat(merged.merged()).isEqualTo(1);
        Client stored = clients.search("ada", 10).clients().stream().findFirst()
                .flatMap(s -> clients.profile(s.id())).map(ClientService.ClientProfile::client).orElseThrow();
        assertThat(stored.emails()).extracting(ContactPoint::value).contains("ada@example.com", "ada@engines.example");
        assertThat(stored.tags()).contains("VIP", "vip", "engines");
    }

    private static ImportCandidate atLine(ImportPreview preview, long line) {
        return preview.candidates().stream().filter(c -> c.line() == line).findFirst().orElseThrow();
    }

    private Client storedNamed(String name) {
        return clients.search(name, 10).clients().stream().filter(s -> s.displayName().equals(name)).findFirst()
                .flatMap(s -> clients.profile(s.id())).map(ClientService.ClientProfile::client)
                .orElseThrow(() -> new AssertionError("no stored client named " + name));
    }

    private List<String> notesOf(Client client) {
        return store.dsl().select(NOTE.BODY).from(NOTE).where(NOTE.CLIENT_ID.eq(client.id())).orderBy(NOTE.BODY).fetch(NOTE.BODY);
    }

    @Test
    void rowsRepeatingARowAboveInTheSameFileAreFlaggedWithThatLineAndHowSure() throws IOException {
        contacts.changePhoneFormat("GB", PhoneNumbers.Style.INTERNATIONAL);
        ImportPreview preview = preview("in-file-duplicates.csv");

        assertThat(preview.duplicateCount()).as("the store is empty").isZero();
        assertThat(preview.repeatCount()).isEqualTo(4);
        assertThat(preview.candidates()).extracting(ImportCandidate::line, c -> preview.repeatOf(c).map(ImportPreview.Repeat::description).orElse(""),
                        preview::isCertainDuplicate)
                .containsExactly(
                        tuple(2L, "", false),
                        tuple(3L, "", false),
                        tuple(4L, "same phone number and name as line 2", true),
                        tuple(5L, "same email charles@example.com as line 3", true),
                        tuple(6L, "", false),
                        tuple(7L, "similar name to line 6", false),
                        tuple(8L, "", false),
                        tuple(9L, "same name as line 2", false));
        assertThat(preview.candidates()).filteredOn(preview::isFlagged).extracting(ImportCandidate::line).containsExactly(4L, 5L, 7L, 9L);
        assertThat(preview.certainDuplicateCount()).isEqualTo(2);
        assertThat(preview.possibleDuplicateCount()).isEqualTo(2);
    }

    @Test
    void mergingCertainRepeatsMakesOneClientWithThePhonesEmailsTagsAndNotesOfBoth() throws IOException {
        contacts.changePhoneFormat("GB", PhoneNumbers.Style.INTERNATIONAL);
        ContactService.ImportResult result = contacts.importContacts(preview("in-file-duplicates.csv"), false, DuplicateChoice.MERGE, Map.of(),
                Progress.NONE);

        assertThat(result.imported()).as("possible duplicates (lines 7 and 9) are imported").isEqualTo(6);
        assertThat(result.mergedWithinFile()).isEqualTo(2);
        assertThat(result.possibleDuplicates()).isEqualTo(2);
        assertThat(result.merged()).isZero();
        assertThat(store.dsl().fetchCount(CLIENT)).isEqualTo(6);
        Client ada = clients.search("ada lovelace", 10).clients().stream().map(s -> clients.profile(s.id()).orElseThrow().client())
                .filter(c -> c.emails().size() > 1).findFirst().orElseThrow();
        assertThat(ada.phones()).extracting(ContactPoint::value).containsExactly("+44 7700 900123");
        assertThat(ada.emails()).extracting(ContactPoint::value).containsExactly("ada@example.com", "ada.lovelace@engines.example");
        assertThat(ada.tags()).containsExactly("VIP", "engines");
        assertThat(notesOf(ada)).containsExactly("Met at the spring fair", "Prefers mornings");
        assertThat(clients.search("7700 900999", 10).clients()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
    }

    @Test
    void certainRepeatsAreSkippedOrImportedAsChosenAndPossibleOnesAreImported() throws IOException {
        contacts.changePhoneFormat("GB", PhoneNumbers.Style.INTERNATIONAL);
        ImportPreview preview = preview("in-file-duplicates.csv");
        ImportCandidate secondCharles = atLine(preview, 5);

        ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.SKIP,
                Map.of(secondCharles.client().id(), DuplicateChoice.IMPORT), Progress.NONE);

        assertThat(result.imported()).isEqualTo(7);
        assertThat(result.skippedDuplicates()).isEqualTo(1);
        assertThat(clients.search("ada lovelace", 10).clients()).hasSize(2);
        assertThat(clients.search("charles", 10).clients()).hasSize(2);
    }

    @Test
    void aRowRepeatingARowMergedIntoAStoredClientGoesToThatClientWithItsNotes() throws IOException {
        contacts.changePhoneFormat("GB", PhoneNumbers.Style.INTERNATIONAL);
        Client stored = clients.save(ClientServiceTest.person("Charles", "Babbage", List.of("020 7946 0001"), List.of()));
        ImportPreview preview = preview("in-file-duplicates.csv");
        assertThat(preview.duplicateOf(atLine(preview, 3))).hasValueSatisfying(m -> {
            assertThat(m.existing().id()).isEqualTo(stored.id());
            assertThat(m.certain()).isTrue();
        });
        assertThat(preview.repeatOf(atLine(preview, 5))).hasValueSatisfying(r -> assertThat(r.earlier().line()).isEqualTo(3));

        ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.MERGE, Map.of(), Progress.NONE);

        assertThat(result.merged()).isEqualTo(2);
        Client babbage = storedNamed("Charles Babbage");
        assertThat(babbage.phones()).extracting(ContactPoint::value).containsExactly("020 7946 0001", "020 7946 0002");
        assertThat(babbage.emails()).extracting(ContactPoint::value).containsExactly("charles@example.com");
        assertThat(clients.search("charles", 10).clients()).extracting(s -> s.displayName()).containsExactly("Charles Babbage");
    }

    @Test
    void notesOfARowMergedIntoAStoredClientAreKept() throws IOException {
        Client ada = clients.save(ClientServiceTest.person("Ada", "Lovelace", List.of(), List.of("ada@example.com")));

        contacts.importContacts(preview("in-file-duplicates.csv"), false, DuplicateChoice.MERGE, Map.of(), Progress.NONE);

        assertThat(notesOf(ada)).containsExactly("Met at the spring fair");
    }

    @Test
    void vCard21QuotedPrintableAndFoldedLines() throws IOException {
        ImportPreview preview = preview("vcard-2.1-quoted-printable.vcf");

        assertThat(preview.format()).isEqualTo(ContactFormat.VCARD);
        assertThat(preview.bad()).isEmpty();
        Client juergen = client(preview, "Jürgen Müller");
        assertThat(juergen.firstName()).isEqualTo("Jürgen");
        assertThat(juergen.phones()).extracting(ContactPoint::label).containsExactly("mobile", "home", "work");
        assertThat(juergen.emails()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(tuple("home", "juergen@home.example"), tuple("work", "j.mueller@firma.example"));
        assertThat(juergen.address().street()).isEqualTo("Hauptstraße 5");
        assertThat(preview.candidates().get(0).notes()).containsExactly("Bought the big espresso machine; wants a service reminder every spring.");
        assertThat(preview.candidates()).extracting(ImportCandidate::line).containsExactly(1L, 14L);
    }

    @Test
    void vCard30WithFoldedEmailAndPhotoLeftOut() throws IOException {
        ImportPreview preview = preview("vcard-3.0.vcf");

        Client ada = client(preview, "Ada Lovelace");
        assertThat(ada.emails()).extracting(ContactPoint::value).containsExactly("ada@example.com", "ada@engines.example");
        assertThat(ada.birthday()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(ada.tags()).containsExactly("vip", "engines");
        assertThat(preview.notices()).containsExactly("1 photo was left out: Rapport keeps no pictures of clients.");
    }

    @Test
    void vCard40UriPhonesAndNonAsciiNames() throws IOException {
        ImportPreview preview = preview("vcard-4.0-non-ascii.vcf");

        Client olafur = client(preview, "Ólafur Ragnar Grímsson");
        assertThat(olafur.phones()).extracting(ContactPoint::label, ContactPoint::value)
                .containsExactly(tuple("mobile", "+354-555-1234"), tuple("home", "+354-555-9876"));
        assertThat(olafur.birthday()).isEqualTo(LocalDate.of(1943, 5, 14));
        assertThat(client(preview, "東京 花子").lastName()).isEqualTo("東京");
    }

    @Test
    void aFiveMegabytePhotoIsReadPastAndNotStored() throws IOException {
        byte[] photo = new byte[5 * 1024 * 1024];
        new Random(7).nextBytes(photo);
        String base64 = java.util.Base64.getMimeEncoder(74, "\r\n ".getBytes(StandardCharsets.US_ASCII)).encodeToString(photo);
        Path file = folder.resolve("big-photo.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nN:Photo;Big;;;\r\nTEL;TYPE=CELL:555 0100 999\r\n"
                + "PHOTO;ENCODING=b;TYPE=JPEG:" + base64 + "\r\nEND:VCARD\r\n");

        store.checkpoint();
        long sizeBefore = store.fileSize();
        ImportPreview preview = contacts.preview(file, Progress.NONE);
        contacts.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);

        assertThat(preview.notices()).containsExactly("1 photo was left out: Rapport keeps no pictures of clients.");
        assertThat(clients.search("big photo", 10).clients()).hasSize(1);
        store.checkpoint();
        // five megabytes of random bytes cannot shrink: a store that grew by less than four holds no copy of them
        assertThat(store.fileSize() - sizeBefore).as("the photo is not in the store").isLessThan(4L * 1024 * 1024);
    }

    @Test
    void emptyBinaryAndHeaderOnlyFilesAreRefusedWithAReason() throws IOException {
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        Path noise = Files.write(folder.resolve("noise.csv"), binary);
        Path headerOnly = Files.writeString(folder.resolve("header.csv"), "Name,Email\n");
        Path archive = Files.writeString(folder.resolve("archive.csv"), "{\"format\": \"rapport-archive\"}");

        assertThatThrownBy(() -> contacts.preview(empty, Progress.NONE)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("The file is empty.");
        assertThatThrownBy(() -> contacts.preview(noise, Progress.NONE)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("This is not a text file");
        assertThatThrownBy(() -> contacts.preview(headerOnly, Progress.NONE)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("The file has a header row but no contacts under it.");
        assertThat(contacts.sniff(archive).format()).isEqualTo(ContactFormat.JSON_ARCHIVE);
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();
    }

    @Test
    void anUnclosedQuoteEndsTheFileAsABadRow() throws IOException {
        Path file = Files.writeString(folder.resolve("quote.csv"), "Name,Email\nAnna,anna@example.com\n\"Bert,bert@example.com\nCarl,carl@example.com\n");

        ImportPreview preview = contacts.preview(file, Progress.NONE);

        assertThat(preview.good()).hasSize(1);
        assertThat(preview.bad()).singleElement().satisfies(bad -> {
            assertThat(bad.line()).isEqualTo(3);
            assertThat(bad.problemLine()).contains("a quoted value is not closed");
        });
    }

    @Test
    void theUserCanRemapAColumn() throws IOException {
        Path file = Files.writeString(folder.resolve("odd.csv"), "Who,Reach\nAnna Berg,555 0199 123\n");
        ImportPreview preview = contacts.preview(file, Progress.NONE);
        assertThat(preview.notices()).isNotEmpty();

        ImportPreview mapped = preview.withMapping(0, ContactField.DISPLAY_NAME).withMapping(1, ContactField.PHONE);

        assertThat(mapped.bad()).isEmpty();
        assertThat(mapped.candidates().get(0).client().phones()).extracting(ContactPoint::value).containsExactly("555 0199 123");
    }

    @Test
    void exportedCsvAndVCardComeBackTheSame() throws IOException {
        contacts.importContacts(preview("google.csv"), false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
        contacts.importContacts(preview("vcard-4.0-non-ascii.vcf"), false, DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
        List<java.util.UUID> ids = contacts.allClientIds();
        List<Client> before = ids.stream().map(id -> clients.profile(id).map(ClientService.ClientProfile::client).orElseThrow()).toList();

        Path csv = folder.resolve("out.csv");
        Path vcf = folder.resolve("out.vcf");
        assertThat(contacts.exportCsv(ids, csv, false)).isEqualTo(5);
        assertThat(contacts.exportVCard(ids, vcf, false)).isEqualTo(5);

        for (Path file : List.of(csv, vcf)) {
            ImportPreview back = contacts.preview(file, Progress.NONE);
            assertThat(back.bad()).as(file.toString()).isEmpty();
            assertThat(back.candidates()).extracting(c -> c.client().displayName())
                    .containsExactlyElementsOf(before.stream().map(Client::displayName).toList());
            for (int i = 0; i < before.size(); i++) {
                Client original = before.get(i);
                Client read = back.candidates().get(i).client();
                assertThat(read.phones()).as(file + " " + original.displayName()).extracting(ContactPoint::value)
                        .containsExactlyElementsOf(original.phones().stream().map(ContactPoint::value).toList());
                assertThat(read.emails()).extracting(ContactPoint::value)
                        .containsExactlyElementsOf(original.emails().stream().map(ContactPoint::value).toList());
                assertThat(read.birthday()).isEqualTo(original.birthday());
                assertThat(read.tags()).containsExactlyElementsOf(original.tags());
            }
            assertThat(back.duplicateCount()).as("each exported client matches itself in the store").isEqualTo(5);
        }
    }

    @Test
    void cancellingWhileTheRowsAreBeingWrittenWritesNoneOfThem() throws IOException {
        Path csv = folder.resolve("many.csv");
        StringBuilder text = new StringBuilder("First Name,Last Name,Mobile,Notes\n");
        for (int i = 0; i < 2_500; i++) {
            text.append("Ana,Row").append(i).append(",+44 7700 ").append(String.format(java.util.Locale.ROOT, "%06d", i)).append(",note ").append(i).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        ImportPreview preview = contacts.preview(csv, Progress.NONE);
        long[] updates = {0};
        Progress cancelsAfterTheFirstThousand = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return updates[0] >= 1_000;
            }
        };

        assertThatThrownBy(() -> contacts.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), cancelsAfterTheFirstThousand))
                .isInstanceOf(java.util.concurrent.CancellationException.class).hasMessage("Import cancelled; nothing was imported.");

        assertThat(updates[0]).as("cancelled in the middle of writing").isEqualTo(1_000);
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();
        assertThat(store.dsl().fetchCount(NOTE)).isZero();
        assertThat(store.dsl().fetchCount(app.rapport.store.jooq.Tables.CLIENT_PHONE)).isZero();
    }
}
