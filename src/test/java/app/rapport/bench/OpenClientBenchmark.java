package app.rapport.bench;

import app.rapport.service.RapportServices;
import app.rapport.service.TouchpointService;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * Opening a busy client: the data the window loads when a client with 5,000 touchpoints is
 * selected (profile, notes, purchases, the timeline's first page and the brief), against one plain
 * query that reads all the client's touchpoint rows. Part of {@link BenchmarkSuite}.
 */
final class OpenClientBenchmark {
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    private OpenClientBenchmark() {
    }

    static void run(StoreLocation location, UUID busy, BenchTable table) {
        long[] plain = new long[RUNS];
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            for (int run = -WARM_UP; run < RUNS; run++) {
                long t0 = System.nanoTime();
                store.dsl().selectFrom(TOUCHPOINT).where(TOUCHPOINT.CLIENT_ID.eq(busy)).fetch();
                if (run >= 0) {
                    plain[run] = System.nanoTime() - t0;
                }
            }
        }
        long[] total = new long[RUNS];
        int pageEntries = 0;
        int allEntries;
        try (RapportServices services = RapportServices.open(location)) {
            for (int run = -WARM_UP; run < RUNS; run++) {
                long t0 = System.nanoTime();
                services.clients().profile(busy).orElseThrow();
                services.notes().forClient(busy);
                services.purchases().forClient(busy);
                pageEntries = services.touchpoints().timelinePage(busy, Set.of(), Set.of(), TouchpointService.TIMELINE_PAGE_SIZE)
                        .entries().size();
                services.briefs().brief(busy, Instant.now()).orElseThrow();
                if (run >= 0) {
                    total[run] = System.nanoTime() - t0;
                }
            }
            allEntries = services.touchpoints().timeline(busy, Set.of(), Set.of()).size();
        }
        double value = BenchTable.percentileMillis(total, 95);
        table.add(String.format("Open a client (profile, timeline page of %,d of %,d entries, brief) p95", pageEntries, allEntries),
                "ms", value,
                "one query for its touchpoints", BenchTable.percentileMillis(plain, 95), "\u2264 30 ms", value <= 30);
    }
}
