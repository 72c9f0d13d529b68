package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prospect who has asked about one thing many times is called about the last thing they asked, not
 * "where we left off". Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefProspectAskTest {
    /** A prospect (no purchase) who has asked about the cut and blow-dry three times this year. */
    private static Given askedThreeTimes() {
        return new Given()
                .touchpoint(100, Channel.EMAIL, Direction.INBOUND, "Maggie asked what the cut and blow-dry costs and how long the appointment takes.",
                        "Sent the price list.", Mood.HAPPY)
                .touchpoint(80, Channel.MESSAGE, Direction.INBOUND, "Instagram message: Maggie saw our before-and-after post and asked about the cut and blow-dry.",
                        "Sent the price list.", Mood.HAPPY);
    }

    private static String opener(Brief brief) {
        return brief.conversation().opener().text();
    }

    @Test
    void aFollowUpToBookADemoTickedOffWithOnlyDatesEmailedBookedNoDemo() {
        Given given = askedThreeTimes()
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Maggie asked again about the cut and blow-dry for her sister's wedding.", null, Mood.HAPPY)
                .promised(42, "Book the cut and blow-dry consultation with Maggie", 41)
                .touchpoint(41, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie dates for the cut and blow-dry consultation.", "No reply.", null);
        Brief brief = given.brief();
        String whole = brief.toString();
        assertThat(whole).doesNotContain("consultation was booked").contains("we offered dates for a consultation");
        // a contact that day that books it is a consultation booked
        Brief booked = askedThreeTimes()
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Maggie asked again about the cut and blow-dry for her sister's wedding.", null, Mood.HAPPY)
                .promised(42, "Book the cut and blow-dry consultation with Maggie", 41)
                .touchpoint(41, Channel.CALL, Direction.OUTBOUND, "Called Maggie about the cut and blow-dry consultation.", "Booked a consultation for Friday.", null)
                .brief();
        assertThat(booked.toString()).contains("consultation was booked");
    }

    @Test
    void aSlotAskedForAndAConsultationBookedLeadTheCall() {
        Brief brief = askedThreeTimes()
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Asked if we have a slot for a cut and blow-dry on a Monday evening.",
                        "Booked a consultation.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("prospect.history");
        assertThat(opener(brief)).contains("a slot for a cut and blow-dry on a Monday evening").contains("we booked a consultation")
                .doesNotContain("where we left off");
    }

    @Test
    void aQuestionAtTheLastContactNeverAnsweredIsOwned() {
        Brief brief = askedThreeTimes()
                .touchpoint(8, Channel.CALL, Direction.INBOUND, "Maggie asked whether the cut and blow-dry suits very fine hair.",
                        null, Mood.NEUTRAL)
                .touchpoint(4, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a note to say we would love to see her soon, with the booking link.",
                        "No reply yet.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("prospect.history");
        assertThat(opener(brief)).contains("last week you asked us whether the cut and blow-dry suits very fine hair")
                .contains("I don't think we ever gave you a proper answer");
    }

    @Test
    void anAnswerSentSinceIsNotOwnedAsMissing() {
        Brief brief = askedThreeTimes()
                .touchpoint(8, Channel.CALL, Direction.INBOUND, "Maggie asked whether the cut and blow-dry suits very fine hair.",
                        null, Mood.NEUTRAL)
                .touchpoint(6, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie photos of the cut and blow-dry on very fine hair.", "No reply yet.", null)
                .brief();
        assertThat(opener(brief)).doesNotContain("proper answer");
    }

    @Test
    void aNoSinceTheirLastAskLeavesNothingToDecide() {
        // Pinecrest Pest Control, read 48: "find out what still stands in the way of deciding" six weeks after the board said no
        Brief brief = new Given()
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Met Maggie at the wedding fair; asked about the bridal package and the trial.",
                        "Sent pricing.", Mood.HAPPY)
                .touchpoint(180, Channel.CALL, Direction.INBOUND, "Maggie asked whether the bridal package covers the bridesmaids.", "Sent the price list.",
                        Mood.NEUTRAL)
                .touchpoint(150, Channel.EMAIL, Direction.INBOUND, "Maggie asked about the bridal package for a June date.", "Sent pricing.", Mood.NEUTRAL)
                .touchpoint(80, Channel.VISIT, Direction.INBOUND, "Maggie said no to the bridal package after talking it over at home.",
                        "Wants the price held until next year.", Mood.NEUTRAL)
                .opportunity(OpportunityKind.REFUSAL, OpportunityStatus.LOST, null, "Said no to the bridal package this year", 80)
                .brief();
        String said = BriefEngineTest.spokenText(brief);
        assertThat(brief.conversation().owner().rule()).as(said).isNotEqualTo("prospect.history");
        assertThat(said).doesNotContain("in the way of deciding").doesNotContain("asked about the bridal package");
    }

    @Test
    void aStepDoneByFollowUpIsDatedTheDayItWasDone() {
        // Inês Brennan, read 48: a quote sent on November 26 said as "sent (November 28)", the day the follow-up was due
        Brief brief = askedThreeTimes()
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a quote for the cut and blow-dry with a fringe.", null, Mood.HAPPY)
                .promised(20, "Send Maggie the quote for the cut and blow-dry", 22)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("we sent the quote (21 February)").doesNotContain("(23 February)");
    }
}
