package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rival in the brief (issue 15, reads 30 and 31): raised only when the client weighs them up for
 * what is open now; one answer to a weak spot wherever it is said; a quote they asked us to match
 * answered in the frame, not left under an avoid line that forbids a discount.
 */
class BriefRivalsTest {

    private static final String[] OUR_STRENGTHS = {
            "Local people answer the phone, never a call centre",
            "Our own trained team does the work, never subcontractors",
            "Known in town for twenty years"};

    private static final String[] SHOP_WEAK_SPOTS = {
            "No one to talk to after the sale", "Delivery by a third-party courier", "No installation on most items"};

    /** A rival linked {@code notedDaysAgo} with the client's words {@code note}, with these weak spots and one strength. */
    private static Given rival(Given given, CompetitorRelation relation, String name, String note, int notedDaysAgo, String... weakSpots) {
        Competitor competitor = new Competitor(UUID.randomUUID(), name, null, null, PriceLevel.LOWER, null);
        List<SwotItem> swot = new ArrayList<>();
        for (String weakness : weakSpots) {
            swot.add(new SwotItem(UUID.randomUUID(), competitor.id(), Quadrant.WEAKNESS, weakness, null, null, null, swot.size()));
        }
        swot.add(new SwotItem(UUID.randomUUID(), competitor.id(), Quadrant.STRENGTH, "Lowest prices on many models", null, null, null, swot.size()));
        given.competitors.add(new BriefInput.LinkedCompetitor(competitor,
                new CompetitorLink(UUID.randomUUID(), CLIENT, competitor.id(), relation, TODAY.minusDays(notedDaysAgo), note), swot));
        return given;
    }

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static List<String> avoid(Brief brief) {
        return brief.conversation().avoid().stream().map(BriefLine::text).toList();
    }

    private static Given offerGoneQuiet() {
        return new Given().bought(KETTLE, 700)
                .touchpoint(110, Channel.VISIT, Direction.OUTBOUND, "Offered Maggie the extended warranty at 10% off as a returning customer.",
                        "Thinking about it.", Mood.HAPPY);
    }

    @Test
    void aRivalTheyBuySmallThingsFromIsNotRaisedOnACallAboutSomethingElse() {
        Given given = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.ALSO_BUYS_FROM, "ClickCart",
                "Buys small appliances at ClickCart, large ones from us.", 100, SHOP_WEAK_SPOTS);
        Brief brief = given.brief();

        assertThat(points(brief)).noneMatch(line -> line.contains("ClickCart"));
        assertThat(avoid(brief)).noneMatch(line -> line.contains("Badmouthing competitors"));
        // The section is still there to look things up in.
        assertThat(brief.competitors()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("ClickCart"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aRivalTheyCameFromLongAgoIsNotRaisedEither() {
        Brief brief = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.SWITCHED_FROM_THEM, "ClickCart",
                "Left ClickCart after a warranty claim went nowhere.", 300, SHOP_WEAK_SPOTS).brief();

        assertThat(points(brief)).noneMatch(line -> line.contains("ClickCart"));
    }

    @Test
    void aRivalTheyNamedInAContactLatelyIsRaised() {
        Given given = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.ALSO_BUYS_FROM, "ClickCart",
                "Buys small appliances at ClickCart, large ones from us.", 300, SHOP_WEAK_SPOTS)
                .touchpoint(6, Channel.CALL, Direction.INBOUND, "Maggie said ClickCart quoted less for the same warranty.", null, Mood.NEUTRAL);

        assertThat(points(given.brief())).anyMatch(line -> line.contains("ClickCart"));
    }

    @Test
    void aMentionIsRaisedWhileItIsFreshAndNotWhenItWasIdleOrLongAgo() {
        Brief fresh = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.MENTIONED, "ClickCart",
                "Said ClickCart called them last week.", 20, SHOP_WEAK_SPOTS).brief();
        Brief idle = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.MENTIONED, "ClickCart",
                "Brought up ClickCart in passing; seemed curious rather than serious.", 20, SHOP_WEAK_SPOTS).brief();
        Brief old = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.MENTIONED, "ClickCart",
                "Said ClickCart called them last week.", 200, SHOP_WEAK_SPOTS).brief();

        assertThat(points(fresh)).anyMatch(line -> line.startsWith("If ClickCart comes up"));
        assertThat(points(idle)).noneMatch(line -> line.contains("ClickCart"));
        assertThat(points(old)).noneMatch(line -> line.contains("ClickCart"));
    }

    @Test
    void theSectionGivesEachWeakSpotTheAnswerThatMeetsItAndNoAnswerThatMeetsNone() {
        Brief brief = rival(offerGoneQuiet().ours(OUR_STRENGTHS), CompetitorRelation.MENTIONED, "ClickCart",
                "Said ClickCart called them last week.", 20, SHOP_WEAK_SPOTS).brief();

        String point = points(brief).stream().filter(line -> line.startsWith("If ClickCart comes up")).findFirst().orElseThrow();
        List<String> section = brief.competitors().get(0).points().stream().map(BriefLine::text).toList();
        // "Known in town for twenty years" meets none of these weak spots: it is said nowhere.
        assertThat(section).noneMatch(line -> line.contains("twenty years"));
        assertThat(point).doesNotContain("twenty years");
        // Every answer stands on the line of the weak spot it meets.
        assertThat(section).noneMatch(line -> line.startsWith("Our answer"));
        assertThat(section).contains("Where they fall short: Delivery by a third-party courier. "
                + "Our answer: Our own trained team does the work, never subcontractors");
        // The weak spot the point raised is not listed again, and the point's answer is the one that meets it.
        assertThat(point).contains("No one to talk to after the sale", "Local people answer the phone");
        assertThat(section).noneMatch(line -> line.contains("No one to talk to"));
    }

    @Test
    void aQuoteTheyAskedUsToMatchIsAnsweredInTheFrame() {
        Given given = rival(new Given().bought(KETTLE, 60).talked(40, Mood.HAPPY, "Walked Maggie through the descaling; all working")
                        .ours(OUR_STRENGTHS), CompetitorRelation.CONSIDERING, "Henley & Sons",
                "Has a quote from Henley & Sons and asked whether we can match it.", 30,
                "Owner close to retirement", "No online shop");
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
        assertThat(points(brief).get(0)).startsWith("They asked whether we can match Henley & Sons's quote (about a month ago)")
                .contains("what theirs includes and what ours does", "whether we can match it");
        // No avoid line forbids what the point asks of us, and no plea to a client glad of us.
        assertThat(avoid(brief)).noneMatch(line -> line.startsWith("A discount as the first answer"))
                .contains("Dropping our price before comparing what each quote includes.");
        assertThat(points(brief)).noneMatch(line -> line.contains("would lose by leaving"))
                .noneMatch(line -> line.contains("what would make them stay"));
        // One strength, the one that meets their weak spot, said once with it.
        assertThat(points(brief)).filteredOn(line -> line.contains("twenty years") || line.contains("Local people") || line.contains("own trained"))
                .containsExactly("Henley & Sons's weak spot is \u201cOwner close to retirement\u201d, and our answer is "
                        + "\u201cKnown in town for twenty years\u201d: say it as a plain fact if it helps them decide.");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aDoubtfulClientWeighingARivalStillHearsWhatTheyWouldLoseAndNoPriceLineIsMadeUp() {
        Brief doubtful = rival(new Given().bought(KETTLE, 200).talked(10, Mood.DOUBTFUL, "Not sure the kettle was worth it")
                        .ours(OUR_STRENGTHS), CompetitorRelation.CONSIDERING, "Henley & Sons",
                "Thinking of trying Henley & Sons.", 20, "Owner close to retirement").brief();

        assertThat(points(doubtful)).anyMatch(line -> line.contains("would lose by leaving"))
                .noneMatch(line -> line.contains("match"));
        assertThat(avoid(doubtful)).contains("A discount as the first answer: find out what matters first.");
    }

    @Test
    void aClientGladOfUsIsNotAskedWhatTheyWouldLose() {
        Brief glad = rival(new Given().bought(KETTLE, 200).talked(10, Mood.HAPPY, "All good with the kettle")
                        .ours(OUR_STRENGTHS), CompetitorRelation.CONSIDERING, "Henley & Sons",
                "Weighing us against Henley & Sons for the next purchase.", 20, "Owner close to retirement").brief();

        assertThat(points(glad)).noneMatch(line -> line.contains("would lose by leaving"))
                .anyMatch(line -> line.contains("what would make them stay"));
    }

    @Test
    void aWinBackCallIsNotToldTheRivalWasWeighedLongAgo() {
        Brief brief = rival(new Given().bought(KETTLE, 300).talked(20, Mood.HAPPY, "Maggie thanked us for the tips")
                        .talked(5, Mood.HAPPY, "Quick hello; wants to book soon").ours(OUR_STRENGTHS),
                CompetitorRelation.SWITCHED_TO_THEM, "Henley & Sons", "Moved to Henley & Sons; said the price made the difference.", 100,
                "Owner close to retirement").brief();

        assertThat(points(brief)).noneMatch(line -> line.contains("no need to raise it"));
    }
}
