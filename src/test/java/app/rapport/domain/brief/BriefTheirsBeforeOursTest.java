package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What they asked for comes before what we are selling: an offer of ours already asked about again gives way to a wish of
 * theirs told since we made it (Lucas Müller, read 51); a prospect's own thing, asked about again and again, leads over
 * something we suggested once that went quiet (Olivia Anderson, read 50); and a call that must offer nothing until what they
 * paid for is given does not ask after our offer either (Kingfisher Medical Supplies, read 49).
 */
class BriefTheirsBeforeOursTest {
    private static final Product COLOUR = new Product(UUID.randomUUID(), "Full head colour", "Colour", Complexity.SIMPLE, new BigDecimal("95"));
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product TRAINING = new Product(UUID.randomUUID(), "On-site training day", "Professional services", Complexity.SIMPLE,
            new BigDecimal("950"));

    @Test
    void ourOfferAskedAboutAgainGivesWayToAWishTheyToldUsAfterWeMadeIt() {
        // the gloss package suggested, then their cancellation list, then our chase of the gloss package: their wish leads, with
        // their question about the highlights beside it, and the gloss package is left with them
        Given given = new Given().bought(COLOUR, 60, "95")
                .touchpoint(60, Channel.VISIT, Direction.OUTBOUND, "Full head colour done by Maya; Maggie took photos before leaving.", null, Mood.HAPPY)
                .touchpoint(50, Channel.MESSAGE, Direction.INBOUND, "Enquiry from Maggie: can the highlights be done in one sitting, or does it need two visits?",
                        null, Mood.HAPPY)
                .touchpoint(19, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it.",
                        "Thinking about it.", Mood.NEUTRAL)
                .touchpoint(13, Channel.CALL, Direction.INBOUND, "Maggie asked to be on the cancellation list for Friday. Relaxed and chatty.",
                        "On the waiting list.", Mood.HAPPY)
                .touchpoint(8, Channel.MESSAGE, Direction.OUTBOUND, "Messaged Maggie to ask about the gloss package again.", null, null);
        Brief brief = given.brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(brief.conversation().owner().rule()).as(spoken).isNotEqualTo("situation.offer-pending");
        assertThat(brief.conversation().opener().text()).as(spoken).doesNotContain("gloss package");
        assertThat(brief.conversation().talkingPoints()).as(spoken)
                .filteredOn(line -> line.text().contains("gloss package")).singleElement()
                .satisfies(line -> assertThat(line.text()).contains("asked about it again").contains("leave it with them"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void ourOfferAskedAboutAgainBeforeTheyToldUsNothingElseStillLeads() {
        // nothing of theirs since we made the offer: the offer is still the call, asked once more lightly
        Brief brief = new Given().bought(COLOUR, 60, "95")
                .touchpoint(60, Channel.VISIT, Direction.OUTBOUND, "Full head colour done by Maya; Maggie took photos before leaving.", null, Mood.HAPPY)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Maggie asked to be on the cancellation list for Friday. Relaxed and chatty.",
                        "On the waiting list.", Mood.HAPPY)
                .touchpoint(19, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it.",
                        "Thinking about it.", Mood.NEUTRAL)
                .touchpoint(8, Channel.MESSAGE, Direction.OUTBOUND, "Messaged Maggie to ask about the gloss package again.", null, null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-pending");
    }

    @Test
    void aProspectsOwnThingAskedAboutAgainAndAgainLeadsOverOurSuggestionGoneQuiet() {
        Given given = new Given()
                .touchpoint(300, Channel.EMAIL, Direction.INBOUND, "Maggie asked about the difference between the coffee machine and the cheaper model.",
                        "Will come in on Saturday to see it.", Mood.HAPPY)
                .touchpoint(270, Channel.CALL, Direction.INBOUND, "Maggie asked which coffee machine we would recommend for a small kitchen.", null, Mood.HAPPY)
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Maggie wanted to see the coffee machine working before buying.", null, Mood.HAPPY)
                .touchpoint(180, Channel.VISIT, Direction.INBOUND, "Maggie asked about the coffee machine after seeing it in the window.", null, Mood.NEUTRAL)
                .touchpoint(125, Channel.CALL, Direction.INBOUND, "Phone enquiry from Maggie: is the coffee machine in stock?", null, Mood.NEUTRAL)
                .touchpoint(118, Channel.CALL, Direction.INBOUND, "Maggie asked whether the coffee machine is easy to clean.", "Showed them how it comes apart.",
                        Mood.HAPPY)
                .touchpoint(103, Channel.VISIT, Direction.OUTBOUND, "Suggested the fridge freezer to Maggie; interested, wants to think it over.", null, Mood.HAPPY)
                .touchpoint(95, Channel.CALL, Direction.OUTBOUND, "Called Maggie to ask whether they had decided on the fridge freezer.", null, null);
        Brief brief = given.brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(brief.conversation().owner().rule()).as(spoken).isNotEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().goal().text()).as(spoken).contains("coffee machine").doesNotContain("fridge freezer");
        assertThat(brief.conversation().talkingPoints()).as(spoken).extracting(BriefLine::rule).contains("thread.quiet-outrun");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void ourOwnSuggestionStillLeadsOverAThingTheyAskedAboutOnlyOnce() {
        Brief brief = new Given()
                .touchpoint(180, Channel.VISIT, Direction.INBOUND, "Maggie asked about the coffee machine after seeing it in the window.", null, Mood.NEUTRAL)
                .touchpoint(125, Channel.CALL, Direction.INBOUND, "Phone enquiry from Maggie: is the coffee machine in stock?", null, Mood.NEUTRAL)
                .touchpoint(103, Channel.VISIT, Direction.OUTBOUND, "Suggested the fridge freezer to Maggie; interested, wants to think it over.", null, Mood.HAPPY)
                .touchpoint(95, Channel.CALL, Direction.OUTBOUND, "Called Maggie to ask whether they had decided on the fridge freezer.", null, null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
    }

    @Test
    void aCallThatMustOfferNothingUntilWhatTheyPaidForIsGivenDoesNotAskAfterOurOffer() {
        Given given = new Given().bought(DISPATCH, 440, "3600").bought(TRAINING, 238, "950")
                .touchpoint(238, Channel.EMAIL, Direction.OUTBOUND, "Statement of work for the training day signed by Kestrel Haulage.", "Invoice sent.",
                        Mood.EXCITED)
                .touchpoint(76, Channel.EMAIL, Direction.INBOUND, "Kestrel Haulage renewed the Dispatch licence for another year; invoice sent.", "Acknowledged.",
                        Mood.NEUTRAL)
                .touchpoint(12, Channel.CALL, Direction.OUTBOUND, "Suggested the GPS trackers to Lena as the fleet grows.", "Thinking about it.", Mood.EXCITED)
                .promised(236, "Book the training day with Lena", null);
        Brief brief = given.brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.paid-not-given");
        assertThat(brief.conversation().offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(brief.conversation().talkingPoints()).as(spoken).noneMatch(line -> line.text().contains("GPS trackers"));
        assertThat(brief.conversation().avoid()).as(spoken).noneMatch(line -> line.text().contains("offering something else on top"));
        // the offer is still on record for the caller to see
        assertThat(brief.openItems()).anyMatch(line -> line.text().contains("GPS trackers"));
    }

    @Test
    void aDemoTheyAskedForAndGotOnlyPricingForLeadsOverOurOlderDemoGoneQuiet() {
        // Riverside Lift Services, read 53: "asked for a demo of the Dispatch licence", then only its pricing sent, and the brief led with
        // our dash-cam demo of July, gone quiet
        Product tracking = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)", "Software licences",
                Complexity.COMPLEX, new BigDecimal("4460"));
        Product dispatch = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences", Complexity.COMPLEX,
                new BigDecimal("3600"));
        Product cams = new Product(UUID.randomUUID(), "Vehicle dash cameras (set of 6)", "Hardware", Complexity.COMPLEX, new BigDecimal("1800"));
        Given given = new Given().bought(tracking, 285, "4460")
                .touchpoint(285, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Maggie.", "Invoice sent.", Mood.HAPPY)
                .touchpoint(144, Channel.MEETING, Direction.OUTBOUND, "Demoed the dash cams to Maggie and their finance lead.", "Thinking about it.", Mood.HAPPY)
                .touchpoint(8, Channel.MEETING, Direction.INBOUND, "Maggie asked for a demo of the Dispatch licence. Thanked us twice.",
                        "Qualified; budget next quarter.", Mood.HAPPY)
                .touchpoint(5, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie pricing for the Dispatch licence.", null, null)
                .promised(3, "Send Maggie pricing for the Dispatch licence", 5);
        given.products.put(cams.id(), cams);
        given.products.put(dispatch.id(), dispatch);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().opener().text()).contains("demo of the Dispatch licence");

        Given shown = new Given().bought(tracking, 285, "4460")
                .touchpoint(8, Channel.MEETING, Direction.INBOUND, "Maggie asked for a demo of the Dispatch licence.", "Qualified; budget next quarter.", Mood.HAPPY)
                .touchpoint(2, Channel.MEETING, Direction.OUTBOUND, "Demoed the Dispatch licence to Maggie and her dispatchers.", "Thinking about it.", Mood.HAPPY);
        shown.products.put(dispatch.id(), dispatch);
        assertThat(shown.brief().conversation().opener().text()).doesNotContain("you asked us for a demo");
    }
}
