package app.rapport.service;

import app.rapport.domain.DisplayFormat;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayQueue;
import app.rapport.domain.today.TodayReason;
import app.rapport.domain.today.TodaySettings;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.TodayRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Today queue: whom to contact and why; what kind of conversation to have is each client's brief's to say. */
public final class TodayService {
    /**
     * How many rows the home screen shows: more than anyone contacts in a day, few enough to read
     * quickly from a book of 100,000 (the rest are counted by reason).
     */
    public static final int SHOWN = 500;

    private final Store store;
    private final Clock clock;
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
            TodayQueue.Page page = TodayQueue.order(repository.candidates(today, brief, settings), today, limit, repository::names);
            return new Today(today, page, List.copyOf(warnings));
        });
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
