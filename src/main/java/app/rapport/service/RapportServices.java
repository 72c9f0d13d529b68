package app.rapport.service;

import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.StoreStatistics;

import java.time.Clock;

/** Everything a front end (window or command line) needs, over one open store. */
public final class RapportServices implements AutoCloseable {
    private final Store store;
    private final ArchiveService archive;
    private final BriefService briefs;
    private final ClientService clients;
    private final CompetitorService competitors;
    private final DashboardService dashboard;
    private final ContactService contacts;
    private final DemoDataService demoData;
    private final MessageService messages;
    private final NoteService notes;
    private final PlaybookService playbook;
    private final PurchaseService purchases;
    private final SegmentService segments;
    private final TouchpointService touchpoints;
    private final TodayService today;
    private final FollowUpService followUps;
    private final OpportunityService opportunities;

    private RapportServices(Store store, Clock clock) {
        this.store = store;
        this.archive = new ArchiveService(store, clock);
        this.briefs = new BriefService(store, clock);
        this.clients = new ClientService(store, clock);
        this.competitors = new CompetitorService(store, clock);
        this.dashboard = new DashboardService(store, clock);
        this.contacts = new ContactService(store, clock);
        this.demoData = new DemoDataService(store, clock);
        this.messages = new MessageService(store, clock);
        this.notes = new NoteService(store, clock);
        this.playbook = new PlaybookService(store, clock);
        this.purchases = new PurchaseService(store, clock);
        this.segments = new SegmentService(store, clock);
        this.touchpoints = new TouchpointService(store, clock);
        this.today = new TodayService(store, clock);
        this.followUps = new FollowUpService(store, clock);
        this.opportunities = new OpportunityService(store, clock);
    }

    public static RapportServices open(StoreLocation location) {
        return new RapportServices(Store.open(location), Clock.systemDefaultZone());
    }

    public ArchiveService archive() {
        return archive;
    }

    public BriefService briefs() {
        return briefs;
    }

    public ClientService clients() {
        return clients;
    }

    /** Competitors, SWOT maps (theirs and ours), client links and the positioning table. */
    public CompetitorService competitors() {
        return competitors;
    }

    /** The charts of the owner's dashboard, and the clients behind each bar. */
    public DashboardService dashboard() {
        return dashboard;
    }

    /** CSV and vCard import and export, and duplicates. */
    public ContactService contacts() {
        return contacts;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    /** Email and text-message templates with merge fields. */
    public MessageService messages() {
        return messages;
    }

    public NoteService notes() {
        return notes;
    }

    /** The rules briefs are built with, which the owner can switch off, edit and add to. */
    public PlaybookService playbook() {
        return playbook;
    }

    public PurchaseService purchases() {
        return purchases;
    }

    /** Saved filters over clients, counted and listed as of today. */
    public SegmentService segments() {
        return segments;
    }

    public TouchpointService touchpoints() {
        return touchpoints;
    }

    /** The Today queue: whom to contact and why. */
    public TodayService today() {
        return today;
    }

    public FollowUpService followUps() {
        return followUps;
    }

    /** Requests, refusals (with their reasons), upsell ideas, complaints and referrals. */
    public OpportunityService opportunities() {
        return opportunities;
    }

    public StoreStatistics statistics() {
        return StoreStatistics.of(store);
    }

    /** The store file, for the title bar and messages. */
    public String storeName() {
        return store.location().toString();
    }

    @Override
    public void close() {
        store.close();
    }
}
