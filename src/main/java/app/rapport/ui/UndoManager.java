package app.rapport.ui;

import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The undo history of the window: each destructive action leaves a way back. Undo runs the
 * action's inverse in the background and reports what it did through the callback. The history
 * is this window's (this desk's) alone; an inverse that finds the record changed by someone else
 * since raises an EditConflictException, and undo says so instead of overwriting.
 */
public final class UndoManager {
    private static final int KEPT = 50;

    private final TaskExecutor background;
    private final Deque<Undoable> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Undoable> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    public UndoManager(TaskExecutor background) {
        this.background = background;
    }

    /** Something the user just did, described as a status line ("Note deleted"), with its inverse. */
    public record Undoable(String description, Runnable inverse, Runnable afterUndo) {
        public Undoable {
            Objects.requireNonNull(description);
            Objects.requireNonNull(inverse);
            afterUndo = afterUndo == null ? () -> { } : afterUndo;
        }
    }

    /** Records an action; {@code inverse} runs off the FX thread, {@code afterUndo} on it. */
    public void done(String description, Runnable inverse, Runnable afterUndo) {
        history.push(new Undoable(description, inverse, afterUndo));
        while (history.size() > KEPT) {
            history.removeLast();
        }
        latest.set(history.peek());
    }

    /** The action Undo would reverse, or null. */
    public ReadOnlyObjectProperty<Undoable> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Reverses the latest action; {@code report} hears "Undone: ..." or the failure. */
    public void undo(java.util.function.Consumer<String> report) {
        Undoable action = history.poll();
        latest.set(history.peek());
        if (action == null) {
            report.accept("Nothing to undo");
            return;
        }
        background.run(() -> {
            action.inverse().run();
            return action;
        }, undone -> {
            undone.afterUndo().run();
            report.accept("Undone: " + undone.description());
        }, failure -> report.accept(failure instanceof app.rapport.service.EditConflictException changedSince
                // Undo takes back this desk's own change, never one another desk made since.
                ? "Not undone: " + changedSince.changedBy() + " changed " + changedSince.record() + " " + changedSince.when()
                        + " since, and their change stays."
                : "Could not undo \u201c" + action.description() + "\u201d: " + Messages.of(failure)));
    }
}
