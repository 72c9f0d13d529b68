package app.rapport.bench;

import app.rapport.store.StoreLocation;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Issue 18's figures: the same demo book on H2 and on a PostgreSQL team server, measured in one
 * run: search as you type, opening a busy client and Today (the suite's own benchmarks, once per
 * store), then, on the server only, a change reaching another desk and ten desks writing at once
 * ({@link DeskLoadBenchmark}). The server's book is written by the demo generator straight into
 * the server database (as the H2 one is; no publish), and kept for the next run. Each part
 * prints the machine's load average and this process's CPU time, as the machine is shared (the
 * server's own CPU time is not in it).
 * <pre>./mvnw -B -q package -DskipTests
 * RAPPORT_PASSWORD=... java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.TeamServerBenchmark \
 *     [clients] [folder] postgresql://USER@HOST/DATABASE</pre>
 * The database must exist ({@code createdb}); {@link BenchmarkSuite} runs this too when given a server location.
 */
public final class TeamServerBenchmark {
    private static final int OTHER_DESK_TOUCHPOINTS = 60;
    private static final int DESKS = 10;
    private static final int WRITES_PER_SECOND = 5;
    private static final int LOAD_SECONDS = 60;

    private TeamServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/rapport-bench");
        if (args.length < 3) {
            System.err.println("Name the team server's database: TeamServerBenchmark [clients] [folder] postgresql://USER@HOST/DATABASE");
            System.exit(2);
        }
        Files.createDirectories(folder);
        run(StoreLocation.of(folder.resolve("demo-" + clients).toString()), serverLocation(args[2]), clients);
        System.exit(0);
    }

    /** A server location as typed, logged into with the password in RAPPORT_PASSWORD (else the driver reads .pgpass). */
    static StoreLocation serverLocation(String location) {
        StoreLocation server = StoreLocation.of(location);
        if (!server.isServer()) {
            throw new IllegalArgumentException("Not a team server location: " + location + " (postgresql://USER@HOST/DATABASE)");
        }
        String password = System.getenv("RAPPORT_PASSWORD");
        return password == null ? server : server.withServerPassword(password.toCharArray());
    }

    /** Measures both stores of {@code clients} clients (making either book first when it is not there) and prints the figures side by side. */
    static void run(StoreLocation h2, StoreLocation server, int clients) throws Exception {
        Machine machine = new Machine();
        BenchTable onH2 = new BenchTable();
        BenchTable onServer = new BenchTable();
        System.out.println("H2 file " + h2 + ":");
        storeFigures(h2, BenchmarkSuite.prepare(h2, clients), onH2);
        machine.say("H2 figures");
        System.out.println("PostgreSQL " + server + ":");
        long writing = System.nanoTime();
        List<UUID> subjects = BenchmarkSuite.prepare(server, clients);
        System.out.printf("  book ready on the server in %.1f s%n", (System.nanoTime() - writing) / 1e9);
        storeFigures(server, subjects, onServer);
        machine.say("PostgreSQL figures");

        System.out.println("Change to another desk\u2026");
        List<Long> delays = OtherDeskLatencyBenchmark.measure(server, OTHER_DESK_TOUCHPOINTS).stream().map(Duration::toMillis).sorted().toList();
        long latencyP95 = delays.get(Math.max(0, (int) Math.ceil(0.95 * delays.size()) - 1));
        System.out.printf("  %d touchpoints logged by another process: p50 %d ms, p95 %d ms, max %d ms%n", delays.size(),
                delays.get(delays.size() / 2), latencyP95, delays.get(delays.size() - 1));
        machine.say("change to another desk");

        System.out.printf("%d desks writing %d changes a second each for %d s\u2026%n", DESKS, WRITES_PER_SECOND, LOAD_SECONDS);
        DeskLoadBenchmark.Result load = DeskLoadBenchmark.run(server, DESKS, WRITES_PER_SECOND, LOAD_SECONDS);
        System.out.println("  " + load.summary());
        System.out.println("  " + load.cpu());
        load.problems().stream().limit(20).forEach(problem -> System.out.println("    " + problem));
        machine.say("desk load");

        System.out.println();
        System.out.println("| Figure | H2 file | PostgreSQL | Target | Met on PostgreSQL |");
        System.out.println("|---|---|---|---|---|");
        List<BenchTable.Row> h2Rows = onH2.rows();
        List<BenchTable.Row> serverRows = onServer.rows();
        for (int i = 0; i < serverRows.size(); i++) {
            BenchTable.Row row = serverRows.get(i);
            System.out.printf("| %s | %s %s | %s %s | %s | %s |%n", row.figure(), BenchTable.number(h2Rows.get(i).value()), row.unit(),
                    BenchTable.number(row.value()), row.unit(), row.target(), met(row.met()));
        }
        System.out.printf("| Change to another desk p95 (%d touchpoints by `log` in another process) | \u2013 | %d ms | \u2264 1,000 ms | %s |%n",
                delays.size(), latencyP95, met(latencyP95 <= 1_000));
        System.out.printf("| %d desks \u00d7 %d writes/s \u00d7 %d s: write p95 | \u2013 | %.1f ms | \u2264 50 ms | %s |%n", DESKS,
                WRITES_PER_SECOND, LOAD_SECONDS, load.p95Millis(), met(load.p95Millis() <= 50));
        System.out.printf("| \u2026 writes lost / deadlocks (40P01) / serialization failures (40001) / other failures | \u2013 |"
                        + " %d / %d / %d / %d (%d conflicts reported and saved again) | 0 / 0 | %s |%n", load.lost(), load.deadlocks(),
                load.serializationFailures(), load.otherFailures(), load.conflicts(),
                met(load.lost() == 0 && load.deadlocks() == 0 && load.serverDeadlocks() == 0 && load.otherFailures() == 0));
    }

    private static void storeFigures(StoreLocation location, List<UUID> subjects, BenchTable table) {
        System.out.println("Search as you type\u2026");
        SearchBenchmark.run(location, table);
        System.out.println("Open a client\u2026");
        OpenClientBenchmark.run(location, subjects.get(0), table);
        System.out.println("Today queue\u2026");
        TodayBenchmark.run(location, table);
    }

    private static String met(Boolean met) {
        return met == null ? "\u2013" : met ? "yes" : "**no**";
    }

    /** The machine's load and this process's CPU time, printed after each part. */
    private static final class Machine {
        private long cpuBefore = cpuNanos();

        void say(String part) {
            long cpu = cpuNanos();
            String load;
            try {
                load = Files.readString(Path.of("/proc/loadavg")).strip();
            } catch (java.io.IOException e) {
                load = "unknown";
            }
            System.out.printf("  [%s: load average %s; this process used %.1f s of CPU]%n", part, load, (cpu - cpuBefore) / 1e9);
            cpuBefore = cpu;
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
