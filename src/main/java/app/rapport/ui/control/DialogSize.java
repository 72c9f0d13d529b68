package app.rapport.ui.control;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Screen;

/**
 * The size of a large dialog: wide and tall enough for its form (a dialog otherwise sizes to its
 * header text), but never larger than the screen, and placed on it, so that on a 1024x640 laptop
 * its title and its buttons stay in sight.
 */
public final class DialogSize {
    private DialogSize() {
    }

    /** Asks for {@code width} x {@code height}, as much of it as the screen the dialog opens on has room for. */
    public static void atLeastWithinScreen(Dialog<?> dialog, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double fittingWidth = Math.min(width, screen.getWidth());
        double fittingHeight = Math.min(height, screen.getHeight());
        dialog.getDialogPane().setPrefSize(fittingWidth, fittingHeight);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            dialog.setWidth(Math.min(Math.max(dialog.getWidth(), fittingWidth), screen.getWidth()));
            dialog.setHeight(Math.min(Math.max(dialog.getHeight(), fittingHeight), screen.getHeight()));
            dialog.setX(Math.max(screen.getMinX(), Math.min(dialog.getX(), screen.getMaxX() - dialog.getWidth())));
            dialog.setY(Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - dialog.getHeight())));
        });
    }
}
