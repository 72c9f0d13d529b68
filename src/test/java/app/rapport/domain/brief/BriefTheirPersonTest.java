package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientBuilder;
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
 * The person of ours they come to is named where the call offers a time, also for a prospect who asked for someone by
 * name or has a preferred stylist on file, and for a client whose one visit so far was with someone (reads 30 and 31:
 * Jonas, Marco, Maya and Priya were unsaid in eight of ten salon briefs). Histories hand-written from those reads.
 */
class BriefTheirPersonTest {

    private static final Product CUT = new Product(UUID.randomUUID(), "Cut and blow-dry", "Hair", Complexity.SIMPLE, new BigDecimal("45"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    @Test
    void aProspectWhoAskedWhetherJonasCouldDoTheCutIsOfferedATimeWithJonas() {
        Brief brief = new Given()
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Maggie sent a photo of the look she is after and asked about a cut.",
                        "Sent the price list.", Mood.HAPPY)
                .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, "Maggie asked whether Jonas could do the cut and blow-dry, having seen his work on a friend.",
                        "No booking yet.", Mood.EXCITED)
                .brief();

        // Their ask names Jonas and offers a time: Jonas is said once, there.
        assertThat(points(brief)).filteredOn(point -> point.contains("Jonas")).singleElement()
                .satisfies(point -> assertThat(point).startsWith("They asked whether Jonas could do the cut").contains("offer them a time"));
    }

    @Test
    void aProspectWhoAskedForMayaBeforeAskingAboutSomethingElseIsOfferedATimeWithMaya() {
        Brief brief = new Given()
                .touchpoint(60, Channel.MESSAGE, Direction.INBOUND, "Maggie asked for Maya by name for the bond-repair treatment.", "No booking yet.", Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Maggie asked about the aftercare for the bond-repair treatment.",
                        "Sent the care guide.", Mood.HAPPY)
                .brief();

        assertThat(points(brief)).filteredOn(point -> point.contains("Maya")).singleElement()
                .satisfies(point -> assertThat(point).startsWith("Maya is who they asked for (on ").contains("offer it with Maya"));
    }

    @Test
    void aProspectWithAPreferredStylistOnFileIsOfferedThatStylist() {
        Given given = new Given()
                .touchpoint(10, Channel.MESSAGE, Direction.INBOUND, "Maggie asked about the highlights for next month.", "Sent the price list.", Mood.HAPPY);
        given.client = ClientBuilder.from(given.client).customFields(Map.of("Preferred stylist", "Marco")).build();

        assertThat(points(given.brief())).anyMatch(point -> point.startsWith("Marco is who they prefer (their stylist on file)")
                && point.contains("offer it with Marco"));
    }

    @Test
    void theOneWhoDidTheirOnlyVisitIsOfferedAgain() {
        Brief brief = new Given().bought(CUT, 120, "45")
                .touchpoint(120, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with us. Jonas talked Maggie through the aftercare at the basin.",
                        "Paid in full.", Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Email to Maggie: Jonas is on leave for two weeks; offered another stylist.",
                        "No reply needed.", null)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Maggie asked what the keratin treatment costs.", "Sent the price list.", Mood.HAPPY)
                .brief();

        assertThat(points(brief)).anyMatch(point -> point.startsWith("Jonas did their only visit (on ") && point.contains("offer it with Jonas"));
        assertThat(points(brief)).noneMatch(point -> point.contains("First did"));
    }

    @Test
    void aCheckInOrASaleWithSomeoneAtTheirOnlyVisitNamesNobody() {
        for (String visit : List.of("Checked in with Oisín a few days after delivery; walked through the filter.",
                "Zoë bought the kettle in store with Lucy; paid in full.", "Chatted with Gabriela about the kitchen renovation.")) {
            Brief brief = new Given().bought(KETTLE, 90)
                    .touchpoint(90, Channel.VISIT, Direction.INBOUND, visit, "All good.", Mood.HAPPY)
                    .brief();
            assertThat(points(brief)).as(visit).noneMatch(point -> point.contains("did their only visit") || point.contains("is who they"));
        }
    }
}
