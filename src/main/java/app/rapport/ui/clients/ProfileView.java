package app.rapport.ui.clients;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;
import app.rapport.service.ClientService.ClientProfile;
import app.rapport.ui.control.Formatting;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The selected client's profile, read-only: who they are, how to reach them, what we know. */
public final class ProfileView extends StackPane {

    private final VBox content = new VBox(14);
    private final Label placeholder = new Label("Select a client to see their profile.");
    private final ScrollPane scroll = new ScrollPane(content);
    private final ZoneId zone;

    /** Times are shown in {@code zone}, the user's. */
    public ProfileView(ZoneId zone) {
        this.zone = zone;
        getStyleClass().add("profile-view");
        content.setPadding(new Insets(20));
        scroll.setFitToWidth(true);
        placeholder.getStyleClass().add("empty-hint");
        getChildren().addAll(scroll, placeholder);
        show(null);
    }

    public void show(ClientProfile profile) {
        placeholder.setVisible(profile == null);
        scroll.setVisible(profile != null);
        content.getChildren().clear();
        if (profile == null) {
            return;
        }
        Client client = profile.client();
        if (client.companyName() != null && !client.companyName().equals(client.displayName())) {
            content.getChildren().add(line(Material2AL.BUSINESS, client.companyName()));
        }
        Node greeting = line(Material2MZ.PERSON, "Greet them as " + client.greetingName());
        greeting.setId("profile-greeting");
        content.getChildren().add(greeting);

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        int row = 0;
        for (ContactPoint phone : client.phones()) {
            // A number that could not be read is shown as typed, marked so nobody trusts it blindly.
            row = fact(facts, row, Material2MZ.PHONE, phone.label(), profile.phoneFormat().canRead(phone.value())
                    ? profile.phoneFormat().show(phone.value()) : phone.value() + "  (as typed)");
        }
        for (ContactPoint email : client.emails()) {
            row = fact(facts, row, Material2AL.EMAIL, email.label(), email.value());
        }
        if (!client.address().isEmpty()) {
            row = fact(facts, row, Material2MZ.PLACE, "address", client.address().oneLine());
        }
        if (client.birthday() != null) {
            row = fact(facts, row, Material2AL.CAKE, "birthday", Formatting.current().date(client.birthday()));
        }
        if (client.source() != null) {
            row = fact(facts, row, Material2MZ.SOURCE, "came through", client.source());
        }
        if (client.preferredChannel() != null) {
            row = fact(facts, row, Material2AL.CHAT, "prefers", client.preferredChannel().label().toLowerCase());
        }
        for (Map.Entry<String, String> field : client.customFields().entrySet()) {
            row = fact(facts, row, Material2AL.INFO, field.getKey(), field.getValue());
        }
        content.getChildren().add(facts);

        if (!client.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            client.tags().forEach(tag -> {
                Label chip = new Label(tag);
                chip.getStyleClass().add("tag-chip");
                tags.getChildren().add(chip);
            });
            content.getChildren().add(tags);
        }
        content.getChildren().add(section("Recent touchpoints"));
        content.getChildren().add(touchpoints(profile.recentTouchpoints()));
        content.getChildren().add(section("Notes"));
        content.getChildren().add(notes(profile.notes()));
    }

    private Node touchpoints(List<Touchpoint> touchpoints) {
        if (touchpoints.isEmpty()) {
            return hint("No touchpoints yet.");
        }
        VBox list = new VBox(8);
        for (Touchpoint touchpoint : touchpoints) {
            String when = Formatting.current().dateTime(touchpoint.occurredAt(), zone);
            String mood = touchpoint.mood() == null ? "" : " \u00b7 " + touchpoint.mood().label().toLowerCase();
            Label header = new Label(when + " \u00b7 " + touchpoint.channel().label() + mood);
            header.getStyleClass().add("text-muted");
            Label summary = new Label(touchpoint.summary());
            summary.setWrapText(true);
            list.getChildren().add(new VBox(2, header, summary));
        }
        return list;
    }

    private static Node notes(List<Note> notes) {
        if (notes.isEmpty()) {
            return hint("No notes yet.");
        }
        VBox list = new VBox(8);
        for (Note note : notes) {
            Label body = new Label(note.body());
            body.setWrapText(true);
            if (note.pinned()) {
                body.setGraphic(new FontIcon(Material2MZ.PUSH_PIN));
            }
            list.getChildren().add(body);
        }
        return list;
    }

    private static int fact(GridPane grid, int row, Ikon icon, String label, String value) {
        Label key = new Label(label, new FontIcon(icon));
        key.getStyleClass().add("text-muted");
        Label text = new Label(value);
        text.setWrapText(true);
        grid.addRow(row, key, text);
        return row + 1;
    }

    private static Node line(Ikon icon, String text) {
        HBox box = new HBox(6, new FontIcon(icon), new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
