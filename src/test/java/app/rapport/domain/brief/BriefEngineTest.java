package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
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
        Client client = new Client(CLIENT, ClientKind.PERSON, "Margaret", "Hale", "Margaret Hale", null, "Maggie",
                null, null, null, null, null, null, null, null, NOW.minus(800, ChronoUnit.DAYS), NOW, null);
        final List<Purchase> purchases = new ArrayList<>();
        final List<Touchpoint> touchpoints = new ArrayList<>();
        final List<Opportunity> opportunities = new ArrayList<>();
        final List<FollowUp> followUps = new ArrayList<>();
        final List<BriefInput.LinkedCompetitor> competitors = new ArrayList<>();
        final List<SwotItem> ours = new ArrayList<>();
        Playbook playbook = PlaybookJson.defaults();

        Given bought(Product product, int daysAgo) {
            purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), null, TODAY.minusDays(daysAgo), BigDecimal.TEN, null, null));
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
            Competitor competitor = new Competitor(UUID.randomUUID(), name, null, null, PriceLevel.LOWER, null);
            List<SwotItem> swot = new ArrayList<>();
            for (String weakness : weaknesses) {
                swot.add(new SwotItem(UUID.randomUUID(), competitor.id(), Quadrant.WEAKNESS, weakness, null, null, null, swot.size()));
            }
            swot.add(new SwotItem(UUID.randomUUID(), competitor.id(), Quadrant.STRENGTH, "Cheap", null, null, null, swot.size()));
            competitors.add(new BriefInput.LinkedCompetitor(competitor,
                    new CompetitorLink(UUID.randomUUID(), CLIENT, competitor.id(), CompetitorRelation.MENTIONED, TODAY, "Said they are cheaper"), swot));
            return this;
        }

        Given ours(String... strengths) {
            for (String strength : strengths) {
                ours.add(new SwotItem(UUID.randomUUID(), null, Quadrant.STRENGTH, strength, "Client survey", TODAY.minusDays(30), null, ours.size()));
            }
            return this;
        }

        Given rules(String json) {
            playbook = PlaybookJson.parse(json);
            return this;
        }

        BriefInput input() {
            return new BriefInput(client, purchases, Map.of(KETTLE.id(), KETTLE, ALARM.id(), ALARM), touchpoints, opportunities, followUps,
                    competitors, ours, BriefSettings.DEFAULTS, playbook, ZoneOffset.UTC, List.of());
        }

        Brief brief() {
            return BriefEngine.build(input(), NOW);
        }
    }

    @Test
    void theDefaultPlaybookIsValidAndBigEnough() {
        assertThat(PlaybookJson.defaults().rules()).hasSizeGreaterThanOrEqualTo(28);
        for (Phase phase : Phase.values()) {
            for (Mood mood : Mood.values()) {
                assertThat(forPhaseAndMood(phase, mood).warnings()).as(phase + " " + mood).isEmpty();
            }
        }
    }

    /** A client in {@code phase} whose latest touchpoint had {@code mood}. */
    static Brief forPhaseAndMood(Phase phase, Mood mood) {
        Given given = new Given();
        switch (phase) {
            case PROSPECT -> given.talked(40, Mood.NEUTRAL, "Asked about prices").talked(3, mood, "Came in to look at kettles");
            case HONEYMOON -> given.bought(KETTLE, 30).talked(25, Mood.HAPPY, "Thanked us for the kettle")
                    .talked(3, mood, "Asked how to descale the kettle");
            case MATURE -> given.bought(KETTLE, 700).bought(KETTLE, 200).talked(400, Mood.HAPPY, "Yearly check")
                    .talked(100, Mood.NEUTRAL, "Asked about opening hours").talked(3, mood, "Asked how to descale the kettle");
            case LAPSED -> given.bought(KETTLE, 900).talked(500, mood, "Asked how to descale the kettle");
        }
        return given.brief();
    }

    @ParameterizedTest
    @EnumSource(Mood.class)
    void everyPhaseAndMoodGivesASensibleConversation(Mood mood) {
        for (Phase phase : Phase.values()) {
            Brief brief = forPhaseAndMood(phase, mood);
            String what = phase + " " + mood;
            boolean upset = mood == Mood.FRUSTRATED || mood == Mood.REGRETFUL;
            Phase expectedPhase = phase == Phase.HONEYMOON && upset ? Phase.MATURE : phase; // upset ends the honeymoon
            assertThat(brief.phase()).as(what).isEqualTo(expectedPhase);
            assertThat(brief.mood()).as(what).isEqualTo(mood);
            Brief.Conversation c = brief.conversation();
            assertThat(c.tone()).as(what).isNotNull();
            assertThat(c.goal()).as(what).isNotNull();
            assertThat(c.nextStep()).as(what).isNotNull();
            assertThat(c.opener().text()).as(what).contains("Maggie");
            assertThat(c.talkingPoints()).as(what).hasSizeBetween(3, 6);
            assertThat(c.talkingPoints()).as(what).allSatisfy(line -> assertThat(line.rule()).isNotBlank());
            assertThat(c.talkingPoints()).as(what).allSatisfy(line -> assertThat(line.text()).doesNotContain("{"));
            if (upset) {
                assertThat(c.offerPolicy()).as(what).isEqualTo(OfferPolicy.NO_OFFER);
                assertThat(c.type()).as(what).isEqualTo(ConversationType.TRANSACTIONAL);
            } else if (expectedPhase == Phase.HONEYMOON) {
                assertThat(c.tone().text()).as(what).contains("fast");
                assertThat(c.offerPolicy()).as(what).isEqualTo(mood == Mood.DOUBTFUL ? OfferPolicy.ONLY_WHAT_NEEDED : OfferPolicy.OFFER_NEW);
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
        Brief complained = new Given().bought(KETTLE, 20).talked(2, Mood.HAPPY, "Chat").complaint(false).brief();
        assertThat(complained.phase()).isEqualTo(Phase.MATURE);
        assertThat(complained.phaseWhy().text()).contains("complained");
    }

    @Test
    void aPurchaseFollowedBySilenceIsGhostingAfterTheWindowOfItsComplexity() {
        assertThat(new Given().bought(KETTLE, 20).brief().ghosted()).isFalse();
        Brief simple = new Given().bought(KETTLE, 22).brief();
        assertThat(simple.ghosted()).isTrue();
        assertThat(simple.conversation().opener().rule()).isEqualTo("ghosting.recover");
        assertThat(simple.conversation().opener().text()).contains("Maggie", "Copper kettle", "22 days");
        assertThat(new Given().bought(ALARM, 8).brief().ghosted()).isTrue();
        assertThat(new Given().bought(ALARM, 6).brief().ghosted()).isFalse();
        assertThat(new Given().bought(ALARM, 8).talked(2, Mood.HAPPY, "Set-up call").brief().ghosted()).isFalse();
    }

    @Test
    void anOpenComplaintMeansNoOfferUntilResolved() {
        Brief open = new Given().bought(KETTLE, 10).talked(1, Mood.EXCITED, "Loves the kettle").complaint(true).brief();
        assertThat(open.conversation().offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(open.conversation().offerPolicyRule()).isEqualTo("care.open-complaint");
        assertThat(open.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("Kettle lid rattles"));
        assertThat(open.conversation().avoid()).extracting(BriefLine::text).anyMatch(text -> text.contains("complaint"));
        Brief resolved = new Given().bought(KETTLE, 10).talked(1, Mood.EXCITED, "Loves the kettle").complaint(false).brief();
        assertThat(resolved.conversation().offerPolicy()).isNotEqualTo(OfferPolicy.NO_OFFER);
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
            // The cards the talking point used are not said a second time.
            assertThat(c.points()).extracting(BriefLine::text).containsExactly(
                    "Where they fall short: No home delivery", "Our answer: Friendly staff who know every kettle");
            assertThat(c.points()).allSatisfy(line -> assertThat(line.source()).isNotBlank());
            assertThat(c.avoid()).extracting(BriefLine::text).containsExactly("Competing on price: they are stronger there (cheap).");
        });
    }

    @Test
    void aMapFullOfCardsStillGivesAtMostTwoCompetitorTalkingPointsAndNoRepeats() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.DOUBTFUL, "Thinks about going elsewhere")
                .competitor("KettleKing", "Slow repairs", "No home delivery", "Short warranty", "Pushy staff", "Small range", "Far away")
                .ours("We repair in-house", "Two-year warranty", "Friendly staff", "Big range", "In the town centre").brief();

        List<BriefLine> competitorPoints = brief.conversation().talkingPoints().stream()
                .filter(line -> line.rule().startsWith("competitor.")).toList();
        assertThat(competitorPoints).extracting(BriefLine::rule).containsExactly("competitor.considering-leave", "competitor.mentioned");
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
        assertThat(brief.conversation().typeRule()).isEqualTo("renewal.due");
        assertThat(brief.conversation().goal().text()).contains("Boiler service plan", TODAY.plusDays(12).toString());
        assertThat(brief.openItems()).extracting(BriefLine::text).contains("Renewal of Boiler service plan is due on " + TODAY.plusDays(12));
        assertThat(new Given().bought(KETTLE, 300).renewal(45).talked(20, Mood.HAPPY, "Yearly check").brief().conversation().typeRule())
                .isNotEqualTo("renewal.due");
    }

    @Test
    void onConflictTheHigherPriorityWinsAndTheOverriddenRuleIsRecorded() {
        Brief brief = new Given().bought(KETTLE, 10).talked(1, Mood.HAPPY, "Chat").rules("""
                {"rules": [
                  {"code": "low", "title": "Low", "priority": 10, "when": {}, "suggest": {"tone": "formal", "offerPolicy": "offer-new"}},
                  {"code": "high", "title": "High", "priority": 90, "when": {"phase": "honeymoon"}, "suggest": {"tone": "cheerful"}},
                  {"code": "off", "title": "Off", "priority": 99, "enabled": false, "when": {}, "suggest": {"tone": "grumpy"}}
                ]}""").brief();
        assertThat(brief.conversation().tone()).isEqualTo(new BriefLine("cheerful", "high"));
        assertThat(brief.conversation().offerPolicy()).isEqualTo(OfferPolicy.OFFER_NEW);
        assertThat(brief.overrides()).containsExactly(new Brief.Override("tone", "high", "cheerful", "low", "formal"));
    }

    @Test
    void aRuleThatCannotBeEvaluatedIsSkippedWithAWarning() {
        Brief brief = new Given().bought(KETTLE, 10).talked(1, Mood.HAPPY, "Chat").rules("""
                {"rules": [
                  {"code": "good", "title": "Good", "priority": 10, "when": {}, "suggest": {"tone": "warm", "talkingPoints": ["Hello {greeting}"]}},
                  {"code": "moon", "title": "Moon", "priority": 90, "when": {"moonPhase": "full"}, "suggest": {"tone": "howling"}},
                  {"code": "typo", "title": "Typo", "priority": 80, "when": {}, "suggest": {"talkingPoints": ["Hi {greting}"]}},
                  {"code": "kind", "title": "Kind", "priority": 70, "when": {}, "suggest": {"type": "gossip"}},
                  {"code": "range", "title": "Range", "priority": 60, "when": {"daysSincePurchase": "lots"}, "suggest": {"tone": "x"}}
                ]}""").brief();
        assertThat(brief.conversation().tone()).isEqualTo(new BriefLine("warm", "good"));
        assertThat(brief.conversation().talkingPoints()).containsExactly(new BriefLine("Hello Maggie", "good"));
        assertThat(brief.warnings()).anyMatch(w -> w.startsWith("Rule moon skipped") && w.contains("moonPhase"))
                .anyMatch(w -> w.startsWith("Rule typo skipped") && w.contains("{greting}"))
                .anyMatch(w -> w.startsWith("Rule kind skipped") && w.contains("gossip"))
                .anyMatch(w -> w.startsWith("Rule range skipped"));
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
        assertThat(brief.conversation().opener().rule()).isEqualTo("opener.after-unhappy");
        assertThat(brief.conversation().opener().text()).contains("on the phone 3 days ago", "put right");
    }

    @Test
    void theOpenerRefersBackToThePriorTouchpointByTheNameTheyLike() {
        Brief brief = new Given().bought(KETTLE, 200).talked(40, Mood.HAPPY, "Older chat")
                .talked(6, Mood.NEUTRAL, "Asked about a spare lid for the kettle.").brief();
        assertThat(brief.priorTouchpoint().summary()).isEqualTo("Asked about a spare lid for the kettle.");
        assertThat(brief.priorTouchpoint().channel()).isEqualTo(Channel.CALL);
        assertThat(brief.conversation().opener().text()).isEqualTo(
                "Hi Maggie, good to talk again. The last time we spoke on the phone was 6 days ago: how have things been since?");
        assertThat(brief.conversation().opener().rule()).isEqualTo("opener.refer-back");
        assertThat(brief.headline().text()).contains("Margaret Hale", "Maggie", "mature", "Copper kettle", "200 days ago");
    }

    @Test
    void trustGatesTheDeeperConversations() {
        Given given = new Given().bought(KETTLE, 700).bought(KETTLE, 200);
        for (int i = 0; i < 12; i++) {
            given.talked(600 - i * 40, Mood.HAPPY, "Chat " + i);
        }
        Brief trusted = given.talked(2, Mood.EXCITED, "Loved the new kettle").brief();
        assertThat(trusted.trust()).isEqualTo(TrustLevel.HIGH);
        assertThat(trusted.conversation().type()).isEqualTo(ConversationType.COLLABORATION);

        Brief stranger = new Given().bought(KETTLE, 10).talked(2, Mood.NEUTRAL, "First call").rules("""
                {"rules": [{"code": "deep", "title": "Deep", "priority": 10, "when": {}, "suggest": {"type": "collaboration"}}]}""").brief();
        assertThat(stranger.trust()).isEqualTo(TrustLevel.LOW);
        assertThat(stranger.conversation().type()).isEqualTo(ConversationType.DECISION_MAKING);
        assertThat(stranger.conversation().typeRule()).isEqualTo("fact:trust");
        assertThat(stranger.overrides()).singleElement().satisfies(o -> {
            assertThat(o.field()).isEqualTo("type");
            assertThat(o.overriddenRule()).isEqualTo("deep");
            assertThat(o.winningValue()).contains("trust is low");
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
        assertThat(brief.conversation().talkingPoints()).hasSizeBetween(3, 6);
    }

    @Test
    void touchpointsAfterTheInstantAreIgnored() {
        Brief brief = new Given().bought(KETTLE, 30).talked(2, Mood.HAPPY, "Before").talked(-2, Mood.REGRETFUL, "After").brief();
        assertThat(brief.mood()).isEqualTo(Mood.HAPPY);
        assertThat(brief.priorTouchpoint().summary()).isEqualTo("Before");
    }
}
