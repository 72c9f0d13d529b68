package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.service.ClientConflictException;
import app.rapport.service.RapportServices;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * A busy morning on a team server: ten desks, each with its own connection pool and person, each
 * writing five changes a second for a minute: touchpoints (some with a follow-up), notes, and
 * client field edits, a third of them on a few clients every desk works on. Each write is timed
 * from the service call to its return. Afterwards every write is looked for in the book: each
 * touchpoint and note by its id, and each edited client must carry the version and the value of
 * the last save that succeeded on it (a lost update shows there). A save over a newer version is
 * a conflict the version check reports (the desk then saves again over the fresh record, as
 * "keep mine" does); PostgreSQL deadlocks (40P01) and serialization failures (40001) are counted
 * apart, and the server's own deadlock count for the database is read before and after.
 * Target: p95 write within 50 ms, nothing lost, no deadlock.
 * <pre>java -cp "target/test-classes:target/classes:$(cat cp.txt)" app.rapport.bench.DeskLoadBenchmark postgresql://USER@HOST/DB [desks] [per second] [seconds]</pre>
 * (the password from RAPPORT_PASSWORD or .pgpass); part of {@link TeamServerBenchmark}.
 */
public final class DeskLoadBenchmark {
    /** Clients every desk works on, where edits meet. */
    private static final int SHARED_CLIENTS = 10;
    private static final int CLIENTS_PER_DESK = 40;

    /** The save of a client that returned {@code version}, and the company name it wrote. */
    private record LastSave(int version, String company) {
    }

    /** What a run did and found afterwards. */
    record Result(int desks, int perSecond, int seconds, int attempted, long[] writeNanos, int conflicts, int deadlocks,
                  int serializationFailures, int otherFailures, long serverDeadlocks, int lost, List<String> problems,
                  long writingCpuNanos, long windowCpuNanos) {
        double p95Millis() {
            return BenchTable.percentileMillis(writeNanos, 95);
        }

        double p50Millis() {
            return BenchTable.percentileMillis(writeNanos, 50);
        }

        String summary() {
            return String.format("%d desks \u00d7 %d writes/s \u00d7 %d s: %,d writes attempted, %,d saved; p50 %.1f ms, p95 %.1f ms;"
                            + " %d conflicts reported by the version check (saved again over the fresh record), %d lost,"
                            + " %d deadlocks (40P01), %d serialization failures (40001), %d other failures; the server counted %d deadlocks",
                    desks, perSecond, seconds, attempted, writeNanos.length, p50Millis(), p95Millis(), conflicts, lost, deadlocks,
                    serializationFailures, otherFailures, serverDeadlocks);
        }

        /**
         * CPU per write attempted: of the desks' own threads from their first write to their last, and
         * of the whole process while the desks ran (their change feeds and notifications too), where
         * the process's total also holds opening the book and checking it afterwards, which on a
         * 100,000-client book is most of the difference to a small one.
         */
        String cpu() {
            return String.format("CPU per write: %.2f ms in the desks' writing threads, %.2f ms in the whole process while the desks ran",
                    writingCpuNanos / 1e6 / attempted, windowCpuNanos / 1e6 / attempted);
        }
    }

    private DeskLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation location = TeamServerBenchmark.serverLocation(args[0]);
        int desks = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        java.lang.management.OperatingSystemMXBean system = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("load average before: %.2f%n", system.getSystemLoadAverage());
        Result result = run(location, desks, perSecond, seconds);
        System.out.println(result.summary());
        System.out.println(result.cpu());
        // the desks share this process: its CPU time compares runs on a busy machine better than wall times do
        System.out.printf("load average after: %.2f; this process used %.1f s of CPU (user and system)%n", system.getSystemLoadAverage(),
                ((com.sun.management.OperatingSystemMXBean) system).getProcessCpuTime() / 1e9);
        result.problems().stream().limit(20).forEach(problem -> System.out.println("  " + problem));
        System.exit(0);
    }

    static Result run(StoreLocation location, int desks, int perSecond, int seconds) throws Exception {
        List<UUID> clients;
        Map<UUID, Integer> versionsBefore;
        long deadlocksBefore;
        try (RapportServices setup = RapportServices.open(location, Clock.systemUTC())) {
            clients = setup.clients().search("", SHARED_CLIENTS + desks * CLIENTS_PER_DESK).clients().stream()
                    .map(ClientSummary::id).toList();
        }
        if (clients.size() < SHARED_CLIENTS + desks) {
            throw new IllegalStateException("The book at " + location + " has too few clients for " + desks + " desks: " + clients.size());
        }
        try (Store store = Store.open(location, Clock.systemUTC())) {
            versionsBefore = versions(store, clients);
            deadlocksBefore = serverDeadlocks(store);
        }
        List<UUID> shared = clients.subList(0, SHARED_CLIENTS);
        List<Desk> all = new ArrayList<>();
        for (int i = 0; i < desks; i++) {
            int from = SHARED_CLIENTS + i * (clients.size() - SHARED_CLIENTS) / desks;
            int to = SHARED_CLIENTS + (i + 1) * (clients.size() - SHARED_CLIENTS) / desks;
            all.add(new Desk("Desk " + (i + 1), shared, clients.subList(from, to), new Random(1_000 + i)));
        }
        Map<UUID, Integer> savesAt = new ConcurrentHashMap<>();
        Map<UUID, LastSave> lastSave = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(desks);
        long windowCpu = -processCpuNanos();
        long start = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); // every desk opened before the first write
        List<Future<?>> running = new ArrayList<>();
        for (Desk desk : all) {
            running.add(threads.submit(() -> {
                desk.work(location, start, perSecond, seconds, savesAt, lastSave);
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        windowCpu += processCpuNanos();
        threads.shutdown();

        List<String> problems = new ArrayList<>();
        int lost = 0;
        long deadlocksAfter;
        try (Store store = Store.open(location, Clock.systemUTC())) {
            Set<UUID> touchpoints = all.stream().flatMap(desk -> desk.touchpoints.stream()).collect(java.util.stream.Collectors.toSet());
            Set<UUID> notes = all.stream().flatMap(desk -> desk.notes.stream()).collect(java.util.stream.Collectors.toSet());
            lost += missing(store.dsl().select(TOUCHPOINT.ID).from(TOUCHPOINT).where(TOUCHPOINT.ID.in(touchpoints)).fetchSet(TOUCHPOINT.ID),
                    touchpoints, "touchpoint", problems);
            lost += missing(store.dsl().select(NOTE.ID).from(NOTE).where(NOTE.ID.in(notes)).fetchSet(NOTE.ID), notes, "note", problems);
            Map<UUID, Integer> versionsAfter = versions(store, clients);
            Map<UUID, String> companies = store.dsl().select(CLIENT.ID, CLIENT.COMPANY_NAME).from(CLIENT).where(CLIENT.ID.in(savesAt.keySet()))
                    .fetchMap(CLIENT.ID, CLIENT.COMPANY_NAME);
            for (Map.Entry<UUID, Integer> saved : savesAt.entrySet()) {
                UUID client = saved.getKey();
                int expected = versionsBefore.get(client) + saved.getValue();
                String written = lastSave.get(client).company();
                if (versionsAfter.get(client) != expected || !written.equals(companies.get(client))) {
                    lost++;
                    problems.add("client " + client + ": version " + versionsAfter.get(client) + " (expected " + expected + "), company "
                            + companies.get(client) + " (the last save wrote " + written + ")");
                }
            }
            deadlocksAfter = serverDeadlocks(store);
        }
        long[] nanos = all.stream().flatMap(desk -> desk.writeNanos.stream()).mapToLong(Long::longValue).toArray();
        all.forEach(desk -> problems.addAll(desk.failures));
        return new Result(desks, perSecond, seconds, all.stream().mapToInt(desk -> desk.attempted).sum(), nanos,
                sum(all, desk -> desk.conflicts), sum(all, desk -> desk.deadlocks), sum(all, desk -> desk.serializationFailures),
                sum(all, desk -> desk.otherFailures), deadlocksAfter - deadlocksBefore, lost, problems,
                all.stream().mapToLong(desk -> desk.writingCpuNanos).sum(), windowCpu);
    }

    /** One desk: its person, the clients it works on, and what it wrote. Used by its own thread only until the run ends. */
    private static final class Desk {
        private final String person;
        private final List<UUID> shared;
        private final List<UUID> own;
        private final Random random;
        private final List<Long> writeNanos = new ArrayList<>();
        private final List<UUID> touchpoints = new ArrayList<>();
        private final List<UUID> notes = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private int attempted;
        private int conflicts;
        private int deadlocks;
        private int serializationFailures;
        private int otherFailures;
        private long writingCpuNanos;

        Desk(String person, List<UUID> shared, List<UUID> own, Random random) {
            this.person = person;
            this.shared = shared;
            this.own = own;
            this.random = random;
        }

        void work(StoreLocation location, long start, int perSecond, int seconds, Map<UUID, Integer> savesAt,
                  Map<UUID, LastSave> lastSave) {
            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            try (RapportServices desk = RapportServices.open(location, Clock.systemUTC())) {
                desk.workAs(person);
                java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuAtStart = 0;
                for (int write = 0; write < perSecond * seconds; write++) {
                    // a fixed pace: a slow write delays the next one, it does not thin the load
                    LockSupport.parkNanos(start + write * period - System.nanoTime());
                    if (write == 0) {
                        cpuAtStart = cpu.getCurrentThreadCpuTime();
                    }
                    UUID client = random.nextInt(3) == 0 ? shared.get(random.nextInt(shared.size())) : own.get(random.nextInt(own.size()));
                    int kind = random.nextInt(10);
                    attempted++;
                    try {
                        if (kind < 4) {
                            logTouchpoint(desk, client, write);
                        } else if (kind < 7) {
                            String body = person + " noted something, number " + write;
                            timed(() -> notes.add(desk.notes().add(client, body, false).id()));
                        } else {
                            editClient(desk, client, write, savesAt, lastSave);
                        }
                    } catch (RuntimeException e) {
                        count(e);
                    }
                }
                writingCpuNanos = cpu.getCurrentThreadCpuTime() - cpuAtStart;
            }
        }

        private void logTouchpoint(RapportServices desk, UUID client, int write) {
            LocalDate followUp = write % 3 == 0 ? LocalDate.now().plusDays(7) : null;
            Touchpoint touchpoint = new Touchpoint(null, client, Instant.now(), write % 2 == 0 ? Channel.CALL : Channel.MESSAGE,
                    Direction.OUTBOUND, person + ", call number " + write, null, Mood.values()[write % Mood.values().length], followUp);
            timed(() -> touchpoints.add(desk.touchpoints().log(touchpoint).id()));
        }

        /** Reads the client, changes the company name and saves; over a newer version, reads again and saves once more. */
        private void editClient(RapportServices desk, UUID client, int write, Map<UUID, Integer> savesAt, Map<UUID, LastSave> lastSave) {
            String company = person + " edit " + write;
            for (int tries = 0; tries < 2; tries++) {
                Client read = desk.clients().profile(client).orElseThrow().client();
                try {
                    Client[] saved = new Client[1];
                    timed(() -> saved[0] = desk.clients().save(ClientBuilder.from(read).companyName(company).build()));
                    savesAt.merge(client, 1, Integer::sum);
                    // versions only rise, so the save that returned the highest one wrote the value the book must hold
                    lastSave.merge(client, new LastSave(saved[0].version(), company),
                            (one, other) -> one.version() >= other.version() ? one : other);
                    return;
                } catch (ClientConflictException e) {
                    conflicts++;
                }
            }
        }

        private void timed(Runnable write) {
            long t0 = System.nanoTime();
            write.run();
            writeNanos.add(System.nanoTime() - t0);
        }

        private void count(RuntimeException e) {
            String state = sqlState(e);
            if ("40P01".equals(state)) {
                deadlocks++;
            } else if ("40001".equals(state)) {
                serializationFailures++;
            } else {
                otherFailures++;
            }
            failures.add(person + ": " + (state == null ? "" : state + " ") + e.getMessage());
        }
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static int missing(Set<UUID> found, Collection<UUID> written, String what, List<String> problems) {
        int missing = 0;
        for (UUID id : written) {
            if (!found.contains(id)) {
                missing++;
                problems.add(what + " " + id + " was saved but is not in the book");
            }
        }
        return missing;
    }

    private static Map<UUID, Integer> versions(Store store, List<UUID> clients) {
        return store.dsl().select(CLIENT.ID, CLIENT.VERSION).from(CLIENT).where(CLIENT.ID.in(clients)).fetchMap(CLIENT.ID, CLIENT.VERSION);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long serverDeadlocks(Store store) {
        return store.dsl().fetchOne("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").get(0, Long.class);
    }

    private static int sum(List<Desk> desks, java.util.function.ToIntFunction<Desk> count) {
        return desks.stream().mapToInt(count).sum();
    }
}
