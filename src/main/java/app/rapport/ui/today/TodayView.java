package app.rapport.ui.today;

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
    private final Consumer<UUID> prepareCall;
    private final Consumer<TodayItem> logTouchpoint;
    private final TableView<TodayItem> table = new TableView<>();
    private final Label heading = new Label("Today");
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final Label more = new Label();

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

        TableColumn<TodayItem, TodayItem> client = column("Client", 180);
        client.setCellFactory(c -> text(item -> item.clientName(), null, false));
        TableColumn<TodayItem, TodayItem> reason = column("Reason", 170);
        reason.setCellFactory(c -> text(item -> item.reason().label(), item -> item.reason() == TodayReason.FOLLOW_UP_OVERDUE
                || item.reason() == TodayReason.OPEN_COMPLAINT || item.reason() == TodayReason.GHOSTED ? "today-urgent" : null, false));
        TableColumn<TodayItem, TodayItem> due = column("Due", 100);
        due.setCellFactory(c -> text(this::dueText, item -> item.overdue(today()) ? "today-overdue" : null, false));
        TableColumn<TodayItem, TodayItem> why = column("Why", 420);
        why.setCellFactory(c -> text(item -> item.why() + (item.alsoReasons().isEmpty() ? "" : "  \u00b7  also: "
                + item.alsoReasons().stream().map(r -> r.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))), null, true));
        why.setId("today-why");
        table.getColumns().setAll(java.util.List.of(client, reason, due, why));
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
}
