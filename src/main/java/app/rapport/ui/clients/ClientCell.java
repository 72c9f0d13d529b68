package app.rapport.ui.clients;

import app.rapport.domain.ClientSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;

/** One client in the list: name, how to reach them, and how long since we last spoke. */
final class ClientCell extends ListCell<ClientSummary> {
    private final Clock clock;
    private final Label name = new Label();
    private final Label details = new Label();
    private final Label lastContact = new Label();
    private final HBox layout;

    ClientCell(Clock clock) {
        this.clock = clock;
        name.getStyleClass().add("client-name");
        details.getStyleClass().add("client-details");
        lastContact.getStyleClass().add("client-last-contact");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        lastContact.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, details);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.SOMETIMES);
        layout = new HBox(8, text, spacer, lastContact);
        layout.setAlignment(Pos.CENTER_LEFT);
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
        lastContact.setText(describeSilence(client.daysSinceLastTouchpoint(clock.instant(), clock.getZone())));
        setGraphic(layout);
    }

    static String describeSilence(long days) {
        if (days < 0) {
            return "no contact yet";
        }
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }
}
