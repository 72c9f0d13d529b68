package app.rapport.ui.control;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.Map;

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

    /**
     * Keeps each label showing the problem a view model reports for its field (hidden when there
     * is none); {@code problems} maps a field to its message.
     */
    public static <K> void follow(Map<K, Label> labels, ObservableMap<K, String> problems) {
        Runnable show = () -> labels.forEach((field, label) -> {
            String problem = problems.get(field);
            label.setText(problem == null ? "" : problem);
            label.setVisible(problem != null);
        });
        problems.addListener((MapChangeListener<K, String>) change -> show.run());
        show.run();
    }
}
