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
 * Work a contact left open in its own words (tickets or actions left for us after a review, a paper sent to
 * them to sign) is said under whatever leads the call, with what and since when, until something since
 * closes it; and the brief does not read the account as all well meanwhile. Read on Sunday 15 March 2026.
 */
class BriefOpenWorkTest {
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));
    private static final Product SCANNER = new Product(UUID.randomUUID(), "Handheld barcode scanner", "Hardware", Complexity.SIMPLE,
            new BigDecimal("342"));

    private static List<String> said(Brief brief, String rule) {
        return brief.conversation().talkingPoints().stream().filter(line -> line.rule().equals(rule)).map(BriefLine::text).toList();
    }

    private static Given reviewedWith(String outcome, int daysAgo) {
        return new Given().bought(TRACKING, 500, "4460").bought(TRACKING, 135, "4460")
                .touchpoint(135, Channel.EMAIL, Direction.INBOUND, "Renewed the Fleet Tracking licence for another year", "Invoice sent.", Mood.HAPPY)
                .touchpoint(daysAgo, Channel.MEETING, Direction.OUTBOUND, "Account review with Kestrel Haulage: all teams now on the Fleet Tracking licence.",
                        outcome, Mood.HAPPY);
    }

    @Test
    void ticketsLeftByAReviewMonthsAgoAreSaidWithWhatAndWhenUnderAnyLead() {
        for (String left : List.of("Two open tickets.", "Three actions for us.", "One open ticket.")) {
            Brief brief = reviewedWith(left, 130)
                    .touchpoint(20, Channel.MEETING, Direction.INBOUND, "Lena asked about lead times for barcode scanners for the whole fleet.",
                            "Budget next quarter.", Mood.NEUTRAL)
                    .brief();
            List<String> lines = said(brief, "thread.open-work");
            assertThat(lines).as(left).hasSize(1);
            String line = lines.get(0);
            assertThat(line).as(left).startsWith("The account review (").contains("left us with " + left.toLowerCase().replace(" for us", "").replace(".", ""))
                    .contains("nothing logged since");
            assertThat(line).as(left).contains(left.startsWith("One") ? "it was dealt with" : "they were dealt with");
            assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).as(left).doesNotContain("nothing else is going on");
        }
    }

    @Test
    void ticketsSaidClosedSinceOrAFollowUpAboutThemDoneAreNotSaid() {
        Brief closed = reviewedWith("Two open tickets.", 130)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Told Lena both tickets are closed.", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(said(closed, "thread.open-work")).isEmpty();
        Brief followedUp = reviewedWith("Two open tickets.", 130)
                .promised(100, "Confirm the two tickets with Lena", 95)
                .brief();
        assertThat(said(followedUp, "thread.open-work")).isEmpty();
        // a check-in since went through what was open, and would have said again what still was
        Brief checkedIn = reviewedWith("Two actions for us.", 130)
                .touchpoint(100, Channel.VISIT, Direction.OUTBOUND, "Quarterly check-in with Lena: adoption, open tickets and plans.", "Asked about the next release.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(said(checkedIn, "thread.open-work")).isEmpty();
    }

    @Test
    void aReviewOnlyScheduledSinceHasNotDealtWithTheTickets() {
        // Blackthorn Fleet Hire (read 49): "Two open tickets" at the October account review, then only "Scheduled the quarterly review … for Wednesday"
        for (String scheduled : List.of("Scheduled the quarterly review with Lena for Wednesday.", "Sent Lena the agenda for the quarterly review.")) {
            Brief brief = reviewedWith("Two open tickets.", 130)
                    .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, scheduled, null, null)
                    .brief();
            assertThat(said(brief, "thread.open-work")).as(scheduled).singleElement().asString().startsWith("The account review (").contains("two open tickets");
        }
    }

    @Test
    void ticketsTheLeadAlreadySaysAreNotSaidAgainButOlderOnesAre() {
        Brief lead = reviewedWith("Two open tickets.", 40).brief();
        assertThat(lead.conversation().owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(said(lead, "thread.open-work")).isEmpty();

        Brief both = reviewedWith("Two open tickets.", 90)
                .touchpoint(12, Channel.CALL, Direction.OUTBOUND, "Hendrik ran a remote session with Kestrel Haulage to finish the configuration.", "Two actions for us.",
                        Mood.HAPPY)
                .brief();
        assertThat(both.conversation().owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(both.conversation().owner().text()).contains("two actions");
        assertThat(said(both, "thread.open-work")).singleElement().asString().startsWith("The account review (").contains("two open tickets");
    }

    @Test
    void ticketsLeftLongerAgoThanEightMonthsAreHistory() {
        Brief brief = reviewedWith("Two open tickets.", 300).brief();
        assertThat(said(brief, "thread.open-work")).isEmpty();
    }

    @Test
    void aPaperSentToSignThatNeverCameBackIsSaidUntilSigned() {
        for (String words : List.of("Email to Kestrel Haulage: new data processing agreement, signature needed.", "Sent Lena the updated service contract for signing.",
                "Sent the order form to be signed.")) {
            Brief open = new Given().bought(SCANNER, 400, "684")
                    .touchpoint(280, Channel.EMAIL, Direction.OUTBOUND, words, "No reply yet.", null)
                    .touchpoint(30, Channel.CALL, Direction.OUTBOUND, "Congratulated Lena on the promotion to operations director.", "Thanked us.", Mood.HAPPY)
                    .brief();
            assertThat(said(open, "thread.open-work")).as(words).singleElement().asString().startsWith("We sent them the ")
                    .containsAnyOf("data processing agreement", "service contract", "order form").contains("to sign (").contains("no signature is on record");
        }
        Brief signed = new Given().bought(SCANNER, 400, "684")
                .touchpoint(280, Channel.EMAIL, Direction.OUTBOUND, "Email to Kestrel Haulage: new data processing agreement, signature needed.", "No reply yet.", null)
                .touchpoint(200, Channel.EMAIL, Direction.INBOUND, "Lena sent back the signed agreement.", "Filed.", Mood.NEUTRAL)
                .brief();
        assertThat(said(signed, "thread.open-work")).isEmpty();
        Brief signedThere = new Given().bought(SCANNER, 400, "684")
                .touchpoint(50, Channel.EMAIL, Direction.OUTBOUND, "Email to Kestrel Haulage: new data processing agreement, signature needed.", "Signed and returned.", Mood.HAPPY)
                .brief();
        assertThat(said(signedThere, "thread.open-work")).isEmpty();
        Brief justSent = new Given().bought(SCANNER, 400, "684")
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Email to Kestrel Haulage: new data processing agreement, signature needed.", "No reply yet.", null)
                .brief();
        assertThat(said(justSent, "thread.open-work")).isEmpty();
    }

    @Test
    void signingSomethingElseDoesNotSignThePaperWeWaitFor() {
        Brief brief = new Given().bought(SCANNER, 400, "684").bought(TRACKING, 100, "4460")
                .touchpoint(280, Channel.EMAIL, Direction.OUTBOUND, "Email to Kestrel Haulage: new data processing agreement, signature needed.", "No reply yet.", null)
                .touchpoint(100, Channel.MEETING, Direction.OUTBOUND, "Signed the Fleet Tracking licence with Kestrel Haulage.", "Invoice sent.", Mood.HAPPY)
                .brief();
        assertThat(said(brief, "thread.open-work")).singleElement().asString().contains("the new data processing agreement");
    }

    @Test
    void aSignatureTheyAskOfUsIsNotTheirsToGive() {
        Brief brief = new Given().bought(SCANNER, 400, "684")
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Lena sent their supplier agreement; waiting for our signature.", "Passed to legal.", Mood.NEUTRAL)
                .brief();
        assertThat(said(brief, "thread.open-work")).isEmpty();
    }
}
