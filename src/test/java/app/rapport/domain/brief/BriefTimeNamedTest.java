package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.rapport.domain.brief.BriefAheadAndAsideTest.DRYER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A time the client named ("proposals by April", "before April", "next year"), read from the day it was written and said when
 * it falls due: a time by which something is to be done asks for it now, a time still ahead is not pushed to now. The brief
 * is read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefTimeNamedTest {
    /** A content client: a kettle bought over a year ago and a friendly check a while back. */
    private static Given content() {
        return new Given().bought(BriefEngineTest.KETTLE, 420)
                .touchpoint(150, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the kettle doing?", "All fine.", Mood.HAPPY);
    }

    @Test
    void everyTimeNamedIsReadAndTheDeadlineIsKnown() {
        List<TimeWords.PeriodNamed> named = TimeWords.periods("Budget year starts in April; proposals by January.", LocalDate.of(2026, 11, 22));
        assertThat(named).extracting(TimeWords.PeriodNamed::start).containsExactly(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 1, 1));
        assertThat(named).extracting(TimeWords.PeriodNamed::deadline).containsExactly(false, true);
        assertThat(TimeWords.period("Wants to come in before the holidays", LocalDate.of(2026, 9, 9)).deadline()).isTrue();
        assertThat(TimeWords.period("Uses the old routing system until next year", LocalDate.of(2026, 6, 9)).deadline()).isFalse();
        assertThat(TimeWords.periods("Nothing planned", LocalDate.of(2026, 6, 9))).isEmpty();
    }

    @Test
    void aBudgetDeadlineInANoteIsSaidWhenItIsWeeksAway() {
        // written last August: their budget year starts in June, three months off; proposals by April, two weeks off, come first
        Brief brief = content().note("Budget year starts in June; proposals by April.", false, 200).brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("\u201cBudget year starts in June; proposals by April\u201d")
                .contains("April starts in a couple of weeks")
                .contains("if anything of ours is to be in their next budget, it should reach them before then"));
    }

    @Test
    void aBudgetDeadlineLongGoneIsNotSaid() {
        // written in the autumn of 2024: its April and its June are both long past, and the note is older than a year
        assertThat(BriefEngineTest.spokenText(content().note("Budget year starts in June; proposals by April.", false, 520).brief()))
                .doesNotContain("Budget year");
    }

    @Test
    void aPlanForATimeStillAheadIsNotPushedToNow() {
        // "next year" said in February 2026 is 2027: months away, so nothing is asked of now
        String lateWinter = BriefEngineTest.spokenText(content()
                .touchpoint(30, Channel.CALL, Direction.OUTBOUND, "Called Maggie about the kettle", "Might be back for a dryer next year.", Mood.HAPPY)
                .brief());
        assertThat(lateWinter).doesNotContain("ask whether now would suit them");
        assertThat(DatesAhead.planStep("might be back for a dryer next year", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 6)))
                .isEqualTo(". 2027 starts in three weeks: ask whether that still stands for then");
    }

    @Test
    void aPlanWhoseTimeHasComeAsksWhetherNowSuits() {
        // "next year" said last November is this year: it has come
        assertThat(DatesAhead.planStep("might be back for a dryer next year", LocalDate.of(2025, 11, 16), LocalDate.of(2026, 3, 15)))
                .isEqualTo(": ask whether now would suit them");
        assertThat(DatesAhead.planStep("wants to come in for a trim", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 15)))
                .isEqualTo(": ask whether now would suit them");
    }

    @Test
    void aPlanToComeInBeforeATimeIsOfferedATimeBeforeThen() {
        Brief brief = content()
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Quick how's-it-going message to Maggie", "Wants to come in before April.", Mood.HAPPY)
                .brief();
        // their wish leads: the time offered is before April, two weeks off, and the date is said once
        String said = BriefEngineTest.spokenText(brief);
        assertThat(said).contains("offer a time that suits them before April (in a couple of weeks)").doesNotContain("April starts");
        assertThat(DatesAhead.wishBy("wanted to come in before the holidays", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 12, 6)))
                .isEqualTo(" before Christmas (in a couple of weeks)");
        assertThat(DatesAhead.wishBy("wanted to come in for a trim", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 12, 6))).isEmpty();
        assertThat(DatesAhead.planStep("wanted to come in before the holidays", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 12, 6)))
                .isEqualTo(". Christmas is in a couple of weeks: offer a time before then");
        // Christmas gone by: nothing to offer before it
        assertThat(DatesAhead.planStep("wanted to come in before the holidays", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 12, 28)))
                .isEqualTo(": ask whether now would suit them");
    }

    @Test
    void theirOlderPlanWithATimeIsSaidBesideTheWishThatLeads() {
        // a wish of theirs leads (the cancellation list); their older "before April" is no line of its own, so its time is said here
        Brief brief = content()
                .touchpoint(60, Channel.MESSAGE, Direction.OUTBOUND, "Quick how's-it-going message to Maggie", "Wants to come in before April.", Mood.HAPPY)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Maggie asked to be on the cancellation list for Tuesday", "On the waiting list.", Mood.HAPPY)
                .brief();
        String said = BriefEngineTest.spokenText(brief);
        assertThat(said).contains("cancellation list");
        assertThat(said).contains("before April").contains("offer them a time before April");
    }

    @Test
    void aYearTheyNamedThatHasComeIsSaidAsNow() {
        // "next year", said in March 2025, is this year (2026); "until next year" was a change due as the year began, long gone
        Brief brief = content().note("Might be back for a dryer next year.", false, 360).brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("\u201cMight be back for a dryer next year\u201d").contains("That is this year"));
        assertThat(BriefEngineTest.spokenText(content().note("Uses the old till system until next year.", false, 360).brief()))
                .doesNotContain("till system");
    }

    @Test
    void theirMoveNamedAsTheyTurnedSomethingDownIsAskedAfterKindly() {
        // the reason is kept as a caution against offering the cover again, and the move itself, weeks away, is a kind line
        Given given = content()
                .touchpoint(60, Channel.CALL, Direction.OUTBOUND, "Suggested the extended warranty; Maggie not convinced", "Moving to a bigger flat in April.", Mood.NEUTRAL)
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a care guide for the kettle", "Said thanks.", Mood.HAPPY);
        given.opportunities.add(new app.rapport.domain.Opportunity(java.util.UUID.randomUUID(), BriefEngineTest.CLIENT,
                app.rapport.domain.OpportunityKind.REFUSAL, app.rapport.domain.OpportunityStatus.LOST, null, null, "Moving to a bigger flat in April.",
                "Not interested in the extended warranty", BriefEngineTest.TODAY.minusDays(60), null));
        Brief brief = given.brief();
        assertThat(brief.conversation().avoid()).anySatisfy(line -> assertThat(line.text()).contains("Moving to a bigger flat in April"));
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("\u201cMoving to a bigger flat in April\u201d").contains("April starts in a couple of weeks")
                .contains("ask how the plans are coming along"));
    }

    @Test
    void aSeasonNamedWhileItRunsIsNotSaidAsAYearOn() {
        // "in the spring", written last March 29: most likely that spring, not this coming one
        assertThat(BriefEngineTest.spokenText(content().note("Moving to a bigger flat in the spring.", false, 351).brief()))
                .doesNotContain("bigger flat");
    }

    @Test
    void aPlanDoneSinceIsNotSaid() {
        Brief brief = content()
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Quick how's-it-going message to Maggie", "Might be back for a dryer in April.", Mood.HAPPY)
                .bought(DRYER, 10, "627")
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("back for a dryer");
    }

    // ---- a span counted from the day it was written: "decision after twelve weeks" -----------------

    @Test
    void aSpanIsCountedFromTheDayItWasWrittenAndOnlyWhenItLooksAhead() {
        LocalDate said = LocalDate.of(2026, 8, 28);
        TimeWords.SpanDue decision = TimeWords.spanDue("Pilot runs with one depot; decision after twelve weeks.", said);
        assertThat(decision.due()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(decision.span()).isEqualTo("twelve weeks");
        assertThat(TimeWords.spanDue("Review the route plans in three months", said).due()).isEqualTo(LocalDate.of(2026, 11, 28));
        TimeWords.SpanDue trial = TimeWords.spanDue("Agreed a six-week trial of the mobile app", said);
        assertThat(trial.trial()).isTrue();
        assertThat(trial.due()).isEqualTo(said.plusWeeks(6));
        // a trial behind them, a span looking back, a span without anything due in it, one too long to be a plan's
        assertThat(TimeWords.spanDue("Ananya signed after a two-month pilot", said)).isNull();
        assertThat(TimeWords.spanDue("Came back after two months away", said)).isNull();
        assertThat(TimeWords.spanDue("The colour turned brassy within two weeks", said)).isNull();
        assertThat(TimeWords.spanDue("Decision in eighteen months", said)).isNull();
    }

    /** A content client with a pinned note {@code daysAgo}: a pilot whose decision falls twelve weeks after it was written. */
    private static Given pilotNoted(int daysAgo) {
        return content().note("Pilot runs with one depot; decision after twelve weeks.", true, daysAgo);
    }

    @Test
    void aDecisionThatFellDueTwelveWeeksAfterTheNoteIsAskedAfter() {
        // written 100 days ago: the twelve weeks were up sixteen days ago, and nothing since speaks of the pilot
        Brief brief = pilotNoted(100).brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("\u201cPilot runs with one depot; decision after twelve weeks\u201d")
                .contains("The twelve weeks were up around")
                .contains("ask where the decision stands"));
    }

    @Test
    void aDecisionComingUpIsSaidAsComingAndOneLongPastOrSpokenOfIsNot() {
        // written 75 days ago: the twelve weeks are up in nine days
        assertThat(BriefEngineTest.spokenText(pilotNoted(75).brief())).contains("The twelve weeks are up around");
        // written 150 days ago: the decision was due two months ago, old news with nothing since, not this call's
        assertThat(BriefEngineTest.spokenText(pilotNoted(150).brief())).doesNotContain("twelve weeks");
        // the pilot spoken of since: the decision is in the record
        Brief spoken = pilotNoted(100)
                .touchpoint(5, Channel.CALL, Direction.INBOUND, "Maggie on the pilot: rolling it out to every depot in January.", "Decision made.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(spoken)).doesNotContain("twelve weeks");
    }
}
