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
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caution under Remember shapes the call as one voice: who takes it (the one who handles the details, by name when the
 * record names them), how (a message never calls itself a call), when (a time not to ring) and how long (little talk, few
 * points); an at-risk note stands in Remember, pinned or not, until the record answers it (reads 33 to 35: Marco, Minh,
 * Esther, Dev, Charlotte, Saltmarsh). Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefCallCautionsTest {
    private static final Product COOLER = new Product(UUID.randomUUID(), "Halden wine cooler", "Kitchen", Complexity.COMPLEX, new BigDecimal("540"));

    private static Given settledClient() {
        return new Given().bought(KETTLE, 300, "35")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Bought the kettle; pleased with it.", "Paid in full.", Mood.HAPPY)
                .touchpoint(120, Channel.CALL, Direction.OUTBOUND, "Checked the kettle is fine.", "All good.", Mood.HAPPY);
    }

    @Test
    void whoHandlesTheDetailsTakesTheCallAndIsNamedWhenTheRecordNamesThem() {
        Given given = settledClient().note("Speaks mostly Spanish at home; daughter handles the details.", false, 200);
        Brief brief = given.brief();
        assertThat(brief.conversation().channelWhy().text()).contains("Go through their daughter");
        assertThat(brief.conversation().opener().text()).startsWith("Hi, this is about Maggie. ");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();

        Brief named = given.touchpoint(60, Channel.CALL, Direction.INBOUND, "Her daughter Ana rang to ask about descaling.", "Explained.",
                Mood.NEUTRAL).brief();
        assertThat(named.conversation().channelWhy().text()).contains("Go through their daughter Ana");
        assertThat(named.conversation().opener().text()).startsWith("Hi Ana, this is about Maggie. ");
    }

    @Test
    void theOpenerSaidToWhoHandlesTheDetailsSpeaksOfTheClient() {
        // Charlotte Hoffman, read 51: "Hi, this is about Charlotte. We've still got the cordless vacuum put aside for you"
        Given given = settledClient().note("Speaks mostly Spanish at home; daughter handles the details.", false, 200)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Maggie asked whether the cordless vacuum is in stock.", "Yes; put one aside for them.",
                        Mood.HAPPY);
        String opener = given.brief().conversation().opener().text();

        assertThat(opener).startsWith("Hi, this is about Maggie. ").doesNotContainPattern("(?i)\\byou(?:r|rs|'re|'ve|'d|'ll)?\\b");
        assertThat(CallCautions.aboutThem("We've still got the cordless vacuum put aside for you. Would you still like it, or shall I find you a time?"))
                .isEqualTo("We've still got the cordless vacuum put aside for them. Would they still like it, or shall I find them a time?");
    }

    @Test
    void aNoteOfWhenTheyCanComeGoesWithTheStepThatBooksTheTime() {
        // Amara Sullivan, read 51: "Prefers appointments after 5pm" in Remember, and a time offered that did not carry it
        Given given = new Given().prefers(Channel.MESSAGE).bought(BriefEngineTest.HAIRCUT, 90, "55")
                .touchpoint(90, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry done by Jonas.", "Paid in full.", Mood.HAPPY)
                .touchpoint(60, Channel.CALL, Direction.OUTBOUND, "Called Maggie after a few quiet weeks to make sure everything was alright.",
                        "Wants to book soon.", Mood.EXCITED)
                .note("Prefers appointments after 5pm.", false, 60);

        assertThat(given.brief().conversation().nextStep().text()).endsWith("Offer a time after 5pm, as their note asks.");
    }

    @Test
    void aLongerNoteOfWhenTheyAreHomeIsQuotedWithTheStepThatBooksAVisit() {
        // Robert Becker, read 50: a rattle check booked, and "works from home in the afternoons" not used to book it
        Given given = new Given().bought(KETTLE, 250, "35")
                .touchpoint(250, Channel.VISIT, Direction.INBOUND, "Bought the kettle; pleased with it.", "Paid in full.", Mood.HAPPY)
                .touchpoint(45, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short \"how's it going?\" message about the kettle.",
                        "Mentioned a small rattle; booked a check.", Mood.HAPPY)
                .touchpoint(41, Channel.EMAIL, Direction.OUTBOUND, "Invited Maggie to test a new coffee machine at home for a week.",
                        "Too busy this month.", Mood.HAPPY)
                .note("Prefers deliveries before noon; works from home in the afternoons.", false, 45);

        assertThat(given.brief().conversation().nextStep().text())
                .endsWith("When you offer a time, keep to their note: \u201cPrefers deliveries before noon; works from home in the afternoons.\u201d");
    }

    @Test
    void aNoteOfWhenTheyCanComeIsNotAddedToACallThatBooksNothing() {
        Given given = settledClient().prefers(Channel.EMAIL).note("Prefers appointments after 5pm.", false, 200);

        assertThat(given.brief().conversation().nextStep().text()).doesNotContain("5pm");
    }

    @Test
    void aMessageDoesNotCallItselfACall() {
        Given given = new Given();
        given.products.put(COOLER.id(), COOLER);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, COOLER.id(), null, TODAY.minusDays(690), new BigDecimal("540"),
                TODAY.plusDays(40), null));
        given.touchpoint(690, Channel.VISIT, Direction.INBOUND, "Bought the wine cooler.", "Paid in full.", Mood.HAPPY)
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Birthday email with a voucher.", "Thanked us.", Mood.HAPPY)
                .note("Hard of hearing; email rather than call.", false, 400);
        Brief brief = given.brief();
        assertThat(brief.conversation().channel()).isEqualTo(Channel.EMAIL);
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContainIgnoringCase("quick call");
        assertThat(TextSignals.speaksOfCalling(brief.conversation().opener().text())).isFalse();
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aTimeNotToRingIsKeptWhereTheCallerReadsHowToReachThem() {
        Brief brief = settledClient().note("Please don't ring before 9:30; she works nights.", false, 50).brief();
        assertThat(brief.conversation().channel()).isEqualTo(Channel.CALL);
        assertThat(brief.conversation().channelWhy().text()).contains("Not before 9:30");
        Brief calls = settledClient().note("Asked us never to phone during school pick-up (3 to 4pm).", false, 50).brief();
        assertThat(calls.conversation().channelWhy().text()).contains("Not during school pick-up (3 to 4pm), as their note asks.");
        // Written to, they are not rung at all: no window to keep.
        Brief written = settledClient().prefers(Channel.EMAIL).note("Please don't ring before 9:30; she works nights.", false, 50).brief();
        assertThat(written.conversation().channelWhy().text()).doesNotContain("9:30");
    }

    @Test
    void littleTalkKeepsTheCallToAFewPoints() {
        Given given = settledClient().note("Busy man: brief and to the point.", false, 100)
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Asked whether we stock descaler.", null, Mood.NEUTRAL)
                .promised(12, "Send the descaler price list", null)
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Asked about a spare lid for the kettle.", "Will order one.", Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(brief.conversation().talkingPoints()).hasSizeLessThanOrEqualTo(CallCautions.SHORT_CALL_POINTS);
        assertThat(brief.conversation().channelWhy().text()).contains("Keep it short");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void whoDecidesIsNamedWhereAStockLineWouldSaySomeoneElse() {
        Given given = settledClient().note("Decision maker is the finance director; Priya champions us internally.", true, 200)
                .touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Suggested the descaling service plan to Priya.", "Will think about it.",
                        Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("someone else's").contains("what the finance director needs to see");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void anAtRiskNoteStandsInRememberUnpinnedUntilTheRecordAnswersIt() {
        Given given = settledClient().note("At risk: unhappy with support response times; weekly check-in until it settles.", false, 100);
        assertThat(given.brief().remember()).extracting(BriefLine::text).anyMatch(text -> text.startsWith("At risk"));
        given.touchpoint(50, Channel.EMAIL, Direction.INBOUND, "Thanked us for the faster answers lately.", "Thanked us.", Mood.HAPPY);
        assertThat(given.brief().remember()).extracting(BriefLine::text).noneMatch(text -> text.startsWith("At risk"));
    }

    @Test
    void aBriefThatGoesAgainstACautionIsReported() {
        Given given = settledClient().note("Speaks mostly Spanish at home; daughter handles the details.", false, 200)
                .note("Never ring before 10am.", false, 100)
                .note("Not much chat, please.", false, 90)
                .note("At risk: unhappy with the fitting; check in weekly until it settles.", false, 30);
        Brief good = given.brief();
        Brief.Conversation c = good.conversation();
        List<BriefLine> five = List.of(new BriefLine("Ask how the kettle is.", "a"), new BriefLine("Ask about the lid.", "b"),
                new BriefLine("Ask about descaler.", "c"), new BriefLine("Ask about the fitting.", "d"), new BriefLine("Ask about a review.", "e"));
        Brief.Conversation bad = new Brief.Conversation(c.owner(), c.bySituation(), c.type(), c.typeRule(), c.tone(), c.goal(),
                new BriefLine("Hi Maggie, a quick call to see how you are.", "opener.x"), c.offerPolicy(), c.offerPolicyRule(), Channel.CALL,
                new BriefLine("Call: the channel they prefer.", "fact:preferred-channel"), five, c.avoid(), c.nextStep());
        Brief against = new Brief(good.clientId(), good.clientName(), good.greetingName(), good.at(), good.headline(), good.phase(),
                good.phaseWhy(), good.mood(), good.moodTrend(), good.ghosted(), good.silenceWeighs(), good.trust(), List.of(), good.shownFields(),
                good.priorTouchpoint(), bad, good.openItems(), good.lately(), good.competitors(), List.of(), List.of(), List.of());
        assertThat(BriefCritic.check(given.input(), good)).isEmpty();
        assertThat(BriefCritic.check(given.input(), against)).extracting(BriefCritic.Incoherence::kind)
                .contains("against-a-caution", "at-risk-note-left-out").filteredOn("against-a-caution"::equals).hasSize(3);

        Brief.Conversation message = new Brief.Conversation(c.owner(), c.bySituation(), c.type(), c.typeRule(), c.tone(), c.goal(),
                new BriefLine("Hi, this is about Maggie. A quick call to see how she is.", "opener.x"), c.offerPolicy(), c.offerPolicyRule(),
                Channel.EMAIL, c.channelWhy(), c.talkingPoints(), c.avoid(), c.nextStep());
        Brief written = new Brief(good.clientId(), good.clientName(), good.greetingName(), good.at(), good.headline(), good.phase(),
                good.phaseWhy(), good.mood(), good.moodTrend(), good.ghosted(), good.silenceWeighs(), good.trust(), good.remember(),
                good.shownFields(), good.priorTouchpoint(), message, good.openItems(), good.lately(), good.competitors(), List.of(), List.of(), List.of());
        assertThat(BriefCritic.check(given.input(), written)).extracting(BriefCritic.Incoherence::kind).contains("calls-in-a-message");
    }

    @Test
    void cautionsAreReadByMeaningNotByOnePhrase() {
        assertThat(TextSignals.goBetween("Speaks mostly Spanish at home; daughter handles the details.")).contains("daughter");
        assertThat(TextSignals.goBetween("Please speak to his son first; he deals with the bills.")).contains("son");
        assertThat(TextSignals.goBetween("Her carer, Joan, arranges all visits.")).contains("carer");
        assertThat(TextSignals.goBetween("Her daughter's wedding is in June.")).isEmpty();
        assertThat(TextSignals.goBetween("Decision maker is the finance director.")).isEmpty();
        assertThat(TextSignals.nameOf("daughter", "Spoke with his daughter, Lucía, about the delivery.")).contains("Lucía");
        assertThat(TextSignals.nameOf("daughter", "Ana, her daughter, came in.")).contains("Ana");
        assertThat(TextSignals.nameOf("daughter", "Her daughter handles the details.")).isEmpty();

        assertThat(TextSignals.callWindow("Do not call before 10am: morning briefings with the drivers.")).contains("not before 10am");
        assertThat(TextSignals.callWindow("Prefers video calls on Tuesdays and Thursdays.")).contains("on Tuesdays and Thursdays");
        assertThat(TextSignals.callWindow("Best to call after 6pm.")).contains("after 6pm");
        assertThat(TextSignals.callWindow("Gate code changes monthly; call on arrival.")).isEmpty();
        assertThat(TextSignals.callWindow("We could not call on Monday; left a message.")).isEmpty();

        assertThat(TextSignals.decider("Decision maker is the finance director; Priya champions us internally.")).contains("the finance director");
        assertThat(TextSignals.decider("The CFO signs off anything over 5k.")).contains("the CFO");
        assertThat(TextSignals.decider("Decision maker is Hendrik.")).contains("Hendrik");
        assertThat(TextSignals.decider("Made a decision to wait until spring.")).isEmpty();
        assertThat(TextSignals.withDecider("Ask what would make it easier: the price, the timing, someone else's approval.", "the CFO"))
                .isEqualTo("Ask what would make it easier: the price, the timing, what the CFO needs to see.");

        assertThat(TextSignals.wantsItShort("Likes a quiet appointment; not much chat.")).isTrue();
        assertThat(TextSignals.wantsItShort("Loves a long chat about her garden.")).isFalse();

        assertThat(TextSignals.asWritten("Hi Dev, a quick call ahead of time: the warranty ends soon."))
                .isEqualTo("Hi Dev, a quick note ahead of time: the warranty ends soon.");
        assertThat(TextSignals.asWritten("I'm calling about the quote.")).isEqualTo("I'm writing about the quote.");
        assertThat(TextSignals.speaksOfCalling("We didn't call you about it beforehand.")).isFalse();
    }

    @Test
    void theOpenerSaidAboutTheClientKeepsThemTheObjectAfterAVerb() {
        // Johan Zhang, read 53's review: "I'd love to hear what brought they to us"
        assertThat(CallCautions.aboutThem("Thanks for taking the time. I'd love to hear what brought you to us."))
                .isEqualTo("Thanks for taking the time. I'd love to hear what brought them to us.");
        assertThat(CallCautions.aboutThem("Would you still like it, or shall we let it go?")).isEqualTo("Would they still like it, or shall we let it go?");
    }
}
