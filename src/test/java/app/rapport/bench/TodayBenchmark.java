package app.rapport.bench;

import app.rapport.domain.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.TodayService;
import app.rapport.store.StoreLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long the Today queue takes on a big store: {@code TodayService.queue()} end to end (every
 * reason's query, merged and ordered), after warm-up, against one plain read of every client's
 * name (the least a whole-store answer could cost). Makes the demo store once (the same one
 * {@link BenchmarkSuite} uses) and reuses it.
 * <p>
 * {@code java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.TodayBenchmark [CLIENTS] [FOLDER]}
 */
public final class TodayBenchmark {
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;

    private TodayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/rapport-bench");
        Files.createDirectories(folder);
        StoreLocation location = StoreLocation.of(folder.resolve("demo-" + clients).toString());
        long opening = System.nanoTime();
        try (RapportServices services = RapportServices.open(location)) {
            // A store made before client_state existed gets it here, once (migration V5).
            System.out.printf("Opened %s in %.1f s%n", location, (System.nanoTime() - opening) / 1e9);
            if (services.clients().count() < clients) {
                System.out.printf("Writing %,d demo clients (once; kept for the next run)\u2026%n", clients);
                services.demoData().load(DemoBusiness.MIXED, clients, 42, Progress.NONE);
            }
        }
        BenchTable table = new BenchTable();
        run(location, table);
        table.print();
    }

    static void run(StoreLocation location, BenchTable table) {
        try (RapportServices services = RapportServices.open(location)) {
            TodayService.Today today = services.today().queue();
            Map<String, Integer> byReason = new TreeMap<>();
            today.items().forEach(item -> byReason.merge(item.reason().code(), 1, Integer::sum));
            System.out.printf("Today on %s: %,d clients in the queue %s%n", today.day(), today.items().size(), byReason);

            long[] queue = measure(() -> services.today().queue().items().size());
            long[] names = measure(() -> services.clients().search("", Integer.MAX_VALUE).clients().size());
            double p50 = BenchTable.percentileMillis(queue, 50);
            double p95 = BenchTable.percentileMillis(queue, 95);
            System.out.printf("Today queue: p50 %.1f ms, p95 %.1f ms over %d runs (after %d warm-up runs)%n", p50, p95, RUNS, WARM_UP);
            table.add(String.format("Today queue p95, %,d clients", services.clients().count()), "ms", p95,
                    "listing every client (the client list)", BenchTable.percentileMillis(names, 95), "\u2264 300 ms", p95 <= 300);
        }
    }

    private static long[] measure(java.util.function.IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.getAsInt();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += work.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return nanos;
    }
}
