package app.rapport.ui.control;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys typed right after a shortcut opens a dialog belong to the dialog. The system keeps
 * delivering them to the window underneath until the dialog has taken the keyboard (a window
 * manager can take a good part of a second; a modal dialog's owner even drops them), so the
 * dialog is opened without modality and the keys that still reach the window behind it are
 * handed on to the dialog's focused field, Tab, Alt+digit and Ctrl+Enter included. Keys typed
 * before the dialog shows (while it reads what it needs in the background) are kept and handed on
 * once it shows. A click in the window behind means the user went back to it on purpose: from then
 * on its keys are its own.
 */
public final class TypeAhead {
    private final Scene behind;
    private final List<KeyEvent> typedBeforeShown = new ArrayList<>();
    private final EventHandler<KeyEvent> handOn = this::handOn;
    private final EventHandler<MouseEvent> clickedBehind = event -> release();
    private Scene ahead;
    private Node aheadFallback;
    private boolean shown;

    private TypeAhead(Scene behind) {
        this.behind = behind;
        behind.addEventFilter(KeyEvent.ANY, handOn);
        behind.addEventFilter(MouseEvent.MOUSE_PRESSED, clickedBehind);
    }

    /** Hands every key that reaches {@code behind} to {@code dialog} until it closes or {@code behind} is clicked. */
    public static void carry(Scene behind, Dialog<?> dialog) {
        TypeAhead typed = hold(behind);
        if (typed != null) {
            typed.into(dialog);
        }
    }

    /**
     * Keeps the keys typed into {@code behind} from now on for the dialog that a shortcut is about
     * to open; hand them on with {@link #into}, or give them back with {@link #release()} when no
     * dialog opens after all. A null scene holds nothing.
     */
    public static TypeAhead hold(Scene behind) {
        return behind == null ? null : new TypeAhead(behind);
    }

    /** The kept keys, and those still to come, go to {@code dialog} (opened without modality) until it closes. */
    public void into(Dialog<?> dialog) {
        ahead = dialog.getDialogPane().getScene();
        aheadFallback = dialog.getDialogPane();
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, event -> release());
        if (dialog.isShowing()) {
            Platform.runLater(this::handOnKept);
        } else {
            dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(this::handOnKept));
        }
    }

    /** As {@link #into(Dialog)}, for a form in a stage of its own. */
    public void into(Stage stage) {
        ahead = stage.getScene();
        aheadFallback = stage.getScene().getRoot();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> release());
        if (stage.isShowing()) {
            Platform.runLater(this::handOnKept);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(this::handOnKept));
        }
    }

    /**
     * The kept keys go to {@code field}, in the window they were typed in, once it has the keyboard
     * (a section shown for the first time takes a moment to be made); keys after that reach it on
     * their own.
     */
    public void into(Node field) {
        List<KeyEvent> kept = List.copyOf(typedBeforeShown);
        release();
        kept.forEach(event -> Event.fireEvent(field, event.copyFor(field, field)));
    }

    /** The window behind has its keys again; keys kept for a dialog that never opened are dropped. */
    public void release() {
        behind.removeEventFilter(KeyEvent.ANY, handOn);
        behind.removeEventFilter(MouseEvent.MOUSE_PRESSED, clickedBehind);
        typedBeforeShown.clear();
    }

    private void handOn(KeyEvent event) {
        event.consume();
        if (shown) {
            deliver(event);
        } else {
            typedBeforeShown.add(event);
        }
    }

    private void handOnKept() {
        shown = true;
        List<KeyEvent> kept = List.copyOf(typedBeforeShown);
        typedBeforeShown.clear();
        kept.forEach(this::deliver);
    }

    private void deliver(KeyEvent event) {
        Node target = ahead.getFocusOwner() != null ? ahead.getFocusOwner() : aheadFallback;
        Event.fireEvent(target, event.copyFor(target, target));
    }
}
