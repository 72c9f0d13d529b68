package app.rapport.ui.control;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keys typed right after a shortcut opens a dialog belong to the dialog. The system keeps
 * delivering them to the window underneath until the dialog has taken the keyboard (a window
 * manager can take a good part of a second; a modal dialog's owner even drops them), so the
 * dialog is opened without modality and the keys that still reach the window behind it are
 * handed on to the dialog's focused field, Tab, Alt+digit and Ctrl+Enter included. A click in
 * the window behind means the user went back to it on purpose: from then on its keys are its own.
 */
public final class TypeAhead {
    private TypeAhead() {
    }

    /** Hands every key that reaches {@code behind} to {@code dialog} until it closes or {@code behind} is clicked. */
    public static void carry(Scene behind, Dialog<?> dialog) {
        if (behind == null) {
            return;
        }
        Scene ahead = dialog.getDialogPane().getScene();
        EventHandler<KeyEvent> handOn = event -> {
            event.consume();
            Node target = ahead.getFocusOwner() != null ? ahead.getFocusOwner() : dialog.getDialogPane();
            Event.fireEvent(target, event.copyFor(target, target));
        };
        EventHandler<MouseEvent> clickedBehind = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                behind.removeEventFilter(KeyEvent.ANY, handOn);
                behind.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            }
        };
        behind.addEventFilter(KeyEvent.ANY, handOn);
        behind.addEventFilter(MouseEvent.MOUSE_PRESSED, clickedBehind);
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, event -> {
            behind.removeEventFilter(KeyEvent.ANY, handOn);
            behind.removeEventFilter(MouseEvent.MOUSE_PRESSED, clickedBehind);
        });
    }
}
