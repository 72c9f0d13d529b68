package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.contacts.UnreadableFileException;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An .xlsx file imports like a CSV: the same preview, mapping, checks, row numbers and all-or-nothing rule. */
class SpreadsheetImportTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private ContactService contacts;

    @BeforeEach
    void open() {
        store = Store.open(StoreLocation.of(folder.resolve("store").toString()), Clock.systemDefaultZone());
        contacts = new ContactService(store, new TestClock(NOW));
        contacts.changePhoneFormat("DE", PhoneNumbers.Style.INTERNATIONAL);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /**
     * A client list as people keep one: a title merged across the columns above the header, a
     * date column formatted as dates, a phone typed as a number, a second sheet of suppliers.
     */
    static Path clientList(Path folder) throws IOException {
        Path file = folder.resolve("client list.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Rapport tests", "1.0");
            Worksheet clients = workbook.newWorksheet("Clients");
            clients.value(0, 0, "Our clients, spring 2026");
            clients.range(0, 0, 0, 5).merge();
            String[] header = {"Title", "First name", "Surname", "Mobile", "E-mail", "Date of birth"};
            for (int column = 0; column < header.length; column++) {
                clients.value(1, column, header[column]);
            }
            Object[][] rows = {
                    {"Dr.", "Amina", "Rahman", "+49 151 2345 6789", "amina@rahman-dental.example", LocalDate.of(1979, 4, 12)},
                    {null, "Jonas", "Weber", 4915798765432L, "jonas.weber@example.de", LocalDate.of(1990, 12, 1)},
                    {null, "Lea", "Schmidt", "0160 9876543", "not an email", null},
                    {null, null, null, null, null, null},
                    {null, null, null, null, null, "1 April"},
            };
            for (int row = 0; row < rows.length; row++) {
                for (int column = 0; column < header.length; column++) {
                    Object value = rows[row][column];
                    if (value instanceof String text) {
                        clients.value(row + 2, column, text);
                    } else if (value instanceof Number number) {
                        clients.value(row + 2, column, number);
                    } else if (value instanceof LocalDate day) {
                        clients.value(row + 2, column, day);
                        clients.style(row + 2, column).format("dd.mm.yyyy").set();
                    }
                }
            }
            Worksheet suppliers = workbook.newWorksheet("Suppliers");
            suppliers.value(0, 0, "Company");
            suppliers.value(0, 1, "Phone");
            suppliers.value(1, 0, "Blumen Becker GmbH");
            suppliers.value(1, 1, "+49 89 555 0100");
            workbook.finish();
        }
        return file;
    }

    @Test
    void theFirstSheetImportsLikeACsvWithExcelRowNumbersAndRealDates() throws IOException {
        ImportPreview preview = contacts.preview(clientList(folder), Progress.NONE);

        assertThat(preview.formatLabel()).isEqualTo("Excel spreadsheet (.xlsx)");
        assertThat(preview.layout().orElseThrow().headers()).containsExactly("Title", "First name", "Surname", "Mobile", "E-mail", "Date of birth");
        assertThat(preview.candidates()).extracting(ImportCandidate::line).containsExactly(3L, 4L, 5L, 7L);
        Client amina = preview.candidates().get(0).client();
        assertThat(amina.displayName()).isEqualTo("Amina Rahman");
        assertThat(amina.addressAs()).isEqualTo("Dr. Rahman");
        assertThat(amina.birthday()).isEqualTo(LocalDate.of(1979, 4, 12));
        assertThat(amina.phones()).extracting(ContactPoint::label).containsExactly("mobile");
        Client jonas = preview.candidates().get(1).client();
        assertThat(jonas.phones()).extracting(ContactPoint::value).containsExactly("4915798765432");
        assertThat(jonas.birthday()).isEqualTo(LocalDate.of(1990, 12, 1));
        assertThat(preview.candidates().get(2).warningLines()).containsExactly("5: E-mail 'not an email' is not an email address \u2014 imported without it");
        assertThat(preview.bad()).extracting(ImportCandidate::problemLine).containsExactly("7: has no name, company, email or phone");

        assertThatThrownBy(() -> contacts.importContacts(preview, false, DuplicateChoice.SKIP, Map.of(), Progress.NONE))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();
        ContactService.ImportResult result = contacts.importContacts(preview, true, DuplicateChoice.SKIP, Map.of(), Progress.NONE);
        assertThat(result.imported()).isEqualTo(3);
    }

    @Test
    void anotherSheetIsChosenByName() throws IOException {
        Path file = clientList(folder);

        ImportPreview suppliers = contacts.preview(file, "Suppliers", Progress.NONE);

        assertThat(suppliers.candidates()).extracting(c -> c.client().displayName()).containsExactly("Blumen Becker GmbH");
        assertThat(suppliers.candidates().get(0).line()).isEqualTo(2);
        assertThatThrownBy(() -> contacts.preview(file, "Staff", Progress.NONE))
                .isInstanceOf(UnreadableFileException.class).hasMessage("The workbook has no sheet called 'Staff'; its sheets are 'Clients', 'Suppliers'.");
    }
}
