package app.rapport.service;

import app.rapport.demo.DemoRating;
import app.rapport.domain.Ids;
import app.rapport.demo.DemoBusiness;
import app.rapport.demo.DemoCatalog;
import app.rapport.demo.DemoClient;
import app.rapport.demo.DemoGenerator;
import app.rapport.demo.DemoMessaging;
import app.rapport.domain.PositioningRating;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.segment.Segment;
import app.rapport.store.BulkLoader;
import app.rapport.store.CompetitorRepository;
import app.rapport.store.MessageTemplateRepository;
import app.rapport.store.SegmentRepository;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Fills a store with realistic demo data. One thread generates the clients and makes their rows
 * while the caller's thread writes them;
 * every chunk of clients is committed on its own, so a cancelled load keeps what it wrote.
 */
public final class DemoDataService {
    private static final int CHUNK = 1_000;
    private static final Chunk END = new Chunk(null, 0, 0);

    private final Store store;
    private final Clock clock;

    public DemoDataService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Rates the demo's factors, adding any factor the store does not have yet (by name, ignoring case). */
    private static void positioning(CompetitorRepository competitors, List<DemoRating> ratings, Instant anchor, long seed) {
        SplittableRandom ids = new SplittableRandom(~seed);
        Map<String, UUID> factors = new HashMap<>();
        competitors.factors().forEach(f -> factors.put(f.name().toLowerCase(Locale.ROOT), f.id()));
        for (DemoRating rating : ratings) {
            UUID factor = factors.computeIfAbsent(rating.factor().toLowerCase(Locale.ROOT), name -> {
                UUID id = Ids.seeded(anchor, ids);
                competitors.saveFactor(id, rating.factor());
                return id;
            });
            competitors.putRating(new PositioningRating(factor, rating.competitorId(), rating.rating(), rating.note()), Ids.seeded(anchor, ids));
        }
    }

    public DemoResult load(DemoBusiness business, int clientCount, long seed, Progress progress) {
        if (clientCount < 0) {
            throw new IllegalArgumentException("The number of clients cannot be negative: " + clientCount);
        }
        return store.inBulkMode(() -> {
            Instant started = clock.instant();
            DemoResult loaded = store.withClientIndexesMadeAfter(() -> loadInBulk(business, clientCount, seed, progress, started));
            // the time it took counts the indexes made after the rows
            return new DemoResult(loaded.clients(), loaded.touchpoints(), Duration.between(started, clock.instant()), loaded.cancelled());
        });
    }

    private DemoResult loadInBulk(DemoBusiness business, int clientCount, long seed, Progress progress, Instant started) {
        Instant anchor = anchorOf(started);
        DemoGenerator generator = new DemoGenerator(seed, business, anchor);
        DemoCatalog catalog = generator.catalog();
        RowIds rowIds = new RowIds(anchor, new SplittableRandom(seed * 31 + 17));
        Supplier<BulkLoader.Batch> batches = store.inTransaction(dsl -> {
            CompetitorRepository competitors = new CompetitorRepository(dsl);
            if (catalog.competitors().stream().anyMatch(competitor -> competitors.findCompetitor(competitor.id()).isPresent())) {
                throw new IllegalArgumentException("This store already holds the " + business.name().toLowerCase(Locale.ROOT)
                        + " demo of seed " + seed + " made today; add another with a different --seed, or make a new store with --db."
                        + " Nothing was added.");
            }
            BulkLoader loader = new BulkLoader(dsl, anchor);
            catalog.products().forEach(loader::product);
            catalog.competitors().forEach(loader::competitor);
            catalog.swotItems().forEach(loader::swotItem);
            loader.flush();
            positioning(competitors, catalog.ratings(), anchor, seed);
            return BulkLoader.batches(dsl, anchor, rowIds::next);
        });

        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(4);
        ExecutorService helpers = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-data");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> generating = helpers.submit(() -> {
            for (int from = 0; from < clientCount && !progress.isCancelled(); from += CHUNK) {
                List<DemoClient> demos = new ArrayList<>(CHUNK);
                for (int index = from; index < Math.min(clientCount, from + CHUNK); index++) {
                    demos.add(generator.client(index));
                }
                chunks.put(rowsOf(demos, batches.get()));
            }
            chunks.put(END);
            return null;
        });
        long clients = 0;
        long touchpoints = 0;
        try {
            for (Chunk chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                if (progress.isCancelled()) {
                    continue;
                }
                write(chunk.rows, anchor);
                touchpoints += chunk.touchpoints;
                clients += chunk.clients;
                progress.update(clients, clientCount, "Loaded " + clients + " of " + clientCount + " demo clients");
            }
            generating.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Loading demo data was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading demo data failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            helpers.shutdownNow();
        }
        long loadedClients = clients;
        store.inTransaction(dsl -> {
            addDemoMessaging(dsl, business, anchor, seed);
            return null;
        });
        return new DemoResult(clients, touchpoints, Duration.between(started, clock.instant()), progress.isCancelled());
    }

    /** The demo's saved segments and message templates, each unless one of its name is there already. */
    /** The ids of the clients' phone and email rows: from the seed, in load order (so each lands at the end of its index). */
    private static final class RowIds {
        private final Instant base;
        private final SplittableRandom random;
        private long sequence;

        RowIds(Instant base, SplittableRandom random) {
            this.base = base;
            this.random = random;
        }

        UUID next() {
            return Ids.sequential(base, sequence++, random);
        }
    }

    /**
     * The instant the demo's history is told up to: the start of today's day (UTC), not the
     * moment of loading, so the same seed and arguments give the same records all day, while the
     * demo still reads as recent (its last touchpoints days ago, its follow-ups due soon).
     */
    static Instant anchorOf(Instant loading) {
        return loading.truncatedTo(ChronoUnit.DAYS);
    }

    private static void addDemoMessaging(DSLContext dsl, DemoBusiness business, Instant now, long seed) {
        SplittableRandom ids = new SplittableRandom(seed);
        SettingRepository settings = new SettingRepository(dsl);
        String businessName = settings.all().get(MessageService.BUSINESS_NAME_SETTING);
        if (businessName == null || businessName.isBlank()) {
            settings.put(MessageService.BUSINESS_NAME_SETTING, DemoMessaging.businessName(business));
        }
        SegmentRepository segments = new SegmentRepository(dsl);
        for (Segment segment : DemoMessaging.segments()) {
            if (!segments.nameTaken(segment.name(), null)) {
                segments.save(new Segment(Ids.seeded(now, ids), segment.name(), segment.criteria(), now, now));
            }
        }
        MessageTemplateRepository templates = new MessageTemplateRepository(dsl);
        for (MessageTemplate template : DemoMessaging.templates()) {
            if (!templates.nameTaken(template.name(), null)) {
                templates.save(new MessageTemplate(Ids.seeded(now, ids), template.name(), template.channel(), template.subject(), template.body(), now, now));
            }
        }
    }

    /** A chunk of demo clients as the rows to write, made on the generating thread so that the writing one only writes. */
    private static final class Chunk {
        private final BulkLoader.Batch rows;
        private final int clients;
        private final long touchpoints;

        Chunk(BulkLoader.Batch rows, int clients, long touchpoints) {
            this.rows = rows;
            this.clients = clients;
            this.touchpoints = touchpoints;
        }
    }

    private static Chunk rowsOf(List<DemoClient> demos, BulkLoader.Batch rows) {
        long touchpoints = 0;
        for (DemoClient demo : demos) {
            rows.client(demo.client());
        }
        for (DemoClient demo : demos) {
            demo.purchases().forEach(rows::purchase);
            demo.touchpoints().forEach(rows::touchpoint);
            demo.notes().forEach(rows::note);
            demo.opportunities().forEach(rows::opportunity);
            demo.competitorLinks().forEach(rows::competitorLink);
            demo.followUps().forEach(rows::followUp);
            touchpoints += demo.touchpoints().size();
        }
        return new Chunk(rows, demos.size(), touchpoints);
    }

    private void write(BulkLoader.Batch rows, Instant anchor) {
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, anchor);
            loader.add(rows);
            loader.finish();
            return null;
        });
    }

    public record DemoResult(long clients, long touchpoints, Duration elapsed, boolean cancelled) {
    }
}
