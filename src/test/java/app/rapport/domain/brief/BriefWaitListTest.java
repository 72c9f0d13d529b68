package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slot they are still waiting for (a cancellation list for a day, a slot on a day's evening) stands whatever leads
 * the call: a call that offers a time knows it, a wait of months is owned with a sorry, and when our hours moved off
 * the day they wanted since, the caller says so honestly. A visit booked or a purchase since ends it. Read on Sunday
 * 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefWaitListTest {
    private static final Product CUT = new Product(UUID.randomUUID(), "Short cut & finish", "Cuts", Complexity.SIMPLE, new BigDecimal("45"));

    private static List<String> lines(Brief brief, String rule) {
        return brief.conversation().talkingPoints().stream().filter(line -> rule.equals(line.rule())).map(BriefLine::text).toList();
    }

    @Test
    void aCancellationListUnderTheirWishToComeInIsOfferedAsTheQuickestWayIn() {
        Given wish = new Given().bought(CUT, 40, "45")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Short cut done by Priya; Dima loved it.", "No rebooking yet.", Mood.EXCITED)
                .touchpoint(17, Channel.VISIT, Direction.INBOUND, "Dima asked to be on the cancellation list for Friday.", "On the waiting list.", Mood.NEUTRAL)
                .touchpoint(3, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Dima; all fine, busy month.",
                        "Wants to come in before the holidays.", Mood.EXCITED);
        Brief brief = wish.brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.wish-open");
        assertThat(lines(brief, "thread.wait-list")).singleElement().asString()
                .contains("cancellation list for Friday").contains("quickest way in").doesNotContain("sorry");
        // booked since: the wait is over
        Brief booked = wish.touchpoint(1, Channel.CALL, Direction.INBOUND, "Dima rang about a time.", "Booked in for Friday with Priya.", Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(booked)).doesNotContain("cancellation list");
    }

    @Test
    void aListOfMonthsAgoUnderAnotherLeadIsSaidWithASorryAndEndsWithAPurchase() {
        // their visit since to send a friend our way gave them no slot: the list still stands, under their question
        java.util.function.Supplier<Given> listed = () -> new Given().bought(CUT, 300, "45")
                .touchpoint(200, Channel.CALL, Direction.INBOUND, "Rohan asked to go on our waiting list for a Tuesday.", "Added him.", Mood.HAPPY)
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Rohan referred Brian, who booked a cut for next week.", "Review posted.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.OUTBOUND, "Told Rohan about the new online booking page.", "Asked about the new prices.", Mood.NEUTRAL);
        Brief brief = listed.get().brief();
        assertThat(brief.conversation().goal().rule()).isNotEqualTo("situation.wish-open");
        assertThat(lines(brief, "thread.wait-list")).singleElement().asString()
                .contains("waiting list for a Tuesday").contains("say sorry for the long wait").contains("still on it");
        Brief came = listed.get().bought(CUT, 20, "45").brief();
        assertThat(BriefEngineTest.spokenText(came)).doesNotContain("waiting list");
        Brief appointment = listed.get().touchpoint(10, Channel.VISIT, Direction.INBOUND, "Rohan came in for a fringe trim with Maya.", null, Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(appointment)).doesNotContain("waiting list");
    }

    @Test
    void theListItselfLeadingIsOwnedWithASorryOnceItHasWaitedMonths() {
        Brief brief = new Given().bought(CUT, 400, "45")
                .touchpoint(210, Channel.EMAIL, Direction.INBOUND, "Eleanor asked to be on the cancellation list for Tuesday.", "On the waiting list.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.conversation().opener().text()).contains("I'm sorry it has taken so long");
        assertThat(BriefEngineTest.spokenText(brief)).contains("say sorry for the long wait");
        assertThat(lines(brief, "thread.wait-list")).isEmpty(); // the lead says it, once
        Brief fresh = new Given().bought(CUT, 400, "45")
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Eleanor asked to be on the cancellation list for Tuesday.", "On the waiting list.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(fresh)).doesNotContain("sorry");
    }

    @Test
    void ourLateOpeningMovedOffTheDayTheyWantedIsSaidHonestly() {
        Brief slot = new Given()
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Asked if we have a slot for a fringe trim on a Thursday evening.", "No booking yet.", Mood.NEUTRAL)
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Let Sveta know that late opening moves from Thursday to Wednesday.", "Asked about the new prices.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(slot)).contains("slot on a Thursday evening")
                .contains("Late opening has since moved from Thursday to Wednesday").contains("offer a Wednesday evening instead");
        // a day's list, with only the late opening moved: the day itself still opens, so it is said as a question
        Brief list = new Given().bought(CUT, 400, "45")
                .touchpoint(200, Channel.MESSAGE, Direction.INBOUND, "Thomas asked to be on the cancellation list for Thursday.", "On the waiting list.", Mood.HAPPY)
                .touchpoint(90, Channel.CALL, Direction.OUTBOUND, "Let Thomas know that late opening moves from Thursday to Wednesday.", "Asked about the new prices.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(list)).contains("if it was an evening they were after");
        // a slot on a day our hours still keep is no wish of this kind: the ask's own lines speak for it
        Brief kept = new Given()
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Asked if we have a slot for a fringe trim on a Thursday evening.", "No booking yet.", Mood.NEUTRAL)
                .brief();
        assertThat(lines(kept, "thread.wait-list")).isEmpty();
    }

    @Test
    void wordsAreReadForTheListTheSlotDayAndTheHoursMoved() {
        assertThat(TextSignals.waitListed("Asked to be added to the standby list for Saturday mornings")).isEqualTo("asked to go on our standby list for Saturday mornings");
        assertThat(TextSignals.waitListed("Said no thanks to the waiting list")).isNull();
        assertThat(TextSignals.slotDayAsked("Wanted an appointment on a Friday afternoon if one comes up")).isEqualTo("Friday afternoon");
        assertThat(TextSignals.slotDayAsked("Asked about a slot next week")).isNull();
        assertThat(TextSignals.hoursMoved("Notice: our late nights are changing from Tuesday to Thursday in March"))
                .isEqualTo(new TextSignals.HoursMoved("late nights", "Tuesday", "Thursday"));
        assertThat(TextSignals.hoursMoved("Moved the delivery from Tuesday to Thursday")).isNull();
    }

    @Test
    void aPriceTheyWantedWhenWeMentionedTheThingCountsAsTheirFirstAsk() {
        // Pierre, read 40: "Mentioned the extended warranty — Wants a quote", then a week on in his own words
        Brief brief = new Given().bought(BriefEngineTest.KETTLE, 20)
                .touchpoint(8, Channel.VISIT, Direction.OUTBOUND, "Mentioned the extended warranty to Maggie; would fit well with what she has.", "Wants a quote.", Mood.NEUTRAL)
                .touchpoint(2, Channel.VISIT, Direction.INBOUND, "Maggie asked about the extended warranty after seeing it in the window.", "Wants a quote.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).containsPattern("extended warranty \\((?:13 March|March 13), and (?:7 March|March 7) before that\\)");
        // a quote wanted for something else is no earlier ask of this
        Brief other = new Given().bought(BriefEngineTest.KETTLE, 20)
                .touchpoint(8, Channel.VISIT, Direction.OUTBOUND, "Mentioned the descaling service to Maggie.", "Wants a quote.", Mood.NEUTRAL)
                .touchpoint(2, Channel.VISIT, Direction.INBOUND, "Maggie asked about the extended warranty after seeing it in the window.", "Wants a quote.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(other)).doesNotContain("before that");
    }
}
