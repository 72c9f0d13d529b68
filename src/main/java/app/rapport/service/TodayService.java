package app.rapport.service;

import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayQueue;
import app.rapport.domain.today.TodaySettings;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.TodayRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Today queue: whom to contact, why, and what kind of conversation to have. */
public final class TodayService {
    private final Store store;
    private final Clock clock;

    public TodayService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The queue as of now. */
    public Today queue() {
        return queue(clock.instant());
    }

    /**
     * The queue as of {@code at}, on that instant's calendar day in the user's zone, most urgent
     * first. Unreadable settings keep their defaults and are named in {@link Today#warnings()}.
     */
    public Today queue(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        return store.inTransaction(dsl -> {
            List<String> warnings = new ArrayList<>();
            Map<String, String> values = new SettingRepository(dsl).all();
            BriefSettings brief = BriefSettings.from(values, warnings);
            TodaySettings settings = TodaySettings.from(values, warnings);
            List<TodayItem> items = TodayQueue.order(new TodayRepository(dsl).candidates(today, brief, settings));
            return new Today(today, items, List.copyOf(warnings));
        });
    }

    /** The queue of {@code day}, and problems met reading the settings. */
    public record Today(LocalDate day, List<TodayItem> items, List<String> warnings) {
        public Today {
            items = List.copyOf(items);
        }
    }
}
