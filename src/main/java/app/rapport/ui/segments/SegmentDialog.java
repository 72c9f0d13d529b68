package app.rapport.ui.segments;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.SegmentService;
import app.rapport.service.SegmentService.Choice;
import app.rapport.service.SegmentService.Choices;
import app.rapport.service.SegmentService.Saved;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.control.SavedList;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
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

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Segments: the saved ones on the left; on the right the criteria of the one being edited, with
 * the number of clients who match, counted again (in the background) as each criterion changes.
 */
public final class SegmentDialog extends Dialog<Void> {
    /** What the dialog's action buttons hand back to the window. */
    public record Actions(Consumer<Segment> showInList, Consumer<Segment> exportCsv, Consumer<Segment> writeMessage) {
    }

    private final SegmentService segments;
    private final TaskExecutor background;
    private final Actions actions;
    private final Consumer<String> report;

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
    private final ComboBox<String> ghosted = new ComboBox<>();
    private final Label count = new Label();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Label message = new Label();

    private Segment editing;
    private boolean filling;
    private final TaskKey countKey = new TaskKey("segment count");

    private SegmentDialog(Window owner, SegmentService segments, TaskExecutor background, Actions actions, Consumer<String> report) {
        this.segments = segments;
        this.background = background;
        this.actions = actions;
        this.report = report;
        initOwner(owner);
        setTitle("Segments");
        setHeaderText("Saved groups of clients. Tick what a client must be; the count follows as you go.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(1000, 700);
        // A dialog otherwise sizes to its header text; the form and its buttons need the room.
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, event -> {
            setWidth(Math.max(getWidth(), 1000));
            setHeight(Math.max(getHeight(), 700));
        });
        background.run(segments::choices, this::offer, failure -> say("Could not read the choices: " + Messages.of(failure)));
    }

    public static SegmentDialog open(Window owner, SegmentService segments, TaskExecutor background, Actions actions, Consumer<String> report) {
        SegmentDialog dialog = new SegmentDialog(owner, segments, background, actions, report);
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
        VBox left = SavedList.column(list, "segment", 260, this::edit, () -> {
            edit(null);
            name.requestFocus();
        }, this::delete);

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
        noContactSince.setId("segment-no-contact-since");
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
        ghosted.getItems().setAll("Either", "Being ghosted", "Not ghosted");
        ghosted.setValue("Either");
        for (String field : List.of("name", "silentForDays", "contactedWithinDays", "minSpent", "maxSpent", "contactedSince")) {
            problems.put(field, FieldMessage.create("segment-" + field + "-problem"));
        }

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
        save.setOnAction(event -> save());
        Button show = new Button("Show in client list", new FontIcon(Material2AL.FILTER_LIST));
        show.setId("segment-show");
        show.setOnAction(event -> withSaved(actions.showInList()));
        Button export = new Button("Export CSV\u2026", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("segment-export");
        export.setOnAction(event -> withSaved(actions.exportCsv()));
        Button write = new Button("Write a message\u2026", new FontIcon(Material2MZ.MAIL_OUTLINE));
        write.setId("segment-message");
        write.setOnAction(event -> withSaved(actions.writeMessage()));
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

        watchForChanges();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.22);
        return split;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void watchForChanges() {
        Runnable changed = () -> {
            if (!filling) {
                recount();
            }
        };
        phases.values().forEach(box -> box.selectedProperty().addListener((o, b, n) -> changed.run()));
        moods.values().forEach(box -> box.selectedProperty().addListener((o, b, n) -> changed.run()));
        for (CheckComboBox<?> box : List.of(tags, products, categories, refusalReasons, competitors)) {
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Object>) change -> changed.run());
        }
        noContactSince.valueProperty().addListener((o, b, n) -> changed.run());
        contactedSince.valueProperty().addListener((o, b, n) -> changed.run());
        for (TextField field : List.of(silentForDays, contactedWithinDays, minSpent, maxSpent)) {
            field.textProperty().addListener((o, b, n) -> changed.run());
        }
        ghosted.valueProperty().addListener((o, b, n) -> changed.run());
    }

    private void offer(Choices choices) {
        filling = true;
        tags.getItems().setAll(choices.tags());
        products.getItems().setAll(choices.products());
        categories.getItems().setAll(choices.categories());
        refusalReasons.getItems().setAll(choices.refusalReasons());
        competitors.getItems().setAll(choices.competitors());
        filling = false;
        load(null);
    }

    private void load(UUID select) {
        background.run(segments::segments, saved -> {
            list.getItems().setAll(saved);
            Saved chosen = saved.stream().filter(s -> s.segment().id().equals(select)).findFirst()
                    .orElse(saved.isEmpty() ? null : saved.get(0));
            if (chosen != null) {
                list.getSelectionModel().select(chosen);
            } else {
                edit(null);
            }
        }, failure -> say("Could not read the segments: " + Messages.of(failure)));
    }

    private void edit(Saved saved) {
        editing = saved == null ? null : saved.segment();
        SegmentCriteria c = editing == null ? SegmentCriteria.EVERYONE : editing.criteria();
        filling = true;
        name.setText(editing == null ? "" : editing.name());
        phases.forEach((phase, box) -> box.setSelected(c.phases().contains(phase)));
        moods.forEach((mood, box) -> box.setSelected(c.moods().contains(mood)));
        check(tags, item -> c.tags().contains(item));
        check(products, item -> c.productIds().contains(item.value()));
        check(categories, item -> c.categories().contains(item));
        check(refusalReasons, item -> c.refusalReasons().contains(item.value()));
        check(competitors, item -> c.competitorIds().contains(item.value()));
        noContactSince.setValue(c.noContactSince());
        contactedSince.setValue(c.contactedSince());
        silentForDays.setText(c.silentForDays() == null ? "" : c.silentForDays().toString());
        contactedWithinDays.setText(c.contactedWithinDays() == null ? "" : c.contactedWithinDays().toString());
        minSpent.setText(c.minSpent() == null ? "" : c.minSpent().toPlainString());
        maxSpent.setText(c.maxSpent() == null ? "" : c.maxSpent().toPlainString());
        ghosted.setValue(c.ghosted() == null ? "Either" : c.ghosted() ? "Being ghosted" : "Not ghosted");
        filling = false;
        problems.values().forEach(label -> label.setVisible(false));
        say(saved != null && !saved.readable() ? "This segment's stored criteria cannot be read (" + saved.problem()
                + "); saving replaces them with what is shown." : "");
        recount();
    }

    private static <T> void check(CheckComboBox<T> box, java.util.function.Predicate<T> checked) {
        box.getCheckModel().clearChecks();
        for (T item : box.getItems()) {
            if (checked.test(item)) {
                box.getCheckModel().check(item);
            }
        }
    }

    /** The criteria as the form has them; a field that cannot be read is reported under it and left out. */
    private SegmentCriteria criteria(boolean report) {
        Set<Phase> chosenPhases = EnumSet.noneOf(Phase.class);
        phases.forEach((phase, box) -> {
            if (box.isSelected()) {
                chosenPhases.add(phase);
            }
        });
        Set<Mood> chosenMoods = EnumSet.noneOf(Mood.class);
        moods.forEach((mood, box) -> {
            if (box.isSelected()) {
                chosenMoods.add(mood);
            }
        });
        if (report) {
            problems.values().forEach(label -> label.setVisible(false));
        }
        return new SegmentCriteria(chosenPhases, chosenMoods, new HashSet<>(tags.getCheckModel().getCheckedItems()),
                noContactSince.getValue(), contactedSince.getValue(),
                days(silentForDays, "silentForDays", report), days(contactedWithinDays, "contactedWithinDays", report),
                products.getCheckModel().getCheckedItems().stream().map(Choice::value).collect(Collectors.toSet()),
                new HashSet<>(categories.getCheckModel().getCheckedItems()),
                refusalReasons.getCheckModel().getCheckedItems().stream().map(Choice::value).collect(Collectors.toSet()),
                competitors.getCheckModel().getCheckedItems().stream().map(Choice::value).collect(Collectors.toSet()),
                amount(minSpent, "minSpent", report), amount(maxSpent, "maxSpent", report),
                switch (ghosted.getValue() == null ? "Either" : ghosted.getValue()) {
                    case "Being ghosted" -> Boolean.TRUE;
                    case "Not ghosted" -> Boolean.FALSE;
                    default -> null;
                });
    }

    private Integer days(TextField field, String key, boolean report) {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            if (report) {
                show(key, "\u201c" + text + "\u201d is not a number of days.");
            }
            return null;
        }
    }

    private BigDecimal amount(TextField field, String key, boolean report) {
        String text = field.getText() == null ? "" : field.getText().strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            if (report) {
                show(key, "\u201c" + field.getText().strip() + "\u201d is not an amount.");
            }
            return null;
        }
    }

    private void show(String key, String text) {
        Label label = problems.get(key);
        if (label != null) {
            label.setText(text);
            label.setVisible(true);
        }
    }

    /** Counts the clients who match what the form says now; only the latest answer is shown. */
    private void recount() {
        SegmentCriteria criteria = criteria(true);
        List<FieldProblem> wrong = criteria.problems();
        wrong.forEach(problem -> show(problem.field(), problem.message()));
        if (!wrong.isEmpty()) {
            background.drop(countKey);
            count.setText("No count: see below");
            return;
        }
        count.setText("Counting\u2026");
        long started = System.nanoTime();
        background.execute(BackgroundTask.of(() -> segments.count(criteria)).keyed(countKey).onSuccess(n -> {
            count.setText((n == 1 ? "1 client matches" : NumberFormat.getIntegerInstance().format(n) + " clients match")
                    + (criteria.isEveryone() ? " (no criteria: everyone)" : ""));
            count.setUserData((System.nanoTime() - started) / 1_000_000);
        }).onFailure(failure -> count.setText("Could not count: " + Messages.of(failure))));
    }

    private void save() {
        SegmentCriteria criteria = criteria(true);
        if (problems.values().stream().anyMatch(Label::isVisible)) {
            say("Not saved: fix the fields marked in red.");
            return;
        }
        Segment segment = new Segment(editing == null ? null : editing.id(), name.getText(), criteria,
                editing == null ? null : editing.createdAt(), null);
        background.run(() -> segments.save(segment), saved -> {
            say("Saved " + saved.name() + ".");
            report.accept("Segment saved: " + saved.name());
            load(saved.id());
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                invalid.problems().forEach(problem -> show(problems.containsKey(problem.field()) ? problem.field() : "name", problem.message()));
                say("Not saved: " + invalid.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
            } else {
                say("Could not save: " + Messages.of(failure));
            }
        });
    }

    /** Runs an action on the segment as saved; one with unsaved changes is saved first. */
    private void withSaved(Consumer<Segment> action) {
        SegmentCriteria criteria = criteria(true);
        if (editing != null && editing.criteria().equals(criteria) && editing.name().equals(name.getText().strip())) {
            action.accept(editing);
            return;
        }
        Segment segment = new Segment(editing == null ? null : editing.id(), name.getText(), criteria,
                editing == null ? null : editing.createdAt(), null);
        background.run(() -> segments.save(segment), saved -> {
            editing = saved;
            load(saved.id());
            action.accept(saved);
        }, failure -> say("Save the segment first: " + Messages.of(failure)));
    }

    private void delete() {
        Saved selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        background.run(() -> segments.delete(selected.segment().id()).orElse(null), deleted -> {
            load(null);
            say("Deleted " + selected.segment().name() + ".");
            if (deleted != null) {
                Button undo = new Button("Undo");
                undo.setId("segment-undo");
                message.setGraphic(undo);
                message.setContentDisplay(ContentDisplay.RIGHT);
                undo.setOnAction(event -> background.run(() -> segments.save(deleted), restored -> {
                    say("Brought back " + restored.name() + ".");
                    load(restored.id());
                }, failure -> say("Could not bring it back: " + Messages.of(failure))));
            }
        }, failure -> say("Could not delete: " + Messages.of(failure)));
    }

    private void say(String text) {
        message.setText(text);
        message.setGraphic(null);
    }
}
