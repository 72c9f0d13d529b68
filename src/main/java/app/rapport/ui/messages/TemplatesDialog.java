package app.rapport.ui.messages;

import app.rapport.ui.control.DialogSize;
import app.rapport.domain.message.MergeField;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.service.MessageService;
import app.rapport.service.MessageService.Addressed;
import app.rapport.ui.control.Chosen;
import app.rapport.ui.control.DiscardGuard;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.control.SavedList;
import app.rapport.ui.messages.TemplatesViewModel.Audience;
import app.rapport.ui.task.TaskExecutor;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Message templates: the list on the left, the one being written on the right with its merge
 * fields checked as you type, and a preview filled in for a client or for everyone in a segment,
 * ready to copy or to open in the mail app. The view binds its controls to a
 * {@link TemplatesViewModel}, which does the work.
 */
public final class TemplatesDialog extends Dialog<Void> {
    private final TemplatesViewModel model;

    private final ListView<MessageTemplate> list = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<MessageChannel> channel = new ComboBox<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Label check = new Label();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final TextField businessName = new TextField();
    private final ComboBox<Audience> audience = new ComboBox<>();
    private final ListView<Addressed> recipients = new ListView<>();
    private final Label previewSubject = new Label();
    private final TextArea previewBody = new TextArea();
    private final Label previewProblems = new Label();
    private final Button copy = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
    private final Button copyAll = new Button("Copy all");
    private final Button openMail = new Button("Open in mail app", new FontIcon(Material2MZ.MAIL_OUTLINE));
    private final Label message = new Label();
    private final Button undo = new Button("Undo");

    private TemplatesDialog(Window owner, TemplatesViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Message templates");
        setHeaderText("Emails and text messages with merge fields like {{addressAs}}, filled in for each client.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        DialogSize.atLeastWithinScreen(this, 1100, 700);
        model.load();
        DiscardGuard.install(this, model.selectedProperty(), model.templates());
    }

    /**
     * Opens the dialog (not modal). {@code audiences} are who the preview can be for, the first
     * chosen at the start.
     */
    public static TemplatesDialog open(Window owner, MessageService messages, TaskExecutor background,
                                       List<Audience> audiences, Consumer<String> report) {
        TemplatesDialog dialog = new TemplatesDialog(owner, new TemplatesViewModel(messages, background, audiences, report));
        dialog.show();
        return dialog;
    }

    private Node content() {
        list.setId("template-list");
        list.setPrefWidth(220);
        list.setPlaceholder(new Label("No templates yet.\nWrite one on the right."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MessageTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null
                        : new FontIcon(item.channel() == MessageChannel.EMAIL ? Material2MZ.MAIL_OUTLINE : Material2MZ.SMS));
            }
        });
        list.setItems(model.templates());
        VBox left = SavedList.column(list, "template", 240, model.selectedProperty()::set, () -> {
            model.newTemplate();
            name.requestFocus();
        }, model::delete);
        Chosen.follow(list.getSelectionModel(), model.selectedProperty(), list::scrollTo);

        name.setId("template-name");
        channel.setId("template-channel");
        channel.getItems().setAll(MessageChannel.values());
        channel.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MessageChannel value) {
                return value == null ? "" : value.label();
            }

            @Override
            public MessageChannel fromString(String text) {
                return null;
            }
        });
        subject.setId("template-subject");
        body.setId("template-body");
        body.setWrapText(true);
        body.setPrefRowCount(10);
        check.setId("template-check");
        check.setWrapText(true);
        check.getStyleClass().add(Styles.TEXT_SMALL);
        TemplatesViewModel.FIELDS.forEach(field -> problems.put(field, FieldMessage.create("template-" + field + "-problem")));
        FieldMessage.follow(problems, model.problems());

        MenuButton insert = new MenuButton("Insert field");
        insert.setId("template-insert");
        for (MergeField field : MergeField.values()) {
            MenuItem item = new MenuItem(field.placeholder() + "  \u2014  " + field.description());
            item.setOnAction(event -> {
                TextField target = subject.isFocused() ? subject : null;
                if (target != null) {
                    target.replaceSelection(field.placeholder());
                } else {
                    body.replaceSelection(field.placeholder());
                }
            });
            insert.getItems().add(item);
        }
        Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("template-save");
        save.setDefaultButton(false);
        save.setOnAction(event -> model.save());
        body.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.save();
                event.consume();
            }
        });
        businessName.setId("template-business-name");
        businessName.setPromptText("e.g. Bright Home Appliances");
        businessName.setTooltip(new Tooltip("What {{businessName}} is filled with; saved when you leave the field"));
        businessName.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                model.saveBusinessName();
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        int row = 0;
        form.addRow(row++, new Label("Name"), name);
        form.add(problems.get("name"), 1, row++);
        form.addRow(row++, new Label("Kind"), channel);
        Label subjectLabel = new Label("Subject");
        form.addRow(row++, subjectLabel, subject);
        form.add(problems.get("subject"), 1, row++);
        form.addRow(row++, new Label("Message"), body);
        form.add(problems.get("body"), 1, row++);
        form.add(check, 1, row++);
        form.addRow(row++, new Label("Business"), businessName);
        HBox actions = new HBox(8, insert, save);
        form.add(actions, 1, row);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        GridPane.setVgrow(body, Priority.ALWAYS);
        subject.disableProperty().bind(channel.valueProperty().isEqualTo(MessageChannel.MESSAGE));
        subjectLabel.disableProperty().bind(subject.disableProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        channel.valueProperty().bindBidirectional(model.channelProperty());
        subject.textProperty().bindBidirectional(model.subjectProperty());
        body.textProperty().bindBidirectional(model.bodyProperty());
        businessName.textProperty().bindBidirectional(model.businessNameProperty());
        check.textProperty().bind(model.checkProperty());
        model.checkPassedProperty().addListener((observable, before, passed) -> styleCheck(passed));
        styleCheck(model.checkPassedProperty().get());

        audience.setId("template-audience");
        audience.setMaxWidth(Double.MAX_VALUE);
        audience.setItems(model.audiences());
        audience.valueProperty().bindBidirectional(model.audienceProperty());
        recipients.setId("template-recipients");
        recipients.setItems(model.rendered());
        recipients.setPrefHeight(120);
        Label nobody = new Label();
        nobody.textProperty().bind(model.nobodyTextProperty());
        recipients.setPlaceholder(nobody);
        recipients.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Addressed item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item.clientName() + (item.message().isComplete() ? "" : "  (has gaps)"));
                    setGraphic(item.message().isComplete() ? null : new FontIcon(Material2AL.ERROR_OUTLINE));
                }
            }
        });
        Chosen.bind(recipients.getSelectionModel(), model.recipientProperty(), recipients::scrollTo);
        previewSubject.setId("template-preview-subject");
        previewSubject.getStyleClass().add(Styles.TEXT_BOLD);
        previewSubject.setWrapText(true);
        previewSubject.textProperty().bind(model.previewSubjectProperty());
        previewSubject.visibleProperty().bind(model.previewSubjectProperty().isNotNull());
        previewSubject.managedProperty().bind(previewSubject.visibleProperty());
        previewBody.setId("template-preview-body");
        previewBody.setEditable(false);
        previewBody.setWrapText(true);
        previewBody.textProperty().bind(model.previewBodyProperty());
        previewProblems.setId("template-preview-problems");
        previewProblems.setWrapText(true);
        previewProblems.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        previewProblems.textProperty().bind(model.previewProblemsProperty());
        copy.setId("template-copy");
        copy.setTooltip(new Tooltip("Copy this client's message"));
        copy.setOnAction(event -> toClipboard(model.copyChosen()));
        copy.disableProperty().bind(model.canCopyProperty().not());
        copyAll.setId("template-copy-all");
        copyAll.setTooltip(new Tooltip("Copy every recipient's message, one after the other"));
        copyAll.setOnAction(event -> toClipboard(model.copyAll()));
        copyAll.disableProperty().bind(model.canCopyAllProperty().not());
        copyAll.textProperty().bind(model.copyAllTextProperty());
        openMail.setId("template-open-mail");
        openMail.setOnAction(event -> model.openInMailApp());
        openMail.disableProperty().bind(model.canMailProperty().not());
        Tooltip mailHint = new Tooltip();
        mailHint.textProperty().bind(model.mailHintProperty());
        openMail.setTooltip(mailHint);
        for (javafx.scene.control.Control control : List.of(copy, copyAll, openMail, save, insert)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox previewActions = new HBox(8, copy, copyAll, openMail);
        previewActions.setAlignment(Pos.CENTER_LEFT);
        message.setId("template-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        undo.setOnAction(event -> model.undoDelete());
        message.graphicProperty().bind(Bindings.when(model.undoableProperty().isNotNull()).then((Node) undo).otherwise((Node) null));
        message.setContentDisplay(ContentDisplay.RIGHT);
        Label previewTitle = new Label("Preview for");
        previewTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox preview = new VBox(6, previewTitle, audience, recipients, previewSubject, previewBody, previewProblems, previewActions, message);
        VBox.setVgrow(previewBody, Priority.ALWAYS);
        preview.setPrefWidth(360);

        SplitPane split = new SplitPane(left, form, preview);
        split.setDividerPositions(0.2, 0.62);
        form.setPadding(new Insets(0, 8, 0, 8));
        return split;
    }

    private void styleCheck(boolean passed) {
        check.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        check.getStyleClass().add(passed ? Styles.SUCCESS : Styles.DANGER);
    }

    private static void toClipboard(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
