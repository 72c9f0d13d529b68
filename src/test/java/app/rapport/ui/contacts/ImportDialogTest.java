package app.rapport.ui.contacts;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ContactField;
import app.rapport.service.ContactService;
import app.rapport.service.RapportServices;
import app.rapport.ui.HeldBackgroundWork;
import app.rapport.ui.MainWindow;
import app.rapport.ui.MainWindowAccess;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner imports a CSV with bad rows and a duplicate: preview, a remapped column, then Import good rows. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Scene scene;
    private final HeldBackgroundWork background = new HeldBackgroundWork();

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.clients().save(ClientBuilder.named("Gwen Two").email("work", "good2@example.com").build());
        scene = MainWindowAccess.scene(services, background.work());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void previewShowsBadRowsAndDuplicatesAndImportsOnlyTheGoodRows(FxRobot robot) throws Exception {
        MainWindow window = (MainWindow) scene.getRoot().lookup(".main-window");
        robot.interact(() -> window.openImport(sample("broken-rows.csv")));
        waitUntil("the import preview to read the CSV file", () -> robot.lookup("#import-summary").tryQuery().map(node -> ((Label) node).getText().contains("CSV")).orElse(false));

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("CSV with a header row \u00b7 UTF-8 \u00b7 delimiter: comma \u2014 4 contacts to import, 2 bad rows, 1 certain duplicate");
        ListView<String> bad = robot.lookup("#import-bad-rows").queryListView();
        assertThat(bad.getItems()).hasSize(2);
        assertThat(bad.getItems().get(1)).isEqualTo("5: has no name, company, email or phone");
        ListView<String> leftOut = robot.lookup("#import-left-out").queryListView();
        assertThat(leftOut.getItems()).hasSize(2);
        assertThat(leftOut.getItems().get(0)).isEqualTo("4: Email 'not-an-email' is not an email address \u2014 imported without it");
        assertThat(robot.lookup("#mapping-note-1").queryAs(Label.class).getText()).isEqualTo("as phone");
        TableView<?> duplicates = robot.lookup("#import-duplicates").queryTableView();
        assertThat(duplicates.getItems()).hasSize(1);

        // Not importing the email column leaves nothing of row 4 out and makes the duplicate go away.
        @SuppressWarnings("unchecked")
        ComboBox<ContactField> email = robot.lookup("#mapping-2").queryAs(ComboBox.class);
        assertThat(email.getValue()).isEqualTo(ContactField.EMAIL);
        robot.interact(() -> email.setValue(ContactField.IGNORE));
        waitUntil("ignoring the email column to leave nothing of row 4 out", () -> leftOut.getItems().size() == 1);
        assertThat(duplicates.getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#mapping-2").queryAs(ComboBox.class).setValue(ContactField.EMAIL));
        waitUntil("mapping the email column again to bring back the value left out and the duplicate",
                () -> leftOut.getItems().size() == 2 && duplicates.getItems().size() == 1);

        Button importButton = robot.lookup("#import-good").queryButton();
        assertThat(importButton.getText()).isEqualTo("Import 4 good rows");
        assertThat(services.clients().count()).isEqualTo(1);
        robot.type(KeyCode.ENTER);

        waitUntil("the good rows to be imported", () -> services.clients().count() == 4);
        waitUntil("the status line to report the import", () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Imported 3 clients from broken-rows.csv, skipped 1 certain duplicate, left out 2 bad values, left out 2 bad rows");
        assertThat(services.clients().search("good one", 10).clients()).hasSize(1);
    }

    @Test
    void anEmptyFileSaysSoAndImportsNothing(FxRobot robot) throws Exception {
        Path empty = Files.write(folder.resolve("empty-" + UUID.randomUUID() + ".csv"), new byte[0]);
        MainWindow window = (MainWindow) scene.getRoot().lookup(".main-window");
        robot.interact(() -> window.openImport(empty));
        waitUntil("the import preview to say the file cannot be imported", () -> robot.lookup("#import-summary").tryQuery().map(node -> ((Label) node).getText().startsWith("Cannot")).orElse(false));

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).isEqualTo("Cannot import " + empty.getFileName() + ": The file is empty.");
        assertThat(robot.lookup("#import-good").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc to close the import window", () -> robot.lookup("#import-summary").tryQuery().isEmpty());
        assertThat(services.clients().count()).isEqualTo(1);
    }

    @Test
    void rowsRepeatingAnEarlierRowAreListedWithThatLineAndHowSureAndCertainOnesMergedIntoOneClient(FxRobot robot) throws Exception {
        services.contacts().changePhoneFormat("GB", PhoneNumbers.Style.INTERNATIONAL);
        MainWindow window = (MainWindow) scene.getRoot().lookup(".main-window");
        robot.interact(() -> window.openImport(sample("in-file-duplicates.csv")));
        waitUntil("the import preview to read the CSV file", () -> robot.lookup("#import-summary").tryQuery().map(node -> ((Label) node).getText().contains("CSV")).orElse(false));

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).endsWith(
                "8 contacts to import, 2 certain duplicates, 2 possible duplicates (imported unless you choose otherwise)");
        TableView<?> duplicates = robot.lookup("#import-duplicates").queryTableView();
        assertThat(duplicates.getItems()).hasSize(4);
        assertThat(duplicates.getColumns().get(2).getCellData(0)).isEqualTo("Certain");
        assertThat(duplicates.getColumns().get(3).getCellData(0)).isEqualTo("Line 2: Ada Lovelace");
        assertThat(duplicates.getColumns().get(4).getCellData(0)).isEqualTo("same phone number and name");
        assertThat(duplicates.getColumns().get(2).getCellData(2)).isEqualTo("Possible");
        assertThat(duplicates.getColumns().get(3).getCellData(2)).isEqualTo("Line 6: Grace Hoppper");
        assertThat(duplicates.getColumns().get(4).getCellData(2)).isEqualTo("similar name");

        @SuppressWarnings("unchecked")
        ComboBox<ContactService.DuplicateChoice> every = robot.lookup("#all-duplicates").queryAs(ComboBox.class);
        robot.interact(() -> every.setValue(ContactService.DuplicateChoice.MERGE));
        robot.clickOn("#import-good");

        waitUntil("the status line to report the import", () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Imported 6 clients from in-file-duplicates.csv, merged 2 repeated rows with an earlier row of the file, "
                        + "imported 2 possible duplicates (Clients \u2192 Find duplicates to review)");
        assertThat(services.clients().count()).isEqualTo(7);
        assertThat(services.clients().search("ada lovelace", 10).totalMatching()).as("the third Ada only shares the name").isEqualTo(2);
    }

    @Test
    void cancellingTheImportImportsNothingAndKeepsThePreview(FxRobot robot) throws Exception {
        MainWindow window = (MainWindow) scene.getRoot().lookup(".main-window");
        robot.interact(() -> window.openImport(sample("in-file-duplicates.csv")));
        waitUntil("the import preview to offer Import", () -> !robot.lookup("#import-good").queryButton().isDisabled());

        background.hold();
        robot.clickOn("#import-good");
        waitUntil("the held import to offer Cancel", () -> robot.lookup("#import-nothing").queryButton().getText().equals("Cancel"));
        robot.clickOn("#import-nothing");
        background.release();

        Label progress = robot.lookup("#import-progress-text").queryAs(Label.class);
        waitUntil("the import window to say the import was cancelled", () -> progress.getText().equals("Import cancelled; nothing was imported."));
        assertThat(services.clients().count()).isEqualTo(1);
        assertThat(services.clients().search("ada", 10).totalMatching()).isZero();
        assertThat(robot.lookup("#import-good").queryButton().isDisabled()).as("the preview can still be imported").isFalse();
    }

    private static Path sample(String name) {
        try {
            return Path.of(ImportDialogTest.class.getResource("/contacts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
