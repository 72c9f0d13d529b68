package app.rapport.ui.calls;

import app.rapport.service.CallService;
import app.rapport.service.CallService.PendingCall;
import app.rapport.ui.ChangeFollower;
import app.rapport.ui.Messages;
import app.rapport.ui.task.TaskExecutor;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Above a client's timeline: their calls that rang and are not logged yet. Today's is "Call coming
 * in at 10:42 — not finished"; one from an earlier day was missed or never logged ("Unfinished call
 * on 4 Dec 2026 at 10:42 — not logged"). The number it came from is in the tooltip. Each can be logged ({@code log}, which completes that
 * call) or discarded. Empty, and taking no room, when there are none.
 */
public final class PendingCallsView extends VBox {
    private final CallService calls;
    private final TaskExecutor background;
    private final Clock clock;
    private final Locale locale;
    private final Consumer<PendingCall> log;
    private final Consumer<String> report;
    private UUID clientId;

    public PendingCallsView(CallService calls, TaskExecutor background, Clock clock, Locale locale, Consumer<PendingCall> log,
                            Consumer<String> report) {
        super(6);
        this.calls = calls;
        this.background = background;
        this.clock = clock;
        this.locale = locale;
        this.log = log;
        this.report = report;
        setId("pending-calls");
        // the timeline beneath keeps its content off the pane's edges by as much
        setPadding(new javafx.geometry.Insets(8, 12, 0, 12));
        getStyleClass().add("pending-calls");
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(getChildren()));
        managedProperty().bind(visibleProperty());
    }

    /** Shows {@code clientId}'s pending calls (none for null). */
    public void setClient(UUID clientId) {
        this.clientId = clientId;
        refresh();
    }

    /** Reads the shown client's pending calls again when a touchpoint of theirs is written (a pending call was logged). */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(() -> clientId, "touchpoint"), this::refresh);
    }

    /** Reads the shown client's pending calls again (a call rang, or one was logged). */
    public void refresh() {
        UUID asked = clientId;
        if (asked == null) {
            getChildren().clear();
            return;
        }
        background.run(() -> calls.pendingCalls(asked), pending -> {
            if (Objects.equals(asked, clientId)) {
                show(pending);
            }
        }, failure -> report.accept(Messages.of(failure)));
    }

    private void show(List<PendingCall> pending) {
        getChildren().setAll(pending.stream().map(this::row).toList());
    }

    private HBox row(PendingCall call) {
        var rang = call.rangAt().atZone(clock.getZone());
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(rang);
        Label text = new Label(call.unfinished()
                ? "Unfinished call on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(rang)
                        + " at " + time + " \u2014 not logged"
                : "Call coming in at " + time + " \u2014 not finished");
        text.setTooltip(new javafx.scene.control.Tooltip("From " + call.number()));
        text.getStyleClass().add("pending-call-text");
        text.setGraphic(new FontIcon(call.unfinished() ? Material2MZ.PHONE_MISSED : Material2AL.CALL_RECEIVED));
        text.setWrapText(true);
        Button logIt = new Button("Log this call\u2026");
        logIt.getStyleClass().add("pending-call-log");
        logIt.setOnAction(event -> log.accept(call));
        Button discard = new Button("Discard");
        discard.getStyleClass().add("pending-call-discard");
        discard.setAccessibleText("Discard this call without logging it");
        discard.setOnAction(event -> background.run(() -> calls.discard(call.id()), gone -> {
            report.accept("Call discarded, not logged");
            refresh();
        }, failure -> report.accept(Messages.of(failure))));
        // the words wrap, the buttons keep their whole labels
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        logIt.setMinWidth(Region.USE_PREF_SIZE);
        discard.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, text, logIt, discard);
        row.getStyleClass().add("pending-call");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
