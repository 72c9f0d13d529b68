package app.rapport.ui;

import app.rapport.domain.demo.DemoBusiness;
import app.rapport.service.DemoDataService.DemoResult;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.RapportVersion;
import app.rapport.ui.clients.ClientListViewModel;
import app.rapport.ui.clients.ClientWorkspace;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The main window's content: menu, the client workspace (or a welcome on an empty store) and a
 * status bar that says what just happened.
 */
public final class MainWindow extends BorderPane {
    static final int DEMO_CLIENTS = 500;
    static final long DEMO_SEED = 1;

    private final RapportServices services;
    private final BackgroundWork background;
    private final Clock clock;
    private final Label status = new Label();
    private final AtomicBoolean demoCancelled = new AtomicBoolean();
    private final MenuItem loadDemoItem = new MenuItem("Load demo data\u2026");
    private ClientWorkspace workspace;
    private WelcomeView welcome;

    public MainWindow(RapportServices services, BackgroundWork background, Clock clock) {
        this.services = services;
        this.background = background;
        this.clock = clock;
        getStyleClass().add("main-window");
        setTop(menuBar());
        status.setId("status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(4, 10, 4, 10));
        setBottom(statusBar);
        status.setText("Opening " + services.storeName() + "\u2026");
        background.run(() -> services.clients().count(), count -> {
            if (count == 0) {
                showWelcome();
            } else {
                showWorkspace();
            }
        }, failure -> status.setText(Messages.of(failure)));
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());
        loadDemoItem.setOnAction(event -> loadDemo());
        Menu file = new Menu("File", null, loadDemoItem, quit);

        MenuItem find = new MenuItem("Find client");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(event -> {
            if (workspace != null) {
                workspace.focusSearch();
            }
        });
        Menu clients = new Menu("Clients", null, find);

        MenuItem about = new MenuItem("About Rapport");
        about.setOnAction(event -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.setTitle("About Rapport");
            alert.setHeaderText("Rapport " + RapportVersion.current());
            alert.setContentText("The CRM for the relationship after the purchase.\nStore: " + services.storeName());
            alert.initOwner(getScene().getWindow());
            alert.show();
        });
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, clients, help);
    }

    private void showWelcome() {
        welcome = new WelcomeView(this::showWorkspace, this::loadDemo, () -> demoCancelled.set(true));
        setCenter(welcome);
        status.setText("Your store is empty: " + services.storeName());
    }

    private void showWorkspace() {
        if (workspace == null) {
            ClientListViewModel model = new ClientListViewModel(services.clients(), background);
            workspace = new ClientWorkspace(model, clock);
            status.setText("Opened " + services.storeName());
        }
        setCenter(workspace);
        workspace.focusSearch();
    }

    private void loadDemo() {
        if (welcome == null) {
            welcome = new WelcomeView(this::showWorkspace, this::loadDemo, () -> demoCancelled.set(true));
        }
        setCenter(welcome);
        loadDemoItem.setDisable(true);
        demoCancelled.set(false);
        welcome.showProgress(0, "Writing demo clients\u2026");
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                Platform.runLater(() -> welcome.showProgress(total == 0 ? 1 : (double) done / total, message));
            }

            @Override
            public boolean isCancelled() {
                return demoCancelled.get();
            }
        };
        background.run(() -> services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, DEMO_SEED, progress),
                this::demoLoaded, failure -> {
                    loadDemoItem.setDisable(false);
                    welcome.showReady("Could not load the demo data: " + Messages.of(failure));
                });
    }

    private void demoLoaded(DemoResult result) {
        loadDemoItem.setDisable(false);
        workspace = null;
        showWorkspace();
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        String what = numbers.format(result.clients()) + " demo clients with " + numbers.format(result.touchpoints()) + " touchpoints";
        status.setText(result.cancelled() ? "Stopped: loaded " + what + " before you cancelled" : "Loaded " + what);
    }
}
