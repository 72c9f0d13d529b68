package app.rapport.store;

import app.rapport.domain.Ids;
import app.rapport.domain.OnCall;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import static app.rapport.store.jooq.Tables.DESK_PRESENCE;

/**
 * Who is on a call with a client at another desk of a team server: a desk that has a client open
 * in the log-touchpoint dialog says so ({@link #onCall}), and a desk showing that client hears it
 * ({@link #watch}). Each saying is a row of {@code desk_presence} and a NOTIFY {@value #CHANNEL}
 * carrying the client's id, so a desk showing that client reads it again at once, without polling.
 * <p>
 * A row counts only while its desk's notification session lives: that session carries the
 * application name {@code Rapport desk DESK_ID}, which every login can see in
 * {@code pg_stat_activity}. A desk that crashes closes its session and its rows stop counting at
 * once (a desk whose network vanished: when the server's TCP keepalive, set short on that session,
 * ends it). Nobody is told of a session's end, so while a desk shows someone present it reads
 * again every {@value #RECHECK_SECONDS} s. A store file has one desk and nobody else to tell:
 * there presence does nothing.
 * <p>
 * Every read and write runs on one thread of its own, so callers (the window's thread) never wait.
 */
public final class Presence implements AutoCloseable {
    static final String CHANNEL = "rapport_presence";
    static final String APPLICATION_NAME_PREFIX = "Rapport desk ";
    private static final int RECHECK_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(Presence.class.getName());

    private final Supplier<DSLContext> dsl;
    private final Supplier<String> person;
    private final Clock clock;
    private final boolean shared;
    private final UUID desk = Ids.next();
    /** What this desk says now: the id of each saying and its row. */
    private final Map<UUID, Saying> sayings = new ConcurrentHashMap<>();
    private final Map<UUID, List<Consumer<List<OnCall>>>> watchers = new ConcurrentHashMap<>();
    /** The clients some desk was last seen on a call with; read again now and then, for desks that vanished. */
    private final Set<UUID> occupied = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker;
    /** Whether this desk's notification session is up (the rows of a desk without one count for nobody). */
    private volatile boolean connected;

    private record Saying(UUID client, String person, Instant since) {
    }

    private Presence(Supplier<DSLContext> dsl, Supplier<String> person, Clock clock, boolean shared) {
        this.dsl = dsl;
        this.person = person;
        this.clock = clock;
        this.shared = shared;
        this.worker = shared ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rapport-presence");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (shared) {
            worker.scheduleWithFixedDelay(this::recheckOccupied, RECHECK_SECONDS, RECHECK_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Presence on a team server, written and read through {@code dsl}, naming {@code person} as who is on the call. */
    static Presence onServer(Supplier<DSLContext> dsl, Supplier<String> person, Clock clock) {
        return new Presence(dsl, person, clock, true);
    }

    /** A store file's: nobody else to tell or hear. */
    static Presence alone() {
        return new Presence(null, null, null, false);
    }

    /** The application name of this desk's notification session, by which other desks see that it lives. */
    String applicationName() {
        return APPLICATION_NAME_PREFIX + desk;
    }

    /**
     * Says that the person working at this desk is on a call with {@code clientId} until the
     * returned handle is closed (the dialog closed, or another client chosen in it).
     */
    public AutoCloseable onCall(UUID clientId) {
        if (!shared) {
            return () -> { };
        }
        UUID id = Ids.next();
        Saying saying = new Saying(clientId, person.get(), clock.instant());
        sayings.put(id, saying);
        run(() -> {
            if (connected && sayings.containsKey(id)) {
                dsl.get().transaction(configuration -> {
                    insert(configuration.dsl(), id, saying);
                    notifyAbout(configuration.dsl(), clientId);
                });
            }
        });
        return () -> {
            if (sayings.remove(id) != null) {
                run(() -> dsl.get().transaction(configuration -> {
                    configuration.dsl().deleteFrom(DESK_PRESENCE).where(DESK_PRESENCE.ID.eq(id)).execute();
                    notifyAbout(configuration.dsl(), clientId);
                }));
            }
        };
    }

    /**
     * Tells {@code listener} who at other desks is on a call with {@code clientId}: now, and on
     * the presence thread each time that changes, until the returned handle is closed.
     */
    public AutoCloseable watch(UUID clientId, Consumer<List<OnCall>> listener) {
        if (!shared) {
            return () -> { };
        }
        watchers.computeIfAbsent(clientId, client -> new CopyOnWriteArrayList<>()).add(listener);
        run(() -> tell(clientId, List.of(listener)));
        return () -> watchers.computeIfPresent(clientId, (client, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** Who at other desks is on a call with {@code clientId} now (read on the caller's thread). */
    public List<OnCall> whoIsOnCallWith(UUID clientId) {
        if (!shared) {
            return List.of();
        }
        return dsl.get().select(DESK_PRESENCE.PERSON, DSL.min(DESK_PRESENCE.SINCE))
                .from(DESK_PRESENCE)
                .where(DESK_PRESENCE.CLIENT_ID.eq(clientId))
                .and(DESK_PRESENCE.DESK_ID.ne(desk))
                .and(DSL.concat(DSL.inline(APPLICATION_NAME_PREFIX), DESK_PRESENCE.DESK_ID.cast(String.class))
                        .in(DSL.select(DSL.field(DSL.name("application_name"), String.class))
                                .from(DSL.table(DSL.name("pg_catalog", "pg_stat_activity")))))
                .groupBy(DESK_PRESENCE.PERSON)
                .orderBy(DSL.min(DESK_PRESENCE.SINCE))
                .fetch(row -> new OnCall(Store.authorAsOthersSeeIt(row.value1(), OnCall.UNNAMED), row.value2()));
    }

    /**
     * This desk's notification session is up (again): what the desk says is written afresh (other
     * desks may have cleared it as a ghost meanwhile), and what it watches is read again.
     */
    void sessionStarted() {
        run(() -> {
            connected = true;
            Set<UUID> clients = new java.util.HashSet<>();
            dsl.get().transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                tx.deleteFrom(DESK_PRESENCE).where(DESK_PRESENCE.DESK_ID.eq(desk)).execute();
                sayings.forEach((id, saying) -> {
                    insert(tx, id, saying);
                    clients.add(saying.client());
                });
                // rows of desks whose sessions ended are nobody's: cleared when anyone starts
                tx.deleteFrom(DESK_PRESENCE).where(DSL.concat(DSL.inline(APPLICATION_NAME_PREFIX), DESK_PRESENCE.DESK_ID.cast(String.class))
                        .notIn(DSL.select(DSL.field(DSL.name("application_name"), String.class))
                                .from(DSL.table(DSL.name("pg_catalog", "pg_stat_activity")))
                                .where(DSL.field(DSL.name("application_name")).isNotNull()))).execute();
                clients.forEach(client -> notifyAbout(tx, client));
            });
            watchers.keySet().forEach(client -> tell(client, watchers.getOrDefault(client, List.of())));
        });
    }

    /** This desk's notification session was lost: its rows count for nobody until it is back. */
    void sessionLost() {
        connected = false;
    }

    /** Another desk (or this one) changed who is on a call with {@code clientId}. */
    void heard(String payload) {
        UUID client;
        try {
            client = UUID.fromString(payload);
        } catch (IllegalArgumentException e) {
            return; // not one of ours
        }
        List<Consumer<List<OnCall>>> listeners = watchers.get(client);
        if (listeners != null) {
            run(() -> tell(client, listeners));
        }
    }

    private void recheckOccupied() {
        for (UUID client : List.copyOf(occupied)) {
            List<Consumer<List<OnCall>>> listeners = watchers.get(client);
            if (listeners == null) {
                occupied.remove(client);
            } else {
                tell(client, listeners);
            }
        }
    }

    private void tell(UUID client, List<Consumer<List<OnCall>>> listeners) {
        List<OnCall> present = whoIsOnCallWith(client);
        if (present.isEmpty()) {
            occupied.remove(client);
        } else {
            occupied.add(client);
        }
        for (Consumer<List<OnCall>> listener : listeners) {
            listener.accept(present);
        }
    }

    private void insert(DSLContext tx, UUID id, Saying saying) {
        tx.insertInto(DESK_PRESENCE)
                .set(DESK_PRESENCE.ID, id)
                .set(DESK_PRESENCE.DESK_ID, desk)
                .set(DESK_PRESENCE.PERSON, saying.person())
                .set(DESK_PRESENCE.CLIENT_ID, saying.client())
                .set(DESK_PRESENCE.SINCE, saying.since())
                .execute();
    }

    private static void notifyAbout(DSLContext tx, UUID client) {
        tx.fetch("SELECT pg_notify({0}, {1})", DSL.inline(CHANNEL), DSL.val(client.toString()));
    }

    /** Runs {@code work} on the presence thread; a failure is logged (presence is a courtesy, never in the way of work). */
    private void run(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not share who is on a call: " + e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // the store is closing
        }
    }

    /** Withdraws what this desk says (its session's end would too) and stops. */
    @Override
    public void close() {
        if (!shared) {
            return;
        }
        List<UUID> clients = sayings.values().stream().map(Saying::client).distinct().toList();
        sayings.clear();
        if (connected) {
            run(() -> dsl.get().transaction(configuration -> {
                configuration.dsl().deleteFrom(DESK_PRESENCE).where(DESK_PRESENCE.DESK_ID.eq(desk)).execute();
                clients.forEach(client -> notifyAbout(configuration.dsl(), client));
            }));
        }
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
