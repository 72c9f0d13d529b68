package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.BriefEngine;
import app.rapport.domain.brief.BriefInput;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.BulkLoader;
import app.rapport.store.PlaybookJson;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How long a pre-call brief takes: {@code BriefEngine.build} on in-memory input for a typical
 * client (50 touchpoints) and a busy one (5,000), and {@code BriefService.brief} end to end (store
 * reads included) in a store of demo clients. A program that prints figures, not a test.
 *
 * <pre>./mvnw -B -q package -DskipTests
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.BriefBenchmark [demoClients]</pre>
 */
public final class BriefBenchmark {
    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private BriefBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int demoClients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf("%-52s %8s %8s %8s%n", "what", "p50 ms", "p95 ms", "p99 ms");
        BriefInput typical = input(50);
        BriefInput busy = input(5_000);
        measure("engine, typical client (50 touchpoints)", 5_000, 20_000, () -> BriefEngine.build(typical, NOW));
        measure("engine, busy client (5,000 touchpoints)", 500, 2_000, () -> BriefEngine.build(busy, NOW));

        Path folder = Files.createTempDirectory("rapport-brief-bench");
        StoreLocation location = StoreLocation.of(folder.resolve("bench").toString());
        UUID typicalId;
        UUID busyId;
        try (RapportServices services = RapportServices.open(location)) {
            services.demoData().load(DemoBusiness.MIXED, demoClients, 42, Progress.NONE);
            List<UUID> ids = services.clients().search("", 2).clients().stream().map(c -> c.id()).toList();
            typicalId = ids.get(1);
            busyId = ids.get(0);
        }
        try (Store store = Store.open(location)) {
            Instant start = NOW.minus(800, ChronoUnit.DAYS);
            store.inTransaction(dsl -> {
                BulkLoader loader = new BulkLoader(dsl, NOW);
                for (Touchpoint t : touchpoints(busyId, 5_000, start)) {
                    loader.touchpoint(t);
                }
                loader.flush();
                return null;
            });
        }
        try (RapportServices services = RapportServices.open(location)) {
            int typicalTouchpoints = services.briefs().input(typicalId).orElseThrow().touchpoints().size();
            measure("service end to end, demo client (" + typicalTouchpoints + " touchpoints)", 200, 1_000,
                    () -> services.briefs().brief(typicalId, NOW).orElseThrow());
            int busyTouchpoints = services.briefs().input(busyId).orElseThrow().touchpoints().size();
            measure("service end to end, busy client (" + busyTouchpoints + " touchpoints)", 30, 200,
                    () -> services.briefs().brief(busyId, NOW).orElseThrow());
        }
        System.out.printf("(store of %,d demo clients)%n", demoClients);
    }

    private static void measure(String what, int warmUp, int runs, Supplier<?> work) {
        long[] nanos = new long[runs];
        Object sink = null;
        for (int run = -warmUp; run < runs; run++) {
            long t0 = System.nanoTime();
            sink = work.get();
            long t1 = System.nanoTime();
            if (run >= 0) {
                nanos[run] = t1 - t0;
            }
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        Arrays.sort(nanos);
        System.out.printf("%-52s %8.3f %8.3f %8.3f%n", what, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static List<Touchpoint> touchpoints(UUID clientId, int count, Instant start) {
        List<Touchpoint> result = new ArrayList<>();
        Mood[] moods = Mood.values();
        Channel[] channels = Channel.values();
        long step = ChronoUnit.SECONDS.between(start, NOW.minus(1, ChronoUnit.DAYS)) / count;
        for (int i = 0; i < count; i++) {
            result.add(new Touchpoint(Ids.next(), clientId, start.plusSeconds(i * step), channels[i % channels.length],
                    i % 3 == 0 ? Direction.INBOUND : Direction.OUTBOUND, "Check-in number " + i + " about the service plan",
                    i % 4 == 0 ? "Agreed to call back next week" : null, moods[i % moods.length],
                    i % 7 == 0 ? LocalDate.ofInstant(start.plusSeconds(i * step), ZoneOffset.UTC).plusDays(7) : null));
        }
        return result;
    }

    /** A plausible client: a few purchases, touchpoints over two years, requests, a complaint, a competitor. */
    private static BriefInput input(int touchpointCount) {
        UUID clientId = Ids.next();
        Client client = new Client(clientId, ClientKind.PERSON, "Ingrid", "Solberg", "Ingrid Solberg", null, "Ingrid", null, null,
                null, null, null, Channel.CALL, List.of("vip"), Map.of(), NOW.minus(900, ChronoUnit.DAYS), NOW, null);
        Product washer = new Product(Ids.next(), "Front-loading washer", "laundry", Complexity.COMPLEX, BigDecimal.valueOf(700));
        Product filter = new Product(Ids.next(), "Water filter", "kitchen", Complexity.SIMPLE, BigDecimal.valueOf(30));
        List<Purchase> purchases = List.of(
                new Purchase(Ids.next(), clientId, washer.id(), null, TODAY.minusDays(700), BigDecimal.valueOf(700), TODAY.plusDays(20), null),
                new Purchase(Ids.next(), clientId, filter.id(), null, TODAY.minusDays(300), BigDecimal.valueOf(30), null, TODAY.plusDays(60)),
                new Purchase(Ids.next(), clientId, filter.id(), null, TODAY.minusDays(60), BigDecimal.valueOf(30), null, null));
        List<Opportunity> opportunities = List.of(
                new Opportunity(Ids.next(), clientId, OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null, null,
                        "Wants a quote for a dryer", TODAY.minusDays(20), null),
                new Opportunity(Ids.next(), clientId, OpportunityKind.REFUSAL, OpportunityStatus.LOST, null, "PRICE", null,
                        "Declined the extended warranty", TODAY.minusDays(650), TODAY.minusDays(650)),
                new Opportunity(Ids.next(), clientId, OpportunityKind.COMPLAINT, OpportunityStatus.WON, null, null, null,
                        "Late delivery", TODAY.minusDays(690), TODAY.minusDays(680)));
        List<FollowUp> followUps = List.of(new FollowUp(Ids.next(), clientId, TODAY.plusDays(5), "Send the dryer quote", null));
        Competitor rival = new Competitor(Ids.next(), "MegaMart", null, null, PriceLevel.LOWER, null);
        List<SwotItem> swot = List.of(
                new SwotItem(Ids.next(), rival.id(), Quadrant.WEAKNESS, "No installation service", null, null, null, 0),
                new SwotItem(Ids.next(), rival.id(), Quadrant.WEAKNESS, "Call-centre support only", null, null, null, 1),
                new SwotItem(Ids.next(), rival.id(), Quadrant.STRENGTH, "Lower prices", null, null, null, 0));
        List<BriefInput.LinkedCompetitor> competitors = List.of(new BriefInput.LinkedCompetitor(rival,
                new CompetitorLink(Ids.next(), clientId, rival.id(), CompetitorRelation.MENTIONED, TODAY.minusDays(20), null), swot));
        List<SwotItem> ours = List.of(new SwotItem(Ids.next(), null, Quadrant.STRENGTH, "We install and service at home", null, null, null, 0));
        return new BriefInput(client, purchases, Map.of(washer.id(), washer, filter.id(), filter),
                touchpoints(clientId, touchpointCount, NOW.minus(720, ChronoUnit.DAYS)), opportunities, followUps, competitors, ours,
                BriefSettings.DEFAULTS, PlaybookJson.defaults(), ZoneOffset.UTC, List.of());
    }
}
