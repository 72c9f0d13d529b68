package app.rapport.ui.control;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Esc, Cancel or the window's close box on a form with typed text asks before throwing the text
 * away; a form left as it opened closes at once. What counts as typed: any text field or area in
 * the form whose text differs from what it held when the form was shown, or, in a list editor,
 * when it last showed a saved item (see {@link #install(Dialog, Observable...)}).
 */
public final class DiscardGuard {
    static final ButtonType KEEP_EDITING = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);

    private final Parent form;
    private final Map<TextInputControl, String> asShown = new IdentityHashMap<>();
    private boolean discardAgreed;
    private boolean asking;

    private DiscardGuard(Parent form) {
        this.form = form;
    }

    /** Guards {@code dialog}: its cancel button (Esc) and its close box ask first when text was typed. */
    public static void install(Dialog<?> dialog) {
        install(dialog, new Observable[0]);
    }

    /**
     * Guards a list editor: a dialog whose form shows one saved item at a time. Each change of
     * {@code showsSaved} (the item chosen, the saved list read again after a save) means the form
     * now shows what is saved, so only what was typed since then counts.
     */
    public static void install(Dialog<?> dialog, Observable... showsSaved) {
        DiscardGuard guard = guard(dialog);
        for (Observable saved : showsSaved) {
            // After the form was filled from the change: the form's own listeners run first, or in the same pulse.
            saved.addListener(changed -> Platform.runLater(guard::rememberTexts));
        }
    }

    private static DiscardGuard guard(Dialog<?> dialog) {
        DiscardGuard guard = new DiscardGuard(dialog.getDialogPane());
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            guard.rememberTexts();
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close -> guard.intercept(close, window, dialog::close));
        });
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            if (type.getButtonData().isCancelButton() && dialog.getDialogPane().lookupButton(type) instanceof Button cancel) {
                cancel.addEventFilter(ActionEvent.ACTION, event -> guard.intercept(event, dialog.getDialogPane().getScene().getWindow(),
                        cancel::fire));
            }
        }
        return guard;
    }

    /**
     * Guards a form in a window of its own: {@code cancel} (the Esc button) and the close box ask
     * first when text was typed. Call once the window shows the form.
     */
    public static void install(Window window, Parent form, Button cancel) {
        DiscardGuard guard = new DiscardGuard(form);
        guard.rememberTexts();
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close -> guard.intercept(close, window, window::hide));
        cancel.addEventFilter(ActionEvent.ACTION, event -> guard.intercept(event, window, cancel::fire));
    }

    private void rememberTexts() {
        asShown.clear();
        for (Node node : form.lookupAll(".text-input")) {
            if (node instanceof TextInputControl input) {
                asShown.put(input, text(input));
            }
        }
    }

    /** True when some text in the form is not what it was when the form was shown. */
    boolean typedSomething() {
        for (Node node : form.lookupAll(".text-input")) {
            // A read-only area (a preview) changes by itself: only what can be typed counts.
            if (node instanceof TextInputControl input && input.isEditable() && !text(input).equals(asShown.getOrDefault(input, ""))) {
                return true;
            }
        }
        return false;
    }

    private void intercept(javafx.event.Event closing, Window window, Runnable closeAnyway) {
        if (discardAgreed || !typedSomething()) {
            return;
        }
        closing.consume();
        if (asking) {
            return;
        }
        asking = true;
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "What you typed has not been saved.", KEEP_EDITING, DISCARD);
        ask.initOwner(window);
        ask.setTitle("Discard what you typed?");
        ask.setHeaderText("Close and throw away what you typed?");
        ask.getDialogPane().setId("discard-question");
        ((Button) ask.getDialogPane().lookupButton(DISCARD)).setId("discard-confirm");
        Button keep = (Button) ask.getDialogPane().lookupButton(KEEP_EDITING);
        keep.setId("discard-keep-editing");
        // Enter and Esc both keep the text: only a deliberate choice throws it away.
        keep.setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(DISCARD)).setDefaultButton(false);
        ask.setOnHidden(event -> {
            asking = false;
            if (ask.getResult() == DISCARD) {
                discardAgreed = true;
                closeAnyway.run();
            }
        });
        ask.show();
    }

    private static String text(TextInputControl input) {
        return input.getText() == null ? "" : input.getText();
    }
}
