package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.BulkLoader;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * How long opening a busy client takes: the data the window loads when a client is selected
 * (profile, timeline, notes, purchases) for a client with 5,000 touchpoints, in a store of
 * demo clients. A program that prints figures, not a test.
 *
 * <pre>./mvnw -B -q package -DskipTests
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.OpenClientBenchmark [demoClients]</pre>
 */
public final class OpenClientBenchmark {
    private static final int TOUCHPOINTS = 5_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    private OpenClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int demoClients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("rapport-bench");
        StoreLocation location = StoreLocation.of(folder.resolve("bench").toString());
        UUID busy;
        try (RapportServices services = RapportServices.open(location)) {
            services.demoData().load(DemoBusiness.MIXED, demoClients, 42, Progress.NONE);
            busy = services.clients().search("", 1).clients().get(0).id();
        }
        try (Store store = Store.open(location)) {
            Instant start = Instant.now().minus(800, ChronoUnit.DAYS);
            store.inTransaction(dsl -> {
                BulkLoader loader = new BulkLoader(dsl, Instant.now());
                Mood[] moods = Mood.values();
                Channel[] channels = Channel.values();
                for (int i = 0; i < TOUCHPOINTS; i++) {
                    loader.touchpoint(new Touchpoint(Ids.next(), busy, start.plus(i * 3L, ChronoUnit.HOURS), channels[i % channels.length],
                            i % 3 == 0 ? Direction.INBOUND : Direction.OUTBOUND, "Check-in number " + i + " about the service plan",
                            i % 4 == 0 ? "Agreed to call back next week" : null, moods[i % moods.length], null));
                }
                loader.flush();
                return null;
            });
        }
        try (RapportServices services = RapportServices.open(location)) {
            long[] profile = new long[RUNS];
            long[] timeline = new long[RUNS];
            long[] total = new long[RUNS];
            int entries = 0;
            for (int run = -WARM_UP; run < RUNS; run++) {
                long t0 = System.nanoTime();
                services.clients().profile(busy).orElseThrow();
                services.notes().forClient(busy);
                services.purchases().forClient(busy);
                long t1 = System.nanoTime();
                entries = services.touchpoints().timeline(busy, Set.of(), Set.of()).size();
                long t2 = System.nanoTime();
                if (run >= 0) {
                    profile[run] = t1 - t0;
                    timeline[run] = t2 - t1;
                    total[run] = t2 - t0;
                }
            }
            System.out.printf("Open a client with %,d touchpoints (%,d timeline entries) in a store of %,d demo clients; %d runs after %d warm-up%n",
                    TOUCHPOINTS, entries, demoClients, RUNS, WARM_UP);
            System.out.printf("%-34s %8s %8s %8s%n", "part", "p50 ms", "p95 ms", "p99 ms");
            print("profile + notes + purchases", profile);
            print("timeline (all kinds)", timeline);
            print("total data for one client", total);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-34s %8.1f %8.1f %8.1f%n", what, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
