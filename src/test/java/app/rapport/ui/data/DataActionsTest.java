package app.rapport.ui.data;

import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.ui.HeldBackgroundWork;
import app.rapport.ui.MainWindowAccess;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DataActionsTest {
    private static final int CLIENTS = 60;

    @TempDir
    static Path folder;

    private RapportServices services;
    private Path storeFolder;
    private final HeldBackgroundWork background = new HeldBackgroundWork();

    @Start
    void start(Stage stage) throws Exception {
        storeFolder = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
        services = RapportServices.open(StoreLocation.of(storeFolder.resolve("book").toString()));
        services.demoData().load(DemoBusiness.SALON, CLIENTS, 5, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, background.work()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backUpNowWritesAVerifiedBackupAndNamesIt(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == CLIENTS);

        robot.clickOn("File").clickOn("Back up now");

        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil("the status line to report the backup", () -> status.getText().startsWith("Backed up"));
        List<Path> backups;
        try (Stream<Path> files = Files.list(storeFolder.resolve("backups"))) {
            backups = files.toList();
        }
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).startsWith("book-").endsWith(".zip");
        assertThat(status.getText()).isEqualTo(status.getText().replace("\n", ""))
                .contains(CLIENTS + " clients in " + backups.get(0)).endsWith("verified)");
        assertThat(services.backups().check(backups.get(0)).clients()).isEqualTo(CLIENTS);
        assertThat(robot.lookup("#working").query().isVisible()).isFalse();
    }

    @Test
    void erasingAClientAsksFirstThenRemovesThemForGood(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        ClientSummary chosen = askToEraseTheFirstClient(robot, list);
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("cannot be undone");
        robot.clickOn("#confirm-erase");

        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil("the status line to report the erase", () -> status.getText().startsWith("Erased " + chosen.displayName()));
        waitUntil("the erased client to leave the list", () -> list.getItems().size() == CLIENTS - 1);
        assertThat(services.clients().profile(chosen.id())).isEmpty();
        assertThat(robot.lookup("#undo").query().isVisible()).isFalse();
    }

    @Test
    void aCancelledBackupLeavesNoFileAndSaysSo(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == CLIENTS);

        background.hold();
        robot.clickOn("File").clickOn("Back up now");
        waitUntil("the held work to show its progress with Cancel", () -> robot.lookup("#progress-cancel").tryQuery().isPresent());
        assertThat(robot.lookup("#progress-cancel").queryButton().isDisabled()).isFalse();
        robot.clickOn("#progress-cancel");
        assertThat(robot.lookup("#progress-step").queryAs(Label.class).getText()).isEqualTo("Cancelling once the current step ends\u2026");
        background.release();

        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil("the status line to say the backup was cancelled", () -> status.getText().equals("Backup cancelled; no backup file was written."));
        waitUntil("the progress window to close", () -> robot.lookup("#progress-cancel").tryQuery().isEmpty());
        assertThat(filesIn(storeFolder.resolve("backups"))).isEmpty();
        assertThat(robot.lookup("#working").query().isVisible()).isFalse();

        robot.clickOn("File").clickOn("Back up now");
        waitUntil("the status line to report the backup made after the cancelled one", () -> status.getText().startsWith("Backed up"));
        assertThat(filesIn(storeFolder.resolve("backups"))).hasSize(1);
    }

    @Test
    void aCancelledEraseErasesNothing(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        ClientSummary chosen = askToEraseTheFirstClient(robot, list);
        background.hold();
        robot.clickOn("#confirm-erase");
        waitUntil("the held work to show its progress with Cancel", () -> robot.lookup("#progress-cancel").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        background.release();

        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil("the status line to say the erase was cancelled", () -> status.getText().equals("Erase cancelled; nothing was erased."));
        assertThat(services.clients().profile(chosen.id())).isPresent();
        assertThat(list.getItems()).hasSize(CLIENTS);
    }

    @Test
    void aCancelledEncryptionLeavesTheStoreUnencrypted(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == CLIENTS);

        robot.clickOn("File").clickOn("Encrypt this store\u2026");
        waitUntil("the encryption window to ask for a password", () -> robot.lookup("#new-password").tryQuery().isPresent());
        robot.clickOn("#new-password").write("correct horse battery");
        robot.clickOn("#repeat-password").write("correct horse battery");
        background.hold();
        robot.clickOn("Encrypt");
        waitUntil("the held work to show its progress with Cancel", () -> robot.lookup("#progress-cancel").tryQuery().isPresent());
        robot.clickOn("#progress-cancel");
        background.release();

        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil("the status line to say the encryption was cancelled", () -> status.getText().equals("Encryption cancelled; your store is as it was."));
        assertThat(services.isEncrypted()).isFalse();
        assertThat(services.clients().count()).isEqualTo(CLIENTS);
        assertThat(StoreLocation.of(storeFolder.resolve("book").toString()).isEncrypted()).isFalse();
        assertThat(filesIn(storeFolder)).extracting(path -> path.getFileName().toString()).allMatch(name -> !name.startsWith(".rapport-work"));
    }

    /** Selects the first client in the list and asks to erase them; the warning is then showing. */
    private static ClientSummary askToEraseTheFirstClient(FxRobot robot, ListView<ClientSummary> list) throws Exception {
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == CLIENTS);
        robot.clickOn("#client-search").type(KeyCode.DOWN);
        waitUntil("the first client to be selected", () -> list.getSelectionModel().getSelectedItem() != null);
        ClientSummary chosen = list.getSelectionModel().getSelectedItem();
        robot.clickOn("Clients").clickOn("Erase client for good\u2026");
        waitUntil("the erase warning to open", () -> robot.lookup("#confirm-erase").tryQuery().isPresent());
        return chosen;
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
