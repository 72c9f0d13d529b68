package app.rapport.ui.playbook;

import app.rapport.domain.brief.RuleRole;
import app.rapport.service.PlaybookService;
import app.rapport.ui.control.Chosen;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.playbook.PlaybookViewModel.Rule;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
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
 * table), edit, add to, and put back as shipped (built-in rules). The view binds its controls to a
 * {@link PlaybookViewModel}, which does the work.
 */
public final class PlaybookDialog extends Dialog<Void> {
    private static final String MONOSPACE = "-fx-font-family: monospace;";

    private final PlaybookViewModel model;
    private final TableView<Rule> table = new TableView<>();
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

    private PlaybookDialog(Window owner, PlaybookViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Playbook");
        setHeaderText("The rules the pre-call brief is built with. The most urgent situation that applies owns the call;"
                + " colour rules fill in the rest. Untick a rule to switch it off.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        // Wide enough for the rule table beside the form (a dialog otherwise sizes to its header
        // text), but never larger than the screen: on a 1024x640 laptop the buttons stay reachable.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1080, screen.getWidth());
        double height = Math.min(720, screen.getHeight());
        getDialogPane().setPrefSize(width, height);
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, event -> {
            setWidth(Math.min(Math.max(getWidth(), width), screen.getWidth()));
            setHeight(Math.min(Math.max(getHeight(), height), screen.getHeight()));
            setX(Math.max(screen.getMinX(), Math.min(getX(), screen.getMaxX() - getWidth())));
            setY(Math.max(screen.getMinY(), Math.min(getY(), screen.getMaxY() - getHeight())));
        });
        model.load();
    }

    /** Opens the dialog (not modal) and returns it, so that the caller can act when it closes. */
    public static PlaybookDialog open(Window owner, PlaybookService playbook, TaskExecutor background, Consumer<String> report) {
        PlaybookDialog dialog = new PlaybookDialog(owner, new PlaybookViewModel(playbook, background, report));
        dialog.show();
        return dialog;
    }

    private Node content() {
        table.setId("playbook-table");
        table.setEditable(true);
        table.setItems(model.rules());
        table.placeholderProperty().bind(javafx.beans.binding.Bindings.when(model.loadedProperty())
                .then(new Label("The playbook has no rules.")).otherwise(new Label("Loading the playbook\u2026")));
        table.setPrefSize(470, 480);
        table.setMinWidth(380);
        TableColumn<Rule, Boolean> on = new TableColumn<>("On");
        on.setCellValueFactory(cell -> cell.getValue().enabledProperty());
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setEditable(true);
        on.setPrefWidth(42);
        on.setMaxWidth(50);
        TableColumn<Rule, String> codeColumn = new TableColumn<>("Code");
        codeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry().code()));
        codeColumn.setPrefWidth(150);
        TableColumn<Rule, String> titleColumn = new TableColumn<>("Title");
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry().title()));
        titleColumn.setPrefWidth(180);
        TableColumn<Rule, Integer> priorityColumn = new TableColumn<>("Priority");
        priorityColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().entry().priority()));
        priorityColumn.setPrefWidth(60);
        TableColumn<Rule, String> roleColumn = new TableColumn<>("Role");
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(roleLabel(cell.getValue().entry().role())));
        roleColumn.setPrefWidth(84);
        roleColumn.setMinWidth(84);
        TableColumn<Rule, String> builtInColumn = new TableColumn<>("Built-in");
        builtInColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry().builtIn() ? "yes" : ""));
        builtInColumn.setPrefWidth(60);
        table.getColumns().setAll(List.of(on, roleColumn, codeColumn, titleColumn, priorityColumn, builtInColumn));
        Chosen.bind(table.getSelectionModel(), model.selectedProperty(), table::scrollTo);

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
        PlaybookViewModel.FIELDS.forEach(field -> problems.put(field, FieldMessage.create("playbook-" + field + "-problem")));
        FieldMessage.follow(problems, model.problems());
        bind();

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
        save.setOnAction(event -> model.save());
        newRule.setId("playbook-new");
        newRule.setOnAction(event -> {
            model.newRule();
            code.requestFocus();
        });
        reset.setId("playbook-reset");
        reset.setOnAction(event -> model.resetToDefault());
        message.setId("playbook-message");
        message.setWrapText(true);
        moveUp.setId("playbook-move-up");
        moveDown.setId("playbook-move-down");
        moveUp.setTooltip(new Tooltip("Move this situation up the order of urgency (Alt+Up)"));
        moveDown.setTooltip(new Tooltip("Move this situation down the order of urgency (Alt+Down)"));
        moveUp.setOnAction(event -> model.move(true));
        moveDown.setOnAction(event -> model.move(false));
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && (event.getCode() == javafx.scene.input.KeyCode.UP || event.getCode() == javafx.scene.input.KeyCode.DOWN)) {
                model.move(event.getCode() == javafx.scene.input.KeyCode.UP);
                event.consume();
            }
        });
        shownFields.setId("playbook-shown-fields");
        shownFields.setPromptText("Allergies, Loyalty card");
        shownFields.setTooltip(new Tooltip("Custom fields of a client's profile to show at the top of every brief, separated by commas"));
        HBox.setHgrow(shownFields, Priority.ALWAYS);
        saveShownFields.setId("playbook-save-shown-fields");
        saveShownFields.setOnAction(event -> model.saveShownFields());
        Label shownCaption = new Label("Fields in every brief:");
        shownCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox fieldsRow = new HBox(8, shownCaption, shownFields, saveShownFields);
        fieldsRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        // On a small screen the rule's fields scroll rather than squeezing the JSON to a line each;
        // Save and the other actions stay in sight below them.
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        form.setPadding(new Insets(0, 8, 0, 0));
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        VBox detail = new VBox(8, formScroll, new HBox(8, save, newRule, reset), new HBox(8, new Label("Order of situations:"), moveUp, moveDown),
                fieldsRow, message);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox content = new HBox(12, table, detail);
        content.setPadding(new Insets(6));
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

    private void bind() {
        code.textProperty().bindBidirectional(model.codeProperty());
        code.editableProperty().bind(model.codeEditableProperty());
        title.textProperty().bindBidirectional(model.titleProperty());
        description.textProperty().bindBidirectional(model.descriptionProperty());
        priority.textProperty().bindBidirectional(model.priorityProperty());
        role.valueProperty().bindBidirectional(model.roleProperty());
        because.textProperty().bindBidirectional(model.becauseProperty());
        conditions.textProperty().bindBidirectional(model.conditionsProperty());
        suggestion.textProperty().bindBidirectional(model.suggestionProperty());
        shownFields.textProperty().bindBidirectional(model.shownFieldsProperty());
        moveUp.disableProperty().bind(model.movableProperty().not());
        moveDown.disableProperty().bind(model.movableProperty().not());
        reset.disableProperty().bind(model.resettableProperty().not());
        save.disableProperty().bind(model.savingProperty());
        message.textProperty().bind(model.messageProperty());
    }

    private static String roleLabel(RuleRole role) {
        return role == RuleRole.SITUATION ? "situation" : "colour";
    }
}
