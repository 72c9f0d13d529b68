package app.rapport.bench;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.Touchpoint;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.BulkLoader;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.TeamServer;
import app.rapport.store.TestStores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Every performance figure of issue 8 in one run, each beside its baseline measured in the same
 * run, printed as a Markdown table. Stores are made with the demo generator and kept in the
 * working folder, so a second run skips the minute it takes to write 100,000 clients.
 *
 * <pre>./mvnw -B -q package -DskipTests
 * xvfb-run -a java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.BenchmarkSuite [clients] [folder] [postgresql://USER@HOST/DATABASE]</pre>
 * Without a display the two window figures (cold start, memory) are skipped. Given a team server's
 * database (its password in RAPPORT_PASSWORD), the run ends with {@link TeamServerBenchmark}: the
 * same book on the server beside the H2 file, and the figures only a server has; with a PostgreSQL
 * server named as the tests name one ({@code RAPPORT_TEST_POSTGRESQL}), the field laptop's
 * ({@link LaptopSyncBenchmark}).
 */
public final class BenchmarkSuite {
    private static final int BUSY_TOUCHPOINTS = 5_000;
    private static final int SIZE_CLIENTS = 10_000;

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/rapport-bench");
        Files.createDirectories(folder);
        describeMachine(clients);
        if (WindowBenchmarks.canRun()) {
            System.out.println("Window figures use the launcher's JVM options: " + String.join(" ", WindowBenchmarks.launcherFlags()));
        }
        BenchTable table = new BenchTable();

        Path big = folder.resolve("demo-" + clients);
        StoreLocation location = StoreLocation.of(big.toString());
        List<UUID> subjects = prepare(location, clients);
        UUID busy = subjects.get(0);
        UUID typical = subjects.get(1);

        WindowBenchmarks.Programs programs = null;
        if (WindowBenchmarks.canRun()) {
            System.out.println("Start-up archives (a training run of each window)\u2026");
            programs = WindowBenchmarks.Programs.prepare(big, Files.createDirectories(folder.resolve("start-up")));
            System.out.println("Cold start\u2026");
            WindowBenchmarks.coldStart(programs, table);
        } else {
            System.out.println("No display: cold start and memory skipped (run under xvfb-run -a)");
        }
        System.out.println("Search as you type\u2026");
        SearchBenchmark.run(location, table);
        System.out.println("Open a client\u2026");
        OpenClientBenchmark.run(location, busy, table);
        System.out.println("Brief\u2026");
        BriefBenchmark.run(location, typical, busy, table);
        System.out.println("Today queue\u2026");
        TodayBenchmark.run(location, table);
        System.out.println("Segment counts\u2026");
        SegmentBenchmark.run(location, table);
        TeamServer server = LaptopSyncBenchmark.server();
        if (server != null) {
            System.out.println("Field laptop on " + server + ": publish, link, sync, and the laptop store beside the file\u2026");
            LaptopSyncBenchmark.run(location, busy, typical, server, folder, table);
        } else {
            System.out.println("No team server named (" + TestStores.SERVER_VARIABLE + "): the field laptop figures skipped");
        }
        System.out.println("CSV import\u2026");
        ImportBenchmark.run(clients, table);
        System.out.println("Archive import in " + ArchiveImportBenchmark.HEAP_CAP + "\u2026");
        ArchiveImportBenchmark.run(location, folder, table);
        if (programs != null) {
            System.out.println("Memory\u2026");
            WindowBenchmarks.memory(programs, table);
        }
        System.out.println("Store size\u2026");
        storeSize(folder, table);
        table.print();
        if (args.length > 2 && !args[2].isBlank()) {
            System.out.println();
            System.out.println("Team server\u2026");
            TeamServerBenchmark.run(location, TeamServerBenchmark.serverLocation(args[2]), clients);
        }
    }

    private static void describeMachine(int clients) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        System.out.printf("Machine: %s, %d cores available, %,d MB max heap for this JVM; Java %s; store of %,d demo clients%n", cpu,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), clients);
    }

    /**
     * Makes the store if it is not there yet, gives its first client 5,000 touchpoints, and returns
     * that busy client and a typical one.
     */
    static List<UUID> prepare(StoreLocation location, int clients) {
        try (RapportServices services = RapportServices.open(location)) {
            if (services.clients().count() < clients) {
                System.out.printf("Writing %,d demo clients (once; kept for the next run)\u2026%n", clients);
                long t0 = System.nanoTime();
                services.demoData().load(DemoBusiness.MIXED, clients, 42, Progress.NONE);
                System.out.printf("  written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
        }
        UUID busy;
        UUID typical;
        int busyTouchpoints;
        try (RapportServices services = RapportServices.open(location)) {
            List<ClientSummary> first = services.clients().search("", 200).clients();
            busy = first.get(0).id();
            typical = first.stream().skip(1).filter(client -> {
                int count = services.briefs().input(client.id()).orElseThrow().touchpoints().size();
                return count >= 8 && count <= 50;
            }).findFirst().orElse(first.get(1)).id();
            busyTouchpoints = services.briefs().input(busy).orElseThrow().touchpoints().size();
        }
        if (busyTouchpoints < BUSY_TOUCHPOINTS) {
            try (Store store = Store.open(location, Clock.systemDefaultZone())) {
                Instant now = Instant.now();
                store.inTransaction(dsl -> {
                    BulkLoader loader = new BulkLoader(dsl, now);
                    for (Touchpoint touchpoint : BriefBenchmark.touchpoints(busy, BUSY_TOUCHPOINTS, now.minus(800, ChronoUnit.DAYS))) {
                        loader.touchpoint(touchpoint);
                    }
                    loader.flush();
                    return null;
                });
            }
        }
        return List.of(busy, typical);
    }

    /** Bytes per client of a compacted demo store (about ten touchpoints each), against its JSON archive. */
    private static void storeSize(Path folder, BenchTable table) throws IOException {
        Path base = folder.resolve("size-" + SIZE_CLIENTS);
        StoreLocation location = StoreLocation.of(base.toString());
        Files.deleteIfExists(location.dataFile());
        long touchpoints;
        try (RapportServices services = RapportServices.open(location)) {
            touchpoints = services.demoData().load(DemoBusiness.MIXED, SIZE_CLIENTS, 42, Progress.NONE).touchpoints();
        }
        long storeBytes = Files.size(location.dataFile());
        Path archive = folder.resolve("size-" + SIZE_CLIENTS + ".json");
        try (RapportServices services = RapportServices.open(location)) {
            services.archive().exportTo(archive, true);
        }
        long archiveBytes = Files.size(archive);
        System.out.printf("  %,d clients with %,d touchpoints (%.1f each): store %,d bytes, archive %,d bytes%n", SIZE_CLIENTS, touchpoints,
                touchpoints / (double) SIZE_CLIENTS, storeBytes, archiveBytes);
        table.add(String.format("Store size per client (%.1f touchpoints each)", touchpoints / (double) SIZE_CLIENTS), "bytes",
                storeBytes / (double) SIZE_CLIENTS, "its JSON archive", archiveBytes / (double) SIZE_CLIENTS, "", null);
    }
}
