package app.rapport.ui.calls;

import app.rapport.domain.ClientSummary;
import app.rapport.service.CallService.IncomingCall;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The bar across the top of the window while a call comes in: who is calling, and what to do —
 * log the call when it ends; pick the client when several share the number; for a number not in
 * the book, a new client with it or a log of the call.
 */
public final class CallBar extends HBox {
    /** Shown for at most this many clients sharing a number; the rest are named by count. */
    static final int CLIENT_BUTTONS = 5;

    /** What the bar's buttons do. */
    public record Actions(Consumer<ClientSummary> showClient, Consumer<IncomingCall> logCall, Consumer<IncomingCall> newClient) {
    }

    private final Actions actions;
    private final ZoneId zone;
    private final Locale locale;
    private final Label message = new Label();
    private IncomingCall shown;

    public CallBar(Actions actions, ZoneId zone, Locale locale) {
        this.actions = actions;
        this.zone = zone;
        this.locale = locale;
        setId("call-bar");
        getStyleClass().add("call-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        message.setId("call-message");
        message.setGraphic(new FontIcon(Material2AL.CALL_RECEIVED));
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows {@code call}, in place of any call shown before. */
    public void show(IncomingCall call) {
        shown = call;
        String rang = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(call.at().atZone(zone));
        getChildren().setAll(message);
        if (call.clients().size() == 1) {
            ClientSummary client = call.clients().get(0);
            message.setText("Call from " + client.displayName() + ", " + call.shownNumber() + ", at " + rang);
            getChildren().add(button("call-log", "Log this call\u2026", () -> actions.logCall().accept(call)));
        } else if (call.clients().isEmpty()) {
            message.setText("Call from " + call.shownNumber() + " at " + rang + ": no client has this number");
            getChildren().addAll(button("call-new-client", "New client with this number\u2026", () -> actions.newClient().accept(call)),
                    button("call-log", "Log the call\u2026", () -> actions.logCall().accept(call)));
        } else {
            message.setText("Call from " + call.shownNumber() + " at " + rang + ": " + call.clients().size()
                    + " clients share this number. Who is it?");
            call.clients().stream().limit(CLIENT_BUTTONS).forEach(client -> getChildren().add(
                    button("call-client", client.displayName(), () -> actions.showClient().accept(client))));
            if (call.clients().size() > CLIENT_BUTTONS) {
                getChildren().add(new Label("and " + (call.clients().size() - CLIENT_BUTTONS) + " more"));
            }
            getChildren().add(button("call-log", "Log the call\u2026", () -> actions.logCall().accept(call)));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = button("call-dismiss", null, this::dismiss);
        dismiss.setGraphic(new FontIcon(Material2AL.CLOSE));
        dismiss.getStyleClass().add("flat");
        dismiss.setAccessibleText("Close the call bar");
        getChildren().addAll(spacer, dismiss);
        setVisible(true);
    }

    /** Takes the bar away (the call is logged, or it was nothing to log). */
    public void dismiss() {
        shown = null;
        setVisible(false);
        getChildren().clear();
    }

    /** Takes the bar away when it shows the call kept as pending {@code pendingCallId} (logged elsewhere, from the timeline). */
    public void dismissIfShowing(java.util.UUID pendingCallId) {
        if (shown != null && pendingCallId.equals(shown.pendingCallId())) {
            dismiss();
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
