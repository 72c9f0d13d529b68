package app.rapport.store;

import app.rapport.domain.DisplayFormat;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.today.TodayCandidate;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.domain.today.TodaySettings;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;

/**
 * Finds every reason to contact a client on a given day. The reasons that live in the per-client
 * state ({@link ClientStateRepository}) are decided in one pass over it, each by its SQL condition;
 * follow-ups, complaints, warranty ends and renewals are then read from their own tables (by index
 * where there is one) and matched with that pass in memory, so no query looks clients up one by one
 * in the client table. A client contacted on that day (or later) has been taken care of: only their
 * open follow-ups can still bring them back, and those close when a touchpoint is logged.
 */
public final class TodayRepository {
    /** Ids per IN list, when clients are looked up by id. */
    private static final int CHUNK = 1_000;
    /** Past this many clients, their names are read in one pass over the client table. */
    private static final int WHOLE_TABLE_ABOVE = 5_000;

    private final DSLContext dsl;

    public TodayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every reason to contact a client on {@code today}, clients in the trash left out. Names are
     * not read here: the queue shows a page of the clients, and reads only theirs ({@link #names}).
     */
    public List<TodayCandidate> candidates(LocalDate today, BriefSettings brief, TodaySettings settings) {
        return candidates(today, brief, settings, null);
    }

    /**
     * The reasons to contact these clients on {@code today}: what a queue kept up to date reads
     * again for the clients a change touched, by chunks of ids.
     */
    public List<TodayCandidate> candidatesOf(Collection<UUID> clientIds, LocalDate today, BriefSettings brief, TodaySettings settings) {
        List<UUID> ids = List.copyOf(clientIds);
        List<TodayCandidate> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(candidates(today, brief, settings, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return found;
    }

    private List<TodayCandidate> candidates(LocalDate today, BriefSettings brief, TodaySettings settings, Collection<UUID> only) {
        List<TodayCandidate> found = new ArrayList<>();
        Map<UUID, State> states = states(today, brief, settings, only == null ? noCondition() : CLIENT_STATE.CLIENT_ID.in(only));
        DisplayFormat format = brief.format();
        followUps(today, states, format, found, only);
        complaints(today, states, format, found);
        states.forEach((clientId, state) -> fromState(clientId, state, today, brief, settings, found));
        purchaseDates(today, settings, format, found, only == null ? noCondition() : PURCHASE.CLIENT_ID.in(only));
        return found;
    }

    /** The display names of these clients. */
    public Map<UUID, String> names(Collection<UUID> clientIds) {
        Map<UUID, String> names = new HashMap<>(clientIds.size() * 2);
        if (clientIds.size() > WHOLE_TABLE_ABOVE) {
            // Most of the book (the whole queue, for a script): one pass beats as many lookups.
            Set<UUID> wanted = new HashSet<>(clientIds);
            stream(dsl.select(CLIENT.ID, CLIENT.DISPLAY_NAME).from(CLIENT), row -> {
                UUID id = row.getObject(1, UUID.class);
                if (wanted.contains(id)) {
                    names.put(id, row.getString(2));
                }
            });
            return names;
        }
        List<UUID> ids = List.copyOf(clientIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            stream(dsl.select(CLIENT.ID, CLIENT.DISPLAY_NAME).from(CLIENT)
                            .where(CLIENT.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK)))),
                    row -> names.put(row.getObject(1, UUID.class), row.getString(2)));
        }
        return names;
    }

    /** How to reach each of these clients: their first phone and email (by position) and their town. */
    public Map<UUID, TodayItem.Reach> reach(Collection<UUID> clientIds) {
        Map<UUID, String> towns = new HashMap<>(clientIds.size() * 2);
        Map<UUID, String> phones = new HashMap<>(clientIds.size() * 2);
        Map<UUID, String> emails = new HashMap<>(clientIds.size() * 2);
        List<UUID> ids = List.copyOf(clientIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            stream(dsl.select(CLIENT.ID, CLIENT.CITY).from(CLIENT).where(CLIENT.ID.in(chunk)),
                    row -> towns.put(row.getObject(1, UUID.class), row.getString(2)));
            // Lowest position first, so the first one met for a client is the one they list first.
            stream(dsl.select(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.NUMBER).from(CLIENT_PHONE).where(CLIENT_PHONE.CLIENT_ID.in(chunk))
                            .orderBy(CLIENT_PHONE.POSITION.desc()),
                    row -> phones.put(row.getObject(1, UUID.class), row.getString(2)));
            stream(dsl.select(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL).where(CLIENT_EMAIL.CLIENT_ID.in(chunk))
                            .orderBy(CLIENT_EMAIL.POSITION.desc()),
                    row -> emails.put(row.getObject(1, UUID.class), row.getString(2)));
        }
        Map<UUID, TodayItem.Reach> reach = new HashMap<>(clientIds.size() * 2);
        for (UUID id : ids) {
            reach.put(id, new TodayItem.Reach(phones.get(id), emails.get(id), towns.get(id)));
        }
        return reach;
    }

    /** What one pass over client_state says about a client who is in the queue for some reason. */
    private record State(LocalDate lastPurchaseOn, boolean lastPurchaseComplex, LocalDate lastTouchpointOn, int birthdayMonthDay,
                         boolean honeymoonSoured, boolean troubleBehind, boolean ghosted, boolean checkIn, boolean matureSilent, boolean birthday,
                         boolean complaint, boolean followUpDue) {
    }

    private Map<UUID, State> states(LocalDate today, BriefSettings brief, TodaySettings settings, Condition which) {
        Condition notContacted = notContactedSince(today);
        // Long-lapsed buyers are a matter for a win-back campaign, not for today's calls.
        Condition ghosted = ClientStateRepository.ghosted(today, brief)
                .and(CLIENT_STATE.LAST_PURCHASE_ON.gt(today.minusDays(brief.lapsedAfterSilentDays())));
        Condition complexDue = CLIENT_STATE.LAST_PURCHASE_COMPLEX.isTrue()
                .and(CLIENT_STATE.LAST_PURCHASE_ON.le(today.minusDays(settings.checkInDaysComplex())));
        Condition simpleDue = CLIENT_STATE.LAST_PURCHASE_COMPLEX.isFalse()
                .and(CLIENT_STATE.LAST_PURCHASE_ON.le(today.minusDays(settings.checkInDaysSimple())));
        // A new client whose first weeks went wrong (honeymoon at risk) needs the check-in at least as much.
        Condition checkIn = ClientStateRepository.phaseIs(Phase.HONEYMOON, today, brief)
                .or(ClientStateRepository.phaseIs(Phase.HONEYMOON_AT_RISK, today, brief))
                .and(CLIENT_STATE.CONTACTED_SINCE_PURCHASE.isFalse())
                .and(complexDue.or(simpleDue))
                .andNot(ClientStateRepository.ghosted(today, brief));
        // Only a relationship that has lasted past the honeymoon window.
        Condition matureSilent = ClientStateRepository.phaseIs(Phase.MATURE, today, brief)
                .and(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.le(today.minusDays(settings.matureSilentDays()))));
        int from = monthDay(today);
        int to = monthDay(today.plusDays(settings.birthdaysAheadDays()));
        // The days ahead may run over the new year: then it is two ranges.
        Condition birthday = (from <= to ? CLIENT_STATE.BIRTHDAY_MONTH_DAY.between(from, to)
                : CLIENT_STATE.BIRTHDAY_MONTH_DAY.ge(from).or(CLIENT_STATE.BIRTHDAY_MONTH_DAY.le(to))).and(notContacted);
        Condition complaint = CLIENT_STATE.OPEN_COMPLAINTS.gt(0).and(notContacted);
        // Whether each follow-up is still open is decided per follow-up, below.
        Condition followUpDue = CLIENT_STATE.NEXT_FOLLOW_UP_ON.le(today);

        Map<UUID, State> states = new HashMap<>();
        stream(dsl.select(CLIENT_STATE.CLIENT_ID, CLIENT_STATE.LAST_PURCHASE_ON, CLIENT_STATE.LAST_PURCHASE_COMPLEX,
                                CLIENT_STATE.LAST_TOUCHPOINT_ON, CLIENT_STATE.BIRTHDAY_MONTH_DAY, CLIENT_STATE.HONEYMOON_SOURED,
                                CLIENT_STATE.HONEYMOON_TROUBLE_BEHIND,
                                field(ghosted), field(checkIn), field(matureSilent), field(birthday), field(complaint), field(followUpDue))
                        .from(CLIENT_STATE)
                        .where(CLIENT_STATE.IN_TRASH.isFalse()).and(which)
                        .and(or(ghosted, checkIn, matureSilent, birthday, complaint, followUpDue)),
                row -> states.put(row.getObject(1, UUID.class), new State(row.getObject(2, LocalDate.class), row.getBoolean(3),
                        row.getObject(4, LocalDate.class), row.getInt(5), row.getBoolean(6), row.getBoolean(7), row.getBoolean(8),
                        row.getBoolean(9), row.getBoolean(10), row.getBoolean(11), row.getBoolean(12), row.getBoolean(13))));
        return states;
    }

    private static Condition notContactedSince(LocalDate day) {
        return CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.lt(day));
    }

    private void followUps(LocalDate today, Map<UUID, State> states, DisplayFormat format, List<TodayCandidate> found, Collection<UUID> only) {
        stream(dsl.select(FOLLOW_UP.CLIENT_ID, FOLLOW_UP.DUE_ON, FOLLOW_UP.REASON)
                        .from(only == null ? FOLLOW_UP : IndexHints.followUpsOfNamedClients(dsl))
                        .where(FOLLOW_UP.DONE_AT.isNull()).and(FOLLOW_UP.DUE_ON.le(today))
                        .and(only == null ? noCondition() : FOLLOW_UP.CLIENT_ID.in(only)),
                row -> {
                    State state = states.get(row.getObject(1, UUID.class));
                    LocalDate due = row.getObject(2, LocalDate.class);
                    // a touchpoint on or after the day kept the promise, even if nobody ticked it off
                    if (state == null || !state.followUpDue() || state.lastTouchpointOn() != null && !state.lastTouchpointOn().isBefore(due)) {
                        return;
                    }
                    boolean overdue = due.isBefore(today);
                    found.add(new TodayCandidate(row.getObject(1, UUID.class),
                            overdue ? TodayReason.FOLLOW_UP_OVERDUE : TodayReason.FOLLOW_UP_DUE, due,
                            (overdue ? "Was due " + ago(due, today, format) + ": " : "Due today: ") + row.getString(3)));
                });
    }

    private void complaints(LocalDate today, Map<UUID, State> states, DisplayFormat format, List<TodayCandidate> found) {
        List<UUID> complaining = states.entrySet().stream().filter(entry -> entry.getValue().complaint()).map(Map.Entry::getKey).toList();
        for (int from = 0; from < complaining.size(); from += CHUNK) {
            stream(dsl.select(OPPORTUNITY.CLIENT_ID, OPPORTUNITY.OPENED_ON, OPPORTUNITY.SUMMARY).from(OPPORTUNITY)
                            .where(OPPORTUNITY.CLIENT_ID.in(complaining.subList(from, Math.min(complaining.size(), from + CHUNK))))
                            .and(OPPORTUNITY.KIND.eq("COMPLAINT")).and(OPPORTUNITY.STATUS.eq("OPEN")).and(OPPORTUNITY.DELETED_AT.isNull()),
                    row -> {
                        LocalDate opened = row.getObject(2, LocalDate.class);
                        found.add(new TodayCandidate(row.getObject(1, UUID.class), TodayReason.OPEN_COMPLAINT, opened,
                                "Complained " + ago(opened, today, format) + ": " + row.getString(3)));
                    });
        }
    }

    private static void fromState(UUID clientId, State state, LocalDate today, BriefSettings brief, TodaySettings settings,
                                  List<TodayCandidate> found) {
        DisplayFormat format = brief.format();
        if (state.ghosted()) {
            int window = state.lastPurchaseComplex() ? brief.ghostingWindowDaysComplex() : brief.ghostingWindowDaysSimple();
            found.add(new TodayCandidate(clientId, TodayReason.GHOSTED, state.lastPurchaseOn().plusDays(window + 1L),
                    "Bought " + ago(state.lastPurchaseOn(), today, format) + " and has heard nothing from us since (we aim to call within "
                            + window + " days)"));
        }
        if (state.checkIn()) {
            boolean complex = state.lastPurchaseComplex();
            int days = complex ? settings.checkInDaysComplex() : settings.checkInDaysSimple();
            // The same reading as the brief's (StartTrouble): a happy reaction since, with nothing open, ended the trouble.
            String what = state.troubleBehind() ? ", and after a rough start they were happy again: make sure it stays that way"
                    : state.honeymoonSoured() ? ", and the first weeks went wrong: listen and put it right"
                    : complex ? ": offer help getting started" : ": a warm thank-you";
            found.add(new TodayCandidate(clientId, TodayReason.HONEYMOON_CHECK_IN, state.lastPurchaseOn().plusDays(days),
                    "Bought " + ago(state.lastPurchaseOn(), today, format) + what));
        }
        if (state.matureSilent()) {
            LocalDate lastTouchpoint = state.lastTouchpointOn();
            LocalDate last = lastTouchpoint != null ? lastTouchpoint : state.lastPurchaseOn();
            found.add(new TodayCandidate(clientId, TodayReason.MATURE_SILENT, last.plusDays(settings.matureSilentDays()),
                    lastTouchpoint == null ? "A client since " + format.date(last) + " and never contacted"
                            : "Last contact " + ago(lastTouchpoint, today, format)));
        }
        if (state.birthday()) {
            LocalDate next = nextBirthday(state.birthdayMonthDay(), today);
            found.add(new TodayCandidate(clientId, TodayReason.BIRTHDAY, next, "Birthday " + ahead(next, today, format)));
        }
    }

    private void purchaseDates(LocalDate today, TodaySettings settings, DisplayFormat format, List<TodayCandidate> found, Condition which) {
        LocalDate until = today.plusDays(settings.datesAheadDays());
        for (boolean warranty : new boolean[] {true, false}) {
            Field<LocalDate> date = warranty ? PURCHASE.WARRANTY_UNTIL : PURCHASE.RENEWAL_ON;
            stream(dsl.select(PURCHASE.CLIENT_ID, date, coalesce(PRODUCT.NAME, PURCHASE.DESCRIPTION))
                            .from(PURCHASE)
                            .join(CLIENT_STATE).on(CLIENT_STATE.CLIENT_ID.eq(PURCHASE.CLIENT_ID))
                            .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                            .where(date.between(today, until)).and(PURCHASE.DELETED_AT.isNull()).and(CLIENT_STATE.IN_TRASH.isFalse()).and(which)
                            // talked to them since the date came into view: taken care of
                            .and(notContactedSince(today)),
                    row -> {
                        LocalDate on = row.getObject(2, LocalDate.class);
                        String item = row.getString(3) == null ? "their purchase" : row.getString(3);
                        found.add(new TodayCandidate(row.getObject(1, UUID.class),
                                warranty ? TodayReason.WARRANTY_ENDING : TodayReason.RENEWAL_DUE, on,
                                (warranty ? "Warranty of " + item + " ends " : "Renewal of " + item + " is due ") + ahead(on, today, format)));
                    });
        }
    }


    private static int monthDay(LocalDate day) {
        return day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static LocalDate nextBirthday(int monthDay, LocalDate today) {
        MonthDay birthday = MonthDay.of(monthDay / 100, monthDay % 100);
        LocalDate thisYear = birthday.isValidYear(today.getYear()) ? birthday.atYear(today.getYear())
                : LocalDate.of(today.getYear(), 2, 28); // 29 February, in a year without one
        return thisYear.isBefore(today) ? birthday.atYear(today.getYear() + 1) : thisYear;
    }

    static String ago(LocalDate day, LocalDate today, DisplayFormat format) {
        long days = ChronoUnit.DAYS.between(day, today);
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago (" + format.date(day) + ")";
    }

    static String ahead(LocalDate day, LocalDate today, DisplayFormat format) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days (" + format.date(day) + ")";
    }
    private static void stream(ResultQuery<?> query, RowStream.RowReader reader) {
        RowStream.forEach(query, "the Today queue", reader);
    }
}
