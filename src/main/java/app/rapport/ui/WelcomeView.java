package app.rapport.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** What a new user sees on an empty store: start with their own clients, bring them from a file, or explore demo data. */
public final class WelcomeView extends VBox {
    private final Button startEmpty = new Button("Start empty", new FontIcon(Material2AL.ADD));
    private final Button importContacts = new Button("Import contacts\u2026", new FontIcon(Material2AL.CONTACTS));
    private final Button loadDemo = new Button("Load demo data", new FontIcon(Material2MZ.STOREFRONT));
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Button cancel = new Button("Cancel");

    public WelcomeView(Runnable onStartEmpty, Runnable onImport, Runnable onLoadDemo, Runnable onCancel) {
        super(18);
        getStyleClass().add("welcome-view");
        setAlignment(Pos.CENTER);
        Label title = new Label("Welcome to Rapport");
        title.getStyleClass().add("title-1");
        Label lead = new Label("Your client book is empty. Rapport keeps what you know about each client \u2014 "
                + "what they bought, how they felt the last time you spoke, and what to say next.");
        lead.setWrapText(true);
        lead.setMaxWidth(520);
        lead.getStyleClass().add("text-muted");
        Label demoHint = new Label("The demo holds a hair salon, an appliance shop and a field-sales company, "
                + "500 clients in all, so you can try everything before adding your own.");
        demoHint.setWrapText(true);
        demoHint.setMaxWidth(520);
        demoHint.getStyleClass().add("text-small");
        Label importHint = new Label("Import contacts reads a CSV or vCard file from Google, Outlook or your phone, "
                + "and shows you every row before anything is saved.");
        importHint.setWrapText(true);
        importHint.setMaxWidth(520);
        importHint.getStyleClass().add("text-small");

        startEmpty.setId("start-empty");
        loadDemo.setId("load-demo");
        loadDemo.setDefaultButton(true);
        loadDemo.getStyleClass().add("accent");
        importContacts.setId("welcome-import");
        importContacts.setOnAction(event -> onImport.run());
        startEmpty.setOnAction(event -> onStartEmpty.run());
        loadDemo.setOnAction(event -> onLoadDemo.run());
        cancel.setOnAction(event -> onCancel.run());
        HBox buttons = new HBox(12, startEmpty, importContacts, loadDemo);
        buttons.setAlignment(Pos.CENTER);

        progress.setPrefWidth(360);
        HBox progressLine = new HBox(12, progress, cancel);
        progressLine.setAlignment(Pos.CENTER);
        VBox progressBox = new VBox(6, progressLine, progressText);
        progressBox.setAlignment(Pos.CENTER);
        progressBox.visibleProperty().bind(progress.visibleProperty());
        progressBox.managedProperty().bind(progress.visibleProperty());
        progress.setVisible(false);

        getChildren().addAll(title, lead, buttons, demoHint, importHint, progressBox);
        // Enter should do what the highlighted button says, not the first button in focus order.
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(loadDemo::requestFocus);
            }
        });
    }

    public void showProgress(double fraction, String text) {
        progress.setVisible(true);
        progress.setProgress(fraction);
        progressText.setText(text);
        startEmpty.setDisable(true);
        importContacts.setDisable(true);
        loadDemo.setDisable(true);
    }

    public void showReady(String text) {
        progress.setVisible(false);
        progressText.setText(text);
        startEmpty.setDisable(false);
        importContacts.setDisable(false);
        loadDemo.setDisable(false);
    }
}
