package app.rapport.store;

import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.today.TodayCandidate;
import app.rapport.domain.today.TodayReason;
import app.rapport.domain.today.TodaySettings;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static org.jooq.impl.DSL.coalesce;

/**
 * Finds every reason to contact a client on a given day, one query per reason, over the
 * per-client state ({@link ClientStateRepository}) and the indexed dates of follow-ups and
 * purchases. A client contacted on that day (or later) has been taken care of: only their open
 * follow-ups can still bring them back, and those close when a touchpoint is logged.
 */
public final class TodayRepository {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final DSLContext dsl;

    public TodayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<TodayCandidate> candidates(LocalDate today, BriefSettings brief, TodaySettings settings) {
        List<TodayCandidate> found = new ArrayList<>();
        followUps(today, found);
        complaints(today, found);
        ghosted(today, brief, found);
        checkIns(today, brief, settings, found);
        purchaseDates(today, settings, found);
        matureSilent(today, brief, settings, found);
        birthdays(today, settings, found);
        return found;
    }

    private Condition notContactedSince(LocalDate day) {
        return CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.lt(day));
    }

    private void followUps(LocalDate today, List<TodayCandidate> found) {
        dsl.select(FOLLOW_UP.CLIENT_ID, CLIENT.DISPLAY_NAME, FOLLOW_UP.DUE_ON, FOLLOW_UP.REASON)
                .from(FOLLOW_UP).join(CLIENT).on(CLIENT.ID.eq(FOLLOW_UP.CLIENT_ID))
                .join(CLIENT_STATE).on(CLIENT_STATE.CLIENT_ID.eq(FOLLOW_UP.CLIENT_ID))
                .where(FOLLOW_UP.DONE_AT.isNull()).and(FOLLOW_UP.DUE_ON.le(today)).and(CLIENT.DELETED_AT.isNull())
                // a touchpoint on or after the day kept the promise, even if nobody ticked it off
                .and(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.lt(FOLLOW_UP.DUE_ON)))
                .forEach(r -> {
                    boolean overdue = r.value3().isBefore(today);
                    found.add(new TodayCandidate(r.value1(), r.value2(),
                            overdue ? TodayReason.FOLLOW_UP_OVERDUE : TodayReason.FOLLOW_UP_DUE, r.value3(),
                            (overdue ? "Was due " + ago(r.value3(), today) + ": " : "Due today: ") + r.value4()));
                });
    }

    private void complaints(LocalDate today, List<TodayCandidate> found) {
        dsl.select(OPPORTUNITY.CLIENT_ID, CLIENT.DISPLAY_NAME, OPPORTUNITY.OPENED_ON, OPPORTUNITY.SUMMARY)
                .from(CLIENT_STATE)
                .join(OPPORTUNITY).on(OPPORTUNITY.CLIENT_ID.eq(CLIENT_STATE.CLIENT_ID))
                .join(CLIENT).on(CLIENT.ID.eq(CLIENT_STATE.CLIENT_ID))
                .where(CLIENT_STATE.OPEN_COMPLAINTS.gt(0)).and(notContactedSince(today))
                .and(OPPORTUNITY.KIND.eq("COMPLAINT")).and(OPPORTUNITY.STATUS.eq("OPEN")).and(OPPORTUNITY.DELETED_AT.isNull())
                .and(CLIENT.DELETED_AT.isNull())
                .forEach(r -> found.add(new TodayCandidate(r.value1(), r.value2(), TodayReason.OPEN_COMPLAINT, r.value3(),
                        "Complained " + ago(r.value3(), today) + ": " + r.value4())));
    }

    private void ghosted(LocalDate today, BriefSettings brief, List<TodayCandidate> found) {
        // Long-lapsed buyers are a matter for a win-back campaign, not for today's calls.
        Condition stillRecoverable = CLIENT_STATE.LAST_PURCHASE_ON.gt(today.minusDays(brief.lapsedAfterSilentDays()));
        dsl.select(CLIENT_STATE.CLIENT_ID, CLIENT.DISPLAY_NAME, CLIENT_STATE.LAST_PURCHASE_ON, CLIENT_STATE.LAST_PURCHASE_COMPLEX)
                .from(CLIENT_STATE).join(CLIENT).on(CLIENT.ID.eq(CLIENT_STATE.CLIENT_ID))
                .where(ClientStateRepository.ghosted(today, brief)).and(stillRecoverable).and(CLIENT.DELETED_AT.isNull())
                .forEach(r -> {
                    int window = r.value4() ? brief.ghostingWindowDaysComplex() : brief.ghostingWindowDaysSimple();
                    found.add(new TodayCandidate(r.value1(), r.value2(), TodayReason.GHOSTED, r.value3().plusDays(window + 1L),
                            "Bought " + ago(r.value3(), today) + " and has heard nothing from us since (we aim to call within "
                                    + window + " days)"));
                });
    }

    private void checkIns(LocalDate today, BriefSettings brief, TodaySettings settings, List<TodayCandidate> found) {
        Condition complexDue = CLIENT_STATE.LAST_PURCHASE_COMPLEX.isTrue()
                .and(CLIENT_STATE.LAST_PURCHASE_ON.le(today.minusDays(settings.checkInDaysComplex())));
        Condition simpleDue = CLIENT_STATE.LAST_PURCHASE_COMPLEX.isFalse()
                .and(CLIENT_STATE.LAST_PURCHASE_ON.le(today.minusDays(settings.checkInDaysSimple())));
        dsl.select(CLIENT_STATE.CLIENT_ID, CLIENT.DISPLAY_NAME, CLIENT_STATE.LAST_PURCHASE_ON, CLIENT_STATE.LAST_PURCHASE_COMPLEX)
                .from(CLIENT_STATE).join(CLIENT).on(CLIENT.ID.eq(CLIENT_STATE.CLIENT_ID))
                .where(ClientStateRepository.phaseIs(Phase.HONEYMOON, today, brief))
                .and(CLIENT_STATE.CONTACTED_SINCE_PURCHASE.isFalse())
                .and(complexDue.or(simpleDue))
                .andNot(ClientStateRepository.ghosted(today, brief))
                .and(CLIENT.DELETED_AT.isNull())
                .forEach(r -> {
                    boolean complex = r.value4();
                    int days = complex ? settings.checkInDaysComplex() : settings.checkInDaysSimple();
                    found.add(new TodayCandidate(r.value1(), r.value2(), TodayReason.HONEYMOON_CHECK_IN, r.value3().plusDays(days),
                            "Bought " + ago(r.value3(), today) + (complex ? ": offer help getting started" : ": a warm thank-you")));
                });
    }

    private void purchaseDates(LocalDate today, TodaySettings settings, List<TodayCandidate> found) {
        LocalDate until = today.plusDays(settings.datesAheadDays());
        for (boolean warranty : new boolean[] {true, false}) {
            Field<LocalDate> date = warranty ? PURCHASE.WARRANTY_UNTIL : PURCHASE.RENEWAL_ON;
            dsl.select(PURCHASE.CLIENT_ID, CLIENT.DISPLAY_NAME, date, coalesce(PRODUCT.NAME, PURCHASE.DESCRIPTION))
                    .from(PURCHASE)
                    .join(CLIENT).on(CLIENT.ID.eq(PURCHASE.CLIENT_ID))
                    .join(CLIENT_STATE).on(CLIENT_STATE.CLIENT_ID.eq(PURCHASE.CLIENT_ID))
                    .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                    .where(date.between(today, until)).and(PURCHASE.DELETED_AT.isNull()).and(CLIENT.DELETED_AT.isNull())
                    // talked to them since the date came into view: taken care of
                    .and(notContactedSince(today))
                    .forEach(r -> {
                        String item = r.value4() == null ? "their purchase" : r.value4();
                        found.add(new TodayCandidate(r.value1(), r.value2(),
                                warranty ? TodayReason.WARRANTY_ENDING : TodayReason.RENEWAL_DUE, r.value3(),
                                (warranty ? "Warranty of " + item + " ends " : "Renewal of " + item + " is due ") + ahead(r.value3(), today)));
                    });
        }
    }

    private void matureSilent(LocalDate today, BriefSettings brief, TodaySettings settings, List<TodayCandidate> found) {
        LocalDate silentSince = today.minusDays(settings.matureSilentDays());
        dsl.select(CLIENT_STATE.CLIENT_ID, CLIENT.DISPLAY_NAME, CLIENT_STATE.LAST_TOUCHPOINT_ON, CLIENT_STATE.LAST_PURCHASE_ON)
                .from(CLIENT_STATE).join(CLIENT).on(CLIENT.ID.eq(CLIENT_STATE.CLIENT_ID))
                .where(ClientStateRepository.phaseIs(Phase.MATURE, today, brief))
                .and(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.le(silentSince)))
                .and(CLIENT.DELETED_AT.isNull())
                .forEach(r -> {
                    LocalDate last = r.value3() != null ? r.value3() : r.value4();
                    found.add(new TodayCandidate(r.value1(), r.value2(), TodayReason.MATURE_SILENT,
                            last.plusDays(settings.matureSilentDays()),
                            r.value3() == null ? "A client since " + last.format(DAY) + " and never contacted"
                                    : "Last contact " + ago(r.value3(), today)));
                });
    }

    private void birthdays(LocalDate today, TodaySettings settings, List<TodayCandidate> found) {
        LocalDate until = today.plusDays(settings.birthdaysAheadDays());
        int from = monthDay(today);
        int to = monthDay(until);
        // The days ahead may run over the new year: then it is two ranges.
        Condition inRange = from <= to ? CLIENT_STATE.BIRTHDAY_MONTH_DAY.between(from, to)
                : CLIENT_STATE.BIRTHDAY_MONTH_DAY.ge(from).or(CLIENT_STATE.BIRTHDAY_MONTH_DAY.le(to));
        dsl.select(CLIENT_STATE.CLIENT_ID, CLIENT.DISPLAY_NAME, CLIENT_STATE.BIRTHDAY_MONTH_DAY)
                .from(CLIENT_STATE).join(CLIENT).on(CLIENT.ID.eq(CLIENT_STATE.CLIENT_ID))
                .where(inRange).and(notContactedSince(today)).and(CLIENT.DELETED_AT.isNull())
                .forEach(r -> {
                    LocalDate next = nextBirthday(r.value3(), today);
                    found.add(new TodayCandidate(r.value1(), r.value2(), TodayReason.BIRTHDAY, next,
                            "Birthday " + ahead(next, today)));
                });
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

    static String ago(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago (" + day.format(DAY) + ")";
    }

    static String ahead(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days (" + day.format(DAY) + ")";
    }
}
