package app.rapport.ui;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.RapportVersion;
import app.rapport.ui.help.Shortcuts;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.TabPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.ArrayList;
import java.util.List;

import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Help menu: the keys in the app (F1), a first walk through it, and where the data is. */
@ExtendWith(ApplicationExtension.class)
class HelpTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 20, 3, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void f1ShowsEveryShortcutOfTheReadme(FxRobot robot) throws Exception {
        waitUntil("the window to open", () -> robot.lookup("#client-search").tryQuery().isPresent());

        robot.push(KeyCode.F1);

        waitUntil("F1 to show the keyboard shortcuts", () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        List<String> keys = robot.lookup(".shortcut-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
        List<String> does = robot.lookup(".shortcut-does").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(keys).contains("Ctrl+L", "F5", "F1", "Ctrl+Shift+D").hasSize(readmeShortcutRows().size());
        assertThat(does).noneMatch(text -> text.contains("**"));
    }

    @Test
    void theAppsShortcutsAreTheReadmesTable() throws Exception {
        assertThat(Shortcuts.tableRows()).isEqualTo(readmeShortcutRows());
    }

    @Test
    void aboutNamesTheVersionAndTheDataFolder(FxRobot robot) throws Exception {
        waitUntil("the window to open", () -> robot.lookup("#client-search").tryQuery().isPresent());

        robot.clickOn("Help").clickOn("About Rapport");

        waitUntil("About to open", () -> robot.lookup("#about-data-folder").tryQuery().isPresent());
        assertThat(robot.lookup("#about-version").queryAs(TextField.class).getText()).isEqualTo(RapportVersion.current());
        assertThat(robot.lookup("#about-data-folder").queryAs(TextField.class).getText())
                .isEqualTo(services.storeFile().toAbsolutePath().getParent().toString());
    }

    @Test
    void gettingStartedWalksToToday(FxRobot robot) throws Exception {
        waitUntil("the window to open", () -> robot.lookup("#client-search").tryQuery().isPresent());
        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        assertThat(sections.getSelectionModel().getSelectedItem().getId()).isEqualTo("section-clients");

        robot.clickOn("Help").clickOn("Getting started");
        waitUntil("Getting started to open", () -> robot.lookup("#start-today").tryQuery().isPresent());
        robot.clickOn("#start-today");

        waitUntil("Show Today to switch to Today", () -> "section-today".equals(sections.getSelectionModel().getSelectedItem().getId()));
        assertThat(robot.lookup("#start-today").tryQuery()).as("the guide closes").isEmpty();
    }

    private static List<String> readmeShortcutRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf("| keys | what they do |");
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("| ")) {
                break;
            }
            rows.add(line);
        }
        return rows;
    }
}
