package app.rapport.ui.today;

import app.rapport.domain.Address;
import app.rapport.domain.Client;
import app.rapport.domain.today.TodayItem;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.domain.ClientBuilder.person;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Today's rows say who is who, and call, text or email the client from the row. */
@ExtendWith(ApplicationExtension.class)
class TodayReachTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private TodayView view;
    private final AtomicReference<String> reported = new AtomicReference<>();
    private final AtomicReference<String> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        LocalDate today = LocalDate.now(services.clock());
        Client leeds = services.clients().save(person("Maria", "Okafor").phone("mobile", "07700 900123")
                .email("home", "maria@example.com").address(new Address(null, null, "Leeds", null, null)).build());
        Client york = services.clients().save(person("Maria", "Okafor").phone("mobile", "07700 900456")
                .address(new Address(null, null, "York", null, null)).build());
        services.followUps().create(leeds.id(), today, "Confirm the colour appointment");
        services.followUps().create(york.id(), today, "Send the aftercare notes");
        view = new TodayView(new TodayViewModel(services.today(), FxTaskExecutor.daemonPool()), services.clock(), id -> { }, item -> { });
        stage.setScene(new Scene(view, 1100, 500));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void twoClientsOfOneNameAreToldApartByPhoneAndTown(FxRobot robot) throws Exception {
        TableView<TodayItem> queue = robot.lookup("#today-queue").queryTableView();
        waitUntil("both Maria Okafors to be in the queue", () -> queue.getItems().size() == 2);

        List<String> beside = robot.lookup(".today-reach").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).filter(text -> !text.isEmpty()).sorted().toList();
        assertThat(beside).containsExactly("07700 900123 \u00b7 Leeds", "07700 900456 \u00b7 York");
    }

    @Test
    void aRowsCallButtonHandsTheNumberToThePhoneAppAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> view.setOnReach((way, who, address) -> {
            opened.set(way + " " + address);
            return null;
        }, reported::set));
        TableView<TodayItem> queue = robot.lookup("#today-queue").queryTableView();
        waitUntil("both Maria Okafors to be in the queue", () -> queue.getItems().size() == 2);
        int leeds = queue.getItems().get(0).reach().town().equals("Leeds") ? 0 : 1;

        robot.clickOn(robot.lookup("#today-call").nth(leeds).queryButton());

        waitUntil("the status to say whom it is calling", () -> reported.get() != null);
        assertThat(opened.get()).isEqualTo("CALL 07700 900123");
        assertThat(reported.get()).isEqualTo("Calling Maria Okafor on 07700 900123");
    }

    @Test
    void withoutAnAppForItTheRowSaysWhatToDoInstead(FxRobot robot) throws Exception {
        robot.interact(() -> view.setOnReach(TodayViewModel.Links.DESKTOP, reported::set));
        TableView<TodayItem> queue = robot.lookup("#today-queue").queryTableView();
        waitUntil("both Maria Okafors to be in the queue", () -> queue.getItems().size() == 2);
        int york = queue.getItems().get(0).reach().town().equals("York") ? 0 : 1;

        assertThat(robot.lookup("#today-mail").nth(york).queryButton().isDisabled()).as("York's Maria has no email").isTrue();
        robot.clickOn(robot.lookup("#today-text").nth(york).queryButton());

        waitUntil("the status to say there is no app for text messages", () -> reported.get() != null);
        assertThat(reported.get()).isEqualTo("This computer has no app for text messages: text Maria Okafor on 07700 900456 from your phone.");
    }
}
