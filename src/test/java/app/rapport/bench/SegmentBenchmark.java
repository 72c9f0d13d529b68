package app.rapport.bench;

import app.rapport.demo.DemoMessaging;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.domain.brief.Phase;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Segment counts on a big demo store: how long the segment editor's live count and
 * {@code rapport segment NAME --count} take for typical segments (the demo's saved ones and a
 * combination), against counting every client in the same run. Target (issue 6 and 8): p95 at most
 * 300 ms on 100,000 clients.
 * <pre>
 * java -jar target/rapport.jar --db /tmp/segments-bench/big demo --clients 100000     (once, about a minute)
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.SegmentBenchmark /tmp/segments-bench/big
 * </pre>
 */
public final class SegmentBenchmark {
    private static final int RUNS = 30;
    private static final int WARM_UP = 5;
    private static final double TARGET_MS = 300;

    private SegmentBenchmark() {
    }

    public static void main(String[] args) {
        String db = args.length > 0 ? args[0] : "/tmp/segments-bench/big";
        BenchTable table = new BenchTable();
        run(StoreLocation.of(db), table);
        table.print();
    }

    /** Adds one row per segment: p95 of its count, beside the p95 of counting every client. */
    static void run(StoreLocation location, BenchTable table) {
        try (RapportServices services = RapportServices.open(location)) {
            List<Segment> segments = new ArrayList<>(DemoMessaging.segments());
            segments.add(new Segment(null, "Mature or lapsed, tagged, spent 200+, quiet 30 days",
                    SegmentCriteria.EVERYONE.withPhases(Set.of(Phase.MATURE, Phase.LAPSED))
                            .withTags(Set.copyOf(services.clients().tags().subList(0, Math.min(3, services.clients().tags().size()))))
                            .withSpent(new java.math.BigDecimal("200"), null).withContact(null, null, 30, null), null, null));
            long[] everyone = time(services, SegmentCriteria.EVERYONE);
            double baseline = BenchTable.percentileMillis(everyone, 95);
            System.out.printf("Segment counts over %,d clients, %d runs each after %d to warm up%n", services.clients().count(), RUNS, WARM_UP);
            for (Segment segment : segments) {
                long[] timings = time(services, segment.criteria());
                double p50 = BenchTable.percentileMillis(timings, 50);
                double p95 = BenchTable.percentileMillis(timings, 95);
                System.out.printf("  %-55s %,7d clients   p50 %6.1f ms   p95 %6.1f ms%n", segment.name(),
                        services.segments().count(segment.criteria()), p50, p95);
                table.add("Segment count p95: " + segment.name(), "ms", p95, "count of all clients p95", baseline,
                        "\u2264 " + (int) TARGET_MS + " ms", p95 <= TARGET_MS);
            }
        }
    }

    private static long[] time(RapportServices services, SegmentCriteria criteria) {
        long[] timings = new long[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            long t0 = System.nanoTime();
            services.segments().count(criteria);
            if (run >= 0) {
                timings[run] = System.nanoTime() - t0;
            }
        }
        return timings;
    }
}
