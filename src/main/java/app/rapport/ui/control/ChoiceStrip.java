package app.rapport.ui.control;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A row of toggle buttons of which one (or, when {@code allowNone}, none) is chosen: one stop in
 * the tab order, like a radio group. Arrow keys move the choice, and each choice has a key of its
 * own that picks it directly.
 */
public final class ChoiceStrip<T> extends HBox {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<T> choices;
    private final Map<KeyCode, T> keys;
    private final boolean allowNone;
    private boolean updating;

    public ChoiceStrip(String idPrefix, List<T> choices, Function<T, String> text, Function<T, Node> graphic,
                Map<KeyCode, T> keys, Function<T, String> keyHint, boolean allowNone) {
        this.choices = List.copyOf(choices);
        this.keys = Map.copyOf(keys);
        this.allowNone = allowNone;
        getStyleClass().add("choice-strip");
        for (int i = 0; i < choices.size(); i++) {
            T choice = choices.get(i);
            ToggleButton button = new ToggleButton(text.apply(choice));
            Node icon = graphic.apply(choice);
            if (icon != null) {
                button.setGraphic(icon);
            }
            button.setUserData(choice);
            button.setToggleGroup(group);
            button.setId(idPrefix + "-" + choice.toString().toLowerCase(java.util.Locale.ROOT));
            button.setMnemonicParsing(false);
            String hint = keyHint.apply(choice);
            if (hint != null) {
                button.setTooltip(new Tooltip(text.apply(choice) + " (" + hint + ")"));
            }
            if (choices.size() > 1) {
                button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == choices.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            buttons.add(button);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (updating) {
                return;
            }
            if (now == null && !allowNone && before != null) {
                // Clicking the chosen button again must not leave the row with no choice.
                group.selectToggle(before);
                return;
            }
            updating = true;
            try {
                value.set(now == null ? null : choiceOf(now));
            } finally {
                updating = false;
            }
            updateTabStop();
        });
        value.addListener((observable, before, now) -> {
            if (updating) {
                return;
            }
            updating = true;
            try {
                group.selectToggle(now == null ? null : buttons.get(choices.indexOf(now)));
            } finally {
                updating = false;
            }
            updateTabStop();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        updateTabStop();
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    /** Chooses {@code choice} and puts the focus on its button. */
    public void choose(T choice) {
        value.set(choice);
        if (choice != null) {
            buttons.get(choices.indexOf(choice)).requestFocus();
        }
    }

    /** Focuses the chosen button, or the first. */
    @Override
    public void requestFocus() {
        tabStop().requestFocus();
    }

    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        T current = value.get();
        int index = current == null ? -1 : choices.indexOf(current);
        if (code == KeyCode.LEFT || code == KeyCode.UP || code == KeyCode.KP_LEFT || code == KeyCode.KP_UP) {
            choose(choices.get(index <= 0 ? choices.size() - 1 : index - 1));
            event.consume();
        } else if (code == KeyCode.RIGHT || code == KeyCode.DOWN || code == KeyCode.KP_RIGHT || code == KeyCode.KP_DOWN) {
            choose(choices.get(index < 0 || index == choices.size() - 1 ? 0 : index + 1));
            event.consume();
        } else if (keys.containsKey(code)) {
            choose(keys.get(code));
            event.consume();
        } else if (allowNone && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0 || code == KeyCode.BACK_SPACE || code == KeyCode.DELETE)) {
            ToggleButton focused = tabStop();
            value.set(null);
            focused.requestFocus();
            event.consume();
        }
    }

    /** Only the chosen button is in the tab order, so Tab moves past the whole row at once. */
    private void updateTabStop() {
        ToggleButton stop = tabStop();
        boolean focusedInside = buttons.stream().anyMatch(Node::isFocused);
        for (ToggleButton button : buttons) {
            button.setFocusTraversable(button == stop);
        }
        if (focusedInside && !stop.isFocused()) {
            stop.requestFocus();
        }
    }

    private ToggleButton tabStop() {
        Toggle selected = group.getSelectedToggle();
        return selected == null ? buttons.get(0) : (ToggleButton) selected;
    }

    @SuppressWarnings("unchecked")
    private T choiceOf(Toggle toggle) {
        return (T) toggle.getUserData();
    }
}
