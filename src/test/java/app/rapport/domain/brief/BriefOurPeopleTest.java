package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our people named, the right thing anchored, and words that read aloud (reads 37 and 39): the stylist who did their newest
 * service though other visits name nobody (Jonas, Priya), a new account manager whose first talk is still to come (Ravi),
 * the thing their signing names rather than the dearer thing bought with it (Dmitri's licence), eight dash cams said as
 * eight, "your finish" for a short cut and finish, and "the rattle they mentioned" said to the client. Histories
 * hand-written after those reads.
 */
class BriefOurPeopleTest {

    private static final Product UPDO = new Product(UUID.randomUUID(), "Event updo", "Occasions", Complexity.SIMPLE, new BigDecimal("65"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("55"));
    private static final Product SHAMPOO = new Product(UUID.randomUUID(), "Colour-protect shampoo (250 ml)", "Retail care", Complexity.SIMPLE,
            new BigDecimal("18.5"));
    private static final Product LICENCE = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("4800"));
    private static final Product TRACKERS = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware", Complexity.COMPLEX,
            new BigDecimal("1490"));
    private static final Product DASH_CAM = new Product(UUID.randomUUID(), "Vehicle dash camera", "Hardware", Complexity.SIMPLE, new BigDecimal("240"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static String said(Brief brief) {
        StringBuilder all = new StringBuilder(brief.conversation().opener().text()).append('\n').append(brief.conversation().goal().text());
        points(brief).forEach(point -> all.append('\n').append(point));
        return all.toString();
    }

    private static Given bought(Given given, Product product, String description, String amount, int daysAgo, Integer renewsIn) {
        given.products.put(product.id(), product);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), description, TODAY.minusDays(daysAgo), new BigDecimal(amount),
                null, renewsIn == null ? null : TODAY.plusDays(renewsIn)));
        return given;
    }

    // ---- the person of ours who served them ---------------------------------------------------------------------

    @Test
    void whoDidTheirNewestServiceIsNamedThoughOtherVisitsNameNobody() {
        Given given = new Given().bought(CUT, 4, "55").bought(SHAMPOO, 3, "38").bought(UPDO, 3, "68.5")
                .touchpoint(4, Channel.VISIT, Direction.INBOUND, "Maggie had the cut and blow-dry today; the finish was lovely.", "Left a review.", Mood.EXCITED)
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "Sold the colour-protect shampoo; showed Maggie how much to use.", "Paid in full.", Mood.HAPPY)
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "Maggie came in for the updo with Jonas; really pleased with the result.",
                        "Left a five-star review.", Mood.EXCITED);

        assertThat(points(given.brief())).anyMatch(point -> point.startsWith("Jonas did their updo (on ") && point.contains("offer it with Jonas"));
    }

    @Test
    void aServiceNamedWithWhatGoesWithItKeepsItsOwnName() {
        // Giulia Silva, read 50: "Maya did their alongside parent", the "Kids' cut" dropped from "Kids' cut alongside parent"
        Product kids = new Product(UUID.randomUUID(), "Kids' cut alongside parent", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("15"));
        Given given = new Given().bought(CUT, 60, "55").bought(kids, 20, "15")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie had the cut and blow-dry today.", "Paid in full.", Mood.HAPPY)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Maggie brought her son in for the kids' cut with Maya.", "Paid in full.", Mood.HAPPY)
                .touchpoint(10, Channel.MESSAGE, Direction.OUTBOUND, "Message to Maggie: how to keep the kids' cut fresh between visits.", "No reply.",
                        null);

        assertThat(points(given.brief())).anyMatch(point -> point.startsWith("Maya did their kids' cut (on "))
                .noneMatch(point -> point.contains("their alongside"));
    }

    @Test
    void theStylistOfTheirOneServiceIsNamedAfterLaterVisitsAndNoticesNameNobodyElse() {
        Given given = new Given().bought(CUT, 400, "55")
                .touchpoint(400, Channel.VISIT, Direction.OUTBOUND, "Cut and blow-dry done by Priya; Maggie took photos before leaving.",
                        "Next visit booked in six weeks.", Mood.EXCITED)
                .touchpoint(330, Channel.VISIT, Direction.INBOUND, "Posted a review and tagged us.", "Discount code sent.", Mood.HAPPY)
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Maggie asked to be on the cancellation list for Tuesday.", "On the waiting list.", Mood.HAPPY)
                .touchpoint(15, Channel.EMAIL, Direction.OUTBOUND, "Email to Maggie: Priya is on leave for two weeks; offered another stylist.",
                        "No reply needed.", null);

        assertThat(points(given.brief())).anyMatch(point -> point.startsWith("Priya did their cut and blow-dry (on ") && point.contains("offer it with Priya"));
    }

    @Test
    void aNameAtAVisitWithNoServiceThatDayOrATalkWithSomeoneNamesNobody() {
        for (String visit : List.of("Maggie popped in with Lucia to look at the colour charts.", "Checked in with Oisín about the next appointment.")) {
            Given given = new Given().bought(CUT, 200, "55")
                    .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Maggie had the cut and blow-dry.", "Paid in full.", Mood.HAPPY)
                    .touchpoint(90, Channel.VISIT, Direction.INBOUND, visit, "No booking yet.", Mood.HAPPY)
                    .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, "Maggie asked what the gloss costs.", "Sent the price list.", Mood.HAPPY);
            assertThat(points(given.brief())).as(visit).noneMatch(point -> point.contains(" did their ") || point.contains("is who they"));
        }
    }

    // ---- a new account manager ----------------------------------------------------------------------------------

    @Test
    void aNewAccountManagerIsSaidWhenOnlyAReportOfOursWasForwardedSince() {
        Given given = bought(new Given(), LICENCE, null, "4800", 200, 165)
                .touchpoint(200, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Maggie.", "Contract signed.", Mood.HAPPY)
                .touchpoint(28, Channel.EMAIL, Direction.OUTBOUND, "Let Maggie know that Ravi is their new account manager.", "No reply yet.", null)
                .touchpoint(17, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a usage report: the licence cut empty miles by 11% last quarter.",
                        "Forwarded to the team.", Mood.HAPPY);

        assertThat(points(given.brief())).anyMatch(point -> point.startsWith("Ravi became their account manager"));
    }

    @Test
    void aNewAccountManagerTheyHaveSpokenWithSinceIsHowThingsAre() {
        Given given = bought(new Given(), LICENCE, null, "4800", 200, 165)
                .touchpoint(200, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Maggie.", "Contract signed.", Mood.HAPPY)
                .touchpoint(28, Channel.EMAIL, Direction.OUTBOUND, "Let Maggie know that Ravi is their new account manager.", "No reply yet.", null)
                .touchpoint(17, Channel.CALL, Direction.OUTBOUND, "Ravi called Maggie to introduce himself; walked through the dashboard.",
                        "Glad to have a named contact.", Mood.HAPPY);

        assertThat(points(given.brief())).noneMatch(point -> point.contains("became their account manager"));
    }

    // ---- the anchor -----------------------------------------------------------------------------------------------

    @Test
    void theThingTheirSigningNamesIsTheAnchorNotTheDearerThingBoughtWithIt() {
        Given given = bought(bought(new Given(), LICENCE, null, "4220", 130, 235), TRACKERS, "3 × GPS tracker units (pack of 10)", "4470", 130, null)
                .touchpoint(134, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a demo of the Fleet Tracking licence.", "Sent pricing.", Mood.NEUTRAL)
                .touchpoint(130, Channel.VISIT, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Maggie after the final demo.",
                        "Contract signed.", Mood.HAPPY);

        String said = said(given.brief());
        assertThat(said).contains("the fleet tracking licence").doesNotContain("the GPS tracker units");
    }

    @Test
    void aNewThingBoughtAsManyIsSaidAsManyAndAskedAfterAsThey() {
        Given given = bought(bought(new Given(), LICENCE, null, "4800", 500, null), LICENCE, null, "4800", 40, 325);
        bought(given, DASH_CAM, "8 × Vehicle dash camera", "1927", 25, null)
                .touchpoint(25, Channel.EMAIL, Direction.INBOUND, "Maggie ordered dash cams for the new vans.", "PO received.", null)
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Thanked Maggie for the order and confirmed the delivery date.", "Acknowledged.", Mood.NEUTRAL);

        Brief brief = given.brief();
        assertThat(brief.conversation().opener().text()).contains("the eight vehicle dash cameras").contains("are they doing everything you hoped?")
                .doesNotContain("is it doing");
        assertThat(said(brief)).doesNotContain("the vehicle dash camera ").doesNotContain("the vehicle dash camera,");
    }

    // ---- words said aloud ------------------------------------------------------------------------------------------

    @Test
    void aNameOfTwoThingsJoinedIsNotCutToAWordOfAnotherPhrase() {
        String record = "thank-you message after the short cut, with a photo of the finished look. short cut with priya.";
        assertThat(SpokenName.of("Short cut & finish", record)).isEqualTo("the short cut and finish");
        // a shorter name the record does use is still taken
        assertThat(SpokenName.of("Built-in pyrolytic oven", "how is the oven doing? all fine.")).isEqualTo("the oven");
    }

    @Test
    void aCheckWeBookedForWhatTheyMentionedIsSaidToThemAsYours() {
        Given given = new Given().bought(BriefEngineTest.KETTLE, 300)
                .touchpoint(70, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short \"how's it going?\" message about the kettle.", "No reply yet.", null)
                .touchpoint(64, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the kettle doing?", "Mentioned a small rattle; booked a check.", Mood.HAPPY);

        Brief brief = given.brief();
        assertThat(brief.conversation().opener().text()).contains("the small rattle you mentioned").doesNotContain("they mentioned");
    }
}
