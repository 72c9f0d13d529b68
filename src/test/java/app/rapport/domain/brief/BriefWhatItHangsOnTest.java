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
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the call hangs on, and how long it has been (reads 28 and 29): the warranty end of a small
 * extra is an open item, not the call; the dearest thing of a basket that a check found "All working"
 * gives way to the one they loved a week later; the styling of one big day is asked about as a day;
 * a client whose only visit was long ago, or who came back after a long time away, is spoken to as
 * such; one licence renewed is one thing, not "2 purchases"; and a few odd visits are no rhythm. Read on
 * Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefWhatItHangsOnTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Product RANGE_COOKER = product("Castello 100 cm range cooker", "Cooking", Complexity.COMPLEX, "1899");
    private static final Product KETTLE_SET = product("Brio kettle & toaster set", "Small appliances", Complexity.SIMPLE, "89");
    private static final Product OVEN = product("Castello built-in pyrolytic oven", "Cooking", Complexity.COMPLEX, "899");
    private static final Product FRIDGE = product("Halden 70 cm fridge freezer", "Refrigeration", Complexity.SIMPLE, "649");
    private static final Product BALAYAGE = product("Balayage", "Colour", Complexity.COMPLEX, "185");
    private static final Product UPDO = product("Event updo", "Occasions", Complexity.SIMPLE, "65");
    private static final Product CUT = product("Short cut & finish", "Cuts", Complexity.SIMPLE, "34");
    private static final Product TOUCH_UP = product("Root colour touch-up", "Colour", Complexity.SIMPLE, "73");
    private static final Product LICENCE = product("FieldLine Dispatch licence (annual, 10 users)", "Software licences", Complexity.COMPLEX, "3600");
    private static final Product SHAMPOO = product("Colour-protect shampoo (250 ml)", "Retail care", Complexity.SIMPLE, "18");

    private static Product product(String name, String category, Complexity complexity, String price) {
        return new Product(UUID.randomUUID(), name, category, complexity, new BigDecimal(price));
    }

    /** A purchase {@code daysAgo}, with a warranty ending in {@code warrantyEndsIn} days (or none) and a renewal in {@code renewsIn} days (or none). */
    private static Given bought(Given given, Product product, int daysAgo, String amount, Integer warrantyEndsIn, Integer renewsIn) {
        given.products.put(product.id(), product);
        given.purchases.add(new Purchase(UUID.randomUUID(), BriefEngineTest.CLIENT, product.id(), null, TODAY.minusDays(daysAgo), new BigDecimal(amount),
                warrantyEndsIn == null ? null : TODAY.plusDays(warrantyEndsIn), renewsIn == null ? null : TODAY.plusDays(renewsIn)));
        return given;
    }

    private static String points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).collect(Collectors.joining("\n"));
    }

    private static String call(Brief brief) {
        Brief.Conversation c = brief.conversation();
        return c.owner().text() + "\n" + c.goal().text() + "\n" + c.opener().text() + "\n" + points(brief);
    }

    private static String openItems(Brief brief) {
        return brief.openItems().stream().map(BriefLine::text).collect(Collectors.joining("\n"));
    }

    /** The range cooker for the new kitchen, then a kettle set a month and a half later whose warranty ends in three weeks. */
    private static Given cookerThenKettle(Integer cookerWarrantyEndsIn) {
        Given given = new Given();
        bought(given, RANGE_COOKER, 400, "1730", cookerWarrantyEndsIn, null);
        bought(given, KETTLE_SET, 345, "91.50", 20, null);
        return given.touchpoint(400, Channel.CALL, Direction.INBOUND, "Maggie bought the range cooker for the new kitchen. Could not stop smiling.",
                        "Deposit taken.", Mood.EXCITED)
                .touchpoint(345, Channel.VISIT, Direction.INBOUND, "Maggie bought the kettle and toaster after a demo.", "Took it home the same day.", null);
    }

    @Test
    void theWarrantyEndOfASmallExtraIsAnOpenItemNotTheCall() {
        Brief brief = cookerThenKettle(null).brief();
        assertThat(call(brief)).doesNotContain("warranty").contains("range cooker");
        assertThat(openItems(brief)).contains("Warranty of Brio kettle & toaster set ends on");
    }

    @Test
    void theWarrantyEndOfTheMainThingStillLeads() {
        Brief brief = cookerThenKettle(20).brief();
        assertThat(brief.conversation().owner().text()).contains("the warranty on the range cooker ends");
    }

    /** The oven a month ago, the fridge freezer she loved a week later, and the delivery booked the day after. */
    private static Given ovenThenLovedFridge() {
        Given given = new Given();
        bought(given, OVEN, 30, "845", 700, null);
        bought(given, FRIDGE, 23, "591", 707, null);
        return given.touchpoint(30, Channel.VISIT, Direction.INBOUND, "Sold the ex-display oven to Maggie with a small discount. Matter-of-fact.",
                        "Delivery booked.", Mood.NEUTRAL)
                .touchpoint(23, Channel.VISIT, Direction.INBOUND, "Maggie bought the fridge freezer after comparing it with two others; chose it for the quiet motor. Could not stop smiling.",
                        "Delivery booked.", Mood.EXCITED)
                .touchpoint(22, Channel.CALL, Direction.OUTBOUND, "Booked the fridge freezer delivery for Wednesday morning.", "Window sent.", Mood.HAPPY);
    }

    @Test
    void anOvenACheckFoundAllWorkingGivesWayToTheFridgeFreezerTheyLoved() {
        Brief brief = ovenThenLovedFridge()
                .touchpoint(24, Channel.CALL, Direction.OUTBOUND, "Dev called Maggie to check the oven is level and not vibrating.", "All working.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().opener().text()).contains("fridge freezer").doesNotContain("oven");
        assertThat(brief.headline().text()).contains("last: Halden 70 cm fridge freezer");
    }

    @Test
    void anOvenNobodyHasAskedAfterStillLeadsTheBasket() {
        Brief brief = ovenThenLovedFridge().brief();
        assertThat(brief.conversation().opener().text()).contains("oven");
        assertThat(brief.headline().text()).contains("last: Halden 70 cm fridge freezer"); // the last thing bought, whatever the call is about
    }

    /** A balayage three weeks ago, then an updo for the big day a few days ago. */
    private static Given updoForTheBigDay(Product styling) {
        Given given = new Given();
        bought(given, BALAYAGE, 21, "185", null, null);
        bought(given, styling, 4, "65", null, null);
        return given.touchpoint(21, Channel.VISIT, Direction.OUTBOUND, "Balayage done by Maya; Maggie took photos before leaving.", null, Mood.HAPPY)
                .touchpoint(4, Channel.VISIT, Direction.INBOUND, "Styling done by Maya; Maggie left beaming.", "Next visit booked.", Mood.EXCITED);
    }

    @Test
    void theStylingOfOneBigDayIsAskedAboutAsTheDay() {
        Brief brief = updoForTheBigDay(UPDO).brief();
        assertThat(points(brief)).contains("Ask how the big day went, and whether the event updo was all they hoped for")
                .doesNotContain("enjoy most");
    }

    @Test
    void aTrialBeforeTheDayIsNotAskedAboutAsTheDay() {
        Brief brief = updoForTheBigDay(product("Bridal hair trial", "Occasions", Complexity.SIMPLE, "65")).brief();
        assertThat(call(brief)).doesNotContain("how the wedding went").doesNotContain("how the big day went");
    }

    @Test
    void aClientWhoseOnlyVisitWasLongAgoIsNoRegular() {
        Given given = new Given();
        bought(given, CUT, 600, "34", null, null);
        Brief brief = given.touchpoint(600, Channel.VISIT, Direction.INBOUND, "Short cut with Jonas.", null, Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Maggie asked what the cut and blow-dry costs and how long it takes.",
                        "Sent the price list.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.phaseWhy().text()).startsWith("Their only visit was");
        assertThat(points(brief)).contains("Their only visit was").contains("not as a regular");
    }

    @Test
    void anOvenBoughtLongAgoIsAMatureClientsUsualStory() {
        Given given = new Given();
        bought(given, OVEN, 600, "845", null, null);
        Brief brief = given.touchpoint(600, Channel.VISIT, Direction.INBOUND, "Maggie bought the oven.", null, Mood.HAPPY).brief();
        assertThat(brief.phaseWhy().text()).doesNotContain("only");
        assertThat(points(brief)).doesNotContain("Their only");
    }

    /** A colour almost two years ago, then back for a touch-up last month, with only a thank-you note of ours between. */
    private static Given backAfterAlmostTwoYears() {
        Given given = new Given();
        bought(given, BALAYAGE, 640, "185", null, null);
        bought(given, TOUCH_UP, 40, "73", null, null);
        return given.touchpoint(640, Channel.VISIT, Direction.INBOUND, "Balayage with Marco; Maggie did not mind the short wait.", null, Mood.HAPPY)
                .touchpoint(630, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a quick thank-you.", "No reply.", null)
                .touchpoint(52, Channel.MESSAGE, Direction.INBOUND, "Maggie saw our post and asked about the root touch-up.", "Booked in.", Mood.EXCITED)
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Root touch-up with Marco. Maggie said it is the best it has looked in ages.",
                        "Next visit booked in six weeks.", Mood.EXCITED);
    }

    @Test
    void aClientBackAfterALongTimeAwayIsWelcomedBackNotThankedForStaying() {
        Brief brief = backAfterAlmostTwoYears().brief();
        assertThat(points(brief)).contains("They came back about a month ago").contains("welcome them back")
                .doesNotContain("what their custom means to us");
        assertThat(brief.conversation().goal().text()).doesNotContain("staying with us");
    }

    @Test
    void aClientInTouchAllAlongHasNotBeenAway() {
        Brief brief = backAfterAlmostTwoYears()
                .touchpoint(300, Channel.EMAIL, Direction.INBOUND, "Maggie wrote to say she is abroad for work this year, and will be back.", "Thanked her.", Mood.HAPPY)
                .brief();
        assertThat(points(brief)).doesNotContain("came back");
    }

    @Test
    void oneLicenceRenewedIsOneThingNotTwoPurchases() {
        Given given = new Given();
        bought(given, LICENCE, 369, "3600", null, -4);
        bought(given, LICENCE, 4, "3600", null, 361);
        Brief brief = given.touchpoint(4, Channel.CALL, Direction.OUTBOUND, "Renewal of the Dispatch licence signed by Maggie.", "Invoice sent.", Mood.HAPPY)
                .brief();
        assertThat(brief.headline().text()).contains("FieldLine Dispatch licence (annual, 10 users) since March 2025, renewed a few days ago")
                .doesNotContain("2 purchases");
    }

    @Test
    void aFewOddVisitsAreNoRhythm() {
        // A colour in the autumn, then a pick-up, a cut and a chat at the desk within six weeks: no "every four weeks".
        Given given = new Given();
        bought(given, BALAYAGE, 200, "95", null, null);
        bought(given, SHAMPOO, 109, "17.50", null, null);
        bought(given, CUT, 95, "55", null, null);
        Brief brief = given.touchpoint(200, Channel.VISIT, Direction.INBOUND, "Balayage today; the finish was lovely.", null, Mood.HAPPY)
                .touchpoint(109, Channel.VISIT, Direction.INBOUND, "Bought the colour-protect shampoo.", "Paid in full.", Mood.HAPPY)
                .touchpoint(95, Channel.VISIT, Direction.INBOUND, "Cut today; asked for a softer finish.", "Next visit booked.", Mood.HAPPY)
                .touchpoint(67, Channel.VISIT, Direction.INBOUND, "Maggie turned down the bond-repair treatment for the moment.", null, Mood.NEUTRAL)
                .brief();
        assertThat(call(brief)).doesNotContain("usually come back");
    }
}
