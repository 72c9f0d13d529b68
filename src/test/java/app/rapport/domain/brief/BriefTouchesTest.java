package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not one touch too many, nothing said twice (issue 15, reads 40-41): a new client we asked yesterday how the vacuum is,
 * who said "all fine", is not asked again (Dev); a day passed for what they bought is not asked after when we talked it
 * over with them since (Pierre); a plan for next year said two days ago is not asked after again; a point that asks the
 * opener's question in other words gives way ("offer the next one", "how it is used, by whom"); two thank-yous are one.
 */
class BriefTouchesTest {
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Small appliances",
            Complexity.SIMPLE, new BigDecimal("335"));
    private static final Product ROBOT = new Product(UUID.randomUUID(), "Vento robot vacuum", "Small appliances",
            Complexity.COMPLEX, new BigDecimal("499"));
    private static final Product LICENCE = new Product(UUID.randomUUID(), "Fleet tracking licence (annual)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("2400"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut and blow-dry", "Hair",
            Complexity.SIMPLE, new BigDecimal("55"));

    private static String day(int daysAgo) {
        LocalDate on = TODAY.minusDays(daysAgo);
        return on.getDayOfMonth() + " " + on.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    // ---- a new client asked lately, and answered: not asked again -----------------------------

    /** Dev: the vacuum bought four weeks ago; a visit of theirs nine days ago; our "how's it going?" message, then a call yesterday, "All fine". */
    private static Given newClientAskedYesterday() {
        return new Given().bought(VACUUM, 27, VACUUM.price().toPlainString())
                .touchpoint(27, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.", Mood.HAPPY)
                .touchpoint(9, Channel.VISIT, Direction.INBOUND, "Maggie brought their neighbour in to see the showroom.", "Nice chat.", Mood.NEUTRAL)
                .touchpoint(2, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short \"how's it going?\" message about the cordless vacuum.",
                        "Replied with a thumbs up.", Mood.NEUTRAL)
                .touchpoint(1, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the cordless vacuum doing?", "All fine.", Mood.NEUTRAL);
    }

    @Test
    void aNewClientWeAskedYesterdayIsNotAskedAgainAndTheBriefSaysWhenTheNextTouchIs() {
        Brief brief = newClientAskedYesterday().brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("honeymoon.asked-lately");
        assertThat(call.goal().text()).startsWith("No need to ask Maggie again how the cordless stick vacuum is going");
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("last on " + day(1)).contains("All fine")
                .contains("do not ask it again"));
        assertThat(call.nextStep().text()).contains("no need to call now").contains("the next natural check");
        assertThat(call.talkingPoints()).noneSatisfy(line -> assertThat(line.text()).containsIgnoringCase("how is the cordless stick vacuum going"));
    }

    @Test
    void twoCheckInsSinceTheirLastVisitWarnAgainstAThirdThoughTheVisitIsWithinTheFortnight() {
        assertThat(newClientAskedYesterday().brief().conversation().avoid()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("check-ins.twice");
            assertThat(line.text()).contains("we checked in on " + day(2) + " and again on " + day(1));
        });
    }

    @Test
    void aNewClientWhoseAnswerTellsOfTroubleOrWhomWeAskedWeeksAgoIsAskedHowItIsGoing() {
        Given trouble = new Given().bought(VACUUM, 27, VACUUM.price().toPlainString())
                .touchpoint(27, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.", Mood.HAPPY)
                .touchpoint(1, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the cordless vacuum doing?", "Complained the battery stopped working.",
                        Mood.NEUTRAL);
        assertThat(trouble.brief().conversation().owner().rule()).isNotEqualTo("honeymoon.asked-lately");
        Given longAgo = new Given().bought(VACUUM, 60, VACUUM.price().toPlainString())
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.", Mood.HAPPY)
                .touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the cordless vacuum doing?", "All fine.", Mood.NEUTRAL);
        Brief brief = longAgo.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("honeymoon.neutral");
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).contains("how is the cordless stick vacuum going");
    }

    @Test
    void aCheckOnAnotherThingOfTheSameKindDoesNotCoverThisOne() {
        Given given = new Given().bought(ROBOT, 40, ROBOT.price().toPlainString());
        given.bought(VACUUM, 20, VACUUM.price().toPlainString())
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.", Mood.NEUTRAL)
                .touchpoint(2, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the robot vacuum doing?", "All fine.", Mood.NEUTRAL);
        assertThat(given.brief().conversation().owner().rule()).isNotEqualTo("honeymoon.asked-lately");
    }

    @Test
    void aPlanForNextYearSaidDaysAgoIsNotAskedAfterAgain() {
        Brief brief = newClientAskedYesterday()
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Maggie asked about dryers.", "Might be back for a dryer next year.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("ask whether that still stands").doesNotContain("ask where that stands");
    }

    // ---- a day passed, talked over since ----------------------------------------------------------

    @Test
    void aDayNamedForWhatTheyBoughtIsNotAskedAfterWhenWeTalkedItOverWithThemSince() {
        Given given = new Given().bought(ROBOT, 11, ROBOT.price().toPlainString())
                .touchpoint(11, Channel.CALL, Direction.INBOUND, "Maggie ordered the robot vacuum by phone for collection on Saturday.",
                        "Took it home the same day.", Mood.NEUTRAL);
        // Saturday is the 7th of March 2026, a week before today
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).contains("ask how it went");
        given.touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Sent Maggie a set-up video for the robot vacuum and called to answer questions.",
                "Went through the app pairing.", Mood.HAPPY);
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).doesNotContain("ask how it went");
    }

    // ---- nothing said twice -------------------------------------------------------------------

    private static java.util.List<BriefLine> afterOpener(String opener, String... points) {
        java.util.List<BriefLine> lines = new java.util.ArrayList<>();
        for (String point : points) {
            lines.add(new BriefLine(point, "book"));
        }
        return OpenerOnce.points(lines, new BriefLine(opener, "opener"), new java.util.ArrayList<>());
    }

    @Test
    void aPointThatOffersTheNextOneTheOpenerOffersGivesWay() {
        assertThat(afterOpener("Hi Mariana, it's been two months since your cut and blow-dry: would you like me to find you a time for the next one?",
                "Their last cut and blow-dry was about two months ago (October 20): offer the next one at a time that suits them.",
                "Priya is who they come to (2 visits with Priya): when you offer a time, offer it with Priya."))
                .extracting(BriefLine::text).containsExactly("Priya is who they come to (2 visits with Priya): when you offer a time, offer it with Priya.");
    }

    @Test
    void howItServesThemAskedInOtherWordsThanTheOpenersGivesWay() {
        assertThat(afterOpener("Hi Bj\u00f6rn, you've had the fleet tracking licence for five months now: is it doing what you hoped, and is anything missing?",
                "They got the fleet tracking licence about five months ago (June 22): ask how it is used, by whom.")).isEmpty();
        assertThat(afterOpener("Hi Ananya, I wanted to hear how the standard support plan is working for you now that you are on it: is it giving you what you took it for?",
                "They started the standard support plan about a month ago (November 2): ask whether it is doing what they took it for.",
                "Ask whether the team has had training on it yet."))
                .extracting(BriefLine::text).containsExactly("Ask whether the team has had training on it yet.");
        // the call is about something else: how the licence is used is a question of its own
        assertThat(afterOpener("Hi Adwoa, about two months ago you asked us for a session on the fleet tracking licence, and I'm sorry it has taken us this long.",
                "They renewed the fleet tracking licence about two months ago (September 25): ask how it is used, by whom.")).hasSize(1);
    }

    @Test
    void aCheckInPointThatSaysTheOpenerAgainGivesWayToTheStepItLeadsTo() {
        assertThat(afterOpener("Hi Duncan, I wanted to check in on how the set-up of the training day is going. Is there anything left for us to do?",
                "Check in on it: the set-up of the training day is under way (November 29), and nothing since says how it is going.",
                "They bought a training day (November 29), and no day for it is on record since: offer days that suit their team."))
                .extracting(BriefLine::text).containsExactly("They bought a training day (November 29), and no day for it is on record since: offer days that suit their team.");
    }

    @Test
    void twoThankYousAreSaidAsOne() {
        Brief brief = newClientAskedYesterday()
                .touchpoint(12, Channel.CALL, Direction.INBOUND, "Maggie mentioned us on the local community page.", "Three enquiries came from it.",
                        Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().talkingPoints()).filteredOn(line -> line.text().startsWith("Thank them")).singleElement()
                .satisfies(line -> assertThat(line.text()).contains("neighbour").contains(", and for "));
    }

    @Test
    void aThankYouAloneStaysAsItIs() {
        java.util.List<BriefLine> points = java.util.List.of(new BriefLine("Thank them for sending Brian our way.", "referral.thanks"),
                new BriefLine("Ask how the colour is holding.", "x"));
        assertThat(ThanksOnce.together(points, new java.util.ArrayList<>())).isEqualTo(points);
    }

    // ---- no filler ------------------------------------------------------------------------------

    @Test
    void aFramesPromiseOfNoNewsHoldsForThePointsBroughtUnderIt() {
        java.util.List<BriefLine> points = java.util.List.of(
                new BriefLine("Keep it short: one question, no news and no offers.", "situation.unanswered-still-a-client"),
                new BriefLine("They wanted a quote for the GPS trackers, and none is on record as sent: say sorry, and send it.", "owed.quote-never-sent"));
        assertThat(FramePromise.points(points)).extracting(BriefLine::text)
                .containsExactly("Keep it short: only what is below, and no other news or offers.", points.get(1).text());
        java.util.List<BriefLine> light = java.util.List.of(
                new BriefLine("Nothing from them since May 3: keep it light, one friendly question, no news and no offers.", "situation.quiet"),
                new BriefLine("Their dispatch licence is up for renewal on January 11: mention it, with what each choice costs.", "date.ahead"));
        assertThat(FramePromise.points(light).get(0).text())
                .isEqualTo("Nothing from them since May 3: keep it light, and bring only what is below, no other news or offers.");
        // alone with its own frame's lines, the promise holds as it is
        java.util.List<BriefLine> alone = java.util.List.of(points.get(0), new BriefLine("Ask whether another way suits them better.",
                "situation.unanswered-still-a-client"));
        assertThat(FramePromise.points(alone)).isEqualTo(alone);
    }

    @Test
    void aRivalNamedInPassingOrWhereTheyBuyTheSmallThingsShowsNoCardButOneTheyAreWeighingDoes() {
        Given given = new Given().bought(VACUUM, 5, VACUUM.price().toPlainString())
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.", Mood.HAPPY)
                .competitor(app.rapport.domain.CompetitorRelation.ALSO_BUYS_FROM, "Henley & Sons", "No online shop", "Small range");
        Brief brief = given.brief();
        assertThat(brief.competitors()).singleElement().satisfies(rival -> {
            assertThat(rival.name()).isEqualTo("Henley & Sons");
            assertThat(rival.points()).isEmpty();
            assertThat(rival.avoid()).isEmpty();
        });
        Brief weighing = new Given().bought(VACUUM, 5, VACUUM.price().toPlainString())
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.", Mood.HAPPY)
                .competitor(app.rapport.domain.CompetitorRelation.CONSIDERING, "Henley & Sons", "No online shop", "Small range")
                .brief();
        assertThat(weighing.competitors()).singleElement().satisfies(rival -> assertThat(rival.points()).isNotEmpty());
    }

    // ---- our newest note asked how it was going, and got no answer -----------------------------------

    @Test
    void ourUnansweredCheckInIsOwnedBeforeTheOpenerAsksTheSameAgain() {
        for (String note : new String[]{"Follow-up after the robot vacuum installation: any leaks, noises or error codes?",
                "Checked in with Maggie a few days after delivery; walked through emptying the robot vacuum's bin."}) {
            Brief brief = new Given().bought(VACUUM, 500, "199").bought(ROBOT, 25, "399")
                    .touchpoint(25, Channel.VISIT, Direction.INBOUND, "Maggie bought the robot vacuum after a demo.", "Paid in full.", Mood.HAPPY)
                    .touchpoint(12, Channel.EMAIL, Direction.OUTBOUND, note, "No reply yet.", null)
                    .brief();
            String opener = brief.conversation().opener().text();
            assertThat(opener).as(note).contains("I sent a note on " + day(12) + " that you may have missed, so forgive me for asking again.");
            assertThat(opener.indexOf("may have missed")).as(note).isLessThan(opener.indexOf('?'));
        }
    }

    @Test
    void aNoteAnsweredTooFreshOrThatAskedNothingIsNotOwnedAgain() {
        Brief answered = new Given().bought(VACUUM, 500, "199").bought(ROBOT, 25, "399")
                .touchpoint(25, Channel.VISIT, Direction.INBOUND, "Maggie bought the robot vacuum after a demo.", "Paid in full.", Mood.HAPPY)
                .touchpoint(12, Channel.EMAIL, Direction.OUTBOUND, "Checked in with Maggie: how is the robot vacuum doing?", "All working.", Mood.HAPPY)
                .brief();
        assertThat(answered.conversation().opener().text()).doesNotContain("may have missed");
        Brief fresh = new Given().bought(VACUUM, 500, "199").bought(ROBOT, 25, "399")
                .touchpoint(25, Channel.VISIT, Direction.INBOUND, "Maggie bought the robot vacuum after a demo.", "Paid in full.", Mood.HAPPY)
                .touchpoint(1, Channel.EMAIL, Direction.OUTBOUND, "Checked in with Maggie: how is the robot vacuum doing?", "No reply yet.", null)
                .brief();
        assertThat(fresh.conversation().opener().text()).doesNotContain("may have missed");
        Brief tips = new Given().bought(VACUUM, 500, "199").bought(ROBOT, 25, "399")
                .touchpoint(25, Channel.VISIT, Direction.INBOUND, "Maggie bought the robot vacuum after a demo.", "Paid in full.", Mood.HAPPY)
                .touchpoint(12, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie three tips for the robot vacuum.", "No reply.", null)
                .brief();
        assertThat(tips.conversation().opener().text()).doesNotContain("may have missed");
    }
}
