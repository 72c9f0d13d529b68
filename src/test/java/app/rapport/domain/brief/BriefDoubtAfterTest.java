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
 * A doubt they had when they bought something is asked after once they have lived with it, and a question
 * of theirs is answered in kind (issue 15, reads 36-39): "can the dash cams go back if the pilot fails",
 * three months on, is "has it proved itself?", unless a contact since says it did; "how often does it need
 * refreshing", answered with the price list, is still theirs to have answered.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefDoubtAfterTest {
    private static final Product DASH_CAM = new Product(UUID.randomUUID(), "Vehicle dash cam", "Hardware", Complexity.SIMPLE, new BigDecimal("270"));
    private static final Product TRACKER = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware", Complexity.SIMPLE,
            new BigDecimal("1310"));
    private static final Product ANALYTICS = new Product(UUID.randomUUID(), "Analytics module", "Software licences", Complexity.COMPLEX,
            new BigDecimal("3000"));
    private static final Product KERATIN = new Product(UUID.randomUUID(), "Keratin smoothing treatment", "Treatments", Complexity.SIMPLE,
            new BigDecimal("220"));
    private static final Product ROOTS = new Product(UUID.randomUUID(), "Root colour touch-up", "Colour", Complexity.SIMPLE, new BigDecimal("64"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts", Complexity.SIMPLE, new BigDecimal("55"));
    private static final Product LICENCE = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4800"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static String line(Brief brief, String rule) {
        return brief.conversation().talkingPoints().stream().filter(point -> point.rule().equals(rule)).map(BriefLine::text).findFirst().orElse(null);
    }

    private static String doubtAfter(Brief brief) {
        return line(brief, "thread.doubt-after");
    }

    private static String theirsOpen(Brief brief) {
        return brief.conversation().talkingPoints().stream()
                .filter(point -> point.rule().equals("thread.theirs-open") || point.rule().equals("situation.theirs-open"))
                .map(BriefLine::text).findFirst().orElse(null);
    }

    /** Dash cams bought three months ago on a pilot, a doubt eleven days in, then trackers bought and nothing more of the cams. */
    private static Given pilotDoubted() {
        return new Given()
                .bought(DASH_CAM, 100, "1922")
                .touchpoint(100, Channel.MEETING, Direction.INBOUND, "Lars ordered dash cams for the new vans.", "Contract signed.", Mood.EXCITED)
                .touchpoint(89, Channel.CALL, Direction.INBOUND, "Lars asked whether the dash cams can go back if the pilot fails. Hesitant; needs reassurance.",
                        "Offered extra training.", Mood.DOUBTFUL)
                .touchpoint(86, Channel.MEETING, Direction.OUTBOUND, "Showed Lars how to use the dash cams data in the weekly driver review.",
                        "Forwarded to the team.", Mood.NEUTRAL)
                .bought(TRACKER, 83, "5240")
                .touchpoint(83, Channel.CALL, Direction.INBOUND, "Lars ordered GPS trackers; delivery to the main depot on Thursday.", "Invoice sent.",
                        Mood.HAPPY);
    }

    @Test
    void aDoubtAtBuyingIsAskedAfterInTheirWordsOnceTheyHaveLivedWithIt() {
        Brief brief = pilotDoubted().brief();
        assertThat(doubtAfter(brief)).isNotNull()
                .contains("soon after they got").contains("if the pilot fails").contains("proved itself")
                .doesNotContain("nobody");
    }

    @Test
    void theyToldUsWeeksLaterThatItWorksAndThatSettlesIt() {
        Brief brief = pilotDoubted()
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Lars said the dash cams have already cut two insurance claims; very pleased with them.",
                        "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(doubtAfter(brief)).isNull();
        assertThat(points(brief)).noneMatch(point -> point.contains("pilot fails"));
    }

    @Test
    void aWeekOneCheckThatSaysItIsLiveIsNoAnswerToWhetherItPaysBack() {
        Brief brief = new Given()
                .bought(LICENCE, 120, "9600")
                .touchpoint(120, Channel.CALL, Direction.OUTBOUND, "Signed the Fleet Tracking licence with Falcon; handed over to onboarding.", "", Mood.NEUTRAL)
                .touchpoint(117, Channel.MEETING, Direction.INBOUND, "Nicholas said the board doubts the Fleet Tracking licence will pay back this year.",
                        "Offered extra training.", Mood.DOUBTFUL)
                .touchpoint(115, Channel.VISIT, Direction.OUTBOUND, "Week-one check with Nicholas: the Fleet Tracking licence is live for the first team.",
                        "On track.", Mood.EXCITED)
                .touchpoint(20, Channel.MEETING, Direction.OUTBOUND, "Coffee with Nicholas near their office; no agenda.", "Good conversation.", Mood.HAPPY)
                .brief();
        assertThat(doubtAfter(brief)).isNotNull().contains("pay back this year").contains("soon after they got");
    }

    @Test
    void aFreshDoubtIsNotYetAskedAfter() {
        Brief brief = new Given()
                .bought(KERATIN, 20, "220")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Keratin treatment with Tash; hair feels softer already.", "Paid in full.", Mood.EXCITED)
                .touchpoint(8, Channel.MESSAGE, Direction.INBOUND, "Message from Ananya wondering whether the keratin treatment was worth the price.",
                        "Sent photos of how it will settle.", Mood.NEUTRAL)
                .brief();
        assertThat(doubtAfter(brief)).isNull();
    }

    @Test
    void aDoubtAboutWorthIsAskedAfterAVisitForSomethingElseAndSaidOnce() {
        Brief brief = new Given()
                .bought(KERATIN, 36, "220")
                .touchpoint(36, Channel.VISIT, Direction.INBOUND, "Keratin treatment with Tash; hair feels softer already.", "Paid in full.", Mood.EXCITED)
                .touchpoint(24, Channel.MESSAGE, Direction.INBOUND, "Message from Ananya wondering whether the keratin treatment was worth the price.",
                        "Sent photos of how it will settle.", Mood.NEUTRAL)
                .bought(ROOTS, 21, "64")
                .touchpoint(21, Channel.VISIT, Direction.INBOUND, "Ananya had the root touch-up today; the finish was lovely.", "Next visit booked.",
                        Mood.EXCITED)
                .brief();
        assertThat(doubtAfter(brief)).isNotNull().contains("worth the price").contains("soon after they got the keratin");
        assertThat(points(brief).stream().filter(point -> point.contains("worth the price"))).hasSize(1);
    }

    @Test
    void aDoubtAboutSomethingTheyDidNotBuyIsNotADoubtAtBuying() {
        Given given = new Given();
        given.products.put(ANALYTICS.id(), ANALYTICS);
        Brief brief = given
                .bought(TRACKER, 90, "1310")
                .touchpoint(90, Channel.CALL, Direction.INBOUND, "Ordered GPS trackers for the vans.", "Invoice sent.", Mood.HAPPY)
                .touchpoint(85, Channel.MEETING, Direction.OUTBOUND, "Showed Ana the analytics module; she doubts it would pay back for a small fleet.",
                        "Thinking about it.", Mood.DOUBTFUL)
                .brief();
        assertThat(doubtAfter(brief)).isNull();
    }

    @Test
    void boughtAgainSinceSettlesIt() {
        Brief brief = pilotDoubted().bought(DASH_CAM, 30, "1922")
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Lars ordered more dash cams for the second depot.", "PO received.", Mood.NEUTRAL)
                .brief();
        assertThat(doubtAfter(brief)).isNull();
    }

    @Test
    void aDoubtfulRenewalIsAskedAfterAsTheySoundedUnsure() {
        Brief brief = new Given()
                .bought(LICENCE, 400, "4800")
                .touchpoint(400, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Niamh.", "Contract signed.", Mood.NEUTRAL)
                .bought(LICENCE, 43, "4800")
                .touchpoint(43, Channel.EMAIL, Direction.INBOUND, "Cedar Home Care renewed the Fleet Tracking licence for another year; invoice sent.",
                        "Acknowledged.", Mood.DOUBTFUL)
                .brief();
        assertThat(doubtAfter(brief)).isNotNull().startsWith("They sounded unsure when they renewed").contains("worth it for them");
    }

    @Test
    void aQuestionAnsweredWithThePriceListIsStillTheirsAndTheCallItLeadsSaysSo() {
        Brief brief = new Given()
                .bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with Maya.", "No rebooking yet.", Mood.HAPPY)
                .touchpoint(6, Channel.MESSAGE, Direction.INBOUND, "Asked how often the cut and blow-dry needs refreshing and what the aftercare involves.",
                        "Sent the price list.", Mood.NEUTRAL)
                .brief();
        assertThat(points(brief)).anyMatch(point -> point.contains("how often") && point.contains("we sent the price list, which does not answer it"))
                .noneMatch(point -> point.contains("have what we sent them to hand"));
        assertThat(brief.conversation().opener().text()).contains("didn't really answer it");
    }

    @Test
    void aPriceQuestionAnsweredWithThePriceListIsAnswered() {
        Brief brief = new Given()
                .bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with Maya.", "No rebooking yet.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Asked how much the keratin treatment costs for long hair.", "Sent the price list.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(points(brief)).noneMatch(point -> point.contains("does not answer it"));
    }

    @Test
    void aWarrantyQuestionAnsweredWithReferencesIsStillOpenUntilOurWordsOnItSince() {
        Given asked = new Given()
                .bought(LICENCE, 200, "10800")
                .touchpoint(200, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Ethan.", "Handed over to onboarding.",
                        Mood.EXCITED)
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Question from Copperleaf: can we supply dash cams with a three-year warranty?", "Sent references.",
                        Mood.HAPPY)
;
        assertThat(theirsOpen(asked.brief())).isNotNull().contains("three-year warranty").contains("we sent references, which does not answer it");

        Brief answered = asked.touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Told Ethan the dash cams come with a three-year warranty as standard.",
                "Opened.", Mood.NEUTRAL).brief();
        assertThat(points(answered)).noneMatch(point -> point.contains("does not answer it"));
    }

    @Test
    void aDoubtfulFirstOrderWithNoWordsOfDoubtIsNotAskedAfterNorARenewalTheyThankedUsFor() {
        Brief firstOrder = new Given()
                .bought(DASH_CAM, 60, "1922")
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Niamh ordered dash cams for the new vans.", "PO received.", Mood.DOUBTFUL)
                .brief();
        assertThat(doubtAfter(firstOrder)).isNull();

        Brief thanked = new Given()
                .bought(LICENCE, 400, "4800")
                .bought(LICENCE, 43, "4800")
                .touchpoint(43, Channel.EMAIL, Direction.INBOUND, "Cedar Home Care renewed the Fleet Tracking licence for another year; invoice sent.",
                        "Thanked us.", Mood.DOUBTFUL)
                .brief();
        assertThat(doubtAfter(thanked)).isNull();
    }

    @Test
    void aQuoteOrAnAskForASlotIsNotReadAsAnAnswerOfAnotherKind() {
        Brief quoted = new Given()
                .bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with Maya.", "No rebooking yet.", Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Asked which cordless vacuum we would recommend for a small kitchen.", "Sent a quote.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(points(quoted)).noneMatch(point -> point.contains("does not answer it"));

        Brief slot = new Given()
                .bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with Maya.", "No rebooking yet.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Asked whether Marco could do the cut and blow-dry.", "Sent the price list.", Mood.NEUTRAL)
                .brief();
        assertThat(points(slot)).noneMatch(point -> point.contains("does not answer it"));
    }

    @Test
    void theyCameInWeeksAfterTheQuestionSoItWasTheirsToRaiseThere() {
        Brief brief = new Given()
                .bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with Maya.", "No rebooking yet.", Mood.HAPPY)
                .touchpoint(120, Channel.MESSAGE, Direction.INBOUND, "Asked how often the cut and blow-dry needs refreshing and what the aftercare involves.",
                        "Sent the price list.", Mood.NEUTRAL)
                .bought(CUT, 60, "55")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Next visit booked.", Mood.HAPPY)
                .brief();
        assertThat(points(brief)).noneMatch(point -> point.contains("does not answer it"));
    }

    @Test
    void anAskAboutTheThingItselfIsAnsweredByThePriceList() {
        Brief brief = new Given()
                .bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with Maya.", "No rebooking yet.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Asked about the balayage?", "Sent the price list.", Mood.NEUTRAL)
                .brief();
        assertThat(points(brief)).noneMatch(point -> point.contains("does not answer it"));
    }

    // ---- reads 40-41: the doubt work beside main's, our answer read, no talk assumed -------------------------

    @Test
    void aVisitOfTheirsWeeksOnSettlesADoubtAtBuying() {
        assertThat(doubtAfter(pilotDoubted().brief())).isNotNull();
        Brief cameIn = pilotDoubted()
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Lars came by the showroom to pick up spare mounts.", "Paid in full.", Mood.HAPPY)
                .brief();
        assertThat(doubtAfter(cameIn)).isNull();
        assertThat(points(cameIn)).noneMatch(point -> point.contains("pilot fails"));
    }

    @Test
    void aQuestionAnsweredWithPricingIsAPointNotTheCallOnceTheyWroteAgainOnTheSameThing() {
        Given given = new Given()
                .touchpoint(100, Channel.CALL, Direction.INBOUND, "Question from Harbourside: can we supply rugged tablets with a three-year warranty?", "Sent pricing.",
                        Mood.HAPPY);
        Brief wroteAgain = given.touchpoint(80, Channel.EMAIL, Direction.INBOUND, "Maria asked whether the rugged tablets work with their existing vans.",
                "Demo booked.", Mood.HAPPY).brief();
        assertThat(wroteAgain.conversation().owner().rule()).isNotEqualTo("situation.theirs-open");
        assertThat(points(wroteAgain)).anyMatch(point -> point.contains("three-year warranty") && point.contains("which does not answer it"));
    }

    @Test
    void aQuestionWeAnsweredNotAFitYetIsPickedUpFromThatAnswerNotFromAPrice() {
        Brief brief = new Given()
                .bought(LICENCE, 260, "4800")
                .touchpoint(260, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Niamh.", "Handed over to onboarding.",
                        Mood.HAPPY)
                .touchpoint(14, Channel.EMAIL, Direction.INBOUND, "Question from Lefevre Glazing: can we supply barcode scanners with a three-year warranty?",
                        "Not a fit yet.", Mood.NEUTRAL)
                .brief();
        String all = BriefEngineTest.allText(brief);
        assertThat(all).contains("Not a fit yet").doesNotContain("the price ready", "Send the price", "the price, and a time", "still deciding");
        assertThat(brief.conversation().opener().text()).contains("wasn't a fit yet").doesNotContain("give you the details");
    }

    @Test
    void aDoubtfulMoodWithNoWordsOfDoubtAsksAfterWhatTheyGotNotAfterAWorryNobodyWroteDown() {
        Brief brief = new Given()
                .bought(CUT, 250, "55")
                .touchpoint(250, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Paid in full.", Mood.HAPPY)
                .bought(KERATIN, 21, "220")
                .touchpoint(21, Channel.VISIT, Direction.INBOUND, "Keratin treatment; showed Josephine how to look after it at home.", "Added to the loyalty card.",
                        Mood.DOUBTFUL)
                .brief();
        assertThat(brief.conversation().opener().text()).doesNotContain("what was on your mind", "cleared up");
    }
}
