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
 * Their own question, said in its own words where the call speaks of its thing (issue 15, reads 46 and 47): an older
 * question we said we would call back on, under a newer ask on the same thing (Femke Levi); a question asked in their
 * own words after "Enquiry from …:" (Deborah Nieminen); a technical question that a price does not answer (Blackthorn
 * Fleet Hire); the day and time they asked for, where a time is offered (Dmitri Chen). Histories hand-written from those
 * reads, read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefTheirOwnQuestionTest {
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut and blow-dry", "Hair", Complexity.SIMPLE, new BigDecimal("45"));
    private static final Product FRINGE = new Product(UUID.randomUUID(), "Fringe trim", "Hair", Complexity.SIMPLE, new BigDecimal("15"));
    private static final Product TABLETS = new Product(UUID.randomUUID(), "Rugged tablet", "Hardware", Complexity.COMPLEX, new BigDecimal("900"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    @Test
    void anOlderQuestionWeSaidWeWouldCallBackOnIsSaidUnderTheNewerAskOnTheSameThing() {
        Brief brief = new Given()
                .touchpoint(200, Channel.CALL, Direction.INBOUND, "Asked how often the balayage needs refreshing and what the aftercare involves.",
                        "Will call back after checking with Marco.", Mood.NEUTRAL)
                .touchpoint(160, Channel.CALL, Direction.INBOUND, "Maggie wanted a rough price for the balayage on shoulder-length hair. Short conversation.",
                        "Will call back after checking with Marco.", Mood.NEUTRAL)
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Instagram message: Maggie saw our before-and-after post and asked about the balayage.",
                        "Will call back after checking with Tash.", Mood.NEUTRAL)
                .brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.answer-owed-long");
        // the call that ended "will call back after checking" again answered nothing: the question is still theirs, said once, and the
        // owner's sorry for the wait covers it
        assertThat(points(brief)).filteredOn(point -> point.contains("how often the balayage needs refreshing")).singleElement()
                .satisfies(point -> assertThat(point).startsWith("They also asked").doesNotContain("sorry"));
    }

    @Test
    void aQuestionAskedInTheirOwnWordsIsSaidAsTheirQuestionNotOnlyItsThing() {
        Brief brief = new Given()
                .touchpoint(120, Channel.MESSAGE, Direction.INBOUND, "Maggie asked what the root touch-up costs and how long the appointment takes.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(80, Channel.MESSAGE, Direction.INBOUND, "Maggie sent a photo of the look she is after and asked whether a root touch-up would get there.",
                        "No booking yet.", Mood.NEUTRAL)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND,
                        "Enquiry from Maggie: can the root touch-up be done in one sitting, or does it need two visits?",
                        "Will call back after checking with Tash.", Mood.NEUTRAL)
                .brief();

        assertThat(String.join("\n", points(brief)) + "\n" + brief.conversation().goal().text())
                .contains("whether the root touch-up can be done in one sitting");
    }

    @Test
    void aTechnicalQuestionTheyAreDecidingOnWantsItsAnswerBeforeAPrice() {
        Brief brief = new Given().bought(TABLETS, 70, "900")
                .touchpoint(70, Channel.MEETING, Direction.INBOUND, "Nicholas's team ordered rugged tablets; delivery to the main depot on Monday.", "", Mood.HAPPY)
                .touchpoint(40, Channel.MEETING, Direction.INBOUND, "Nicholas asked whether the analytics module integrates with their accounting package.",
                        "Qualified; budget next quarter.", Mood.NEUTRAL)
                .brief();

        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.interest");
        assertThat(call.goal().text()).contains("integrates with their accounting package").contains("a plain answer to that first")
                .doesNotContain("the price");
        assertThat(points(brief)).anySatisfy(point -> assertThat(point).contains("accounting package").contains("have the answer to that ready")
                .doesNotContain("the price"));
    }

    /** Two visits with Marco, a Tuesday-evening slot asked for between them, and a wish to book soon a month ago. */
    private static Given marcoAfterATuesdayEveningAsk() {
        return new Given().bought(CUT, 300, "45").bought(FRINGE, 110, "15")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Maggie had the cut and blow-dry with Marco.", "Paid in full.", Mood.HAPPY)
                .touchpoint(120, Channel.EMAIL, Direction.INBOUND, "Asked if we have a slot for a fringe trim on a Tuesday evening.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(110, Channel.VISIT, Direction.INBOUND, "Maggie came in for the fringe trim with Marco; really pleased with the result.",
                        "Left a five-star review.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.OUTBOUND, "Message to Maggie: fancy booking the next visit?", "Wants to book soon.", Mood.HAPPY);
    }

    private static String marcoLine(Brief brief) {
        return points(brief).stream().filter(point -> point.contains("offer it with Marco")).findFirst().orElse(null);
    }

    @Test
    void theDayAndTimeTheyAskedForIsOfferedWithTheirPerson() {
        assertThat(marcoLine(marcoAfterATuesdayEveningAsk().brief())).contains("on a Tuesday evening");

        // our late opening moved off Tuesdays since: that evening is no longer ours to offer
        Brief moved = marcoAfterATuesdayEveningAsk()
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Told Maggie our late opening moves from Tuesday to Wednesday.", "No reply needed.", null)
                .brief();
        assertThat(marcoLine(moved)).isNotNull().doesNotContain("Tuesday");

        // a newer day of theirs since ("rebooked for Monday"): the Tuesday evening is no longer the one they want
        Brief newerDay = marcoAfterATuesdayEveningAsk()
                .touchpoint(90, Channel.MESSAGE, Direction.INBOUND, "Maggie cancelled an appointment (sick child); rebooked for Monday.", "Rebooked.", null)
                .brief();
        assertThat(marcoLine(newerDay)).isNotNull().doesNotContain("Tuesday");
    }

    @Test
    void aSlotTheyAskedForIsATimeToOfferNotAQuestionToAnswerAndItsDayIsSaidOnce() {
        Brief brief = new Given().bought(CUT, 100, "45")
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Maggie had the cut and blow-dry with Marco.", "Paid in full.", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Asked if we have a slot for a cut and blow-dry on a Wednesday evening.",
                        "No booking yet.", Mood.HAPPY)
                .brief();

        assertThat(brief.conversation().goal().text()).contains("Wednesday evening").doesNotContain("a plain answer");
        assertThat(points(brief)).filteredOn(point -> point.contains("Wednesday")).hasSize(1);
    }
}
