package app.rapport.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open Rapport store: an H2 file, or a database on a team's PostgreSQL server, migrated to the
 * current schema; the same jOOQ code and migrations serve both ({@link Engine}). Opening never
 * damages a file or database that is not ours: anything we cannot recognise is reported and left untouched.
 */
public final class Store implements AutoCloseable {
    private static final String H2_FILE_HEADER = "H:2,";
    private static final String H2_ENCRYPTED_FILE_HEADER = "H2encrypt\n";
    private static final String USER = "sa";
    private static final String PASSWORD = "";
    private static final String SCHEMA_HISTORY_TABLE = "flyway_schema_history";
    /** How long H2 may keep a bulk load's commits in memory before its background writer stores them ({@link #inBulkMode}). */
    static final int BULK_WRITE_DELAY_MILLIS = 60_000;
    /**
     * A store file is compacted as it closes once no more than this share of it holds live data
     * ({@link #mostlyStale}). H2 itself would spend up to 200 ms of every close moving data about
     * (a fifth of a sync round from the command line) without keeping the file much smaller.
     */
    static final int COMPACT_AT_LIVE_PERCENT = 50;
    /** Below this size a file is not worth a compaction whatever it holds (a new store is a few hundred kilobytes). */
    static final long COMPACT_FROM_BYTES = 8L << 20;
    /** The versions of the migrations in src/main/resources/db/migration; ShippedMigrationsTest keeps the two equal. */
    static final List<String> SHIPPED_MIGRATIONS = List.of("1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12", "15", "26", "28", "29", "31", "32", "36", "40", "45", "53", "56", "58", "59", "60", "63", "66", "73");
    private static final List<Logger> CHATTY_LIBRARIES = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));
    /** HikariCP logs a server it cannot reach with a stack trace; the store says it in plain words instead. */
    private static final Logger POOL_LOGGER = Logger.getLogger("com.zaxxer.hikari");
    private static final Logger LOG = Logger.getLogger(Store.class.getName());
    private static final String OTHER_DESKS_NOT_TOLD = "Saved, but the other desks could not be told at once";

    static {
        // Flyway and jOOQ report every step at INFO; a user only needs to hear about problems.
        CHATTY_LIBRARIES.forEach(logger -> logger.setLevel(Level.WARNING));
        POOL_LOGGER.setLevel(Level.OFF);
    }
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Who makes the changes of a store used by one person; team mode names each desk's user instead. */
    public static final String DEFAULT_AUTHOR = "me";

    /**
     * An author's name as another window or desk shows it: the single user's "me" would read as the
     * reader themself, so it reads as {@code unnamed} ("Someone", "Someone at another desk").
     */
    public static String authorAsOthersSeeIt(String author, String unnamed) {
        return DEFAULT_AUTHOR.equals(author) ? unnamed : author;
    }

    private final StoreLocation location;
    private final Engine engine;
    private final Clock clock;
    /**
     * On H2, held from numbering a transaction's changes to its commit, so the log's order is the
     * order of commits. A server's desks commit side by side instead: the numbers say which
     * transaction wrote a change, and readers wait for older transactions ({@link ChangeLog#committedAfter}).
     */
    private final java.util.concurrent.locks.ReentrantLock commitOrder = new java.util.concurrent.locks.ReentrantLock();
    private final ChangeFeed changeFeed = new ChangeFeed(() -> new ChangeLog(dsl()));
    private volatile String author = DEFAULT_AUTHOR;
    private final java.util.concurrent.atomic.AtomicLong playbookGeneration = new java.util.concurrent.atomic.AtomicLong();
    private final ClientSearchIndex searchIndex = new ClientSearchIndex(this::dsl);
    private JdbcConnectionPool pool;
    /** The pool of a server store (HikariCP); {@link #pool} stays null then. */
    private com.zaxxer.hikari.HikariDataSource serverPool;
    /** Until run, writes outside a transaction of this store are logged at the time of its clock. */
    private Runnable forgetClock;
    /** A server store hears of other desks' commits through these. */
    private ServerNotifications notifications;
    /** Who is on a call with which client at the desks of a server store. */
    private Presence presence = Presence.alone();
    private DSLContext dsl;
    private volatile boolean compactOnClose;
    /** Whether the store file was readable by other accounts when it was opened (it is owner-only now). */
    private boolean tightenedOnOpen;

    private Store(StoreLocation location, Clock clock) {
        this.location = location;
        this.engine = Engine.of(location);
        this.clock = clock;
    }

    /**
     * Opens (creating or migrating) the store at {@code location}. {@code clock} is the one time
     * source of everything the store stamps: backups before a migration, the audit log (through
     * jOOQ's {@code Configuration.clock()}), and the zone whose days derived state counts in.
     */
    public static Store open(StoreLocation location, Clock clock) {
        if (!location.isServer()) {
            rejectForeignFile(location);
            inspectExistingStore(location);
        }
        Store store = new Store(location, clock);
        try {
            store.connect();
            store.migrate(clock);
            store.makeIndexesLeftOver();
            store.captureChanges();
            store.readPhonesAgainIfAsked();
            store.rebuildDerivedState();
            store.compactChangeLog();
            store.changeFeed.start(new ChangeLog(store.dsl).lastSeq());
            if (store.engine == Engine.POSTGRESQL) {
                store.followOtherDesks();
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Empties this store file of everything and makes it again as opening a new file does: what a
     * laptop's first link that did not finish leaves behind ({@link FieldLaptops#link}, which
     * commits as it goes). Only for a file that holds no book of its own.
     */
    void startAfresh() {
        if (engine != Engine.H2) {
            throw new IllegalStateException("Only a store file is started afresh, not " + location);
        }
        dsl.execute("DROP ALL OBJECTS");
        migrate(clock);
        captureChanges();
        readPhonesAgainIfAsked();
        rebuildDerivedState();
        ClientChanges.everythingChanged();
    }

    /** V12 asks for every stored number's E.164 form, read in the region of the computer's locale unless one is set. */
    private void readPhonesAgainIfAsked() {
        inTransaction(tx -> {
            new PhoneRows(tx).readAgainIfAsked(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
            return null;
        });
    }

    /** A migration may ask for derived data to be computed again in Java (V5: client_state). */
    private void rebuildDerivedState() {
        ClientStateRepository states = new ClientStateRepository(dsl);
        if (states.rebuildPending()) {
            inTransaction(tx -> new ClientStateRepository(tx).rebuildAll(clock.getZone()));
        }
    }

    /**
     * Makes H2 tell {@link ChangeCapture} about every write to a domain table. Kept out of the
     * migrations: the class must be loadable wherever the schema is made, and the build's code
     * generator runs the migrations before this class is compiled. Stores of earlier releases
     * carry the search index's own triggers, which this capture replaces.
     */
    void captureChanges() {
        if (engine == Engine.POSTGRESQL) {
            PostgresCapture.install(dsl);
            return;
        }
        for (org.jooq.Table<?> table : ClientChanges.WATCHED) {
            dsl.execute("DROP TRIGGER IF EXISTS " + ClientChanges.OLD_TRIGGER_PREFIX + table.getName());
        }
        for (org.jooq.Table<?> table : app.rapport.store.jooq.Public.PUBLIC.getTables()) {
            if (!ChangeCapture.NOT_CAPTURED.contains(table.getName())) {
                dsl.execute("CREATE TRIGGER IF NOT EXISTS " + ChangeCapture.TRIGGER_PREFIX + table.getName()
                        + " AFTER INSERT, UPDATE, DELETE ON " + table.getName() + " FOR EACH ROW CALL '" + ChangeCapture.class.getName() + "'");
            }
        }
    }

    /**
     * Drops the change capture's triggers of this store file's tables, for a load that logs nothing
     * and tells each reader of the book at its end (a laptop's first link): a trigger costs every
     * row a conversion to Java objects and a call. {@link #captureChanges} makes them again.
     */
    void dropCaptureTriggers() {
        if (engine != Engine.H2) {
            throw new IllegalStateException("The capture's triggers are dropped only in a store file, not " + location);
        }
        for (org.jooq.Table<?> table : app.rapport.store.jooq.Public.PUBLIC.getTables()) {
            dsl.execute("DROP TRIGGER IF EXISTS " + ChangeCapture.TRIGGER_PREFIX + table.getName());
        }
    }

    /**
     * On a server, other desks write too: their commits reach the change feed through PostgreSQL's
     * notifications, and the search index re-reads the clients their changes touched.
     */
    private void followOtherDesks() {
        changeFeed.listen(batch -> {
            if (!batch.complete()) {
                ClientChanges.everythingChanged();
            }
            for (app.rapport.domain.change.Change change : batch.changes()) {
                if (PostgresCapture.isSearched(change.entity())) {
                    ClientChanges.changed(change.clientId());
                }
            }
        });
        presence = Presence.onServer(this::dsl, this::author, clock);
        notifications = ServerNotifications.start(location.server(), changeFeed::committed, presence);
    }

    /**
     * Folds away changes older than the kept days (setting {@value ChangeLog#KEEP_DAYS_SETTING}).
     * A desk login on a team server may not delete from the log: the owner's desk folds it.
     */
    private void compactChangeLog() {
        if (engine == Engine.POSTGRESQL && !TeamRoles.mayCompactChangeLog(dsl)) {
            return;
        }
        // A laptop's log holds what it has not sent yet: never folded. A server's is folded only below
        // what every linked laptop has pulled (issue 19: a laptop away for months syncs like any).
        if (dsl.fetchExists(app.rapport.store.jooq.Tables.SYNC_LINK)) {
            return;
        }
        int keepDays = new SettingRepository(dsl).integer(ChangeLog.KEEP_DAYS_SETTING, ChangeLog.DEFAULT_KEEP_DAYS);
        new ChangeLog(dsl).compact(clock.instant().minus(java.time.Duration.ofDays(keepDays)), () -> FieldLaptops.foldOnlyBelowLaptops(dsl));
    }

    /** The changes of this store as they are committed, for whoever shows or follows them. */
    public ChangeFeed changeFeed() {
        return changeFeed;
    }

    /** Who at the other desks of a team server is on a call with which client; nothing on a store file. */
    public Presence presence() {
        return presence;
    }

    /** Who the changes made through this store are recorded as made by. */
    public String author() {
        return author;
    }

    /** From now on, the changes made through this store are recorded as made by {@code person}. */
    public void workAs(String person) {
        author = person;
    }

    public Clock clock() {
        return clock;
    }

    /** The in-memory index the client search answers from; it follows every write to the store. */
    public ClientSearchIndex searchIndex() {
        return searchIndex;
    }

    public StoreLocation location() {
        return location;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * A number that changes whenever the playbook rules are written through this store: what a
     * service keeps the parsed playbook under, so that a brief does not read and parse every rule.
     */
    public long playbookGeneration() {
        return playbookGeneration.get();
    }

    /** Says the playbook rules were written (by the playbook editor or an import). */
    public void playbookChanged() {
        playbookGeneration.incrementAndGet();
    }

    /**
     * Runs {@code work} in one transaction: all of it is saved, or none. Before it commits, what it
     * changed is brought into the derived data (each touched client's state) and written to the
     * change log; after it commits, the change feed hears of it. A transaction that rolls back
     * leaves no change behind.
     */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        ClientChanges.transactionStarts();
        ChangeRecording recording = ChangeRecording.start(author, clock, engine);
        boolean committed = false;
        try {
            T result = dsl.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                if (engine == Engine.POSTGRESQL) {
                    tx.connection(PostgresCapture::startRecording);
                }
                T answer = work.apply(tx);
                Set<UUID> clients = tx.connectionResult(recording::clientsToDerive);
                if (engine == Engine.POSTGRESQL) {
                    List<org.jooq.Query> stateWrites = clients.isEmpty() ? List.of()
                            : new ClientStateRepository(tx).refreshWithCommit(clients, clock.getZone());
                    tx.connection(connection -> commitWithLastWrites(connection, tx, recording, stateWrites));
                    return answer;
                }
                if (!clients.isEmpty()) {
                    new ClientStateRepository(tx).refresh(clients, clock.getZone());
                }
                if (engine == Engine.H2) {
                    commitOrder.lock();
                }
                // The capture was drained by clientsToDerive, and derived state is not captured. On a
                // server, the capture trigger also asked for the notification every desk hears on commit.
                tx.connection(recording::writeDrained);
                return answer;
            });
            committed = true;
            return result;
        } finally {
            if (commitOrder.isHeldByCurrentThread()) {
                commitOrder.unlock();
            }
            recording.end();
            ClientChanges.transactionEnds();
            if (committed) {
                if (engine == Engine.POSTGRESQL && recording.wroteToLog() && !recording.wasNotified()) {
                    notifyOtherDesks();
                }
                changeFeed.committed();
            }
        }
    }

    /**
     * Ends a store transaction on a server: the clients' new states, the change log's rows and the
     * COMMIT go to the server in one round trip, so the rows they lock (a client's state, and the
     * client's own row a call or an edit wrote before) are held for the commit's flush to disk and
     * no longer, and the desk waits for the server once instead of three times. jOOQ's own commit
     * then finds no transaction open and sends nothing. With nothing to write, jOOQ commits.
     */
    private static void commitWithLastWrites(java.sql.Connection connection, DSLContext tx, ChangeRecording recording,
                                             List<org.jooq.Query> stateWrites) throws java.sql.SQLException {
        List<RoundTrips.Written> last = new ArrayList<>();
        stateWrites.forEach(write -> last.add(RoundTrips.written(tx, write)));
        if (recording.hasChanges()) {
            RoundTrips.Written log = recording.logStatement();
            if (log == null) {
                if (!last.isEmpty()) {
                    RoundTrips.execute(connection, last);
                }
                recording.writeDrained(connection);
                return;
            }
            last.add(log);
        }
        if (last.isEmpty()) {
            return;
        }
        last.add(new RoundTrips.Written("COMMIT", List.of()));
        boolean tell = recording.wroteToLog();
        if (tell) {
            PostgresCapture.NOTIFY_COMMITTED.forEach(statement -> last.add(new RoundTrips.Written(statement, List.of())));
        }
        try {
            RoundTrips.execute(connection, last);
        } catch (java.sql.SQLException e) {
            // committed, but telling the other desks failed: the changes are saved all the same
            if (!tell || recording.transaction() < 0 || !PostgresCapture.committed(connection, recording.transaction())) {
                throw e;
            }
            LOG.log(Level.WARNING, OTHER_DESKS_NOT_TOLD, e);
        }
        if (tell) {
            recording.notified();
        }
    }

    /**
     * Tells the other desks of a commit that wrote changes ({@link PostgresCapture#notifyCommitted}).
     * The changes are saved whether or not this reaches the server: a desk that misses it reads
     * them with the next change it hears of, or as it reconnects.
     */
    private void notifyOtherDesks() {
        try {
            dsl.connection(PostgresCapture::notifyCommitted);
        } catch (org.jooq.exception.DataAccessException e) {
            LOG.log(Level.WARNING, OTHER_DESKS_NOT_TOLD, e);
        }
    }

    /**
     * Runs a bulk load with H2's background writer instead of writing through on each commit,
     * then forces everything to disk. A crash during the load may lose up to its last minute,
     * which the caller accepts for work it can simply run again.
     */
    public <T> T inBulkMode(java.util.function.Supplier<T> work) {
        BulkHeap.loadStarts();
        try {
            return inBulkWriting(work);
        } finally {
            BulkHeap.loadEnded();
        }
    }

    private <T> T inBulkWriting(java.util.function.Supplier<T> work) {
        if (engine == Engine.POSTGRESQL) {
            return work.get(); // the server decides how it writes; every commit is durable there
        }
        // The writer wakes every tenth of the delay and then also rewrites half-empty parts of the
        // file, which a load makes faster than it could keep up with (a seventh of a 100,000-client
        // demo load's CPU at a 0.5 s delay); H2 writes what a load changes anyway each time its
        // unsaved pages fill the memory kept for them, and the file is compacted when it closes.
        dsl.execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MILLIS);
        compactOnClose = true;
        try {
            return work.get();
        } finally {
            dsl.execute("SET WRITE_DELAY 0");
            checkpoint();
        }
    }

    /**
     * Runs a bulk load of clients into a store file that holds none yet with the indexes of their
     * tables that no constraint needs, and that are not led by the client's id, made once the rows
     * are in ({@link DeferredIndexes}): each is then built once from sorted rows instead of kept up
     * to date through millions of inserts in no order of its own. They are made again however the load ends; a process killed in between has
     * them made when the store opens next. A book with clients, or on a server, keeps its indexes.
     */
    public <T> T withClientIndexesMadeAfter(java.util.function.Supplier<T> work) {
        if (engine != Engine.H2 || dsl.fetchExists(app.rapport.store.jooq.Tables.CLIENT)) {
            return work.get();
        }
        DeferredIndexes[] indexes = new DeferredIndexes[1];
        changeFeed.whileNotReading(() -> {
            try {
                indexes[0] = DeferredIndexes.drop(dsl, BulkLoader.CLIENT_TABLES, DeferredIndexes::notLedByTheClient);
            } catch (RuntimeException e) {
                try {
                    DeferredIndexes.makeLeftOver(dsl); // those dropped before it failed
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed); // made when the store opens next
                }
                throw e;
            }
        });
        boolean done = false;
        try {
            T result = work.get();
            done = true;
            return result;
        } finally {
            try {
                changeFeed.whileNotReading(() -> indexes[0].create(dsl));
            } catch (RuntimeException e) {
                if (done) {
                    throw e;
                }
                // the load's own failure says more; the indexes are made when the store opens next
            }
        }
    }

    /** Makes the indexes a bulk load dropped and could not make again, its process ended ({@link #withClientIndexesMadeAfter}). */
    private void makeIndexesLeftOver() {
        if (engine == Engine.H2) {
            DeferredIndexes.makeLeftOver(dsl);
        }
    }

    /** Compacts the file when the store closes, so pages with erased data do not linger in it. */
    public void compactOnClose() {
        compactOnClose = true;
    }

    /** Forces everything committed onto the disk; used after bulk work such as imports. */
    public void checkpoint() {
        if (engine == Engine.H2) {
            dsl.execute("CHECKPOINT SYNC");
        }
    }

    /** What this store's login may do: on a team server, what the database grants it; a file allows everything. */
    public app.rapport.domain.Permissions permissions() {
        return engine == Engine.POSTGRESQL ? TeamRoles.of(dsl) : app.rapport.domain.Permissions.EVERYTHING;
    }

    /**
     * Makes the book's owner and desk roles on its team server and grants them their rights
     * ({@link TeamRoles}); returns their names, owner first.
     */
    public List<String> grantTeamRoles() {
        if (engine != Engine.POSTGRESQL) {
            throw new StoreException(location + " is a store file on this computer; roles are for a book on a team server"
                    + " (--db postgresql://user@host/database).");
        }
        String database = location.server().database();
        TeamRoles.grant(dsl, database);
        return List.of(TeamRoles.ownerRole(database), TeamRoles.deskRole(database));
    }

    /**
     * Whether the store file could be read by other accounts on this computer when it was opened;
     * it has been made readable by its owner alone since.
     */
    public boolean wasTightenedOnOpen() {
        return tightenedOnOpen;
    }

    /** Whether the store is a database on a team server rather than a file. */
    public boolean isOnServer() {
        return engine == Engine.POSTGRESQL;
    }

    /** The size of the store: its file, or its database on the server; -1 when it cannot be read. */
    public long fileSize() {
        if (engine == Engine.POSTGRESQL) {
            Long size = dsl.fetchOne("SELECT pg_database_size(current_database())").get(0, Long.class);
            return size == null ? -1 : size;
        }
        try {
            return Files.size(location.dataFile());
        } catch (IOException e) {
            return -1;
        }
    }

    /** Closes the store; after a bulk load, or once the file is mostly stale, it is compacted, so the file shrinks back to its data. */
    @Override
    public void close() {
        presence.close();
        if (notifications != null) {
            notifications.stop();
            notifications = null;
        }
        changeFeed.stop();
        if (forgetClock != null) {
            forgetClock.run();
            forgetClock = null;
        }
        if (serverPool != null) {
            serverPool.close();
            serverPool = null;
        }
        if (pool != null) {
            boolean compacting = compactOnClose || mostlyStale();
            pool.dispose();
            pool = null;
            if (compacting) {
                compact();
            }
        }
    }

    /**
     * Whether the store file holds no more than {@value #COMPACT_AT_LIVE_PERCENT}% live data: each
     * commit writes the pages it changed anew, and the old copies linger in partly used chunks.
     * Compacting only then costs a rewrite of the live data each time as much again has been
     * written, instead of a little at every close.
     */
    private boolean mostlyStale() {
        try (Connection connection = pool.getConnection()) {
            org.h2.engine.Session session = connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            if (!(session instanceof org.h2.engine.SessionLocal local) || local.getDatabase().getStore() == null) {
                return false;
            }
            org.h2.mvstore.FileStore<?> file = local.getDatabase().getStore().getMvStore().getFileStore();
            return file != null && file.size() >= COMPACT_FROM_BYTES
                    && file.getFillRate() * file.getChunksFillRate() <= COMPACT_AT_LIVE_PERCENT * 100;
        } catch (SQLException | RuntimeException e) {
            return false; // closing matters more than compacting
        }
    }

    /**
     * SHUTDOWN COMPACT rewrites the file with live data only and closes the database as it ends.
     * It runs on a connection of its own, opened after the pool let go: a pooled connection
     * would try to roll back on the closed database, and H2 would log that as an error.
     */
    private void compact() {
        try (Connection connection = dataSource(location, url(location)).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN && e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new StoreException("Could not compact " + location.dataFile() + ": " + firstLine(e.getMessage()), e);
            }
        }
        // H2 compacts into a new file that takes the store's place, with the umask's permissions
        PrivateFiles.makeOwnerOnlyIfPossible(location.dataFile());
    }

    private static void rejectForeignFile(StoreLocation location) {
        Path file = location.dataFile();
        if (Files.isDirectory(file)) {
            throw new NotARapportStoreException(file + " is a folder, not a Rapport store file.");
        }
        if (!Files.exists(file)) {
            return;
        }
        if (!isH2File(file)) {
            throw new NotARapportStoreException(file + " is not a Rapport store (it is not an H2 database file). "
                    + "It was left untouched; choose another file with --db.");
        }
        if (location.isEncrypted() && location.passphrase() == null) {
            throw new PasswordRequiredException(file + " is encrypted: Rapport needs its password to open it.");
        }
    }

    /** Whether {@code file} starts like an H2 database file, plain or encrypted. */
    static boolean isH2File(Path file) {
        byte[] header = new byte[H2_ENCRYPTED_FILE_HEADER.length()];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            String start = new String(header, 0, read, StandardCharsets.US_ASCII);
            return start.startsWith(H2_FILE_HEADER) || start.equals(H2_ENCRYPTED_FILE_HEADER);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Looks at an existing file read-only before anything may write to it. This matters: H2 opens a
     * file whose data blocks are damaged as an empty database, and would then write over it.
     * Read-only, the same file fails instead, and a file of another program shows its tables.
     */
    private static void inspectExistingStore(StoreLocation location) {
        if (!Files.exists(location.dataFile())) {
            return;
        }
        List<String> tables = new ArrayList<>();
        try (Connection connection = connectReadOnly(location);
             ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        } catch (SQLException e) {
            throw explain(location, e);
        }
        if (!tables.isEmpty() && !tables.contains(SCHEMA_HISTORY_TABLE)) {
            throw new NotARapportStoreException(location.dataFile()
                    + " is an H2 database of another program, not a Rapport store. It was left untouched; choose another file with --db.");
        }
        if (tables.contains(SCHEMA_HISTORY_TABLE)) {
            rejectNewerSchema(location);
        }
    }

    /**
     * A store of a newer Rapport is refused before it is opened for writing: H2 rewrites a file it
     * opens read-write (its header, free space) even when nothing else is done to it.
     */
    private static void rejectNewerSchema(StoreLocation location) {
        MigrationVersion newestShipped = MigrationVersion.fromVersion(SHIPPED_MIGRATIONS.get(SHIPPED_MIGRATIONS.size() - 1));
        try (Connection connection = connectReadOnly(location);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + SCHEMA_HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                MigrationVersion applied = MigrationVersion.fromVersion(rows.getString(1));
                if (applied.compareTo(newestShipped) > 0) {
                    throw new StoreException(location + " was written by a newer version of Rapport (schema version "
                            + applied + "). Update Rapport to open it. It was left untouched.");
                }
            }
        } catch (SQLException e) {
            throw explain(location, e);
        }
    }

    private void connect() {
        if (engine == Engine.POSTGRESQL) {
            serverPool = ServerConnection.pool(location.server());
            Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false)
                    // the generated code names tables and columns in H2's upper case; PostgreSQL's are lower case
                    .withRenderNameCase(org.jooq.conf.RenderNameCase.LOWER);
            dsl = DSL.using(serverPool, engine.dialect(), settings);
            dsl.configuration().set(clock);
            return;
        }
        Path file = location.dataFile();
        try {
            PrivateFiles.createFolder(file.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the store " + file + ": " + e.getMessage(), e);
        }
        boolean existed = Files.exists(file);
        pool = JdbcConnectionPool.create(dataSource(location, url(location)));
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
            forgetClock = ChangeLog.clockFor(probe, clock);
        } catch (SQLException e) {
            throw explain(location, e);
        }
        try {
            // H2 creates the file as the umask says (often readable by every account); a new store
            // is made owner-only at once, an existing looser one is tightened and the front end says so.
            tightenedOnOpen |= PrivateFiles.makeOwnerOnly(file) && existed;
        } catch (IOException e) {
            throw new StoreException("Cannot make the store " + file + " readable by you alone: " + e.getMessage(), e);
        }
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        dsl = DSL.using(pool, SQLDialect.H2, settings);
        dsl.configuration().set(clock);
    }

    // WRITE_DELAY=0: a commit is on disk before the call returns, so a crash loses nothing committed.
    // MAX_COMPACT_TIME=0: the store decides when a close compacts (mostlyStale).
    private static String url(StoreLocation location) {
        return baseUrl(location) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /**
     * TRACE_LEVEL_FILE=0: H2 would otherwise keep a NAME.trace.db beside the store with every failing
     * statement and its values, in plain text even for an encrypted store; Rapport's own error log
     * ({@link ErrorLog}) keeps the statement's shape only.
     */
    private static String baseUrl(StoreLocation location) {
        return "jdbc:h2:file:" + location.h2Base() + (usesCipher(location) ? ";CIPHER=AES" : "") + ";TRACE_LEVEL_FILE=0";
    }

    /** A store created with a passphrase is encrypted; an existing plain one opens without it. */
    private static boolean usesCipher(StoreLocation location) {
        return location.passphrase() != null && (location.isEncrypted() || !Files.exists(location.dataFile()));
    }

    private static JdbcDataSource dataSource(StoreLocation location, String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(usesCipher(location) ? location.passphrase().connectionPassword() : PASSWORD.toCharArray());
        return source;
    }

    /** A connection that can only read: for looking at a file before anything may write to it. */
    static Connection connectReadOnly(StoreLocation location) throws SQLException {
        String url = baseUrl(location) + ";ACCESS_MODE_DATA=r";
        return dataSource(location, url).getConnection();
    }

    /** A writable connection without the store's settings, for checking a temporary copy. */
    static Connection connectForCheck(StoreLocation location) throws SQLException {
        return dataSource(location, baseUrl(location)).getConnection();
    }

    /** Writes an online backup of the open store (H2's BACKUP TO: a zip holding the store file). */
    void backUpTo(Path zip) {
        if (engine == Engine.POSTGRESQL) {
            throw new StoreException("A store on a team server is backed up by the server (pg_dump), not by Rapport's backup files.");
        }
        dsl.execute("BACKUP TO {0}", DSL.inline(zip.toString()));
    }

    static StoreException explain(StoreLocation location, SQLException e) {
        Path file = location.dataFile();
        if (location.isEncrypted() && (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
            return new WrongPasswordException("The password for " + file + " is not right. Nothing was opened or changed.", e);
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreLockedException("The store " + file
                    + " is already open in another Rapport window or program. Close it there, or choose another store with --db.", e);
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CORRUPTED_1 -> new NotARapportStoreException(file
                    + " is damaged and cannot be opened. It was left untouched; restore it from a backup or choose another file with --db.", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 -> new NotARapportStoreException(file
                    + " is an H2 database that Rapport cannot open (it belongs to another program or is protected by a password). It was left untouched.", e);
            default -> new NotARapportStoreException(file + " could not be read as a Rapport store; it may be damaged. It was left untouched. ("
                    + firstLine(e.getMessage()) + ")", e);
        };
    }

    private void migrate(Clock clock) {
        if (hasEveryShippedMigration()) {
            // Nothing to do, and Flyway's start-up (loading it, scanning for scripts) is a third of a second of every start.
            return;
        }
        Flyway flyway = flyway();
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            throw new NotARapportStoreException(location + " could not be read as a Rapport store: " + firstLine(e.getMessage()), e);
        }
        MigrationInfo current = info.current();
        if (current == null && hasTables()) {
            throw new NotARapportStoreException(engine == Engine.POSTGRESQL
                    ? "The database " + location + " holds tables of another program, not a Rapport store. It was left untouched;"
                            + " give Rapport an empty database of its own."
                    : location.dataFile() + " is an H2 database of another program, not a Rapport store. It was left untouched; choose another file with --db.");
        }
        for (MigrationInfo applied : info.applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreException(location + " was written by a newer version of Rapport (schema version "
                        + applied.getVersion() + "). Update Rapport to open it.");
            }
        }
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0) {
            return;
        }
        // A file is copied aside first; on a server each migration runs in a transaction of its own
        // (PostgreSQL's DDL is transactional), and the server's backups are its administrator's.
        if (current != null && engine == Engine.H2) {
            backUpBeforeMigration(pending[pending.length - 1].getVersion().getVersion(), clock);
            flyway = flyway();
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Could not bring " + location + " up to date: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * True when the schema history lists exactly the migrations this build ships, each applied
     * successfully; anything else (a new store, an older or newer one, a failed step) goes through Flyway.
     */
    private boolean hasEveryShippedMigration() {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + SCHEMA_HISTORY_TABLE
                     + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return false; // no history table yet: a new store, or not ours; Flyway's path tells which
        }
        return applied.equals(SHIPPED_MIGRATIONS);
    }

    /** The version of the newest migration applied to this store, or "none". */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** On PostgreSQL, db/migration-postgresql adds what the shared migrations need there (a callback, no versions of its own). */
    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource())
                .locations(engine == Engine.POSTGRESQL
                        ? new String[] {"classpath:db/migration", "classpath:db/migration-postgresql"}
                        : new String[] {"classpath:db/migration"})
                .load();
    }

    private javax.sql.DataSource dataSource() {
        return serverPool != null ? serverPool : pool;
    }

    private boolean hasTables() {
        return dsl.meta().getSchemas().stream()
                .filter(schema -> schema.getName().equalsIgnoreCase("PUBLIC"))
                .anyMatch(schema -> !schema.getTables().isEmpty());
    }

    /** Copies the closed file aside, so an upgrade that goes wrong can always be undone. */
    private void backUpBeforeMigration(String targetVersion, Clock clock) {
        pool.dispose();
        Path file = location.dataFile();
        String baseName = location.h2Base().getFileName().toString();
        Path backup = file.resolveSibling("backups").resolve(baseName + "-before-schema-v" + targetVersion + "-"
                + BACKUP_STAMP.format(clock.instant()) + StoreLocation.SUFFIX);
        try {
            PrivateFiles.ownFolder(backup.getParent());
            Files.copy(file, backup);
            PrivateFiles.makeOwnerOnly(backup);
        } catch (IOException e) {
            throw new StoreException("Could not back up " + file + " before upgrading it (" + e.getMessage()
                    + "); nothing was changed.", e);
        }
        connect();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
