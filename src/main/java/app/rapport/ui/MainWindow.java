package app.rapport.ui;

import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.domain.DisplayFormat;
import app.rapport.service.ClientService;
import app.rapport.service.DemoDataService.DemoResult;
import app.rapport.service.ChangeService;
import app.rapport.service.RapportServices;
import app.rapport.service.RapportVersion;
import app.rapport.service.CallService;
import app.rapport.ui.brief.BriefView;
import app.rapport.ui.calls.CallBar;
import app.rapport.ui.calls.PhoneSystemDialog;
import app.rapport.ui.calls.PhoneSystemLink;
import app.rapport.ui.brief.BriefViewModel;
import app.rapport.ui.clients.ClientEditor;
import app.rapport.ui.clients.ClientListViewModel;
import app.rapport.ui.clients.ClientWorkspace;
import app.rapport.ui.clients.ClientWorkspace.ClientTab;
import app.rapport.ui.clients.TrashDialog;
import app.rapport.ui.competitors.ClientCompetitorsView;
import app.rapport.ui.competitors.CompetitorsView;
import app.rapport.ui.competitors.CompetitorsViewModel;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.control.TypeAhead;
import app.rapport.ui.segments.SegmentDialog;
import app.rapport.service.SegmentService;
import app.rapport.domain.segment.Segment;
import javafx.stage.FileChooser;
import app.rapport.ui.dashboard.ClientsDialog;
import app.rapport.ui.dashboard.DashboardView;
import app.rapport.ui.contacts.DuplicatesDialog;
import app.rapport.ui.contacts.PhoneSettingsDialog;
import app.rapport.ui.contacts.ImportDialog;
import app.rapport.ui.messages.MailingsDialog;
import app.rapport.ui.messages.TemplatesDialog;
import app.rapport.ui.messages.TemplatesViewModel;
import app.rapport.ui.data.DataActions;
import app.rapport.ui.followups.FollowUpDialog;
import app.rapport.ui.help.HelpDialogs;
import app.rapport.ui.notes.NotesView;
import app.rapport.ui.opportunities.OpportunitiesView;
import app.rapport.ui.opportunities.OpportunityDialog;
import app.rapport.ui.playbook.PlaybookDialog;
import app.rapport.ui.purchases.ProductCatalogDialog;
import app.rapport.ui.purchases.PurchasesView;
import app.rapport.ui.settings.DisplayFormatDialog;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.people.WorkingAs;
import app.rapport.domain.Permissions;
import app.rapport.ui.timeline.TimelineView;
import app.rapport.ui.today.TodayView;
import app.rapport.ui.today.TodayViewModel;
import app.rapport.ui.touchpoint.LogTouchpointDialog;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The main window's content: menu, the client workspace (or a welcome on an empty store) and a
 * status bar that says what just happened, with Undo for what can be undone.
 */
public final class MainWindow extends BorderPane {
    static final int DEMO_CLIENTS = 500;
    static final long DEMO_SEED = 1;

    private final RapportServices services;
    private final TaskExecutor background;
    private final Clock clock;
    private final UiPreferences preferences;
    private final UndoManager undo;
    private final Label status = new Label();
    private BackgroundTask<DemoResult> demoLoading;
    private final MenuItem loadDemoItem = new MenuItem("Load demo data\u2026");
    private ClientListViewModel clientList;
    private ClientWorkspace workspace;
    private static final String BRIEF_TAB = "Brief";
    private BriefView brief;
    private TimelineView timeline;
    private NotesView notes;
    private PurchasesView purchases;
    private OpportunitiesView opportunities;
    private ClientCompetitorsView clientCompetitors;
    private CompetitorsView competitorsView;
    private WelcomeView welcome;
    private final TabPane sections = new TabPane();
    private TodayView todayView;
    private DashboardView dashboard;
    private ChangeFollower changeFollower;
    /** What a client list row shows comes from these tables. */
    private static final String[] CLIENT_ROW_TABLES = {"client", "client_phone", "client_email", "client_tag", "follow_up", "touchpoint"};
    /** What Today and the dashboard count comes from these tables (through each client's state). */
    private static final String[] STATE_TABLES = {"client", "purchase", "touchpoint", "opportunity", "follow_up", "setting", "product"};
    private String firstSection = "today";
    private final Menu goMenu = new Menu("Go");
    private final List<Runnable> clientsFilled = new ArrayList<>();
    private final List<Runnable> waitingForFirstFrame = new ArrayList<>();
    private boolean firstFrameDrawn;
    private final DataActions data;
    private Consumer<RapportServices> onServicesChanged = replaced -> { };
    private String openedMessage;
    private boolean backUpWhenShown;
    /** Greys out what this desk's login may not do, once the server has said (menuBar sets it). */
    private Consumer<Permissions> permissionsRead = allowed -> { };
    private final CallBar callBar;
    private PhoneSystemLink phoneSystem = new PhoneSystemLink(this::phoneRang);
    private final Label listening = new Label();
    /** File → Lock and locking when away, for an encrypted store only (null otherwise). */
    private final WindowLock lock;
    private Place returningTo;

    public MainWindow(RapportServices services, TaskExecutor background, Clock clock, UiPreferences preferences) {
        this(services, background, clock, preferences, null);
    }

    /**
     * Like {@link #MainWindow(RapportServices, TaskExecutor, Clock, UiPreferences)}, starting
     * with {@code firstScreen} when it was read already (null: read it in the background).
     */
    public MainWindow(RapportServices services, TaskExecutor background, Clock clock, UiPreferences preferences, FirstScreen firstScreen) {
        this.services = services;
        this.background = background;
        this.clock = clock;
        this.preferences = preferences;
        this.undo = new UndoManager(background);
        this.data = new DataActions(services, background, this::window, this::report, this::storeReplaced);
        getStyleClass().add("main-window");
        this.lock = services.isEncrypted() ? new WindowLock(this, background, clock, preferences) : null;
        if (lock != null) {
            whenInScene(scene -> lock.watch());
        }
        callBar = new CallBar(new CallBar.Actions(client -> prepareCallFor(client.id()), this::logCall, this::newClientWithNumber),
                clock.getZone(), Formatting.current().locale());
        setTop(new javafx.scene.layout.VBox(menuBar(), callBar));
        setBottom(statusBar());
        status.setText("Opening " + services.storeName() + "\u2026");
        if (firstScreen != null) {
            show(firstScreen);
        } else {
            background.run(() -> FirstScreen.read(services, false), this::show, failure -> report(Messages.of(failure)));
        }
    }

    /**
     * What the window shows first: whether there are clients (the welcome screen if not), and the
     * first page of the client list. Read while JavaFX starts, it is on screen with the window.
     */
    public record FirstScreen(boolean anyClients, ClientService.SearchResult firstClients, DisplayFormat format) {
        /** Reads it; {@code withFirstClients} false leaves the first page to the client list. */
        public static FirstScreen read(RapportServices services, boolean withFirstClients) {
            boolean any = services.clients().any();
            return new FirstScreen(any, any && withFirstClients ? services.clients().firstPage(ClientListViewModel.FIRST_PAGE) : null,
                    services.displayFormat());
        }
    }

    /** Runs {@code work} on the FX thread once the window has drawn its first frame. */
    private void afterFirstFrame(Runnable work) {
        if (firstFrameDrawn) {
            work.run();
            return;
        }
        waitingForFirstFrame.add(work);
        if (waitingForFirstFrame.size() > 1) {
            return;
        }
        Runnable drawn = () -> {
            firstFrameDrawn = true;
            List<Runnable> waiting = List.copyOf(waitingForFirstFrame);
            waitingForFirstFrame.clear();
            waiting.forEach(Runnable::run);
        };
        whenInScene(scene -> Pulses.afterNextLayout(scene, () -> Platform.runLater(drawn)));
    }

    private void whenInScene(Consumer<javafx.scene.Scene> action) {
        if (getScene() != null) {
            action.accept(getScene());
            return;
        }
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> observable, javafx.scene.Scene before,
                                javafx.scene.Scene now) {
                if (now != null) {
                    sceneProperty().removeListener(this);
                    action.accept(now);
                }
            }
        });
    }

    private void show(FirstScreen firstScreen) {
        Formatting.use(firstScreen.format());
        if (firstScreen.anyClients()) {
            showWorkspace(firstScreen.firstClients());
        } else {
            showWelcome();
        }
        if (backUpWhenShown) {
            data.backUpIfDue();
        }
    }

    /**
     * Runs {@code action} once, on the first frame that shows the client list filled; the
     * start-up benchmark measures up to that moment.
     */
    public void whenClientsFirstShown(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable onFilled = () -> {
            if (getScene() != null && !done.get()) {
                Pulses.afterNextLayout(getScene(), () -> {
                    if (done.compareAndSet(false, true)) {
                        action.run();
                    }
                });
            }
        };
        clientsFilled.add(onFilled);
        if (clientList != null && !clientList.results().isEmpty()) {
            onFilled.run();
        }
    }

    /** Shows the client list and scrolls it end to end, then runs {@code done} (memory benchmark). */
    public void scrollThroughClients(Runnable done) {
        showSection("clients");
        // The first page shows before the whole list is read; the total arrives with the whole list.
        if (clientList.totalMatchingProperty().get() > 0) {
            workspace.scrollThroughList(done);
            return;
        }
        clientList.totalMatchingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> total, Number before, Number now) {
                if (now.intValue() > 0) {
                    total.removeListener(this);
                    workspace.scrollThroughList(done);
                }
            }
        });
    }

    /** The section shown when the workspace first opens (Today unless told otherwise, as tests of other sections do). */
    void startOn(String sectionId) {
        firstSection = sectionId;
        if (workspace != null && !"today".equals(sectionId)) {
            showSection(sectionId);
        }
    }

    /** The services over the store this window holds. */
    public RapportServices services() {
        return services;
    }

    /**
     * A call is coming in: the window comes to the front with the caller's brief, or with the
     * clients who share the number, or what to do with a number not in the book.
     */
    public void showIncomingCall(CallService.IncomingCall call) {
        if (window() instanceof javafx.stage.Stage stage) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
        if (workspace == null || getCenter() != sections) {
            showWorkspace();
        }
        call.client().ifPresent(client -> prepareCallFor(client.id()));
        callBar.show(call);
        report(call.client().map(client -> "Call from " + client.displayName()).orElse("Call from " + call.shownNumber()));
    }

    /** The desk's phone rings (the phone system said so): the caller's brief, as a pop from the command line brings it. */
    private void phoneRang(String number) {
        background.run(() -> services.calls().incoming(number), this::showIncomingCall, failure -> report(Messages.of(failure)));
    }

    /** The log of a call that came in, from the minute it rang; saving it takes the call bar away. */
    private void logCall(CallService.IncomingCall call) {
        ClientSummary client = call.client().orElse(null);
        LogTouchpointDialog[] dialog = new LogTouchpointDialog[1];
        dialog[0] = LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), client, saved -> {
            callBar.dismiss();
            report("Call logged for " + loggedFor(dialog[0]));
            if (client == null) {
                refreshClients(saved.clientId());
            }
        }, opportunity -> opportunitySaved(opportunity, loggedFor(dialog[0])));
        dialog[0].model().answeredCallAt(call.at());
    }

    /** A new client with the calling number already filled in. */
    private void newClientWithNumber(CallService.IncomingCall call) {
        Client withNumber = new Client(null, null, null, null, null, null, null,
                List.of(new app.rapport.domain.ContactPoint("other", call.shownNumber())), List.of(), null, null, "Phone call", null,
                List.of(), java.util.Map.of(), null, null, null);
        background.run(services.clients()::tags, tags -> ClientEditor.open(window(), withNumber, services.clients(), background, clock, tags,
                saved -> {
                    clientSaved(saved, "Client added: ");
                    callBar.show(new CallService.IncomingCall(call.number(), call.e164(), List.of(summaryOf(saved)), call.at()));
                }), failure -> report(Messages.of(failure)));
    }

    private static ClientSummary summaryOf(Client client) {
        return new ClientSummary(client.id(), client.displayName(), client.companyName(), null, null, client.tags(), null, null);
    }

    /** Says in the status bar what just happened. */
    public void report(String message) {
        status.setText(message);
    }

    private HBox statusBar() {
        status.setId("status");
        Button undoButton = new Button("Undo");
        undoButton.setId("undo");
        undoButton.getStyleClass().addAll("flat", "small");
        undoButton.visibleProperty().bind(undo.latestProperty().isNotNull());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        undoButton.setOnAction(event -> undoLast());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        working.setId("working");
        working.setPrefWidth(120);
        working.visibleProperty().bind(data.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        WorkingAs workingAs = new WorkingAs(services.people(), background, preferences::workingAs, preferences::setWorkingAs,
                services::workAs, this::report);
        listening.setId("phone-system-status");
        listening.textProperty().bind(phoneSystem.statusProperty());
        HBox statusBar = new HBox(8, working, status, undoButton, spacer, listening, workingAs);
        background.run(services.team()::permissions, allowed -> {
            workingAs.allowAdding(allowed.editPlaybook());
            permissionsRead.accept(allowed);
        }, failure -> report(Messages.of(failure)));
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 10, 3, 10));
        return statusBar;
    }

    private MenuBar menuBar() {
        MenuItem trash = item("Trash\u2026", null, () -> TrashDialog.open(window(), services.clients(), background, clock, this::report));
        MenuItem quit = item("Quit", "Shortcut+Q", Platform::exit);
        loadDemoItem.setOnAction(event -> loadDemo());
        MenuItem importItem = item("Import contacts\u2026", "Shortcut+I", this::importContacts);
        MenuItem eraseItem = item("Erase client for good\u2026", null, () -> withSelectedClient("erase",
                client -> data.eraseClient(client, () -> { })));
        eraseItem.setId("erase-menu");
        importItem.setId("import-menu");
        MenuItem exportItem = item("Export contacts\u2026", null, this::exportContacts);
        exportItem.setId("export-menu");
        MenuItem phonesItem = item("Phone numbers\u2026", null, () -> PhoneSettingsDialog.open(window(), services.contacts(), background, message -> {
            report(message);
            refreshClients(null);
        }));
        phonesItem.setId("phone-settings-menu");
        MenuItem phoneSystemItem = item("Phone system\u2026", null,
                () -> PhoneSystemDialog.open(window(), phoneSystem, preferences, background, this::report));
        phoneSystemItem.setId("phone-system-menu");
        MenuItem restoreItem = data.restoreItem();
        app.rapport.ui.team.TeamServerActions team = new app.rapport.ui.team.TeamServerActions(() -> services, background, this::window,
                preferences, this::storeReplaced);
        Menu file = new Menu("File", null, importItem, exportItem, phonesItem, phoneSystemItem, new SeparatorMenuItem(), loadDemoItem, trash,
                new SeparatorMenuItem(), data.backUpNowItem(), restoreItem, data.encryptItem(), new SeparatorMenuItem(), team.connectItem(),
                team.moveItem(), new SeparatorMenuItem(), quit);
        if (lock != null) {
            file.getItems().addAll(file.getItems().size() - 1, lock.menuItems());
            file.getItems().add(file.getItems().size() - 1, new SeparatorMenuItem());
        }

        MenuItem undoItem = item("Undo", "Shortcut+Z", this::undoLast);
        undoItem.disableProperty().bind(undo.latestProperty().isNull());
        Menu edit = new Menu("Edit", null, undoItem);

        MenuItem catalog = item("Product catalog…", null,
                () -> ProductCatalogDialog.open(window(), services.purchases(), background, this::report));
        MenuItem playbookItem = item("Playbook\u2026", null,
                () -> PlaybookDialog.open(window(), services.playbook(), services.briefs(), services.clients(), services.clock(),
                        selectedClient(), background, this::report));
        playbookItem.setId("playbook-menu");
        // a desk login on a team server may not do these; the server refuses them too, this only says so up front
        permissionsRead = allowed -> {
            eraseItem.setDisable(!allowed.erase());
            if (!allowed.restore()) {
                restoreItem.disableProperty().unbind(); // bound to "a backup or restore is running", which no longer matters
                restoreItem.setDisable(true);
            }
            exportItem.setDisable(!allowed.exportBook());
            playbookItem.setDisable(!allowed.editPlaybook());
        };
        MenuItem segmentsItem = item("Segments\u2026", null, this::openSegments);
        segmentsItem.setId("segments-menu");
        MenuItem templatesItem = item("Message templates\u2026", null, this::openTemplates);
        templatesItem.setId("templates-menu");
        MenuItem mailingsItem = item("Mailings\u2026", null, () -> MailingsDialog.open(window(), services, background, this::report, this::openClient));
        mailingsItem.setId("mailings-menu");
        Menu clients = new Menu("Clients", null,
                item("New client\u2026", "Shortcut+N", this::newClient),
                item("Prepare call", "F5", this::prepareCall),
                item("Edit client\u2026", "Shortcut+E", this::editClient),
                item("Log touchpoint\u2026", "Shortcut+L", this::logTouchpoint),
                item("Follow up\u2026", "Shortcut+Shift+F", () -> followUp("")),
                item("Log a refusal\u2026", "Shortcut+Shift+R", this::logRefusal),
                item("Delete client", null, this::deleteClient),
                item("Export client's data\u2026", null, () -> withSelectedClient("export", data::exportClient)),
                eraseItem,
                new SeparatorMenuItem(),
                catalog,
                playbookItem,
                segmentsItem,
                templatesItem,
                mailingsItem,
                new SeparatorMenuItem(),
                item("Find duplicates\u2026", null, () -> DuplicatesDialog.open(window(), services.contacts(), background, undo,
                        this::report, this::refreshClients)),
                item("Export selected client as vCard\u2026", null, this::exportSelectedAsVCard),
                new SeparatorMenuItem(),
                item("Find client", "Shortcut+F", () -> {
                    if (workspace != null) {
                        workspace.focusSearch();
                    }
                }));

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("dark-theme");
        dark.setSelected(preferences.darkTheme());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(event -> {
            Theme.apply(dark.isSelected());
            preferences.setDarkTheme(dark.isSelected());
            report(dark.isSelected() ? "Dark theme on" : "Light theme on");
        });
        MenuItem formats = item("Dates and money\u2026", null, () -> DisplayFormatDialog.open(window(), services, background, chosen -> {
            Formatting.use(chosen);
            report("Dates now read like " + chosen.date(LocalDate.now(clock)) + ", amounts like " + chosen.money(new java.math.BigDecimal("1234.5"))
                    + "; open lists show it when they next refresh");
        }));
        formats.setId("display-format-menu");
        Menu view = new Menu("View", null, dark, formats);

        MenuItem shortcuts = item("Keyboard shortcuts", "F1", () -> HelpDialogs.shortcuts(window()));
        shortcuts.setId("help-shortcuts-menu");
        MenuItem gettingStarted = item("Getting started", null, () -> HelpDialogs.gettingStarted(window(),
                new HelpDialogs.Actions(this::loadDemo, this::importContacts, () -> showSection("today"))));
        gettingStarted.setId("help-getting-started-menu");
        MenuItem about = item("About Rapport", null, () -> HelpDialogs.about(window(), RapportVersion.current(),
                services.storeFile(), services.backups().folder()));
        about.setId("help-about-menu");
        Menu help = new Menu("Help", null, shortcuts, gettingStarted, new SeparatorMenuItem(), about);
        return new MenuBar(file, edit, clients, goMenu, view, help);
    }

    private void importContacts() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import contacts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Contacts (CSV, Excel, vCard, LDIF)", "*.csv", "*.xlsx", "*.vcf", "*.vcard", "*.ldif", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            openImport(chosen.toPath());
        }
    }

    /** The import preview of {@code file}; the client list is refreshed after an import. */
    public ImportDialog openImport(java.nio.file.Path file) {
        return ImportDialog.open(window(), services.contacts(), background, file, message -> {
            if (clientList == null) {
                showWorkspace();
            }
            report(message);
        });
    }

    private void exportContacts() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export contacts");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV (spreadsheets, Google, Outlook)", "*.csv");
        FileChooser.ExtensionFilter vcf = new FileChooser.ExtensionFilter("vCard (phones, mail programs)", "*.vcf");
        chooser.getExtensionFilters().addAll(csv, vcf);
        chooser.setInitialFileName("clients.csv");
        java.io.File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        boolean asVCard = chooser.getSelectedExtensionFilter() == vcf || chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".vcf");
        report("Exporting your clients to " + chosen.getName() + "\u2026");
        background.run(() -> {
            try {
                List<UUID> ids = services.contacts().allClientIds();
                return asVCard ? services.contacts().exportVCard(ids, chosen.toPath(), true) : services.contacts().exportCsv(ids, chosen.toPath(), true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, count -> report("Exported " + count + " clients to " + chosen.getName()),
                failure -> report("Could not export your clients to " + chosen.getName() + ": " + Messages.of(failure)));
    }

    private void exportSelectedAsVCard() {
        ClientSummary selected = selectedClient();
        if (selected == null) {
            report("Select a client to export first.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + selected.displayName() + " as vCard");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("vCard", "*.vcf"));
        chooser.setInitialFileName(selected.displayName().replaceAll("[^\\p{L}\\p{N} .-]", "") + ".vcf");
        java.io.File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        background.run(() -> {
            try {
                return services.contacts().exportVCard(List.of(selected.id()), chosen.toPath(), true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, count -> report("Exported " + selected.displayName() + " to " + chosen.getName()),
                failure -> report("Could not export " + selected.displayName() + ": " + Messages.of(failure)));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Called with the services over a restored or encrypted store, after this window gave way to a new one. */
    public void setOnServicesChanged(Consumer<RapportServices> handler) {
        onServicesChanged = handler;
    }

    /**
     * Takes the daily backup if none was taken today, once the clients are on screen (so the
     * backup never delays them); the app calls it once when it starts.
     */
    public void backUpIfDue() {
        if (getCenter() != null) {
            data.backUpIfDue();
        } else {
            backUpWhenShown = true;
        }
    }

    /** A restore or encryption swapped the store file: a new window takes over on the new services. */
    private void storeReplaced(RapportServices.Replaced replaced) {
        MainWindow next = new MainWindow(replaced.services(), background, clock, preferences);
        handPhoneSystemTo(next);
        next.onServicesChanged = onServicesChanged;
        next.openedMessage = replaced.summary();
        onServicesChanged.accept(replaced.services());
        getScene().setRoot(next);
    }

    /** The window taking over from this one listens to the same phone system, and the desk's calls ring there. */
    private void handPhoneSystemTo(MainWindow next) {
        next.phoneSystem = phoneSystem;
        phoneSystem.ringTo(next::phoneRang);
        next.listening.textProperty().bind(phoneSystem.statusProperty());
    }

    /** Where the user is in the window: the section shown, the selected client and that client's tab (each null when none). */
    record Place(String section, UUID client, String clientTab) {
    }

    Place place() {
        javafx.scene.control.Tab shown = sections.getSelectionModel().getSelectedItem();
        String section = getCenter() == sections && shown != null ? shown.getId().substring("section-".length()) : null;
        ClientSummary selected = selectedClient();
        return new Place(section, selected == null ? null : selected.id(), workspace == null ? null : workspace.shownTab());
    }

    /** The lock of an encrypted store's window (null for a store that is not encrypted). */
    WindowLock windowLock() {
        return lock;
    }

    /** The window over the services of the unlocked store, going back to {@code place} as it opens. */
    MainWindow reopenedOn(RapportServices reopened, Place place) {
        MainWindow next = new MainWindow(reopened, background, clock, preferences);
        handPhoneSystemTo(next);
        next.onServicesChanged = onServicesChanged;
        next.openedMessage = "Unlocked " + reopened.storeName();
        next.returningTo = place;
        if (place.section() != null) {
            next.firstSection = place.section();
        }
        onServicesChanged.accept(reopened);
        return next;
    }

    /** Says once, as the store opens, that a store other accounts could read was made private. */
    private String privacyNote(String opened) {
        return services.storeWasTightened()
                ? opened + ". Other accounts on this computer could read it; it is now readable by you alone."
                : opened;
    }

    private void withSelectedClient(String action, Consumer<ClientSummary> work) {
        ClientSummary selected = selectedClient();
        if (selected == null) {
            report("Select a client to " + action + " first.");
            return;
        }
        work.accept(selected);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showWelcome() {
        welcome = new WelcomeView(() -> showSection("clients"), this::importContacts, this::loadDemo, this::cancelDemo);
        setCenter(welcome);
        report(openedMessage != null ? openedMessage : privacyNote("Your store is empty: " + services.storeName()));
    }

    /**
     * The window's top-level screens, each a tab reached by click or Ctrl+1, Ctrl+2, ... in the
     * order added. The client workspace is one of them.
     */
    private void installSections() {
        sections.getTabs().clear();
        goMenu.getItems().clear();
        sections.setId("sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.getStyleClass().add("sections");
        todayView = new TodayView(new TodayViewModel(services.today(), background), clock, this::prepareCallFor, this::logFromToday);
        todayView.setOnReach(TodayViewModel.Links.DESKTOP, this::report);
        addSection("today", "Today", todayView, todayView::refresh);
        addSection("clients", "Clients", workspace, workspace::focusSearch);
        competitorsView = new CompetitorsView(new CompetitorsViewModel(services.competitors(), background, undo, this::report),
                services.clients(), background, clock, this::report, this::openClient, this::prepareCallFor);
        addSection("competitors", "Competitors", competitorsView, competitorsView::refresh);
        dashboard = new DashboardView(services.dashboard(), background, slice -> ClientsDialog.open(window(),
                slice.describe(), () -> services.dashboard().clients(slice), background, this::openClient));
        addSection("dashboard", "Dashboard", dashboard, dashboard::refresh);
    }

    /** Adds a top-level screen; {@code onShow} runs each time the user switches to it. */
    private void addSection(String id, String title, Node content, Runnable onShow) {
        // A section joins the scene when it is first shown: styling and laying out every section
        // for the first frame made a big store's window appear more than a second later.
        Tab tab = new Tab(title);
        tab.setId("section-" + id);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                if (tab.getContent() == null) {
                    tab.setContent(content);
                }
                onShow.run();
            }
        });
        sections.getTabs().add(tab);
        int position = sections.getTabs().size();
        goMenu.getItems().add(item(title, position <= 9 ? "Shortcut+" + position : null, () -> showSection(id)));
    }

    /** Switches to the top-level screen with this id ("clients", ...). */
    private void showSection(String id) {
        if (getCenter() != sections) {
            showWorkspace();
        }
        sections.getTabs().stream().filter(tab -> ("section-" + id).equals(tab.getId())).findFirst()
                .ifPresent(tab -> sections.getSelectionModel().select(tab));
    }

    /** Shows this client in the client workspace, whatever the search or filter was. */
    private void openClient(UUID clientId) {
        showSection("clients");
        clientList.tagProperty().set(null);
        clientList.competitorProperty().set(null);
        clientList.segmentProperty().set(null);
        clientList.queryProperty().set("");
        refreshClients(clientId);
    }

    /** Shows this competitor's SWOT map in the Competitors section. */
    private void openCompetitor(UUID competitorId) {
        showSection("competitors");
        competitorsView.showCompetitor(competitorId);
    }

    /** Opens this client's freshly built brief, as F5 does for the selected client. */
    private void prepareCallFor(UUID clientId) {
        openClient(clientId);
        workspace.showTab(BRIEF_TAB);
    }

    private void showWorkspace() {
        showWorkspace(null);
    }

    /** Shows the sections, the client list starting with {@code firstClients} when they were read already. */
    private void showWorkspace(ClientService.SearchResult firstClients) {
        if (workspace == null) {
            clientList = new ClientListViewModel(services.clients(), background);
            if (firstClients != null) {
                // Reading the whole list (a moment's work on two cores, with its garbage) waits
                // until the first frame is drawn; the first page stands in for it until then.
                clientList.startWith(firstClients, this::afterFirstFrame);
            }
            clientList.results().addListener((javafx.collections.ListChangeListener<ClientSummary>) change -> {
                if (!clientList.results().isEmpty()) {
                    List.copyOf(clientsFilled).forEach(Runnable::run);
                }
            });
            clientList.useSegments(services.segments());
            workspace = new ClientWorkspace(clientList, clock,
                    new ClientWorkspace.Actions(this::prepareCall, this::editClient, this::logTouchpoint, this::deleteClient), clientTabs());
            workspace.followPresence(services.presence(), clock.getZone());
            workspace.setDividerPositions(preferences.divider("clients", 0.36));
            workspace.getDividers().get(0).positionProperty().addListener((observable, before, now) ->
                    preferences.setDivider("clients", now.doubleValue()));
            installSections();
            followChanges();
            // Today, the first section, loaded its queue as it was shown.
            report(openedMessage != null ? openedMessage : privacyNote("Opened " + services.storeName()));
            if (returningTo != null && returningTo.client() != null) {
                returnToClient(returningTo.client(), returningTo.clientTab());
            }
            if (!"today".equals(firstSection) || returningTo != null) {
                showSection(firstSection);
            }
            returningTo = null;
        }
        setCenter(sections);
        if (!todayShown()) {
            workspace.focusSearch();
        }
    }

    /** Selects this client again and, once the list has selected them (which brings the brief to the front), shows {@code tab}. */
    private void returnToClient(UUID clientId, String tab) {
        if (tab != null) {
            clientList.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends ClientSummary> selected, ClientSummary before, ClientSummary now) {
                    if (now != null && now.id().equals(clientId)) {
                        selected.removeListener(this);
                        Platform.runLater(() -> workspace.showTab(tab));
                    }
                }
            });
        }
        openClient(clientId);
    }

    /**
     * Each screen is read again when a committed change concerns what it shows, whoever made it
     * (this window, an import, the command line on the same store): no action refreshes other screens.
     */
    private void followChanges() {
        if (changeFollower != null) {
            return;
        }
        changeFollower = new ChangeFollower(services.changes());
        changeFollower.follow(batch -> batch.touchesAny(CLIENT_ROW_TABLES), () -> refreshClients(null));
        changeFollower.follow(batch -> concernsSelected(batch, "client", "client_phone", "client_email", "client_tag",
                "client_custom_field", "note", "touchpoint"), clientList::reloadProfile);
        changeFollower.follow(batch -> concernsSelected(batch, "touchpoint", "note", "purchase", "opportunity", "follow_up"), timeline::refresh);
        changeFollower.follow(batch -> concernsSelected(batch) || batch.touchesAny("playbook_rule", "setting", "product", "competitor",
                "swot_item"), brief.model()::refresh);
        changeFollower.follow(batch -> concernsSelected(batch, "note"), notes::refresh);
        changeFollower.follow(batch -> concernsSelected(batch, "purchase") || batch.touchesAny("product"), purchases::refresh);
        changeFollower.follow(batch -> concernsSelected(batch, "opportunity"), opportunities::refresh);
        changeFollower.follow(batch -> concernsSelected(batch, "client_competitor") || batch.touchesAny("competitor"), clientCompetitors::refresh);
        changeFollower.follow(batch -> sectionShown("today") && batch.touchesAny(STATE_TABLES), todayView::refresh);
        changeFollower.follow(batch -> sectionShown("dashboard") && batch.touchesAny(STATE_TABLES), dashboard::refresh);
        changeFollower.follow(batch -> sectionShown("competitors") && batch.touchesAny("competitor", "swot_item", "client_competitor",
                "positioning_factor", "positioning_rating"), competitorsView::reload);
    }

    /** Whether the batch holds a change about the selected client, to one of {@code entities} (any, when none are named). */
    private boolean concernsSelected(ChangeService.Batch batch, String... entities) {
        ClientSummary selected = selectedClient();
        return selected != null && batch.concerns(selected.id()) && (entities.length == 0 || batch.touchesAny(entities));
    }

    private boolean sectionShown(String id) {
        return getCenter() == sections && sections.getSelectionModel().getSelectedItem() != null
                && ("section-" + id).equals(sections.getSelectionModel().getSelectedItem().getId());
    }

    /** The tabs beside the profile: the brief first, then timeline, notes, purchases. */
    private List<ClientTab> clientTabs() {
        timeline = new TimelineView(services.touchpoints(), background, clock);
        notes = new NotesView(services.notes(), background, undo, this::report, clock);
        purchases = new PurchasesView(services.purchases(), background, undo, this::report, clock);
        brief = new BriefView(new BriefViewModel(services.briefs(), background), clock, this::logTouchpoint);
        brief.setOnFollowUp(this::followUp);
        List<ClientTab> tabs = new ArrayList<>();
        tabs.add(new ClientTab(BRIEF_TAB, brief, brief.model()::setClient, true));
        tabs.add(new ClientTab("Timeline", timeline, timeline::setClient, false));
        tabs.add(new ClientTab("Notes", notes, notes::setClient, false));
        tabs.add(new ClientTab("Purchases", purchases, purchases::setClient, false));
        opportunities = new OpportunitiesView(services.opportunities(), services.purchases(), background, undo, this::report,
                () -> selectedClient() == null ? null : selectedClient().displayName());
        tabs.add(new ClientTab("Opportunities", opportunities, opportunities::setClient, false));
        clientCompetitors = new ClientCompetitorsView(services.competitors(), background, undo, this::report, this::openCompetitor,
                () -> { });
        tabs.add(new ClientTab("Competitors", clientCompetitors, clientCompetitors::setClient, false));
        notes.setClientNames(this::clientName);
        purchases.setClientNames(this::clientName);
        clientCompetitors.setClientNames(this::clientName);
        return tabs;
    }

    /** The name of a client in the list (the selected one first), for status messages; null when not shown. */
    private String clientName(UUID clientId) {
        ClientSummary selected = selectedClient();
        if (selected != null && selected.id().equals(clientId)) {
            return selected.displayName();
        }
        return clientList == null ? null : clientList.results().stream().filter(client -> client.id().equals(clientId))
                .map(ClientSummary::displayName).findFirst().orElse(null);
    }

    private ClientSummary selectedClient() {
        return clientList == null ? null : clientList.selectedProperty().get();
    }

    private void refreshClients(java.util.UUID select) {
        if (clientList != null) {
            clientList.refresh(select);
        }
    }

    private void newClient() {
        if (workspace == null || getCenter() != sections) {
            showWorkspace();
        }
        TypeAhead typed = TypeAhead.hold(getScene());
        background.run(services.clients()::tags, tags -> carry(typed, ClientEditor.open(window(), null, services.clients(), background, clock, tags,
                saved -> clientSaved(saved, "Client added: "))), failure -> {
            carry(typed, null);
            report(Messages.of(failure));
        });
    }

    private void editClient() {
        ClientSummary selected = selectedClient();
        if (selected == null) {
            report("Select a client to edit first.");
            return;
        }
        TypeAhead typed = TypeAhead.hold(getScene());
        background.run(() -> new EditStart(services.clients().profile(selected.id()).map(profile -> profile.client()).orElse(null),
                        services.clients().tags()),
                start -> {
                    if (start.client() == null) {
                        carry(typed, null);
                        report(selected.displayName() + " is no longer in your client book.");
                        refreshClients(null);
                        return;
                    }
                    carry(typed, ClientEditor.open(window(), start.client(), services.clients(), background, clock, start.knownTags(),
                            saved -> clientSaved(saved, "Saved ")));
                }, failure -> {
                    carry(typed, null);
                    report(Messages.of(failure));
                });
    }

    /** Hands the keys typed since the shortcut to the form it opened; with no form, gives them back to the window. */
    private static void carry(TypeAhead typed, javafx.scene.control.Dialog<?> opened) {
        if (typed == null) {
            return;
        }
        if (opened == null) {
            typed.release();
        } else {
            typed.into(opened);
        }
    }

    /** What the profile form needs before it opens: the client as stored, and the tags in use. */
    private record EditStart(Client client, List<String> knownTags) {
    }

    private void clientSaved(Client saved, String prefix) {
        report(prefix + saved.displayName());
        clientList.queryProperty().set("");
        refreshClients(saved.id());
    }

    private void deleteClient() {
        ClientSummary selected = selectedClient();
        if (selected == null) {
            report("Select a client to delete first.");
            return;
        }
        background.run(() -> {
            services.clients().delete(selected.id());
            return selected;
        }, deleted -> {
            undo.done("Deleted " + deleted.displayName(), () -> services.clients().restore(deleted.id()), () -> refreshClients(deleted.id()));
            report("Deleted " + deleted.displayName() + " \u2014 Ctrl+Z to undo");
        }, failure -> report("Could not delete " + selected.displayName() + ": " + Messages.of(failure)));
    }

    private boolean todayShown() {
        return todayView != null && getCenter() == sections && todayView.getParent() != null
                && sections.getSelectionModel().getSelectedItem() != null
                && "section-today".equals(sections.getSelectionModel().getSelectedItem().getId());
    }

    /** Logs a touchpoint with the client of a Today row; saving it takes them off the queue. */
    private void logFromToday(app.rapport.domain.today.TodayItem item) {
        ClientSummary client = new ClientSummary(item.clientId(), item.clientName(), null, null, null, List.of(), null, null);
        LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), client, saved -> {
            report("Touchpoint saved for " + item.clientName());
        }, opportunity -> opportunitySaved(opportunity, item.clientName()));
    }

    /** They said no: the quick capture form for the selected client (or the selected row of Today). */
    private void logRefusal() {
        ClientSummary client = selectedClient();
        if (todayShown() && todayView.selected() != null) {
            app.rapport.domain.today.TodayItem item = todayView.selected();
            client = new ClientSummary(item.clientId(), item.clientName(), null, null, null, List.of(), null, null);
        }
        if (client == null) {
            report("Select a client to log a refusal for first.");
            return;
        }
        ClientSummary forClient = client;
        OpportunityDialog.open(window(), services.opportunities(), services.purchases(), background, forClient.id(),
                forClient.displayName(), app.rapport.domain.OpportunityKind.REFUSAL,
                saved -> opportunitySaved(saved, forClient.displayName()), this::report, TypeAhead.hold(getScene()));
    }

    /** Shows a request, refusal, idea, complaint or referral logged from a menu or the log dialog wherever it belongs. */
    private void opportunitySaved(app.rapport.domain.Opportunity saved, String clientName) {
        report(app.rapport.ui.opportunities.OpportunityWords.kind(saved.kind()) + " saved" + (clientName == null ? "" : " for " + clientName));
    }

    /** A promise to get back to the selected client, about {@code reason} (the brief's next step, or blank). */
    private void followUp(String reason) {
        ClientSummary selected = selectedClient();
        if (selected == null) {
            report("Select a client to follow up with first.");
            return;
        }
        TypeAhead typed = TypeAhead.hold(getScene());
        javafx.stage.Stage form = FollowUpDialog.open(window(), services.followUps(), background, selected.id(), selected.displayName(), reason,
                java.time.LocalDate.now(clock), saved -> {
                    report("Follow-up with " + selected.displayName() + " on " + saved.dueOn());
                });
        if (typed != null) {
            typed.into(form);
        }
    }

    private void logTouchpoint() {
        if (todayShown() && todayView.selected() != null) {
            logFromToday(todayView.selected());
            return;
        }
        if (workspace == null || getCenter() != sections) {
            showWorkspace();
        }
        ClientSummary selected = selectedClient();
        LogTouchpointDialog[] dialog = new LogTouchpointDialog[1];
        dialog[0] = LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), selected, saved -> {
            report("Touchpoint saved for " + loggedFor(dialog[0]));
            if (selected == null || !selected.id().equals(saved.clientId())) {
                refreshClients(saved.clientId()); // show whom it was logged for
            }
        }, opportunity -> opportunitySaved(opportunity, loggedFor(dialog[0])));
    }

    private static String loggedFor(LogTouchpointDialog dialog) {
        ClientSummary client = dialog == null ? null : dialog.model().clientProperty().get();
        return client == null ? null : client.displayName();
    }

    /** Shows the brief of the selected client, freshly built (F5). */
    private void prepareCall() {
        if (todayShown() && todayView.selected() != null) {
            prepareCallFor(todayView.selected().clientId());
            return;
        }
        if (selectedClient() == null) {
            report("Select a client to prepare the call.");
            return;
        }
        showSection("clients");
        workspace.showTab(BRIEF_TAB);
        brief.model().refresh();
    }

    /** Message templates, previewed for the selected client (if any) and for each saved segment. */
    private void openTemplates() {
        ClientSummary selected = selectedClient();
        background.run(services.segments()::segments, saved -> {
            List<TemplatesViewModel.Audience> audiences = new ArrayList<>();
            if (selected != null) {
                audiences.add(TemplatesViewModel.forClient(selected));
            }
            saved.stream().filter(SegmentService.Saved::readable).map(SegmentService.Saved::segment)
                    .forEach(segment -> audiences.add(segmentAudience(segment)));
            TemplatesDialog.open(window(), services.messages(), background, audiences, this::report);
        }, failure -> report(Messages.of(failure)));
    }

    private TemplatesViewModel.Audience segmentAudience(Segment segment) {
        return new TemplatesViewModel.Audience("Segment: " + segment.name(), () -> services.segments().clientIds(segment.criteria()));
    }

    /** Saved segments: edit them with a live count, show one in the client list, export it, write to it. */
    private void openSegments() {
        if (workspace == null || getCenter() != sections) {
            showWorkspace();
        }
        SegmentDialog.open(window(), services.segments(), background, new SegmentDialog.Actions(
                segment -> {
                    showSection("clients");
                    clientList.reloadSegments();
                    clientList.segmentProperty().set(segment);
                    report("Showing the segment " + segment.name());
                },
                this::exportSegment,
                segment -> TemplatesDialog.open(window(), services.messages(), background, List.of(segmentAudience(segment)), this::report)),
                this::report).setOnHidden(event -> clientList.reloadSegments());
    }

    private void exportSegment(Segment segment) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + segment.name() + " as CSV");
        chooser.setInitialFileName(segment.name().replaceAll("[^\\p{L}\\p{N} _-]+", "").strip() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        java.io.File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        report("Exporting " + segment.name() + "\u2026");
        background.run(() -> services.segments().exportCsv(segment.criteria(), file.toPath()),
                count -> report("Exported " + count + (count == 1 ? " client of " : " clients of ") + segment.name() + " to " + file),
                failure -> report("Could not export " + segment.name() + ": " + Messages.of(failure)));
    }

    private void undoLast() {
        undo.undo(this::report);
    }

    private void loadDemo() {
        if (welcome == null) {
            welcome = new WelcomeView(() -> showSection("clients"), this::importContacts, this::loadDemo, this::cancelDemo);
        }
        setCenter(welcome);
        loadDemoItem.setDisable(true);
        welcome.showProgress(0, "Writing demo clients\u2026");
        BackgroundTask<DemoResult> loading = BackgroundTask.withProgress(progress -> services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, DEMO_SEED, progress));
        loading.messageProperty().addListener((observable, before, now) -> welcome.showProgress(loading.progressProperty().get(), now));
        demoLoading = background.execute(loading.onSuccess(this::demoLoaded).onFailure(failure -> {
            loadDemoItem.setDisable(false);
            welcome.showReady("Could not load the demo data: " + Messages.of(failure));
        }));
    }

    private void cancelDemo() {
        if (demoLoading != null) {
            demoLoading.cancel();
        }
    }

    private void demoLoaded(DemoResult result) {
        loadDemoItem.setDisable(false);
        workspace = null;
        // Today is the window's home: a new book opens where every day starts.
        showSection("today");
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        String what = numbers.format(result.clients()) + " demo clients with " + numbers.format(result.touchpoints()) + " touchpoints";
        report(result.cancelled() ? "Stopped: loaded " + what + " before you cancelled" : "Loaded " + what);
    }
}
