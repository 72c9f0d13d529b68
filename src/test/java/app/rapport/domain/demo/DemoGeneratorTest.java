package app.rapport.domain.demo;

import app.rapport.domain.Client;
import app.rapport.domain.Competitor;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
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
import java.util.UUID;
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
                .contains("One client book for the salon, the shop and the sales team");
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
}
