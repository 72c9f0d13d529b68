package app.rapport.service;

import app.rapport.domain.DisplayFormat;
import app.rapport.store.Passphrase;
import app.rapport.store.RowCounts;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.StoreBackups;
import app.rapport.store.StoreLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a front end (window or command line) needs, over one open store. With the launcher,
 * this is where the parts are put together: the services, the store under them, and the one clock
 * they all read the time from ({@link #clock()}; the system's, in the user's time zone, unless a
 * test gives its own).
 */
public final class RapportServices implements AutoCloseable {
    /** The clock of a running Rapport; nothing else reads the system's time. */
    private static final Clock SYSTEM_CLOCK = Clock.systemDefaultZone();
    /** The longest name of a person working, as the change log keeps it. */
    public static final int PERSON_MAX = 200;

    private final Store store;
    private final Clock clock;
    private final Locale userLocale;
    private final ArchiveService archive;
    private final BackupService backups;
    private final PrivacyService privacy;
    private final BriefService briefs;
    private final ClientService clients;
    private final CompetitorService competitors;
    private final DashboardService dashboard;
    private final ContactService contacts;
    private final DemoDataService demoData;
    private final MessageService messages;
    private final MailingService mailings;
    private final NoteService notes;
    private final PlaybookService playbook;
    private final PurchaseService purchases;
    private final SegmentService segments;
    private final TouchpointService touchpoints;
    private final TodayService today;
    private final FollowUpService followUps;
    private final OpportunityService opportunities;
    private final ChangeService changes;
    private final PeopleService people;
    private final TeamService team;
    private final CallService calls;
    private final PresenceService presence;
    private final LaptopService laptops;

    private RapportServices(Store store, Clock clock, Locale userLocale) {
        this.store = store;
        this.clock = clock;
        this.userLocale = userLocale;
        this.archive = new ArchiveService(store, clock);
        this.backups = new BackupService(store, clock);
        this.privacy = new PrivacyService(store, clock);
        this.briefs = new BriefService(store, clock, userLocale);
        this.clients = new ClientService(store, clock);
        this.competitors = new CompetitorService(store, clock);
        this.dashboard = new DashboardService(store, clock, userLocale);
        this.contacts = new ContactService(store, clock);
        this.demoData = new DemoDataService(store, clock);
        this.messages = new MessageService(store, clock, userLocale);
        this.notes = new NoteService(store, clock);
        this.playbook = new PlaybookService(store, clock);
        this.purchases = new PurchaseService(store, clock);
        this.segments = new SegmentService(store, clock, userLocale);
        this.mailings = new MailingService(store, clock, messages, segments);
        this.touchpoints = new TouchpointService(store, clock);
        this.today = new TodayService(store, clock, userLocale);
        this.followUps = new FollowUpService(store, clock);
        this.opportunities = new OpportunityService(store, clock);
        this.changes = new ChangeService(store);
        this.people = new PeopleService(store, clock);
        this.team = new TeamService(store, playbook, clock);
        this.calls = new CallService(store, clock);
        this.presence = new PresenceService(store);
        this.laptops = new LaptopService(store, clock);
    }

    public static RapportServices open(StoreLocation location) {
        return open(location, SYSTEM_CLOCK, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Over {@code clock}, writing dates and amounts in British English unless the book's settings say otherwise (as tests are written). */
    public static RapportServices open(StoreLocation location, Clock clock) {
        return open(location, clock, DisplayFormat.BRITISH.locale());
    }

    /** Over {@code clock}, for a user who reads dates and amounts in {@code userLocale} (unless the book's settings say otherwise). */
    public static RapportServices open(StoreLocation location, Clock clock, Locale userLocale) {
        return new RapportServices(Store.open(location, clock), clock, userLocale);
    }

    /**
     * Opens the book on the team server at {@code location} ({@code postgresql://host[:port]/database})
     * as {@code user} (blank: the location's, else this computer's login) with {@code password}
     * (empty: the user's .pgpass; the array is cleared). A server that is down or refuses the login
     * fails with one plain sentence.
     */
    public static RapportServices openTeamServer(String location, String user, char[] password) {
        return open(TeamService.serverLocation(location, user, password));
    }

    /**
     * Makes {@code file} (a new store file) a field laptop's copy of the team book at
     * {@code serverLocation}, named {@code laptopName} in the server's list of laptops, and returns
     * the services over it. Nothing is left open when the link fails.
     */
    public static RapportServices linkNewLaptopStore(Path file, String serverLocation, String user, char[] password, String laptopName) {
        return linkNewLaptopStore(file, serverLocation, user, password, laptopName, null);
    }

    /** As {@link #linkNewLaptopStore(Path, String, String, char[], String)}, holding only the saved segment {@code segment} (null: the whole book). */
    public static RapportServices linkNewLaptopStore(Path file, String serverLocation, String user, char[] password, String laptopName,
                                                     String segment) {
        RapportServices laptop = open(StoreLocation.of(file.toString()));
        try {
            laptop.laptops().link(serverLocation, user, password, laptopName, segment);
            return laptop;
        } catch (RuntimeException e) {
            laptop.close();
            throw e;
        }
    }

    /** Whether this book is on a team server (not a file on this computer). */
    public boolean isOnServer() {
        return store.isOnServer();
    }

    /** How dates and amounts are written for people now: the book's settings over the user's locale. */
    public DisplayFormat displayFormat() {
        return DisplayFormat.from(new SettingRepository(store.dsl()).all(), userLocale, new ArrayList<>());
    }

    /** The user's own locale, which the book's display settings may override. */
    public Locale userLocale() {
        return userLocale;
    }

    /**
     * Chooses how dates and amounts are written: {@code localeTag} such as en-GB (blank: the
     * user's own locale) and {@code currencyCode} such as GBP (blank: the locale's currency).
     * Refuses, naming the field, a tag or code that names nothing.
     */
    public DisplayFormat chooseDisplayFormat(String localeTag, String currencyCode) {
        String tag = localeTag == null ? "" : localeTag.strip();
        String code = currencyCode == null ? "" : currencyCode.strip().toUpperCase(Locale.ROOT);
        if (!tag.isEmpty() && DisplayFormat.locale(tag).isEmpty()) {
            throw new ValidationException(List.of(new app.rapport.domain.FieldProblem("locale",
                    "\u201c" + tag + "\u201d is not a language and country; write it like en-GB.")));
        }
        if (!code.isEmpty() && java.util.Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(code))) {
            throw new ValidationException(List.of(new app.rapport.domain.FieldProblem("currency",
                    "\u201c" + code + "\u201d is not a currency code; write it like GBP or EUR.")));
        }
        store.inTransaction(dsl -> {
            SettingRepository settings = new SettingRepository(dsl);
            settings.put(DisplayFormat.LOCALE_SETTING, tag);
            settings.put(DisplayFormat.CURRENCY_SETTING, code);
            return null;
        });
        return displayFormat();
    }

    /**
     * Opens the store at {@code location} (with the passphrase it carries, if any), answering
     * first whether a password is needed: the window asks for one before it opens.
     */
    public static Opener opener(StoreLocation location) {
        return new Opener(location, SYSTEM_CLOCK, Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * Opens this store again once it is closed, asking for its password again (the window's lock):
     * over the same clock and locale, without keeping the password it was opened with.
     */
    public Opener reopener() {
        return new Opener(store.location().withPassphrase(null), clock, userLocale);
    }

    /**
     * Records the changes made from now on as made by {@code person} (the change log's author), as a
     * script or a phone system says who took the call. Blank or longer than
     * {@value #PERSON_MAX} characters is a {@link ValidationException}.
     */
    public void workAs(String person) {
        String name = person == null ? "" : person.strip();
        if (name.isEmpty() || name.length() > PERSON_MAX) {
            throw new ValidationException(List.of(new app.rapport.domain.FieldProblem("person", name.isEmpty()
                    ? "Say who is working: a name, not a blank."
                    : "The name of who is working is too long: " + name.length() + " characters, at most " + PERSON_MAX + ".")));
        }
        store.workAs(name);
    }

    /** The people who work at the desks of this book, and who is working at this one. */
    public PeopleService people() {
        return people;
    }

    /** The book on a team server: its roles, and what this desk's login may do. */
    public TeamService team() {
        return team;
    }

    public LaptopService laptops() {
        return laptops;
    }

    /** Who the changes made from now on are recorded as made by (the change log's author). */
    public String workingAs() {
        return store.author();
    }

    /** Every change to the book: its log, and the changes as they commit. */
    public ChangeService changes() {
        return changes;
    }

    /** Who at the other desks of a team server is on a call with which client. */
    public PresenceService presence() {
        return presence;
    }

    /** Calls coming in: who is calling, from the number. */
    public CallService calls() {
        return calls;
    }

    /** Where the command line finds the window that holds this store (see {@link app.rapport.service.window.WindowChannel}). */
    public Path windowChannelFile() {
        return app.rapport.service.window.WindowChannel.fileFor(store.location());
    }

    public ArchiveService archive() {
        return archive;
    }

    /** Backups of this store, taken while it stays open. */
    public BackupService backups() {
        return backups;
    }

    /** One client's data: export all of it, or erase it for good. */
    public PrivacyService privacy() {
        return privacy;
    }

    /** Whether the store file is encrypted (opened with a password). */
    public boolean isEncrypted() {
        return store.location().isEncrypted();
    }

    /** Backups of this store that are not encrypted, which encrypting the store may remove. */
    public List<Path> unencryptedBackups() {
        return StoreBackups.unencryptedBackups(store.location());
    }

    /**
     * Replaces the store with the backup {@code backup}: the backup is checked first while this
     * store stays open (a bad file changes nothing), then this store closes, the file is swapped
     * (the replaced store is kept in the backup folder) and the store opens again. Use the
     * services returned; these are closed. Should the swap fail, the old store is opened again.
     */
    public Replaced restoreFrom(Path backup) {
        return restoreFrom(backup, Progress.NONE);
    }

    /**
     * {@link #restoreFrom(Path)} step by step. Cancelled while the backup is checked, this store
     * stays open and untouched; cancelled once it is closed, the same untouched store is opened
     * again ({@link StoreReplaceFailedException} with a {@link java.util.concurrent.CancellationException}
     * as its cause). Once the file swap starts it is too late to cancel.
     */
    public Replaced restoreFrom(Path backup, Progress progress) {
        StoreLocation location = store.location();
        StepProgress steps = new StepProgress(progress, StoreBackups.VERIFY_STEPS + StoreBackups.RESTORE_STEPS + 1,
                "Restore cancelled; your store is as it was.");
        StoreBackups.verify(backup, location.passphrase(), steps);
        steps.checkCancelled();
        close();
        StoreBackups.Restored restored;
        try {
            restored = StoreBackups.restore(location, backup, clock, steps);
        } catch (RuntimeException e) {
            throw failedAndReopened(location, e);
        }
        String count = NumberFormat.getIntegerInstance().format(restored.backup().clients());
        String summary = "Restored " + count + (restored.backup().clients() == 1 ? " client" : " clients") + " from " + backup
                + restored.replacedStore().map(replaced -> "; the replaced store is kept as " + replaced).orElse("");
        steps.begin("Opening the restored store");
        return new Replaced(new RapportServices(Store.open(location, clock), clock, userLocale), summary);
    }

    /**
     * Encrypts this plain store with {@code password} (at least {@link Passphrase#MINIMUM_LENGTH}
     * characters; the array is cleared): a verified encrypted copy replaces the file, the plain
     * file is kept in the backup folder only when {@code keepPlainCopy}, the unencrypted backups
     * are deleted when {@code deleteUnencryptedBackups}, and a first encrypted backup is taken.
     * Use the services returned; these are closed.
     */
    public Replaced encrypt(char[] password, boolean keepPlainCopy, boolean deleteUnencryptedBackups) {
        return encrypt(password, keepPlainCopy, deleteUnencryptedBackups, Progress.NONE);
    }

    /**
     * {@link #encrypt(char[], boolean, boolean)} step by step. Cancelled before the encrypted copy
     * is put in place, the plain store is opened again untouched ({@link StoreReplaceFailedException}
     * with a {@link java.util.concurrent.CancellationException} as its cause).
     */
    public Replaced encrypt(char[] password, boolean keepPlainCopy, boolean deleteUnencryptedBackups, Progress progress) {
        if (password == null || password.length < Passphrase.MINIMUM_LENGTH) {
            throw new IllegalArgumentException("Choose a password of at least " + Passphrase.MINIMUM_LENGTH
                    + " characters: a short one could be guessed. Nothing was changed.");
        }
        Passphrase passphrase;
        try {
            passphrase = Passphrase.of(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        StoreLocation location = store.location();
        StepProgress steps = new StepProgress(progress, StoreBackups.ENCRYPT_STEPS + 1, "Encryption cancelled; your store is as it was.");
        steps.checkCancelled();
        close();
        StoreBackups.Encrypted encrypted;
        try {
            encrypted = StoreBackups.encrypt(location, passphrase, keepPlainCopy, clock, steps);
        } catch (RuntimeException e) {
            throw failedAndReopened(location, e);
        }
        StoreLocation encryptedLocation = location.withPassphrase(passphrase);
        int deleted = 0;
        if (deleteUnencryptedBackups) {
            for (Path plain : StoreBackups.unencryptedBackups(encryptedLocation)) {
                if (encrypted.plainCopy().map(plain::equals).orElse(false)) {
                    continue;
                }
                try {
                    Files.deleteIfExists(plain);
                    deleted++;
                } catch (IOException e) {
                    throw new UncheckedIOException("The store is encrypted, but the unencrypted backup " + plain
                            + " could not be deleted: " + e.getMessage(), e);
                }
            }
        }
        steps.begin("Taking a first encrypted backup");
        RapportServices reopened = new RapportServices(Store.open(encryptedLocation, clock), clock, userLocale);
        reopened.backups().backUpNow();
        String summary = "Your store is encrypted; Rapport will ask for the password each time it opens"
                + encrypted.plainCopy().map(copy -> ". An unencrypted copy is kept as " + copy).orElse("")
                + (deleted > 0 ? ". " + deleted + " unencrypted " + (deleted == 1 ? "backup was" : "backups were") + " deleted" : "");
        return new Replaced(reopened, summary);
    }

    /** The failure of a swap, carrying the old store opened again. */
    private StoreReplaceFailedException failedAndReopened(StoreLocation location, RuntimeException failure) {
        return new StoreReplaceFailedException(failure, new RapportServices(Store.open(location, clock), clock, userLocale));
    }

    /** The services over the new store file, and what to tell the user. */
    public record Replaced(RapportServices services, String summary) {
    }

    /** A restore or encryption failed and changed nothing; the old store is open again in {@link #services()}. */
    public static final class StoreReplaceFailedException extends RuntimeException {
        private final transient RapportServices services;

        StoreReplaceFailedException(RuntimeException cause, RapportServices services) {
            super(cause.getMessage(), cause);
            this.services = services;
        }

        public RapportServices services() {
            return services;
        }
    }

    /** Restores the closed store at {@code location} from {@code backup}, for the command line. */
    public static Restored restore(StoreLocation location, Path backup) {
        StoreBackups.Restored restored = StoreBackups.restore(location, backup, SYSTEM_CLOCK);
        return new Restored(restored.backup().clients(), restored.replacedStore());
    }

    /** A restore that happened: how many clients the backup held, and where the replaced store was kept. */
    public record Restored(int clients, Optional<Path> replacedStore) {
    }

    /** Opens a store, asking first whether it needs a password. */
    public static final class Opener {
        private final StoreLocation location;
        private final Clock clock;
        private final Locale userLocale;

        private Opener(StoreLocation location, Clock clock, Locale userLocale) {
            this.location = location;
            this.clock = clock;
            this.userLocale = userLocale;
        }

        /** True when the store is encrypted and no password came with it. */
        public boolean needsPassword() {
            return location.isEncrypted() && location.passphrase() == null;
        }

        /** False when opening would create a new store (there is no file yet). */
        public boolean storeExists() {
            return location.isServer() || java.nio.file.Files.exists(location.dataFile());
        }

        public RapportServices open() {
            return RapportServices.open(location, clock, userLocale);
        }

        /** Opens with {@code password}, which is cleared; a wrong one fails with a clear message. */
        public RapportServices open(char[] password) {
            try {
                return RapportServices.open(location.withPassphrase(Passphrase.of(password)), clock, userLocale);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        public String storeName() {
            return location.toString();
        }
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

    public MailingService mailings() {
        return mailings;
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
        return new StoreStatistics(store.location().toString(), store.fileSize(), store.schemaVersion(), RowCounts.of(store));
    }

    /** The clock everything over this store reads the time from: what "now" and "today" are for a front end too. */
    public Clock clock() {
        return clock;
    }

    /** The store's data file; its folder is the data folder. */
    public java.nio.file.Path storeFile() {
        return store.location().dataFile();
    }

    /** Rapport's error log in the data folder (nothing is kept there for a store on a server). */
    public ErrorLog errorLog() {
        return ErrorLog.of(store.location());
    }

    /**
     * Whether other accounts on this computer could read the store file when it was opened; it is
     * readable by its owner alone now, and the front end says so once.
     */
    public boolean storeWasTightened() {
        return store.wasTightenedOnOpen();
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
