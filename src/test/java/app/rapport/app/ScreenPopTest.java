package app.rapport.app;

import app.rapport.cli.RapportCommand;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.PhoneNumbers;
import app.rapport.service.RapportServices;
import app.rapport.service.window.WindowChannel;
import app.rapport.store.StoreLocation;
import app.rapport.ui.FxTestSupport;
import app.rapport.ui.MainWindow;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone rings: `rapport pop NUMBER`, run beside the open window (as a softphone or the
 * phone system runs it), brings up the caller in that window; and the commands a scheduled job
 * runs while the window holds the store are done by the window. (The issue asks for the brief
 * within a second; like every window test, these wait with FxTestSupport's patience rather than
 * time the shared build machine: the README gives the figure measured by hand.)
 */
@ExtendWith(ApplicationExtension.class)
class ScreenPopTest {
    @TempDir
    Path folder;

    private StoreLocation location;
    private RapportServices services;
    private WindowCommands commands;
    private Stage stage;
    private Client maria;
    private Client anna;
    private Client ben;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        location = FxTestSupport.newStoreLocation(folder);
        services = RapportServices.open(location);
        services.contacts().changePhoneFormat("GB", PhoneNumbers.Style.NATIONAL);
        maria = services.clients().save(ClientBuilder.person("Maria", "Okafor").phone("mobile", "+44 20 7946 0018").build());
        anna = services.clients().save(ClientBuilder.person("Anna", "Berg").phone("home", "01632 960123").build());
        ben = services.clients().save(ClientBuilder.person("Ben", "Berg").phone("home", "+44 1632 960123").build());
        Scene scene = MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool());
        stage.setScene(scene);
        stage.show();
        commands = new WindowCommands(new PrintWriter(new StringWriter()));
        commands.start((MainWindow) scene.getRoot(), List.of());
    }

    @AfterEach
    void close() {
        FxTestSupport.hideEveryWindowBut(stage);
        commands.close();
        services.close();
    }

    @Test
    void rapportPopInAnotherProcessBringsUpTheCallersBriefInTheOpenWindow(FxRobot robot) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process pop = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", location.toString(), "pop", "+44 (0)20 7946 0018").redirectErrorStream(true).start();
        assertThat(pop.waitFor(120, TimeUnit.SECONDS)).as("rapport pop finished").isTrue();
        String printed = new String(pop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(pop.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Call from +44 20 7946 0018: Maria Okafor");
        waitUntil("Maria Okafor's brief", () -> briefNames(robot, "Maria Okafor"));
        assertThat(robot.lookup("#call-message").queryAs(Label.class).getText()).startsWith("Call from Maria Okafor, +44 20 7946 0018");
        assertThat(robot.lookup("#call-log").queryButton().isVisible()).isTrue();
    }

    @Test
    void thePopIsAPendingCallOnTheTimelineThatLogThisCallCompletes(FxRobot robot) {
        CommandRun run = CommandRun.of("--db", location.toString(), "pop", "020 7946 0018");
        assertThat(run.code()).as(run.err()).isZero();
        waitUntil("Maria Okafor's brief", () -> briefNames(robot, "Maria Okafor"));

        assertThat(services.calls().pendingCalls(maria.id())).as("kept from the ring").hasSize(1);
        java.util.UUID pendingId = services.calls().pendingCalls(maria.id()).get(0).id();
        assertThat(services.touchpoints().timeline(maria.id(), Set.of(), Set.of())).as("but no touchpoint while the call goes on").isEmpty();
        robot.clickOn(robot.lookup(".tab").match(tab -> tab.lookup(".tab-label") instanceof Labeled label
                && "Timeline".equals(label.getText())).<Node>query());
        waitUntil("the timeline to show the call coming in", () -> robot.lookup(".pending-call-text").tryQueryAs(Label.class)
                .map(label -> label.getText().startsWith("Call coming in at ") && label.getText().endsWith("\u2014 not finished"))
                .orElse(false));

        robot.clickOn("#call-log");
        waitUntil("the log form, its cursor in the summary", () -> robot.lookup("#log-summary").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#log-summary").query().getScene().getWindow());
        robot.write("Asked about Friday");
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));

        waitUntil("the call to leave the pending calls", () -> robot.lookup(".pending-call-text").tryQuery().isEmpty());
        assertThat(services.calls().pendingCalls(maria.id())).isEmpty();
        assertThat(services.touchpoints().timeline(maria.id(), Set.of(), Set.of())).as("the same call, logged once").singleElement()
                .satisfies(entry -> {
                    assertThat(entry.sourceId()).isEqualTo(pendingId);
                    assertThat(entry.detail()).contains("Asked about Friday");
                });
    }

    @Test
    void aNumberInNationalFormatFindsItsClientThroughTheWindowsOwnDoor(FxRobot robot) {
        // the command line finds the window through the file beside the store, as the window wrote it
        assertThat(WindowChannel.fileFor(location)).isEqualTo(services.windowChannelFile()).exists();

        CommandRun run = CommandRun.of("--db", location.toString(), "pop", "020 7946 0018");

        assertThat(run.code()).as(run.err()).isZero();
        waitUntil("Maria Okafor's brief", () -> briefNames(robot, "Maria Okafor"));
    }

    @Test
    void anUnknownNumberOffersANewClientOrALogOfTheCall(FxRobot robot) {
        CommandRun run = CommandRun.of("--db", location.toString(), "pop", "rapport://call?number=%2B441632960999");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("no client has this number");
        waitUntil("the call bar to offer a new client", () -> robot.lookup("#call-new-client").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#call-message").queryAs(Label.class).getText()).contains("+44 1632 960999");
        assertThat(robot.lookup("#call-log").queryButton().getText()).isEqualTo("Log the call\u2026");
        assertThat(robot.lookup("#call-new-client").queryButton().getText()).isEqualTo("New client with this number\u2026");
    }

    @Test
    void aNumberSharedBySeveralClientsListsThemAndTheOneChosenGetsTheBrief(FxRobot robot) {
        CommandRun run = CommandRun.of("--db", location.toString(), "pop", "01632 960123");

        assertThat(run.code()).as(run.err()).isZero();
        waitUntil("both Bergs in the call bar", () -> robot.lookup("#call-client").queryAll().size() == 2);
        assertThat(robot.lookup("#call-client").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("Anna Berg", "Ben Berg");
        Button benButton = robot.lookup("#call-client").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Ben Berg")).findFirst().orElseThrow();
        robot.clickOn(benButton);
        waitUntil("Ben Berg's brief", () -> briefNames(robot, "Ben Berg"));
    }

    @Test
    void aBackupExportAndLogFromTheCommandLineAreDoneByTheWindowWhileRestoreWaitsForItToClose() throws IOException {
        Path backup = folder.resolve("nightly.zip");
        Path export = folder.resolve("clients.csv");

        CommandRun backedUp = CommandRun.of("--db", location.toString(), "backup", backup.toString());
        CommandRun exported = CommandRun.of("--db", location.toString(), "export", export.toString());
        CommandRun logged = CommandRun.of("--db", location.toString(), "log", "Maria Okafor", "--channel", "call",
                "--summary", "Booked her in for Friday", "--as", "Night desk");
        CommandRun restored = CommandRun.of("--db", location.toString(), "restore", backup.toString());

        assertThat(backedUp.code()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up 3 clients to " + backup).contains("verified");
        assertThat(backup).isRegularFile();
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readString(export)).contains("Maria", "Okafor", "Berg");
        assertThat(logged.code()).as(logged.err()).isZero();
        assertThat(logged.out()).startsWith("Logged call with Maria Okafor");
        assertThat(services.touchpoints().timelinePage(maria.id(), Set.of(), Set.of(), 10).entries())
                .anySatisfy(entry -> assertThat(entry.title() + " " + entry.detail()).contains("Booked her in for Friday"));
        assertThat(services.workingAs()).as("the desk's own author after a log --as").isEqualTo("me");
        assertThat(restored.code()).isEqualTo(1);
        assertThat(restored.err()).contains("close the Rapport window first");
    }

    private static boolean briefNames(FxRobot robot, String name) {
        return robot.lookup("#brief-headline").tryQueryAs(Label.class).map(label -> label.getText().contains(name)).orElse(false);
    }

    /** One run of the command line in this process, through the same door a separate `rapport` would use. */
    private record CommandRun(int code, String out, String err) {
        static CommandRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = RapportCommand.run(args, Map.of(), location -> {
                throw new AssertionError("the command line opened a window of its own instead of using the open one");
            }, new PrintWriter(out), new PrintWriter(err));
            return new CommandRun(code, out.toString(), err.toString());
        }
    }
}
