package app.rapport.ui.touchpoint;

import app.rapport.domain.ClientSummary;
import atlantafx.base.controls.CustomTextField;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;


/**
 * Search as you type for a client: the matches drop down under the field; Up and Down move through
 * them, Enter or Tab takes one, Esc closes the list. The focus never leaves the field.
 */
final class ClientPicker extends CustomTextField {
    private static final int ROWS_SHOWN = 8;
    private static final double ROW_HEIGHT = 46;

    private final LogTouchpointViewModel model;
    private final ListView<ClientSummary> matches = new ListView<>();
    private final Popup popup = new Popup();

    ClientPicker(LogTouchpointViewModel model, String stylesheet) {
        this.model = model;
        setId("log-client");
        setPromptText("Type a name, phone or email");
        setLeft(new FontIcon(Material2MZ.SEARCH));
        textProperty().bindBidirectional(model.clientQueryProperty());

        matches.setId("log-client-matches");
        matches.getStyleClass().add("client-matches");
        matches.setItems(model.clientMatches());
        matches.setCellFactory(view -> new MatchCell());
        matches.setFocusTraversable(false);
        matches.setFixedCellSize(ROW_HEIGHT);
        Label none = new Label("No client matches.");
        none.getStyleClass().add("text-muted");
        matches.setPlaceholder(none);
        matches.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && matches.getSelectionModel().getSelectedItem() != null) {
                take(matches.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(matches);
        box.getStyleClass().add("client-matches-popup");
        box.getStylesheets().add(stylesheet);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        model.clientMatches().addListener((ListChangeListener<ClientSummary>) change -> matchesChanged());
        model.searchingProperty().addListener((observable, before, now) -> matchesChanged());
        model.clientProperty().addListener((observable, before, now) -> matchesChanged());
        focusedProperty().addListener((observable, before, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void matchesChanged() {
        boolean wanted = isFocused() && model.clientProperty().get() == null && !model.searchingProperty().get()
                && getText() != null && !getText().isBlank();
        if (!wanted) {
            popup.hide();
            return;
        }
        int rows = Math.max(1, Math.min(ROWS_SHOWN, model.clientMatches().size()));
        matches.setPrefHeight(rows * ROW_HEIGHT + 6);
        matches.setPrefWidth(Math.max(getWidth(), 320));
        if (!model.clientMatches().isEmpty()) {
            matches.getSelectionModel().selectFirst();
            matches.scrollTo(0);
        }
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds bounds = localToScreen(getBoundsInLocal());
            popup.show(this, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private void keyPressed(KeyEvent event) {
        if (!popup.isShowing()) {
            if ((event.getCode() == KeyCode.DOWN) && !model.clientMatches().isEmpty() && model.clientProperty().get() == null) {
                matchesChanged();
                event.consume();
            }
            return;
        }
        int size = model.clientMatches().size();
        int index = matches.getSelectionModel().getSelectedIndex();
        switch (event.getCode()) {
            case DOWN -> {
                if (size > 0) {
                    select(Math.min(size - 1, index + 1));
                }
                event.consume();
            }
            case UP -> {
                if (size > 0) {
                    select(Math.max(0, index - 1));
                }
                event.consume();
            }
            case PAGE_DOWN -> {
                if (size > 0) {
                    select(Math.min(size - 1, index + ROWS_SHOWN));
                }
                event.consume();
            }
            case PAGE_UP -> {
                if (size > 0) {
                    select(Math.max(0, index - ROWS_SHOWN));
                }
                event.consume();
            }
            case ENTER -> {
                ClientSummary chosen = matches.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    take(chosen);
                }
                // Enter here picks a client; it must not also save the form.
                event.consume();
            }
            case TAB -> {
                ClientSummary chosen = matches.getSelectionModel().getSelectedItem();
                if (chosen != null && !event.isShiftDown()) {
                    take(chosen);
                }
                // Tab goes on to the next field as usual.
            }
            case ESCAPE -> {
                popup.hide();
                event.consume();
            }
            default -> {
                // typing goes to the field
            }
        }
    }

    private void select(int index) {
        matches.getSelectionModel().select(index);
        matches.scrollTo(Math.max(0, index - ROWS_SHOWN / 2));
    }

    private void take(ClientSummary chosen) {
        popup.hide();
        model.chooseClient(chosen);
        positionCaret(getText().length());
    }

    /** One match: the name, and what tells namesakes apart. */
    private static final class MatchCell extends ListCell<ClientSummary> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final VBox layout = new VBox(1, name, details);

        MatchCell() {
            name.getStyleClass().add("match-name");
            details.getStyleClass().add("match-details");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ClientSummary client, boolean empty) {
            super.updateItem(client, empty);
            if (empty || client == null) {
                setGraphic(null);
                return;
            }
            name.setText(client.displayName());
            details.setText(client.contactLine());
            setGraphic(layout);
        }
    }
}
