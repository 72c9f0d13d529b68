package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leads the call and what is said in it is about this client: what they come to us for, not
 * a gift or an add-on; the people and the plans they told us of; and, when a rival comes up, an
 * answer that meets its weak spot or none at all. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}); the histories are hand-written from reads 21–27.
 */
class BriefWhatLeadsTest {

    // ---- competitor answers that meet the weakness ------------------------------------------------------------

    private static final String[] GROUP_STRENGTHS = {
            "Local people answer the phone, never a call centre",
            "Our own trained team does the work, never subcontractors",
            "Known in town for twenty years"};

    private static List<String> rivalLines(Brief brief, String rival) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text)
                .filter(text -> text.contains("If " + rival + " comes up") || text.startsWith(rival + "'s weak spot")).toList();
    }

    @Test
    void aRivalsRetiringOwnerIsNotAnsweredByWhoPicksUpThePhone() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Asked whether we match their quote")
                .competitor(CompetitorRelation.CONSIDERING, "Henley & Sons", "Small range, mostly older models", "No online shop",
                        "Owner close to retirement")
                .ours(GROUP_STRENGTHS).brief();

        assertThat(rivalLines(brief, "Henley & Sons")).noneMatch(line -> line.contains("Local people answer the phone"))
                .allMatch(line -> line.contains("Owner close to retirement") && line.contains("Known in town for twenty years"));
    }

    @Test
    void aRushedRivalWithADifferentStylistEveryTimeIsAnsweredByTheSameFaces() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Has a quote from them")
                .competitor(CompetitorRelation.CONSIDERING, "QuickSnip", "No colour services", "Rushed, fifteen-minute cuts",
                        "A different stylist every time")
                .ours(GROUP_STRENGTHS).brief();

        assertThat(rivalLines(brief, "QuickSnip")).singleElement().satisfies(line -> assertThat(line)
                .contains("A different stylist every time").contains("Our own trained team").doesNotContain("Local people"));
    }

    @Test
    void theStrengthToRemindThemOfMeetsAWeakSpotOfTheRivalTheyAreWeighingUp() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Has a quote from them")
                .competitor(CompetitorRelation.CONSIDERING, "QuickSnip", "No colour services", "Rushed, fifteen-minute cuts",
                        "A different stylist every time")
                .ours(GROUP_STRENGTHS).ours("Clients feel remembered from one visit to the next").brief();

        // One strength is said, the one that meets where the rival they weigh falls short, with that weak spot:
        // not a second strength in a line of its own beside it.
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .filteredOn(line -> line.contains("Clients feel remembered") || line.contains("Our own trained team")
                        || line.contains("Known in town") || line.contains("Local people"))
                .singleElement().satisfies(line -> assertThat(line).startsWith("QuickSnip's weak spot is \u201cA different stylist every time\u201d"));
    }

    @Test
    void aWeakSpotNothingOfOursMeetsIsLeftUnsaid() {
        for (String weakness : List.of("Limited multi-depot support", "Limited colour work at home", "Only two chairs: waits of three weeks")) {
            Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared notes")
                    .competitor("Rival", weakness).ours(GROUP_STRENGTHS).brief();
            assertThat(rivalLines(brief, "Rival")).as(weakness).isEmpty();
        }
    }

    @Test
    void aWeakSpotAboutReachingSomeoneIsAnsweredByWhoPicksUp() {
        for (String weakness : List.of("Hard to reach after-sales", "No one to talk to after the sale", "Support by email only")) {
            Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared notes")
                    .competitor("Rival", weakness).ours(GROUP_STRENGTHS).brief();
            assertThat(rivalLines(brief, "Rival")).as(weakness).singleElement()
                    .satisfies(line -> assertThat(line).contains(weakness).contains("Local people answer the phone"));
        }
    }

    // ---- the person they come to, and what they told us of their life --------------------------------------

    private static final Product COLOUR = new Product(UUID.randomUUID(), "Root colour touch-up", "Colour", Complexity.SIMPLE,
            new BigDecimal("65"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    /** A colour client of Priya's: asked for her by name, then two visits with her, the last one five months ago. */
    private static Given priyasClient() {
        return new Given().bought(COLOUR, 300, "65").bought(COLOUR, 150, "65")
                .touchpoint(310, Channel.CALL, Direction.INBOUND, "Maggie asked whether Priya could do her colour, having seen it on a friend.",
                        "Booked in.", Mood.NEUTRAL)
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Root touch-up with Priya; Maggie loved the tone.", "Next visit booked.", Mood.HAPPY)
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Colour with Priya on a busy Saturday.", "None", Mood.HAPPY);
    }

    @Test
    void theStylistTheyAskedForIsNamedWhereTheCallOffersATime() {
        assertThat(points(priyasClient().brief())).anyMatch(line -> line.contains("Priya") && line.contains("offer it with Priya"));
    }

    @Test
    void theStylistOnFileIsNamedAndOurOwnNoticeAboutAStylistIsNoVisitOfTheirs() {
        Given given = new Given().bought(COLOUR, 150, "65")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Colour today; happy with the result.", "None", Mood.HAPPY)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Tash is on leave for two weeks; offered another stylist.", "No reply needed.", null);
        assertThat(points(given.brief())).noneMatch(line -> line.contains("Tash"));
        given.client = ClientBuilder.from(given.client).customFields(Map.of("Preferred stylist", "Jonas")).build();
        assertThat(points(given.brief())).anyMatch(line -> line.contains("Jonas is who they prefer (their stylist on file)"));
    }

    @Test
    void aRenovationTheyTalkedAboutLatelyIsAskedAfterOnce() {
        Brief brief = new Given().bought(KETTLE, 100)
                .touchpoint(40, Channel.VISIT, Direction.OUTBOUND, "Chatted with Maggie about the kitchen renovation; showed photos of a similar one.",
                        "Will come in soon.", Mood.HAPPY).brief();
        assertThat(points(brief)).filteredOn(line -> line.contains("kitchen renovation")).singleElement()
                .satisfies(line -> assertThat(line).contains("ask how it is coming along"));
    }

    @Test
    void aHolidayToldMonthsAgoIsAskedHowItWentAndTheGrandchildrenHowTheyAre() {
        Brief holiday = new Given().bought(KETTLE, 200)
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie in for a trim. Chatted about an upcoming holiday the whole time.",
                        "None", Mood.HAPPY).brief();
        assertThat(points(holiday)).anyMatch(line -> line.contains("an upcoming holiday") && line.contains("ask how it went"));

        Brief family = new Given().bought(KETTLE, 200)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Maggie stopped for a coffee at the demo counter and talked about the grandchildren.",
                        "Nice chat.", Mood.HAPPY).brief();
        assertThat(points(family)).anyMatch(line -> line.contains("the grandchildren") && line.contains("ask how they are"));
    }

    @Test
    void aHookThatIsStaleOrAlreadyAskedAfterIsLeftAlone() {
        Brief stale = new Given().bought(KETTLE, 430)
                // a project lasts longer than a holiday (a kitchen a year on is asked how it turned out), but not for ever
                .touchpoint(420, Channel.VISIT, Direction.OUTBOUND, "Chatted with Maggie about the kitchen renovation.", "Nice chat.", Mood.HAPPY)
                .brief();
        assertThat(points(stale)).noneMatch(line -> line.contains("renovation"));

        Brief done = new Given().bought(KETTLE, 300)
                .touchpoint(50, Channel.MEETING, Direction.OUTBOUND, "Lunch with Maggie; talked about the expansion to a second depot.", "Good.", Mood.HAPPY)
                .touchpoint(10, Channel.CALL, Direction.OUTBOUND, "Congratulated Maggie on the expansion; the second depot opened last week.",
                        "Thanked us.", Mood.HAPPY).brief();
        assertThat(points(done)).noneMatch(line -> line.contains("second depot") && line.contains("ask how"));
    }

    // ---- a present for someone else is not the relationship ---------------------------------------------------

    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik 8 kg washing machine", "Laundry", Complexity.COMPLEX,
            new BigDecimal("549"));
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento robot vacuum", "Floorcare", Complexity.COMPLEX,
            new BigDecimal("399"));

    private static Given boughtTheVacuum(String summary) {
        return new Given().bought(WASHER, 300, "549")
                .touchpoint(290, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the washing machine doing?", "Happy with it.", Mood.HAPPY)
                .bought(VACUUM, 60, "399")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, summary, "Paid in full.", Mood.HAPPY);
    }

    private static String frameText(Brief brief) {
        Brief.Conversation c = brief.conversation();
        return c.owner().text() + " | " + c.goal().text() + " | " + c.opener().text();
    }

    @Test
    void aPresentBoughtForSomeoneElseIsNeitherTheAnchorNorASilenceToSaySorryFor() {
        Brief brief = boughtTheVacuum("Maggie picked up the robot vacuum as a gift for her sister.").brief();
        assertThat(frameText(brief)).doesNotContain("robot vacuum");
        // the stored state's ghosting counts every purchase (Today and segments share it); the call owes no sorry for a present
        assertThat(frameText(brief)).doesNotContainIgnoringCase("sorry");
        assertThat(brief.headline().text()).contains("2 purchases");
    }

    @Test
    void aRobotVacuumBoughtForThemselvesStillLeads() {
        Brief brief = boughtTheVacuum("Maggie bought the robot vacuum after a demo.").brief();
        assertThat(frameText(brief) + " " + brief.headline().text()).contains("robot vacuum");
    }
}
