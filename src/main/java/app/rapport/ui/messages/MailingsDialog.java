package app.rapport.ui.messages;

import app.rapport.ui.control.DialogSize;
import app.rapport.domain.DisplayFormat;
import app.rapport.domain.message.Mailing;
import app.rapport.service.MailSettings;
import app.rapport.service.MailingService.InTouch;
import app.rapport.service.MailingService.Line;
import app.rapport.service.MailingService.Page;
import app.rapport.service.MessageService.Addressed;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.TaskExecutor;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Mailings: a saved segment and an email template give a preview of every message, then Send
 * through the business's own mail account; each mailing's page shows what was sent, what failed
 * with the server's reason, and the clients who have been in touch since, each one click from
 * their profile.
 */
public final class MailingsDialog extends Dialog<Void> {
    private final MailingsViewModel model;
    private final DisplayFormat format;
    private final ZoneId zone;
    private final Consumer<UUID> openClient;

    private MailingsDialog(Window owner, MailingsViewModel model, DisplayFormat format, ZoneId zone, Consumer<UUID> openClient) {
        this.model = model;
        this.format = format;
        this.zone = zone;
        this.openClient = openClient;
        initOwner(owner);
        setTitle("Mailings");
        setHeaderText("Send an email template to a saved segment, and see who answered.");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TabPane tabs = new TabPane(new Tab("New mailing", newMailing()), new Tab("Sent mailings", sentMailings()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mailing-tabs");
        model.chosenProperty().addListener((property, old, now) -> {
            if (now != null) {
                tabs.getSelectionModel().select(1);
            }
        });
        Label status = new Label();
        status.setId("mailing-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox content = new VBox(8, tabs, status);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getDialogPane().setContent(content);
        DialogSize.atLeastWithinScreen(this, 1000, 680);
        model.load();
    }

    /** Opens the dialog (not modal); {@code openClient} shows a client in the main window. */
    public static MailingsDialog open(Window owner, RapportServices services, TaskExecutor background, Consumer<String> report,
                                      Consumer<UUID> openClient) {
        MailingsViewModel model = new MailingsViewModel(services.mailings(), services.messages(), services.segments(), background, report);
        MailingsDialog dialog = new MailingsDialog(owner, model, services.displayFormat(), services.clock().getZone(), openClient);
        dialog.show();
        return dialog;
    }

    private Node newMailing() {
        ComboBox<String> segment = new ComboBox<>(model.segmentNames());
        segment.setId("mailing-segment");
        segment.setPromptText("Segment");
        segment.valueProperty().bindBidirectional(model.segmentProperty());
        ComboBox<String> template = new ComboBox<>(model.templateNames());
        template.setId("mailing-template");
        template.setPromptText("Email template");
        template.valueProperty().bindBidirectional(model.templateProperty());
        Button preview = new Button("Preview");
        preview.setId("mailing-preview");
        preview.setOnAction(event -> model.preview());
        Button settings = new Button("Mail settings\u2026");
        settings.setId("mail-settings");
        settings.setOnAction(event -> editSettings());
        HBox choose = new HBox(8, new Label("Send"), template, new Label("to"), segment, preview, settings);
        choose.setAlignment(Pos.CENTER_LEFT);

        ListView<Addressed> messages = new ListView<>();
        messages.setId("mailing-messages");
        messages.setPlaceholder(new Label("Choose a segment and a template, then Preview."));
        messages.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Addressed item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.clientName() + " <" + item.email() + ">");
            }
        });
        model.previewProperty().addListener((property, old, now) -> {
            messages.getItems().setAll(now == null ? java.util.List.of() : now.messages());
            if (!messages.getItems().isEmpty()) {
                messages.getSelectionModel().selectFirst();
            }
        });
        Label subject = new Label();
        subject.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea body = new TextArea();
        body.setId("mailing-body");
        body.setEditable(false);
        body.setWrapText(true);
        messages.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            subject.setText(now == null ? "" : now.message().subject());
            body.setText(now == null ? "" : now.message().body());
        });
        VBox message = new VBox(6, subject, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        SplitPane split = new SplitPane(messages, message);
        split.setDividerPositions(0.4);

        PasswordField password = new PasswordField();
        password.setId("mailing-password");
        password.setPromptText("Mail account password");
        Button send = new Button("Send");
        send.setId("mailing-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(model.previewProperty().isNull().or(model.sendingProperty()));
        send.setOnAction(event -> {
            String typed = password.getText();
            password.clear();
            model.send(typed);
        });
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(model.sendingProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(model.sendingProperty());
        cancel.setOnAction(event -> {
            if (model.sendTaskProperty().get() != null) {
                model.sendTaskProperty().get().cancel();
            }
        });
        model.sendTaskProperty().addListener((property, old, now) -> {
            progress.progressProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
            }
        });
        Label passwordNote = new Label("The password is used for this sending only and never saved.");
        passwordNote.getStyleClass().add(Styles.TEXT_SUBTLE);
        HBox sendRow = new HBox(8, password, send, progress, cancel, passwordNote);
        sendRow.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(10, choose, split, sendRow);
        VBox.setVgrow(split, Priority.ALWAYS);
        pane.setPadding(new Insets(10));
        return pane;
    }

    private Node sentMailings() {
        ListView<Mailing> list = new ListView<>(model.mailings());
        list.setId("mailing-list");
        list.setPlaceholder(new Label("No mailing sent yet."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Mailing item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "\n" + format.longDate(item.createdAt().atZone(zone).toLocalDate()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            if (now != null && now != model.chosenProperty().get()) {
                model.chosenProperty().set(now);
            }
        });
        model.chosenProperty().addListener((property, old, now) -> list.getSelectionModel().select(now));

        Label counts = new Label();
        counts.setId("mailing-counts");
        counts.getStyleClass().add(Styles.TITLE_4);
        ListView<InTouch> inTouch = new ListView<>();
        inTouch.setId("mailing-in-touch");
        inTouch.setPlaceholder(new Label("Nobody has been in touch since this mailing yet."));
        inTouch.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(InTouch item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : clientLine(item.clientId(), item.clientName(),
                        when(item.at()) + " \u00b7 " + item.channel().label() + " \u00b7 " + item.summary()));
            }
        });
        ListView<Line> failed = new ListView<>();
        failed.setId("mailing-failed");
        failed.setPlaceholder(new Label("No message failed."));
        failed.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : clientLine(item.clientId(), item.clientName(),
                        item.address() + " \u00b7 " + (item.reason() == null ? "interrupted while sending; not sent again by itself" : item.reason())));
            }
        });
        ListView<Line> sent = new ListView<>();
        sent.setId("mailing-sent");
        sent.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : clientLine(item.clientId(), item.clientName(), item.address() + " \u00b7 " + when(item.at())));
            }
        });
        model.pageProperty().addListener((property, old, now) -> show(now, counts, inTouch, failed, sent));
        Button refresh = new Button("Refresh");
        refresh.setOnAction(event -> model.refreshPage());
        HBox top = new HBox(10, counts, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(6, top, heading("In touch since the mailing"), inTouch, heading("Failed"), failed, heading("Sent"), sent);
        VBox.setVgrow(inTouch, Priority.ALWAYS);
        VBox.setVgrow(sent, Priority.ALWAYS);
        failed.setPrefHeight(110);
        page.setPadding(new Insets(0, 0, 0, 10));
        SplitPane split = new SplitPane(list, page);
        split.setDividerPositions(0.3);
        VBox pane = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        pane.setPadding(new Insets(10));
        return pane;
    }

    private void show(Page page, Label counts, ListView<InTouch> inTouch, ListView<Line> failed, ListView<Line> sent) {
        if (page == null) {
            counts.setText("");
            inTouch.getItems().clear();
            failed.getItems().clear();
            sent.getItems().clear();
            return;
        }
        counts.setText(page.sent().size() + " sent \u00b7 " + (page.failed().size() + page.interrupted().size()) + " failed \u00b7 "
                + page.inTouch().size() + " in touch since");
        inTouch.getItems().setAll(page.inTouch());
        failed.getItems().setAll(page.failed());
        failed.getItems().addAll(page.interrupted());
        sent.getItems().setAll(page.sent());
    }

    /** The client's name as a link that opens them, then what there is to say. */
    private HBox clientLine(UUID clientId, String name, String detail) {
        Hyperlink open = new Hyperlink(name);
        open.getStyleClass().add("client-link");
        open.setOnAction(event -> openClient.accept(clientId));
        Label rest = new Label(detail);
        HBox line = new HBox(6, open, rest);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private String when(java.time.Instant at) {
        return format.longDate(at.atZone(zone).toLocalDate()) + " " + at.atZone(zone).toLocalTime().withSecond(0).withNano(0);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return heading;
    }

    /** The mail account and the manners of mailings; the password is never asked for here. */
    private void editSettings() {
        MailSettings current = model.settings();
        Dialog<MailSettings> dialog = new Dialog<>();
        dialog.initOwner(getDialogPane().getScene().getWindow());
        dialog.setTitle("Mail settings");
        dialog.setHeaderText("Your business's own mail account (SMTP). The password is asked each time you send.");
        TextField host = new TextField(current.host());
        host.setId("smtp-host");
        Spinner<Integer> port = new Spinner<>(1, 65535, current.port());
        port.setEditable(true);
        TextField user = new TextField(current.user());
        CheckBox startTls = new CheckBox("Encrypt with STARTTLS");
        startTls.setSelected(current.startTls());
        TextField from = new TextField(current.from());
        from.setPromptText("you@your-business.example");
        Spinner<Integer> perMinute = new Spinner<>(1, 10_000, current.perMinute());
        perMinute.setEditable(true);
        Spinner<Integer> minimumDays = new Spinner<>(0, 365, current.minimumDays());
        minimumDays.setEditable(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Mail server"), host);
        form.addRow(1, new Label("Port"), port);
        form.addRow(2, new Label("Login"), user);
        form.addRow(3, new Label(""), startTls);
        form.addRow(4, new Label("Sent from"), from);
        form.addRow(5, new Label("At most, messages a minute"), perMinute);
        form.addRow(6, new Label("Days between two mailings to a client"), minimumDays);
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == save ? new MailSettings(host.getText(), port.getValue(), user.getText(),
                startTls.isSelected(), from.getText(), perMinute.getValue(), minimumDays.getValue()) : null);
        dialog.showAndWait().ifPresent(chosen -> model.saveSettings(chosen, () -> { }));
    }
}
