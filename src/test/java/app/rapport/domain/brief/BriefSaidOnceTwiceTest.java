package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Said once, by the line that says most, however many rules find the thing (reads 46 and 47): a time offered once, a
 * complaint told once, a prospect's thread told once; and a quote they asked for is ours to send, not their decision.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefSaidOnceTwiceTest {
    private static final Product CUT = BriefTimeAndToneTest.CUT;
    private static final Product FRIDGE = BriefTimeAndToneTest.FRIDGE;
    private static final Pattern OFFERS_A_TIME = Pattern.compile("(?i)\\boffer (?:them )?a time\\b|\\ba time that suits\\b");

    private static long points(Brief brief, Pattern pattern) {
        return brief.conversation().talkingPoints().stream()
                .filter(line -> pattern.matcher(line.text().replaceAll("\u201c[^\u201d]*\u201d", "").replace("when you offer a time", "")).find()).count();
    }

    private static String shown(Brief brief) {
        StringBuilder text = new StringBuilder(BriefEngineTest.spokenText(brief));
        brief.conversation().talkingPoints().forEach(line -> text.append("\n  [").append(line.rule()).append("] ").append(line.text()));
        return text.toString();
    }

    /** A new client who asked a price days ago, wanted to book soon, and thanked us for our come-in note: three reasons, one time. */
    private static Given manyReasonsToBook() {
        return new Given().bought(CUT, 30, "55")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Paid in full.", Mood.HAPPY)
                .touchpoint(5, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Maggie; all fine, busy month.", "Wants to book soon.",
                        Mood.EXCITED)
                .touchpoint(3, Channel.EMAIL, Direction.INBOUND, "Maggie wanted a rough price for the fringe trim on shoulder-length hair. Relaxed and chatty.",
                        "Sent the price list.", Mood.HAPPY)
                .touchpoint(1, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a note to say we would love to see them soon, with the booking link.",
                        "Thanked us.", Mood.HAPPY);
    }

    @Test
    void aTimeIsOfferedOnceThoughTheyWantedToBookAndThankedUsForOurNote() {
        Brief brief = manyReasonsToBook().brief();
        assertThat(points(brief, OFFERS_A_TIME)).as(shown(brief)).isEqualTo(1);
        assertThat(brief.dropped()).as(shown(brief)).anySatisfy(d -> assertThat(d.reason()).contains("already offers a time"));
    }

    @Test
    void aQuoteTheyAskedForDaysAgoIsOursToSendNotTheirDecision() {
        Brief brief = new Given().bought(CUT, 30, "55")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Paid in full.", Mood.HAPPY)
                .touchpoint(6, Channel.MESSAGE, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it.", "Wants a quote.",
                        Mood.HAPPY)
                .touchpoint(3, Channel.EMAIL, Direction.INBOUND, "Maggie wanted a rough price for the fringe trim on shoulder-length hair. Relaxed and chatty.",
                        "Sent the price list.", Mood.HAPPY)
                .brief();
        String spoken = shown(brief);
        assertThat(spoken).containsIgnoringCase("ours to send").doesNotContain("Ask where they are with it");
    }

    @Test
    void ourOfferAskedAboutAgainIsALineUnderTheirNewerWishNotAskedAsIfForTheFirstTime() {
        Brief brief = new Given().bought(CUT, 400, "55").bought(CUT, 52, "55")
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Marco.", "Paid in full.", Mood.HAPPY)
                .touchpoint(52, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Marco.", "Paid in full.", Mood.HAPPY)
                .touchpoint(47, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it.",
                        "Will decide after payday.", Mood.NEUTRAL)
                .touchpoint(41, Channel.CALL, Direction.OUTBOUND, "Called Maggie to ask about the gloss package again.", null, null)
                .touchpoint(37, Channel.CALL, Direction.INBOUND, "Maggie asked to be on the cancellation list for Tuesday. Seemed pleased.", null, Mood.HAPPY)
                .brief();
        String spoken = shown(brief);
        assertThat(brief.conversation().owner().rule()).as(spoken).isNotEqualTo("situation.offer-pending");
        assertThat(brief.conversation().talkingPoints()).as(spoken)
                .filteredOn(line -> line.text().contains("gloss package")).singleElement()
                .satisfies(line -> assertThat(line.text()).contains("asked about it again").doesNotContain("Ask where they are with it"));
    }

    @Test
    void anOpenComplaintIsToldOnceThoughTheyWereUnhappyAboutItToo() {
        Brief brief = new Given().bought(FRIDGE, 100, "649")
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Bought the fridge freezer in store.", "Delivery booked.", Mood.HAPPY)
                .opportunity(OpportunityKind.COMPLAINT, OpportunityStatus.OPEN, FRIDGE.id(), "Fridge freezer leaking at the front", 20)
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Complaint: the fridge freezer is leaking at the front. Very annoyed.", null, Mood.FRUSTRATED)
                .brief();
        String spoken = shown(brief);
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-complaint");
        assertThat(brief.conversation().talkingPoints()).as(spoken).noneMatch(line -> line.rule().equals("situation.unhappy"))
                .filteredOn(line -> line.text().toLowerCase(Locale.ROOT).contains("fridge freezer")).hasSize(1);
    }

    @Test
    void aMissedDeliveryPutRightIsNoFaultToAskAfter() {
        Brief slip = mendedLongAgo("Missed delivery window for the fridge freezer",
                "Complaint: delivery window missed; waited in all day for the fridge freezer.", "Refunded the delivery charge and apologised.");
        assertThat(shown(slip)).doesNotContain("since we put it right");
        // a fault in the thing itself, mended: whether the fix held is still asked
        Brief fault = mendedLongAgo("Fridge freezer leaking at the front",
                "Complaint: the fridge freezer is leaking at the front.", "Technician replaced the door seal.");
        assertThat(shown(fault)).contains("since we put it right");
    }

    private static Brief mendedLongAgo(String complaint, String raised, String mended) {
        return new Given().bought(CUT, 500, "55").bought(FRIDGE, 150, "649")
                .touchpoint(500, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry.", "Paid in full.", Mood.HAPPY)
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Bought the fridge freezer in store.", "Delivery booked.", Mood.HAPPY)
                .opportunity(OpportunityKind.COMPLAINT, OpportunityStatus.WON, FRIDGE.id(), complaint, 60)
                .touchpoint(60, Channel.CALL, Direction.INBOUND, raised, null, Mood.FRUSTRATED)
                .touchpoint(55, Channel.VISIT, Direction.OUTBOUND, mended, "Resolved; customer happy.", Mood.HAPPY)
                .brief();
    }

    @Test
    void aProspectsHistoryOfAsksGivesWayToTheirOpenAskAboutTheSameThing() {
        Brief brief = new Given()
                .touchpoint(200, Channel.MESSAGE, Direction.INBOUND, "Maggie asked about the balayage.", "Sent the price list.", Mood.HAPPY)
                .touchpoint(150, Channel.CALL, Direction.INBOUND, "Wanted a rough price for the balayage on long hair.", "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(60, Channel.MESSAGE, Direction.INBOUND, "Maggie asked whether the balayage would work on hair that was box-dyed last year.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(10, Channel.MESSAGE, Direction.INBOUND, "Maggie asked about the keratin treatment.", "Sent the price list.", Mood.NEUTRAL)
                .brief();
        String spoken = shown(brief);
        assertThat(points(brief, Pattern.compile("(?i)balayage"))).as(spoken).isEqualTo(1);
    }
}
