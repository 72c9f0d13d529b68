package app.rapport.bench;

import app.rapport.cli.RapportCommand;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.change.Change;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Change to another desk on a team server: one process logs touchpoints with the command line's
 * {@code log}, one after another; this process (another desk) only follows its change feed, fed by
 * PostgreSQL's LISTEN/NOTIFY, and notes when each touchpoint reaches it. The delay counted is from
 * the writer's change time (stamped in its transaction, before the commit) to the moment this
 * desk's listener holds the change: what a window would show next. Target: p95 within 1 s.
 * <p>
 * The server is the tests' ({@code RAPPORT_TEST_POSTGRESQL}, {@code RAPPORT_TEST_PASSWORD});
 * each run gets a new database of its own.
 * <pre>RAPPORT_TEST_POSTGRESQL=postgresql://postgres@127.0.0.1:5432/postgres RAPPORT_TEST_PASSWORD=...
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" app.rapport.bench.OtherDeskLatencyBenchmark [TOUCHPOINTS]</pre>
 */
public final class OtherDeskLatencyBenchmark {
    private static final int DEFAULT_TOUCHPOINTS = 60;
    private static final long PAUSE_MILLIS = 150;

    private OtherDeskLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int touchpoints = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_TOUCHPOINTS;
        System.setProperty(TestStores.ENGINE_PROPERTY, "postgresql");
        Path folder = Files.createTempDirectory("rapport-latency");
        StoreLocation location = TestStores.location(folder, "book");
        List<Duration> delays = measure(location, touchpoints);
        List<Long> millis = delays.stream().map(Duration::toMillis).sorted().toList();
        System.out.printf("Change to another desk (%s, %d touchpoints logged by another process with `log`):%n", location, touchpoints);
        System.out.printf("  p50 %d ms, p95 %d ms, max %d ms (target: p95 <= 1000 ms)%n",
                percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1));
        System.exit(0);
    }

    /**
     * Logs {@code touchpoints} touchpoints from another process and returns, for each, how long
     * after its change time this desk's change feed held it; fails when one never arrives.
     */
    public static List<Duration> measure(StoreLocation location, int touchpoints) throws Exception {
        try (RapportServices desk = RapportServices.open(location, Clock.systemUTC())) {
            Client anna = desk.clients().save(ClientBuilder.person("Anna", "Berg").build());
            Map<String, Duration> heard = new ConcurrentHashMap<>();
            CountDownLatch all = new CountDownLatch(touchpoints);
            AutoCloseable listening = desk.changes().subscribe(batch -> {
                Instant now = Instant.now();
                for (Change change : batch.changes()) {
                    if (change.entity().equals("touchpoint") && heard.putIfAbsent(change.rowId(), Duration.between(change.at(), now)) == null) {
                        all.countDown();
                    }
                }
            });
            List<String> logged = logFromAnotherProcess(location, anna, touchpoints);
            boolean arrived = all.await(60, TimeUnit.SECONDS);
            listening.close();
            if (!arrived || !heard.keySet().containsAll(logged)) {
                List<String> missing = new ArrayList<>(logged);
                missing.removeAll(heard.keySet());
                throw new AssertionError("This desk never heard of the touchpoints " + missing);
            }
            return logged.stream().map(heard::get).toList();
        }
    }

    /** Runs {@link Writer} in a process of its own and returns the ids of the touchpoints it logged. */
    private static List<String> logFromAnotherProcess(StoreLocation location, Client client, int touchpoints) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), location.toString(), client.id().toString(),
                Integer.toString(touchpoints));
        builder.environment().putAll(TestStores.environmentFor(location));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new AssertionError("The writing process failed: " + output);
        }
        return output.lines().filter(line -> line.startsWith("Logged ")).map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The other desk: runs `rapport --db LOCATION log CLIENT ...` the given number of times, a moment apart. */
    public static final class Writer {
        private Writer() {
        }

        public static void main(String[] args) throws Exception {
            String location = args[0];
            String client = args[1];
            int touchpoints = Integer.parseInt(args[2]);
            for (int i = 1; i <= touchpoints; i++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = RapportCommand.run(new String[] {"--db", location, "log", client, "--channel", "call",
                        "--summary", "Call number " + i, "--as", "Ana"}, System.getenv(), ignored -> { },
                        new PrintWriter(out), new PrintWriter(err));
                if (code != 0) {
                    System.out.println("log failed: " + err);
                    System.exit(code);
                }
                System.out.println(out.toString().strip());
                Thread.sleep(PAUSE_MILLIS); // a desk's pace, not a flood
            }
            System.exit(0);
        }
    }
}
