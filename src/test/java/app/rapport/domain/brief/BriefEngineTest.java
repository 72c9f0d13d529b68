package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ConversationType;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;
import app.rapport.store.PlaybookJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BriefEngineTest {
    static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final UUID CLIENT = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final Product KETTLE = new Product(UUID.randomUUID(), "Copper kettle", "kitchen", Complexity.SIMPLE, BigDecimal.TEN);
    static final Product ALARM = new Product(UUID.randomUUID(), "Smart alarm system", "security", Complexity.COMPLEX, BigDecimal.TEN);

    /** A mutable builder of engine input, so each test says only what matters to it. */
    static final class Given {
        Client client = ClientBuilder.named("Margaret Hale").id(CLIENT).addressAs("Maggie")
                .createdAt(NOW.minus(800, ChronoUnit.DAYS)).updatedAt(NOW).build();
        final List<Purchase> purchases = new ArrayList<>();
        final List<Touchpoint> touchpoints = new ArrayList<>();
        final List<Opportunity> opportunities = new ArrayList<>();
        final List<FollowUp> followUps = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        final Map<UUID, Product> products = new java.util.HashMap<>(Map.of(KETTLE.id(), KETTLE, ALARM.id(), ALARM));
        final List<BriefInput.LinkedCompetitor> competitors = new ArrayList<>();
        final List<SwotItem> ours = new ArrayList<>();
        Playbook playbook = PlaybookJson.defaults();

        Given bought(Product product, int daysAgo) {
            purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), null, TODAY.minusDays(daysAgo), BigDecimal.TEN, null, null));
            return this;
        }

        Given bought(Product product, int daysAgo, String amount) {
            products.put(product.id(), product);
            purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), null, TODAY.minusDays(daysAgo), new BigDecimal(amount), null, null));
            return this;
        }

        Given touchpoint(int daysAgo, Channel channel, Direction direction, String summary, String outcome, Mood mood) {
            touchpoints.add(new Touchpoint(UUID.randomUUID(), CLIENT, NOW.minus(daysAgo, ChronoUnit.DAYS), channel, direction,
                    summary, outcome, mood, null));
            return this;
        }

        Given promised(int dueDaysAgo, String reason, Integer doneDaysAgo) {
            followUps.add(new FollowUp(UUID.randomUUID(), CLIENT, TODAY.minusDays(dueDaysAgo), reason,
                    doneDaysAgo == null ? null : NOW.minus(doneDaysAgo, ChronoUnit.DAYS)));
            return this;
        }

        Given opportunity(OpportunityKind kind, OpportunityStatus status, UUID productId, String summary, int openedDaysAgo) {
            opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, kind, status, productId, null,
                    kind == OpportunityKind.REFUSAL ? "Too expensive for now" : null, summary, TODAY.minusDays(openedDaysAgo), null));
            return this;
        }

        Given note(String body, boolean pinned, int daysAgo) {
            notes.add(new Note(UUID.randomUUID(), CLIENT, body, pinned, NOW.minus(daysAgo, ChronoUnit.DAYS), NOW.minus(daysAgo, ChronoUnit.DAYS)));
            return this;
        }

        Given renewal(int inDays) {
            purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Boiler service plan", TODAY.minusDays(400), BigDecimal.TEN,
                    null, TODAY.plusDays(inDays)));
            return this;
        }

        Given talked(int daysAgo, Mood mood, String summary) {
            touchpoints.add(new Touchpoint(UUID.randomUUID(), CLIENT, NOW.minus(daysAgo, ChronoUnit.DAYS), Channel.CALL, Direction.OUTBOUND,
                    summary, null, mood, null));
            return this;
        }

        Given complaint(boolean open) {
            opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, OpportunityKind.COMPLAINT,
                    open ? OpportunityStatus.OPEN : OpportunityStatus.WON, null, null, null, "Kettle lid rattles", TODAY.minusDays(5), null));
            return this;
        }

        Given competitor(String name, String... weaknesses) {
            return competitor(CompetitorRelation.MENTIONED, name, weaknesses);
        }

        Given competitor(CompetitorRelation relation, String name, String... weaknesses) {
            Competitor competitor = new Competitor(UUID.randomUUID(), name, null, null, PriceLevel.LOWER, null);
            List<SwotItem> swot = new ArrayList<>();
            for (String weakness : weaknesses) {
                swot.add(new SwotItem(UUID.randomUUID(), competitor.id(), Quadrant.WEAKNESS, weakness, null, null, null, swot.size()));
            }
            swot.add(new SwotItem(UUID.randomUUID(), competitor.id(), Quadrant.STRENGTH, "Cheap", null, null, null, swot.size()));
            competitors.add(new BriefInput.LinkedCompetitor(competitor,
                    new CompetitorLink(UUID.randomUUID(), CLIENT, competitor.id(), relation, TODAY, "Said they are cheaper"), swot));
            return this;
        }

        Given ours(String... strengths) {
            for (String strength : strengths) {
                ours.add(new SwotItem(UUID.randomUUID(), null, Quadrant.STRENGTH, strength, "Client survey", TODAY.minusDays(30), null, ours.size()));
            }
            return this;
        }

        Given prefers(Channel channel) {
            client = ClientBuilder.from(client).preferredChannel(channel).build();
            return this;
        }

        Given rules(String json) {
            playbook = PlaybookJson.parse(json);
            return this;
        }

        BriefInput input() {
            return new BriefInput(client, purchases, products, touchpoints, notes, opportunities, followUps,
                    competitors, ours, BriefSettings.DEFAULTS, playbook, ZoneOffset.UTC, List.of());
        }

        Brief brief() {
            return BriefEngine.build(input(), NOW);
        }
    }

    @Test
    void theDefaultPlaybookIsValidAndBigEnough() {
        assertThat(PlaybookJson.defaults().rules()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(PlaybookJson.defaults().rules()).filteredOn(rule -> rule.role() == RuleRole.SITUATION).hasSizeGreaterThanOrEqualTo(8);
        for (Phase phase : Phase.values()) {
            for (Mood mood : Mood.values()) {
                Given given = forPhaseAndMood(phase, mood);
                Brief brief = given.brief();
                assertThat(brief.warnings()).as(phase + " " + mood).isEmpty();
                assertThat(BriefCritic.check(given.input(), brief)).as(phase + " " + mood).isEmpty();
            }
        }
    }

    /** A client in {@code phase} whose latest touchpoint had {@code mood}. */
    static Given forPhaseAndMood(Phase phase, Mood mood) {
        Given given = new Given();
        switch (phase) {
            case PROSPECT -> given.talked(40, Mood.NEUTRAL, "Came in to look around").talked(3, mood, "Came in to look at kettles");
            case HONEYMOON -> given.bought(KETTLE, 30).talked(25, Mood.HAPPY, "Thanked us for the kettle")
                    .talked(3, mood, "Talked about descaling the kettle");
            case HONEYMOON_AT_RISK -> given.bought(KETTLE, 30).talked(25, Mood.FRUSTRATED, "The lid came off on day two")
                    .talked(3, mood, "Talked about descaling the kettle");
            case MATURE -> given.bought(KETTLE, 700).bought(KETTLE, 200).talked(400, Mood.HAPPY, "Yearly check")
                    .talked(100, Mood.NEUTRAL, "Talked about opening hours").talked(3, mood, "Talked about descaling the kettle");
            case LAPSED -> given.bought(KETTLE, 900).talked(500, mood, "Talked about descaling the kettle");
        }
        return given;
    }

    @ParameterizedTest
    @EnumSource(Mood.class)
    void everyPhaseAndMoodGivesASensibleConversation(Mood mood) {
        for (Phase phase : Phase.values()) {
            Brief brief = forPhaseAndMood(phase, mood).brief();
            String what = phase + " " + mood;
            boolean upset = mood == Mood.FRUSTRATED || mood == Mood.REGRETFUL;
            Phase expectedPhase = phase == Phase.HONEYMOON && upset ? Phase.HONEYMOON_AT_RISK : phase; // upset sours the honeymoon
            assertThat(brief.phase()).as(what).isEqualTo(expectedPhase);
            assertThat(brief.mood()).as(what).isEqualTo(mood);
            Brief.Conversation c = brief.conversation();
            assertThat(c.tone()).as(what).isNotNull();
            assertThat(c.goal()).as(what).isNotNull();
            assertThat(c.nextStep()).as(what).isNotNull();
            assertThat(c.nextStep().rule()).as(what + ": the next step serves the goal's rule").isEqualTo(c.goal().rule());
            assertThat(c.opener().text()).as(what).contains("Maggie");
            // A brief says at least one thing; lines for anyone never pad it to a count (BriefFloorTest).
            assertThat(c.talkingPoints()).as(what).hasSizeBetween(1, 6);
            assertThat(c.talkingPoints()).as(what).allSatisfy(line -> assertThat(line.rule()).isNotBlank());
            assertThat(c.talkingPoints()).as(what).allSatisfy(line -> assertThat(line.because()).isNotBlank());
            assertThat(c.talkingPoints()).as(what).allSatisfy(line -> assertThat(line.text()).doesNotContain("{"));
            if (upset && phase != Phase.LAPSED) {
                // A recent unhappy reaction is a situation: it owns the call.
                assertThat(c.owner().rule()).as(what).isEqualTo("situation.unhappy");
                assertThat(c.bySituation()).as(what).isTrue();
                assertThat(c.offerPolicy()).as(what).isEqualTo(OfferPolicy.NO_OFFER);
                assertThat(c.type()).as(what).isEqualTo(ConversationType.TRANSACTIONAL);
            } else if (expectedPhase == Phase.HONEYMOON) {
                assertThat(c.tone().text()).as(what).contains("fast");
                assertThat(c.offerPolicy()).as(what).isEqualTo(mood == Mood.EXCITED || mood == Mood.HAPPY ? OfferPolicy.OFFER_NEW
                        : OfferPolicy.ONLY_WHAT_NEEDED);
            } else if (expectedPhase == Phase.HONEYMOON_AT_RISK) {
                // Clearly happy again after the trouble: it is behind them, though still nothing new is pushed.
                boolean glad = mood == Mood.HAPPY || mood == Mood.EXCITED;
                assertThat(c.offerPolicy()).as(what).isEqualTo(glad ? OfferPolicy.ONLY_WHAT_NEEDED : OfferPolicy.NO_OFFER);
            } else if (expectedPhase == Phase.MATURE) {
                assertThat(c.tone().text()).as(what).contains("rational");
                assertThat(c.offerPolicy()).as(what).isEqualTo(OfferPolicy.ONLY_WHAT_NEEDED);
            } else if (expectedPhase == Phase.LAPSED) {
                assertThat(c.type()).as(what).isIn(ConversationType.RELATIONSHIP_BUILDING, ConversationType.DECISION_MAKING);
                assertThat(c.offerPolicy()).as(what).isNotEqualTo(OfferPolicy.OFFER_NEW);
            }
        }
    }

    @Test
    void phasesFollowTheSettings() {
        assertThat(new Given().brief().phase()).isEqualTo(Phase.PROSPECT);
        assertThat(new Given().bought(KETTLE, 89).brief().phase()).isEqualTo(Phase.HONEYMOON);
        assertThat(new Given().bought(KETTLE, 90).talked(2, Mood.HAPPY, "Chat").brief().phase()).isEqualTo(Phase.MATURE);
        assertThat(new Given().bought(KETTLE, 365).brief().phase()).isEqualTo(Phase.LAPSED);
        assertThat(new Given().bought(KETTLE, 400).talked(30, Mood.HAPPY, "Chat").brief().phase()).isEqualTo(Phase.MATURE);
        Brief complained = new Given().bought(KETTLE, 20).talked(8, Mood.HAPPY, "Chat").complaint(false).brief();
        assertThat(complained.phase()).isEqualTo(Phase.HONEYMOON_AT_RISK);
        assertThat(complained.phaseWhy().text()).contains("complained");
    }

    @Test
    void aClientWhoRegretsABuyOfNineDaysIsAHoneymoonAtRiskNotALongTimeClient() {
        Brief brief = new Given().bought(KETTLE, 9)
                .touchpoint(1, Channel.CALL, Direction.INBOUND, "Called to say she regrets buying the kettle; it is too heavy for her", null,
                        Mood.REGRETFUL).brief();
        assertThat(brief.phase()).isEqualTo(Phase.HONEYMOON_AT_RISK);
        assertThat(brief.phaseWhy().text()).contains("new client", "regretful");
        assertThat(brief.conversation().offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(allText(brief)).doesNotContainIgnoringCase("however small").doesNotContainIgnoringCase("already fixed")
                .doesNotContainIgnoringCase("staying with us");
    }

    @Test
    void troubleAtTheStartEndsWhenTheyAreClearlyHappyAgainAndIsTiedToWhatItWasAbout() {
        // Frustrated about the kettle three weeks ago, and nothing happier since: still at risk, and about the kettle.
        Given troubled = new Given().bought(KETTLE, 60).bought(ALARM, 40).talked(35, Mood.HAPPY, "Alarm fitted, all fine")
                .touchpoint(21, Channel.CALL, Direction.INBOUND, "The lid of the copper kettle came off on day two", null, Mood.FRUSTRATED)
                .touchpoint(15, Channel.CALL, Direction.OUTBOUND, "Sent a new lid for the kettle", "Fixed", Mood.NEUTRAL);
        Brief atRisk = troubled.brief();
        assertThat(atRisk.phase()).isEqualTo(Phase.HONEYMOON_AT_RISK);
        assertThat(atRisk.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("Ask how the copper kettle has been since the trouble three weeks ago.")
                .noneMatch(text -> text.contains("alarm"));
        assertThat(atRisk.conversation().goal().text()).contains("the trouble with the copper kettle");
        // Two days ago they called it the best purchase of the year: the trouble is behind them, and the call builds on it.
        Brief happy = troubled.touchpoint(2, Channel.MESSAGE, Direction.INBOUND, "Best purchase of the year, says Maggie", null, Mood.EXCITED)
                .brief();
        assertThat(happy.phaseWhy().text()).contains("happy again");
        assertThat(happy.conversation().owner().rule()).isEqualTo("honeymoon-at-risk.behind");
        assertThat(happy.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("They were happy again a few days ago, after the trouble with the copper kettle (three weeks ago): say you are glad it is sorted.")
                .noneMatch(text -> text.contains("since the trouble"));
        assertThat(BriefCritic.check(troubled.input(), happy)).isEmpty();
    }

    @Test
    void aPurchaseFollowedBySilenceIsGhostingAfterTheWindowOfItsComplexity() {
        assertThat(new Given().bought(KETTLE, 20).brief().ghosted()).isFalse();
        Brief simple = new Given().bought(KETTLE, 22).brief();
        assertThat(simple.ghosted()).isTrue();
        assertThat(simple.conversation().opener().rule()).isEqualTo("situation.ghosted");
        assertThat(simple.conversation().opener().text()).contains("Maggie", "you chose the copper kettle", "three weeks ago");
        assertThat(new Given().bought(ALARM, 8).brief().ghosted()).isTrue();
        assertThat(new Given().bought(ALARM, 6).brief().ghosted()).isFalse();
        assertThat(new Given().bought(ALARM, 8).talked(2, Mood.HAPPY, "Set-up call").brief().ghosted()).isFalse();
    }

    @Test
    void silenceAfterAComplexPurchaseOwnsTheWholeCallEvenWhenTheyWereExcited() {
        Given given = new Given().talked(14, Mood.EXCITED, "Could not wait for the alarm to arrive").bought(ALARM, 12);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.ghosted");
        assertThat(c.owner().text()).contains("nobody has been in touch since they bought the smart alarm system");
        assertThat(List.of(c.goal().rule(), c.opener().rule(), c.nextStep().rule(), c.typeRule(), c.offerPolicyRule()))
                .containsOnly("situation.ghosted");
        assertThat(c.type()).isEqualTo(ConversationType.RELATIONSHIP_BUILDING);
        assertThat(c.offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(c.talkingPoints()).extracting(BriefLine::text)
                .noneMatch(text -> text.contains("review") || text.contains("goes well with") || text.contains("friend"));
        assertThat(brief.dropped()).extracting(Brief.Dropped::text).anyMatch(text -> text.contains("short review"));
        assertThat(brief.dropped()).filteredOn(d -> d.text().contains("short review")).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("no-offer"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aPromiseWeAreLateWithSetsTheGoalAndTheNextStepToo() {
        Given given = new Given().bought(KETTLE, 400).talked(20, Mood.HAPPY, "Talked about a new boiler")
                .promised(10, "Send the quote for the new boiler", null);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.late-promise");
        assertThat(c.opener().text()).contains("I'm sorry it has taken longer");
        assertThat(c.goal().text()).contains("the quote for the new boiler");
        assertThat(c.nextStep().text()).contains("the quote for the new boiler");
        assertThat(c.type()).isEqualTo(ConversationType.TRANSACTIONAL);
        assertThat(allText(brief)).doesNotContain("honest feedback").doesNotContain("thank-you");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aPromiseWeHaveBeenInTouchSinceIsListedButDoesNotLeadTheCall() {
        Brief brief = new Given().bought(KETTLE, 400).promised(150, "Confirm the appointment", null)
                .talked(20, Mood.HAPPY, "Chat about the kettle").brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(brief.openItems()).extracting(BriefLine::text)
                .anyMatch(text -> text.startsWith("Overdue follow-up: Confirm the appointment") && text.contains("in touch since"));
    }

    @Test
    void whatIsStillToBeDeliveredIsNotAskedAboutAsIfTheyHadIt() {
        Given given = new Given().bought(ALARM, 1).talked(1, Mood.HAPPY, "Chose the alarm in the shop")
                .promised(-6, "Confirm the alarm installation with Maggie", null);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(allText(brief)).doesNotContain("first days", "hardest to set up", "enjoy most", "review");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).anyMatch(text -> text.startsWith("Confirm the day"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aRecentNoteThatAsksSomethingOfTheCallerBecomesATalkingPoint() {
        Brief brief = new Given().bought(KETTLE, 300).talked(20, Mood.HAPPY, "Chat")
                .note("Bridal party of four; ask about a group booking for the morning.", false, 10).brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("From their notes: \u201cBridal party of four; ask about a group booking for the morning\u201d");
    }

    @Test
    void aReminderOfOursToSellAgainIsNotAPromiseTheClientWaitsFor() {
        Brief brief = new Given().bought(KETTLE, 400).talked(200, Mood.HAPPY, "Chat")
                .promised(150, "Offer the annual service plan again in the spring sale", null).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("a reminder of ours"));
    }

    @Test
    void somethingTheyWantedMonthsAgoWithNoAnswerSinceIsBroughtToTheCallInPlainWords() {
        Brief brief = new Given().bought(KETTLE, 400)
                .touchpoint(100, Channel.VISIT, Direction.OUTBOUND, "Showed Maggie the gloss package", "Wants a quote", Mood.EXCITED)
                .touchpoint(6, Channel.MESSAGE, Direction.OUTBOUND, "Told Maggie about the new booking page", "Acknowledged", Mood.NEUTRAL)
                .brief();
        // Three months unanswered, it is the live thread: it leads the call (BriefLiveThreadTest)
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.live-ask");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(text -> text.startsWith("They asked for a quote for the gloss package (5 December 2025)"));
        assertThat(allText(brief)).doesNotContain("Showed Maggie");
        Brief answered = new Given().bought(KETTLE, 400)
                .touchpoint(100, Channel.VISIT, Direction.OUTBOUND, "Showed Maggie the gloss package", "Wants a quote", Mood.EXCITED)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie the gloss price", "Quote sent", Mood.NEUTRAL)
                .brief();
        // With the quote sent two months ago and nothing since, it has gone quiet: ask after it lightly, not "go ahead?".
        assertThat(answered.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(answered.conversation().talkingPoints()).extracting(BriefLine::text)
                .noneMatch(text -> text.contains("bring the price") || text.contains("go ahead"))
                .anyMatch(text -> text.contains("gloss package") && text.contains("still of interest"));
    }

    @Test
    void anInterestTheyRaisedLatelyAndAreStillDecidingAboutIsWhatTheCallIsFor() {
        Given given = new Given().bought(KETTLE, 400).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Maggie asked about the copper teapot", "Sent the price list", Mood.HAPPY)
                .touchpoint(4, Channel.VISIT, Direction.INBOUND, "Maggie asked about the copper teapot after seeing it in the window",
                        "Will decide after payday", Mood.HAPPY);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.interest");
        assertThat(c.opener().text()).isEqualTo("Hi Maggie, a few days ago you asked us about the copper teapot, so I wanted to give you "
                + "the details and see what would suit you.");
        assertThat(c.talkingPoints()).extracting(BriefLine::text).first().isEqualTo(
                "They asked about the copper teapot (11 March, and 3 February before that): have the details and the price ready.");
        assertThat(c.nextStep().text()).contains("the copper teapot");
        assertThat(allText(brief)).doesNotContain("staying with us").doesNotContain("after seeing it in the window");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
        // Bought since: nothing is left to decide.
        Brief bought = new Given().bought(KETTLE, 400).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(4, Channel.VISIT, Direction.INBOUND, "Maggie asked about the copper teapot", "Will decide after payday", Mood.HAPPY)
                .bought(new Product(UUID.randomUUID(), "Copper teapot", "kitchen", Complexity.SIMPLE, BigDecimal.TEN), 1, "40").brief();
        assertThat(bought.conversation().owner().rule()).isNotEqualTo("situation.interest");
        assertThat(allText(bought)).doesNotContain("decide");
    }

    @Test
    void anOfferWaitingForApprovalIsHelpedAlongNotSaidAsTheirThinking() {
        Given given = new Given().bought(KETTLE, 400).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(16, Channel.EMAIL, Direction.OUTBOUND, "Proposal for the GPS trackers sent to Maggie.", "Needs approval.", Mood.NEUTRAL);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.offer-pending");
        assertThat(c.opener().text()).contains("the GPS trackers").contains("it needed approval on your side")
                .contains("anything I could send to help it along").doesNotContain("think it over");
        assertThat(c.owner().text()).contains("waiting for approval on their side");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void anOfferTheyWantedToThinkOverIsWhatTheCallIsForNotThanksForLoyalty() {
        Given given = new Given().bought(KETTLE, 400).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(8, Channel.VISIT, Direction.OUTBOUND, "Suggested the blow-dry club membership to Maggie; interested, will think about it.",
                        "Thinking about it.", Mood.EXCITED);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.offer-pending");
        assertThat(c.type()).isEqualTo(ConversationType.DECISION_MAKING);
        assertThat(c.opener().text()).isEqualTo("Hi Maggie, last week we talked about the blow-dry club membership and you wanted to think it over. "
                + "Have any questions come up since?");
        assertThat(c.nextStep().text()).contains("the blow-dry club membership");
        assertThat(allText(brief)).doesNotContain("staying with us").doesNotContain("thank-you");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
        // A reminder of ours to chase their budget decision is no promise we are late with: the offer still owns the call.
        Brief chased = new Given().bought(KETTLE, 400)
                .touchpoint(19, Channel.MEETING, Direction.OUTBOUND, "Presented the GPS trackers to Jo; interested, needs budget approval.",
                        "Thinking about it.", Mood.HAPPY)
                .promised(6, "Chase Jo on the GPS trackers budget decision", null).brief();
        assertThat(chased.conversation().owner().rule()).isEqualTo("situation.offer-pending");
        assertThat(chased.conversation().opener().text()).doesNotContain("sorry");
        // Turned down or bought since: nothing is left to decide.
        Brief refused = new Given().bought(KETTLE, 400)
                .touchpoint(20, Channel.VISIT, Direction.OUTBOUND, "Proposal for the Premium support plan sent to Maggie.", "Needs approval.", Mood.NEUTRAL)
                .touchpoint(3, Channel.EMAIL, Direction.INBOUND, "Maggie said no to the Premium support plan after the board meeting.", null, Mood.NEUTRAL)
                .brief();
        assertThat(refused.conversation().owner().rule()).isNotEqualTo("situation.offer-pending");
        Brief bought = new Given().bought(KETTLE, 400)
                .touchpoint(20, Channel.VISIT, Direction.OUTBOUND, "Offered Maggie the copper teapot at the regulars' rate.", "Will decide after payday.", Mood.HAPPY)
                .bought(new Product(UUID.randomUUID(), "Copper teapot", "kitchen", Complexity.SIMPLE, BigDecimal.TEN), 2, "40").brief();
        assertThat(bought.conversation().owner().rule()).isNotEqualTo("situation.offer-pending");
    }

    @Test
    void aClientWhoAlreadyReviewedUsIsThankedForItNotAskedForAReview() {
        Given given = new Given().bought(KETTLE, 20)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Maggie bought the copper kettle; loves the colour.", "Left a five-star review.", Mood.EXCITED)
                .touchpoint(6, Channel.CALL, Direction.INBOUND, "Maggie rang to say the kettle is a joy.", null, Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("Thank them for the review they left us (23 February).")
                .noneMatch(text -> text.contains("short review"));
        assertThat(brief.conversation().nextStep().text()).doesNotContain("review");
        assertThat(brief.conversation().goal().text()).contains("thank them for their review");
        assertThat(brief.dropped()).anyMatch(d -> d.reason().startsWith("they already reviewed us"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aHappyLongTimeClientWithNothingOpenHearsSomethingTrueAboutThemNotFiller() {
        Given given = new Given().bought(KETTLE, 700).bought(ALARM, 400, "900").bought(KETTLE, 200)
                .talked(30, Mood.HAPPY, "Chat about the alarm; all well");
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        // the relationship's main item (the alarm, not the kettle bought since), and how long ago, sets the call; a thank-you for
        // their custom would pad a call about the alarm (reads 14-17), so it is left out with its reason (BriefWarmCallTest)
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.goal().text()).contains("the smart alarm system");
        assertThat(c.talkingPoints()).extracting(BriefLine::text)
                .doesNotContain("They have been with us over a year (3 purchases, above all the smart alarm system): thank them, and say what their custom means to us.");
        // The call itself says thank you: the step after it is what they would like next, not another thank-you note.
        assertThat(c.nextStep().text()).doesNotContain("thank-you").contains("follow-up");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aProblemToldInTheOutcomeOfOurContactIsSeenToBeforeAnythingElse() {
        Given given = new Given().bought(ALARM, 30, "900")
                .touchpoint(28, Channel.EMAIL, Direction.OUTBOUND, "Follow-up after the installation: any leaks, noises or error codes?", "All working.", Mood.HAPPY)
                .touchpoint(4, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short how's-it-going message about the alarm.",
                        "Mentioned a small rattle; booked a check.", Mood.NEUTRAL);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.problem-told");
        assertThat(c.offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(c.opener().text()).isEqualTo("Hi Maggie, a few days ago you mentioned a small rattle. "
                + "I wanted to make sure it has been put right for you, and if it hasn't, to tell you what we'll do next.");
        assertThat(allText(brief)).doesNotContain("scale from one to five");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
        // In their own words, about a service: the same.
        Brief brassy = new Given().bought(KETTLE, 20)
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Maggie called: the colour went brassy after two washes.", null, Mood.NEUTRAL).brief();
        assertThat(brassy.conversation().owner().rule()).isEqualTo("situation.problem-told");
        assertThat(brassy.conversation().goal().text()).contains("the colour went brassy");
        // Asked about and denied, or put right since: no problem leads the call.
        Brief none = new Given().bought(ALARM, 30, "900")
                .touchpoint(4, Channel.EMAIL, Direction.OUTBOUND, "Follow-up after the installation: any leaks, noises or error codes?", "No noises; all working.", Mood.NEUTRAL)
                .brief();
        assertThat(none.conversation().owner().rule()).isNotEqualTo("situation.problem-told");
        Brief fixed = new Given().bought(ALARM, 30, "900")
                .touchpoint(6, Channel.MESSAGE, Direction.OUTBOUND, "Checked in about the alarm.", "Mentioned a small rattle; booked a check.", Mood.NEUTRAL)
                .touchpoint(2, Channel.VISIT, Direction.OUTBOUND, "Home visit: tightened the siren bracket.", "Rattle fixed.", Mood.NEUTRAL).brief();
        assertThat(fixed.conversation().owner().rule()).isNotEqualTo("situation.problem-told");
    }

    @Test
    void aClientWhoOnlyEverHadOurUnansweredMessagesIsNotThankedNorGivenAMood() {
        Given given = new Given()
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie our spring price list.", "No reply.", null)
                .touchpoint(20, Channel.MESSAGE, Direction.OUTBOUND, "Invited Maggie to the open evening.", "No reply.", Mood.HAPPY)
                .touchpoint(5, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the newsletter.", "No reply yet.", Mood.EXCITED);
        Brief brief = given.brief();
        assertThat(brief.mood()).isNull();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.unanswered");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).noneMatch(text -> text.startsWith("Thank"));
        assertThat(allText(brief)).doesNotContain("staying with us").doesNotContain("when we last spoke");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aComplaintPutRightBeforeANewPurchaseDoesNotLeadTheCallAboutTheNewThing() {
        Given given = new Given().bought(KETTLE, 300).talked(100, Mood.FRUSTRATED, "The kettle lid rattles")
                .opportunity(OpportunityKind.COMPLAINT, OpportunityStatus.WON, null, "Kettle lid rattles", 100)
                .touchpoint(90, Channel.VISIT, Direction.OUTBOUND, "Replaced the kettle lid.", "Fixed; Maggie pleased.", Mood.HAPPY)
                .bought(ALARM, 10, "900")
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie bought the smart alarm system.", "Paid in full.", Mood.EXCITED)
                .touchpoint(3, Channel.CALL, Direction.OUTBOUND, "Called Maggie to see how the alarm is going.", "All good so far.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).doesNotStartWith("situation.open-complaint").isNotEqualTo("situation.unhappy")
                .isNotEqualTo("situation.problem-told");
        assertThat(brief.conversation().goal().text() + brief.conversation().opener().text()).doesNotContain("lid").doesNotContain("sorry");
        assertThat(allText(brief)).contains("smart alarm system");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aQuestionInAMessageWaitsForItsAnswerEvenWhenItIsNotTheLastContact() {
        Brief brief = new Given().bought(KETTLE, 400)
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Asked whether the kettle can go in the dishwasher", null, Mood.NEUTRAL)
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Bought descaler at the counter; lovely chat", "Paid by card", Mood.HAPPY).brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("They asked whether the kettle can go in the dishwasher (23 February), and no answer is logged: have it ready.");
    }

    @Test
    void aQuestionWhoseFollowUpWasDoneIsAnswered() {
        Brief brief = new Given().bought(KETTLE, 400)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Asked how often the kettle needs descaling", null, Mood.NEUTRAL)
                .promised(20, "Send Maggie the descaling guide", 22)
                .talked(10, Mood.HAPPY, "Chat at the counter").brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).noneMatch(text -> text.startsWith("They asked"));
    }

    @Test
    void aRefusalOrTheirOwnPlanIsNoAnswerWeOwe() {
        Brief brief = new Given().bought(KETTLE, 400)
                .touchpoint(50, Channel.VISIT, Direction.OUTBOUND, "Offered the gloss package; Maggie declined the gloss package after hearing the price",
                        "Not now", Mood.NEUTRAL)
                .touchpoint(30, Channel.MESSAGE, Direction.OUTBOUND, "Checked in with Maggie: how has the kettle been?",
                        "Wants to come in before the holidays", Mood.HAPPY).brief();
        // Their plan to come in is a time to offer, not an answer we owe; the refusal is no ask at all.
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .noneMatch(text -> text.contains("declined") || text.startsWith("They asked") || text.contains("Bring the answer"))
                .contains("They wanted to come in before the holidays (13 February), and nothing has come of it since: offer a time that suits them, or ask whether it still stands.");
        assertThat(brief.openItems()).extracting(BriefLine::text).noneMatch(text -> text.startsWith("They asked"));
    }

    @Test
    void linesThatNameAFactOfTheClientWinOverLinesThatCouldBeSaidToAnyone() {
        Brief brief = new Given().bought(KETTLE, 300)
                .touchpoint(25, Channel.EMAIL, Direction.INBOUND, "Asked whether the kettle can go in the dishwasher", null, Mood.NEUTRAL)
                .talked(20, Mood.NEUTRAL, "Chat at the counter")
                .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.OPEN, null, "Referred her neighbour Stanley", 30)
                .note("Bridal party of four; ask about a group booking for the morning.", false, 10).brief();
        assertThat(brief.conversation().bySituation()).isFalse();
        List<String> points = brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
        assertThat(points).contains("From their notes: \u201cBridal party of four; ask about a group booking for the morning\u201d")
                .anyMatch(text -> text.contains("whether the kettle can go in the dishwasher"))
                .anyMatch(text -> text.contains("Stanley"));
        // Three lines about this client leave room for one that could be said to anyone.
        assertThat(points).filteredOn(text -> List.of("Ask what one thing we could do better for them.",
                "Ask what they will need in the coming months.").contains(text)).hasSizeLessThanOrEqualTo(1);
        assertThat(brief.dropped()).anyMatch(d -> d.reason().contains("names nothing about this client"));
    }

    @Test
    void twoLinesThatSayTheSameInOtherWordsAreSaidOnce() {
        // What they told us they chose it for lets the value lines speak (BriefSupersededTest); two of them say "comes with".
        Brief brief = new Given().bought(KETTLE, 20)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Maggie chose the kettle for its quick boil.", null, Mood.HAPPY)
                .talked(3, Mood.DOUBTFUL, "Not sure the kettle was worth it").brief();
        List<String> points = brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
        assertThat(points.stream().filter(text -> text.contains("comes with")).count()).isEqualTo(1);
        assertThat(brief.dropped()).anyMatch(d -> d.text().contains("comes with") && d.reason().startsWith("it says again"));
    }

    @Test
    void aReferralIsThankedFor() {
        Brief brief = new Given().bought(KETTLE, 400).talked(20, Mood.NEUTRAL, "Chat about the kettle")
                .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.OPEN, null, "Referred her neighbour Stanley", 30).brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("Thank them for sending her neighbour Stanley our way.");
    }

    @Test
    void aClientLongGoneIsReconnectedWithNotApologisedToForALastYearsSilence() {
        Brief brief = new Given().bought(KETTLE, 500).brief();
        assertThat(brief.ghosted()).isTrue();
        assertThat(brief.phase()).isEqualTo(Phase.LAPSED);
        assertThat(brief.conversation().owner().rule()).isEqualTo("lapsed.base");
    }

    @Test
    void anOpenRequestOfAHappyLongTimeClientIsWhatTheCallIsFor() {
        Given given = new Given().bought(KETTLE, 700).talked(30, Mood.HAPPY, "Lovely chat at the counter")
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Matching copper teapot", 12);
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.open-request");
        // Our own label for the request is said in plain words, not read out.
        assertThat(c.opener().text()).isEqualTo("Hi Maggie, a couple of weeks ago you asked us about the matching copper teapot. I'm getting back to you about it.");
        assertThat(c.goal().text()).contains("matching copper teapot");
        assertThat(c.nextStep().text()).contains("matching copper teapot").doesNotContain("thank-you");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aRequestOfNineMonthsAgoIsOwnedUpToNotCalledFresh() {
        Brief brief = new Given().bought(KETTLE, 700).talked(30, Mood.NEUTRAL, "Chat")
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Engraving on the kettle", 270).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-request-old");
        assertThat(brief.conversation().opener().text()).contains("about nine months ago", "I'm sorry we never came back")
                .doesNotContain("haven't forgotten");
    }

    @Test
    void whatTheyAskedInTheirOwnWordsIsFollowedUpWithoutReadingTheNoteAloud() {
        String asked = "Fatima asked for a quote for the onboarding project; needs approval from her boss";
        Given given = new Given().bought(KETTLE, 300).touchpoint(4, Channel.EMAIL, Direction.INBOUND, asked, null, Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.asked-in-words");
        assertThat(brief.conversation().opener().text())
                .isEqualTo("Hi Maggie, a few days ago you asked us for a quote for the onboarding project. I'm getting back to you about it.");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(text -> text.startsWith("They asked for a quote for the onboarding project (11 March)"))
                .noneMatch(text -> text.contains("Fatima"));
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(text -> text.startsWith("They asked") && text.contains("quote"));
        // Once the answer is logged, the ask is settled.
        Brief answered = new Given().bought(KETTLE, 300)
                .touchpoint(4, Channel.EMAIL, Direction.INBOUND, asked, "Quote sent the same day", Mood.NEUTRAL).brief();
        assertThat(answered.conversation().owner().rule()).isNotEqualTo("situation.asked-in-words");
    }

    @Test
    void anOpenComplaintMeansNoOfferUntilResolved() {
        Brief open = new Given().bought(KETTLE, 10).talked(1, Mood.EXCITED, "Loves the kettle").complaint(true).brief();
        assertThat(open.conversation().offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(open.conversation().offerPolicyRule()).isEqualTo("situation.open-complaint");
        // Our label for the complaint stays in the open items; the opener says what it is about in plain words.
        assertThat(open.conversation().opener().text()).contains("the problem with the kettle you raised").doesNotContain("Kettle lid rattles");
        assertThat(open.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("Kettle lid rattles"));
        assertThat(open.conversation().avoid()).extracting(BriefLine::text).anyMatch(text -> text.contains("complaint"));
        Brief resolved = new Given().bought(KETTLE, 10).talked(7, Mood.NEUTRAL, "Talked it through").complaint(false).brief();
        assertThat(resolved.conversation().owner().rule()).isNotEqualTo("situation.open-complaint");
        assertThat(resolved.phase()).isEqualTo(Phase.HONEYMOON_AT_RISK);
    }

    @Test
    void anUnhappyContactThatWasPutRightOrIsLongPastDoesNotLeadTheCall() {
        Brief settled = new Given().bought(KETTLE, 700).talked(520, Mood.HAPPY, "Chat")
                .touchpoint(510, Channel.CALL, Direction.INBOUND, "Kettle leaking at the base", "Fixed; confirmed with Pierre", Mood.FRUSTRATED)
                .brief();
        assertThat(settled.conversation().owner().rule()).isNotEqualTo("situation.unhappy");
        Brief fixedRecently = new Given().bought(KETTLE, 700)
                .touchpoint(5, Channel.CALL, Direction.INBOUND, "Kettle leaking at the base", "Replaced the seal; works now", Mood.FRUSTRATED)
                .brief();
        assertThat(fixedRecently.conversation().owner().rule()).isNotEqualTo("situation.unhappy");
        Brief stillOpen = new Given().bought(KETTLE, 700)
                .touchpoint(5, Channel.CALL, Direction.INBOUND, "Kettle leaking at the base", "Not fixed yet; part ordered", Mood.FRUSTRATED)
                .brief();
        assertThat(stillOpen.conversation().owner().rule()).isEqualTo("situation.unhappy");
    }

    @Test
    void ourOwnUnansweredMessagesCarryNoMoodOfTheirsAndSilenceIsASignal() {
        Given given = new Given().bought(KETTLE, 300).talked(200, Mood.NEUTRAL, "Yearly check")
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Emailed to ask about the winter service", null, Mood.HAPPY)
                .touchpoint(10, Channel.MESSAGE, Direction.OUTBOUND, "Texted about the spring offer", "No reply", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.mood()).isEqualTo(Mood.NEUTRAL);
        assertThat(brief.priorTouchpoint().answered()).isFalse();
        assertThat(brief.priorTouchpoint().mood()).isNull();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.unanswered");
        assertThat(brief.conversation().offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(allText(brief)).doesNotContainIgnoringCase("thank them sincerely").doesNotContain("thank-you");
        assertThat(brief.lately()).extracting(Brief.Recent::what).contains("Message from us, no reply", "Email from us, no reply");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void pinnedNotesAndCautionsComeFirstAndANoteAskingForWritingTurnsTheCallIntoAnEmail() {
        Given given = new Given().bought(KETTLE, 200).talked(20, Mood.HAPPY, "Talked about the kettle's whistle")
                .note("Do NOT post photos online", true, 300)
                .note("Keeps the receipts in a folder", false, 100)
                .note("Hard of hearing; email rather than call.", false, 50);
        Brief brief = given.brief();
        assertThat(brief.remember()).extracting(BriefLine::text)
                .containsExactly("Do NOT post photos online", "Hard of hearing; email rather than call.");
        assertThat(brief.remember().get(0).because()).contains("pinned");
        assertThat(brief.conversation().channel()).isEqualTo(Channel.EMAIL);
        assertThat(brief.conversation().channelWhy().text()).contains("Hard of hearing; email rather than call.");
        assertThat(brief.conversation().opener().text()).doesNotContain("on the phone");
        assertThat(brief.lately()).extracting(Brief.Recent::text).contains("Keeps the receipts in a folder");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
        Brief timeOnly = new Given().bought(KETTLE, 200).talked(20, Mood.HAPPY, "Chat").note("Do not call before 10am", false, 5).brief();
        assertThat(timeOnly.remember()).extracting(BriefLine::text).containsExactly("Do not call before 10am");
        assertThat(timeOnly.conversation().channel()).isEqualTo(Channel.CALL);
    }

    @Test
    void customFieldsTheOwnerChoseAreShownWithTheName() {
        Given given = new Given().bought(KETTLE, 200);
        given.client = ClientBuilder.named("Margaret Hale").id(CLIENT).addressAs("Maggie")
                .customFields(Map.of("Allergies", "Nickel", "Shoe size", "38")).createdAt(NOW.minus(800, ChronoUnit.DAYS)).updatedAt(NOW).build();
        BriefInput input = given.input();
        BriefInput withSetting = new BriefInput(input.client(), input.purchases(), input.products(), input.touchpoints(), input.notes(),
                input.opportunities(), input.followUps(), input.competitors(), input.ourStrengths(),
                new BriefSettings(90, 365, 21, 7, 60, List.of("Allergies", "Loyalty card")), input.playbook(), input.zone(), List.of());
        assertThat(BriefEngine.build(withSetting, NOW).shownFields()).containsExactly(Map.entry("Allergies", "Nickel"));
        assertThat(given.brief().shownFields()).isEmpty();
    }

    @Test
    void aFollowUpDoneBeforeItsDayIsNeverOverdue() {
        Given given = new Given().bought(KETTLE, 300).promised(5, "Call back about the spare lid", 6);
        given.touchpoints.add(new Touchpoint(UUID.randomUUID(), CLIENT, NOW.minus(20, ChronoUnit.DAYS), Channel.CALL, Direction.OUTBOUND,
                "Talked about the spare lid", null, Mood.NEUTRAL, TODAY.minusDays(5)));
        Brief brief = given.brief();
        assertThat(brief.priorTouchpoint().followUpOverdue()).isFalse();
        assertThat(brief.openItems()).extracting(BriefLine::text).noneMatch(text -> text.contains("Overdue"));
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
    }

    @Test
    void aRefusalStopsCountingOnceTheyBoughtTheSameThing() {
        Product oven = new Product(UUID.randomUUID(), "Steam oven", "ovens", Complexity.COMPLEX, new BigDecimal("900"));
        Brief superseded = new Given().opportunity(OpportunityKind.REFUSAL, OpportunityStatus.LOST, oven.id(), "Did not want a new oven", 400)
                .bought(oven, 200, "900").talked(30, Mood.HAPPY, "Chat").brief();
        assertThat(superseded.openItems()).extracting(BriefLine::text).noneMatch(text -> text.startsWith("Refused"));
        assertThat(superseded.conversation().avoid()).extracting(BriefLine::rule).doesNotContain("refusal.remember");
        Brief standing = new Given().bought(KETTLE, 300).talked(30, Mood.HAPPY, "Chat")
                .opportunity(OpportunityKind.REFUSAL, OpportunityStatus.LOST, oven.id(), "Did not want a new oven", 100).brief();
        assertThat(standing.openItems()).extracting(BriefLine::text).anyMatch(text -> text.startsWith("Refused: Did not want a new oven"));
        assertThat(standing.conversation().avoid()).extracting(BriefLine::text)
                .anyMatch(text -> text.contains("Did not want a new oven") && text.contains("Too expensive for now"));
    }

    @Test
    void theConversationHangsOnWhatTheRelationshipIsAboutNotOnTheAddOnBoughtWithIt() {
        Product range = new Product(UUID.randomUUID(), "Induction range cooker", "cooking", Complexity.COMPLEX, new BigDecimal("1400"));
        Product warranty = new Product(UUID.randomUUID(), "Extended warranty (3 years)", "services", Complexity.SIMPLE, new BigDecimal("150"));
        Product fitting = new Product(UUID.randomUUID(), "Installation & old-appliance removal", "services", Complexity.COMPLEX, new BigDecimal("120"));
        Brief brief = new Given().bought(range, 20, "1400").bought(warranty, 20, "150").bought(fitting, 19, "120")
                .talked(15, Mood.HAPPY, "Delivered and fitted").brief();
        assertThat(brief.headline().text()).contains("last: Induction range cooker");
        assertThat(allText(brief)).contains("Induction range cooker").doesNotContain("Extended warranty").doesNotContain("Installation &");
    }

    @Test
    void whatUpsetThemIsSaidInPlainWordsNotReadOutFromOurLog() {
        Brief brief = new Given().bought(KETTLE, 20).talked(15, Mood.HAPPY, "Thanked us for the kettle")
                .touchpoint(3, Channel.CALL, Direction.INBOUND,
                        "Maggie called, a bit anxious: the kettle feels different from what she pictured. Seemed to regret the choice", null,
                        Mood.REGRETFUL).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.unhappy");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("Go back to what upset them about the kettle a few days ago, in your own words, and say what has happened since.")
                .noneMatch(text -> text.contains("Maggie called") || text.contains("Seemed to regret"));
        assertThat(brief.lately()).extracting(Brief.Recent::text).anyMatch(text -> text.startsWith("Maggie called"));
    }

    @Test
    void aLongCatalogueNameIsSaidShortAndNotOverAndOver() {
        Product licence = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)", "Software licences",
                Complexity.COMPLEX, new BigDecimal("4800"));
        Brief brief = new Given().bought(licence, 10, "4800").brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.ghosted");
        assertThat(brief.headline().text()).contains("FieldLine Fleet Tracking licence (annual, 25 vehicles)");
        String said = allText(brief).substring(brief.headline().text().length());
        assertThat(said).doesNotContain("FieldLine").doesNotContain("(annual").contains("the fleet tracking licence");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .filteredOn(text -> text.contains("fleet tracking licence")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aNoticeThatNeedsNoReplyIsNoSilenceButAnEmailOnlyOpenedIs() {
        Brief notices = new Given().bought(KETTLE, 300).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Told Maggie about the new opening hours", "No reply needed", null)
                .touchpoint(10, Channel.MESSAGE, Direction.OUTBOUND, "Told Maggie the shop is closed on Monday", "No reply needed.", null)
                .brief();
        assertThat(notices.conversation().owner().rule()).isNotEqualTo("situation.unanswered");
        assertThat(notices.lately()).extracting(Brief.Recent::what).contains("Message from us, no reply needed");
        assertThat(notices.headline().text()).contains("(a notice of ours)");
        Brief opened = new Given().bought(KETTLE, 300).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Asked Maggie whether the kettle still suits her", "Opened.", null)
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie to ask about a descale visit", "Opened.", null)
                .brief();
        assertThat(opened.conversation().owner().rule()).isEqualTo("situation.unanswered");
        // A guide and a newsletter asked nothing: opened and let be, they were not ignored.
        Brief given = new Given().bought(KETTLE, 300).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the descaling guide", "Opened.", null)
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the spring newsletter", "Opened.", null)
                .brief();
        assertThat(given.conversation().owner().rule()).isNotEqualTo("situation.unanswered");
    }

    @Test
    void howToHandleThemFromAnUnpinnedNoteIsRemembered() {
        Brief brief = new Given().bought(KETTLE, 300).talked(20, Mood.HAPPY, "Chat")
                .note("Hates a short fringe: take off less than asked.", false, 100)
                .note("Asked for invoices by post as well as email.", false, 50)
                .note("Runs the bakery around the corner.", false, 40).brief();
        assertThat(brief.remember()).extracting(BriefLine::text)
                .contains("Hates a short fringe: take off less than asked.", "Asked for invoices by post as well as email.")
                .doesNotContain("Runs the bakery around the corner.");
    }

    @Test
    void theChannelFitsTheCall() {
        // An open complaint is talked through, though they usually prefer messages.
        Brief complaint = new Given().prefers(Channel.MESSAGE).bought(KETTLE, 200).talked(10, Mood.FRUSTRATED, "Lid rattles").complaint(true)
                .brief();
        assertThat(complaint.conversation().channel()).isEqualTo(Channel.CALL);
        assertThat(complaint.conversation().channelWhy().text()).contains("talked through", "prefer message");
        // Two emails went unanswered: try another way.
        Brief unanswered = new Given().prefers(Channel.EMAIL).bought(KETTLE, 300).talked(200, Mood.NEUTRAL, "Yearly check")
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Emailed to ask about the winter service", "No reply", null)
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Emailed about the spring service", "No reply", null).brief();
        assertThat(unanswered.conversation().owner().rule()).isEqualTo("situation.unanswered");
        assertThat(unanswered.conversation().channel()).isEqualTo(Channel.CALL);
        assertThat(unanswered.conversation().channelWhy().text()).contains("another way");
        // No visit out of the blue after a long silence.
        Brief lapsed = new Given().prefers(Channel.VISIT).bought(KETTLE, 900).talked(500, Mood.HAPPY, "Chat at the counter").brief();
        assertThat(lapsed.phase()).isEqualTo(Phase.LAPSED);
        assertThat(lapsed.conversation().channel()).isEqualTo(Channel.CALL);
        assertThat(lapsed.conversation().channelWhy().text()).startsWith("Call first");
        // A note asking for video calls is said so.
        Brief video = new Given().bought(KETTLE, 300).talked(20, Mood.HAPPY, "Chat").note("Prefers video calls on Tuesdays and Thursdays.", false, 30)
                .brief();
        assertThat(video.conversation().channelWhy().text()).startsWith("Video call").contains("Tuesdays");
    }

    @Test
    void aLapsedClientWhoseLastWordWasTheirsIsNotAskedWhyTheyDriftedAway() {
        Given given = new Given().bought(KETTLE, 900)
                .touchpoint(500, Channel.VISIT, Direction.INBOUND, "Came in to say the kettle is perfect", null, Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.phase()).isEqualTo(Phase.LAPSED);
        assertThat(brief.conversation().owner().rule()).isEqualTo("lapsed.our-silence");
        String said = brief.conversation().goal().text() + brief.conversation().opener().text()
                + brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
        assertThat(said).doesNotContain("drifted away").doesNotContain("kept them away").contains("on us");
        assertThat(brief.conversation().avoid()).extracting(BriefLine::text).anyMatch(text -> text.contains("the silence was ours"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
        // Our own messages unanswered: then it is fair to ask.
        Brief theirs = new Given().bought(KETTLE, 900).talked(700, Mood.HAPPY, "Chat")
                .touchpoint(500, Channel.EMAIL, Direction.OUTBOUND, "Sent the newsletter", "No reply", null).brief();
        // It applies; beside a line of theirs it is one line for anyone too many, so it is left out for that reason only.
        assertThat(theirs.conversation().talkingPoints().stream().map(BriefLine::text).anyMatch(text -> text.contains("kept them away"))
                || theirs.dropped().stream().anyMatch(d -> d.text().equals("Ask honestly whether something we did kept them away.")
                        && d.reason().startsWith("it names nothing about this client"))).isTrue();
    }

    @Test
    void aRenewalDaysAwayLeadsAfterASilenceAndTheSilenceIsOwnedInTheSameBreath() {
        Given given = new Given().bought(ALARM, 90, "1200").talked(90, Mood.HAPPY, "Alarm fitted, all fine");
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Boiler service plan", TODAY.minusDays(365), BigDecimal.TEN,
                null, TODAY.plusDays(2)));
        given.bought(KETTLE, 40);

        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal-after-silence");
        assertThat(brief.conversation().type()).isEqualTo(ConversationType.DECISION_MAKING);
        assertThat(brief.conversation().opener().text()).contains("up for renewal", "we haven't been in touch since you chose");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aRenewalThatPassedWithoutAWordFromUsIsNamed() {
        Given given = new Given().bought(KETTLE, 500).talked(100, Mood.HAPPY, "Chat");
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Boiler service plan", TODAY.minusDays(400), BigDecimal.TEN,
                null, TODAY.minusDays(8)));
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal-passed");
        assertThat(brief.conversation().opener().text())
                .contains("the boiler service plan was due for renewal on 7 March and we didn't call you about it");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void wantingToSeeSomethingBeforeBuyingIsAnInterest() {
        Brief brief = new Given().bought(KETTLE, 300)
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie wanted to see the smart alarm system working before buying",
                        "Will come in on Saturday to see it", Mood.NEUTRAL).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(brief.conversation().opener().text()).contains("about the smart alarm system");
    }

    @Test
    void aNoteThatSaysTheyAreAtRiskIsNotMetWithThanksForLoyalty() {
        Given given = new Given().bought(KETTLE, 300).talked(30, Mood.EXCITED, "Checked in after the busy season; all good")
                .note("At risk: unhappy with support response times; weekly check-in until it settles.", true, 20);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("notes.at-risk");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).first().asString()
                .startsWith("Our note says: \u201cAt risk: unhappy with support response times");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).noneMatch(text -> text.contains("staying with us"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aRenewalOrRepeatPurchaseIsNoNewThingToSetUp() {
        Brief brief = new Given().bought(ALARM, 380).bought(ALARM, 5).talked(4, Mood.NEUTRAL, "Renewal signed").brief();
        assertThat(allText(brief)).doesNotContain("hardest to set up").doesNotContain("walk-through").doesNotContain("first days");
    }

    @Test
    void aWarrantyThatEndedUnnoticedAndAnOpeningWeNotedAreBroughtUp() {
        Given given = new Given().bought(KETTLE, 400).talked(100, Mood.HAPPY, "Chat about the kettle")
                .opportunity(OpportunityKind.UPSELL, OpportunityStatus.OPEN, null, "Good fit for the descaling service: hard water area", 60);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, KETTLE.id(), null, TODAY.minusDays(730), BigDecimal.TEN,
                TODAY.minusDays(10), null));
        Brief brief = given.brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(text -> text.startsWith("The warranty on the kettle ended on 5 March"))
                .anyMatch(text -> text.contains("Good fit for the descaling service"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aVisitTheyThankedUsForIsTheLastTimeWeSpokeNotAnOlderCall() {
        // Foxglove Cleaning (read 46): a renewal signed in person a month ago, "Thanked us"; the opener went back to a call a year before
        Brief brief = new Given().bought(KETTLE, 700).bought(KETTLE, 400)
                .touchpoint(380, Channel.CALL, Direction.OUTBOUND, "Second session on the kettle's settings by video call.", null, null)
                .bought(KETTLE, 32)
                .touchpoint(32, Channel.VISIT, Direction.OUTBOUND, "Renewal of the kettle's service plan signed by Maggie.", "Thanked us.", Mood.HAPPY)
                .brief();

        assertThat(allLines(brief)).noneMatch(line -> line.contains("over a year ago"));
        assertThat(brief.conversation().opener().text()).doesNotContain("on the phone");
    }

    @Test
    void openersUseTimeWordsThatFit() {
        Brief yesterday = new Given().bought(KETTLE, 200).talked(1, Mood.HAPPY, "Chat about the whistle").brief();
        assertThat(yesterday.conversation().opener().text()).contains("our call yesterday").doesNotContain("how have things been since");
        Brief later = new Given().bought(KETTLE, 200).talked(40, Mood.HAPPY, "Older chat")
                .talked(9, Mood.NEUTRAL, "Talked about the kettle's whistle.").brief();
        assertThat(later.conversation().opener().text()).isEqualTo(
                "Hi Maggie, good to be in touch again. We last spoke on the phone last week: how have things been since?");
        assertThat(later.conversation().opener().rule()).isEqualTo("opener.refer-back");
        assertThat(later.headline().text()).contains("Margaret Hale", "Maggie", "mature", "Copper kettle", "about seven months ago");
        Brief neverAnswered = new Given().bought(KETTLE, 10)
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Sent the care guide", null, null).brief();
        assertThat(neverAnswered.conversation().opener().text()).doesNotContain("spoke");
    }

    @Test
    void aMentionedCompetitorGivesOneTalkingPointThatPairsTheirWeaknessWithOurAnswer() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared prices")
                .competitor("KettleKing", "Slow repairs", "No home delivery")
                .ours("We repair in-house within a week", "Friendly staff who know every kettle").brief();

        assertThat(brief.conversation().talkingPoints()).filteredOn(line -> line.rule().equals("competitor.mentioned"))
                .singleElement().satisfies(line -> {
                    assertThat(line.text()).isEqualTo(
                            "If KettleKing comes up: their weak spot is \u201cSlow repairs\u201d, and our answer is \u201cWe repair in-house within a week\u201d.");
                    assertThat(line.source()).contains("KettleKing's weakness \u201cSlow repairs\u201d",
                            "our strength \u201cWe repair in-house within a week\u201d");
                });
        assertThat(brief.competitors()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("KettleKing");
            assertThat(c.relation()).isEqualTo("mentioned");
            // The cards the talking point used are not said a second time, and a strength that meets none of their weak
            // spots ("Friendly staff who know every kettle" beside "No home delivery") is no answer to list.
            assertThat(c.points()).extracting(BriefLine::text).containsExactly("Where they fall short: No home delivery");
            assertThat(c.points()).allSatisfy(line -> assertThat(line.source()).isNotBlank());
            assertThat(c.avoid()).extracting(BriefLine::text).containsExactly("Competing on price: they are stronger there (cheap).");
        });
    }

    @Test
    void aClientWeighingUpACompetitorGetsTheDecisionToStayAndAtMostTwoCompetitorLines() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.DOUBTFUL, "Thinks about going elsewhere")
                .competitor(CompetitorRelation.CONSIDERING, "KettleKing", "Slow repairs", "No home delivery", "Short warranty", "Pushy staff",
                        "Small range", "Far away")
                .ours("We repair in-house", "Two-year warranty", "Friendly staff", "Big range", "In the town centre").brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
        assertThat(brief.conversation().type()).isEqualTo(ConversationType.DECISION_MAKING);
        List<BriefLine> competitorPoints = brief.conversation().talkingPoints().stream()
                .filter(line -> line.source() != null).toList();
        // One line pairs their weak spot with the strength of ours that meets it: no second strength beside it, no "if it comes up".
        assertThat(competitorPoints).extracting(BriefLine::rule).containsExactly("situation.competitor-considered");
        assertThat(competitorPoints.get(0).text()).isEqualTo("KettleKing's weak spot is \u201cSlow repairs\u201d, and our answer is "
                + "\u201cWe repair in-house\u201d: say it as a plain fact if it helps them decide.");
        assertThat(brief.conversation().talkingPoints()).hasSizeGreaterThan(competitorPoints.size());
        List<String> sectionCards = brief.competitors().get(0).points().stream().map(BriefLine::source).toList();
        for (BriefLine point : competitorPoints) {
            for (String card : point.source().split("; ")) {
                assertThat(sectionCards).noneMatch(source -> source.equals(card));
            }
        }
    }

    @Test
    void linkingACompetitorChangesTheBrief() {
        Brief without = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared prices").ours("We repair in-house").brief();
        Brief with = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared prices").ours("We repair in-house")
                .competitor("KettleKing", "Slow repairs").brief();

        assertThat(without.competitors()).isEmpty();
        assertThat(without.conversation().talkingPoints()).noneMatch(line -> line.text().contains("KettleKing"));
        assertThat(with.conversation().talkingPoints()).anyMatch(line -> line.text().contains("KettleKing"));
        assertThat(with.conversation().avoid()).extracting(BriefLine::text).contains("Badmouthing competitors: compare on facts.");
        assertThat(with.competitors()).hasSize(1);
    }

    @Test
    void aRenewalDueSoonLeadsToADecisionConversation() {
        Brief brief = new Given().bought(KETTLE, 300).renewal(12).talked(20, Mood.HAPPY, "Yearly check").brief();
        assertThat(brief.conversation().type()).isEqualTo(ConversationType.DECISION_MAKING);
        assertThat(brief.conversation().typeRule()).isEqualTo("situation.renewal");
        assertThat(brief.conversation().goal().text()).contains("the boiler service plan", "27 March");
        assertThat(brief.openItems()).extracting(BriefLine::text).contains("Renewal of Boiler service plan is due on 27 March");
        assertThat(new Given().bought(KETTLE, 300).renewal(45).talked(20, Mood.HAPPY, "Yearly check").brief().conversation().typeRule())
                .isNotEqualTo("situation.renewal");
    }

    @Test
    void aWarrantyEndingSoonAsksHowTheThingItCoversHasServedThemNotHowTheWarrantyHas() {
        Given given = new Given().talked(20, Mood.HAPPY, "Yearly check");
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Washing machine", TODAY.minusDays(700), BigDecimal.valueOf(640),
                TODAY.plusDays(12), null));

        Brief brief = given.brief();

        assertThat(brief.conversation().typeRule()).isEqualTo("situation.renewal");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(line -> line.startsWith("Ask how the washing machine has served them"))
                .noneMatch(line -> line.contains("how the warranty"));
    }

    @Test
    void theMostUrgentSituationOwnsTheFrameAndColourFillsOnlyWhatItLeavesOpen() {
        Brief brief = new Given().bought(KETTLE, 10).talked(1, Mood.HAPPY, "Chat").rules("""
                {"rules": [
                  {"code": "colour", "title": "Colour", "priority": 990, "when": {},
                   "suggest": {"tone": "formal", "type": "collaboration", "offerPolicy": "offer-new", "goal": "Sell more", "nextStep": "Sell",
                               "talkingPoints": [{"text": "Suggest one complementary product", "intent": "sell"}, {"text": "Tip for {lastPurchase}", "intent": "inform"}]}},
                  {"code": "low", "title": "Low", "role": "situation", "priority": 10, "when": {},
                   "suggest": {"goal": "Low goal", "nextStep": "Low step"}},
                  {"code": "high", "title": "High", "role": "situation", "priority": 90, "because": "it is urgent for {greeting}", "when": {"phase": "honeymoon"},
                   "suggest": {"goal": "Help {greeting}", "offerPolicy": "no-offer", "type": "transactional", "nextStep": "Call back",
                               "talkingPoints": ["Ask how it went"], "welcome": ["inform"]}},
                  {"code": "off", "title": "Off", "role": "situation", "priority": 99, "enabled": false, "when": {}, "suggest": {"goal": "Grumpy"}}
                ]}""").brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner()).isEqualTo(new BriefLine("it is urgent for Maggie", "high", null, "it is urgent for Maggie"));
        assertThat(c.goal().text()).isEqualTo("Help Maggie");
        assertThat(c.nextStep().text()).isEqualTo("Call back");
        assertThat(c.type()).isEqualTo(ConversationType.TRANSACTIONAL);
        assertThat(c.offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(c.tone()).isEqualTo(new BriefLine("formal", "colour", null, "colour"));
        assertThat(c.talkingPoints()).extracting(BriefLine::text).containsExactly("Ask how it went", "Tip for the copper kettle");
        assertThat(brief.dropped()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Suggest one complementary product");
            assertThat(d.rule()).isEqualTo("colour");
            assertThat(d.reason()).contains("sells", "no-offer");
        });
        assertThat(brief.outranked()).containsExactly("low");
    }

    @Test
    void aRuleThatCannotBeEvaluatedIsSkippedWithAWarning() {
        Brief brief = new Given().bought(KETTLE, 10).talked(1, Mood.HAPPY, "Chat").rules("""
                {"rules": [
                  {"code": "good", "title": "Good", "priority": 10, "when": {}, "suggest": {"tone": "warm", "talkingPoints": ["Hello {greeting}"]}},
                  {"code": "moon", "title": "Moon", "priority": 90, "when": {"moonPhase": "full"}, "suggest": {"tone": "howling"}},
                  {"code": "typo", "title": "Typo", "priority": 80, "when": {}, "suggest": {"talkingPoints": ["Hi {greting}"]}},
                  {"code": "kind", "title": "Kind", "priority": 70, "when": {}, "suggest": {"type": "gossip"}},
                  {"code": "range", "title": "Range", "priority": 60, "when": {"daysSincePurchase": "lots"}, "suggest": {"tone": "x"}},
                  {"code": "intent", "title": "Intent", "priority": 50, "when": {}, "suggest": {"talkingPoints": [{"text": "Hi", "intent": "bribe"}]}}
                ]}""").brief();
        assertThat(brief.conversation().tone().text()).isEqualTo("warm");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text, BriefLine::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hello Maggie", "good"));
        assertThat(brief.warnings()).anyMatch(w -> w.startsWith("Rule moon skipped") && w.contains("moonPhase"))
                .anyMatch(w -> w.startsWith("Rule typo skipped") && w.contains("{greting}"))
                .anyMatch(w -> w.startsWith("Rule kind skipped") && w.contains("gossip"))
                .anyMatch(w -> w.startsWith("Rule range skipped"))
                .anyMatch(w -> w.startsWith("Rule intent skipped") && w.contains("bribe"));
    }

    @Test
    void theOpenerNeverReadsTheStaffNoteAloud() {
        for (Mood mood : Mood.values()) {
            Brief brief = new Given().bought(KETTLE, 200).talked(3, mood, "Grumpy again, thinks we overcharge").brief();
            assertThat(brief.conversation().opener().text()).as("opener after a %s contact", mood)
                    .doesNotContain("Grumpy", "overcharge").contains("Maggie");
        }
    }

    @Test
    void afterAnUnhappyContactTheOpenerPicksItUpAgain() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.FRUSTRATED, "Kettle whistles too loudly").brief();
        assertThat(brief.conversation().opener().rule()).isEqualTo("situation.unhappy");
        assertThat(brief.conversation().opener().text()).contains("a few days ago", "put right");
        assertThat(brief.conversation().owner().text()).isEqualTo("the last time they told us how they felt (a few days ago) they were frustrated");
    }

    @Test
    void theTypeNamesTheJobOfTheRuleThatOwnsTheGoal() {
        Given given = new Given().bought(KETTLE, 700).bought(KETTLE, 200);
        for (int i = 0; i < 12; i++) {
            given.talked(600 - i * 40, Mood.HAPPY, "Chat " + i);
        }
        // "brainstorm together" on top of a call about something else does not make that call a brainstorm
        Brief brief = given.talked(2, Mood.EXCITED, "Loved the new kettle").rules("""
                {"rules": [
                  {"code": "ideas", "title": "Ideas", "priority": 50, "when": {}, "suggest": {"type": "collaboration",
                   "talkingPoints": [{"text": "Ask for their ideas.", "intent": "listen", "general": true}]}},
                  {"code": "book", "title": "Book", "priority": 40, "when": {}, "suggest": {"goal": "Book the next one for {greeting}"}},
                  {"code": "base", "title": "Base", "priority": 10, "when": {}, "suggest": {"type": "relationship-building", "goal": "Keep in touch"}}
                ]}""").brief();
        assertThat(brief.trust()).isEqualTo(TrustLevel.HIGH);
        assertThat(brief.conversation().goal().rule()).isEqualTo("book");
        assertThat(brief.conversation().type()).isEqualTo(ConversationType.RELATIONSHIP_BUILDING);
        assertThat(brief.conversation().typeRule()).isEqualTo("base");
    }

    @Test
    void trustGatesTheDeeperConversations() {
        Given given = new Given().bought(KETTLE, 700).bought(KETTLE, 200);
        for (int i = 0; i < 12; i++) {
            given.talked(600 - i * 40, Mood.HAPPY, "Chat " + i);
        }
        Brief trusted = given.talked(2, Mood.EXCITED, "Loved the new kettle").rules("""
                {"rules": [{"code": "deep", "title": "Deep", "priority": 10, "when": {}, "suggest": {"type": "collaboration", "goal": "Go deep"}}]}""").brief();
        assertThat(trusted.trust()).isEqualTo(TrustLevel.HIGH);
        assertThat(trusted.conversation().type()).isEqualTo(ConversationType.COLLABORATION);

        Brief stranger = new Given().bought(KETTLE, 10).talked(2, Mood.NEUTRAL, "First call").rules("""
                {"rules": [{"code": "deep", "title": "Deep", "priority": 10, "when": {}, "suggest": {"type": "collaboration", "goal": "Go deep"}}]}""").brief();
        assertThat(stranger.trust()).isEqualTo(TrustLevel.LOW);
        assertThat(stranger.conversation().type()).as("direct and practical until trust grows").isEqualTo(ConversationType.TRANSACTIONAL);
        assertThat(stranger.conversation().typeRule()).isEqualTo("fact:trust");
        assertThat(stranger.dropped()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("deep");
            assertThat(d.reason()).contains("trust is low");
        });
    }

    @Test
    void moodTrendAndOverdueFollowUp() {
        Given given = new Given().bought(KETTLE, 200).talked(30, Mood.HAPPY, "Fine").talked(20, Mood.HAPPY, "Fine");
        given.touchpoints.add(new Touchpoint(UUID.randomUUID(), CLIENT, NOW.minus(10, ChronoUnit.DAYS), Channel.EMAIL, Direction.INBOUND,
                "Lid is loose", null, Mood.DOUBTFUL, TODAY.minusDays(3)));
        Brief brief = given.brief();
        assertThat(brief.moodTrend()).isEqualTo(MoodTrend.WORSENING);
        assertThat(brief.priorTouchpoint().followUpOverdue()).isTrue();
        assertThat(brief.conversation().talkingPoints()).hasSizeBetween(1, 6);
    }

    @Test
    void touchpointsAndNotesAfterTheInstantAreIgnored() {
        Brief brief = new Given().bought(KETTLE, 30).talked(2, Mood.HAPPY, "Before").talked(-2, Mood.REGRETFUL, "After")
                .note("Written tomorrow: allergic to nickel", true, -1).brief();
        assertThat(brief.mood()).isEqualTo(Mood.HAPPY);
        assertThat(brief.priorTouchpoint().summary()).isEqualTo("Before");
        assertThat(brief.remember()).isEmpty();
    }

    static final Product COLOUR = new Product(UUID.randomUUID(), "Root colour touch-up", "Colour", Complexity.SIMPLE, new BigDecimal("68"));
    static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Refrigeration", Complexity.SIMPLE,
            new BigDecimal("649"));

    /** A colour every six weeks, the last {@code lastDaysAgo} days ago. */
    static Given regular(int lastDaysAgo) {
        Given given = new Given();
        for (int i = 4; i >= 0; i--) {
            given.bought(COLOUR, lastDaysAgo + i * 42, "68");
        }
        return given.touchpoint(lastDaysAgo, Channel.VISIT, Direction.INBOUND, "In for the root touch-up; chatted about the holidays", null,
                Mood.HAPPY);
    }

    @Test
    void aRegularWhoseUsualTimeHasComeIsOfferedTheirUsualNotThankedForLoyalty() {
        Brief brief = regular(38).brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("rhythm.due");
        assertThat(c.opener().text()).isEqualTo("Hi Maggie, it's about the time you usually come back for your root colour touch-up: shall I find you a time?");
        assertThat(c.talkingPoints()).extracting(BriefLine::text)
                .contains("They usually come back for the root colour touch-up every six weeks or so, and the last time was about a month ago: "
                        + "offer the next one at a time that suits them.")
                .noneMatch(text -> text.contains("staying with us"));
        assertThat(c.nextStep().text()).isEqualTo("Book the root colour touch-up for them, or note when they would like it.");
        assertThat(brief.ghosted()).as("their usual colour, bought in person, leaves nobody waiting for a check-in").isFalse();
    }

    @Test
    void aRhythmOfDifferentThingsOfOneKindIsSaidAsTheKind() {
        Product fullHead = new Product(UUID.randomUUID(), "Full head colour", "Colour", Complexity.SIMPLE, new BigDecimal("95"));
        Given given = new Given();
        for (int i = 4; i >= 0; i--) {
            given.bought(i % 2 == 0 ? COLOUR : fullHead, 38 + i * 42, "80");
        }
        Brief brief = given.touchpoint(38, Channel.VISIT, Direction.INBOUND, "In for colour", null, Mood.HAPPY).brief();
        assertThat(brief.conversation().opener().text()).isEqualTo("Hi Maggie, it's about the time you usually come back for your colour: shall I find you a time?");
    }

    @Test
    void aRegularOverdueAgainstTheirOwnRhythmIsNoticedLongBeforeAnyGlobalThreshold() {
        Brief overdue = regular(100).brief();
        assertThat(overdue.phase()).as("a hundred days is far from lapsed").isEqualTo(Phase.MATURE);
        assertThat(overdue.conversation().owner().rule()).isEqualTo("situation.rhythm-overdue");
        assertThat(overdue.conversation().opener().text()).isEqualTo("Hi Maggie, it's been three months since your root colour touch-up, and we've missed you. How have you been?");

        Brief notYet = regular(20).brief();
        assertThat(allText(notYet)).doesNotContain("usually come back");
        // Twice is no rhythm yet: two colours a hundred days apart say nothing about when the third is due.
        Brief twice = new Given().bought(COLOUR, 300, "68").bought(COLOUR, 200, "68").talked(200, Mood.HAPPY, "Colour").brief();
        assertThat(allText(twice)).doesNotContain("usually come back");
    }

    @Test
    void aOneOffPurchaseIsNotTreatedAsACycleButSomethingTheyBuyAgainIs() {
        Given fridge = new Given().talked(30, Mood.HAPPY, "Chat about the summer");
        fridge.products.put(FRIDGE.id(), FRIDGE);
        fridge.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, FRIDGE.id(), null, TODAY.minusDays(400), new BigDecimal("649"),
                TODAY.plusDays(330), null));
        Brief fridgeBrief = fridge.brief();
        List<String> points = fridgeBrief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
        // The opener asks whether it still does what they need, and no point asks it again.
        assertThat(points).noneMatch(text -> text.contains("next one") || text.contains("still does everything"));
        assertThat(fridgeBrief.conversation().opener().text()).contains("fridge freezer", "still doing everything you need");

        Brief again = new Given().bought(KETTLE, 700).bought(KETTLE, 400).talked(30, Mood.HAPPY, "Chat about the summer").brief();
        assertThat(again.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(text -> text.contains("whether it is time for the next one"));
        // A simple thing without a warranty is used up or worn out and comes round again, even bought once: a cut, a shampoo.
        // The opener offers the next one, and no point asks it again.
        Brief cut = new Given().bought(COLOUR, 300, "68").talked(30, Mood.HAPPY, "Chat about the summer").brief();
        assertThat(cut.conversation().opener().text()).contains("root colour touch-up", "the next one");
        assertThat(cut.conversation().talkingPoints()).extracting(BriefLine::text).noneMatch(text -> text.contains("still does"));
    }

    @Test
    void twoDifferentQuestionsAboutOneProductAreNotOneQuestionAskedTwice() {
        Brief two = new Given().bought(KETTLE, 300)
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Asked about the energy rating of the copper kettle", "Sent the label.", Mood.NEUTRAL)
                .touchpoint(4, Channel.EMAIL, Direction.INBOUND, "Asked for a quote for a second copper kettle", null, Mood.NEUTRAL).brief();
        assertThat(allText(two) + two.openItems()).doesNotContain("before that");

        Brief twice = new Given().bought(KETTLE, 300)
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Asked for a quote for a second copper kettle", null, Mood.NEUTRAL)
                .touchpoint(4, Channel.EMAIL, Direction.INBOUND, "Asked for a quote for a second copper kettle", null, Mood.NEUTRAL).brief();
        assertThat(allText(twice)).contains("before that");
    }

    @Test
    void aQuestionInTheirOwnLanguageIsStillAQuestionWaitingForAnAnswer() {
        Brief brief = new Given().bought(KETTLE, 300)
                .touchpoint(3, Channel.MESSAGE, Direction.INBOUND, "¿Tienen cita libre el sábado por la mañana?", null, Mood.NEUTRAL).brief();
        assertThat(brief.openItems()).extracting(BriefLine::rule).contains("fact:asked-in-words");
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.asked-in-words");
        assertThat(allText(brief)).contains("¿Tienen cita libre el sábado por la mañana?");
    }

    @Test
    void aClientWhoAskedUsToStopCallingIsNotCalledNorSoldTo() {
        Brief brief = new Given().bought(KETTLE, 300).talked(60, Mood.HAPPY, "Chat")
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Rang to say please stop calling them with offers", null, Mood.FRUSTRATED)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.do-not-contact");
        assertThat(c.channel()).isEqualTo(Channel.EMAIL);
        assertThat(c.offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(c.talkingPoints()).allMatch(line -> line.rule().equals("situation.do-not-contact"));

        assertThat(new Given().bought(KETTLE, 300).note("Do not call before 10am", true, 30).talked(5, Mood.HAPPY, "Chat").brief()
                .conversation().owner().rule()).as("a limit on calls is no wish to be left alone").isNotEqualTo("situation.do-not-contact");
        assertThat(new Given().bought(KETTLE, 300).note("Asked not to be contacted any more.", false, 90)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Rang about a new kettle", null, Mood.HAPPY).brief()
                .conversation().owner().rule()).as("they got in touch themselves since").isNotEqualTo("situation.do-not-contact");
    }

    @Test
    void aClientWhoMovedAwayIsAskedWhetherWeCanStillHelpNotWhyTheyDrifted() {
        Brief brief = new Given().bought(KETTLE, 500).talked(300, Mood.HAPPY, "Chat").note("Moved abroad to Spain in the spring.", false, 200).brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.moved-away");
        assertThat(allText(brief)).contains("Moved abroad to Spain in the spring").doesNotContain("drifted away?", "kept them away");

        Brief cameBack = new Given().bought(KETTLE, 500).note("Moved abroad to Spain in the spring.", false, 200).bought(ALARM, 20).brief();
        assertThat(cameBack.conversation().owner().rule()).as("they bought from us since").isNotEqualTo("situation.moved-away");
    }

    @Test
    void aBirthdayThisWeekIsOnTheBrief() {
        Given given = new Given().bought(KETTLE, 200).talked(30, Mood.HAPPY, "Chat about the kettle");
        given.client = ClientBuilder.from(given.client).birthday(LocalDate.of(1980, 3, 18)).build();
        Brief brief = given.brief();
        assertThat(brief.openItems()).extracting(BriefLine::text).contains("Birthday on 18 March");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).contains("Their birthday is on 18 March: wish them a happy birthday.");
    }

    static final Product HAIRCUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("55"));
    static final Product BALAYAGE = new Product(UUID.randomUUID(), "Balayage", "Colour", Complexity.COMPLEX, new BigDecimal("185"));
    static final Product SHAMPOO = new Product(UUID.randomUUID(), "Colour-protect shampoo (250 ml)", "Retail care", Complexity.SIMPLE,
            new BigDecimal("18.50"));
    static final Product GIFT_VOUCHER = new Product(UUID.randomUUID(), "Gift voucher", "Gift vouchers", Complexity.SIMPLE, new BigDecimal("50"));
    static final Product LICENCE = new Product(UUID.randomUUID(), "Dispatch licence (annual)", "Software licences", Complexity.COMPLEX,
            new BigDecimal("3600"));
    static final Product OVEN = new Product(UUID.randomUUID(), "Built-in oven", "Ovens", Complexity.SIMPLE, new BigDecimal("899"));

    @Test
    void anUnsureMoodNoLongerLeadsOnceALaterContactOfTheirsSaysItWentWell() {
        Given renewedAndThanked = new Given().bought(LICENCE, 400, "3600").bought(LICENCE, 35, "3600")
                .touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Renewal call: Maggie wants to add users", "Unsure about the price", Mood.DOUBTFUL)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Maggie renewed the licence for another year", "Thanked us.", null);
        Brief brief = renewedAndThanked.brief();
        assertThat(brief.conversation().owner().rule()).isNotIn("mature.doubtful", "situation.unhappy");
        assertThat(allText(brief)).doesNotContain("put it right", "on your mind", "bothering them");

        // Frustrated, then they bought from us again: no longer "put it right first".
        Brief boughtSince = new Given().bought(KETTLE, 300)
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Maggie was annoyed the kettle lid sticks", null, Mood.FRUSTRATED)
                .bought(ALARM, 10).brief();
        assertThat(boughtSince.conversation().owner().rule()).isNotEqualTo("situation.unhappy");

        // Still unsure, and nothing since: the doubt leads.
        Brief stillUnsure = new Given().bought(KETTLE, 300)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie is not sure the kettle was the right choice", null, Mood.DOUBTFUL).brief();
        assertThat(stillUnsure.conversation().goal().text()).contains("put it right");

        // A doubt half a year old is no longer what is on their mind.
        Brief longAgo = new Given().bought(KETTLE, 400)
                .touchpoint(180, Channel.CALL, Direction.INBOUND, "Maggie is not sure the kettle was the right choice", null, Mood.DOUBTFUL).brief();
        assertThat(longAgo.conversation().opener().text()).doesNotContain("what was on your mind");
    }

    @Test
    void aDoubtOurOwnOutcomeAnsweredIsNotNobodyAnswered() {
        // The outcome of the contact that logged the doubt is our answer to it: the brief must not say nobody answered it.
        Brief answered = new Given().bought(BALAYAGE, 30, "185")
                .touchpoint(23, Channel.EMAIL, Direction.INBOUND, "Maggie is not sure the balayage suits her; says it looks warmer at home than in the salon",
                        "Sent photos of how it will settle", Mood.REGRETFUL)
                .touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Suggested the bond-repair treatment to Maggie", "Interested, will think about it", Mood.HAPPY)
                .brief();
        assertThat(allText(answered)).doesNotContain("Nobody answered it since", "nobody came back to them on it", "we ever came back to you on it");

        Brief explained = new Given().bought(BALAYAGE, 30, "185")
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Maggie wonders whether the balayage will fade too fast", "Explained it softens within two washes", Mood.DOUBTFUL)
                .brief();
        assertThat(allText(explained)).doesNotContain("Nobody answered it since", "nobody came back to them on it");

        // No answer logged, or one logged as not given: the doubt is still ours to answer.
        for (String outcome : new String[] {null, "Not answered yet"}) {
            Brief open = new Given().bought(BALAYAGE, 30, "185")
                    .touchpoint(23, Channel.EMAIL, Direction.INBOUND, "Maggie is not sure the balayage suits her; says it looks warmer at home than in the salon",
                            outcome, Mood.REGRETFUL)
                    .touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Suggested the bond-repair treatment to Maggie", "Interested, will think about it", Mood.HAPPY)
                    .brief();
            assertThat(allText(open)).as(String.valueOf(outcome)).contains("Nobody answered it since");
        }
    }

    @Test
    void aPurchaseStillToArriveLeadsOverAnOlderInterestOrQuestion() {
        Given given = new Given().bought(KETTLE, 400)
                .touchpoint(50, Channel.EMAIL, Direction.INBOUND, "Maggie asked about the price of the smart alarm system", "Sent the price list; thinking about it.", Mood.NEUTRAL)
                .touchpoint(58, Channel.EMAIL, Direction.INBOUND, "Maggie asked whether the kettle can be descaled with vinegar", null, Mood.NEUTRAL)
                .bought(OVEN, 3, "899")
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "Maggie ordered the built-in oven; delivery on Thursday", "Deposit taken.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(brief.conversation().goal().text()).contains("oven");
        assertThat(allText(brief)).doesNotContain("first days");

        Brief arrived = new Given().bought(OVEN, 6, "899")
                .touchpoint(6, Channel.VISIT, Direction.INBOUND, "Maggie ordered the built-in oven; delivery on Thursday", "Deposit taken.", Mood.HAPPY)
                .touchpoint(2, Channel.CALL, Direction.OUTBOUND, "The oven was delivered and installed", "All working.", Mood.HAPPY).brief();
        assertThat(arrived.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
    }

    @Test
    void aCallTheyAskedForWithNothingFromUsSinceIsAnOpenAsk() {
        Brief waiting = new Given().bought(KETTLE, 300).talked(60, Mood.HAPPY, "Chat about the kettle")
                .touchpoint(4, Channel.EMAIL, Direction.INBOUND, "Maggie downloaded the alarm brochure and asked for a call", null, Mood.NEUTRAL).brief();
        assertThat(waiting.conversation().owner().rule()).isEqualTo("situation.asked-in-words");
        assertThat(allText(waiting)).contains("call back");

        Brief voicemail = new Given().bought(KETTLE, 300)
                .touchpoint(2, Channel.CALL, Direction.INBOUND, "Voicemail from Maggie: please call me back about the kettle", null, null).brief();
        assertThat(voicemail.conversation().owner().rule()).isEqualTo("situation.asked-in-words");

        Brief calledBack = new Given().bought(KETTLE, 300)
                .touchpoint(6, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a call about the alarm", null, Mood.NEUTRAL)
                .touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Rang Maggie about the alarm", "Sent the brochure.", Mood.HAPPY).brief();
        assertThat(calledBack.conversation().owner().rule()).isNotEqualTo("situation.asked-in-words");
        assertThat(calledBack.openItems()).extracting(BriefLine::rule).doesNotContain("fact:asked-in-words");
    }

    @Test
    void aTermThatRanOutWhileTheyAskedForAPriceOnItsRenewalIsOursToPickUpNotTheirChoice() {
        Given given = new Given().touchpoint(150, Channel.MEETING, Direction.INBOUND,
                "Benjamin asked for a multi-year price on the " + LICENCE.name() + ".", "Negotiating.", Mood.HAPPY);
        given.products.put(LICENCE.id(), LICENCE);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, LICENCE.id(), null, TODAY.minusDays(500), new BigDecimal("3600"),
                null, TODAY.minusDays(135)));
        String said = allText(given.brief());
        assertThat(said).contains("Its renewal was being talked of", "multi-year price", "we let it drop")
                .doesNotContain("how they manage without it");
    }

    @Test
    void whatTheyHaveIsAskedAboutInWordsThatFitWhatItIs() {
        // Used up: time for the next one, not "does it still do what they need".
        Brief shampoo = new Given().bought(SHAMPOO, 300, "18.50").talked(30, Mood.HAPPY, "Chat about the summer").brief();
        assertThat(allText(shampoo)).doesNotContain("still does").contains("time for the next one");
        // A service done on the day does not "do" anything afterwards.
        Brief balayage = new Given().bought(BALAYAGE, 300, "185").talked(30, Mood.HAPPY, "Chat about the summer").brief();
        assertThat(allText(balayage)).doesNotContain("still does");
        // Paid ahead: how it worked out.
        Brief voucher = new Given().bought(GIFT_VOUCHER, 200, "50").talked(30, Mood.HAPPY, "Chat about the summer").brief();
        assertThat(allText(voucher)).doesNotContain("still does").contains("still to be used");
        // A licence that ran out without a renewal: it does nothing for them now.
        Given lapsedLicence = new Given().talked(30, Mood.HAPPY, "Chat about the summer");
        lapsedLicence.products.put(LICENCE.id(), LICENCE);
        lapsedLicence.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, LICENCE.id(), null, TODAY.minusDays(500), new BigDecimal("3600"),
                null, TODAY.minusDays(135)));
        Brief licence = lapsedLicence.brief();
        assertThat(allText(licence)).doesNotContain("still does").contains("fell due on", "no renewal");
        // Something kept and used: the question fits.
        Brief oven = new Given().bought(OVEN, 300, "899").talked(30, Mood.HAPPY, "Chat about the summer").brief();
        assertThat(allText(oven)).contains("still doing everything you need");
    }

    @Test
    void aRetailItemOrASmallServiceIsNotTheAnchorWhenAMainPurchaseExists() {
        Brief brief = new Given().bought(BALAYAGE, 70, "185").bought(SHAMPOO, 20, "18.50").talked(20, Mood.HAPPY, "Bought a shampoo at the desk").brief();
        assertThat(brief.headline().text()).as("the headline says what they bought last").contains("last: Colour-protect shampoo");
        String said = allText(brief).substring(brief.headline().text().length());
        assertThat(said).doesNotContain("shampoo").contains("balayage");

        Brief regular = new Given().bought(HAIRCUT, 200, "55").bought(HAIRCUT, 150, "55").bought(HAIRCUT, 100, "55").bought(BALAYAGE, 400, "185")
                .talked(100, Mood.HAPPY, "In for the cut").brief();
        assertThat(regular.headline().text()).as("a regular's usual cut is what the relationship is about").contains("last: Cut & blow-dry");
    }

    @Test
    void theNewestAskOnATopicSetsItsAgeAndItIsSaidOnce() {
        Given given = new Given().bought(KETTLE, 300)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a quote for a second copper kettle", 40)
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Asked for a quote for a second copper kettle", null, Mood.NEUTRAL)
                .touchpoint(1, Channel.EMAIL, Direction.INBOUND, "Maggie asked again for the quote for a second copper kettle", null, Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-request");
        assertThat(allText(brief)).doesNotContain("about a month ago", "over a month ago");
        assertThat(brief.openItems()).extracting(BriefLine::rule).doesNotContain("fact:asked-in-words");
        long sayings = brief.conversation().talkingPoints().stream().filter(line -> line.text().contains("second copper kettle")).count();
        assertThat(sayings).isLessThanOrEqualTo(1);
    }

    @Test
    void aOneOffSalonVisitSilentForWeeksIsNotGhosted() {
        Brief cut = new Given().bought(HAIRCUT, 30, "55")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "First cut with us; Maggie loved it", null, Mood.HAPPY).brief();
        assertThat(cut.ghosted()).as("nobody was in touch since: the fact Today shares").isTrue();
        assertThat(cut.conversation().owner().rule()).isNotEqualTo("situation.ghosted");
        assertThat(allText(cut)).doesNotContainIgnoringCase("sorry");

        Brief oven = new Given().bought(OVEN, 30, "899")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Maggie bought the built-in oven", null, Mood.HAPPY).brief();
        assertThat(oven.conversation().owner().rule()).as("something they keep and use wants a first check-in").isEqualTo("situation.ghosted");
    }

    @Test
    void whatOwnersReadWrongLastRoundReadsRight() {
        // Someone they sent our way "is looking for a new salon": a referral, not an ask of theirs.
        Brief referral = new Given().bought(HAIRCUT, 100, "55").talked(60, Mood.HAPPY, "Chat")
                .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, "Will recommend us at work; says Priya is looking for a new salon", "Review posted.", Mood.EXCITED)
                .brief();
        assertThat(referral.conversation().owner().rule()).isNotEqualTo("situation.asked-in-words");
        assertThat(allText(referral)).doesNotContain("for a new salon", "you asked us");

        // Weighing up a competitor, then buying from us again: they chose us.
        Given weighing = new Given().bought(HAIRCUT, 300, "55").competitor(CompetitorRelation.CONSIDERING, "QuickSnip", "No colour services")
                .talked(50, Mood.HAPPY, "Chat");
        BriefInput.LinkedCompetitor linked = weighing.competitors.remove(0);
        CompetitorLink link = linked.link();
        weighing.competitors.add(new BriefInput.LinkedCompetitor(linked.competitor(), new CompetitorLink(link.id(), CLIENT, link.competitorId(),
                link.relation(), TODAY.minusDays(200), link.note()), linked.swot()));
        assertThat(weighing.brief().conversation().owner().rule()).isEqualTo("situation.competitor-considered");
        Brief stayed = weighing.bought(BALAYAGE, 60, "185").brief();
        assertThat(stayed.conversation().owner().rule()).isNotEqualTo("situation.competitor-considered");

        // Four visits to an appliance shop are four purchases, not a rhythm to be missed in.
        Given shopper = new Given();
        String[] appliances = {"Washing machine", "Dishwasher", "Coffee machine", "Tumble dryer"};
        for (int i = 0; i < appliances.length; i++) {
            Product appliance = new Product(UUID.randomUUID(), appliances[i], appliances[i] + "s", Complexity.SIMPLE, new BigDecimal("499"));
            int daysAgo = 650 - 90 * i;
            shopper.bought(appliance, daysAgo, "499").touchpoint(daysAgo, Channel.VISIT, Direction.INBOUND, "Bought the " + appliances[i], null, Mood.HAPPY);
        }
        shopper.talked(100, Mood.HAPPY, "Checked in: all running smoothly");
        assertThat(shopper.brief().conversation().owner().rule()).isNotEqualTo("situation.rhythm-overdue");

        // A thank-you message sent on the day of the purchase: nobody was left in silence.
        Brief thanked = new Given().bought(KETTLE, 90).bought(OVEN, 40, "899")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Picked up the oven", null, Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Sent a thank-you message and three tips for the oven", "No reply.", null).brief();
        assertThat(thanked.conversation().owner().rule()).isNotEqualTo("situation.ghosted");

        // A delivery follow-up still open, but we have spoken of it in use since: it is no longer awaited.
        Brief inUse = new Given().bought(OVEN, 8, "899").promised(-5, "Call Maggie back about delivery times", null)
                .touchpoint(8, Channel.VISIT, Direction.INBOUND, "Maggie bought the built-in oven", "Took it home the same day.", Mood.HAPPY)
                .touchpoint(3, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the oven doing?", "All working.", Mood.HAPPY).brief();
        assertThat(inUse.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");

        // Asked again lately in other words ("wanted to know the energy rating"): the ask is as recent as that.
        Brief askedAgain = new Given().bought(KETTLE, 400).talked(100, Mood.HAPPY, "Chat")
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Maggie asked whether the fridge freezer fits a 60 cm space", "No decision yet.", Mood.NEUTRAL)
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie wanted to know the energy rating of the fridge freezer", "No decision yet.", Mood.NEUTRAL)
                .brief();
        assertThat(allText(askedAgain)).contains("energy rating").doesNotContain("about two months ago");

        // A haircut has nothing "that they may not have used yet".
        Brief cut = new Given().bought(HAIRCUT, 30, "55").touchpoint(30, Channel.VISIT, Direction.INBOUND, "Cut with Jonas", null, Mood.HAPPY)
                .talked(10, Mood.HAPPY, "Chat").brief();
        assertThat(allText(cut)).doesNotContain("may not have used yet");
    }

    @Test
    void ourOwnMessagesWordsAreNeverTheirAsk() {
        // Our question in our own message, and their reply asking about our own news: nothing of theirs is waiting.
        Brief brief = new Given().talked(60, Mood.HAPPY, "Chat about a first appointment")
                .touchpoint(9, Channel.MESSAGE, Direction.OUTBOUND, "Message to Maggie: fancy booking the next visit?", "All good.", Mood.NEUTRAL)
                .touchpoint(3, Channel.MESSAGE, Direction.OUTBOUND, "Told Maggie about the new price list starting next month", "Asked about the new prices.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotIn("situation.asked-in-words", "situation.interest");
        assertThat(brief.openItems()).extracting(BriefLine::rule).doesNotContain("fact:asked-in-words");
        assertThat(allText(brief)).doesNotContain("next visit", "new prices", "you asked us");
    }

    @Test
    void aProspectsNewestInterestLeadsNotAnOlderAsk() {
        // References asked for three months ago, the module talked about twice since, pricing sent after the latest question.
        Brief brief = new Given()
                .touchpoint(90, Channel.CALL, Direction.INBOUND, "Maggie wanted references from a company of a similar size before looking at the analytics module", null, Mood.EXCITED)
                .touchpoint(35, Channel.CALL, Direction.INBOUND, "Maggie asked whether the analytics module integrates with their accounting package", null, Mood.HAPPY)
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Maggie asked how the analytics module handles jobs that run over", "Sent pricing.", Mood.HAPPY)
                .brief();
        assertThat(brief.phase()).isEqualTo(Phase.PROSPECT);
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(brief.conversation().opener().text()).contains("how the analytics module handles jobs");
        assertThat(allText(brief)).contains("decision about the analytics module easy").doesNotContain("references");
    }

    @Test
    void aNewerOfferBeingThoughtOverLeadsOverAnOlderInterest() {
        // What we offered them last week, and they are thinking over, is newer than what they asked about a month ago.
        Brief offered = new Given()
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Maggie asked about the coffee machine after seeing it in the window", "Sent the price list; thinking about it.", Mood.NEUTRAL)
                .touchpoint(5, Channel.VISIT, Direction.OUTBOUND, "Suggested the combination microwave to Maggie; interested, wants to think it over", "Thinking about it.", Mood.HAPPY)
                .brief();
        assertThat(offered.conversation().owner().rule()).isEqualTo("situation.offer-pending");
        assertThat(offered.conversation().goal().text()).contains("combination microwave");
        assertThat(offered.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("coffee machine"));
    }

    @Test
    void aBookingAfterANewerQuestionOnTheSameThingEndsTheOlderInterest() {
        // Booked after a newer question on the same thing: the older interest in it is over.
        Brief booked = new Given()
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Maggie asked about the balayage", "No booking yet.", Mood.HAPPY)
                .touchpoint(5, Channel.MESSAGE, Direction.INBOUND, "Asked how often the balayage needs refreshing", "Booked a consultation.", Mood.HAPPY)
                .brief();
        assertThat(booked.conversation().owner().rule()).isNotEqualTo("situation.interest");
        assertThat(allText(booked)).doesNotContain("you asked us about the balayage");
    }

    @Test
    void aDoneFollowUpThatAskedWhetherTheyDecidedLeavesTheDecisionOpen() {
        // Pricing sent for the washing machine; the chase was done, but nothing says what they decided.
        Brief chased = new Given()
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Maggie asked for a price for the washing machine", "Sent the price.", Mood.HAPPY)
                .promised(6, "Ask Maggie whether they decided on the washing machine", 5)
                .brief();
        Brief unchased = new Given()
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Maggie asked for a price for the washing machine", "Sent the price.", Mood.HAPPY)
                .brief();
        assertThat(unchased.conversation().owner().rule()).as(allText(unchased)).isEqualTo("situation.interest");
        assertThat(chased.conversation().owner().rule()).as(allText(chased)).isEqualTo("situation.interest");
        assertThat(allText(chased)).contains("washing machine");
    }

    @Test
    void aFewVisitsCloseTogetherAreNoRhythmToBeMissedIn() {
        Brief busyMonth = new Given().bought(HAIRCUT, 60, "55")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "First cut with us", null, Mood.HAPPY)
                .touchpoint(53, Channel.VISIT, Direction.INBOUND, "Popped in to ask about the balayage", null, Mood.HAPPY)
                .touchpoint(46, Channel.VISIT, Direction.INBOUND, "Came in to suggest early Saturday slots", null, Mood.NEUTRAL)
                .touchpoint(39, Channel.VISIT, Direction.INBOUND, "Dropped by for a bottle of shampoo", null, Mood.HAPPY).brief();
        assertThat(busyMonth.conversation().owner().rule()).isNotEqualTo("situation.rhythm-overdue");
        assertThat(allText(busyMonth)).doesNotContain("once a week");
    }

    /** Every text of the brief a caller reads, joined. */
    // ---- after the owner's reads of seeds 5101 and 7307 -------------------------------------------------

    @Test
    void aProspectWhoHasAskedAboutOneThingBeforeIsPickedUpWhereWeLeftOffNotAskedWhatTheyNeed() {
        Given given = new Given()
                .touchpoint(160, Channel.CALL, Direction.INBOUND, "Question from Lin Security: can we supply barcode scanners with a three-year warranty?", "Sent pricing.", Mood.HAPPY)
                .touchpoint(120, Channel.EMAIL, Direction.INBOUND, "Ayesha wanted to know if the barcode scanners work with their existing vans.", "Demo booked.", Mood.HAPPY)
                .touchpoint(80, Channel.EMAIL, Direction.INBOUND, "Ayesha asked about lead times for barcode scanners for the whole fleet.", "Sent pricing.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.phase()).isEqualTo(Phase.PROSPECT);
        assertThat(brief.conversation().owner().rule()).isEqualTo("prospect.history");
        assertThat(brief.conversation().goal().text()).contains("the barcode scanners");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(text -> text.contains("the barcode scanners three times") && text.contains("we sent the price"));
        assertThat(allText(brief)).doesNotContain("what problem they want to solve", "what else they are comparing us with",
                "what would make the decision easy for them");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aProspectWithOneEnquiryIsStillAskedWhatTheyNeed() {
        Brief brief = new Given()
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Asked whether we deliver on Saturdays.", null, Mood.NEUTRAL).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("prospect.history");
    }

    @Test
    void whatIsStillToArriveIsTalkedOfInTheLastWordsAboutItAndNamesTheThingAwaited() {
        Product dashCams = new Product(UUID.randomUUID(), "Vehicle dash camera", "Hardware", Complexity.SIMPLE, BigDecimal.TEN);
        Given given = new Given().bought(ALARM, 10, "4000").bought(dashCams, 6, "400")
                .touchpoint(10, Channel.MEETING, Direction.INBOUND, "Signed for the alarm system.", "Set up and running the same day.", Mood.HAPPY)
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Maggie asked to move the dash camera delivery to Thursday.", "Moved.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(brief.conversation().goal().text()).contains("dash camera").doesNotContain("alarm");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(text -> text.startsWith("Confirm the day") && text.contains("asked to move the dash camera delivery to Thursday"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aDeliveryToldOnlyInWordsAMonthAgoOrFollowedUpAfterItCameIsNoLongerAwaited() {
        Brief wordsOnly = new Given().bought(ALARM, 28)
                .touchpoint(28, Channel.VISIT, Direction.INBOUND, "Alarm ordered for Maggie; it comes from the warehouse, so about a week.", "Delivery booked.", Mood.HAPPY)
                .brief();
        assertThat(wordsOnly.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
        Brief followedUp = new Given().bought(ALARM, 9)
                .touchpoint(9, Channel.VISIT, Direction.INBOUND, "Alarm ordered for Maggie.", "Delivery booked.", Mood.HAPPY)
                .promised(2, "Call Maggie after the alarm is installed", 2).brief();
        assertThat(followedUp.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
    }

    @Test
    void aHappyNewClientIsAskedOnceHowTheirNewThingIsGoing() {
        Brief brief = new Given().bought(ALARM, 5).talked(3, Mood.HAPPY, "Called Maggie: the alarm is set up and she loves the app").brief();
        List<String> points = brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
        assertThat(points.stream().filter(text -> text.contains("enjoy most") || text.contains("first days")
                || text.contains("everything they wanted"))).hasSize(1);
    }

    @Test
    void aPinnedNoteThatAsksSomethingOfTheCallerIsReadOnceUnderRemember() {
        Brief brief = new Given().bought(KETTLE, 300).talked(20, Mood.HAPPY, "Chat")
                .note("Only interested in A-rated models; ask about recycling the old one.", true, 100).brief();
        assertThat(brief.remember()).extracting(BriefLine::text).anyMatch(text -> text.startsWith("Only interested in A-rated models"));
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).noneMatch(text -> text.contains("A-rated"));
    }

    @Test
    void aClientLapsedThroughOurSilenceHearsItWasOnUsOnce() {
        Brief brief = new Given().bought(KETTLE, 500)
                .touchpoint(500, Channel.VISIT, Direction.INBOUND, "Maggie bought the kettle.", "Took it home the same day.", Mood.HAPPY).brief();
        assertThat(brief.phase()).isEqualTo(Phase.LAPSED);
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .noneMatch(text -> text.contains("that we noticed"))
                .noneMatch(text -> text.contains("on us"))
                .anyMatch(text -> text.startsWith("Say that we have not been in touch"));
        assertThat(brief.conversation().opener().text()).contains("that's on us");
    }

    @Test
    void ourStrengthAcrossSeveralTradesIsSaidOnlyToAClientOfTwoOfThem() {
        Given salonOnly = new Given().bought(KETTLE, 100).talked(10, Mood.HAPPY, "Chatted about the kettle")
                .competitor("QuickBrew", "Small support team")
                .ours("One team for their hair, their home appliances and their business software, who already know them",
                        "Same-day delivery by our own van");
        assertThat(allText(salonOnly.brief()) + salonOnly.brief().competitors()).doesNotContain("One team for their hair");
        Given both = new Given().bought(KETTLE, 100).talked(10, Mood.HAPPY, "Chatted about the kettle, the other appliances, and the hair appointment on Friday")
                .competitor("QuickBrew", "Several vendors for one job")
                .ours("One team for their hair, their home appliances and their business software, who already know them");
        assertThat(allText(both.brief()) + both.brief().competitors()).contains("One team for their hair");
    }

    @Test
    void twoMessagesOfThisWeekWithNoAnswerYetAreNoSilence() {
        Brief brief = new Given().bought(KETTLE, 12).talked(8, Mood.NEUTRAL, "Checked in after the kettle: any trouble?")
                .touchpoint(6, Channel.EMAIL, Direction.OUTBOUND, "Reminded Maggie of the loyalty card", "Opened the message.", null)
                .touchpoint(5, Channel.MESSAGE, Direction.OUTBOUND, "Thank-you message with a photo", "No reply.", null).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.unanswered");
        assertThat(allText(brief)).doesNotContain("moved on");
    }

    @Test
    void aRhythmLongBrokenWhileStillInTouchIsNotAboutTimeForTheirUsual() {
        Product cut = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts", Complexity.SIMPLE, BigDecimal.TEN);
        Given given = new Given();
        for (int daysAgo : new int[] {400, 379, 358, 337}) {
            given.bought(cut, daysAgo, "50");
        }
        Brief brief = given.touchpoint(3, Channel.MESSAGE, Direction.OUTBOUND, "Quick how's it going message", "All good.", Mood.HAPPY).brief();
        assertThat(allText(brief)).doesNotContain("about the time you usually come back", "your last visit");
    }

    @Test
    void anOfferIsNotDecidedByBuyingAnotherThingThatSharesAWordWithIt() {
        Product fleet = new Product(UUID.randomUUID(), "Fleet Tracking licence", "Software", Complexity.COMPLEX, BigDecimal.TEN);
        Given given = new Given().bought(fleet, 400, "4000").bought(fleet, 30, "4000")
                .touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Presented the Dispatch licence to Maggie; interested, needs budget approval.", null, Mood.NEUTRAL)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Renewed the Fleet Tracking licence for another year.", "Acknowledged.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-pending");
        assertThat(allText(brief)).contains("\u201cinterested, needs budget approval\u201d").doesNotContain("they said: \u201cPresented");
    }

    @Test
    void aRequestClosedSinceIsNoAskStillWaitingForAnAnswer() {
        Given given = new Given().bought(KETTLE, 300).talked(100, Mood.HAPPY, "Chat")
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Asked us to stock a fragrance-free shampoo.", "Noted.", Mood.HAPPY);
        given.opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, OpportunityKind.REQUEST, OpportunityStatus.WON, null, null, null,
                "Asked us to stock a fragrance-free shampoo", TODAY.minusDays(40), TODAY.minusDays(20)));
        Brief brief = given.brief();
        assertThat(allText(brief)).doesNotContain("fragrance-free");
        assertThat(brief.openItems()).extracting(BriefLine::text).noneMatch(text -> text.contains("no answer logged"));
    }

    @Test
    void aProspectComparingUsWithACompetitorIsNotAskedToStay() {
        Brief brief = new Given()
                .touchpoint(10, Channel.MESSAGE, Direction.INBOUND, "Asked whether we do evening appointments.", "Sent the price list.", Mood.HAPPY)
                .competitor(CompetitorRelation.CONSIDERING, "The Colour Lab", "Waits of three weeks").brief();
        assertThat(brief.phase()).isEqualTo(Phase.PROSPECT);
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.competitor-considered");
        assertThat(allText(brief)).doesNotContain("reasons to stay", "lose by leaving");
    }

    @Test
    void aThingWhoseWarrantyTheyRegisteredHasArrived() {
        Brief brief = new Given().bought(KETTLE, 6)
                .touchpoint(6, Channel.CALL, Direction.INBOUND, "Maggie ordered the kettle by phone for collection on Monday.", "Paid in full.", Mood.HAPPY)
                .touchpoint(3, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie three tips for the kettle.", "Registered the warranty.", Mood.HAPPY).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
    }

    /** What the caller says: the goal, the opener, the next step and the talking points (no headline, tone or lines to avoid). */
    static String spokenText(Brief brief) {
        Brief.Conversation c = brief.conversation();
        StringBuilder text = new StringBuilder(c.goal().text()).append('\n').append(c.opener().text()).append('\n')
                .append(c.nextStep().text());
        c.talkingPoints().forEach(line -> text.append('\n').append(line.text()));
        return text.toString();
    }

    /** What the caller says ({@link #spokenText}), with the why of the call and the lines to avoid. */
    static String spokenWithWhyAndAvoid(Brief brief) {
        StringBuilder text = new StringBuilder(spokenText(brief)).append('\n').append(brief.conversation().owner().text());
        brief.conversation().avoid().forEach(line -> text.append('\n').append(line.text()));
        return text.toString();
    }

    static String allText(Brief brief) {
        StringBuilder text = new StringBuilder(brief.headline().text());
        Brief.Conversation c = brief.conversation();
        for (BriefLine line : new BriefLine[] {c.goal(), c.opener(), c.nextStep(), c.tone()}) {
            if (line != null) {
                text.append('\n').append(line.text());
            }
        }
        c.talkingPoints().forEach(line -> text.append('\n').append(line.text()));
        c.avoid().forEach(line -> text.append('\n').append(line.text()));
        return text.toString();
    }

    // ---- the owner's reads of December 5: filler, loyalty, unfinished set-ups, ratings, competitors ----

    private static List<String> pointTexts(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    @Test
    void aLongTimeClientWithNothingGoingOnGetsAShortBriefNotFillerQuestions() {
        Given given = new Given().bought(KETTLE, 700).bought(KETTLE, 200)
                .talked(400, Mood.HAPPY, "Yearly check").talked(3, Mood.NEUTRAL, "Talked about opening hours");
        Brief brief = given.brief();

        assertThat(brief.phase()).isEqualTo(Phase.MATURE);
        // Lines true of any client pad the brief: at most one, and the talk still has its goal and next step.
        assertThat(pointTexts(brief)).doesNotContain("Ask whether anything has bothered them lately, however small.",
                "Ask what they will need in the coming months.");
        assertThat(pointTexts(brief).size()).isLessThanOrEqualTo(2);
        assertThat(brief.conversation().goal()).isNotNull();
        assertThat(brief.conversation().nextStep()).isNotNull();
        assertThat(brief.warnings()).isEmpty();
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void oneSaleLongAgoIsNotThankedAsLoyaltyButSeveralAre() {
        Given once = new Given().bought(KETTLE, 640).talked(3, Mood.HAPPY, "Said the kettle still works well");
        Brief brief = once.brief();

        assertThat(brief.phase()).isEqualTo(Phase.MATURE);
        assertThat(allLines(brief)).noneMatch(BriefCritic::thanksForLoyalty);
        assertThat(brief.conversation().goal().text()).contains("what they would like from us next");
        assertThat(BriefCritic.check(once.input(), brief)).isEmpty();

        Product toaster = new Product(UUID.randomUUID(), "Four-slice toaster", "breakfast", Complexity.SIMPLE, BigDecimal.TEN);
        Product mixer = new Product(UUID.randomUUID(), "Stand mixer", "baking", Complexity.SIMPLE, BigDecimal.TEN);
        // Two visits months apart a year and a half ago are not yet a relationship either.
        Given twiceMonthsApart = new Given().bought(KETTLE, 570).bought(ALARM, 290).talked(3, Mood.HAPPY, "Said the kettle still works well");
        assertThat(allLines(twiceMonthsApart.brief())).noneMatch(BriefCritic::thanksForLoyalty);
        // A purchase and what came with it on the same day are one time they bought, not two.
        Given withItsInstallation = new Given().bought(KETTLE, 640).bought(ALARM, 640).talked(3, Mood.HAPPY, "Said the kettle still works well");
        assertThat(allLines(withItsInstallation.brief())).noneMatch(BriefCritic::thanksForLoyalty);

        Given often = new Given().bought(KETTLE, 640).bought(toaster, 400, "40").bought(mixer, 200, "90")
                .talked(3, Mood.HAPPY, "Said the kettle still works well");
        assertThat(allLines(often.brief())).anyMatch(BriefCritic::thanksForLoyalty);
    }

    @Test
    void aDelightedNewClientIsNotAskedForAReviewWhileTheSetUpIsUnfinished() {
        Given given = new Given().bought(ALARM, 20)
                .touchpoint(3, Channel.CALL, Direction.OUTBOUND, "Called Maggie a few days after the alarm went in; two door sensors still not paired, agreed a plan",
                        null, Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(brief.conversation().offerPolicy()).isNotEqualTo(OfferPolicy.OFFER_NEW);
        assertThat(allLines(brief)).noneMatch(line -> LineIntent.guess(BriefCritic.ownWords(line)) == LineIntent.ADVOCACY);
        assertThat(String.join("\n", pointTexts(brief))).contains("two door sensors still not paired");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();

        // Once they say it is all working, the review is welcome again.
        given.touchpoint(1, Channel.MESSAGE, Direction.INBOUND, "Sensors paired, all working now", null, Mood.EXCITED);
        assertThat(pointTexts(given.brief())).anyMatch(line -> line.contains("review"));
    }

    @Test
    void aLowRatingIsOwnedInTheirWordsNotThanked() {
        for (String rated : List.of("Rated 2/5; the driver was rude.", "Rated us 4/10 because support never called back.")) {
            Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 200).talked(60, Mood.HAPPY, "Yearly check")
                    .touchpoint(5, Channel.EMAIL, Direction.OUTBOUND, "Asked Maggie to rate the delivery.", rated, Mood.NEUTRAL);
            Brief brief = given.brief();
            String words = rated.contains("rude") ? "the driver was rude" : "support never called back";

            assertThat(brief.conversation().owner().rule()).as(rated).isEqualTo("situation.low-rating");
            assertThat(brief.conversation().goal().text()).as(rated).contains(words);
            assertThat(String.join("\n", pointTexts(brief))).as(rated).contains(words);
            assertThat(allLines(brief)).as(rated).noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).matches(".*\\bthank.*\\b(rating|review).*"));
            assertThat(brief.conversation().offerPolicy()).as(rated).isEqualTo(OfferPolicy.NO_OFFER);
            assertThat(BriefCritic.check(given.input(), brief)).as(rated).isEmpty();
        }
    }

    @Test
    void aRatingBelowTheTopWithWordsIsOwnedEvenInAnOrdinaryCall() {
        Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 200).talked(60, Mood.HAPPY, "Yearly check")
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Asked Maggie to rate the installation team.",
                        "Rated 4/5; the installers were late.", Mood.NEUTRAL);
        Brief brief = given.brief();

        assertThat(pointTexts(brief)).anyMatch(line -> line.contains("\u201cthe installers were late\u201d") && line.contains("own it"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aCompetitorIsAnsweredOnWhatTheClientSaidOfItNotOnAnotherOfItsWeakSpots() {
        Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Talked about opening hours")
                .ours("One suite: dispatch, tracking and hardware", "Local support team that knows the customer", "Works offline in the van");
        Competitor rival = new Competitor(UUID.randomUUID(), "TrackPilot", null, null, PriceLevel.LOWER, null);
        List<SwotItem> swot = List.of(
                new SwotItem(UUID.randomUUID(), rival.id(), Quadrant.WEAKNESS, "No dispatch or job management", null, null, null, 0),
                new SwotItem(UUID.randomUUID(), rival.id(), Quadrant.WEAKNESS, "Support by email only", null, null, null, 1),
                new SwotItem(UUID.randomUUID(), rival.id(), Quadrant.WEAKNESS, "Weak offline mode", null, null, null, 2));
        given.competitors.add(new BriefInput.LinkedCompetitor(rival,
                new CompetitorLink(UUID.randomUUID(), CLIENT, rival.id(), CompetitorRelation.MENTIONED, TODAY, "Worried about offline reliability."), swot));
        Brief brief = given.brief();

        assertThat(pointTexts(brief)).anyMatch(line -> line.contains("TrackPilot") && line.contains("Weak offline mode")
                && line.contains("Works offline in the van"));
        assertThat(pointTexts(brief)).noneMatch(line -> line.contains("TrackPilot") && line.contains("No dispatch"));
    }

    @Test
    void aThankYouOrACardWithNoReplyIsNoSilenceAfterARecentPurchase() {
        Given given = new Given().bought(KETTLE, 300).bought(KETTLE, 40, "30").bought(KETTLE, 400)
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Sent a neighbour to us for a new kettle", "Thanked them with a voucher", Mood.HAPPY)
                .touchpoint(38, Channel.EMAIL, Direction.OUTBOUND, "Thank-you email to Maggie with the kettle manual", "No reply.", null)
                .touchpoint(4, Channel.EMAIL, Direction.OUTBOUND, "Quick survey to Maggie about the delivery and the kettle", "No reply.", null)
                .touchpoint(1, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a card to welcome them to the new house", "No reply yet.", null);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.unanswered");
        assertThat(allLines(brief)).noneMatch(line -> line.contains("moved on"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void fittingAClientInIsABookingNotADelivery() {
        Given given = new Given().bought(KETTLE, 240).talked(200, Mood.HAPPY, "Yearly check")
                .touchpoint(6, Channel.VISIT, Direction.INBOUND, "Asked how often the kettle needs descaling", "Sent the price list.", Mood.NEUTRAL)
                .promised(-8, "Check whether Maya can fit Maggie in", null);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
        assertThat(allLines(brief)).noneMatch(line -> line.contains("still to be delivered"));
    }

    @Test
    void anAvoidLineSaidTwiceInOtherLengthsIsSaidOnceTheFullerWay() {
        Given given = new Given().rules("""
                {"rules": [{"code": "frame", "title": "Frame", "priority": 20, "when": {}, "suggest": {"goal": "Help them decide",
                  "avoid": ["Pushing for a decision today."]}},
                 {"code": "more", "title": "More", "priority": 10, "when": {},
                  "suggest": {"avoid": ["Pushing for a decision today, or offering something else on top."]}}]}""");
        assertThat(given.brief().conversation().avoid()).extracting(BriefLine::text)
                .containsExactly("Pushing for a decision today, or offering something else on top.");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Looked at the dishwasher on display for twenty minutes and asked lots of questions|Booked a home measure",
            "Maggie had a good look at the dishwasher|Will pop in next week to see it again",
            "Popped in on the way home with her sister|Said she would come in on the 14th to have a look at the dishwasher",
            "Came by to pay the invoice|Will come in Friday to see the dishwasher",
            "Was eyeing the dishwasher while she waited|Coming back on Saturday to try it"})
    void anInterestSaidInPassingLeadsOverAnOlderAsk(String summary, String outcome) {
        Given given = new Given()
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Asked about the range cooker", "Wants a quote", Mood.NEUTRAL)
                .touchpoint(6, Channel.VISIT, Direction.INBOUND, summary, outcome, Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(brief.conversation().goal().text()).contains("the dishwasher").doesNotContain("range cooker");
        assertThat(brief.conversation().opener().text()).contains("the dishwasher");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void anAnswerWePromisedMonthsAgoAndNeverGaveLeadsWithAnApology() {
        Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 200)
                .touchpoint(150, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a descaling guide", "Said thanks", Mood.HAPPY)
                .touchpoint(92, Channel.CALL, Direction.INBOUND, "Maggie wondered whether the kettle can be descaled with vinegar",
                        "Will call back after checking with the supplier", Mood.NEUTRAL);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.answer-owed-long");
        assertThat(brief.conversation().opener().text()).contains("vinegar").contains("sorry");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aQuoteSentForTheNewestInterestKeepsItLeading() {
        Given given = new Given()
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Asked about the range cooker after seeing it in the window", "Wants a quote", Mood.NEUTRAL)
                .touchpoint(17, Channel.VISIT, Direction.INBOUND, "Looked at the dishwasher on display for twenty minutes", "Booked a home measure", Mood.HAPPY)
                .promised(17, "Send Maggie the quote for the dishwasher", 17)
                .promised(14, "Ask Maggie whether they decided on the range cooker", 14);
        Brief brief = given.brief();

        assertThat(brief.conversation().goal().text()).contains("the dishwasher").doesNotContain("range cooker");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aQuoteThoughtOverLongAgoIsAskedAfterLightlyNotChased() {
        // A prospect who asked for a written quote 82 days ago and wanted to think it over: the quote is what to talk about
        Given prospect = new Given()
                .touchpoint(100, Channel.CALL, Direction.INBOUND, "Asked whether the induction hob needs special pans", "Explained", Mood.NEUTRAL)
                .touchpoint(82, Channel.VISIT, Direction.INBOUND, "Asked for a written quote for the induction hob", "Sent the quote; thinking it over", Mood.HAPPY);
        Brief brief = prospect.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().goal().text()).contains("the induction hob");
        assertThat(allLines(brief)).noneMatch(line -> line.contains("go ahead") || line.contains("what problem"));
        assertThat(BriefCritic.check(prospect.input(), brief)).isEmpty();

        // A client who liked what we suggested three months ago: no "would they like to go ahead?" as if it were last week
        Given client = new Given().bought(KETTLE, 400).bought(KETTLE, 150)
                .touchpoint(96, Channel.VISIT, Direction.OUTBOUND, "Suggested the descaling service to Maggie; interested, will think about it", "Wants a quote", Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie three recipes for the kettle", "Said thanks", Mood.HAPPY);
        brief = client.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().goal().text()).contains("the descaling service");
        assertThat(allLines(brief)).noneMatch(line -> line.contains("go ahead"));
        assertThat(BriefCritic.check(client.input(), brief)).isEmpty();

        // Our offer 70 days ago is no longer "thinking it over": it has gone quiet
        Brief offered = new Given().bought(KETTLE, 400).bought(KETTLE, 150)
                .touchpoint(70, Channel.VISIT, Direction.OUTBOUND, "Offered Maggie the descaling service; interested, will think about it", null, Mood.HAPPY)
                .brief();
        assertThat(offered.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");

        // Half a year on, it is history
        Brief old = new Given().bought(KETTLE, 400).bought(KETTLE, 150)
                .touchpoint(200, Channel.VISIT, Direction.OUTBOUND, "Offered Maggie the descaling service; interested, will think about it", null, Mood.HAPPY)
                .brief();
        assertThat(old.conversation().owner().rule()).isNotIn("situation.offer-gone-quiet", "situation.offer-pending");
    }

    @Test
    void aNewerInterestLeadsOverAnOlderRequestWhichIsStillSaid() {
        Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 150)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Wants the kettle engraved", 70)
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Looked at the smart alarm system for a while", "Will come in on Friday to see it working", Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(brief.conversation().goal().text()).contains("the smart alarm system");
        assertThat(pointTexts(brief)).anyMatch(line -> line.contains("engraved"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aProposalRequestedInTheOutcomesShorthandIsTheirAsk() {
        Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 150).bought(ALARM, 100)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a usage report for the alarm", "Said thanks", Mood.HAPPY)
                .touchpoint(7, Channel.MEETING, Direction.OUTBOUND, "Suggested the camera add-on to Maggie as the house grows", "Proposal requested", null)
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie tips for the alarm app", "Opened", null);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(brief.conversation().goal().text()).contains("proposal").contains("the camera add-on");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aTermThatRanOutIsSaidInPlainWords() {
        Given given = new Given().talked(30, Mood.HAPPY, "Chat about the summer");
        given.products.put(LICENCE.id(), LICENCE);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, LICENCE.id(), null, TODAY.minusDays(500), new BigDecimal("3600"),
                null, TODAY.minusDays(135)));
        assertThat(allText(given.brief())).contains("fell due on").contains("no renewal").doesNotContain("Their the");
    }

    @Test
    void aRivalsHighPriceIsNotAnsweredByAStrengthThatOnlySharesAWord() {
        Given given = new Given().bought(KETTLE, 400).bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Talked about opening hours")
                .ours("Simple online booking, day and night", "Clients feel remembered");
        Competitor rival = new Competitor(UUID.randomUUID(), "The Colour Lab", null, null, PriceLevel.HIGHER, null);
        List<SwotItem> swot = List.of(
                new SwotItem(UUID.randomUUID(), rival.id(), Quadrant.WEAKNESS, "Expensive for a simple cut", null, null, null, 0));
        given.competitors.add(new BriefInput.LinkedCompetitor(rival,
                new CompetitorLink(UUID.randomUUID(), CLIENT, rival.id(), CompetitorRelation.MENTIONED, TODAY, "Tried them once."), swot));
        Brief brief = given.brief();

        assertThat(pointTexts(brief)).filteredOn(line -> line.contains("The Colour Lab")).singleElement().satisfies(line -> {
            assertThat(line).contains("Expensive for a simple cut").contains("price").doesNotContain("online booking");
        });

        given.ours("Fair, clear prices for every cut");
        assertThat(pointTexts(given.brief())).anyMatch(line -> line.contains("Expensive for a simple cut") && line.contains("Fair, clear prices"));
    }

    private static List<String> allLines(Brief brief) {
        Brief.Conversation c = brief.conversation();
        List<String> lines = new ArrayList<>(pointTexts(brief));
        for (BriefLine line : java.util.Arrays.asList(c.goal(), c.opener(), c.nextStep())) {
            if (line != null) {
                lines.add(line.text());
            }
        }
        return lines;
    }
}
