package app.rapport.ui;

import app.rapport.cli.PrivacyMarkerTest;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.store.Passphrase;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's half of the marker test (the command line's is {@link PrivacyMarkerTest}): the
 * window goes through ordinary work (the list, a client's brief, a call logged, a backup) and a
 * failure (a save the database refuses, with the marker in its values, which the window's error
 * log records); then no file of the data folder but the store and its backup holds the marker,
 * and none at all for an encrypted store.
 */
@Tag("store-file") // the files of an H2 store: not run in the PostgreSQL pass
@ExtendWith(ApplicationExtension.class)
class WindowPrivacyMarkerTest {
    private static final String MARKER = "Zyqvorbleth";
    private static final String PASSWORD = "lanterns over the harbour";
    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aPlainStoresWindowLeavesTheMarkerOnlyInTheStoreAndItsBackup(FxRobot robot) throws Exception {
        Path dataFolder = folder.resolve("data");
        work(robot, StoreLocation.of(dataFolder.resolve("book").toString()));

        assertThat(PrivacyMarkerTest.filesHolding(dataFolder, MARKER)).as("files holding the marker")
                .isNotEmpty()
                .allSatisfy(file -> assertThat(file.getFileName().toString()).matches("book\\.mv\\.db|book-\\d{8}-\\d{6}\\.zip"));
    }

    @Test
    void anEncryptedStoresWindowLeavesTheMarkerNowhereInPlainText(FxRobot robot) throws Exception {
        Path dataFolder = folder.resolve("data");
        work(robot, StoreLocation.of(dataFolder.resolve("book").toString()).withPassphrase(Passphrase.of(PASSWORD.toCharArray())));

        assertThat(PrivacyMarkerTest.filesHolding(dataFolder, MARKER)).isEmpty();
    }

    private void work(FxRobot robot, StoreLocation location) throws Exception {
        try (Store store = Store.open(location, Clock.systemUTC())) {
            // Two touchpoints may not have the same summary here, so the window's second log fails in the database.
            store.dsl().execute("CREATE UNIQUE INDEX one_summary_each ON touchpoint(summary)");
        }
        RapportServices services = RapportServices.open(location);
        try {
            services.clients().save(ClientBuilder.person(MARKER, "Okafor").phone("mobile", "+44 7700 900123").build());
            FxTaskExecutor background = FxTaskExecutor.daemonPool();
            background.witnessFailures(failure -> services.errorLog().record("window", failure)); // as the application wires it
            Scene scene = MainWindowAccess.scene(services, background);
            robot.interact(() -> {
                stage.setScene(scene);
                stage.show();
            });
            ListView<ClientSummary> list = clientList(robot);
            waitUntil("the client list to show the marker's client", () -> !list.getItems().isEmpty());
            robot.interact(() -> list.getSelectionModel().select(0));
            waitUntil("the client's brief", () -> robot.lookup("#brief-headline").tryQuery()
                    .map(headline -> ((javafx.scene.control.Label) headline).getText().contains(MARKER)).orElse(false));

            logACall(robot, "Talked with " + MARKER + " about the divorce");
            waitUntil("the log form to close after saving", () -> robot.lookup("#log-summary").tryQuery().isEmpty());

            logACall(robot, "Talked with " + MARKER + " about the divorce");
            Path errors = location.dataFile().getParent().resolve("logs").resolve("errors.0.log");
            waitUntil("the window's error log to record the refused save", () -> Files.exists(errors)
                    && Files.readString(errors).contains("23505"));
            assertThat(Files.readString(errors)).contains("window").doesNotContain(MARKER);
            FxTestSupport.hideEveryWindowBut(stage);

            robot.interact(() -> MainWindowAccess.menuItem(scene, "back-up-now").fire());
            Path backups = location.dataFile().getParent().resolve("backups");
            waitUntil("the backup", () -> Files.isDirectory(backups) && Files.list(backups).anyMatch(file -> file.toString().endsWith(".zip")));
        } finally {
            FxTestSupport.hideEveryWindowBut(stage);
            services.close();
        }
    }

    private static void logACall(FxRobot robot, String summary) {
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        waitUntil("the log form", () -> robot.lookup("#log-summary").tryQuery().isPresent());
        robot.write(summary);
        robot.push(SAVE);
    }
}
