package app.rapport.ui.messages;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.message.MergeField;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.message.RenderedMessage;
import app.rapport.domain.message.TemplateProblem;
import app.rapport.domain.message.TemplateRenderer;
import app.rapport.service.MessageService;
import app.rapport.service.MessageService.Addressed;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.control.SavedList;
import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Message templates: the list on the left, the one being written on the right with its merge
 * fields checked as you type, and a preview filled in for a client or for everyone in a segment,
 * ready to copy or to open in the mail app.
 */
public final class TemplatesDialog extends Dialog<Void> {
    private static final List<String> FIELDS = List.of("name", "subject", "body");

    /** Who the preview is for: one client, or the clients of a segment (loaded in the background when chosen). */
    public record Audience(String label, Supplier<List<UUID>> clientIds) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MessageService messages;
    private final TaskExecutor background;
    private final Consumer<String> report;

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
    private final ObservableList<Addressed> rendered = FXCollections.observableArrayList();

    /** The template in the form; null while a new one is being written. */
    private MessageTemplate editing;
    private final TaskKey previewKey = new TaskKey("template preview");

    private TemplatesDialog(Window owner, MessageService messages, TaskExecutor background,
                            List<Audience> audiences, Consumer<String> report) {
        this.messages = messages;
        this.background = background;
        this.report = report;
        initOwner(owner);
        setTitle("Message templates");
        setHeaderText("Emails and text messages with merge fields like {{addressAs}}, filled in for each client.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(1100, 700);
        // A dialog otherwise sizes to its header text; the form and its buttons need the room.
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, event -> {
            setWidth(Math.max(getWidth(), 1100));
            setHeight(Math.max(getHeight(), 700));
        });
        audience.getItems().setAll(audiences);
        if (!audiences.isEmpty()) {
            audience.getSelectionModel().selectFirst();
        }
        load(null);
        background.run(messages::businessName, businessName::setText, failure -> { });
    }

    /**
     * Opens the dialog (not modal). {@code audiences} are who the preview can be for, the first
     * chosen at the start.
     */
    public static TemplatesDialog open(Window owner, MessageService messages, TaskExecutor background,
                                       List<Audience> audiences, Consumer<String> report) {
        TemplatesDialog dialog = new TemplatesDialog(owner, messages, background, audiences, report);
        dialog.show();
        return dialog;
    }

    /** The audience for one client of the list. */
    public static Audience forClient(ClientSummary client) {
        return new Audience(client.displayName(), () -> List.of(client.id()));
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
        VBox left = SavedList.column(list, "template", 240, this::edit, () -> {
            edit(null);
            name.requestFocus();
        }, this::delete);

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
        FIELDS.forEach(field -> problems.put(field, FieldMessage.create("template-" + field + "-problem")));

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
        save.setOnAction(event -> save());
        body.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                save();
                event.consume();
            }
        });
        businessName.setId("template-business-name");
        businessName.setPromptText("e.g. Bright Home Appliances");
        businessName.setTooltip(new Tooltip("What {{businessName}} is filled with; saved when you leave the field"));
        businessName.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                String text = businessName.getText();
                background.run(() -> {
                    messages.setBusinessName(text);
                    return text;
                }, saved -> refreshPreview(), failure -> say(Messages.of(failure)));
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

        name.textProperty().addListener((observable, before, now) -> checkTemplate());
        subject.textProperty().addListener((observable, before, now) -> checkTemplate());
        body.textProperty().addListener((observable, before, now) -> checkTemplate());
        channel.valueProperty().addListener((observable, before, now) -> checkTemplate());

        audience.setId("template-audience");
        audience.setMaxWidth(Double.MAX_VALUE);
        audience.valueProperty().addListener((observable, before, now) -> refreshPreview());
        recipients.setId("template-recipients");
        recipients.setItems(rendered);
        recipients.setPrefHeight(120);
        recipients.setPlaceholder(new Label("Choose who the message is for."));
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
        recipients.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> showPreview(now));
        previewSubject.setId("template-preview-subject");
        previewSubject.getStyleClass().add(Styles.TEXT_BOLD);
        previewSubject.setWrapText(true);
        previewBody.setId("template-preview-body");
        previewBody.setEditable(false);
        previewBody.setWrapText(true);
        previewProblems.setId("template-preview-problems");
        previewProblems.setWrapText(true);
        previewProblems.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        copy.setId("template-copy");
        copy.setTooltip(new Tooltip("Copy this client's message"));
        copy.setOnAction(event -> copySelected());
        copyAll.setId("template-copy-all");
        copyAll.setTooltip(new Tooltip("Copy every recipient's message, one after the other"));
        copyAll.setOnAction(event -> copyAll());
        openMail.setId("template-open-mail");
        openMail.setOnAction(event -> openMail());
        for (javafx.scene.control.Control control : List.of(copy, copyAll, openMail, save, insert)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox previewActions = new HBox(8, copy, copyAll, openMail);
        previewActions.setAlignment(Pos.CENTER_LEFT);
        message.setId("template-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
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

    private void load(UUID select) {
        background.run(messages::templates, templates -> {
            list.getItems().setAll(templates);
            MessageTemplate chosen = templates.stream().filter(t -> t.id().equals(select)).findFirst()
                    .orElse(templates.isEmpty() ? null : templates.get(0));
            if (chosen != null) {
                list.getSelectionModel().select(chosen);
            } else {
                edit(null);
            }
        }, failure -> say("Could not read the templates: " + Messages.of(failure)));
    }

    private void edit(MessageTemplate template) {
        editing = template;
        name.setText(template == null ? "" : template.name());
        channel.setValue(template == null ? MessageChannel.EMAIL : template.channel());
        subject.setText(template == null || template.subject() == null ? "" : template.subject());
        body.setText(template == null ? "" : template.body());
        problems.values().forEach(label -> label.setVisible(false));
        say("");
        refreshPreview();
    }

    /** The template as the form has it now. */
    private MessageTemplate formTemplate() {
        return new MessageTemplate(editing == null ? null : editing.id(), name.getText(), channel.getValue(),
                subject.getText(), body.getText(), editing == null ? null : editing.createdAt(), null);
    }

    /** Checks the merge fields as the user types, and fills the preview in again. */
    private void checkTemplate() {
        List<TemplateProblem> found = TemplateRenderer.check(formTemplate());
        if (found.isEmpty()) {
            check.setText(body.getText().isBlank() ? "" : "Merge fields are all known.");
            check.getStyleClass().removeAll(Styles.DANGER);
            check.getStyleClass().add(Styles.SUCCESS);
        } else {
            check.setText(found.stream().map(TemplateProblem::message).collect(Collectors.joining("\n")));
            check.getStyleClass().removeAll(Styles.SUCCESS);
            check.getStyleClass().add(Styles.DANGER);
        }
        refreshPreview();
    }

    private void refreshPreview() {
        Audience chosen = audience.getValue();
        MessageTemplate template = formTemplate();
        if (chosen == null) {
            background.drop(previewKey);
            rendered.clear();
            return;
        }
        UUID keep = recipients.getSelectionModel().getSelectedItem() == null ? null : recipients.getSelectionModel().getSelectedItem().clientId();
        background.execute(BackgroundTask.of(() -> messages.render(template, chosen.clientIds().get())).keyed(previewKey).onSuccess(result -> {
            rendered.setAll(result);
            Addressed again = result.stream().filter(a -> a.clientId().equals(keep)).findFirst().orElse(result.isEmpty() ? null : result.get(0));
            recipients.getSelectionModel().select(again);
            showPreview(again);
            long gaps = result.stream().filter(a -> !a.message().isComplete()).count();
            recipients.setPlaceholder(new Label("Nobody to preview for: " + chosen.label() + " has no clients."));
            copyAll.setText(result.size() <= 1 ? "Copy all" : "Copy all " + result.size());
            if (gaps > 0 && result.size() > 1) {
                say(gaps + " of " + result.size() + " messages have gaps (a value the client does not have).");
            }
        }).onFailure(failure -> say("Could not fill the preview in: " + Messages.of(failure))));
    }

    private void showPreview(Addressed addressed) {
        if (addressed == null) {
            previewSubject.setText("");
            previewBody.setText("");
            previewProblems.setText("");
            copy.setDisable(true);
            openMail.setDisable(true);
            copyAll.setDisable(rendered.isEmpty());
            return;
        }
        RenderedMessage m = addressed.message();
        previewSubject.setText(m.subject() == null ? "" : m.subject().isBlank() ? "(no subject)" : m.subject());
        previewSubject.setVisible(m.subject() != null);
        previewSubject.setManaged(m.subject() != null);
        previewBody.setText(m.body());
        previewProblems.setText(m.problems().stream().map(TemplateProblem::message).collect(Collectors.joining("\n")));
        boolean broken = m.hasTemplateErrors();
        copy.setDisable(broken);
        copyAll.setDisable(broken || rendered.isEmpty());
        boolean email = channel.getValue() == MessageChannel.EMAIL;
        openMail.setDisable(broken || !email);
        openMail.setTooltip(new Tooltip(!email ? "Text messages are copied, not mailed"
                : addressed.email() == null ? addressed.clientName() + " has no email address" : "Opens " + addressed.email() + " in your mail app"));
    }

    private void copySelected() {
        Addressed selected = recipients.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text(selected.message()));
        Clipboard.getSystemClipboard().setContent(content);
        say("Copied the message for " + selected.clientName() + ".");
    }

    private void copyAll() {
        if (rendered.isEmpty() || rendered.get(0).message().hasTemplateErrors()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Addressed each : rendered) {
            String to = each.email() != null ? each.email() : each.phone() != null ? each.phone() : "no email or phone";
            parts.add("To: " + each.clientName() + " <" + to + ">\n" + text(each.message()));
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("\n\n----\n\n", parts));
        Clipboard.getSystemClipboard().setContent(content);
        say("Copied " + rendered.size() + (rendered.size() == 1 ? " message." : " messages, each with its recipient."));
    }

    private static String text(RenderedMessage m) {
        return m.subject() == null ? m.body() : "Subject: " + m.subject() + "\n\n" + m.body();
    }

    private void openMail() {
        Addressed selected = recipients.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String uri = selected.mailto().orElse(null);
        if (uri == null) {
            say(selected.clientName() + " has no email address; use Copy instead.");
            return;
        }
        String email = selected.email();
        background.run(() -> MailApp.open(uri), failure -> say(failure == null ? "Opened the message to " + email + " in your mail app." : failure),
                failure -> say("Could not open your mail app: " + Messages.of(failure)));
    }

    private void save() {
        MessageTemplate template = formTemplate();
        problems.values().forEach(label -> label.setVisible(false));
        background.run(() -> messages.save(template), saved -> {
            say("Saved " + saved.name() + ".");
            report.accept("Template saved: " + saved.name());
            load(saved.id());
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    Label label = problems.get(problem.field());
                    if (label != null) {
                        label.setText(label.isVisible() ? label.getText() + "\n" + problem.message() : problem.message());
                        label.setVisible(true);
                    }
                }
                say("Not saved: " + invalid.problems().size() + (invalid.problems().size() == 1 ? " problem." : " problems."));
            } else {
                say("Could not save: " + Messages.of(failure));
            }
        });
    }

    private void delete() {
        MessageTemplate selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        background.run(() -> messages.delete(selected.id()).orElse(null), deleted -> {
            load(null);
            Button undo = new Button("Undo");
            say("Deleted " + selected.name() + ".");
            if (deleted != null) {
                message.setGraphic(undo);
                message.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                undo.setOnAction(event -> background.run(() -> messages.save(deleted), restored -> {
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
