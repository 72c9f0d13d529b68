package app.rapport.ui.competitors;

import app.rapport.ui.control.ClientCompletion;
import app.rapport.ui.control.DiscardGuard;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.SwotItem;
import app.rapport.domain.SwotMaps;
import app.rapport.service.ClientService;
import app.rapport.ui.control.FieldMessage;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Edits one card: what it says, the evidence (where we learned it), the day it was noted, and the
 * client who told us. The day is typed as 2026-03-01; the client is found by name as you type.
 */
final class CardDialog extends Dialog<SwotItem> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final TextArea text = new TextArea();
    private final TextField evidence = new TextField();
    private final TextField observedOn = new TextField();
    private final TextField client = new TextField();
    private ClientSummary chosenClient;
    private String chosenClientName;

    /** {@code today} is the example of how to write a day. */
    CardDialog(Window owner, SwotItem card, String clientName, ClientService clients, LocalDate today) {
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle("Edit card");
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, SAVE);
        getDialogPane().setPrefWidth(480);

        Label title = new Label(SwotMaps.title(card.quadrant()));
        title.getStyleClass().add(Styles.TITLE_4);
        text.setId("card-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setText(card.text());
        Label textMessage = FieldMessage.create("card-text-message");
        evidence.setId("card-evidence");
        evidence.setPromptText("Where we learned it, e.g. \u201cthree clients said so\u201d");
        evidence.setText(card.evidence() == null ? "" : card.evidence());
        observedOn.setId("card-date");
        observedOn.setPromptText("e.g. " + today);
        observedOn.setText(card.observedOn() == null ? "" : card.observedOn().toString());
        Label dateMessage = FieldMessage.create("card-date-message");
        client.setId("card-client");
        client.setPromptText("Type a client's name (optional)");
        chosenClientName = clientName;
        client.setText(clientName == null ? "" : clientName);
        Label clientMessage = FieldMessage.create("card-client-message");
        ClientCompletion.bind(client, clients, picked -> {
            chosenClient = picked;
            chosenClientName = picked.displayName();
        });

        VBox form = new VBox(6, title, caption("Card"), text, textMessage, caption("Evidence"), evidence,
                caption("Noted on"), observedOn, dateMessage, caption("Told by"), client, clientMessage);
        getDialogPane().setContent(form);
        // Ctrl+Enter saves, as in every form of the app.
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                ((javafx.scene.control.Button) getDialogPane().lookupButton(SAVE)).fire();
                event.consume();
            }
        });
        getDialogPane().lookupButton(SAVE).addEventFilter(ActionEvent.ACTION, event -> {
            textMessage.setVisible(false);
            dateMessage.setVisible(false);
            clientMessage.setVisible(false);
            boolean ok = true;
            if (text.getText() == null || text.getText().isBlank()) {
                textMessage.setText("Write what the card says.");
                textMessage.setVisible(true);
                ok = false;
            }
            if (parsedDate() == null && !observedOn.getText().isBlank()) {
                dateMessage.setText("Write the day as year-month-day, e.g. " + today + ".");
                dateMessage.setVisible(true);
                ok = false;
            }
            if (!client.getText().isBlank() && !client.getText().strip().equals(chosenClientName)) {
                clientMessage.setText("Choose the client from the list that drops down, or leave this empty.");
                clientMessage.setVisible(true);
                ok = false;
            }
            if (!ok) {
                event.consume();
            }
        });
        setResultConverter(button -> {
            if (button != SAVE) {
                return null;
            }
            java.util.UUID clientId = client.getText().isBlank() ? null
                    : chosenClient != null ? chosenClient.id() : card.clientId();
            return new SwotItem(card.id(), card.competitorId(), card.quadrant(), text.getText().strip(),
                    evidence.getText().isBlank() ? null : evidence.getText().strip(), parsedDate(), clientId, card.position(),
                    card.version());
        });
        Platform.runLater(text::requestFocus);
        DiscardGuard.install(this);
    }

    private LocalDate parsedDate() {
        String typed = observedOn.getText() == null ? "" : observedOn.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Node caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }
}
