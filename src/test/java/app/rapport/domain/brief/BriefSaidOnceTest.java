package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Said once: one subject of the client's record (a thing asked, a review, a chase) is said in one line
 * of the brief, the one that says most, however many rules find it. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}).
 */
class BriefSaidOnceTest {
    private static final Product CUT = BriefTimeAndToneTest.CUT;
    private static final Product FRIDGE = BriefTimeAndToneTest.FRIDGE;

    /** How many talking points say these words (case aside). */
    private static long pointsSaying(Brief brief, String words) {
        return brief.conversation().talkingPoints().stream()
                .filter(line -> line.text().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))).count();
    }

    private static long occurrences(String text, String words) {
        Matcher m = Pattern.compile(Pattern.quote(words.toLowerCase(Locale.ROOT))).matcher(text.toLowerCase(Locale.ROOT));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // ---- a wish and the same ask -------------------------------------------------------------------

    @Test
    void aWaitingListAskIsOneLineNotAnAskAndAWish() {
        for (String said : List.of("Marta asked to be on the cancellation list for Thursday. Relaxed and chatty.",
                "Asked to go on the waiting list for a Saturday morning.",
                "Priya would like to be on our cancellation list for Friday afternoons, fingers crossed.")) {
            Brief brief = new Given().bought(CUT, 120, "55")
                    .touchpoint(120, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Paid in full.", Mood.HAPPY)
                    .touchpoint(12, Channel.VISIT, Direction.INBOUND, said, null, Mood.HAPPY)
                    .brief();
            String list = said.contains("waiting") ? "waiting list" : "cancellation list";
            assertThat(pointsSaying(brief, list)).as(said + "\n" + BriefEngineTest.spokenText(brief)).isEqualTo(1);
        }
    }

    @Test
    void aQuoteTheyWantedAfterOurSuggestionIsOneLine() {
        Brief brief = new Given().bought(FRIDGE, 200, "649")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Bought the fridge freezer in store.", "Delivery booked.", Mood.HAPPY)
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Suggested the robot vacuum to Natalia; interested, wants to think it over.", "Wants a quote.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(pointsSaying(brief, "robot vacuum")).as(BriefEngineTest.spokenText(brief)).isEqualTo(1);
    }

    @Test
    void anAskSaidAgainWithWhatWeDidSinceIsNoRepeat() {
        // "asked about it four times, and we sent the price" adds to "they asked about it": both stay
        Brief brief = new Given().bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Paid in full.", Mood.HAPPY)
                .touchpoint(90, Channel.MESSAGE, Direction.INBOUND, "Asked what the balayage costs.", "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Wanted a rough price for the balayage on long hair.", "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Asked how long the balayage takes.", "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(5, Channel.MESSAGE, Direction.INBOUND, "Asked for a quote for the balayage.", null, Mood.HAPPY)
                .brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(pointsSaying(brief, "balayage")).as(spoken).isGreaterThanOrEqualTo(1);
        assertThat(brief.dropped()).as(spoken).noneMatch(d -> d.reason().contains("says more of the same"));
    }

    // ---- a review thanked twice ---------------------------------------------------------------------

    @Test
    void aReviewIsThankedOnceThoughTheVisitAndTheReferralRecordBothSayIt() {
        Brief brief = new Given().bought(CUT, 200, "55")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Paid in full.", Mood.HAPPY)
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Full head colour with Maya.", "Next visit booked.", Mood.HAPPY)
                .touchpoint(9, Channel.VISIT, Direction.INBOUND, "Posted a review and tagged us. Relaxed and chatty.", null, Mood.HAPPY)
                .brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(occurrences(spoken, "review they left us")).as(spoken).isLessThanOrEqualTo(1);
    }

    // ---- the same thing twice among the avoid lines ------------------------------------------------

    @Test
    void aClauseOfAnAvoidLineIsNotSaidAgainInTheNext() {
        List<BriefLine> once = SaidOnce.avoidOnce(List.of(
                new BriefLine("Chasing it as if they owed us an answer, or asking for a review or a referral while it is open.", "a"),
                new BriefLine("Chasing it as if they owed us an answer, or pushing for a decision today.", "b"),
                new BriefLine("Pushing for a decision today, or offering something else on top.", "c"),
                new BriefLine("Badmouthing competitors: compare on facts.", "d")));
        assertThat(once).extracting(BriefLine::text).containsExactly(
                "Chasing it as if they owed us an answer, or asking for a review or a referral while it is open.",
                "Pushing for a decision today.",
                "Offering something else on top.",
                "Badmouthing competitors: compare on facts.");
        assertThat(once.get(1).rule()).isEqualTo("b");
    }

    @Test
    void subjectsAreTheSameThingOnlyWhenNeitherAddsMoreThanAWord() {
        assertThat(SaidOnce.same(java.util.Set.of("cancellation", "list", "thursday"), java.util.Set.of("go", "cancellation", "list", "thursday"))).isTrue();
        assertThat(SaidOnce.same(java.util.Set.of("wine", "cooler"), java.util.Set.of("wine", "cooler", "nine", "time", "sent", "quote"))).isFalse();
        assertThat(SaidOnce.same(java.util.Set.of("cancellation", "list", "@june 3"), java.util.Set.of("cancellation", "list", "@november 22"))).isFalse();
        assertThat(SaidOnce.same(java.util.Set.of("oven"), java.util.Set.of("oven"))).isFalse();
    }

    // ---- a check of ours booked after a problem they mentioned ------------------------------------

    @Test
    void aCheckWeBookedAfterAProblemTheyMentionedIsOursUnderWay() {
        for (String[] said : List.of(
                new String[] {"Called Esther: how is the fridge freezer doing?", "Mentioned a small rattle; booked a check."},
                new String[] {"Esther said the fridge freezer makes a strange humming at night.", "Engineer to pop round on the 14th."},
                new String[] {"Quick message about the fridge freezer; she noticed a slight leak under the door.", "Arranged a visit from the technician."})) {
            Brief brief = new Given().bought(FRIDGE, 150, "649")
                    .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Esther bought the fridge freezer in store.", "Delivery booked.", Mood.HAPPY)
                    .touchpoint(16, Channel.CALL, Direction.OUTBOUND, said[0], said[1], Mood.NEUTRAL)
                    // a happy purchase since says nothing of the rattle
                    .bought(BriefAheadAndAsideTest.MIXER, 6, "299")
                    .touchpoint(6, Channel.VISIT, Direction.INBOUND, "Esther bought the stand mixer; delighted with it.", "Paid by card.", Mood.HAPPY)
                    .brief();
            Brief.Conversation c = brief.conversation();
            assertThat(c.owner().rule()).as(said[1]).isEqualTo("situation.ours-under-way");
            // the check is ours: the opener says we will see it done, it does not ask them whether we did it
            assertThat(c.opener().text()).as(said[1]).contains("make sure our check was done").doesNotContain("has the check been done");
            assertThat(BriefEngineTest.spokenText(brief)).as(said[1]).doesNotContainIgnoringCase("review");
        }
    }

    @Test
    void aCheckDoneSinceIsNoLongerOurs() {
        Brief brief = new Given().bought(FRIDGE, 150, "649")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Esther bought the fridge freezer in store.", "Delivery booked.", Mood.HAPPY)
                .touchpoint(16, Channel.CALL, Direction.OUTBOUND, "Called Esther: how is the fridge freezer doing?", "Mentioned a small rattle; booked a check.",
                        Mood.NEUTRAL)
                .touchpoint(9, Channel.VISIT, Direction.OUTBOUND, "Engineer visit: tightened the back panel of the fridge freezer.", "Rattle gone.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
    }

    // ---- their question with details, two to four months on -------------------------------------

    @Test
    void aQuestionWithTheirMeasurementsMonthsAgoIsAskedAfterGently() {
        for (String said : List.of("Ivan emailed measurements of the kitchen and asked which dryer would fit.",
                "Asked which dryer we would recommend for a small utility room; sent a photo of the space.")) {
            Brief brief = new Given().bought(FRIDGE, 270, "649")
                    .touchpoint(270, Channel.VISIT, Direction.INBOUND, "Ivan bought the fridge freezer.", "Deposit taken.", Mood.HAPPY)
                    .touchpoint(74, Channel.EMAIL, Direction.INBOUND, said, "No decision yet.", Mood.NEUTRAL)
                    .brief();
            Brief.Conversation c = brief.conversation();
            assertThat(c.owner().because()).as(said).doesNotContain("nothing else is going on");
            assertThat(c.opener().text()).as(said).contains("a dryer");
            assertThat(c.offerPolicy()).as(said).isNotEqualTo(OfferPolicy.OFFER_NEW);
        }
    }

    // ---- a refusal whose reason names a rival --------------------------------------------------------

    /** A client who said no to one thing "because of" a rival, linked as considering it on that day. */
    private static Given declinedForARival(int daysAgo, String reason) {
        Given given = new Given().bought(FRIDGE, 200, "649")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Natalia bought the fridge freezer.", "Delivery booked.", Mood.HAPPY)
                .touchpoint(daysAgo, Channel.EMAIL, Direction.OUTBOUND, "Offered the annual service plan; Natalia declined.", reason, null);
        java.time.LocalDate on = BriefEngineTest.TODAY.minusDays(daysAgo);
        given.opportunities.add(new app.rapport.domain.Opportunity(java.util.UUID.randomUUID(), BriefEngineTest.CLIENT,
                app.rapport.domain.OpportunityKind.REFUSAL, app.rapport.domain.OpportunityStatus.OPEN, null, "competitor", reason,
                "Declined the annual service plan", on, null));
        app.rapport.domain.Competitor rival = new app.rapport.domain.Competitor(java.util.UUID.randomUUID(), "MegaVolt Superstore", null, null,
                app.rapport.domain.PriceLevel.LOWER, null);
        given.competitors.add(new BriefInput.LinkedCompetitor(rival, new app.rapport.domain.CompetitorLink(java.util.UUID.randomUUID(),
                BriefEngineTest.CLIENT, rival.id(), app.rapport.domain.CompetitorRelation.CONSIDERING, on, "Has a quote from MegaVolt Superstore."),
                List.of()));
        return given;
    }

    @Test
    void aRefusalNamingARivalIsNoCompetitorFrameOnceTheyWereGladOfUsSince() {
        Brief brief = declinedForARival(50, "Has a trade account with MegaVolt Superstore.")
                .touchpoint(35, Channel.VISIT, Direction.INBOUND, "Natalia looked at the cordless vacuum and asked for a written quote.", null, Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.competitor-considered");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("reasons to stay").doesNotContain("lose by leaving");
    }

    @Test
    void aRefusalNamingARivalStillFramesTheCallWhenNothingGladCameSince() {
        Brief brief = declinedForARival(20, "Went with MegaVolt Superstore's offer.").brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
    }

    // ---- an email of ours with a mood logged is not their word ----------------------------------------

    @Test
    void aMoodLoggedOnOurOwnEmailIsNotTheirWord() {
        for (Mood logged : new Mood[] {Mood.NEUTRAL, Mood.DOUBTFUL, Mood.HAPPY}) {
            Brief brief = new Given().bought(CUT, 120, "55")
                    .touchpoint(120, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya; Imogen loved it.", "Next visit booked.", Mood.HAPPY)
                    .touchpoint(30, Channel.MESSAGE, Direction.OUTBOUND, "Sent Imogen a tip for styling the cut at home.", "Sent the aftercare card.", logged)
                    .brief();
            assertThat(brief.priorTouchpoint().answered()).as(logged.name()).isFalse();
            assertThat(brief.conversation().opener().text()).as(logged.name()).doesNotContain("when we spoke").doesNotContain("last spoke by message");
            assertThat(brief.mood()).as(logged.name()).isEqualTo(Mood.HAPPY);
        }
    }

    // ---- tickets or actions left for us after a review -------------------------------------------------

    @Test
    void ticketsLeftForUsAfterAReviewAreAskedAfterUntilSomethingSaysTheyAreDone() {
        Product licence = BriefAheadAndAsideTest.LICENCE;
        for (String left : List.of("Two open tickets.", "Three actions for us.")) {
            Brief open = new Given().bought(licence, 180, "3600")
                    .touchpoint(180, Channel.MEETING, Direction.OUTBOUND, "Signed the licence with Acme.", "Contract signed.", Mood.HAPPY)
                    .touchpoint(80, Channel.MEETING, Direction.OUTBOUND, "Account review with Acme: all teams now on the licence.", left, Mood.HAPPY)
                    .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Sent Noah the customer satisfaction survey.", "No reply yet.", null)
                    .brief();
            assertThat(open.conversation().owner().rule()).as(left).isEqualTo("situation.ours-under-way");
            assertThat(open.conversation().opener().text()).as(left).contains("where each one stands").doesNotContain("all sorted now");
            Brief done = new Given().bought(licence, 180, "3600")
                    .touchpoint(180, Channel.MEETING, Direction.OUTBOUND, "Signed the licence with Acme.", "Contract signed.", Mood.HAPPY)
                    .touchpoint(80, Channel.MEETING, Direction.OUTBOUND, "Account review with Acme: all teams now on the licence.", left, Mood.HAPPY)
                    .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Told Noah both tickets are closed.", "Thanked us.", Mood.HAPPY)
                    .brief();
            assertThat(done.conversation().owner().rule()).as(left).isNotEqualTo("situation.ours-under-way");
        }
    }
}
