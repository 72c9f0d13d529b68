package app.rapport.ui.touchpoint;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.service.PresenceService;
import app.rapport.service.RapportServices;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.competitors.CompetitorMention;
import app.rapport.ui.control.ChoiceStrip;
import app.rapport.ui.control.DiscardGuard;
import app.rapport.ui.control.PresenceBanner;
import app.rapport.ui.control.TypeAhead;
import app.rapport.ui.timeline.TimelineIcons;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Logs a touchpoint right after the call, with the keyboard only: type what was said, press a
 * number for the client's mood, Ctrl+Enter. The dialog stays open until the touchpoint is saved
 * (or the user presses Esc); a problem is shown next to its field and nothing typed is lost.
 */
public final class LogTouchpointDialog extends Dialog<Touchpoint> {
    static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPPORTUNITY_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final List<Channel> CHANNELS = List.of(Channel.CALL, Channel.VISIT, Channel.MEETING, Channel.EMAIL, Channel.MESSAGE);
    private static final Map<KeyCode, Channel> CHANNEL_KEYS = Map.of(KeyCode.C, Channel.CALL, KeyCode.V, Channel.VISIT,
            KeyCode.T, Channel.MEETING, KeyCode.E, Channel.EMAIL, KeyCode.M, Channel.MESSAGE);
    private static final List<Mood> MOODS = List.of(Mood.values());

    private final LogTouchpointViewModel model;
    private final ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private final ChoiceStrip<Mood> mood;
    private final Node firstField;
    private Consumer<Touchpoint> onSaved;
    /** Optional: a competitor the client brought up, linked to the client once the touchpoint is saved. */
    private final CompetitorMention competitorMention = new CompetitorMention("log");
    /** "They said no, or asked for something": opens the quick capture form for the same client; hidden until wired. */
    private final javafx.scene.control.Hyperlink opportunityLink = new javafx.scene.control.Hyperlink(
            "They said no, or asked for something\u2026", new FontIcon(Material2MZ.THUMB_DOWN_ALT));
    private final Label opportunityNote = new Label();
    private Consumer<ClientSummary> onOpportunity;
    private HBox opportunityRow;
    /** Where {@link #followPresence} says who at another desk is on a call with the client. */
    private final StackPane presenceSlot = new StackPane();

    /**
     * Opens the dialog (without waiting for it) over {@code owner}. With {@code preselectedOrNull}
     * the touchpoint is for that client; otherwise the first field finds one. {@code onSaved}
     * gets the stored touchpoint on the FX thread once it is saved; nothing is called on cancel.
     */
    public static LogTouchpointDialog open(Window owner, RapportServices services, TaskExecutor background,
                                           ClientSummary preselectedOrNull, Consumer<Touchpoint> onSaved) {
        return open(owner, services, background, LastChannel.inMemory(), preselectedOrNull, onSaved, opportunity -> { });
    }

    /**
     * As above, starting on the channel {@code lastChannel} remembers (and remembering the one
     * saved); while logging, "They said no, or asked for something…" (Ctrl+Shift+R) captures a
     * refusal or request for the same client without closing this dialog, and {@code onOpportunitySaved}
     * hears it once it is stored, whether or not the touchpoint is saved after.
     */
    public static LogTouchpointDialog open(Window owner, RapportServices services, TaskExecutor background, LastChannel lastChannel,
                                           ClientSummary preselectedOrNull, Consumer<Touchpoint> onSaved,
                                           Consumer<app.rapport.domain.Opportunity> onOpportunitySaved) {
        LogTouchpointViewModel model = new LogTouchpointViewModel(LogTouchpointViewModel.Backend.of(services, lastChannel), background,
                services.clock(), Formatting.current().locale(), preselectedOrNull);
        LogTouchpointDialog dialog = new LogTouchpointDialog(model, owner);
        dialog.competitorMention.load(services.competitors(), background);
        Consumer<Touchpoint> after = onSaved == null ? saved -> { } : onSaved;
        dialog.setOnSaved(saved -> dialog.competitorMention.linkTo(saved.clientId(), background, link -> after.accept(saved),
                failure -> after.accept(saved)));
        dialog.setOnOpportunity(client -> app.rapport.ui.opportunities.OpportunityDialog.open(dialog.getDialogPane().getScene().getWindow(),
                services.opportunities(), services.purchases(), background, client.id(), client.displayName(),
                app.rapport.domain.OpportunityKind.REFUSAL, saved -> {
                    dialog.opportunityNote.setText(app.rapport.ui.opportunities.OpportunityWords.kind(saved.kind()) + " saved: "
                            + saved.summary());
                    onOpportunitySaved.accept(saved);
                }, failure -> dialog.opportunityNote.setText(failure)));
        dialog.followPresence(services.presence(), services.clock().getZone());
        if (owner != null) {
            TypeAhead.carry(owner.getScene(), dialog);
        }
        dialog.show();
        return dialog;
    }

    /**
     * Shows under the client who at another desk of a team server is on a call with them ("Ana is
     * on a call with this client"), so a desk about to call them hears it before dialling; it stops
     * listening when the dialog closes.
     */
    public void followPresence(PresenceService presence, ZoneId zone) {
        ObjectBinding<UUID> watched = Bindings.createObjectBinding(
                () -> isShowing() && model.clientProperty().get() != null ? model.clientProperty().get().id() : null,
                model.clientProperty(), showingProperty());
        PresenceBanner banner = new PresenceBanner(presence, watched, zone);
        banner.setId("log-presence");
        presenceSlot.managedProperty().bind(banner.visibleProperty());
        presenceSlot.getChildren().setAll(banner);
        // the line comes and goes while the dialog is open: its window grows to keep Save in sight
        banner.visibleProperty().addListener((observable, was, now) -> {
            Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
    }

    public LogTouchpointDialog(LogTouchpointViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
        }
        // Not modal: a modal dialog's owner drops the keys typed before the dialog has the
        // keyboard, and those are the first words of the summary (see TypeAhead).
        initModality(javafx.stage.Modality.NONE);
        showingProperty().addListener((observable, was, now) -> {
            if (!now) {
                model.closed();
            }
        });
        setTitle("Log a touchpoint");
        setResizable(true);
        String stylesheet = Objects.requireNonNull(LogTouchpointDialog.class.getResource("/app/rapport/ui/touchpoint.css")).toExternalForm();

        DialogPane pane = getDialogPane();
        pane.getStyleClass().add("log-touchpoint");
        pane.getStylesheets().add(stylesheet);
        pane.setId("log-touchpoint");
        pane.getButtonTypes().addAll(ButtonType.CANCEL, saveType);

        GridPane form = new GridPane();
        form.getStyleClass().add("log-form");
        form.setHgap(14);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);

        int row = 0;
        // Client
        Node clientNode;
        if (model.isClientFixed()) {
            Label name = new Label(model.clientProperty().get().displayName(), new FontIcon(Material2MZ.PERSON));
            name.setId("log-client-name");
            name.getStyleClass().add("log-client-name");
            clientNode = name;
        } else {
            clientNode = new ClientPicker(model, stylesheet);
        }
        row = addRow(form, row, "Client", clientNode, model.clientErrorProperty(), "log-client-error");
        presenceSlot.setManaged(false);
        form.add(presenceSlot, 1, row++);

        // Channel and direction
        ChoiceStrip<Channel> channel = new ChoiceStrip<>("log-channel", CHANNELS, Channel::label,
                c -> new FontIcon(TimelineIcons.of(c)), CHANNEL_KEYS, c -> keyOf(CHANNEL_KEYS, c), false);
        channel.valueProperty().bindBidirectional(model.channelProperty());
        row = addRow(form, row, "Channel", channel, null, null);

        Map<KeyCode, Direction> directionKeys = Map.of(KeyCode.O, Direction.OUTBOUND, KeyCode.I, Direction.INBOUND);
        ChoiceStrip<Direction> direction = new ChoiceStrip<>("log-direction", List.of(Direction.OUTBOUND, Direction.INBOUND),
                d -> d == Direction.OUTBOUND ? "We reached out" : "They reached us",
                d -> new FontIcon(d == Direction.OUTBOUND ? Material2AL.CALL_MADE : Material2AL.CALL_RECEIVED),
                directionKeys, d -> keyOf(directionKeys, d), false);
        direction.valueProperty().bindBidirectional(model.directionProperty());
        row = addRow(form, row, "Direction", direction, null, null);

        // The kind of conversation, as the brief suggests it (the user may change it or clear it).
        javafx.scene.control.ComboBox<app.rapport.domain.ConversationType> conversation = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(app.rapport.domain.ConversationType.values()));
        conversation.getItems().add(0, null);
        conversation.setId("log-conversation");
        conversation.setPromptText("not recorded");
        javafx.util.StringConverter<app.rapport.domain.ConversationType> typeNames = new javafx.util.StringConverter<>() {
            @Override
            public String toString(app.rapport.domain.ConversationType type) {
                return type == null ? "not recorded" : app.rapport.ui.brief.BriefView.typeLabel(type);
            }

            @Override
            public app.rapport.domain.ConversationType fromString(String text) {
                return null;
            }
        };
        conversation.setConverter(typeNames);
        conversation.valueProperty().bindBidirectional(model.conversationTypeProperty());
        row = addRow(form, row, "Conversation", conversation, null, null);

        // When
        DatePicker date = datePicker("log-date", model.dateTextProperty());
        date.setPrefWidth(150);
        TextField time = new TextField();
        time.setId("log-time");
        time.setPrefColumnCount(6);
        time.textProperty().bindBidirectional(model.timeTextProperty());
        HBox when = new HBox(8, date, time);
        when.setAlignment(Pos.CENTER_LEFT);
        date.getEditor().focusedProperty().addListener((observable, before, now) -> {
            if (!now) {
                model.leftWhen();
            }
        });
        time.focusedProperty().addListener((observable, before, now) -> {
            if (!now) {
                model.leftWhen();
            }
        });
        row = addRow(form, row, "When", when, model.whenErrorProperty(), "log-when-error");

        // Summary and outcome
        TextArea summary = new TextArea();
        summary.setId("log-summary");
        summary.setPromptText("What was said, in a line or two");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.textProperty().bindBidirectional(model.summaryProperty());
        row = addRow(form, row, "Summary", summary, model.summaryErrorProperty(), "log-summary-error");

        // Mood
        Map<KeyCode, Mood> moodKeys = moodKeys();
        mood = new ChoiceStrip<>("log-mood", MOODS, Mood::label, LogTouchpointDialog::moodDot, moodKeys,
                m -> String.valueOf(MOODS.indexOf(m) + 1), true);
        mood.getStyleClass().add("mood-strip");
        mood.valueProperty().bindBidirectional(model.moodProperty());
        Label moodHint = new Label("Alt+1\u20136 picks a mood from anywhere in this form (1\u20136 once here), Alt+0 clears it");
        moodHint.setId("log-mood-hint");
        moodHint.getStyleClass().add("field-hint");
        VBox moodBox = new VBox(3, mood, moodHint);
        row = addRow(form, row, "Mood", moodBox, null, null);

        TextField outcome = new TextField();
        tabMovesFocus(summary, time, mood);
        outcome.setId("log-outcome");
        outcome.setPromptText("What was agreed or promised (optional)");
        outcome.textProperty().bindBidirectional(model.outcomeProperty());
        row = addRow(form, row, "Outcome", outcome, null, null);

        // Follow-up
        DatePicker followUp = datePicker("log-follow-up", model.followUpTextProperty());
        followUp.setPromptText("No follow-up");
        followUp.setPrefWidth(150);
        followUp.getEditor().focusedProperty().addListener((observable, before, now) -> {
            if (!now) {
                model.leftFollowUp();
            }
        });
        Label followUpHint = new Label("optional: the day to get back to them");
        followUpHint.getStyleClass().add("field-hint");
        HBox followUpBox = new HBox(10, followUp, followUpHint);
        followUpBox.setAlignment(Pos.CENTER_LEFT);
        row = addRow(form, row, "Follow up", followUpBox, model.followUpErrorProperty(), "log-follow-up-error");

        // Competitor (optional; greyed out while there are no competitors)
        row = addRow(form, row, "Competitor", competitorMention, null, null);

        // A refusal or request heard during the conversation, captured on the side
        opportunityLink.setId("log-opportunity");
        opportunityLink.setTooltip(new javafx.scene.control.Tooltip("Log what they turned down or asked for (Ctrl+Shift+R); this touchpoint stays open"));
        opportunityLink.disableProperty().bind(model.clientProperty().isNull());
        opportunityLink.setOnAction(event -> openOpportunity());
        opportunityNote.setId("log-opportunity-note");
        opportunityNote.getStyleClass().add("field-hint");
        HBox opportunityRow = new HBox(8, opportunityLink, opportunityNote);
        opportunityRow.setAlignment(Pos.CENTER_LEFT);
        opportunityRow.setVisible(false);
        opportunityRow.managedProperty().bind(opportunityRow.visibleProperty());
        this.opportunityRow = opportunityRow;
        form.add(opportunityRow, 1, row++);

        // What went wrong, and the keys
        Label formError = errorLabel(model.formErrorProperty(), "log-form-error");
        formError.getStyleClass().add("form-error");
        form.add(formError, 1, row++);
        Label keys = new Label("Ctrl+Enter saves \u00b7 Esc cancels");
        keys.getStyleClass().add("field-hint");
        form.add(keys, 1, row);

        pane.setContent(form);

        Button save = (Button) pane.lookupButton(saveType);
        save.setId("log-save");
        save.setDefaultButton(true);
        save.textProperty().bind(Bindings.when(model.savingProperty()).then("Saving\u2026").otherwise("Save"));
        save.disableProperty().bind(model.savingProperty());
        // The dialog closes only once the store has the touchpoint, not when Save is pressed.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save();
        });
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setId("log-cancel");
        cancel.disableProperty().bind(model.savingProperty());

        pane.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE_KEYS.match(event)) {
                event.consume();
                model.save();
            } else if (OPPORTUNITY_KEYS.match(event)) {
                event.consume();
                openOpportunity();
            } else if (event.isAltDown() && !event.isShortcutDown() && moodKeys.containsKey(event.getCode())) {
                // Alt+1..6 sets the mood from anywhere, even while typing.
                event.consume();
                model.moodProperty().set(moodKeys.get(event.getCode()));
            } else if (event.isAltDown() && !event.isShortcutDown() && (event.getCode() == KeyCode.DIGIT0 || event.getCode() == KeyCode.NUMPAD0)) {
                event.consume();
                model.moodProperty().set(null);
            } else if (!event.isAltDown() && !event.isShortcutDown() && moodKeys.containsKey(event.getCode())
                    && !(pane.getScene().getFocusOwner() instanceof TextInputControl)
                    && !(pane.getScene().getFocusOwner() instanceof DatePicker)) {
                // Outside text fields, 1..6 set the mood directly.
                event.consume();
                mood.choose(moodKeys.get(event.getCode()));
            }
        });

        setResultConverter(button -> model.savedProperty().get());
        model.savedProperty().addListener((observable, before, now) -> {
            if (now != null) {
                setResult(now);
                close();
                if (onSaved != null) {
                    onSaved.accept(now);
                }
            }
        });
        // Messages come and go: the window grows with them, so no field is ever squeezed.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        for (ObservableStringValue error : List.of(model.clientErrorProperty(), model.whenErrorProperty(),
                model.summaryErrorProperty(), model.followUpErrorProperty(), model.formErrorProperty())) {
            error.addListener((observable, before, now) -> Platform.runLater(this::fitHeight));
        }
        firstField = model.isClientFixed() ? summary : clientNode;
        // The keyboard is on the first field as the window shows (showing focuses the default
        // button), so the first keys typed after the shortcut land there, not on Save.
        setOnShown(event -> {
            firstField.requestFocus();
            Platform.runLater(firstField::requestFocus);
        });
        DiscardGuard.install(this);
    }

    private void fitHeight() {
        DialogPane pane = getDialogPane();
        if (pane.getScene() == null || pane.getScene().getWindow() == null || !isShowing()) {
            return;
        }
        Window window = pane.getScene().getWindow();
        double frame = window.getHeight() - pane.getScene().getHeight();
        double needed = pane.prefHeight(pane.getWidth()) + frame;
        if (Math.abs(window.getHeight() - needed) > 1) {
            window.setHeight(needed);
        }
    }

    /** Shows "They said no, or asked for something…", which hands the chosen client to {@code onOpportunity}. */
    public void setOnOpportunity(Consumer<ClientSummary> onOpportunity) {
        this.onOpportunity = onOpportunity;
        opportunityRow.setVisible(onOpportunity != null);
    }

    private void openOpportunity() {
        ClientSummary client = model.clientProperty().get();
        if (onOpportunity != null && client != null && !model.savingProperty().get()) {
            onOpportunity.accept(client);
        }
    }

    /** Called once, on the FX thread, with the touchpoint as stored, after the dialog closed. */
    public void setOnSaved(Consumer<Touchpoint> onSaved) {
        this.onSaved = onSaved;
    }

    public LogTouchpointViewModel model() {
        return model;
    }

    private static int addRow(GridPane form, int row, String label, Node field, ObservableStringValue error, String errorId) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(field);
        GridPane.setValignment(name, field instanceof TextArea || field instanceof VBox ? VPos.TOP : VPos.CENTER);
        if (field instanceof TextArea || field instanceof VBox) {
            name.getStyleClass().add("top-aligned");
        }
        form.add(name, 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        row++;
        if (error != null) {
            form.add(errorLabel(error, errorId), 1, row);
            row++;
        }
        return row;
    }

    private static Label errorLabel(ObservableStringValue error, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        label.textProperty().bind(error);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> error.get() != null && !error.get().isEmpty(), error));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * A date picker whose editor is the view model's text: what is typed stays as typed, even when
     * it is not a date, so the form can say what is wrong instead of silently undoing the edit.
     */
    private DatePicker datePicker(String id, StringProperty text) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                if (value == null) {
                    String typed = text.get();
                    return typed != null && model.parseDateOrNull(typed) == null ? typed : "";
                }
                return model.formatDate(value);
            }

            @Override
            public LocalDate fromString(String typed) {
                return typed == null || typed.isBlank() ? null : model.parseDateOrNull(typed);
            }
        });
        picker.setValue(model.parseDateOrNull(text.get()));
        picker.getEditor().setText(text.get());
        // The picker reads the text itself when the user leaves the field or presses Enter; doing
        // it on every keystroke would reformat the text under the user's fingers.
        picker.getEditor().textProperty().bindBidirectional(text);
        return picker;
    }

    /** In the summary, Tab goes on to the next field as everywhere else (Ctrl+Tab still works too). */
    private static void tabMovesFocus(TextArea area, Node previous, Node next) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
                (event.isShiftDown() ? previous : next).requestFocus();
            }
        });
    }

    private static Node moodDot(Mood mood) {
        Region dot = new Region();
        dot.getStyleClass().addAll("mood-dot", TimelineIcons.styleClass(mood));
        return dot;
    }

    private static Map<KeyCode, Mood> moodKeys() {
        Map<KeyCode, Mood> keys = new java.util.HashMap<>();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        KeyCode[] numpad = {KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4, KeyCode.NUMPAD5, KeyCode.NUMPAD6};
        for (int i = 0; i < MOODS.size(); i++) {
            keys.put(digits[i], MOODS.get(i));
            keys.put(numpad[i], MOODS.get(i));
        }
        return keys;
    }

    private static <T> String keyOf(Map<KeyCode, T> keys, T value) {
        return keys.entrySet().stream().filter(entry -> entry.getValue() == value)
                .map(entry -> entry.getKey().getName()).findFirst().orElse(null);
    }
}
