package app.rapport.ui.team;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import app.rapport.ui.ClosedAfterEach;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.touchpoint.LogTouchpointDialog;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desks on one team server (issue 18): while Ana has a client open in the log-touchpoint
 * dialog, Bo's window showing that client says "Ana is on a call with this client", over the
 * client and in Bo's own log dialog for them, and both lines go once Ana cancels or saves.
 */
@Tag("postgresql")
@ExtendWith(ApplicationExtension.class)
class OnACallWindowTest {
    @TempDir
    Path folder;

    private final TaskExecutor background = FxTaskExecutor.daemonPool();
    @RegisterExtension
    final ClosedAfterEach opened = new ClosedAfterEach();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void hideTheDialogs() {
        hideEveryWindowBut(stage);
    }

    @Test
    void anotherDeskShowingTheClientSeesWhoIsOnACallWithThemUntilTheDialogCloses(FxRobot robot) {
        StoreLocation book = TestStores.location(folder, "book");
        RapportServices ana = opened.keep(RapportServices.open(book, Clock.systemUTC()));
        RapportServices bo = opened.keep(RapportServices.open(book, Clock.systemUTC()));
        ana.workAs("Ana");
        bo.workAs("Bo");
        Client ada = ana.clients().save(ClientBuilder.person("Ada", "Byron").build());
        ana.clients().save(ClientBuilder.person("Eve", "Moss").build());
        ClientSummary adaAtAna = ana.clients().search("Ada Byron", 1).clients().get(0);

        robot.interact(() -> {
            stage.setScene(MainWindowAccess.scene(bo, background));
            stage.show();
        });
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("Bo's list to show both clients", () -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(client -> client.id().equals(ada.id())).findFirst().orElseThrow()));
        waitUntil("Bo's window to show Ada", () -> robot.lookup("#header-name").queryAs(Label.class).getText().equals("Ada Byron"));
        assertThat(robot.lookup("#presence-banner").queryAs(Label.class).isVisible()).as("nobody is on a call with Ada yet").isFalse();

        AtomicReference<LogTouchpointDialog> anaDialog = new AtomicReference<>();
        robot.interact(() -> anaDialog.set(LogTouchpointDialog.open(null, ana, background, adaAtAna, saved -> { })));
        waitUntil("Bo's window to say Ana is on a call with Ada", () -> shows(robot.lookup("#presence-banner").queryAs(Label.class)));

        ClientSummary adaAtBo = list.getSelectionModel().getSelectedItem();
        AtomicReference<LogTouchpointDialog> boDialog = new AtomicReference<>();
        robot.interact(() -> boDialog.set(LogTouchpointDialog.open(stage, bo, background, adaAtBo, saved -> { })));
        waitUntil("Bo's log dialog for Ada to say Ana is on a call with her", () -> shows(presenceIn(boDialog.get())));
        waitUntil("Ana's dialog to say Bo is on a call with Ada too", () -> presenceIn(anaDialog.get()).isVisible()
                && presenceIn(anaDialog.get()).getText().startsWith("Bo is on a call with this client"));

        robot.interact(() -> anaDialog.get().close()); // Ana cancels
        waitUntil("the line to leave Bo's window once Ana cancelled", () -> !robot.lookup("#presence-banner").queryAs(Label.class).isVisible());
        waitUntil("the line to leave Bo's dialog once Ana cancelled", () -> !presenceIn(boDialog.get()).isVisible());

        robot.interact(() -> boDialog.get().close());
        robot.interact(() -> anaDialog.set(LogTouchpointDialog.open(null, ana, background, adaAtAna, saved -> { })));
        waitUntil("Bo's window to say Ana is on a call with Ada again", () -> shows(robot.lookup("#presence-banner").queryAs(Label.class)));
        robot.interact(() -> {
            ((TextArea) anaDialog.get().getDialogPane().lookup("#log-summary")).setText("Booked her next colour");
            ((Button) anaDialog.get().getDialogPane().lookup("#log-save")).fire();
        });
        waitUntil("Ana's dialog to close once the touchpoint is saved", () -> !anaDialog.get().isShowing());
        waitUntil("the line to leave Bo's window once Ana saved", () -> !robot.lookup("#presence-banner").queryAs(Label.class).isVisible());
        assertThat(bo.briefs().input(ada.id()).orElseThrow().touchpoints()).as("Ana's call is in the book Bo reads").hasSize(1);
    }

    private static boolean shows(Label line) {
        return line.isVisible() && line.getText().startsWith("Ana is on a call with this client (since ");
    }

    private static Label presenceIn(LogTouchpointDialog dialog) {
        Node line = dialog.getDialogPane().lookup("#log-presence");
        assertThat(line).as("the log dialog has a line for who else is on a call").isNotNull();
        return (Label) line;
    }

}
