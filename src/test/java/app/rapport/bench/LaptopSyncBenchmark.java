package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.service.RapportServices;
import app.rapport.store.BookCopy;
import app.rapport.store.FieldLaptops;
import app.rapport.store.Store;
import app.rapport.store.StoreBackups;
import app.rapport.store.StoreLocation;
import app.rapport.store.TeamServer;
import app.rapport.store.TestStores;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A field laptop's figures (issue 19) beside each other in one run, on a real PostgreSQL server:
 * moving the demo book to the server ({@code publish}), a laptop's first {@code link} of it
 * (target 60 s for 100,000 clients on loopback), one sync round after 1,000 changes on each side
 * (target 2 s), and search, open a client and brief on the linked laptop store against the same
 * figures on the plain store file it came from. Each copy's baseline is reading every row of the
 * book once, with the checksum the copy is verified by.
 * <p>
 * The server is the tests' ({@code RAPPORT_TEST_POSTGRESQL}, {@code RAPPORT_TEST_PASSWORD}); the
 * run makes a database of its own there and drops it at the end. Figures come with the machine's
 * load and this process's CPU time, so a figure taken on a busy machine can be judged.
 * <pre>RAPPORT_TEST_POSTGRESQL=postgresql://postgres@127.0.0.1:5432/postgres RAPPORT_TEST_PASSWORD=...
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.LaptopSyncBenchmark [clients] [folder]</pre>
 * Part of {@link BenchmarkSuite} when the server variable is set.
 */
public final class LaptopSyncBenchmark {
    /** Changes made on each side between two syncs. */
    static final int CHANGES = 1_000;
    private static final double LINK_TARGET_SECONDS = 60;
    private static final double SYNC_TARGET_SECONDS = 2;

    private LaptopSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("bench.clients", 100_000);
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/rapport-bench");
        Files.createDirectories(folder);
        TeamServer server = serverOrExplain();
        StoreLocation plain = StoreLocation.of(folder.resolve("demo-" + clients).toString());
        System.out.printf("Laptop sync figures for %,d demo clients, server %s%n", clients, server);
        List<UUID> subjects = BenchmarkSuite.prepare(plain, clients);
        BenchTable table = new BenchTable();
        run(plain, subjects.get(0), subjects.get(1), server, folder, table);
        table.print();
        System.exit(0);
    }

    /** The server named by the tests' variables, if any. */
    static TeamServer server() {
        String given = System.getenv(TestStores.SERVER_VARIABLE);
        if (given == null || given.isBlank()) {
            return null;
        }
        String password = System.getenv(TestStores.PASSWORD_VARIABLE);
        return TeamServer.parse(given, System.getProperty("user.name")).withPassword(password == null ? null : password.toCharArray());
    }

    private static TeamServer serverOrExplain() {
        TeamServer server = server();
        if (server == null) {
            System.err.println("Set " + TestStores.SERVER_VARIABLE + "=postgresql://USER@HOST:PORT/postgres (and " + TestStores.PASSWORD_VARIABLE
                    + ") to the server to measure on.");
            System.exit(2);
        }
        return server;
    }

    /**
     * Publishes the book of {@code plain} to a new database on {@code server}, links a new laptop
     * store to it, syncs {@value #CHANGES} changes each way, and measures the laptop store beside
     * {@code plain}; the database and the laptop file are removed afterwards.
     */
    static void run(StoreLocation plain, UUID busy, UUID typical, TeamServer server, Path folder, BenchTable table) throws Exception {
        String database = "syncbench_" + ProcessHandle.current().pid();
        StoreLocation book = StoreLocation.onServer(server.withDatabase(database));
        Path laptopBase = folder.resolve("laptop-" + ProcessHandle.current().pid());
        StoreLocation laptop = StoreLocation.of(laptopBase.toString());
        Clock clock = Clock.systemUTC();
        TestStores.admin(server, "CREATE DATABASE " + database);
        try {
            Phase phase = Phase.start("Reading every row of the file once, with its checksum");
            try (Store file = Store.open(plain, clock)) {
                BookCopy.checks(file);
                double readFile = phase.end();
                phase = Phase.start("Publish: the file's book to the empty database " + database);
                BookCopy.Copied copied = BookCopy.toServer(file, book, clock, StoreBackups.Steps.NONE);
                double publish = phase.end();
                long rows = copied.tables().stream().mapToLong(BookCopy.TableCheck::rows).sum();
                System.out.printf("  %,d rows in %d tables, %,.0f rows/s%n", rows, copied.tables().size(), rows / publish);
                table.add(String.format("Publish %,d clients (%,d rows) to the server, checked", copied.rows("client"), rows), "s", publish,
                        "reading the file once", readFile, "", null);
            }

            phase = Phase.start("Reading every row on the server once, with its checksum");
            try (Store team = Store.open(book, clock)) {
                BookCopy.checks(team);
            }
            double readServer = phase.end();
            phase = Phase.start("Link: a new laptop store of the server's book");
            FieldLaptops.Linked linked;
            try (Store laptopStore = Store.open(laptop, clock)) {
                linked = FieldLaptops.link(laptopStore, book, "Benchmark laptop", clock);
            }
            double link = phase.end();
            System.out.printf("  %,d rows in %d tables, %,.0f rows/s%n", linked.rows(), linked.tables(), linked.rows() / link);
            table.add(String.format("First link of %,d clients (%,d rows), checked", linked.clients(), linked.rows()), "s", link,
                    "reading the server's book once", readServer, "\u2264 60 s", link <= LINK_TARGET_SECONDS);

            sync(laptop, book, clock, table);

            System.out.println("The laptop store beside the plain store file it came from\u2026");
            BenchTable onLaptop = new BenchTable();
            BenchTable onFile = new BenchTable();
            SearchBenchmark.run(laptop, onLaptop);
            SearchBenchmark.run(plain, onFile);
            OpenClientBenchmark.run(laptop, busy, onLaptop);
            OpenClientBenchmark.run(plain, busy, onFile);
            BriefBenchmark.fromStore(laptop, typical, busy, onLaptop);
            BriefBenchmark.fromStore(plain, typical, busy, onFile);
            for (int i = 0; i < onLaptop.rows().size(); i++) {
                BenchTable.Row there = onLaptop.rows().get(i);
                BenchTable.Row here = onFile.rows().get(i);
                table.add("Laptop store: " + there.figure(), there.unit(), there.value(), "plain store file", here.value(), there.target(),
                        there.met());
            }
            Phase.report("Laptop figures");
        } finally {
            TestStores.admin(server, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            Files.deleteIfExists(laptop.dataFile());
            Files.deleteIfExists(Path.of(laptopBase + ".trace.db"));
        }
    }

    /** An empty round, then {@value #CHANGES} changes on each side and the round that exchanges them. */
    private static void sync(StoreLocation laptop, StoreLocation book, Clock clock, BenchTable table) {
        Phase phase = Phase.start("Sync with nothing to exchange");
        try (Store laptopStore = Store.open(laptop, clock)) {
            FieldLaptops.sync(laptopStore, book, clock, FieldLaptops.Progress.NONE);
        }
        double empty = phase.end();
        System.out.printf("Making %,d changes on the laptop and %,d at the office\u2026%n", CHANGES, CHANGES);
        change(laptop, clock, "Laptop", 0);
        change(book, clock, "Office", 1);
        phase = Phase.start("Sync of the changes both ways");
        // as the command does it: open the laptop store, exchange, close; the window's store is open already
        Phase opening = Phase.start("  opening the laptop store");
        Store laptopStore = Store.open(laptop, clock);
        opening.end();
        Phase exchange = Phase.start("  the exchange");
        FieldLaptops.Round round;
        try {
            round = FieldLaptops.sync(laptopStore, book, clock, FieldLaptops.Progress.NONE);
        } catch (RuntimeException e) {
            laptopStore.close();
            throw e;
        }
        double exchanging = exchange.end();
        Phase closing = Phase.start("  closing the laptop store");
        laptopStore.close();
        closing.end();
        double exchanged = phase.end();
        System.out.printf("  pushed %,d, pulled %,d, merged %,d, conflicts %,d%n", round.pushed(), round.pulled(), round.merged(), round.conflicts());
        table.add(String.format("Sync round: %,d changes pushed, %,d pulled (open, exchange, close, as `sync` does)", round.pushed(), round.pulled()),
                "s", exchanged, "a round with nothing to exchange", empty, "\u2264 2 s", exchanged <= SYNC_TARGET_SECONDS);
        table.add("\u2026 its exchange alone (the window's store stays open)", "s", exchanging, "the whole round", exchanged, "", null);
    }

    /**
     * Half notes, half logged calls, each on another client, as one person's day (or week) of work:
     * the laptop on the first half of the clients, the office on the other, so that the round
     * measured exchanges changes rather than settles conflicts.
     */
    private static void change(StoreLocation location, Clock clock, String who, int half) {
        try (RapportServices services = RapportServices.open(location, clock)) {
            services.workAs(who);
            // by id, not by name: the server and the laptop sort names by other collations
            List<ClientSummary> clients = services.clients().search("", 2 * CHANGES).clients().stream()
                    .sorted(java.util.Comparator.comparing(ClientSummary::id)).toList();
            int each = Math.max(1, clients.size() / 2);
            for (int i = 0; i < CHANGES; i++) {
                UUID client = clients.get(Math.min(clients.size() - 1, half * each + i % each)).id();
                if (i % 2 == 0) {
                    services.notes().add(client, who + " note " + i, false);
                } else {
                    services.touchpoints().log(new Touchpoint(null, client, clock.instant(), Channel.CALL, Direction.OUTBOUND,
                            who + " call " + i, null, null, null));
                }
            }
        }
    }

    /** One measured step: its wall time, and the machine's load and this process's CPU time beside it. */
    private record Phase(String name, long startNanos, long startCpuNanos) {
        static Phase start(String name) {
            System.out.println(name + "\u2026");
            return new Phase(name, System.nanoTime(), cpuNanos());
        }

        /** Seconds since the start; prints them with the CPU time this process used meanwhile and the load. */
        double end() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            System.out.printf("  %.2f s wall, %.2f s CPU in this process; %s%n", seconds, (cpuNanos() - startCpuNanos) / 1e9, load());
            return seconds;
        }

        static void report(String what) {
            System.out.printf("%s done: %.1f s CPU in this process so far; %s%n", what, cpuNanos() / 1e9, load());
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static String load() {
            try {
                String[] average = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return "load average " + average[0] + " " + average[1] + " " + average[2];
            } catch (java.io.IOException e) {
                return "load average unknown";
            }
        }
    }
}
