package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Complexity;
import app.rapport.domain.ClientSort;
import app.rapport.domain.DisplayFormat;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.dashboard.Chart;
import app.rapport.domain.dashboard.Chart.Bar;
import app.rapport.domain.dashboard.Chart.Series;
import app.rapport.domain.dashboard.GhostingHistory;
import app.rapport.domain.dashboard.GhostingHistory.PurchaseDay;
import app.rapport.domain.dashboard.MoodGroup;
import app.rapport.domain.dashboard.Slice;
import app.rapport.store.ClientRepository;
import app.rapport.store.DashboardRepository;
import app.rapport.store.SegmentConditions;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import org.jooq.Condition;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The owner's dashboard: the state of every relationship at a glance, as bar charts whose bars
 * know the clients behind them. Everything is read from the store when asked (call it off the FX
 * thread); days are the user's days.
 */
public final class DashboardService {
    /** How far back the charts over time look. */
    public static final int MONTHS = 12;
    public static final int WEEKS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final int LISTED_AT_MOST = 200_000;

    private final Store store;
    private final Clock clock;
    private final Locale userLocale;

    /** Dates written in British English unless a setting chooses otherwise, as the tests are written. */
    public DashboardService(Store store, Clock clock) {
        this(store, clock, DisplayFormat.BRITISH.locale());
    }

    /** {@code userLocale}: how the user reads dates and amounts unless the setting {@value DisplayFormat#LOCALE_SETTING} says otherwise. */
    public DashboardService(Store store, Clock clock, Locale userLocale) {
        this.store = store;
        this.clock = clock;
        this.userLocale = userLocale;
    }

    /** Every chart, in the order the dashboard shows them. */
    public List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        charts.add(clientsByPhase());
        charts.add(moodByMonth());
        charts.add(ghostedByMonth());
        charts.add(refusalReasons());
        charts.add(opportunityOutcomes());
        charts.add(touchpointsByWeek());
        return charts;
    }

    public Chart clientsByPhase() {
        ClientRepository clients = new ClientRepository(store.dsl());
        List<Bar> bars = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            bars.add(new Bar(phase.label(), clients.countMatching("", null, inPhase(phase)), new Slice.InPhase(phase)));
        }
        return new Chart("Clients by phase", "Clients", bars.stream().map(Bar::category).toList(), List.of(new Series("Clients", bars)));
    }

    public Chart moodByMonth() {
        ZoneId zone = zone();
        YearMonth now = YearMonth.from(today());
        YearMonth first = now.minusMonths(MONTHS - 1);
        Map<YearMonth, Map<MoodGroup, Long>> counts = new TreeMap<>();
        for (int i = 0; i < MONTHS; i++) {
            counts.put(first.plusMonths(i), new EnumMap<>(MoodGroup.class));
        }
        new DashboardRepository(store.dsl()).touchpointsSince(first.atDay(1).atStartOfDay(zone).toInstant(), (at, channel, mood) -> {
            if (mood != null) {
                Map<MoodGroup, Long> month = counts.get(YearMonth.from(at.atZone(zone)));
                if (month != null) {
                    month.merge(MoodGroup.of(mood), 1L, Long::sum);
                }
            }
        });
        List<String> categories = counts.keySet().stream().map(MONTH::format).toList();
        List<Series> series = new ArrayList<>();
        for (MoodGroup group : MoodGroup.values()) {
            List<Bar> bars = new ArrayList<>();
            counts.forEach((month, groups) -> bars.add(new Bar(MONTH.format(month), groups.getOrDefault(group, 0L),
                    new Slice.MoodInMonth(month, group))));
            series.add(new Series(group.label(), bars));
        }
        return new Chart("Mood at touchpoints, by month", "Touchpoints", categories, series);
    }

    public Chart ghostedByMonth() {
        List<LocalDate> days = monthEnds();
        Map<UUID, List<PurchaseDay>> purchases = purchaseDays();
        long[] counts = new long[days.size()];
        for (List<PurchaseDay> client : purchases.values()) {
            for (int i = 0; i < days.size(); i++) {
                if (GhostingHistory.ghostedOn(client, days.get(i))) {
                    counts[i]++;
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            bars.add(new Bar(MONTH.format(days.get(i)), counts[i], new Slice.GhostedOn(days.get(i))));
        }
        return new Chart("Clients being ghosted, at each month's end", "Clients", bars.stream().map(Bar::category).toList(),
                List.of(new Series("Ghosted", bars)));
    }

    public Chart refusalReasons() {
        List<Bar> bars = new ArrayList<>();
        new DashboardRepository(store.dsl()).refusalsByReason().values().forEach(reason ->
                bars.add(new Bar(reason.label(), reason.count(), new Slice.RefusedFor(reason.code(), reason.label()))));
        return new Chart("Refusals by reason", "Refusals", bars.stream().map(Bar::category).toList(), List.of(new Series("Refusals", bars)));
    }

    public Chart opportunityOutcomes() {
        Map<OpportunityKind, Map<OpportunityStatus, Long>> counts = new DashboardRepository(store.dsl()).opportunitiesByKindAndStatus();
        List<String> categories = new ArrayList<>();
        for (OpportunityKind kind : OpportunityKind.values()) {
            categories.add(label(kind));
        }
        List<Series> series = new ArrayList<>();
        for (OpportunityStatus status : List.of(OpportunityStatus.WON, OpportunityStatus.LOST)) {
            List<Bar> bars = new ArrayList<>();
            for (OpportunityKind kind : OpportunityKind.values()) {
                bars.add(new Bar(label(kind), counts.getOrDefault(kind, Map.of()).getOrDefault(status, 0L), new Slice.Opportunities(kind, status)));
            }
            series.add(new Series(label(status), bars));
        }
        return new Chart("Opportunities won and lost, by kind", "Opportunities", categories, series);
    }

    public Chart touchpointsByWeek() {
        ZoneId zone = zone();
        LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1);
        Map<LocalDate, Map<Channel, Long>> counts = new TreeMap<>();
        for (int i = 0; i < WEEKS; i++) {
            counts.put(firstWeek.plusWeeks(i), new EnumMap<>(Channel.class));
        }
        new DashboardRepository(store.dsl()).touchpointsSince(firstWeek.atStartOfDay(zone).toInstant(), (at, channel, mood) -> {
            LocalDate week = LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Map<Channel, Long> byChannel = counts.get(week);
            if (byChannel != null) {
                byChannel.merge(channel, 1L, Long::sum);
            }
        });
        List<String> categories = counts.keySet().stream().map(WEEK::format).toList();
        List<Series> series = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            List<Bar> bars = new ArrayList<>();
            counts.forEach((week, byChannel) -> bars.add(new Bar(WEEK.format(week), byChannel.getOrDefault(channel, 0L),
                    new Slice.TouchpointsInWeek(week, channel))));
            series.add(new Series(label(channel), bars));
        }
        return new Chart("Touchpoints per week, by channel", "Touchpoints", categories, series);
    }

    /** The clients behind one bar, by name. */
    public List<ClientSummary> clients(Slice slice) {
        ZoneId zone = zone();
        Condition among;
        if (slice instanceof Slice.InPhase p) {
            among = inPhase(p.phase());
        } else if (slice instanceof Slice.MoodInMonth m) {
            among = DashboardRepository.touchedBetween(m.month().atDay(1).atStartOfDay(zone).toInstant(),
                    m.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), DashboardRepository.moodIn(m.group().moods()));
        } else if (slice instanceof Slice.GhostedOn g) {
            among = DashboardRepository.idIn(ghostedOn(g.day()));
        } else if (slice instanceof Slice.RefusedFor r) {
            among = DashboardRepository.refusedFor(r.reasonCode());
        } else if (slice instanceof Slice.Opportunities o) {
            among = DashboardRepository.withOpportunity(o.kind(), o.status());
        } else if (slice instanceof Slice.TouchpointsInWeek w) {
            among = DashboardRepository.touchedBetween(w.weekStart().atStartOfDay(zone).toInstant(),
                    w.weekStart().plusWeeks(1).atStartOfDay(zone).toInstant(), DashboardRepository.channelIs(w.channel()));
        } else {
            throw new IllegalArgumentException("Unknown chart slice " + slice);
        }
        return new ClientRepository(store.dsl()).search("", ClientSort.NAME, null, among, LISTED_AT_MOST);
    }

    private Condition inPhase(Phase phase) {
        return SegmentConditions.inPhase(phase, today(), settings());
    }

    private BriefSettings settings() {
        return BriefSettings.from(new SettingRepository(store.dsl()).all(), userLocale, new ArrayList<>());
    }

    private Set<UUID> ghostedOn(LocalDate day) {
        Set<UUID> ids = new HashSet<>();
        purchaseDays().forEach((client, purchases) -> {
            if (GhostingHistory.ghostedOn(purchases, day)) {
                ids.add(client);
            }
        });
        return ids;
    }

    private Map<UUID, List<PurchaseDay>> purchaseDays() {
        BriefSettings settings = settings();
        return new DashboardRepository(store.dsl()).purchaseDays(zone(), complexity -> complexity == Complexity.COMPLEX
                ? settings.ghostingWindowDaysComplex() : settings.ghostingWindowDaysSimple());
    }

    /** The last day of each of the last months, this month's being today. */
    private List<LocalDate> monthEnds() {
        LocalDate today = today();
        List<LocalDate> days = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 1; i--) {
            days.add(YearMonth.from(today).minusMonths(i).atEndOfMonth());
        }
        days.add(today);
        return days;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    private static String label(Enum<?> value) {
        String name = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
