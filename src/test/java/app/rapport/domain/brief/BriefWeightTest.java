package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.BALAYAGE;
import static app.rapport.domain.brief.BriefEngineTest.HAIRCUT;
import static app.rapport.domain.brief.BriefEngineTest.OVEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flags and frames that weigh what happened: tips we sent that were opened are no messages ignored, two months after a cut
 * is no "long silence", a thank-you for a review or a referral months old and talked over since comes too late, their own
 * thanks to us is not ours to them, and a point says once what the opener or another point already says. Read on Sunday
 * 15 March 2026 ({@link BriefEngineTest#NOW}); the histories are hand-written from reads 30 and 31.
 */
class BriefWeightTest {

    static final Product DISHWASHER = new Product(UUID.randomUUID(), "Halden 60 cm dishwasher", "Dishwashers", Complexity.COMPLEX,
            new BigDecimal("479"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static BriefLine line(String text) {
        return new BriefLine(text, "test.rule");
    }

    // ---- messages that ask nothing ---------------------------------------------------------------------------------------

    @Test
    void tipsNewsAndNoticesOfOursAskNothingWhileQuestionsSurveysAndOffersDo() {
        for (String gives : new String[] {"Emailed Sam tips on getting the most out of the dishwasher: the settings most people never try.",
                "Told Sam about the free filter replacement that comes with the dishwasher.", "Sent Omar our newsletter: customer stories.",
                "Let Jo know our opening hours change over the holidays.", "Message to Ana: the eco setting on the dryer saves about a fifth on energy.",
                "Reminded Kim to register the oven for the extra year of warranty.", "Sent Lee a case study from a similar company."}) {
            assertThat(TextSignals.givesOnly(gives)).as(gives).isTrue();
        }
        for (String asks : new String[] {"Message to Ana: fancy booking the next visit?", "Sent Omar the customer satisfaction survey.",
                "Email to Omar: new data processing agreement, signature needed.", "Sent Sam a short \"how's it going?\" message about the dryer.",
                "Invited Omar to a webinar on route planning.", "Told Sam about the quote for the service plan.",
                "Email to Ana: Tash is on leave for two weeks; offered another stylist or a later date.", "Sent Sam the price list."}) {
            assertThat(TextSignals.givesOnly(asks)).as(asks).isFalse();
        }
    }

    @Test
    void twoTipsTheyOpenedAreNoSilenceToAskAboutButTwoQuestionsUnansweredAre() {
        Brief tips = new Given().bought(DISHWASHER, 330, "479")
                .touchpoint(190, Channel.CALL, Direction.INBOUND, "Maggie asked about the running costs of the dishwasher", "Gave the brochure.", Mood.HAPPY)
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Told Maggie about the free filter replacement that comes with the dishwasher.", "Opened it.", null)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie tips on getting the most out of the dishwasher.", "Opened it.", null)
                .brief();
        assertThat(tips.conversation().owner().rule()).isNotIn("situation.unanswered", "situation.unanswered-still-a-client");
        // Months without a word of theirs are still a quiet on their side, said as what it was.
        assertThat(tips.conversation().owner().rule()).isEqualTo("situation.quiet-their-side");
        assertThat(tips.conversation().owner().because()).endsWith("and since then only news and tips from us");
        assertThat(BriefEngineTest.allText(tips)).doesNotContain("without hearing back", "went unanswered");

        Brief asked = new Given().bought(DISHWASHER, 330, "479")
                .touchpoint(190, Channel.CALL, Direction.INBOUND, "Maggie asked about the running costs of the dishwasher", "Gave the brochure.", Mood.HAPPY)
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Asked Maggie whether the dishwasher is still doing everything she needs", "No reply.", null)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a short \"how's it going?\" message", "Opened it.", null)
                .brief();
        assertThat(asked.conversation().owner().rule()).isIn("situation.unanswered", "situation.unanswered-still-a-client",
                "situation.quiet-their-side");
    }

    // ---- the silence weighed against what they bought ----------------------------------------------------------------

    @Test
    void twoMonthsAfterACutIsTheGapBeforeTheNextOneNotALongSilence() {
        Brief cut = new Given().bought(BALAYAGE, 200, "185").bought(HAIRCUT, 60, "55")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Priya; Maggie loved it", null, Mood.HAPPY).brief();
        assertThat(cut.ghosted()).as("nobody was in touch since: the fact Today shares").isTrue();
        assertThat(cut.silenceWeighs()).as("two months after a cut is about the time for the next one").isFalse();
        assertThat(cut.conversation().channelWhy() == null ? "" : cut.conversation().channelWhy().text()).doesNotContain("long silence");

        Brief away = new Given().bought(HAIRCUT, 150, "55")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Priya", null, Mood.HAPPY).brief();
        assertThat(away.silenceWeighs()).as("five months is well past the weeks between two cuts").isTrue();

        Brief oven = new Given().bought(OVEN, 30, "899")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Maggie bought the built-in oven", null, Mood.HAPPY).brief();
        assertThat(oven.silenceWeighs()).as("something they keep and use wants a first check-in").isTrue();
    }

    @Test
    void theirOwnRhythmSetsTheWeightOfTheSilence() {
        Given monthly = new Given();
        for (int ago = 270; ago >= 90; ago -= 30) {
            monthly.bought(HAIRCUT, ago, "55").touchpoint(ago, Channel.VISIT, Direction.INBOUND, "Cut with Priya", null, Mood.HAPPY);
        }
        monthly.bought(BALAYAGE, 60, "185").touchpoint(60, Channel.VISIT, Direction.INBOUND, "Balayage with Priya", null, Mood.HAPPY);
        assertThat(monthly.brief().silenceWeighs()).as("two months for a client who comes every month is twice their gap").isTrue();
    }

    // ---- thanks said in time ------------------------------------------------------------------------------------------

    @Test
    void aReviewMonthsOldAndTalkedOverSinceIsNotThankedNowButOneWithNoTalkSinceIs() {
        Brief talkedSince = new Given().bought(DISHWASHER, 330, "479")
                .touchpoint(280, Channel.VISIT, Direction.INBOUND, "Maggie came in to say the dishwasher is brilliant", "Left a five-star review.", Mood.EXCITED)
                .touchpoint(270, Channel.CALL, Direction.INBOUND, "Maggie asked about the energy rating of the washing machine", "Gave the brochure.", Mood.HAPPY)
                .brief();
        assertThat(points(talkedSince)).noneMatch(point -> point.contains("Thank them for the review"));
        assertThat(talkedSince.dropped()).anySatisfy(d -> assertThat(d.reason()).contains("comes too late"));

        Brief firstChance = new Given().bought(DISHWASHER, 330, "479")
                .touchpoint(280, Channel.VISIT, Direction.INBOUND, "Maggie came in to say the dishwasher is brilliant", "Left a five-star review.", Mood.EXCITED)
                .brief();
        assertThat(BriefEngineTest.allText(firstChance)).contains("review");
    }

    @Test
    void aReferralAlmostAYearOldWithTalksSinceIsNotThankedNow() {
        Brief brief = new Given().bought(DISHWASHER, 600, "479")
                .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.WON, null, "Passed our details to Sana", 340)
                .touchpoint(200, Channel.CALL, Direction.INBOUND, "Maggie asked about the descale service", "Booked it.", Mood.HAPPY)
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Maggie rang about the filters", "Sent them.", Mood.HAPPY)
                .brief();
        assertThat(points(brief)).noneMatch(point -> point.contains("passing our details"));

        Brief fresh = new Given().bought(DISHWASHER, 600, "479")
                .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.WON, null, "Passed our details to Sana", 20)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie rang about the filters", "Sent them.", Mood.HAPPY)
                .brief();
        assertThat(points(fresh)).anyMatch(point -> point.contains("passing our details on to Sana"));
    }

    @Test
    void theirThanksToUsIsNotOursToThemAndTheNeighbourTheyBroughtIsThankedByName() {
        Brief brief = new Given().bought(DISHWASHER, 500, "479")
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie brought their neighbour in to see the showroom.", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(points(brief)).contains("Thank them for bringing their neighbour in to see the showroom.");
    }

    // ---- said once -----------------------------------------------------------------------------------------------------

    @Test
    void theSilenceOwnedInTheOpenerIsNotOwnedAgainInAPointWhichKeepsHowLong() {
        BriefLine opener = line("Hi Yuki, it has been far too long since your visit, and that's on us. How have you been?");
        List<BriefLine> kept = OpenerOnce.points(List.of(line("Say that we have not been in touch since your visit a year and a half ago, "
                + "and that it is on us, not them.")), opener, new ArrayList<>());
        assertThat(kept).extracting(BriefLine::text).containsExactly("Say that we have not been in touch since your visit a year and a half ago.");
    }

    @Test
    void howAThingServesThemIsAskedOnceAcrossPoints() {
        BriefLine renewal = line("Ask how the dispatch licence has served them this year, and what has changed in how they use it.");
        BriefLine again = line("They renewed the dispatch licence about three months ago (September 21): ask how it is used, by whom, and whether anything is missing.");
        BriefLine other = line("Ask how the fleet tracking has been serving the drivers.");
        List<Brief.Dropped> dropped = new ArrayList<>();

        assertThat(OpenerOnce.servesOnce(List.of(renewal, again, other), dropped)).containsExactly(renewal, other);
        assertThat(dropped).singleElement().satisfies(d -> assertThat(d.reason()).startsWith("it asks again how it serves them"));
    }
}
