package app.rapport.ui.opportunities;

import app.rapport.domain.RefusalReason;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The refusal reasons as a row of toggles that wraps when the owner's list grows. The first nine
 * are numbered: their digit picks them; arrow keys move the choice. One stop in the tab order.
 */
final class ReasonChoice extends FlowPane {
    private final ObjectProperty<String> code = new SimpleObjectProperty<>(this, "code");
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private List<RefusalReason> reasons = List.of();
    private boolean updating;

    ReasonChoice() {
        super(6, 6);
        getStyleClass().addAll("choice-strip", "reason-choice");
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (!updating) {
                code.set(now == null ? null : (String) now.getUserData());
                updateTabStop();
            }
        });
        code.addListener((observable, before, now) -> {
            if (!updating) {
                select(now);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Shows these reasons, keeping the chosen one when it is still in the list. */
    void setReasons(List<RefusalReason> reasons) {
        this.reasons = List.copyOf(reasons);
        boolean hadFocus = buttons.stream().anyMatch(Node::isFocused);
        buttons.clear();
        getChildren().clear();
        for (int i = 0; i < this.reasons.size(); i++) {
            RefusalReason reason = this.reasons.get(i);
            ToggleButton button = new ToggleButton(i < 9 ? (i + 1) + "  " + reason.label() : reason.label());
            button.setMnemonicParsing(false);
            button.setUserData(reason.code());
            button.setToggleGroup(group);
            button.setId("opportunity-reason-" + reason.code().toLowerCase(Locale.ROOT).replace('_', '-'));
            buttons.add(button);
            getChildren().add(button);
        }
        select(code.get());
        if (hadFocus) {
            requestFocus();
        }
    }

    /** The chosen reason's code, or null. */
    ObjectProperty<String> codeProperty() {
        return code;
    }

    /** Picks the reason numbered {@code number} (1 for the first); false when there is none. */
    boolean pickNumber(int number) {
        if (number < 1 || number > Math.min(9, reasons.size())) {
            return false;
        }
        code.set(reasons.get(number - 1).code());
        buttons.get(number - 1).requestFocus();
        return true;
    }

    @Override
    public void requestFocus() {
        if (!buttons.isEmpty()) {
            tabStop().requestFocus();
        }
    }

    private void select(String wanted) {
        updating = true;
        try {
            Toggle toggle = buttons.stream().filter(button -> button.getUserData().equals(wanted)).findFirst().orElse(null);
            group.selectToggle(toggle);
            if (toggle == null && wanted != null) {
                code.set(null);
            }
        } finally {
            updating = false;
        }
        updateTabStop();
    }

    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || buttons.isEmpty()) {
            return;
        }
        int index = buttons.indexOf(tabStop());
        if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.UP) {
            move(index <= 0 ? buttons.size() - 1 : index - 1);
            event.consume();
        } else if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.DOWN) {
            move(group.getSelectedToggle() == null ? 0 : (index + 1) % buttons.size());
            event.consume();
        }
    }

    private void move(int index) {
        code.set(reasons.get(index).code());
        buttons.get(index).requestFocus();
    }

    private void updateTabStop() {
        ToggleButton stop = tabStop();
        for (ToggleButton button : buttons) {
            button.setFocusTraversable(button == stop);
        }
    }

    private ToggleButton tabStop() {
        Toggle selected = group.getSelectedToggle();
        return selected == null ? buttons.get(0) : (ToggleButton) selected;
    }
}
