package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
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
import app.rapport.service.RapportServices;
import app.rapport.store.PlaybookJson;
import app.rapport.store.StoreLocation;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How long a pre-call brief takes: {@code BriefEngine.build} on in-memory input for a typical
 * client (50 touchpoints) and a busy one (5,000), against one plain pass over the same touchpoints
 * (the least any brief must do); and {@code BriefService.brief} end to end, store reads included,
 * against loading its input alone. Part of {@link BenchmarkSuite}.
 */
final class BriefBenchmark {
    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private BriefBenchmark() {
    }

    static void run(StoreLocation location, UUID typicalId, UUID busyId, BenchTable table) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(BriefEngineJmh.class.getName())
                .verbosity(VerboseMode.SILENT).build()).run();
        for (int count : new int[] {50, 5_000}) {
            boolean typical = count == 50;
            double engine = p95(results, "engine", count);
            table.add(String.format("Brief engine p95 (JMH), %,d touchpoints", count), "ms", engine, "one pass over the touchpoints",
                    p95(results, "onePass", count), typical ? "\u2264 10 ms" : "\u2264 20 ms", engine <= (typical ? 10 : 20));
        }
        fromStore(location, typicalId, busyId, table);
    }

    /** {@code BriefService.brief} end to end for a typical and a busy client, against loading its input alone. */
    static void fromStore(StoreLocation location, UUID typicalId, UUID busyId, BenchTable table) {
        try (RapportServices services = RapportServices.open(location)) {
            for (UUID id : List.of(typicalId, busyId)) {
                int count = services.briefs().input(id).orElseThrow().touchpoints().size();
                boolean typical = count <= 50;
                double brief = measure(typical ? 200 : 30, typical ? 1_000 : 200, () -> services.briefs().brief(id, NOW).orElseThrow());
                double load = measure(typical ? 200 : 30, typical ? 1_000 : 200, () -> services.briefs().input(id).orElseThrow());
                table.add(String.format("Brief from the store p95, %,d touchpoints", count), "ms", brief, "loading its input alone", load,
                        typical ? "≤ 10 ms" : "≤ 20 ms", brief <= (typical ? 10 : 20));
            }
        }
    }

    private static double p95(Collection<RunResult> results, String method, int touchpoints) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method)
                        && result.getParams().getParam("touchpoints").equals(String.valueOf(touchpoints)))
                .findFirst().orElseThrow().getPrimaryResult().getStatistics().getPercentile(95);
    }

    static Mood latestMood(BriefInput input) {
        Touchpoint latest = null;
        for (Touchpoint touchpoint : input.touchpoints()) {
            if (latest == null || touchpoint.occurredAt().isAfter(latest.occurredAt())) {
                latest = touchpoint;
            }
        }
        return latest == null ? Mood.NEUTRAL : latest.mood() == null ? Mood.NEUTRAL : latest.mood();
    }

    /** The 95th percentile, in milliseconds, of {@code runs} calls after {@code warmUp} unmeasured ones. */
    private static double measure(int warmUp, int runs, Supplier<?> work) {
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
        return BenchTable.percentileMillis(nanos, 95);
    }

    static List<Touchpoint> touchpoints(UUID clientId, int count, Instant start) {
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
    static BriefInput input(int touchpointCount) {
        UUID clientId = Ids.next();
        Client client = ClientBuilder.named("Ingrid Solberg").id(clientId).addressAs("Ingrid").preferredChannel(Channel.CALL).tags("vip")
                .createdAt(NOW.minus(900, ChronoUnit.DAYS)).updatedAt(NOW).build();
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
                touchpoints(clientId, touchpointCount, NOW.minus(720, ChronoUnit.DAYS)), notes(clientId), opportunities, followUps,
                competitors, ours,
                BriefSettings.DEFAULTS, PlaybookJson.defaults(), ZoneOffset.UTC, List.of());
    }

    /** A pinned caution and a few ordinary notes, as a real client has. */
    private static List<app.rapport.domain.Note> notes(java.util.UUID clientId) {
        return List.of(
                new app.rapport.domain.Note(Ids.next(), clientId, "Hard of hearing; speak slowly and clearly.", true,
                        NOW.minus(300, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS)),
                new app.rapport.domain.Note(Ids.next(), clientId, "Keeps the receipts in a folder by the door.", false,
                        NOW.minus(90, ChronoUnit.DAYS), NOW.minus(90, ChronoUnit.DAYS)),
                new app.rapport.domain.Note(Ids.next(), clientId, "Do not call before 10am.", false,
                        NOW.minus(30, ChronoUnit.DAYS), NOW.minus(30, ChronoUnit.DAYS)));
    }
}
