package app.rapport.ui.help;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.geometry.VPos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.nio.file.Path;

/** The Help menu's windows: the keys (F1), a first walk through the app, and About. */
public final class HelpDialogs {
    private HelpDialogs() {
    }

    /** What Getting started's buttons do in the window. */
    public record Actions(Runnable loadDemo, Runnable importContacts, Runnable showToday) {
    }

    /** Every keyboard shortcut in a table (F1). */
    public static Dialog<Void> shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setId("shortcuts-table");
        table.setHgap(18);
        table.setVgap(8);
        table.setPadding(new Insets(4, 12, 4, 4));
        table.getColumnConstraints().addAll(new ColumnConstraints(170, 190, 230), new ColumnConstraints(300, 520, Double.MAX_VALUE));
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.all()) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().addAll("shortcut-keys", "text-bold");
            keys.setWrapText(true);
            Label does = new Label(shortcut.does());
            does.getStyleClass().add("shortcut-does");
            does.setWrapText(true);
            does.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setValignment(keys, VPos.TOP);
            table.addRow(row++, keys, does);
        }
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(760);
        scroll.setPrefViewportHeight(480);
        return show(owner, "Keyboard shortcuts", "Everything in Rapport can be done from the keyboard.", scroll, "help-shortcuts");
    }

    /** A short walk through a first session: a book of clients, Today, the brief, logging the call. */
    public static Dialog<Void> gettingStarted(Window owner, Actions actions) {
        Button demo = new Button("Load demo data");
        demo.setId("start-load-demo");
        Button importContacts = new Button("Import contacts\u2026");
        importContacts.setId("start-import");
        Button today = new Button("Show Today");
        today.setId("start-today");
        VBox steps = new VBox(16,
                step(1, "Bring in your clients",
                        "Import them from Google Contacts, Outlook, a phone's vCard file or a spreadsheet (File \u2192 Import contacts, "
                                + "Ctrl+I), or try Rapport first on a made-up book of clients.", demo, importContacts),
                step(2, "Start with Today",
                        "Today (Ctrl+1) lists whom to contact, most urgent first, and says why: a promise that is late, a complaint, "
                                + "a buyer who has not heard from you.", today),
                step(3, "Read the brief before you call",
                        "Select someone and press Enter or F5: the brief shows what happened last time and suggests what to say now, "
                                + "and why."),
                step(4, "Log the call when you hang up",
                        "Press Ctrl+L and type what was said right away, Alt+1\u20136 for their mood, Ctrl+Enter to save. They leave "
                                + "Today's list, and the next brief builds on it."));
        steps.setPadding(new Insets(4));
        steps.setPrefWidth(620);
        Dialog<Void> dialog = show(owner, "Getting started", "Four steps to your first call with Rapport.", steps, "help-getting-started");
        demo.setOnAction(event -> {
            dialog.close();
            actions.loadDemo().run();
        });
        importContacts.setOnAction(event -> {
            dialog.close();
            actions.importContacts().run();
        });
        today.setOnAction(event -> {
            dialog.close();
            actions.showToday().run();
        });
        return dialog;
    }

    /** The version, and where the client book and its backups are kept. */
    public static Dialog<Void> about(Window owner, String version, Path storeFile, Path backupFolder) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(8);
        int row = 0;
        facts.addRow(row++, caption("Version"), value("about-version", version));
        facts.addRow(row++, caption("Data folder"), value("about-data-folder", String.valueOf(storeFile.toAbsolutePath().getParent())));
        facts.addRow(row++, caption("Client book"), value("about-store", String.valueOf(storeFile.getFileName())));
        facts.addRow(row, caption("Backups"), value("about-backups", String.valueOf(backupFolder.toAbsolutePath())));
        Label what = new Label("The CRM for the relationship after the purchase.");
        VBox content = new VBox(14, what, facts);
        content.setPadding(new Insets(4));
        return show(owner, "About Rapport", "Rapport " + version, content, "help-about");
    }

    private static Node step(int number, String title, String text, Button... buttons) {
        Label badge = new Label(String.valueOf(number));
        badge.getStyleClass().addAll("title-3", "accent");
        badge.setMinWidth(28);
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        Label body = new Label(text);
        body.setWrapText(true);
        VBox words = new VBox(4, heading, body);
        if (buttons.length > 0) {
            HBox row = new HBox(8, buttons);
            row.setAlignment(Pos.CENTER_LEFT);
            words.getChildren().add(row);
        }
        HBox step = new HBox(10, badge, words);
        step.setAlignment(Pos.TOP_LEFT);
        return step;
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("text-muted");
        caption.setMinWidth(Label.USE_PREF_SIZE);
        return caption;
    }

    /** A value the user may want to copy, such as a folder: selectable, but not editable. */
    private static TextField value(String id, String text) {
        TextField value = new TextField(text);
        value.setId(id);
        value.setEditable(false);
        value.setPrefColumnCount(Math.max(20, Math.min(60, text.length())));
        return value;
    }

    private static Dialog<Void> show(Window owner, String title, String header, Node content, String id) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }
}
