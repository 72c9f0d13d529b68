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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing superseded, nothing said twice, no filler: a line the record has since answered does not
 * lead (a referral thanked at the time, a rating's complaint followed by happy purchases, something
 * they said they needed and then bought from us), a review they promised to write is not a day set
 * with us, a talking point does not ask the opener again, and the lines that remind them why they
 * chose a thing need what they told us. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefSupersededTest {
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.SIMPLE,
            new BigDecimal("714"));
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Floor care", Complexity.SIMPLE,
            new BigDecimal("349"));
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio capsule coffee maker", "Small appliances",
            Complexity.SIMPLE, new BigDecimal("129"));
    private static final Product MACHINE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Coffee machines",
            Complexity.SIMPLE, new BigDecimal("649"));
    private static final Product BOND = new Product(UUID.randomUUID(), "Bond-repair treatment", "Treatments", Complexity.SIMPLE,
            new BigDecimal("43"));
    private static final Product TRACKERS = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware",
            Complexity.SIMPLE, new BigDecimal("1490"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static String said(Brief brief) {
        Brief.Conversation c = brief.conversation();
        return String.join("\n", c.owner().text(), c.goal() == null ? "" : c.goal().text(), c.opener() == null ? "" : c.opener().text(),
                String.join("\n", points(brief)));
    }

    // ---- a review of us they will write is no appointment ----------------------------------------

    @Test
    void aReviewTheyPromisedToWriteIsNoDaySetWithUs() {
        for (String[] words : List.of(
                new String[] {"Asked Maggie whether she would leave us a review; happy to.", "Will write one this week."},
                new String[] {"Asked Maggie for an online review after the colour.", "Will do it tomorrow."},
                new String[] {"Maggie said she would write a review of the balayage for us.", "Will post one next week."})) {
            Brief brief = new Given().bought(BOND, 40, "43").talked(39, Mood.HAPPY, "Checked how the treatment is holding up; lovely")
                    .touchpoint(1, Channel.EMAIL, Direction.OUTBOUND, words[0], words[1], Mood.HAPPY).brief();
            assertThat(brief.conversation().owner().rule()).as(words[0]).isNotEqualTo("situation.day-ahead");
            assertThat(said(brief)).as(words[0]).doesNotContain("is set for").doesNotContain("before the review");
        }
    }

    @Test
    void aReviewMeetingOnADayAheadIsStillPreparedFor() {
        Brief brief = new Given().bought(TRACKERS, 60, "1490").talked(59, Mood.HAPPY, "Trackers fitted in all vans")
                .touchpoint(2, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the agenda for the quarterly review on Thursday.",
                        "Confirmed.", Mood.NEUTRAL).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.day-ahead");
    }

    // ---- a referral thanked at the time ---------------------------------------------------------

    @Test
    void aReferralWeThankedThemForAtTheTimeIsNotThankedAgain() {
        for (String outcome : List.of("Thanked them.", "Thanked them with a voucher.", "Sent a thank-you card.")) {
            Given given = new Given().bought(DRYER, 300, "714").talked(290, Mood.HAPPY, "Checked the dryer; all good")
                    .touchpoint(200, Channel.EMAIL, Direction.INBOUND, "Introduced Natalia at a partner company.", outcome, Mood.HAPPY)
                    .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.OPEN, null, "Introduced Natalia at a partner company", 200);
            assertThat(points(given.brief())).as(outcome).noneMatch(text -> text.startsWith("Thank them for"));
        }
    }

    @Test
    void aReferralNobodyThankedThemForIsStillThankedThoughWeThankedThemForAPurchaseSince() {
        Given given = new Given().bought(DRYER, 300, "714").talked(290, Mood.HAPPY, "Checked the dryer; all good")
                .touchpoint(120, Channel.EMAIL, Direction.INBOUND, "Introduced Natalia at a partner company.", "Passed to sales.", Mood.HAPPY)
                .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.OPEN, null, "Introduced Natalia at a partner company", 120)
                .bought(VACUUM, 100, "349")
                .touchpoint(99, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a thank-you message and three tips for the cordless vacuum.",
                        "Replied with thanks.", Mood.NEUTRAL);
        assertThat(points(given.brief())).anyMatch(text -> text.startsWith("Thank them for") && text.contains("Natalia"));
    }

    // ---- a rating's complaint, then happy purchases -----------------------------------------------

    private static Given ratedFourThenBought(boolean boughtSince) {
        Given given = new Given().bought(DRYER, 300, "714")
                .touchpoint(299, Channel.EMAIL, Direction.OUTBOUND, "Confirmed the installation slot on Monday with Maggie.", "Confirmed.", Mood.HAPPY)
                .touchpoint(140, Channel.CALL, Direction.OUTBOUND, "Asked Maggie to rate the installation team.",
                        "Rated 4/5; the installers were late.", Mood.NEUTRAL);
        if (boughtSince) {
            given.bought(VACUUM, 116, "349").touchpoint(116, Channel.VISIT, Direction.INBOUND,
                    "Sold the cordless vacuum; showed Maggie the main settings at the counter. Friendly as always.", "Paid by card.", Mood.HAPPY);
        }
        return given.touchpoint(60, Channel.VISIT, Direction.INBOUND,
                "Maggie stopped for a coffee at the demo counter and talked about the grandchildren.", "Will come in soon.", Mood.HAPPY);
    }

    @Test
    void aRatingThatFellShortIsPastOnceTheyBoughtFromUsHappilySince() {
        assertThat(said(ratedFourThenBought(true).brief())).doesNotContain("4/5").doesNotContain("installers were late");
    }

    @Test
    void aRatingThatFellShortWithNothingBoughtSinceIsStillOwned() {
        assertThat(points(ratedFourThenBought(false).brief())).anyMatch(text -> text.contains("4/5") && text.contains("installers were late"));
    }

    // ---- something they needed, then bought from us ------------------------------------------------

    private static Given lastLegs(boolean boughtIt) {
        Given given = new Given().bought(DRYER, 400, "714").talked(390, Mood.HAPPY, "Checked the dryer; all good")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Mentioned their capsule coffee maker is on its last legs.", "Nice chat.", Mood.HAPPY)
                .opportunity(OpportunityKind.UPSELL, OpportunityStatus.OPEN, null, "Mentioned their capsule coffee maker is on its last legs", 150);
        if (boughtIt) {
            given.bought(COFFEE, 100, "129").touchpoint(100, Channel.VISIT, Direction.INBOUND, "Maggie picked up the capsule coffee maker.",
                    "Paid by card.", Mood.HAPPY);
        }
        return given.touchpoint(30, Channel.VISIT, Direction.INBOUND, "Maggie popped in to say the dryer is great.", "Nice chat.", Mood.HAPPY);
    }

    @Test
    void aThingTheySaidWasOnItsLastLegsIsNoOpeningOnceTheyBoughtItsReplacement() {
        assertThat(said(lastLegs(true).brief())).doesNotContain("last legs");
    }

    @Test
    void aThingTheySaidWasOnItsLastLegsIsStillAnOpeningWhileNothingReplacedIt() {
        assertThat(points(lastLegs(false).brief())).anyMatch(text -> text.contains("last legs"));
    }

    // ---- the opener's question, asked again ------------------------------------------------------

    @Test
    void aTalkingPointThatOnlyAsksTheOpenersQuestionAgainGivesWayToIt() {
        Given given = new Given().bought(MACHINE, 170, "649")
                .touchpoint(169, Channel.VISIT, Direction.INBOUND, "Maggie picked up the coffee machine as a gift.", "Paid in full.", Mood.HAPPY)
                .touchpoint(160, Channel.CALL, Direction.INBOUND, "Maggie unhappy: the coffee maker is noisier than the display model.",
                        "Asked them to bring it in.", Mood.FRUSTRATED)
                .touchpoint(157, Channel.VISIT, Direction.OUTBOUND, "Swapped the coffee maker for a quieter one from a new batch; Maggie happy.",
                        "Replaced.", Mood.EXCITED)
                .touchpoint(110, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie three tips to get more out of the coffee maker.", "Said thanks.",
                        Mood.NEUTRAL)
                .opportunity(OpportunityKind.COMPLAINT, OpportunityStatus.WON, null, "Coffee maker noisier than the display model", 160);
        Brief brief = given.brief();
        String opener = brief.conversation().opener().text();
        assertThat(opener).contains("coffee machine");
        assertThat(points(brief)).isNotEmpty().noneMatch(text -> text.contains("ask whether it still does everything they need")
                || text.contains("ask whether it is time for the next one"));
        assertThat(brief.dropped()).anyMatch(d -> d.reason().equals("the opener already asks it"));
    }

    @Test
    void aTalkingPointThatAddsToTheOpenerStays() {
        Brief brief = new Given().bought(BriefEngineTest.LICENCE, 90, "3350")
                .touchpoint(90, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year; invoice sent.", "Acknowledged.",
                        Mood.NEUTRAL).brief();
        assertThat(points(brief)).anyMatch(text -> text.contains("by whom") || text.contains("how it is used"));
    }

    // ---- value lines need what they told us -------------------------------------------------------

    @Test
    void noLineRemindsThemWhyTheyChoseAThingWhenTheyToldUsNothingOfIt() {
        Brief brief = new Given().bought(TRACKERS, 16, "1490")
                .touchpoint(16, Channel.MEETING, Direction.INBOUND, "Maggie ordered GPS trackers; delivery to the main depot on Monday. Seemed pleased.",
                        null, Mood.HAPPY)
                .touchpoint(10, Channel.CALL, Direction.OUTBOUND, "Remote session: paired the GPS trackers with the fleet accounts.", "On track.",
                        Mood.NEUTRAL).brief();
        assertThat(said(brief)).doesNotContain("what they told us matters").doesNotContain("Mention what comes with");
        assertThat(brief.dropped()).noneMatch(d -> d.text().contains("what they told us matters"));
    }

    @Test
    void whereTheyPutAThingIsNotWhatTheyChoseItFor() {
        Brief brief = new Given().bought(DRYER, 40, "714")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Maggie bought the dryer for the new kitchen.", "Paid in full.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Maggie says the dryer is lovely.", "All fine.", Mood.HAPPY).brief();
        List<String> everything = new java.util.ArrayList<>(points(brief));
        brief.dropped().forEach(d -> everything.add(d.text()));
        assertThat(everything).noneMatch(text -> text.contains("new kitchen: ask whether it lives up to that"))
                .noneMatch(text -> text.contains("what they told us matters"));
    }

    @Test
    void whatTheyToldUsTheyChoseAThingForIsWhatTheLineRemindsThemOf() {
        Brief brief = new Given().bought(DRYER, 40, "714")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND,
                        "Maggie bought the dryer after comparing it with two others; chose it for the quiet motor.", "Paid in full.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Maggie says the dryer is lovely.", "All fine.", Mood.HAPPY).brief();
        List<String> everything = new java.util.ArrayList<>(points(brief));
        brief.dropped().forEach(d -> everything.add(d.text()));
        assertThat(everything).anyMatch(text -> text.contains("chose the dryer for the quiet motor"));
        assertThat(everything).noneMatch(text -> text.contains("what they told us matters"));
    }

    // ---- a loyalty count counts the times they bought ---------------------------------------------

    @Test
    void aLoyaltyCountCountsTheDaysTheyBoughtNotTheInstallationAndWarrantyBoughtAlongside() {
        Product installation = new Product(UUID.randomUUID(), "Installation & old-appliance removal", "Services", Complexity.SIMPLE,
                new BigDecimal("79"));
        Product warranty = new Product(UUID.randomUUID(), "Extended warranty (3 years)", "Warranties", Complexity.SIMPLE, new BigDecimal("129"));
        Brief brief = new Given().bought(DRYER, 700, "714").bought(installation, 700, "79").bought(warranty, 700, "129")
                .bought(BriefEngineTest.KETTLE, 400, "40").bought(BriefEngineTest.ALARM, 200, "900")
                .talked(30, Mood.HAPPY, "Chat about the alarm; all well").brief();
        List<String> everything = new java.util.ArrayList<>(points(brief));
        brief.dropped().forEach(d -> everything.add(d.text()));
        assertThat(everything).anyMatch(text -> text.contains("(3 purchases, above all"));
        assertThat(everything).noneMatch(text -> text.contains("5 purchases"));
    }
}
