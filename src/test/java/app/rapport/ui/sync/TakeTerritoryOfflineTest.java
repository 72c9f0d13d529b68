package app.rapport.ui.sync;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.LaptopService;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import app.rapport.ui.ClosedAfterEach;
import app.rapport.ui.FxTestSupport;
import app.rapport.ui.TestPreferences;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Take the team book offline… with a saved segment ("my territory", issue 19): a name the
 * book has not saved is refused with the saved ones offered in the choice, picking one copies its
 * clients, and the corner says how many of the book's the laptop holds. Needs the PostgreSQL test
 * server (the team's book).
 */
@Tag("postgresql")
@ExtendWith(ApplicationExtension.class)
class TakeTerritoryOfflineTest {
    @TempDir
    Path folder;

    private final TaskExecutor background = FxTaskExecutor.daemonPool();
    @RegisterExtension
    final ClosedAfterEach opened = new ClosedAfterEach();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 700, 200));
        stage.show();
    }

    @Test
    void aSavedSegmentChosenInTheDialogIsWhatTheLaptopHoldsAndTheCornerSaysHowMany(FxRobot robot) {
        StoreLocation server = TestStores.emptyServerDatabase();
        RapportServices office = opened.keep(RapportServices.open(server));
        office.demoData().load(DemoBusiness.SALON, 6, 5, Progress.NONE);
        for (Client client : List.of(first(office, 0), first(office, 3))) {
            office.clients().save(ClientBuilder.from(client).tags("north").build());
        }
        office.segments().save(new Segment(null, "North", SegmentCriteria.EVERYONE.withTags(Set.of("north")), null, null));
        char[] password = server.server().password() == null ? new char[0] : server.server().password().clone();
        RapportServices laptop = opened.keep(FxTestSupport.openStore(folder));
        AtomicReference<RapportServices.Replaced> replaced = new AtomicReference<>();
        TakeOfflineAction action = new TakeOfflineAction(() -> laptop, background, () -> stage, TestPreferences.fresh(), replaced::set,
                "Ana's laptop");

        robot.interact(() -> action.item().fire());
        waitUntil("the dialog to ask for the server", () -> robot.lookup("#take-offline-segment").tryQuery().isPresent());
        ComboBox<?> part = robot.lookup("#take-offline-segment").queryAs(ComboBox.class);
        assertThat(part.getEditor().getText()).as("the whole book unless a segment is chosen").isEqualTo("Whole book");
        robot.interact(() -> {
            robot.lookup("#team-server-location").queryAs(TextField.class).setText(server.toString());
            robot.lookup("#team-server-password").queryAs(PasswordField.class).setText(new String(password));
        });
        type(robot, part, "South");
        robot.clickOn(robot.lookup(LabeledMatchers.hasText("Copy the book")).queryAs(Button.class));

        Label message = robot.lookup("#team-server-message").queryAs(Label.class);
        waitUntil("the dialog to say there is no such segment", () -> message.getText().contains("no saved segment called"));
        assertThat(message.getText()).contains("\u201cSouth\u201d").contains("Its saved segments: ").contains(", North,");
        assertThat(part.getItems()).as("the saved segments to choose from").extracting(Object::toString).startsWith("Whole book").contains("North");
        assertThat(part.getEditor().getText()).as("what was typed stays, so Try again does not copy the whole book").isEqualTo("South");
        assertThat(laptop.laptops().link()).as("nothing was linked").isEmpty();

        type(robot, part, "North");
        robot.interact(() -> robot.lookup("#team-server-password").queryAs(PasswordField.class).setText(new String(password)));
        robot.clickOn(robot.lookup(LabeledMatchers.hasText("Try again")).queryAs(Button.class));

        waitUntil("the territory to be copied", () -> replaced.get() != null);
        assertThat(replaced.get().summary()).startsWith("Copied the 2 clients of \u201cNorth\u201d");
        assertThat(laptop.laptops().territory()).get().extracting(LaptopService.Territory::segment, LaptopService.Territory::held,
                LaptopService.Territory::bookClients).containsExactly("North", 2, 6);

        LaptopSyncStatus status = new LaptopSyncStatus(laptop.laptops(), laptop.changes(), background, laptop.clock(),
                new LaptopSyncStatus.Actions() {
                    @Override
                    public void showConflicts() {
                    }

                    @Override
                    public void askPassword(Consumer<char[]> typed) {
                        typed.accept(password.clone());
                    }
                });
        opened.keep(status);
        robot.interact(() -> {
            stage.getScene().setRoot(new StackPane(status.node()));
            status.start();
        });
        waitUntil("the corner to name the territory", () -> status.text().startsWith("My territory: 2 of 6 clients \u00b7 "));
    }

    /** Types {@code text} over what the choice's field holds, as a person would. */
    private static void type(FxRobot robot, ComboBox<?> part, String text) {
        robot.clickOn(part.getEditor());
        robot.interact(part.getEditor()::selectAll);
        robot.write(text);
    }

    private static Client first(RapportServices services, int index) {
        return services.clients().profile(services.clients().firstPage(6).clients().get(index).id()).orElseThrow().client();
    }

}
