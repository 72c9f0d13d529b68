package app.rapport.ui.segments;

import app.rapport.ui.control.DialogSize;
import app.rapport.ui.control.DiscardGuard;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.Segment;
import app.rapport.service.SegmentService;
import app.rapport.service.SegmentService.Choice;
import app.rapport.service.SegmentService.Saved;
import app.rapport.ui.control.Chosen;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.control.SavedList;
import app.rapport.ui.segments.SegmentViewModel.Ghosted;
import app.rapport.ui.task.TaskExecutor;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Segments: the saved ones on the left; on the right the criteria of the one being edited, with
 * the number of clients who match, counted again (in the background) as each criterion changes.
 * The view binds its controls to a {@link SegmentViewModel}, which does the work.
 */
public final class SegmentDialog extends Dialog<Void> {
    /** What the dialog's action buttons hand back to the window. */
    public record Actions(Consumer<Segment> showInList, Consumer<Segment> exportCsv, Consumer<Segment> writeMessage) {
    }

    private final SegmentViewModel model;
    private final Actions actions;

    private final ListView<Saved> list = new ListView<>();
    private final TextField name = new TextField();
    private final Map<Phase, CheckBox> phases = new EnumMap<>(Phase.class);
    private final Map<Mood, CheckBox> moods = new EnumMap<>(Mood.class);
    private final CheckComboBox<String> tags = new CheckComboBox<>();
    private final DatePicker noContactSince = new DatePicker();
    private final DatePicker contactedSince = new DatePicker();
    private final TextField silentForDays = new TextField();
    private final TextField contactedWithinDays = new TextField();
    private final CheckComboBox<Choice<UUID>> products = new CheckComboBox<>();
    private final CheckComboBox<String> categories = new CheckComboBox<>();
    private final CheckComboBox<Choice<String>> refusalReasons = new CheckComboBox<>();
    private final CheckComboBox<Choice<UUID>> competitors = new CheckComboBox<>();
    private final TextField minSpent = new TextField();
    private final TextField maxSpent = new TextField();
    private final ComboBox<Ghosted> ghosted = new ComboBox<>();
    private final Label count = new Label();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Label message = new Label();
    private final Button undo = new Button("Undo");

    private SegmentDialog(Window owner, SegmentViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        initOwner(owner);
        setTitle("Segments");
        setHeaderText("Saved groups of clients. Tick what a client must be; the count follows as you go.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        DialogSize.atLeastWithinScreen(this, 1000, 700);
        model.load();
        DiscardGuard.install(this, model.selectedProperty(), model.saved());
    }

    public static SegmentDialog open(Window owner, SegmentService segments, TaskExecutor background, Actions actions, Consumer<String> report) {
        SegmentDialog dialog = new SegmentDialog(owner, new SegmentViewModel(segments, background, report), actions);
        dialog.show();
        return dialog;
    }

    private Node content() {
        list.setId("segment-list");
        list.setPrefWidth(220);
        list.setPlaceholder(new Label("No segments yet.\nSet criteria on the right\nand save."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Saved item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.segment().name() + (item.readable() ? "" : "  (cannot be read)"));
            }
        });
        list.setItems(model.saved());
        VBox left = SavedList.column(list, "segment", 260, model.selectedProperty()::set, () -> {
            model.newSegment();
            name.requestFocus();
        }, model::delete);
        Chosen.follow(list.getSelectionModel(), model.selectedProperty(), list::scrollTo);

        name.setId("segment-name");
        name.setPromptText("e.g. Happy honeymooners");
        FlowPane phaseBoxes = new FlowPane(12, 4);
        for (Phase phase : Phase.values()) {
            CheckBox box = new CheckBox(phase.label());
            box.setId("segment-phase-" + phase.code());
            phases.put(phase, box);
            phaseBoxes.getChildren().add(box);
        }
        FlowPane moodBoxes = new FlowPane(12, 4);
        for (Mood mood : Mood.values()) {
            CheckBox box = new CheckBox(mood.label());
            box.setId("segment-mood-" + mood.name().toLowerCase(java.util.Locale.ROOT));
            moods.put(mood, box);
            moodBoxes.getChildren().add(box);
        }
        tags.setId("segment-tags");
        Formatting.typedDays(noContactSince);
        noContactSince.setId("segment-no-contact-since");
        Formatting.typedDays(contactedSince);
        contactedSince.setId("segment-contacted-since");
        silentForDays.setId("segment-silent-days");
        silentForDays.setPromptText("days");
        silentForDays.setPrefColumnCount(5);
        contactedWithinDays.setId("segment-contacted-within");
        contactedWithinDays.setPromptText("days");
        contactedWithinDays.setPrefColumnCount(5);
        products.setId("segment-products");
        categories.setId("segment-categories");
        refusalReasons.setId("segment-refusals");
        competitors.setId("segment-competitors");
        minSpent.setId("segment-min-spent");
        minSpent.setPromptText("from");
        minSpent.setPrefColumnCount(7);
        maxSpent.setId("segment-max-spent");
        maxSpent.setPromptText("to");
        maxSpent.setPrefColumnCount(7);
        ghosted.setId("segment-ghosted");
        ghosted.getItems().setAll(Ghosted.values());
        for (String field : SegmentViewModel.FIELDS) {
            problems.put(field, FieldMessage.create("segment-" + field + "-problem"));
        }
        FieldMessage.follow(problems, model.problems());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, caption("Name"), name);
        form.add(problems.get("name"), 1, row++);
        form.addRow(row++, caption("Phase"), phaseBoxes);
        form.addRow(row++, caption("Latest mood"), moodBoxes);
        form.addRow(row++, caption("Tagged"), tags);
        form.addRow(row++, caption("Last contact"), new HBox(8, caption("none since"), noContactSince, caption("or since"), contactedSince));
        form.add(problems.get("contactedSince"), 1, row++);
        form.addRow(row++, caption("Quiet"), new HBox(8, caption("no contact for at least"), silentForDays,
                caption("days; contacted in the last"), contactedWithinDays, caption("days")));
        form.add(problems.get("silentForDays"), 1, row++);
        form.add(problems.get("contactedWithinDays"), 1, row++);
        form.addRow(row++, caption("Bought"), products);
        form.addRow(row++, caption("From category"), categories);
        form.addRow(row++, caption("Refused for"), refusalReasons);
        form.addRow(row++, caption("Competitor"), competitors);
        form.addRow(row++, caption("Spent in all"), new HBox(8, minSpent, caption("to"), maxSpent));
        form.add(problems.get("minSpent"), 1, row++);
        form.add(problems.get("maxSpent"), 1, row++);
        form.addRow(row++, caption("Ghosted"), ghosted);
        for (Node node : form.getChildren()) {
            if (node instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        }
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        for (CheckComboBox<?> box : List.of(tags, products, categories, refusalReasons, competitors)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setShowCheckedCount(true);
        }

        count.setId("segment-count");
        count.getStyleClass().addAll(Styles.TITLE_4);
        Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("segment-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Button show = new Button("Show in client list", new FontIcon(Material2AL.FILTER_LIST));
        show.setId("segment-show");
        show.setOnAction(event -> model.withSaved(actions.showInList()));
        Button export = new Button("Export CSV\u2026", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("segment-export");
        export.setOnAction(event -> model.withSaved(actions.exportCsv()));
        Button write = new Button("Write a message\u2026", new FontIcon(Material2MZ.MAIL_OUTLINE));
        write.setId("segment-message");
        write.setOnAction(event -> model.withSaved(actions.writeMessage()));
        message.setId("segment-message-text");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        for (Button button : List.of(save, show, export, write)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, save, show, export, write);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The count and the buttons stay in sight; only the criteria scroll.
        form.setPadding(new Insets(4, 8, 8, 4));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox bottom = new VBox(6, buttons, message);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        javafx.scene.layout.BorderPane right = new javafx.scene.layout.BorderPane(scroll, count, null, bottom, null);
        javafx.scene.layout.BorderPane.setMargin(count, new Insets(0, 0, 8, 0));
        right.setPadding(new Insets(0, 8, 8, 12));

        bind();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.22);
        return split;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void bind() {
        name.textProperty().bindBidirectional(model.nameProperty());
        phases.forEach((phase, box) -> bindTick(box, model.phases(), phase));
        moods.forEach((mood, box) -> bindTick(box, model.moods(), mood));
        bindChecks(tags, model.tagChoices(), model.tags(), Function.identity());
        bindChecks(products, model.productChoices(), model.products(), Choice::value);
        bindChecks(categories, model.categoryChoices(), model.categories(), Function.identity());
        bindChecks(refusalReasons, model.refusalChoices(), model.refusalReasons(), Choice::value);
        bindChecks(competitors, model.competitorChoices(), model.competitors(), Choice::value);
        noContactSince.valueProperty().bindBidirectional(model.noContactSinceProperty());
        contactedSince.valueProperty().bindBidirectional(model.contactedSinceProperty());
        silentForDays.textProperty().bindBidirectional(model.silentForDaysProperty());
        contactedWithinDays.textProperty().bindBidirectional(model.contactedWithinDaysProperty());
        minSpent.textProperty().bindBidirectional(model.minSpentProperty());
        maxSpent.textProperty().bindBidirectional(model.maxSpentProperty());
        ghosted.valueProperty().bindBidirectional(model.ghostedProperty());
        count.textProperty().bind(model.countProperty());
        model.countMillisProperty().addListener((observable, before, millis) -> count.setUserData(millis));
        message.textProperty().bind(model.messageProperty());
        undo.setId("segment-undo");
        undo.setOnAction(event -> model.undoDelete());
        message.graphicProperty().bind(Bindings.when(model.undoableProperty().isNotNull()).then((Node) undo).otherwise((Node) null));
        message.setContentDisplay(ContentDisplay.RIGHT);
    }

    /** The box is ticked while the model's set holds {@code value}. */
    private static <T> void bindTick(CheckBox box, ObservableSet<T> chosen, T value) {
        box.setSelected(chosen.contains(value));
        chosen.addListener((SetChangeListener<T>) change -> box.setSelected(chosen.contains(value)));
        box.selectedProperty().addListener((observable, before, ticked) -> {
            if (ticked) {
                chosen.add(value);
            } else {
                chosen.remove(value);
            }
        });
    }

    /** The box offers {@code items} and checks those whose value the model's set holds; checking one adds its value. */
    private static <T, V> void bindChecks(CheckComboBox<T> box, ObservableList<T> items, ObservableSet<V> chosen, Function<T, V> value) {
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                if (!box.getItems().equals(items)) {
                    box.getItems().setAll(items);
                }
                box.getCheckModel().clearChecks();
                box.getItems().stream().filter(item -> chosen.contains(value.apply(item))).forEach(box.getCheckModel()::check);
            } finally {
                syncing[0] = false;
            }
        };
        fromModel.run();
        items.addListener((ListChangeListener<T>) change -> fromModel.run());
        chosen.addListener((SetChangeListener<V>) change -> {
            if (!syncing[0]) {
                fromModel.run();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            try {
                while (change.next()) {
                    change.getRemoved().forEach(item -> chosen.remove(value.apply(item)));
                    change.getAddedSubList().forEach(item -> chosen.add(value.apply(item)));
                }
            } finally {
                syncing[0] = false;
            }
        });
    }
}
