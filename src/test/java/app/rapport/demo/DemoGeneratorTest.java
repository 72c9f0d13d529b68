package app.rapport.demo;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.Competitor;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-06-15T14:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final Instant TWO_YEARS_AGO = NOW.minus(Duration.ofDays(730));
    private static final int CLIENTS = 2_000;

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void sameSeedGivesTheSameCatalogAndClients(DemoBusiness business) {
        DemoGenerator a = new DemoGenerator(42L, business, NOW);
        DemoGenerator b = new DemoGenerator(42L, business, NOW);

        assertThat(b.catalog()).isEqualTo(a.catalog());
        assertThat(a.catalog()).isEqualTo(a.catalog());
        for (int i = 0; i < 200; i++) {
            assertThat(b.client(i)).isEqualTo(a.client(i));
        }
    }

    @Test
    void aClientDoesNotDependOnWhichClientsWereMadeBefore() {
        DemoGenerator forward = new DemoGenerator(7L, DemoBusiness.MIXED, NOW);
        List<DemoClient> inOrder = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inOrder.add(forward.client(i));
        }
        DemoGenerator backward = new DemoGenerator(7L, DemoBusiness.MIXED, NOW);
        for (int i = 49; i >= 0; i--) {
            assertThat(backward.client(i)).isEqualTo(inOrder.get(i));
        }
        assertThat(new DemoGenerator(7L, DemoBusiness.MIXED, NOW).client(1234))
                .isEqualTo(forward.client(1234));
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void differentSeedsGiveDifferentData(DemoBusiness business) {
        DemoGenerator a = new DemoGenerator(1L, business, NOW);
        DemoGenerator b = new DemoGenerator(2L, business, NOW);

        assertThat(b.catalog()).isNotEqualTo(a.catalog());
        int same = 0;
        for (int i = 0; i < 100; i++) {
            if (a.client(i).client().displayName().equals(b.client(i).client().displayName())) {
                same++;
            }
            assertThat(b.client(i)).isNotEqualTo(a.client(i));
        }
        assertThat(same).isLessThan(20);
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void clientsLookLikeARealClientBase(DemoBusiness business) {
        DemoGenerator generator = new DemoGenerator(2024L, business, NOW);
        Set<UUID> productIds = generator.catalog().products().stream().map(Product::id).collect(Collectors.toSet());
        Set<UUID> competitorIds = generator.catalog().competitors().stream().map(Competitor::id).collect(Collectors.toSet());
        Set<UUID> ids = new HashSet<>();
        EnumSet<Mood> moods = EnumSet.noneOf(Mood.class);
        long touchpoints = 0;
        int refusalsWithReason = 0;
        int withPurchases = 0;
        int companies = 0;

        for (int i = 0; i < CLIENTS; i++) {
            DemoClient demo = generator.client(i);
            Client client = demo.client();
            assertThat(ids.add(client.id())).isTrue();
            assertThat(client.displayName()).isNotBlank();
            assertThat(client.createdAt()).isAfterOrEqualTo(TWO_YEARS_AGO).isBefore(NOW);
            assertThat(client.updatedAt()).isAfterOrEqualTo(client.createdAt()).isBeforeOrEqualTo(NOW);
            if (client.kind() == app.rapport.domain.ClientKind.COMPANY) {
                companies++;
                assertThat(client.companyName()).isEqualTo(client.displayName());
            }

            List<Touchpoint> tps = demo.touchpoints();
            touchpoints += tps.size();
            Instant previous = client.createdAt();
            for (Touchpoint tp : tps) {
                assertThat(ids.add(tp.id())).isTrue();
                assertThat(tp.clientId()).isEqualTo(client.id());
                assertThat(tp.occurredAt()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(NOW).isAfterOrEqualTo(TWO_YEARS_AGO);
                assertThat(tp.summary()).isNotBlank().doesNotContain("{", "}", "null");
                previous = tp.occurredAt();
                if (tp.mood() != null) {
                    moods.add(tp.mood());
                }
            }
            assertThat(client.lastTouchpointAt()).isEqualTo(tps.isEmpty() ? null : tps.get(tps.size() - 1).occurredAt());

            if (!demo.purchases().isEmpty()) {
                withPurchases++;
            }
            LocalDate previousDay = LocalDate.ofInstant(client.createdAt(), ZoneOffset.UTC);
            for (Purchase p : demo.purchases()) {
                assertThat(ids.add(p.id())).isTrue();
                assertThat(p.purchasedOn()).isAfterOrEqualTo(previousDay).isBeforeOrEqualTo(TODAY);
                assertThat(p.amount()).isPositive();
                if (p.productId() != null) {
                    assertThat(productIds).contains(p.productId());
                } else {
                    assertThat(p.description()).isNotBlank();
                }
                previousDay = p.purchasedOn();
            }

            for (Opportunity o : demo.opportunities()) {
                assertThat(ids.add(o.id())).isTrue();
                assertThat(o.openedOn()).isBeforeOrEqualTo(TODAY);
                assertThat(o.summary()).isNotBlank().doesNotContain("{", "null");
                if (o.closedOn() != null) {
                    assertThat(o.closedOn()).isAfterOrEqualTo(o.openedOn()).isBeforeOrEqualTo(TODAY);
                }
                if (o.productId() != null) {
                    assertThat(productIds).contains(o.productId());
                }
                if (o.kind() == OpportunityKind.REFUSAL) {
                    assertThat(o.reasonCode()).isIn("PRICE", "TIMING", "NO_NEED", "COMPETITOR", "QUALITY", "OTHER");
                    assertThat(o.reasonText()).isNotBlank();
                    refusalsWithReason++;
                }
            }
            demo.competitorLinks().forEach(link -> {
                assertThat(competitorIds).contains(link.competitorId());
                assertThat(link.notedOn()).isBeforeOrEqualTo(TODAY);
            });
            demo.notes().forEach(note -> assertThat(note.createdAt()).isAfterOrEqualTo(client.createdAt()).isBeforeOrEqualTo(NOW));
            for (FollowUp f : demo.followUps()) {
                assertThat(f.dueOn()).isBefore(TODAY.plusWeeks(6));
                assertThat(f.reason()).isNotBlank();
                if (f.doneAt() != null) {
                    assertThat(f.doneAt()).isBeforeOrEqualTo(NOW);
                }
            }
        }

        double mean = touchpoints / (double) CLIENTS;
        assertThat(mean).isBetween(8.0, 12.0);
        assertThat(moods).containsExactlyInAnyOrder(Mood.values());
        assertThat(refusalsWithReason).isPositive();
        assertThat(withPurchases).isBetween(CLIENTS * 3 / 4, CLIENTS * 95 / 100);
        if (business == DemoBusiness.FIELD) {
            assertThat(companies).isGreaterThan(CLIENTS / 2);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void everyCompetitorHasAFullSwotMapAndSoDoWe(DemoBusiness business) {
        DemoCatalog catalog = new DemoGenerator(5L, business, NOW).catalog();
        assertThat(catalog.products()).isNotEmpty();
        assertThat(catalog.competitors()).isNotEmpty();

        Map<UUID, Map<Quadrant, List<SwotItem>>> maps = new HashMap<>();
        for (SwotItem item : catalog.swotItems()) {
            assertThat(item.text()).isNotBlank();
            assertThat(item.evidence()).isNotBlank();
            assertThat(item.observedOn()).isBeforeOrEqualTo(TODAY).isAfter(TODAY.minusYears(2));
            maps.computeIfAbsent(item.competitorId(), k -> new HashMap<>())
                    .computeIfAbsent(item.quadrant(), k -> new ArrayList<>()).add(item);
        }
        assertThat(maps).containsKey(null);
        for (Competitor c : catalog.competitors()) {
            assertThat(maps).containsKey(c.id());
        }
        assertThat(maps).hasSize(catalog.competitors().size() + 1);
        maps.values().forEach(map -> {
            assertThat(map.keySet()).containsExactlyInAnyOrder(Quadrant.values());
            map.values().forEach(cards -> {
                assertThat(cards.size()).isBetween(3, 6);
                assertThat(cards.stream().map(SwotItem::position).sorted().toList())
                        .isEqualTo(java.util.stream.IntStream.range(0, cards.size()).boxed().toList());
            });
        });
        Set<UUID> ids = new HashSet<>();
        catalog.swotItems().forEach(item -> assertThat(ids.add(item.id())).isTrue());
        catalog.products().forEach(p -> assertThat(ids.add(p.id())).isTrue());
        catalog.competitors().forEach(c -> assertThat(ids.add(c.id())).isTrue());
    }

    @Test
    void mixedHoldsAllThreeBusinesses() {
        long seed = 99L;
        DemoGenerator mixed = new DemoGenerator(seed, DemoBusiness.MIXED, NOW);
        DemoBusiness[] singles = {DemoBusiness.SALON, DemoBusiness.SHOP, DemoBusiness.FIELD};
        List<Set<UUID>> productsByBusiness = new ArrayList<>();
        Set<UUID> allProducts = new HashSet<>();
        Set<UUID> allCompetitors = new HashSet<>();
        for (DemoBusiness b : singles) {
            DemoCatalog single = new DemoGenerator(seed, b, NOW).catalog();
            Set<UUID> ids = single.products().stream().map(Product::id).collect(Collectors.toSet());
            productsByBusiness.add(ids);
            allProducts.addAll(ids);
            single.competitors().forEach(c -> allCompetitors.add(c.id()));
        }
        DemoCatalog catalog = mixed.catalog();
        assertThat(catalog.products().stream().map(Product::id).collect(Collectors.toSet())).isEqualTo(allProducts);
        assertThat(catalog.competitors().stream().map(Competitor::id).collect(Collectors.toSet())).isEqualTo(allCompetitors);

        int[] purchasesSeen = new int[3];
        for (int i = 0; i < 600; i++) {
            DemoClient demo = mixed.client(i);
            Set<UUID> own = productsByBusiness.get(i % 3);
            for (Purchase p : demo.purchases()) {
                if (p.productId() != null) {
                    assertThat(own).contains(p.productId());
                    purchasesSeen[i % 3]++;
                }
            }
        }
        for (int count : purchasesSeen) {
            assertThat(count).isGreaterThan(50);
        }
    }

    @Test
    void theMixedBusinessHasOneMapOfItsOwnNotAMixOfTheThreeTrades() {
        Set<String> tradeCards = new HashSet<>();
        for (DemoBusiness b : new DemoBusiness[] {DemoBusiness.SALON, DemoBusiness.SHOP, DemoBusiness.FIELD}) {
            new DemoGenerator(5L, b, NOW).catalog().swotItems().stream().filter(card -> card.competitorId() == null)
                    .forEach(card -> tradeCards.add(card.text()));
        }
        List<SwotItem> ours = new DemoGenerator(5L, DemoBusiness.MIXED, NOW).catalog().swotItems().stream()
                .filter(card -> card.competitorId() == null).toList();

        assertThat(ours).extracting(SwotItem::quadrant).contains(Quadrant.values());
        assertThat(ours).extracting(SwotItem::text).noneMatch(tradeCards::contains)
                .contains("One team for their hair, their home appliances and their business software, who already know them");
        for (Quadrant q : Quadrant.values()) {
            assertThat(ours.stream().filter(card -> card.quadrant() == q).map(SwotItem::position))
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, (int) ours.stream().filter(c -> c.quadrant() == q).count())
                            .boxed().toList());
        }
    }

    @Test
    void namesAreVariedEnoughForSearch() {
        DemoGenerator generator = new DemoGenerator(3L, DemoBusiness.SALON, NOW);
        Set<String> names = new HashSet<>();
        int matchingAn = 0;
        for (int i = 0; i < 1_000; i++) {
            Client c = generator.client(i).client();
            names.add(c.displayName());
            if (c.displayName().toLowerCase().contains("an")) {
                matchingAn++;
            }
        }
        assertThat(names.size()).isGreaterThan(900);
        assertThat(matchingAn).isGreaterThan(150);
    }

    // ---------------------------------------------------------------- a history that holds together

    /** Clients per business and seed in the coherence checks below. */
    private static final int STORIES = 1_500;
    private static final long[] SEEDS = {1L, 7L, 2024L};

    /** Every client of a book, with what the generator meant by each touchpoint, and their purchases by product. */
    private record Story(DemoGenerator.Traced traced, Map<String, List<LocalDate>> bought) {
        DemoClient demo() {
            return traced.client();
        }

        Profile profile() {
            return traced.profile();
        }

        /** Days the client bought the product with this index (a negative one is a free-text purchase). */
        List<LocalDate> boughtOn(int product) {
            String name = product >= 0 ? profile().products[product].name() : profile().freeTexts[-1 - product].description();
            return bought.getOrDefault(name, List.of());
        }

        boolean boughtBetween(int product, LocalDate from, LocalDate to) {
            return boughtOn(product).stream().anyMatch(day -> !day.isBefore(from) && !day.isAfter(to));
        }

        String ref(int product) {
            return product >= 0 ? profile().products[product].ref() : profile().freeTexts[-1 - product].ref();
        }
    }

    private static List<Story> stories(DemoBusiness business, long seed) {
        DemoGenerator generator = new DemoGenerator(seed, business, NOW);
        Map<UUID, String> names = new HashMap<>();
        generator.catalog().products().forEach(p -> names.put(p.id(), p.name()));
        List<Story> out = new ArrayList<>(STORIES);
        for (int i = 0; i < STORIES; i++) {
            DemoGenerator.Traced traced = generator.traced(i);
            if (i < 100) {
                assertThat(traced.client()).isEqualTo(generator.client(i));
            }
            assertThat(traced.kinds()).hasSize(traced.client().touchpoints().size());
            Map<String, List<LocalDate>> bought = new HashMap<>();
            for (Purchase p : traced.client().purchases()) {
                String name = p.productId() != null ? names.get(p.productId()) : p.description();
                bought.computeIfAbsent(name, k -> new ArrayList<>()).add(p.purchasedOn());
            }
            out.add(new Story(traced, bought));
        }
        return out;
    }

    private static LocalDate day(Touchpoint tp) {
        return LocalDate.ofInstant(tp.occurredAt(), ZoneOffset.UTC);
    }

    private static boolean mentions(String text, String ref) {
        return Pattern.compile("\\b" + Pattern.quote(ref) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /** Words that say something was repaired or put right. */
    private static final Pattern REPAIR = Pattern.compile("\\b(engineers?|technicians?|repair|repaired|fixed)\\b");

    private static boolean aboutSomethingNew(int kind) {
        return kind == Profile.ENQUIRY || kind == Profile.OFFER || kind == Profile.REFUSAL;
    }

    private static String who(Story story, Touchpoint tp) {
        return story.demo().client().displayName() + ", " + tp.occurredAt() + ": " + tp.summary() + " / " + tp.outcome()
                + " / " + tp.mood();
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void whatATouchpointSaysTheClientHasTheyHadBoughtByThatDay(DemoBusiness business) {
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                Profile pf = story.profile();
                List<Touchpoint> tps = story.demo().touchpoints();
                for (int j = 0; j < tps.size(); j++) {
                    Touchpoint tp = tps.get(j);
                    int kind = story.traced().kinds()[j];
                    int product = story.traced().products()[j];
                    LocalDate day = day(tp);
                    if (product != DemoGenerator.Traced.NO_PRODUCT && mentions(tp.summary(), story.ref(product))) {
                        if (aboutSomethingNew(kind)) {
                            // What we offer or they ask about is something they do not have yet.
                            assertThat(story.boughtBetween(product, LocalDate.MIN, day.minusDays(1))).as(who(story, tp)).isFalse();
                        } else {
                            assertThat(story.boughtBetween(product, LocalDate.MIN, day)).as(who(story, tp)).isTrue();
                        }
                    }
                    if (pf.key.equals("salon") || aboutSomethingNew(kind) || kind == Profile.INFO) {
                        continue;
                    }
                    String text = (tp.summary() + " " + (tp.outcome() == null ? "" : tp.outcome())).toLowerCase(Locale.ROOT);
                    if (text.contains("deliver") || text.contains("install")) {
                        // A delivery or an installation is of something delivered that the client bought.
                        boolean delivered = false;
                        for (int p = -pf.freeTexts.length; p < pf.products.length; p++) {
                            int group = p >= 0 ? pf.products[p].group() : pf.freeTexts[-1 - p].group();
                            delivered |= ((pf.bookingGroups >> group) & 1) != 0 && story.boughtBetween(p, LocalDate.MIN, day);
                        }
                        assertThat(delivered).as(who(story, tp)).isTrue();
                    }
                    if (REPAIR.matcher(text).find()) {
                        assertThat(story.demo().purchases()).as(who(story, tp))
                                .anyMatch(p -> !p.purchasedOn().isAfter(day));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void everyPurchaseHasItsContactOnTheDayEvenForAClientWithNoOtherHistory(DemoBusiness business) {
        int withoutOtherContacts = 0;
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                DemoClient demo = story.demo();
                java.util.Set<LocalDate> contactDays = new java.util.HashSet<>();
                demo.touchpoints().forEach(tp -> contactDays.add(day(tp)));
                for (Purchase p : demo.purchases()) {
                    assertThat(contactDays).as(demo.client().displayName() + " bought " + p.description() + " on " + p.purchasedOn())
                            .contains(p.purchasedOn());
                }
                if (!demo.purchases().isEmpty() && demo.touchpoints().size() == new java.util.HashSet<>(demo.purchases().stream()
                        .map(Purchase::purchasedOn).toList()).size()) {
                    withoutOtherContacts++;
                }
            }
        }
        assertThat(withoutOtherContacts).as("buyers we never otherwise spoke to are still in the book").isPositive();
    }

    @Test
    void aClientOfOneTradeHearsOnlyOfThatTradesProducts() {
        Profile[] trades = {SalonProfile.PROFILE, ShopProfile.PROFILE, FieldProfile.PROFILE};
        DemoGenerator mixed = new DemoGenerator(3L, DemoBusiness.MIXED, NOW);
        for (int i = 0; i < 900; i++) {
            DemoClient demo = mixed.client(i);
            for (int t = 0; t < trades.length; t++) {
                if (t == i % 3) {
                    continue;
                }
                for (Profile.ProductSpec product : trades[t].products) {
                    for (Touchpoint tp : demo.touchpoints()) {
                        assertThat(mentions(tp.summary(), product.ref())).as(tp.summary() + " mentions " + product.ref()).isFalse();
                    }
                }
            }
        }
    }

    private static boolean silent(String outcome) {
        String lower = outcome == null ? "" : outcome.toLowerCase(Locale.ROOT);
        return lower.startsWith("no reply") || lower.startsWith("no answer") || lower.startsWith("opened");
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void onlyAClientWhoAnsweredHasAMood(DemoBusiness business) {
        int unanswered = 0;
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                for (Touchpoint tp : story.demo().touchpoints()) {
                    boolean ourMessage = tp.direction() == Direction.OUTBOUND
                            && (tp.channel() == Channel.EMAIL || tp.channel() == Channel.MESSAGE);
                    if (ourMessage && tp.mood() != null) {
                        assertThat(tp.outcome()).as(who(story, tp)).isNotNull();
                    }
                    if (silent(tp.outcome())) {
                        assertThat(tp.mood()).as(who(story, tp)).isNull();
                        unanswered++;
                    }
                    if (tp.outcome() != null && tp.outcome().startsWith("No answer")) {
                        assertThat(tp.channel()).as(who(story, tp)).isEqualTo(Channel.CALL);
                    } else if (silent(tp.outcome())) {
                        assertThat(ourMessage).as(who(story, tp)).isTrue();
                    }
                }
            }
        }
        assertThat(unanswered).isGreaterThan(STORIES / 10);
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void aMoodTurnsSourOnlyWithAComplaintOnRecordAndAFixCalmsItDown(DemoBusiness business) {
        int fixed = 0;
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                List<Touchpoint> tps = story.demo().touchpoints();
                List<Opportunity> complaints = story.demo().opportunities().stream()
                        .filter(o -> o.kind() == OpportunityKind.COMPLAINT).toList();
                for (int j = 0; j < tps.size(); j++) {
                    Touchpoint tp = tps.get(j);
                    int kind = story.traced().kinds()[j];
                    if (tp.mood() == Mood.FRUSTRATED || kind == Profile.COMPLAINT) {
                        assertThat(kind).as(who(story, tp)).isEqualTo(Profile.COMPLAINT);
                        assertThat(complaints).as(who(story, tp)).anyMatch(o -> o.openedOn().equals(day(tp)));
                    }
                    if (tp.mood() == Mood.REGRETFUL) {
                        assertThat(kind).as(who(story, tp)).isIn(Profile.COMPLAINT, Profile.DOUBT);
                    }
                    if (kind == Profile.FIX) {
                        assertThat(tp.mood() == null || tp.mood().tone() >= 0).as(who(story, tp)).isTrue();
                        int product = story.traced().products()[j];
                        boolean answersAComplaint = false;
                        for (int k = 0; k < j; k++) {
                            answersAComplaint |= story.traced().kinds()[k] == Profile.COMPLAINT
                                    && story.traced().products()[k] == product
                                    && !day(tps.get(k)).isBefore(day(tp).minusDays(8));
                        }
                        assertThat(answersAComplaint).as(who(story, tp)).isTrue();
                    }
                }
                for (Opportunity complaint : complaints) {
                    if (complaint.status() != OpportunityStatus.WON) {
                        continue;
                    }
                    fixed++;
                    // Put right on the day it closed, and the client took it well (or said nothing).
                    boolean putRight = false;
                    for (int j = 0; j < tps.size(); j++) {
                        Touchpoint tp = tps.get(j);
                        putRight |= story.traced().kinds()[j] == Profile.FIX && day(tp).equals(complaint.closedOn())
                                && (tp.mood() == null || tp.mood().tone() >= 0);
                    }
                    assertThat(putRight).as(story.demo().client().displayName() + ": " + complaint).isTrue();
                }
            }
        }
        assertThat(fixed).isPositive();
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void aClientNeverTurnsDownWhatTheyBuyAndWhatTheyTakeIsBought(DemoBusiness business) {
        Set<String> won = Set.of("Ordered.", "Booked it.", "Renewed.", "Renewed with more users.");
        int refusals = 0;
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                DemoClient demo = story.demo();
                for (Opportunity o : demo.opportunities()) {
                    if (o.productId() == null) {
                        continue;
                    }
                    List<LocalDate> days = demo.purchases().stream().filter(p -> o.productId().equals(p.productId()))
                            .map(Purchase::purchasedOn).toList();
                    if (o.kind() == OpportunityKind.REFUSAL) {
                        refusals++;
                        assertThat(days).as(demo.client().displayName() + " refused and bought: " + o).isEmpty();
                    }
                    if ((o.kind() == OpportunityKind.UPSELL || o.kind() == OpportunityKind.REQUEST)
                            && o.status() == OpportunityStatus.WON) {
                        assertThat(days).as(demo.client().displayName() + ": " + o).contains(o.closedOn());
                    }
                }
                List<Touchpoint> tps = demo.touchpoints();
                for (int j = 0; j < tps.size(); j++) {
                    Touchpoint tp = tps.get(j);
                    if (tp.outcome() != null && won.contains(tp.outcome())) {
                        int product = story.traced().products()[j];
                        assertThat(product != DemoGenerator.Traced.NO_PRODUCT
                                && story.boughtBetween(product, day(tp), day(tp).plusDays(45))).as(who(story, tp)).isTrue();
                    }
                }
            }
        }
        assertThat(refusals).isPositive();
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void everyNextStepATouchpointPromisedIsOnTheList(DemoBusiness business) {
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                DemoClient demo = story.demo();
                List<LocalDate> promised = demo.touchpoints().stream().map(Touchpoint::followUpOn)
                        .filter(java.util.Objects::nonNull).sorted().toList();
                List<LocalDate> listed = demo.followUps().stream().map(FollowUp::dueOn).sorted().toList();
                assertThat(listed).as(demo.client().displayName()).isEqualTo(promised);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DemoBusiness.class)
    void nothingInAHistoryContradictsTheClientsNotes(DemoBusiness business) {
        int cautious = 0;
        for (long seed : SEEDS) {
            for (Story story : stories(business, seed)) {
                DemoClient demo = story.demo();
                Client client = demo.client();
                String notes = demo.notes().stream().map(Note::body).collect(Collectors.joining("\n"));
                List<String> said = new ArrayList<>();
                demo.touchpoints().forEach(tp -> said.add(tp.summary() + " " + tp.outcome()));
                if (notes.contains("rather than call") || notes.contains("over calls")) {
                    cautious++;
                    assertThat(client.preferredChannel()).as(client.displayName()).isNotEqualTo(Channel.CALL);
                    assertThat(demo.touchpoints()).as(client.displayName()).noneMatch(tp -> tp.channel() == Channel.CALL);
                }
                for (Touchpoint tp : demo.touchpoints()) {
                    int hour = tp.occurredAt().atZone(ZoneOffset.UTC).getHour();
                    if (tp.channel() == Channel.CALL && notes.contains("Do not call before 10am")) {
                        assertThat(hour).as(who(story, tp)).isGreaterThanOrEqualTo(10);
                    }
                    if (tp.channel() == Channel.CALL && notes.contains("school pick-up (3 to 4pm)")) {
                        assertThat(hour).as(who(story, tp)).isNotEqualTo(15);
                    }
                    if (tp.channel() == Channel.VISIT
                            && (notes.contains("Prefers appointments after 5pm") || client.tags().contains("late-appointments"))) {
                        assertThat(hour).as(who(story, tp)).isGreaterThanOrEqualTo(17);
                    }
                }
                if (notes.contains("Do NOT post photos online") || client.tags().contains("no-photos")) {
                    cautious++;
                    assertThat(notes).doesNotContain("Happy to be photographed");
                    assertThat(said).as(client.displayName()).noneMatch(text -> text.contains("Instagram before leaving")
                            || text.contains("tagged the salon") || text.contains("salon camera"));
                }
                if (notes.contains("Cash buyer")) {
                    assertThat(client.tags()).doesNotContain("financing");
                    assertThat(notes).doesNotContain("0% plan");
                    assertThat(said).as(client.displayName()).noneMatch(text -> text.contains("inancing"));
                }
                if (notes.contains("Likes a quiet appointment")) {
                    assertThat(said).as(client.displayName()).noneMatch(text -> text.contains("hatted") || text.contains("chatty"));
                }
            }
        }
        if (business != DemoBusiness.FIELD) {
            assertThat(cautious).isPositive();
        }
    }
}
