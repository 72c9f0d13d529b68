package app.rapport.ui.control;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The small line under a form field that says what is wrong with it; takes no room while hidden. */
public final class FieldMessage {
    private FieldMessage() {
    }

    public static Label create(String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().addAll("field-message", Styles.TEXT_SMALL, Styles.DANGER);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        return message;
    }
}
