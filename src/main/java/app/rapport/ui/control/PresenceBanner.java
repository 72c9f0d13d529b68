package app.rapport.ui.control;

import app.rapport.domain.OnCall;
import app.rapport.service.PresenceService;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/**
 * "Ana is on a call with this client (since 10:42)": shown over a client while someone at another
 * desk of a team server has them open in the log-touchpoint dialog, and gone when they close it
 * (or their desk disappears). Hidden otherwise, and always on a store file. The client workspace
 * shows it over the selected client, the log-touchpoint dialog under the client being logged.
 */
public final class PresenceBanner extends Label {
    private final PresenceService presence;
    /** Held here: a binding that nobody holds is collected, and would stop telling the banner. */
    private final ObservableValue<UUID> client;
    private final DateTimeFormatter time;
    private AutoCloseable watching = () -> { };
    private UUID shown;

    /** Follows whoever is on a call with the client {@code client} holds; null (nobody shown) stops listening. */
    public PresenceBanner(PresenceService presence, ObservableValue<UUID> client, ZoneId zone) {
        super("", new FontIcon(Material2AL.HEADSET_MIC));
        this.presence = presence;
        this.client = client;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(zone);
        setId("presence-banner");
        getStyleClass().add("presence-banner");
        getStylesheets().add(java.util.Objects.requireNonNull(PresenceBanner.class.getResource("presence-banner.css")).toExternalForm());
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        // a long sentence wraps onto a second line rather than losing its time to an ellipsis
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        client.addListener((observable, before, now) -> watch(now));
        watch(client.getValue());
    }

    private void watch(UUID clientId) {
        try {
            watching.close();
        } catch (Exception e) {
            // nothing to stop hearing
        }
        shown = clientId;
        show(List.of());
        if (clientId != null) {
            watching = presence.watch(clientId, present -> Platform.runLater(() -> {
                if (clientId.equals(shown)) {
                    show(present);
                }
            }));
        }
    }

    private void show(List<OnCall> present) {
        String sentence = OnCall.sentence(present);
        setText(present.isEmpty() ? "" : sentence + " (since " + time.format(present.get(0).since()) + ")");
        setVisible(!present.isEmpty());
    }
}
