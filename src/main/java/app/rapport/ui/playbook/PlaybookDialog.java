package app.rapport.ui.playbook;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.RuleRole;
import app.rapport.service.PlaybookService;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import app.rapport.ui.control.FieldMessage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The playbook: every rule briefs are built with, which the owner can switch off (the tick in the
 * table), edit, add to, and put back as shipped (built-in rules). All store work runs in the background.
 */
public final class PlaybookDialog extends Dialog<Void> {
    private static final String MONOSPACE = "-fx-font-family: monospace;";
    private static final List<String> FIELDS = List.of("code", "title", "because", "priority", "conditions", "suggestion");

    private final PlaybookService playbook;
    private final TaskExecutor background;
    private final Consumer<String> report;

    private final TableView<Row> table = new TableView<>();
    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField priority = new TextField();
    private final ChoiceBox<RuleRole> role = new ChoiceBox<>(FXCollections.observableArrayList(RuleRole.values()));
    private final TextField because = new TextField();
    private final TextField shownFields = new TextField();
    private final Button saveShownFields = new Button("Save fields");
    private final Button moveUp = new Button("More urgent");
    private final Button moveDown = new Button("Less urgent");
    private final TextArea conditions = new TextArea();
    private final TextArea suggestion = new TextArea();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Button save = new Button("Save");
    private final Button newRule = new Button("New rule");
    private final Button reset = new Button("Reset to default");
    private final Label message = new Label();

    /** The rule in the form: null while a new rule is being written. */
    private PlaybookEntry editing;

    private PlaybookDialog(Window owner, PlaybookService playbook, TaskExecutor background, Consumer<String> report) {
        this.playbook = playbook;
        this.background = background;
        this.report = report;
        initOwner(owner);
        setTitle("Playbook");
        setHeaderText("The rules the pre-call brief is built with. The most urgent situation that applies owns the call;"
                + " colour rules fill in the rest. Untick a rule to switch it off.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        // Wide enough for the rule table beside the form; a dialog otherwise sizes to its header text.
        getDialogPane().setPrefSize(1080, 720);
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, event -> {
            setWidth(Math.max(getWidth(), 1080));
            setHeight(Math.max(getHeight(), 720));
        });
        load(null);
        background.run(playbook::fieldsShownInBrief, names -> shownFields.setText(String.join(", ", names)),
                failure -> message.setText("Could not read the fields shown in the brief: " + Messages.of(failure)));
    }

    /** Opens the dialog (not modal) and returns it, so that the caller can act when it closes. */
    public static PlaybookDialog open(Window owner, PlaybookService playbook, TaskExecutor background, Consumer<String> report) {
        PlaybookDialog dialog = new PlaybookDialog(owner, playbook, background, report);
        dialog.show();
        return dialog;
    }

    private Node content() {
        table.setId("playbook-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("Loading the playbook\u2026"));
        table.setPrefSize(470, 480);
        table.setMinWidth(380);
        TableColumn<Row, Boolean> on = new TableColumn<>("On");
        on.setCellValueFactory(cell -> cell.getValue().enabled);
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setEditable(true);
        on.setPrefWidth(42);
        on.setMaxWidth(50);
        TableColumn<Row, String> codeColumn = new TableColumn<>("Code");
        codeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry.code()));
        codeColumn.setPrefWidth(150);
        TableColumn<Row, String> titleColumn = new TableColumn<>("Title");
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry.title()));
        titleColumn.setPrefWidth(180);
        TableColumn<Row, Integer> priorityColumn = new TableColumn<>("Priority");
        priorityColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().entry.priority()));
        priorityColumn.setPrefWidth(60);
        TableColumn<Row, String> roleColumn = new TableColumn<>("Role");
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(roleLabel(cell.getValue().entry.role())));
        roleColumn.setPrefWidth(84);
        roleColumn.setMinWidth(84);
        TableColumn<Row, String> builtInColumn = new TableColumn<>("Built-in");
        builtInColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry.builtIn() ? "yes" : ""));
        builtInColumn.setPrefWidth(60);
        table.getColumns().setAll(List.of(on, roleColumn, codeColumn, titleColumn, priorityColumn, builtInColumn));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                edit(row.entry);
            }
        });

        code.setId("playbook-code");
        title.setId("playbook-title");
        description.setId("playbook-description");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        priority.setId("playbook-priority");
        role.setId("playbook-role");
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RuleRole value) {
                return value == null ? "" : value == RuleRole.SITUATION ? "Situation: owns the call when it is the most urgent"
                        : "Colour: fills in what the situation leaves open";
            }

            @Override
            public RuleRole fromString(String text) {
                return null;
            }
        });
        because.setId("playbook-because");
        because.setPromptText("In plain words, why: \"nobody has been in touch since they bought {lastPurchase}\"");
        priority.setPrefColumnCount(5);
        conditions.setId("playbook-conditions");
        suggestion.setId("playbook-suggestion");
        for (TextArea json : List.of(conditions, suggestion)) {
            json.setStyle(MONOSPACE);
            json.setPrefColumnCount(44);
        }
        conditions.setPrefRowCount(5);
        suggestion.setPrefRowCount(9);
        FIELDS.forEach(field -> problems.put(field, FieldMessage.create("playbook-" + field + "-problem")));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        int line = 0;
        line = addRow(form, line, "Code", code, "code");
        line = addRow(form, line, "Title", title, "title");
        line = addRow(form, line, "Description", description, null);
        line = addRow(form, line, "Role", role, null);
        line = addRow(form, line, "Because", because, "because");
        line = addRow(form, line, "Priority", priority, "priority");
        line = addRow(form, line, "When (JSON)", conditions, "conditions");
        addRow(form, line, "Suggest (JSON)", suggestion, "suggestion");
        GridPane.setHgrow(suggestion, Priority.ALWAYS);

        save.setId("playbook-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> save());
        newRule.setId("playbook-new");
        newRule.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            code.requestFocus();
        });
        reset.setId("playbook-reset");
        reset.setDisable(true);
        reset.setOnAction(event -> resetToDefault());
        message.setId("playbook-message");
        message.setWrapText(true);
        moveUp.setId("playbook-move-up");
        moveDown.setId("playbook-move-down");
        moveUp.setTooltip(new Tooltip("Move this situation up the order of urgency (Alt+Up)"));
        moveDown.setTooltip(new Tooltip("Move this situation down the order of urgency (Alt+Down)"));
        moveUp.setOnAction(event -> move(true));
        moveDown.setOnAction(event -> move(false));
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && (event.getCode() == javafx.scene.input.KeyCode.UP || event.getCode() == javafx.scene.input.KeyCode.DOWN)) {
                move(event.getCode() == javafx.scene.input.KeyCode.UP);
                event.consume();
            }
        });
        shownFields.setId("playbook-shown-fields");
        shownFields.setPromptText("Allergies, Loyalty card");
        shownFields.setTooltip(new Tooltip("Custom fields of a client's profile to show at the top of every brief, separated by commas"));
        HBox.setHgrow(shownFields, Priority.ALWAYS);
        saveShownFields.setId("playbook-save-shown-fields");
        saveShownFields.setOnAction(event -> saveShownFields());
        Label shownCaption = new Label("Fields in every brief:");
        shownCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox fieldsRow = new HBox(8, shownCaption, shownFields, saveShownFields);
        fieldsRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox detail = new VBox(8, form, new HBox(8, save, newRule, reset), new HBox(8, new Label("Order of situations:"), moveUp, moveDown),
                fieldsRow, message);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox content = new HBox(12, table, detail);
        content.setPadding(new Insets(6));
        edit(null);
        return content;
    }

    private int addRow(GridPane form, int line, String label, Node field, String problem) {
        Label caption = new Label(label);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        form.add(caption, 0, line);
        form.add(field, 1, line);
        if (problem == null) {
            return line + 1;
        }
        form.add(problems.get(problem), 1, line + 1);
        return line + 2;
    }

    private void saveShownFields() {
        List<String> names = List.of(shownFields.getText().split(","));
        background.run(() -> playbook.showFieldsInBrief(names), kept -> {
            shownFields.setText(String.join(", ", kept));
            message.setText(kept.isEmpty() ? "Briefs show no custom fields." : "Briefs show " + String.join(", ", kept) + " with the client's name.");
            report.accept("Fields shown in the brief saved");
        }, failure -> message.setText("Could not save the fields: " + Messages.of(failure)));
    }

    /** Reads every rule, then selects the one with {@code select} as code (if any). */
    private void load(String select) {
        background.run(playbook::list, rules -> {
            table.getItems().setAll(rules.stream().map(Row::new).toList());
            table.setPlaceholder(new Label("The playbook has no rules."));
            if (select != null) {
                table.getItems().stream().filter(row -> row.entry.code().equals(select)).findFirst().ifPresent(row -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                });
            }
        }, failure -> message.setText("Could not read the playbook: " + Messages.of(failure)));
    }

    /** Puts the rule in the form; null for a new rule. */
    private void edit(PlaybookEntry rule) {
        // The same rule shown again after a save or a move keeps the message that says what happened.
        boolean same = rule != null && editing != null && rule.code().equals(editing.code());
        editing = rule;
        clearProblems();
        code.setText(rule == null ? "" : rule.code());
        code.setEditable(rule == null || !rule.builtIn());
        title.setText(rule == null ? "" : rule.title());
        description.setText(rule == null || rule.description() == null ? "" : rule.description());
        priority.setText(String.valueOf(rule == null ? 100 : rule.priority()));
        role.setValue(rule == null ? RuleRole.COLOUR : rule.role());
        because.setText(rule == null || rule.because() == null ? "" : rule.because());
        boolean situation = rule != null && rule.role() == RuleRole.SITUATION;
        moveUp.setDisable(!situation);
        moveDown.setDisable(!situation);
        conditions.setText(rule == null ? "{}" : rule.conditions());
        suggestion.setText(rule == null ? "{\n  \"talkingPoints\" : [ ]\n}" : rule.suggestion());
        reset.setDisable(rule == null || !rule.builtIn());
        if (!same) {
            message.setText(rule == null ? "A new rule: give it a code, a title, when it applies and what it suggests." : "");
        }
    }

    private void save() {
        clearProblems();
        int value;
        try {
            value = Integer.parseInt(priority.getText().strip());
        } catch (NumberFormatException notANumber) {
            show(List.of(new FieldProblem("priority", "The priority is a number from 0 to " + PlaybookService.MAX_PRIORITY + ".")));
            return;
        }
        PlaybookEntry rule = new PlaybookEntry(editing == null ? null : editing.id(), code.getText(), title.getText(),
                description.getText(), editing == null || editing.enabled(), value, conditions.getText(), suggestion.getText(),
                editing != null && editing.builtIn(), null, role.getValue(), because.getText());
        save.setDisable(true);
        background.run(() -> playbook.save(rule), saved -> {
            save.setDisable(false);
            message.setText("Saved " + saved.code() + ".");
            report.accept("Playbook rule saved: " + saved.code());
            load(saved.code());
        }, failure -> {
            save.setDisable(false);
            if (failure instanceof ValidationException invalid) {
                show(invalid.problems());
                message.setText("Not saved: see what needs fixing above.");
            } else {
                message.setText("Could not save: " + Messages.of(failure));
            }
        });
    }

    /** Moves the selected situation up or down the order of urgency. */
    private void move(boolean up) {
        if (editing == null || editing.role() != RuleRole.SITUATION) {
            return;
        }
        String moving = editing.code();
        background.run(() -> playbook.moveSituation(moving, up), order -> {
            int place = 1;
            for (PlaybookEntry situation : order) {
                if (situation.code().equals(moving)) {
                    break;
                }
                place++;
            }
            message.setText(moving + " is now situation " + place + " of " + order.size() + " in urgency.");
            report.accept("Playbook situation moved: " + moving);
            load(moving);
        }, failure -> message.setText("Could not move " + moving + ": " + Messages.of(failure)));
    }

    private static String roleLabel(RuleRole role) {
        return role == RuleRole.SITUATION ? "situation" : "colour";
    }

    private void resetToDefault() {
        if (editing == null || !editing.builtIn()) {
            return;
        }
        String resetCode = editing.code();
        background.run(() -> playbook.resetToDefaults(resetCode), restored -> {
            message.setText(restored.code() + " is as Rapport ships it again.");
            report.accept("Playbook rule reset: " + restored.code());
            load(restored.code());
        }, failure -> message.setText("Could not reset: " + Messages.of(failure)));
    }

    private void toggled(Row row, boolean on) {
        String ruleCode = row.entry.code();
        background.run(() -> playbook.setEnabled(ruleCode, on), saved -> {
            row.entry = saved;
            if (editing != null && editing.code().equals(ruleCode)) {
                editing = saved;
            }
            message.setText(ruleCode + (on ? " is on." : " is off."));
            report.accept("Playbook rule " + ruleCode + (on ? " switched on" : " switched off"));
        }, failure -> {
            row.setQuietly(!on);
            message.setText("Could not switch " + ruleCode + (on ? " on: " : " off: ") + Messages.of(failure));
        });
    }

    private void show(List<FieldProblem> found) {
        for (FieldProblem problem : found) {
            Label label = problems.get(problem.field());
            if (label == null) {
                message.setText(problem.message());
            } else if (!label.isVisible()) {
                label.setText(problem.message());
                label.setVisible(true);
            }
        }
    }

    private void clearProblems() {
        problems.values().forEach(label -> {
            label.setText("");
            label.setVisible(false);
        });
    }

    /** One rule in the table; its tick switches the rule on or off in the store. */
    private final class Row {
        private PlaybookEntry entry;
        private final BooleanProperty enabled;
        private boolean quiet;

        Row(PlaybookEntry entry) {
            this.entry = entry;
            this.enabled = new SimpleBooleanProperty(entry.enabled());
            enabled.addListener((observable, was, on) -> {
                if (!quiet && on != null && on != this.entry.enabled()) {
                    toggled(this, on);
                }
            });
        }

        void setQuietly(boolean on) {
            quiet = true;
            enabled.set(on);
            quiet = false;
        }
    }
}
