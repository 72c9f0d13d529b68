package app.rapport.ui.contacts;

import app.rapport.domain.ClientBuilder;
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
                .isEqualTo("CSV with a header row \u00b7 UTF-8 \u00b7 delimiter: comma \u2014 2 contacts to import, 4 bad rows, 1 likely duplicate");
        ListView<String> bad = robot.lookup("#import-bad-rows").queryListView();
        assertThat(bad.getItems()).hasSize(4);
        assertThat(bad.getItems().get(1)).isEqualTo("4: Email 1 is not an email address: 'not-an-email'");
        TableView<?> duplicates = robot.lookup("#import-duplicates").queryTableView();
        assertThat(duplicates.getItems()).hasSize(1);

        // Not importing the email column makes row 4 good and the duplicate go away.
        @SuppressWarnings("unchecked")
        ComboBox<ContactField> email = robot.lookup("#mapping-2").queryAs(ComboBox.class);
        assertThat(email.getValue()).isEqualTo(ContactField.EMAIL);
        robot.interact(() -> email.setValue(ContactField.IGNORE));
        waitUntil("ignoring the email column to make row 4 good", () -> bad.getItems().size() == 3);
        assertThat(duplicates.getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#mapping-2").queryAs(ComboBox.class).setValue(ContactField.EMAIL));
        waitUntil("mapping the email column again to bring back the bad row and the duplicate", () -> bad.getItems().size() == 4 && duplicates.getItems().size() == 1);

        Button importButton = robot.lookup("#import-good").queryButton();
        assertThat(importButton.getText()).isEqualTo("Import 2 good rows");
        assertThat(services.clients().count()).isEqualTo(1);
        robot.type(KeyCode.ENTER);

        waitUntil("the good row to be imported", () -> services.clients().count() == 2);
        waitUntil("the status line to report the import", () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Imported 1 client from broken-rows.csv, skipped 1 duplicate, left out 4 bad rows");
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
    void rowsRepeatingAnEarlierRowAreListedWithThatLineAndMergedIntoOneClient(FxRobot robot) throws Exception {
        MainWindow window = (MainWindow) scene.getRoot().lookup(".main-window");
        robot.interact(() -> window.openImport(sample("in-file-duplicates.csv")));
        waitUntil("the import preview to read the CSV file", () -> robot.lookup("#import-summary").tryQuery().map(node -> ((Label) node).getText().contains("CSV")).orElse(false));

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).endsWith(
                "8 contacts to import, 4 likely duplicates (4 repeats within the file)");
        TableView<?> duplicates = robot.lookup("#import-duplicates").queryTableView();
        assertThat(duplicates.getItems()).hasSize(4);
        assertThat(duplicates.getColumns().get(2).getCellData(0)).isEqualTo("Line 2: Ada Lovelace");
        assertThat(duplicates.getColumns().get(3).getCellData(0)).isEqualTo("same phone number");
        assertThat(duplicates.getColumns().get(2).getCellData(2)).isEqualTo("Line 6: Grace Hoppper");
        assertThat(duplicates.getColumns().get(3).getCellData(2)).isEqualTo("similar name");

        @SuppressWarnings("unchecked")
        ComboBox<ContactService.DuplicateChoice> every = robot.lookup("#all-duplicates").queryAs(ComboBox.class);
        robot.interact(() -> every.setValue(ContactService.DuplicateChoice.MERGE));
        robot.clickOn("#import-good");

        waitUntil("the status line to report the import", () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Imported 4 clients from in-file-duplicates.csv, merged 4 repeated rows with an earlier row of the file");
        assertThat(services.clients().count()).isEqualTo(5);
        assertThat(services.clients().search("ada lovelace", 10).totalMatching()).isEqualTo(1);
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
