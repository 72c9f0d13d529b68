package app.rapport.ui.sync;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import app.rapport.ui.ClosedAfterEach;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field laptop's window (issue 19): the corner says how the sync stands, signing in starts a
 * round, and a field both the office and the laptop changed is in the Conflicts list with both
 * values, where one click takes the other. Needs the PostgreSQL test server (the team's book).
 */
@Tag("postgresql")
@ExtendWith(ApplicationExtension.class)
class LaptopSyncWindowTest {
    @TempDir
    Path folder;

    private final TaskExecutor background = FxTaskExecutor.daemonPool();
    @RegisterExtension
    final ClosedAfterEach opened = new ClosedAfterEach();
    private final AtomicReference<ConflictsDialog> conflictsDialog = new AtomicReference<>();
    private final AtomicReference<UUID> openedClient = new AtomicReference<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 200));
        stage.show();
    }

    @Test
    void theCornerSaysTheSyncAndBothValuesOfAFieldEditedInTheOfficeAndOnTheLaptopCanBeChosen(FxRobot robot) {
        StoreLocation server = TestStores.emptyServerDatabase();
        RapportServices office = opened.keep(RapportServices.open(server));
        office.demoData().load(DemoBusiness.SALON, 6, 5, Progress.NONE);
        char[] password = server.server().password() == null ? new char[0] : server.server().password().clone();
        RapportServices laptop = opened.keep(RapportServices.linkNewLaptopStore(folder.resolve("laptop"), server.toString(), null,
                password.clone(), "Ana's laptop"));
        UUID someone = laptop.clients().firstPage(1).clients().get(0).id();
        Client onLaptop = laptop.clients().profile(someone).orElseThrow().client();
        office.workAs("Office");
        Client inOffice = office.clients().profile(onLaptop.id()).orElseThrow().client();
        office.clients().save(ClientBuilder.from(inOffice).companyName("Leeds Hair Co").build());
        laptop.workAs("Ana");
        laptop.clients().save(ClientBuilder.from(onLaptop).companyName("York Hair Co").build());

        LaptopSyncStatus status = new LaptopSyncStatus(laptop.laptops(), laptop.changes(), background, laptop.clock(),
                new LaptopSyncStatus.Actions() {
                    @Override
                    public void showConflicts() {
                        conflictsDialog.set(ConflictsDialog.open(stage, laptop.laptops(), laptop.clients(), background,
                                laptop.clock().getZone(), openedClient::set, message -> { }));
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
        robot.clickOn("#sync-status").clickOn("#sync-sign-in");

        waitUntil("the corner to say the laptop is up to date, with one conflict",
                () -> status.text().startsWith("Up to date") && status.text().endsWith("1 conflict"));
        assertThat(status.text()).contains("just now");
        assertThat(office.clients().profile(onLaptop.id()).orElseThrow().client().companyName())
                .as("the newer edit (the laptop's) reached the office").isEqualTo("York Hair Co");

        robot.clickOn("#sync-status").clickOn("#sync-conflicts");
        waitUntil("the Conflicts list to show the field", () -> conflictsDialog.get() != null
                && conflictsDialog.get().table.getItems().size() == 1);
        ConflictsDialog.Row row = conflictsDialog.get().table.getItems().get(0);
        assertThat(row.conflict().field()).isEqualTo("company_name");
        assertThat(row.conflict().keptValue()).contains("York Hair Co");
        assertThat(row.conflict().keptBy()).isEqualTo("Ana");
        assertThat(row.conflict().otherValue()).contains("Leeds Hair Co");
        assertThat(row.conflict().otherBy()).isEqualTo("Office");

        robot.clickOn((Button) robot.lookup("#take-other-" + row.conflict().id()).query());
        waitUntil("the conflict to leave the list", () -> conflictsDialog.get().table.getItems().isEmpty());
        assertThat(conflictsDialog.get().message.getText()).startsWith("Took Office's value for Company name of ");
        assertThat(laptop.clients().profile(onLaptop.id()).orElseThrow().client().companyName()).isEqualTo("Leeds Hair Co");
        assertThat(laptop.laptops().conflicts()).isEmpty();
        robot.interact(conflictsDialog.get()::close);
    }

}
