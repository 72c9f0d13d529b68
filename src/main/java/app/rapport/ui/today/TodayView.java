package app.rapport.ui.today;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.ui.control.Formatting;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The home screen: whom to contact today, most urgent first, each row saying why. Enter or F5
 * opens the brief of the selected client; Ctrl+L logs a touchpoint, which takes them out of the
 * queue.
 */
public final class TodayView extends BorderPane {
    private static final KeyCombination LOG = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final TodayViewModel model;
    private final Clock clock;
    private final javafx.animation.PauseTransition newDay = new javafx.animation.PauseTransition();
    private final Consumer<UUID> prepareCall;
    private final Consumer<TodayItem> logTouchpoint;
    private final TableView<TodayItem> table = new TableView<>();
    private final Label heading = new Label("Today");
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final Label more = new Label();
    private TodayViewModel.Links links = TodayViewModel.Links.DESKTOP;
    private Consumer<String> report = message -> { };

    public TodayView(TodayViewModel model, Clock clock, Consumer<UUID> prepareCall, Consumer<TodayItem> logTouchpoint) {
        this.model = model;
        this.clock = clock;
        this.prepareCall = prepareCall;
        this.logTouchpoint = logTouchpoint;
        getStyleClass().add("today");
        setId("today");
        setTop(header());
        setCenter(table());
        more.setId("today-more");
        more.getStyleClass().add("text-muted");
        more.setWrapText(true);
        more.setPadding(new Insets(8, 0, 0, 0));
        more.managedProperty().bind(more.visibleProperty());
        setBottom(more);
        setPadding(new Insets(12, 16, 12, 16));
        model.items().addListener((javafx.collections.ListChangeListener<TodayItem>) change -> describe());
        model.loadingProperty().addListener((observable, before, now) -> describe());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.getStyleClass().add("danger");
        describe();
        refreshEachNewDay();
    }

    /** A window left open overnight shows the new day's queue: due dates move with the calendar, not only with changes. */
    private void refreshEachNewDay() {
        newDay.setDuration(javafx.util.Duration.millis(untilNextDay(clock).toMillis()));
        newDay.setOnFinished(event -> {
            if (getScene() != null) {
                refresh();
            }
            refreshEachNewDay();
        });
        newDay.playFromStart();
    }

    /** How long until just after the next midnight in the clock's zone. */
    static java.time.Duration untilNextDay(Clock clock) {
        java.time.ZonedDateTime now = clock.instant().atZone(clock.getZone());
        return java.time.Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).plusSeconds(1));
    }

    public TodayViewModel model() {
        return model;
    }

    /** The row the user is on, or null. */
    public TodayItem selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Loads the queue again, keeps the user's place (same client, else same row), and puts the keyboard on it. */
    public void refresh() {
        TodayItem before = selected();
        int index = table.getSelectionModel().getSelectedIndex();
        model.refresh(() -> {
            int at = -1;
            if (before != null) {
                for (int i = 0; i < model.items().size(); i++) {
                    if (model.items().get(i).clientId().equals(before.clientId())) {
                        at = i;
                        break;
                    }
                }
            }
            if (at < 0 && !model.items().isEmpty()) {
                at = Math.max(0, Math.min(index, model.items().size() - 1));
            }
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at);
                table.scrollTo(Math.max(0, at - 3));
            }
            if (getScene() != null && isVisible()) {
                table.requestFocus();
            }
        });
    }

    private VBox header() {
        heading.getStyleClass().add("title-2");
        heading.setId("today-heading");
        summary.setId("today-summary");
        summary.getStyleClass().add("text-muted");
        Button prepare = new Button("Prepare call (F5)");
        prepare.setId("today-prepare");
        prepare.setOnAction(event -> openSelected());
        Button log = new Button("Log touchpoint (Ctrl+L)");
        log.setId("today-log");
        log.setOnAction(event -> logSelected());
        prepare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        log.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button reload = new Button("Refresh");
        reload.setId("today-refresh");
        reload.setOnAction(event -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, heading, spacer, prepare, log, reload);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        // The count under the day, not beside it: a big book's numbers would squeeze the day's name.
        heading.setMinWidth(Region.USE_PREF_SIZE);
        VBox top = new VBox(6, titleRow, summary, problem);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private TableView<TodayItem> table() {
        table.setId("today-queue");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<TodayItem, TodayItem> client = column("Client", 270);
        client.setCellFactory(c -> new ClientCell());
        TableColumn<TodayItem, TodayItem> reach = column("Reach", 110);
        reach.setCellFactory(c -> new ReachCell());
        // Its three buttons and the due day are read whole or not at all; narrower windows take the room from the names and reasons.
        reach.setMinWidth(110);
        TableColumn<TodayItem, TodayItem> reason = column("Reason", 190);
        reason.setCellFactory(c -> text(item -> item.reason().label(), item -> item.reason() == TodayReason.FOLLOW_UP_OVERDUE
                || item.reason() == TodayReason.OPEN_COMPLAINT || item.reason() == TodayReason.GHOSTED ? "today-urgent" : null, false));
        TableColumn<TodayItem, TodayItem> due = column("Due", 120);
        due.setMinWidth(120);
        due.setCellFactory(c -> text(this::dueText, item -> item.overdue(today()) ? "today-overdue" : null, false));
        TableColumn<TodayItem, TodayItem> why = column("Why", 420);
        why.setCellFactory(c -> text(item -> item.why() + (item.alsoReasons().isEmpty() ? "" : "  \u00b7  also: "
                + item.alsoReasons().stream().map(r -> r.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))), null, true));
        why.setId("today-why");
        table.getColumns().setAll(java.util.List.of(client, reach, reason, due, why));
        table.setItems(model.items());

        table.setRowFactory(view -> {
            TableRow<TodayItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F5) {
                openSelected();
                event.consume();
            } else if (LOG.match(event)) {
                logSelected();
                event.consume();
            }
        });

        Label empty = new Label("Nobody to contact today.");
        empty.getStyleClass().add("title-4");
        Label emptyDetail = new Label("No follow-ups are due, no complaint is waiting, and every recent buyer has heard from you.\n"
                + "Promised follow-ups, new purchases and coming renewals will show up here.");
        emptyDetail.getStyleClass().add("text-muted");
        emptyDetail.setWrapText(true);
        VBox placeholder = new VBox(6, empty, emptyDetail);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setId("today-empty");
        placeholder.setMaxWidth(520);
        Label loadingLabel = new Label("Looking through your client book\u2026");
        table.placeholderProperty().bind(Bindings.when(model.loadingProperty()).then((javafx.scene.Node) loadingLabel)
                .otherwise(placeholder));
        return table;
    }

    private static TableColumn<TodayItem, TodayItem> column(String title, double width) {
        TableColumn<TodayItem, TodayItem> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        return column;
    }

    /** A cell of one line; {@code wholeInTooltip}: a text cut at a narrow window is shown whole on hover. */
    private static TableCell<TodayItem, TodayItem> text(java.util.function.Function<TodayItem, String> text,
                                                        java.util.function.Function<TodayItem, String> styleClass, boolean wholeInTooltip) {
        return new TableCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(480);
            }

            @Override
            protected void updateItem(TodayItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("today-urgent", "today-overdue");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                if (wholeInTooltip) {
                    whole.setText(getText());
                    setTooltip(whole);
                }
                String style = styleClass == null ? null : styleClass.apply(item);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        };
    }

    /**
     * Where Call, Text and Email on a row go: the desktop's apps, with what happened (or what to
     * do instead) said through {@code report}.
     */
    public void setOnReach(TodayViewModel.Links links, Consumer<String> report) {
        this.links = links;
        this.report = report;
    }

    /** The name, and beside it the phone and town that tell two clients of one name apart. */
    private static final class ClientCell extends TableCell<TodayItem, TodayItem> {
        private final Label name = new Label();
        private final Label reach = new Label();
        private final HBox box = new HBox(8, name, reach);

        ClientCell() {
            reach.getStyleClass().addAll("text-muted", "text-small", "today-reach");
            name.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
        }

        @Override
        protected void updateItem(TodayItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.clientName());
            reach.setText(item.reach().phoneAndTown());
            setGraphic(box);
        }
    }

    /** Call, text and email buttons for the row's client, each there only when the book has the number or address. */
    private final class ReachCell extends TableCell<TodayItem, TodayItem> {
        private final Button call = reachButton(Material2AL.CALL, "today-call");
        private final Button text = reachButton(Material2MZ.SMS, "today-text");
        private final Button mail = reachButton(Material2AL.EMAIL, "today-mail");
        private final HBox box = new HBox(2, call, text, mail);

        ReachCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            call.setOnAction(event -> reach(TodayViewModel.Way.CALL));
            text.setOnAction(event -> reach(TodayViewModel.Way.MESSAGE));
            mail.setOnAction(event -> reach(TodayViewModel.Way.MAIL));
        }

        private void reach(TodayViewModel.Way way) {
            TodayItem item = getItem();
            if (item != null) {
                table.getSelectionModel().select(item);
                model.reach(item, way, links, report);
            }
        }

        @Override
        protected void updateItem(TodayItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            String phone = item.reach().phone();
            String email = item.reach().email();
            call.setDisable(phone == null);
            text.setDisable(phone == null);
            mail.setDisable(email == null);
            call.getTooltip().setText(phone == null ? "No phone number" : "Call " + item.clientName() + " on " + phone);
            text.getTooltip().setText(phone == null ? "No phone number" : "Text " + item.clientName() + " on " + phone);
            mail.getTooltip().setText(email == null ? "No email address" : "Email " + item.clientName() + " at " + email);
            setGraphic(box);
        }
    }

    private static Button reachButton(org.kordamp.ikonli.Ikon icon, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon", "small");
        button.setFocusTraversable(false);
        button.setTooltip(new javafx.scene.control.Tooltip());
        return button;
    }

    private String dueText(TodayItem item) {
        if (item.due() == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today(), item.due());
        if (days == 0) {
            return "today";
        }
        if (days < 0) {
            return -days == 1 ? "1 day late" : -days + " days late";
        }
        return days == 1 ? "tomorrow" : "in " + days + " days";
    }

    private LocalDate today() {
        return model.dayProperty().get() != null ? model.dayProperty().get() : LocalDate.now(clock);
    }

    private void describe() {
        LocalDate day = today();
        heading.setText("Today, " + Formatting.current().weekdayAndDay(day));
        if (model.loadingProperty().get() && model.items().isEmpty()) {
            summary.setText("Looking through your client book\u2026");
            return;
        }
        int count = model.total();
        int late = model.late();
        summary.setText(count == 0 ? "all caught up"
                : String.format(Locale.ENGLISH, "%,d %s to contact", count, count == 1 ? "client" : "clients")
                + (late == 0 ? "" : String.format(Locale.ENGLISH, ", %,d late", late)));
        more.setText(notShown());
        more.setVisible(!more.getText().isEmpty());
    }

    /** The clients beyond the rows shown, counted by reason: nobody is left out without a word. */
    private String notShown() {
        int hidden = model.total() - model.items().size();
        if (hidden <= 0 || model.loadingProperty().get()) {
            return "";
        }
        String byReason = model.notShownByReason().entrySet().stream()
                .map(entry -> String.format(Locale.ENGLISH, "%s %,d", entry.getKey().label().toLowerCase(Locale.ROOT), entry.getValue()))
                .collect(Collectors.joining(" \u00b7 "));
        return String.format(Locale.ENGLISH, "Showing the %,d most urgent. %,d more to contact after them: %s.",
                model.items().size(), hidden, byReason);
    }

    private void openSelected() {
        TodayItem item = selected();
        if (item != null) {
            prepareCall.accept(item.clientId());
        }
    }

    private void logSelected() {
        TodayItem item = selected();
        if (item != null) {
            logTouchpoint.accept(item);
        }
    }

    /** Reads the queue again, while it is {@code shown}, when a change touches what a client's state is made of. */
    public void followChanges(ChangeFollower changes, java.util.function.BooleanSupplier shown) {
        changes.follow(ChangeFollower.whileShown(shown, ChangeFollower.CLIENT_STATE_TABLES), this::refresh);
    }
}
