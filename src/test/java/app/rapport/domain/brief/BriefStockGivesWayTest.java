package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line drawn from the record beats a stock line (one that could be said to anyone) when room is short, and a stock line that
 * says what another line says is left out, with its reason (reads 46 to 49: Femke Levi, Jana Khan). Histories hand-written from
 * those reads.
 */
class BriefStockGivesWayTest {

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    /** A prospect who likes little talk, asked twice about the balayage, was told we would come back, and has a stylist on file. */
    private static Given quietProspect() {
        Given given = new Given()
                .note("Likes a quiet appointment; not much chat.", false, 200)
                .touchpoint(200, Channel.EMAIL, Direction.INBOUND, "Maggie asked how often the balayage needs refreshing and what the aftercare involves.",
                        null, Mood.NEUTRAL)
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Maggie saw our before-and-after post and asked about the balayage.",
                        "Will call back after checking with Tash.", Mood.NEUTRAL);
        given.client = ClientBuilder.from(given.client).customFields(Map.of("Preferred stylist", "Marco")).build();
        return given;
    }

    @Test
    void underTheShortCallCapTheirStylistIsKeptBeforeAStockCheck() {
        Given given = quietProspect();
        Brief brief = given.brief();

        assertThat(points(brief)).hasSizeLessThanOrEqualTo(CallCautions.SHORT_CALL_POINTS)
                .anyMatch(point -> point.startsWith("Marco is who they prefer"))
                .noneMatch(point -> point.startsWith("Check it is still what they need"));
        assertThat(brief.dropped()).anyMatch(d -> d.text().startsWith("Check it is still what they need")
                && d.reason().contains("lines from their record come before one that could be said to anyone"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aStockCheckThatItIsStillWantedGoesWhenTheirLineAlreadyAsksIt() {
        Given given = new Given().bought(BriefEngineTest.KETTLE, 300, "35")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Bought the kettle; pleased with it.", "Paid in full.", Mood.HAPPY)
                .touchpoint(63, Channel.VISIT, Direction.OUTBOUND, "Suggested the descaling service plan to Maggie; interested, will think about it.",
                        "Wants a quote", Mood.NEUTRAL);
        Brief brief = given.brief();

        assertThat(points(brief)).anyMatch(point -> point.contains("ask whether it is still of interest"))
                .noneMatch(point -> point.startsWith("Check it is still what they need"));
        assertThat(brief.dropped()).anyMatch(d -> d.text().startsWith("Check it is still what they need") && d.reason().startsWith("it says again what"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }
}
