package app.rapport.service;

import app.rapport.domain.DisplayFormat;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.change.Change;
import app.rapport.domain.today.TodayCandidate;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayQueue;
import app.rapport.domain.today.TodayReason;
import app.rapport.domain.today.TodaySettings;
import app.rapport.store.ChangeLog;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.TodayRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The Today queue: whom to contact and why; what kind of conversation to have is each client's brief's to say. */
public final class TodayService {
    /**
     * How many rows the home screen shows: more than anyone contacts in a day, few enough to read
     * quickly from a book of 100,000 (the rest are counted by reason).
     */
    public static final int SHOWN = 500;

    private final Store store;
    private final Clock clock;
    private final FollowedQueue kept = new FollowedQueue();
    private final Locale userLocale;

    /** Dates written in British English unless a setting chooses otherwise, as the tests are written. */
    public TodayService(Store store, Clock clock) {
        this(store, clock, DisplayFormat.BRITISH.locale());
    }

    /** {@code userLocale}: how the user reads dates and amounts unless the setting {@value DisplayFormat#LOCALE_SETTING} says otherwise. */
    public TodayService(Store store, Clock clock, Locale userLocale) {
        this.store = store;
        this.clock = clock;
        this.userLocale = userLocale;
    }

    /** The {@link #SHOWN} most urgent rows of the queue as of now, and every client counted by reason. */
    public Today queue() {
        return queue(clock.instant());
    }

    /** The first {@code limit} rows of the queue as of now ({@code Integer.MAX_VALUE}: all), and every client counted by reason. */
    public Today queue(int limit) {
        return queue(clock.instant(), limit);
    }

    /** The {@link #SHOWN} most urgent rows of the queue as of {@code at}, and every client counted by reason. */
    public Today queue(Instant at) {
        return queue(at, SHOWN);
    }

    /**
     * The queue as of {@code at}, on that instant's calendar day in the user's zone, most urgent
     * first: its first {@code limit} rows ({@code Integer.MAX_VALUE}: all), and how many clients
     * it holds under each reason. Unreadable settings keep their defaults and are named in
     * {@link Today#warnings()}.
     */
    public Today queue(Instant at, int limit) {
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        return store.inTransaction(dsl -> {
            List<String> warnings = new ArrayList<>();
            Map<String, String> values = new SettingRepository(dsl).all();
            BriefSettings brief = BriefSettings.from(values, userLocale, warnings);
            TodaySettings settings = TodaySettings.from(values, warnings);
            TodayRepository repository = new TodayRepository(dsl);
            synchronized (kept) {
                kept.catchUp(new ChangeLog(dsl), repository, today, values, brief, settings);
                TodayQueue.Page page = kept.queue.page(limit, ids -> kept.names(ids, repository));
                if (limit <= SHOWN) {
                    // The screen's rows say how to reach each client; a script's whole queue does without.
                    page = page.withReach(kept.reach(page.items().stream().map(TodayItem::clientId).toList(), repository));
                }
                return new Today(today, page, List.copyOf(warnings));
            }
        });
    }

    /**
     * The queue, kept between calls and brought up to date from the change log: only
     * the clients changed since the last call are read again, so showing Today does not grow with
     * the book. A new day, other settings, a changed product (its name or kind is in the reasons),
     * an erase, or more changes than are worth following one by one read everything again.
     */
    private static final class FollowedQueue {
        /** Past this many changes since the last call, reading everything again is quicker than following them. */
        private static final int MOST_CHANGES_FOLLOWED = 2_000;
        private static final Set<String> CHANGING_EVERYONE = Set.of("product", "setting");

        private Map<String, String> settings;
        private long seq = -1;
        private TodayQueue.Kept queue;
        private final Map<UUID, String> names = new HashMap<>();
        private final Map<UUID, TodayItem.Reach> reach = new HashMap<>();

        void catchUp(ChangeLog log, TodayRepository repository, LocalDate today, Map<String, String> values, BriefSettings brief,
                     TodaySettings todaySettings) {
            if (queue != null && today.equals(queue.day()) && values.equals(settings)) {
                List<Change> changes = log.changesOnly(seq, null, MOST_CHANGES_FOLLOWED + 1);
                Set<UUID> touched = touchedClients(changes);
                if (touched != null) {
                    // the cursor is the last change read before the clients were: a commit in between is read again next time
                    long caughtUpTo = changes.isEmpty() ? seq : changes.get(changes.size() - 1).seq();
                    readAgain(touched, repository, today, brief, todaySettings);
                    seq = caughtUpTo;
                    return;
                }
            }
            long caughtUpTo = log.lastSeq();
            TodayQueue.Kept whole = new TodayQueue.Kept(today);
            byClient(repository.candidates(today, brief, todaySettings)).forEach(whole::put);
            queue = whole;
            settings = Map.copyOf(values);
            seq = caughtUpTo;
            names.clear();
            reach.clear();
        }

        private static Map<UUID, List<TodayCandidate>> byClient(List<TodayCandidate> candidates) {
            Map<UUID, List<TodayCandidate>> byClient = new HashMap<>();
            for (TodayCandidate candidate : candidates) {
                byClient.computeIfAbsent(candidate.clientId(), id -> new ArrayList<>(2)).add(candidate);
            }
            return byClient;
        }

        /** The clients these changes are about, or null when they call for reading everything again. */
        private static Set<UUID> touchedClients(List<Change> changes) {
            if (changes.size() > MOST_CHANGES_FOLLOWED) {
                return null;
            }
            Set<UUID> touched = new HashSet<>();
            for (Change change : changes) {
                if (change.operation() == Change.Operation.ERASE || CHANGING_EVERYONE.contains(change.entity())) {
                    return null;
                }
                if (change.clientId() != null) {
                    touched.add(change.clientId());
                }
            }
            return touched;
        }

        private void readAgain(Set<UUID> touched, TodayRepository repository, LocalDate today, BriefSettings brief,
                               TodaySettings todaySettings) {
            Map<UUID, List<TodayCandidate>> found = byClient(repository.candidatesOf(touched, today, brief, todaySettings));
            for (UUID client : touched) {
                names.remove(client);
                reach.remove(client);
                queue.put(client, found.getOrDefault(client, List.of()));
            }
        }

        Map<UUID, String> names(Collection<UUID> clients, TodayRepository repository) {
            return known(names, clients, repository::names);
        }

        Map<UUID, TodayItem.Reach> reach(Collection<UUID> clients, TodayRepository repository) {
            return known(reach, clients, repository::reach);
        }

        /** What {@code kept} knows of these clients, asking {@code read} only for those it does not know yet. */
        private static <T> Map<UUID, T> known(Map<UUID, T> kept, Collection<UUID> clients, Function<Collection<UUID>, Map<UUID, T>> read) {
            List<UUID> unknown = clients.stream().filter(client -> !kept.containsKey(client)).toList();
            if (!unknown.isEmpty()) {
                kept.putAll(read.apply(unknown));
            }
            Map<UUID, T> asked = new HashMap<>(clients.size() * 2);
            clients.forEach(client -> {
                T value = kept.get(client);
                if (value != null) {
                    asked.put(client, value);
                }
            });
            return asked;
        }
    }

    /**
     * The queue of {@code day}: its most urgent rows, how many clients it holds under each reason
     * (their most urgent one), how many of them are late, and problems met reading the settings.
     */
    public record Today(LocalDate day, TodayQueue.Page queue, List<String> warnings) {
        /** The most urgent rows, as many as were asked for. */
        public List<TodayItem> items() {
            return queue.items();
        }

        /** How many clients the whole queue holds under each reason (their most urgent one). */
        public Map<TodayReason, Integer> counts() {
            return queue.counts();
        }

        /** How many clients in the queue are late. */
        public int late() {
            return queue.late();
        }

        /** Every client in the queue, shown or not. */
        public int total() {
            return queue.total();
        }

        /** Clients in the queue beyond {@link #items()}. */
        public int notShown() {
            return queue.notShown();
        }

        /** The clients beyond {@link #items()}, counted by reason (reasons with none left out), most urgent first. */
        public Map<TodayReason, Integer> notShownByReason() {
            return queue.notShownByReason();
        }
    }
}
