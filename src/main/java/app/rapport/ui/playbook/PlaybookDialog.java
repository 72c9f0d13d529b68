package app.rapport.ui.playbook;

import app.rapport.ui.control.DialogSize;
import app.rapport.ui.control.DiscardGuard;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.BriefEngine;
import app.rapport.domain.brief.RuleRole;
import app.rapport.service.BriefService;
import app.rapport.service.ClientService;
import app.rapport.ui.brief.BriefView;
import javafx.animation.PauseTransition;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import java.time.Clock;
import app.rapport.service.PlaybookService;
import app.rapport.ui.control.Chosen;
import app.rapport.ui.control.ClientCompletion;
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
    private final TextField previewClient = new TextField();

    private final RulePreview preview;
    private final Clock clock;
    private final ClientService clients;

    private PlaybookDialog(Window owner, PlaybookViewModel model, RulePreview preview, ClientService clients, Clock clock) {
        this.model = model;
        this.preview = preview;
        this.clients = clients;
        this.clock = clock;
        initOwner(owner);
        setTitle("Playbook");
        // On a small laptop screen the rules need the height more than the explanation does.
        if (javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() >= 700) {
            setHeaderText("The rules the pre-call brief is built with. The most urgent situation that applies owns the call;"
                    + " colour rules fill in the rest. Untick a rule to switch it off.");
        }
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        // Wide enough for the rule table beside the form.
        DialogSize.atLeastWithinScreen(this, 1280, 760);
        model.load();
        DiscardGuard.install(this, model.selectedProperty(), model.rules());
    }

    /**
     * Opens the dialog (not modal) and returns it, so that the caller can act when it closes. The
     * preview starts on {@code previewOn} (the client the window has selected; null: none yet).
     */
    public static PlaybookDialog open(Window owner, PlaybookService playbook, BriefService briefs, ClientService clients, Clock clock,
                                      ClientSummary previewOn, TaskExecutor background, Consumer<String> report) {
        PlaybookViewModel model = new PlaybookViewModel(playbook, background, report);
        PlaybookDialog dialog = new PlaybookDialog(owner, model, new RulePreview(briefs, background, model), clients, clock);
        dialog.show();
        if (previewOn != null) {
            dialog.previewOn(previewOn);
        }
        return dialog;
    }

    private void previewOn(ClientSummary client) {
        previewClient.setText(client.displayName());
        preview.setClient(client);
    }

    private Node content() {
        table.setId("playbook-table");
        table.setEditable(true);
        table.setItems(model.rules());
        table.placeholderProperty().bind(javafx.beans.binding.Bindings.when(model.loadedProperty())
                .then(new Label("The playbook has no rules.")).otherwise(new Label("Loading the playbook\u2026")));
        table.setPrefSize(340, 480);
        table.setMinWidth(240);
        TableColumn<Rule, Boolean> on = new TableColumn<>("On");
        on.setCellValueFactory(cell -> cell.getValue().enabledProperty());
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setEditable(true);
        on.setPrefWidth(42);
        on.setMaxWidth(50);
        TableColumn<Rule, String> titleColumn = new TableColumn<>("Title");
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().entry().title()));
        on.setResizable(false);
        TableColumn<Rule, String> roleColumn = new TableColumn<>("Role");
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(roleLabel(cell.getValue().entry().role())));
        roleColumn.setPrefWidth(84);
        roleColumn.setMinWidth(84);
        table.getColumns().setAll(List.of(on, titleColumn, roleColumn));
        // The list fits its pane: the title takes what the other columns leave, and says the rest in a tooltip.
        titleColumn.prefWidthProperty().bind(table.widthProperty().subtract(on.widthProperty()).subtract(roleColumn.widthProperty()).subtract(20));
        titleColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                Rule rule = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(rule == null ? null : new Tooltip(text + "\n" + rule.entry().code() + (rule.entry().builtIn() ? " (built in)" : "")));
            }
        });
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
        line = addRow(form, line, "Title", title, "title");
        line = addRow(form, line, "Code", code, "code");
        line = addRow(form, line, "Description", description, null);
        line = addRow(form, line, "Role", role, null);
        line = addRow(form, line, "Because", because, "because");
        addRow(form, line, "Priority", priority, "priority");
        GridPane.setHgrow(title, Priority.ALWAYS);
        RuleForm whenThen = new RuleForm(BriefEngine.vocabulary(), model.conditionsProperty(), model.suggestionProperty());
        Map<String, Label> formProblems = new LinkedHashMap<>();
        formProblems.put("conditions", FieldMessage.create("rule-form-conditions-problem"));
        formProblems.put("suggestion", FieldMessage.create("rule-form-suggestion-problem"));
        FieldMessage.follow(formProblems, model.problems());
        VBox ruleTab = new VBox(8, form, whenThen.content(), formProblems.get("conditions"), formProblems.get("suggestion"));

        GridPane json = new GridPane();
        json.setHgap(8);
        json.setVgap(4);
        int jsonLine = addRow(json, 0, "When", conditions, "conditions");
        addRow(json, jsonLine, "Then", suggestion, "suggestion");
        GridPane.setHgrow(suggestion, Priority.ALWAYS);
        Label jsonHint = new Label("The same rule as JSON, for what the form does not show. Changes here show in the form.");
        jsonHint.setWrapText(true);
        jsonHint.getStyleClass().add("text-muted");
        VBox jsonTab = new VBox(8, jsonHint, json);

        shownFields.setId("playbook-shown-fields");
        shownFields.setPromptText("Allergies, Loyalty card");
        shownFields.setTooltip(new Tooltip("Custom fields of a client's profile to show at the top of every brief, separated by commas"));
        HBox.setHgrow(shownFields, Priority.ALWAYS);
        saveShownFields.setId("playbook-save-shown-fields");
        saveShownFields.setOnAction(event -> model.saveShownFields());
        Label shownCaption = new Label("Fields:");
        shownCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox fieldsRow = new HBox(8, shownCaption, shownFields, saveShownFields);
        fieldsRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        Label everyBrief = new Label("Custom fields of a client's profile that every brief shows at its top, with the client's values"
                + " (an allergy, a loyalty card number), separated by commas.");
        everyBrief.setWrapText(true);
        everyBrief.getStyleClass().add("text-muted");
        TabPane tabs = new TabPane(new Tab("Rule", scrolling(ruleTab)), new Tab("JSON (advanced)", scrolling(jsonTab)),
                new Tab("Every brief", scrolling(new VBox(8, everyBrief, fieldsRow))));
        tabs.setId("playbook-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        save.setId("playbook-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> model.save());
        newRule.setId("playbook-new");
        newRule.setOnAction(event -> {
            model.newRule();
            tabs.getSelectionModel().select(0);
            title.requestFocus();
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
        Label order = new Label("Order of situations:");
        order.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(8, 6, save, newRule, reset, order, moveUp, moveDown);
        VBox detail = new VBox(8, tabs, actions, message);
        detail.setMinWidth(360);

        SplitPane content = new SplitPane(table, detail, previewPane());
        content.setDividerPositions(0.3, 0.66);
        content.setPadding(new Insets(6));
        return content;
    }

    /** The chosen client's brief with the rule as the form has it, built again as the rule changes. */
    private Node previewPane() {
        Label heading = new Label("Preview");
        heading.getStyleClass().add("title-4");
        previewClient.setId("playbook-preview-client");
        previewClient.setPromptText("Type a client's name to try the rule on them");
        ClientCompletion.bind(previewClient, clients, preview::setClient);
        Label verdict = new Label();
        verdict.setId("playbook-preview-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.textProperty().bind(preview.verdictProperty());
        verdict.getStyleClass().add("accent-text");
        BriefView brief = new BriefView(preview.brief(), clock, null);
        brief.setId("playbook-preview-brief");
        brief.showRules(true);
        VBox.setVgrow(brief, Priority.ALWAYS);
        VBox pane = new VBox(8, heading, previewClient, verdict, brief);
        pane.setMinWidth(280);
        // The preview follows the form, a moment after the typing stops rather than at every key.
        PauseTransition settle = new PauseTransition(Duration.millis(250));
        settle.setOnFinished(event -> preview.refresh());
        for (javafx.beans.Observable changing : List.of(model.conditionsProperty(), model.suggestionProperty(), model.becauseProperty(),
                model.roleProperty(), model.priorityProperty(), model.codeProperty(), model.titleProperty())) {
            changing.addListener(observable -> settle.playFromStart());
        }
        return pane;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        if (content instanceof Region region) {
            region.setPadding(new Insets(8, 12, 8, 4));
        }
        return scroll;
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
