package app.rapport.ui.contacts;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ContactField;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import app.rapport.ui.task.QueuedTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.rapport.ui.FxTestSupport.openStore;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing contacts as the owner does, on a real store with one client, with no FX toolkit. */
class ImportViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;

    @BeforeEach
    void open() {
        services = openStore(folder);
        services.clients().save(ClientBuilder.person("Gwen", "Two").email("work", "good2@example.com").build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportViewModel read(Path file, TaskExecutor executor) {
        ImportViewModel model = new ImportViewModel(services.contacts(), executor, file);
        model.read();
        return model;
    }

    @Test
    void theFileIsDescribedWithItsBadRowsValuesLeftOutAndDuplicatesBeforeAnythingIsWritten() {
        ImportViewModel model = read(sample("broken-rows.csv"), new CurrentThreadTaskExecutor());

        assertThat(model.summaryProperty().get())
                .isEqualTo("CSV with a header row \u00b7 UTF-8 \u00b7 delimiter: comma \u2014 4 contacts to import, 2 bad rows, 1 certain duplicate");
        assertThat(model.badRows()).containsExactly("3: has 4 values but the header has 3 columns (a missing or extra delimiter, or an unclosed quote?)",
                "5: has no name, company, email or phone");
        assertThat(model.leftOut()).containsExactly("4: Email 'not-an-email' is not an email address \u2014 imported without it",
                "7: Phone '12' is not a phone number \u2014 imported without it");
        assertThat(model.leftOutTitleProperty().get()).isEqualTo("Values left out (2)");
        assertThat(model.duplicates()).hasSize(1);
        assertThat(model.looksLike(model.duplicates().get(0))).isEqualTo("Gwen Two (in Rapport)");
        assertThat(model.sureness(model.duplicates().get(0))).isEqualTo("Certain");
        assertThat(model.badTitleProperty().get()).isEqualTo("Bad rows (2)");
        assertThat(model.importTextProperty().get()).isEqualTo("Import 4 good rows");
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(model.nothingTextProperty().get()).isEqualTo("Import nothing");
        assertThat(services.clients().count()).isEqualTo(1);
    }

    @Test
    void notImportingAColumnChecksEveryRowAgain() {
        ImportViewModel model = read(sample("broken-rows.csv"), new CurrentThreadTaskExecutor());

        model.remap(2, ContactField.IGNORE);

        assertThat(model.leftOut()).hasSize(1);
        assertThat(model.duplicates()).isEmpty();
        assertThat(model.previewProperty().get().layout().orElseThrow().mappings().get(2).field()).isEqualTo(ContactField.IGNORE);
    }

    @Test
    void importingTheGoodRowsSaysWhatWasDone() {
        ImportViewModel model = read(sample("broken-rows.csv"), new CurrentThreadTaskExecutor());

        model.importRows();

        assertThat(model.importedProperty().get())
                .isEqualTo("Imported 3 clients from broken-rows.csv, skipped 1 certain duplicate, left out 2 bad values, left out 2 bad rows");
        assertThat(services.clients().count()).isEqualTo(4);
    }

    @Test
    void certainRepeatsWithinTheFileMergeWhenEveryCertainDuplicateIsMergedAndPossibleOnesAreImported() {
        services.contacts().changePhoneFormat("GB", PhoneNumbers.Style.INTERNATIONAL);
        ImportViewModel model = read(sample("in-file-duplicates.csv"), new CurrentThreadTaskExecutor());
        assertThat(model.why(model.duplicates().get(0))).isEqualTo("same phone number and name");
        assertThat(model.choiceFor(model.duplicates().get(2))).as("a possible duplicate").isEqualTo(DuplicateChoice.IMPORT);

        model.everyDuplicateProperty().set(DuplicateChoice.MERGE);
        model.importRows();

        assertThat(model.importedProperty().get()).isEqualTo("Imported 6 clients from in-file-duplicates.csv, merged 2 repeated rows with an "
                + "earlier row of the file, imported 2 possible duplicates (Clients \u2192 Find duplicates to review)");
        assertThat(services.clients().count()).isEqualTo(7);
    }

    @Test
    void anEmptyFileSaysSoAndOffersOnlyToClose() throws Exception {
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);

        ImportViewModel model = read(empty, new CurrentThreadTaskExecutor());

        assertThat(model.summaryProperty().get()).isEqualTo("Cannot import empty.csv: The file is empty.");
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.nothingTextProperty().get()).isEqualTo("Close");
        assertThat(model.cancel()).as("nothing to cancel: the dialog closes").isFalse();
    }

    @Test
    void aCancelledImportImportsNothingAndKeepsThePreview() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ImportViewModel model = read(sample("in-file-duplicates.csv"), executor);
        executor.runAll();
        model.importRows();
        assertThat(model.workingProperty().get()).isTrue();
        assertThat(model.nothingTextProperty().get()).isEqualTo("Cancel");

        assertThat(model.cancel()).isTrue();
        assertThat(model.progressTextProperty().get()).isEqualTo("Cancelling\u2026");
        executor.runAll();

        assertThat(model.progressTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
        assertThat(model.importedProperty().get()).isNull();
        assertThat(services.clients().count()).isEqualTo(1);
        assertThat(model.canImportProperty().get()).as("the preview can still be imported").isTrue();
    }

    @Test
    void aCancelWhileTheImportIsSavingStillImportsNothing() {
        ImportViewModel model = read(sample("in-file-duplicates.csv"), new CurrentThreadTaskExecutor());
        model.progressTextProperty().addListener((observable, before, now) -> {
            if (now.equals("Saving")) {
                assertThat(model.cancel()).isTrue();
            }
        });

        model.importRows();

        assertThat(model.progressTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
        assertThat(model.importedProperty().get()).isNull();
        assertThat(services.clients().count()).isEqualTo(1);
    }

    private static Path sample(String name) {
        try {
            return Path.of(ImportViewModelTest.class.getResource("/contacts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
