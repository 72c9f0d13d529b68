package app.rapport.ui;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.DisplayFormat;
import app.rapport.service.CallService;
import app.rapport.service.ClientService;
import app.rapport.service.DemoDataService.DemoResult;
import app.rapport.service.LaptopService;
import app.rapport.service.RapportServices;
import app.rapport.ui.brief.BriefView;
import app.rapport.ui.brief.BriefViewModel;
import app.rapport.ui.calls.CallBar;
import app.rapport.ui.calls.PendingCallsView;
import app.rapport.ui.calls.PhoneSystemLink;
import app.rapport.ui.clients.ClientEditor;
import app.rapport.ui.clients.ClientListViewModel;
import app.rapport.ui.clients.ClientWorkspace;
import app.rapport.ui.clients.ClientWorkspace.ClientTab;
import app.rapport.ui.competitors.ClientCompetitorsView;
import app.rapport.ui.competitors.CompetitorsView;
import app.rapport.ui.competitors.CompetitorsViewModel;
import app.rapport.ui.contacts.ImportDialog;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.dashboard.ClientsDialog;
import app.rapport.ui.dashboard.DashboardView;
import app.rapport.ui.data.DataActions;
import app.rapport.ui.notes.NotesView;
import app.rapport.ui.opportunities.OpportunitiesView;
import app.rapport.ui.people.WorkingAs;
import app.rapport.ui.purchases.PurchasesView;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.sync.ConflictsDialog;
import app.rapport.ui.sync.LaptopSyncStatus;
import app.rapport.ui.sync.ServerPasswordDialog;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.timeline.TimelineView;
import app.rapport.ui.today.TodayView;
import app.rapport.ui.today.TodayViewModel;
import app.rapport.ui.touchpoint.LogTouchpointDialog;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The main window's content: menu, the client workspace (or a welcome on an empty store) and a
 * status bar that says what just happened, with Undo for what can be undone. It assembles the
 * parts and keeps none of their behaviour: where the user is lives in {@link Navigation}, the
 * menus in {@link WindowMenus}, what they do in {@link ClientActions}, {@link ContactFileActions}
 * and {@link DataActions}, and each screen follows the change bus itself ({@code followChanges}).
 */
public final class MainWindow extends BorderPane {
    static final int DEMO_CLIENTS = 500;
    static final long DEMO_SEED = 1;

    private final RapportServices services;
    private final TaskExecutor background;
    private final Clock clock;
    private final UiPreferences preferences;
    private final UndoManager undo;
    private final DataActions data;
    private final Navigation navigation = new Navigation(this::showWorkspace, () -> getCenter() == sections().tabs());
    private final ClientActions clientActions;
    private final ContactFileActions contactFiles;
    private final WindowMenus menus;
    private final StatusBar statusBar;
    private BackgroundTask<DemoResult> demoLoading;
    private PendingCallsView pendingCalls;
    private WelcomeView welcome;
    private ChangeFollower changeFollower;
    private Section firstSection = Section.TODAY;
    private final List<Runnable> clientsFilled = new ArrayList<>();
    private final List<Runnable> waitingForFirstFrame = new ArrayList<>();
    private boolean firstFrameDrawn;
    private Consumer<RapportServices> onServicesChanged = replaced -> { };
    private String openedMessage;
    private boolean backUpWhenShown;
    private final CallBar callBar;
    private PhoneSystemLink phoneSystem = new PhoneSystemLink(this::phoneRang);
    private final Label listening = new Label();
    private LaptopSyncStatus laptopSync;
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
        clientActions = new ClientActions(services, background, clock, preferences, undo, navigation, this::report, this::getScene);
        contactFiles = new ContactFileActions(services, background, navigation, this::report, this::window);
        menus = new WindowMenus(this, services, background, clock, preferences, undo, data, navigation, clientActions, contactFiles);
        callBar = new CallBar(new CallBar.Actions(client -> navigation.prepareCallFor(client.id()), this::logCall, this::newClientWithNumber),
                clock.getZone(), Formatting.current().locale());
        setTop(new VBox(menus.bar(), callBar));
        statusBar = new StatusBar(undo, this::undoLast, data.busyProperty());
        setBottom(statusBar);
        fillStatusBar();
        report("Opening " + services.storeName() + "\u2026");
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

    /** The right end of the status bar: the phone system's status and whom this desk works as. */
    private void fillStatusBar() {
        listening.setId("phone-system-status");
        listening.textProperty().bind(phoneSystem.statusProperty());
        statusBar.addOnTheRight(listening);
        WorkingAs workingAs = new WorkingAs(services.people(), background, preferences::workingAs, preferences::setWorkingAs,
                services::workAs, this::report);
        statusBar.addOnTheRight(workingAs);
        followLaptopSync();
        background.run(services.team()::permissions, allowed -> {
            workingAs.allowAdding(allowed.editPlaybook());
            menus.allow(allowed);
        }, failure -> report(Messages.of(failure)));
    }

    /** A field laptop's copy of a team book shows its sync in the corner and syncs on its own. */
    private void followLaptopSync() {
        background.run(() -> services.laptops().link().isPresent(), linked -> {
            if (!linked || laptopSync != null) {
                return;
            }
            laptopSync = new LaptopSyncStatus(services.laptops(), services.changes(), background, clock, new LaptopSyncStatus.Actions() {
                @Override
                public void showConflicts() {
                    ConflictsDialog.open(window(), services.laptops(), services.clients(), background, clock.getZone(),
                            navigation::openClient, MainWindow.this::report);
                }

                @Override
                public void askPassword(Consumer<char[]> typed) {
                    ServerPasswordDialog.ask(window(), services.laptops().link().map(LaptopService.Link::server).orElse(""), typed);
                }
            });
            statusBar.addOnTheRight(laptopSync.node());
            laptopSync.start();
        }, failure -> report(Messages.of(failure)));
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

    private void whenInScene(Consumer<Scene> action) {
        if (getScene() != null) {
            action.accept(getScene());
            return;
        }
        sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene now) {
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
        if (navigation.clientList() != null && !navigation.clientList().results().isEmpty()) {
            onFilled.run();
        }
    }

    /** Shows the client list and scrolls it end to end, then runs {@code done} (memory benchmark). */
    public void scrollThroughClients(Runnable done) {
        navigation.show(Section.CLIENTS);
        ClientListViewModel clientList = navigation.clientList();
        // The first page shows before the whole list is read; the total arrives with the whole list.
        if (clientList.totalMatchingProperty().get() > 0) {
            navigation.workspace().scrollThroughList(done);
            return;
        }
        clientList.totalMatchingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> total, Number before, Number now) {
                if (now.intValue() > 0) {
                    total.removeListener(this);
                    navigation.workspace().scrollThroughList(done);
                }
            }
        });
    }

    /** The section shown when the workspace first opens (Today unless told otherwise, as tests of other sections do). */
    void startOn(Section section) {
        firstSection = section;
        if (navigation.hasWorkspace() && section != Section.TODAY) {
            navigation.show(section);
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
        if (window() instanceof Stage stage) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
        navigation.showSections();
        call.client().ifPresent(client -> navigation.prepareCallFor(client.id()));
        if (pendingCalls != null) {
            pendingCalls.refresh();
        }
        callBar.show(call);
        report(call.client().map(client -> "Call from " + client.displayName()).orElse("Call from " + call.shownNumber()));
    }

    /** The desk's phone rings (the phone system said so): the caller's brief, as a pop from the command line brings it. */
    private void phoneRang(String number) {
        background.run(() -> services.calls().ring(number), this::showIncomingCall, failure -> report(Messages.of(failure)));
    }

    /** The log of a call that came in, from the minute it rang; saving it takes the call bar away. */
    private void logCall(CallService.IncomingCall call) {
        ClientSummary client = call.client().orElse(null);
        LogTouchpointDialog[] dialog = new LogTouchpointDialog[1];
        dialog[0] = LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), client, saved -> {
            callBar.dismiss();
            report("Call logged for " + ClientActions.loggedFor(dialog[0]));
            if (client == null) {
                navigation.selectInList(saved.clientId());
            }
        }, opportunity -> clientActions.opportunitySaved(opportunity, ClientActions.loggedFor(dialog[0])));
        dialog[0].model().answeredCall(call.at(), call.pendingCallId());
    }

    /** The log of a call that rang earlier and was not logged; saving it completes that call. */
    private void logPendingCall(CallService.PendingCall call) {
        ClientSummary client = navigation.selectedClient();
        if (client == null || !client.id().equals(call.clientId())) {
            return;
        }
        LogTouchpointDialog[] dialog = new LogTouchpointDialog[1];
        dialog[0] = LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), client,
                saved -> {
                    callBar.dismissIfShowing(call.id());
                    report("Call logged for " + ClientActions.loggedFor(dialog[0]));
                }, opportunity -> clientActions.opportunitySaved(opportunity, ClientActions.loggedFor(dialog[0])));
        dialog[0].model().answeredCall(call.rangAt(), call.id());
    }

    /** A new client with the calling number already filled in. */
    private void newClientWithNumber(CallService.IncomingCall call) {
        Client withNumber = new Client(null, null, null, null, null, null, null,
                List.of(new ContactPoint("other", call.shownNumber())), List.of(), null, null, "Phone call", null,
                List.of(), Map.of(), null, null, null);
        background.run(services.clients()::tags, tags -> ClientEditor.open(window(), withNumber, services.clients(), background, clock, tags,
                saved -> {
                    clientActions.clientSaved(saved, "Client added: ");
                    callBar.show(new CallService.IncomingCall(call.number(), call.e164(), List.of(summaryOf(saved)), call.at()));
                }), failure -> report(Messages.of(failure)));
    }

    private static ClientSummary summaryOf(Client client) {
        return new ClientSummary(client.id(), client.displayName(), client.companyName(), null, null, client.tags(), null, null);
    }

    /** Says in the status bar what just happened. */
    public void report(String message) {
        statusBar.report(message);
    }

    /** The import preview of {@code file}; the client list hears of the imported clients through the change bus. */
    public ImportDialog openImport(Path file) {
        return contactFiles.openImport(file);
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
    void storeReplaced(RapportServices.Replaced replaced) {
        MainWindow next = new MainWindow(replaced.services(), background, clock, preferences);
        handOverTo(next);
        next.onServicesChanged = onServicesChanged;
        next.openedMessage = replaced.summary();
        onServicesChanged.accept(replaced.services());
        getScene().setRoot(next);
    }

    /** The window taking over from this one listens to the same phone system (the desk's calls ring there) and syncs the store itself. */
    private void handOverTo(MainWindow next) {
        stopFollowingChanges(); // the store may stay open under the next window (a book taken offline in place)
        if (laptopSync != null) {
            laptopSync.close(); // the next window syncs its own store
        }
        next.phoneSystem = phoneSystem;
        phoneSystem.ringTo(next::phoneRang);
        next.listening.textProperty().bind(phoneSystem.statusProperty());
    }

    /** The link to the desk's phone system (handed on to the window that takes over from this one). */
    PhoneSystemLink phoneSystem() {
        return phoneSystem;
    }

    /** Where the user is in the window: the section shown, the selected client and that client's tab (each null when none). */
    record Place(Section section, UUID client, String clientTab) {
    }

    Place place() {
        return navigation.place();
    }

    /** The lock of an encrypted store's window (null for a store that is not encrypted). */
    WindowLock windowLock() {
        return lock;
    }

    /** The window over the services of the unlocked store, going back to {@code place} as it opens. */
    MainWindow reopenedOn(RapportServices reopened, Place place) {
        MainWindow next = new MainWindow(reopened, background, clock, preferences);
        handOverTo(next);
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

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private Sections sections() {
        return navigation.sections();
    }

    private void showWelcome() {
        welcome = new WelcomeView(() -> navigation.show(Section.CLIENTS), contactFiles::importContacts, this::loadDemo, this::cancelDemo);
        setCenter(welcome);
        report(openedMessage != null ? openedMessage : privacyNote("Your store is empty: " + services.storeName()));
    }

    private void showWorkspace() {
        showWorkspace(null);
    }

    /** Shows the sections, the client list starting with {@code firstClients} when they were read already. */
    private void showWorkspace(ClientService.SearchResult firstClients) {
        if (!navigation.hasWorkspace()) {
            stopFollowingChanges(); // the screens of a workspace that was given up (after a demo load) no longer listen
            ClientListViewModel clientList = new ClientListViewModel(services.clients(), background);
            if (firstClients != null) {
                // Reading the whole list (a moment's work on two cores, with its garbage) waits
                // until the first frame is drawn; the first page stands in for it until then.
                clientList.startWith(firstClients, this::afterFirstFrame);
            }
            clientList.results().addListener((ListChangeListener<ClientSummary>) change -> {
                if (!clientList.results().isEmpty()) {
                    List.copyOf(clientsFilled).forEach(Runnable::run);
                }
            });
            clientList.useSegments(services.segments());
            ClientWorkspace workspace = new ClientWorkspace(clientList, clock, new ClientWorkspace.Actions(clientActions::prepareCall,
                    clientActions::editClient, clientActions::logTouchpoint, clientActions::deleteClient), clientTabs());
            workspace.followPresence(services.presence(), clock.getZone());
            workspace.setDividerPositions(preferences.divider("clients", 0.36));
            workspace.getDividers().get(0).positionProperty().addListener((observable, before, now) ->
                    preferences.setDivider("clients", now.doubleValue()));
            clientList.followChanges(changes());
            installSections(clientList, workspace);
            // Today, the first section, loaded its queue as it was shown.
            report(openedMessage != null ? openedMessage : privacyNote("Opened " + services.storeName()));
            if (returningTo != null && returningTo.client() != null) {
                navigation.returnToClient(returningTo.client(), returningTo.clientTab());
            }
            if (firstSection != Section.TODAY || returningTo != null) {
                navigation.show(firstSection);
            }
            returningTo = null;
        }
        setCenter(sections().tabs());
        if (!navigation.isShown(Section.TODAY) && navigation.hasWorkspace()) {
            navigation.workspace().focusSearch();
        }
    }

    /**
     * The one follower of the change bus this window's screens share: each screen says in its
     * {@code followChanges} what concerns it, and is read again when a committed change does,
     * whoever made it (this window, an import, the command line, another desk).
     */
    private ChangeFollower changes() {
        if (changeFollower == null) {
            changeFollower = new ChangeFollower(services.changes());
        }
        return changeFollower;
    }

    private void stopFollowingChanges() {
        if (changeFollower != null) {
            changeFollower.close();
            changeFollower = null;
        }
    }

    /** The tabs beside the profile: the brief first, then timeline, notes, purchases, opportunities, competitors. */
    private List<ClientTab> clientTabs() {
        TimelineView timeline = new TimelineView(services.touchpoints(), background, clock);
        NotesView notes = new NotesView(services.notes(), background, undo, this::report, clock);
        PurchasesView purchases = new PurchasesView(services.purchases(), background, undo, this::report, clock);
        BriefView brief = new BriefView(new BriefViewModel(services.briefs(), background), clock, clientActions::logTouchpoint);
        brief.setOnFollowUp(clientActions::followUp);
        clientActions.setRefreshBrief(brief.model()::refresh);
        OpportunitiesView opportunities = new OpportunitiesView(services.opportunities(), services.purchases(), background, undo, this::report,
                () -> navigation.selectedClient() == null ? null : navigation.selectedClient().displayName());
        ClientCompetitorsView clientCompetitors = new ClientCompetitorsView(services.competitors(), background, undo, this::report,
                navigation::openCompetitor, () -> { });
        notes.setClientNames(navigation::clientName);
        purchases.setClientNames(navigation::clientName);
        clientCompetitors.setClientNames(navigation::clientName);
        brief.model().followChanges(changes());
        timeline.followChanges(changes());
        pendingCalls = new PendingCallsView(services.calls(), background, clock, Formatting.current().locale(), this::logPendingCall,
                this::report);
        pendingCalls.followChanges(changes());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        notes.followChanges(changes());
        purchases.followChanges(changes());
        opportunities.followChanges(changes());
        clientCompetitors.followChanges(changes());
        return List.of(
                new ClientTab(Navigation.BRIEF_TAB, brief, brief.model()::setClient, true),
                new ClientTab("Timeline", new VBox(8, pendingCalls, timeline), client -> {
                    pendingCalls.setClient(client);
                    timeline.setClient(client);
                }, false),
                new ClientTab("Notes", notes, notes::setClient, false),
                new ClientTab("Purchases", purchases, purchases::setClient, false),
                new ClientTab("Opportunities", opportunities, opportunities::setClient, false),
                new ClientTab("Competitors", clientCompetitors, clientCompetitors::setClient, false));
    }

    /** The window's top-level screens, one tab each, in the order of {@link Section}; the client workspace is one of them. */
    private void installSections(ClientListViewModel clientList, ClientWorkspace workspace) {
        sections().clear();
        TodayView today = new TodayView(new TodayViewModel(services.today(), background), clock, navigation::prepareCallFor,
                clientActions::logFromToday);
        today.setOnReach(TodayViewModel.Links.DESKTOP, this::report);
        today.followChanges(changes(), () -> navigation.isShown(Section.TODAY));
        CompetitorsView competitors = new CompetitorsView(new CompetitorsViewModel(services.competitors(), background, undo, this::report),
                services.clients(), background, clock, this::report, navigation::openClient, navigation::prepareCallFor);
        competitors.followChanges(changes(), () -> navigation.isShown(Section.COMPETITORS));
        DashboardView dashboard = new DashboardView(services.dashboard(), background, slice -> ClientsDialog.open(window(),
                slice.describe(), () -> services.dashboard().clients(slice), background, navigation::openClient));
        dashboard.followChanges(changes(), () -> navigation.isShown(Section.DASHBOARD));
        navigation.attach(clientList, workspace, today, competitors);
        addSection(Section.TODAY, today, today::refresh);
        addSection(Section.CLIENTS, workspace, workspace::focusSearch);
        addSection(Section.COMPETITORS, competitors, competitors::refresh);
        addSection(Section.DASHBOARD, dashboard, dashboard::refresh);
    }

    private void addSection(Section section, Node content, Runnable onShow) {
        sections().add(section, content, onShow, () -> navigation.show(section));
    }

    void undoLast() {
        undo.undo(this::report);
    }

    void loadDemo() {
        if (welcome == null) {
            welcome = new WelcomeView(() -> navigation.show(Section.CLIENTS), contactFiles::importContacts, this::loadDemo, this::cancelDemo);
        }
        setCenter(welcome);
        menus.loadDemoItem().setDisable(true);
        welcome.showProgress(0, "Writing demo clients\u2026");
        BackgroundTask<DemoResult> loading = BackgroundTask.withProgress(progress -> services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, DEMO_SEED, progress));
        loading.messageProperty().addListener((observable, before, now) -> welcome.showProgress(loading.progressProperty().get(), now));
        demoLoading = background.execute(loading.onSuccess(this::demoLoaded).onFailure(failure -> {
            menus.loadDemoItem().setDisable(false);
            welcome.showReady("Could not load the demo data: " + Messages.of(failure));
        }));
    }

    private void cancelDemo() {
        if (demoLoading != null) {
            demoLoading.cancel();
        }
    }

    private void demoLoaded(DemoResult result) {
        menus.loadDemoItem().setDisable(false);
        navigation.detach();
        // Today is the window's home: a new book opens where every day starts.
        navigation.show(Section.TODAY);
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        String what = numbers.format(result.clients()) + " demo clients with " + numbers.format(result.touchpoints()) + " touchpoints";
        report(result.cancelled() ? "Stopped: loaded " + what + " before you cancelled" : "Loaded " + what);
    }
}
