package app.rapport.ui.notes;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.Note;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.UndoManager;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.styledScene;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Writing, pinning, deleting and undoing notes as someone at the front desk would. */
@ExtendWith(ApplicationExtension.class)
class NotesViewTest {
    @TempDir
    static Path folder;

    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private RapportServices services;
    private UndoManager undo;
    private UUID clientId;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 30, 5, Progress.NONE);
        // A client none of whose notes is pinned, so a note pinned here goes to the very top.
        clientId = services.clients().search("", 30).clients().stream().map(ClientSummary::id)
                .filter(id -> services.notes().forClient(id).stream().noneMatch(Note::pinned))
                .findFirst().orElseThrow();
        TaskExecutor background = FxTaskExecutor.daemonPool();
        undo = new UndoManager(background);
        NotesView view = new NotesView(services.notes(), background, undo, statuses::add, services.clock());
        view.setClientNames(id -> id.equals(clientId) ? "Ada Lovelace" : null);
        stage.setScene(styledScene(view, 720, 760));
        stage.show();
        view.setClient(clientId);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNoteWrittenWithTheKeyboardAppearsInTheList(FxRobot robot) throws Exception {
        ListView<Note> list = shownNotes(robot);

        robot.clickOn("#note-draft");
        ctrlEnter(robot);
        Label problem = robot.lookup("#note-draft-problem").queryAs(Label.class);
        waitUntil("the draft to say a blank note is not saved", problem::isVisible);
        assertThat(problem.getText()).isEqualTo(NotesViewModel.BLANK_NOTE);

        robot.write("Prefers calls after 5pm, never on Mondays");
        assertThat(problem.isVisible()).isFalse();
        ctrlEnter(robot);

        waitUntil("the new note to head the list", () -> !list.getItems().isEmpty() && list.getItems().get(0).body().equals("Prefers calls after 5pm, never on Mondays"));
        assertThat(robot.lookup("#note-draft").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(statuses).contains("Note saved for Ada Lovelace");
        assertThat(services.notes().forClient(clientId)).extracting(Note::body).contains("Prefers calls after 5pm, never on Mondays");
    }

    @Test
    void pinningAnOlderNoteMovesItToTheTop(FxRobot robot) throws Exception {
        Note older = services.notes().add(clientId, "Allergic to lavender oil", false);
        services.notes().add(clientId, "Asked about the autumn colour range", false);
        ListView<Note> list = shownNotes(robot);
        assertThat(list.getItems()).extracting(Note::id).contains(older.id()).first().isNotEqualTo(older.id());

        robot.clickOn(inCellOf(robot, older, ".note-pin"));

        waitUntil("the pinned note to move to the top", () -> list.getItems().get(0).id().equals(older.id()) && list.getItems().get(0).pinned());
        assertThat(statuses).contains("Note pinned for Ada Lovelace");
        assertThat(services.notes().forClient(clientId).get(0).id()).isEqualTo(older.id());
    }

    @Test
    void aDeletedNoteComesBackWithUndo(FxRobot robot) throws Exception {
        Note note = services.notes().add(clientId, "Daughter's wedding in June \u2014 ask how it went", false);
        ListView<Note> list = shownNotes(robot);
        int before = list.getItems().size();

        robot.clickOn(inCellOf(robot, note, ".note-delete"));

        waitUntil("the deleted note to leave the list", () -> list.getItems().size() == before - 1);
        assertThat(list.getItems()).extracting(Note::id).doesNotContain(note.id());
        assertThat(statuses).contains("Note deleted for Ada Lovelace \u2014 Ctrl+Z to undo");
        assertThat(undo.latestProperty().get().description()).isEqualTo("Note deleted for Ada Lovelace");

        robot.interact(() -> undo.undo(statuses::add));

        waitUntil("Undo to bring the deleted note back", () -> list.getItems().stream().anyMatch(n -> n.id().equals(note.id())));
        assertThat(list.getItems()).hasSize(before);
        waitUntil("the status line to say the delete was undone", () -> statuses.contains("Undone: Note deleted for Ada Lovelace"));
    }

    @Test
    void aNoteIsEditedInPlaceEscCancelsAndCtrlEnterSaves(FxRobot robot) throws Exception {
        Note note = services.notes().add(clientId, "Likes the window seat", false);
        ListView<Note> list = shownNotes(robot);

        robot.clickOn(inCellOf(robot, note, ".note-edit"));
        waitUntil("the note's editor to open with the cursor in it", () -> robot.lookup(".note-editor").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(" by the plants");
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc to close the note's editor", () -> robot.lookup(".note-editor").tryQuery().isEmpty());
        assertThat(services.notes().forClient(clientId)).extracting(Note::body).contains("Likes the window seat");

        robot.clickOn(inCellOf(robot, note, ".note-edit"));
        waitUntil("the note's editor to open with the cursor in it", () -> robot.lookup(".note-editor").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(" by the plants");
        ctrlEnter(robot);

        waitUntil("the list to show the edited note", () -> list.getItems().stream().anyMatch(n -> n.id().equals(note.id()) && n.body().equals("Likes the window seat by the plants")));
        assertThat(statuses).contains("Note saved for Ada Lovelace");
        assertThat(services.notes().forClient(clientId)).extracting(Note::body).contains("Likes the window seat by the plants");
    }

    @Test
    void aHundredThousandCharacterNoteIsShownShortUntilAskedFor(FxRobot robot) throws Exception {
        ListView<Note> list = shownNotes(robot);
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; text.length() < 100_000; sentence++) {
            text.append("Sentence ").append(sentence).append(" of a very long account of the renovation. ");
        }
        String body = text.substring(0, 100_000).strip() + ".";

        robot.interact(() -> robot.lookup("#note-draft").queryAs(TextArea.class).setText(body));
        robot.clickOn("#note-draft");
        ctrlEnter(robot);

        waitUntil("the 100,000-character note to head the list", () -> !list.getItems().isEmpty() && list.getItems().get(0).body().length() == body.length());
        Note big = list.getItems().get(0);
        waitUntil("a cell to show the long note", () -> cellOf(robot, big).isPresent());
        Label shown = robot.from(cellOf(robot, big).orElseThrow()).lookup(".note-body").queryAs(Label.class);
        assertThat(shown.getText().length()).isLessThanOrEqualTo(NotesViewModel.PREVIEW_CHARS + 1);
        Hyperlink showAll = robot.from(cellOf(robot, big).orElseThrow()).lookup(".note-show-all").queryAs(Hyperlink.class);
        assertThat(showAll.isVisible()).isTrue();
        assertThat(showAll.getText()).startsWith("Show all");
        assertThat(roundTripMillis(robot)).isLessThan(500);

        robot.clickOn(showAll);

        // Opened, so long a note is read in a box that scrolls by itself.
        waitUntil("Show all to open the long note in a reader", () -> robot.from(cellOf(robot, big).orElseThrow()).lookup(".note-reader").queryAs(TextArea.class).isVisible());
        assertThat(robot.from(cellOf(robot, big).orElseThrow()).lookup(".note-reader").queryAs(TextArea.class).getText()).isEqualTo(body);
        assertThat(roundTripMillis(robot)).isLessThan(1_000);
        robot.clickOn("#note-draft").write("Still typing");
        assertThat(robot.lookup("#note-draft").queryAs(TextArea.class).getText()).isEqualTo("Still typing");
    }

    /** The list, once it shows what the store holds for the client. */
    private ListView<Note> shownNotes(FxRobot robot) throws Exception {
        ListView<Note> list = robot.lookup("#notes-list").queryListView();
        List<Note> stored = services.notes().forClient(clientId);
        robot.interact(() -> ((NotesView) list.getParent()).refresh());
        waitUntil("the list to show the client's notes", () -> list.getItems().equals(stored));
        return list;
    }

    private static Optional<Node> cellOf(FxRobot robot, Note note) {
        return robot.lookup(".note-cell").queryAll().stream()
                .filter(node -> node instanceof NoteCell cell && cell.getItem() != null && cell.getItem().id().equals(note.id()))
                .findFirst();
    }

    private static Node inCellOf(FxRobot robot, Note note, String query) throws Exception {
        waitUntil("a cell to show the note", () -> cellOf(robot, note).isPresent());
        return robot.from(cellOf(robot, note).orElseThrow()).lookup(query).query();
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    /** How long the FX thread takes to run a trivial task: a busy thread makes the window freeze. */
    private static long roundTripMillis(FxRobot robot) throws Exception {
        long started = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> { }).get(10, TimeUnit.SECONDS);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
