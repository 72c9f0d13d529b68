package app.rapport.ui;

import app.rapport.service.EditConflictException;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's undo says so when another desk changed the record since, and leaves their change. */
class UndoManagerTest {
    @Test
    void anUndoThatMeetsAnotherDesksNewerChangeSaysWhoAndWhenAndThatTheirChangeStays() {
        UndoManager undo = new UndoManager(new CurrentThreadTaskExecutor());
        List<String> said = new ArrayList<>();
        List<String> afterUndo = new ArrayList<>();
        undo.done("Marked \u201cWants a trial\u201d won", () -> {
            throw new EditConflictException("\u201cWants a trial\u201d", "Ana", Instant.parse("2026-05-14T10:42:00Z"), "at 10:42", List.of());
        }, () -> afterUndo.add("refreshed"));

        undo.undo(said::add);

        assertThat(said).containsExactly("Not undone: Ana changed \u201cWants a trial\u201d at 10:42 since, and their change stays.");
        assertThat(afterUndo).isEmpty();
        assertThat(undo.latestProperty().get()).as("the history moved on: undo does not try it again").isNull();
    }
}
