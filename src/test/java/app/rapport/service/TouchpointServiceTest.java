package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.TimelinePage;
import app.rapport.domain.Touchpoint;
import app.rapport.store.BulkLoader;
import app.rapport.store.TestStores;
import app.rapport.store.FollowUpRepository;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TouchpointServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;
    private ClientService clients;
    private TouchpointService touchpoints;
    private Client client;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "touchpoints"), Clock.systemDefaultZone());
        clock = new TestClock(NOW);
        clients = new ClientService(store, clock);
        touchpoints = new TouchpointService(store, clock);
        client = clients.save(ClientServiceTest.person("Anna", "Berg", List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theTimelineSaysWhatKindOfConversationATouchpointWas() {
        Touchpoint decided = touchpoints.log(new Touchpoint(null, client.id(), NOW.minus(Duration.ofHours(2)), Channel.CALL,
                Direction.OUTBOUND, "Chose the bigger dryer", null, Mood.HAPPY, null,
                app.rapport.domain.ConversationType.DECISION_MAKING));
        Touchpoint unrecorded = touchpoints.log(new Touchpoint(null, client.id(), NOW.minus(Duration.ofHours(1)), Channel.EMAIL,
                Direction.INBOUND, "Asked about delivery", null, null, null));

        List<TimelineEntry> timeline = touchpoints.timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of());

        assertThat(timeline).extracting(TimelineEntry::sourceId, TimelineEntry::conversationType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(unrecorded.id(), null),
                org.assertj.core.groups.Tuple.tuple(decided.id(), app.rapport.domain.ConversationType.DECISION_MAKING));
    }

    @Test
    void loggingWithAFollowUpDateCreatesTheFollowUpAndMovesTheLastContact() {
        Touchpoint logged = touchpoints.log(new Touchpoint(null, client.id(), NOW.minus(Duration.ofHours(1)), Channel.CALL, null,
                " Asked about the new dryer ", "Sends photos", Mood.HAPPY, TODAY.plusDays(7)));

        assertThat(logged.id()).isNotNull();
        assertThat(logged.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(logged.summary()).isEqualTo("Asked about the new dryer");
        List<FollowUp> followUps = followUps();
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).dueOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(followUps.get(0).reason()).isEqualTo("Follow up on: Asked about the new dryer");
        assertThat(followUps.get(0).doneAt()).isNull();
        assertThat(store.dsl().select(FOLLOW_UP.SOURCE_TOUCHPOINT).from(FOLLOW_UP).fetchOne(FOLLOW_UP.SOURCE_TOUCHPOINT))
                .isEqualTo(logged.id());
        assertThat(lastTouchpointAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(clients.search("anna", 10).clients().get(0).nextFollowUpOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(clients.profile(client.id()).orElseThrow().recentTouchpoints()).containsExactly(logged);
    }

    @Test
    void anOlderTouchpointDoesNotMoveTheLastContactBack() {
        log(NOW.minus(Duration.ofDays(1)), null);
        log(NOW.minus(Duration.ofDays(9)), null);
        assertThat(lastTouchpointAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void aTouchpointClosesTheOpenFollowUpsDueByItsDayAndLeavesLaterOnesOpen() {
        Touchpoint first = log(NOW.minus(Duration.ofDays(10)), TODAY.minusDays(3));
        Touchpoint second = log(NOW.minus(Duration.ofDays(9)), TODAY);
        Touchpoint third = log(NOW.minus(Duration.ofDays(8)), TODAY.plusDays(1));
        assertThat(followUps()).allMatch(followUp -> followUp.doneAt() == null).hasSize(3);

        clock.advance(Duration.ofMinutes(5));
        Touchpoint today = log(NOW, TODAY.plusDays(30));

        assertThat(followUps()).extracting(FollowUp::dueOn, followUp -> followUp.doneAt() != null).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TODAY.minusDays(3), true),
                org.assertj.core.groups.Tuple.tuple(TODAY, true),
                org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(1), false),
                org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(30), false));
        assertThat(store.dsl().select(FOLLOW_UP.CLOSED_BY, FOLLOW_UP.DONE_AT).from(FOLLOW_UP).where(FOLLOW_UP.DONE_AT.isNotNull())
                .fetch()).allSatisfy(row -> {
                    assertThat(row.value1()).isEqualTo(today.id());
                    assertThat(row.value2()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
                });
        assertThat(clients.search("anna", 10).clients().get(0).nextFollowUpOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(List.of(first, second, third)).extracting(Touchpoint::id).doesNotContainNull();
    }

    @Test
    void anInvalidTouchpointIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> touchpoints.log(new Touchpoint(null, client.id(), NOW, Channel.CALL, Direction.INBOUND, "  ", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("summary"));
        assertThatThrownBy(() -> touchpoints.log(new Touchpoint(null, UUID.randomUUID(), NOW, Channel.CALL, Direction.INBOUND, "Hi", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("clientId"));
        assertThatThrownBy(() -> touchpoints.log(new Touchpoint(null, client.id(), NOW.plus(Duration.ofHours(25)), Channel.CALL,
                Direction.INBOUND, "Hi", null, null, TODAY.plusDays(2))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("occurredAt"));
        assertThatThrownBy(() -> touchpoints.log(new Touchpoint(null, client.id(), NOW, null, null, "Hi", null, null, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("channel", "followUpOn"));
        clients.delete(client.id());
        assertThatThrownBy(() -> log(NOW, null)).isInstanceOf(ValidationException.class);

        assertThat(store.dsl().fetchCount(TOUCHPOINT)).isZero();
        assertThat(store.dsl().fetchCount(FOLLOW_UP)).isZero();
        assertThat(lastTouchpointAt()).isNull();
        // Almost a day ahead (a time zone away) is fine.
        clients.restore(client.id());
        assertThat(log(NOW.plus(Duration.ofHours(23)), null).id()).isNotNull();
    }

    @Test
    void theTimelineMergesEverythingNewestFirstWithTitlesAndDetails() {
        Touchpoint call = touchpoints.log(new Touchpoint(null, client.id(), Instant.parse("2026-05-10T15:00:00Z"), Channel.CALL,
                Direction.INBOUND, "Dryer makes a noise", "Technician booked", Mood.FRUSTRATED, null));
        Touchpoint visit = touchpoints.log(new Touchpoint(null, client.id(), Instant.parse("2026-04-01T10:00:00Z"), Channel.VISIT,
                Direction.OUTBOUND, "Delivered the dryer", null, Mood.HAPPY, null));
        PurchaseService purchases = new PurchaseService(store, clock);
        Product dryer = purchases.saveProduct(new Product(null, "Dryer X2", "Appliances", Complexity.COMPLEX, new BigDecimal("499.00")));
        Purchase bought = purchases.save(new Purchase(null, client.id(), dryer.id(), null, LocalDate.of(2026, 3, 28),
                new BigDecimal("499.00"), LocalDate.of(2028, 3, 28), null));
        Purchase wrapped = purchases.save(new Purchase(null, client.id(), null, "Gift wrapping", LocalDate.of(2026, 3, 28), null, null, null));
        NoteService notes = new NoteService(store, clock);
        clock.advance(Duration.ofMinutes(1));
        Note pinned = notes.add(client.id(), "Allergic to latex", true);
        Opportunity refusal = new Opportunity(Ids.next(), client.id(), OpportunityKind.REFUSAL, OpportunityStatus.LOST, null,
                "PRICE", null, "Extended warranty offered", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2));
        Opportunity upsell = new Opportunity(Ids.next(), client.id(), OpportunityKind.UPSELL, OpportunityStatus.OPEN, null,
                null, "Has a big family", "Second dryer", LocalDate.of(2026, 5, 11), null);
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.opportunity(refusal);
            loader.opportunity(upsell);
            loader.flush();
            return null;
        });

        List<TimelineEntry> timeline = touchpoints.timeline(client.id(), Set.of(), Set.of());

        assertThat(timeline).containsExactly(
                new TimelineEntry(TimelineKind.NOTE, pinned.createdAt(), "Pinned note", "Allergic to latex", null, null, pinned.id()),
                new TimelineEntry(TimelineKind.OPPORTUNITY, Instant.parse("2026-05-11T12:00:00Z"), "Upsell \u00b7 open",
                        "Second dryer \u2014 Has a big family", null, null, upsell.id()),
                new TimelineEntry(TimelineKind.TOUCHPOINT, call.occurredAt(), "Call \u00b7 inbound",
                        "Dryer makes a noise \u2014 Technician booked", Channel.CALL, Mood.FRUSTRATED, call.id()),
                new TimelineEntry(TimelineKind.OPPORTUNITY, Instant.parse("2026-04-02T12:00:00Z"), "Refusal \u00b7 lost",
                        "Extended warranty offered \u2014 Price", null, null, refusal.id()),
                new TimelineEntry(TimelineKind.TOUCHPOINT, visit.occurredAt(), "Visit \u00b7 outbound", "Delivered the dryer",
                        Channel.VISIT, Mood.HAPPY, visit.id()),
                timeline.get(5), timeline.get(6));
        assertThat(timeline.subList(5, 7)).extracting(TimelineEntry::kind, TimelineEntry::at, TimelineEntry::title).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TimelineKind.PURCHASE, Instant.parse("2026-03-28T12:00:00Z"), "Dryer X2 \u00b7 499.00"),
                org.assertj.core.groups.Tuple.tuple(TimelineKind.PURCHASE, Instant.parse("2026-03-28T12:00:00Z"), "Gift wrapping"));
        assertThat(timeline.subList(5, 7)).extracting(TimelineEntry::sourceId).containsExactlyInAnyOrder(bought.id(), wrapped.id());
        assertThat(timeline).filteredOn(entry -> entry.sourceId().equals(bought.id()))
                .extracting(TimelineEntry::detail).containsExactly("Warranty until 2028-03-28");

        assertThat(touchpoints.timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of()))
                .extracting(TimelineEntry::sourceId).containsExactly(call.id(), visit.id());
        assertThat(touchpoints.timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of(Channel.VISIT)))
                .extracting(TimelineEntry::sourceId).containsExactly(visit.id());
        assertThat(touchpoints.timeline(client.id(), Set.of(TimelineKind.NOTE, TimelineKind.PURCHASE), Set.of()))
                .extracting(TimelineEntry::kind).containsExactly(TimelineKind.NOTE, TimelineKind.PURCHASE, TimelineKind.PURCHASE);
        // A channel filter narrows touchpoints only.
        assertThat(touchpoints.timeline(client.id(), Set.of(), Set.of(Channel.EMAIL)))
                .extracting(TimelineEntry::kind).doesNotContain(TimelineKind.TOUCHPOINT).hasSize(5);

        notes.delete(pinned.id());
        purchases.delete(wrapped.id());
        assertThat(touchpoints.timeline(client.id(), Set.of(), Set.of())).extracting(TimelineEntry::sourceId)
                .doesNotContain(pinned.id(), wrapped.id()).hasSize(5);
    }

    @Test
    void theTimelineOfAClientWithFiveThousandTouchpointsIsCompleteAndInOrder() {
        Channel[] channels = Channel.values();
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            for (int i = 0; i < 5_000; i++) {
                loader.touchpoint(new Touchpoint(Ids.next(), client.id(), NOW.minus(Duration.ofHours(5L * i + 1)), channels[i % channels.length],
                        i % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND, "Touchpoint " + i, null, Mood.NEUTRAL, null));
            }
            for (int i = 0; i < 20; i++) {
                loader.purchase(new Purchase(Ids.next(), client.id(), null, "Purchase " + i, TODAY.minusDays(1 + 30L * i), BigDecimal.ONE, null, null));
            }
            loader.flush();
            return null;
        });
        Client other = clients.save(ClientServiceTest.person("Bo", "Ek", List.of(), List.of()));
        log(NOW, null);
        touchpoints.log(new Touchpoint(null, other.id(), NOW, Channel.CALL, Direction.INBOUND, "Not Anna's", null, null, null));

        List<TimelineEntry> timeline = touchpoints.timeline(client.id(), Set.of(), Set.of());

        assertThat(timeline).hasSize(5_021);
        assertThat(timeline).isSortedAccordingTo(Comparator.comparing(TimelineEntry::at).reversed());
        assertThat(timeline.get(0).detail()).isEqualTo("Checked in");
        assertThat(timeline.get(1).title()).isEqualTo(channels[0].label() + " \u00b7 inbound");
        assertThat(timeline.get(1).detail()).isEqualTo("Touchpoint 0");
        assertThat(timeline).extracting(TimelineEntry::detail).doesNotContain("Not Anna's");
        assertThat(touchpoints.timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of(Channel.MESSAGE)))
                .hasSize(1_000).allMatch(entry -> entry.channel() == Channel.MESSAGE);
        assertThat(touchpoints.timeline(client.id(), Set.of(TimelineKind.PURCHASE), Set.of())).hasSize(20);
    }

    @Test
    void aTimelinePageIsTheNewestEntriesOfTheWholeTimelineAcrossKinds() {
        busyMixedTimeline();
        List<TimelineEntry> all = touchpoints.timeline(client.id(), Set.of(), Set.of());
        assertThat(all).hasSize(140)
                .extracting(TimelineEntry::kind).containsOnly(TimelineKind.values());

        for (int limit : new int[] {1, 2, 7, 20, 39, 40, 41, 100, 139, 140, 141, TouchpointService.TIMELINE_PAGE_SIZE}) {
            TimelinePage page = touchpoints.timelinePage(client.id(), Set.of(), Set.of(), limit);

            assertThat(page.entries()).as("the newest %d", limit).isEqualTo(all.subList(0, Math.min(limit, all.size())));
            assertThat(page.hasOlder()).as("older than the newest %d", limit).isEqualTo(limit < all.size());
        }
    }

    @Test
    void aTimelinePageFollowsTheFiltersAndSaysExactlyWhenThereAreOlderEntries() {
        busyMixedTimeline();
        List<Set<TimelineKind>> kindChoices = List.of(Set.of(TimelineKind.TOUCHPOINT), Set.of(TimelineKind.NOTE, TimelineKind.PURCHASE),
                Set.of(TimelineKind.OPPORTUNITY, TimelineKind.TOUCHPOINT), Set.of());
        List<Set<Channel>> channelChoices = List.of(Set.of(), Set.of(Channel.CALL), Set.of(Channel.VISIT, Channel.EMAIL));
        for (Set<TimelineKind> kinds : kindChoices) {
            for (Set<Channel> channels : channelChoices) {
                List<TimelineEntry> all = touchpoints.timeline(client.id(), kinds, channels);
                int total = all.size();
                assertThat(total).as("%s %s", kinds, channels).isGreaterThan(3);

                TimelinePage exactlyAll = touchpoints.timelinePage(client.id(), kinds, channels, total);
                TimelinePage oneShort = touchpoints.timelinePage(client.id(), kinds, channels, total - 1);
                TimelinePage half = touchpoints.timelinePage(client.id(), kinds, channels, total / 2);

                assertThat(exactlyAll.entries()).as("%s %s, all %d", kinds, channels, total).isEqualTo(all);
                assertThat(exactlyAll.hasOlder()).as("%s %s, all %d", kinds, channels, total).isFalse();
                assertThat(oneShort.entries()).isEqualTo(all.subList(0, total - 1));
                assertThat(oneShort.hasOlder()).as("%s %s, %d of %d", kinds, channels, total - 1, total).isTrue();
                assertThat(half.entries()).isEqualTo(all.subList(0, total / 2));
                assertThat(half.hasOlder()).isTrue();
            }
        }
    }

    @Test
    void entriesAtTheSameMomentArePagedInTheOrderOfTheWholeTimeline() {
        // Ids from elsewhere (an archive, another tool) need not be time-ordered: these differ in
        // the sign of their first half, where UUID.compareTo and the database disagree.
        Instant at = NOW.minus(Duration.ofHours(3));
        List<UUID> ids = List.of(new UUID(0x1000_0000_0000_7000L, 0x8000_0000_0000_0001L),
                new UUID(0x8000_0000_0000_7000L, 0x8000_0000_0000_0001L),
                new UUID(0x9000_0000_0000_7000L, 0x8000_0000_0000_0001L));
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            for (UUID id : ids) {
                loader.touchpoint(new Touchpoint(id, client.id(), at, Channel.CALL, Direction.INBOUND, "Same moment", null, null, null));
            }
            loader.flush();
            return null;
        });
        List<TimelineEntry> all = touchpoints.timeline(client.id(), Set.of(), Set.of());

        for (int limit = 1; limit <= 3; limit++) {
            assertThat(touchpoints.timelinePage(client.id(), Set.of(), Set.of(), limit).entries()).as("the newest %d", limit)
                    .isEqualTo(all.subList(0, limit));
        }
        assertThat(all).extracting(TimelineEntry::sourceId).containsExactly(ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void aTimelinePageOfNothingOrOfANonsenseSize() {
        assertThat(touchpoints.timelinePage(client.id(), Set.of(), Set.of(), 10)).isEqualTo(new TimelinePage(List.of(), false));
        assertThatThrownBy(() -> touchpoints.timelinePage(client.id(), Set.of(), Set.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * 60 touchpoints on rotating channels, 30 notes, 30 purchases and 20 opportunities over the
     * same weeks, so that every page boundary falls between kinds; some purchases, opportunities
     * and touchpoints share a day, and a touchpoint sits at noon beside that day's purchases.
     */
    private void busyMixedTimeline() {
        Channel[] channels = Channel.values();
        Instant start = NOW.minus(Duration.ofDays(120));
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            for (int i = 0; i < 60; i++) {
                loader.touchpoint(new Touchpoint(Ids.next(), client.id(), start.plus(Duration.ofHours(47L * i)), channels[i % channels.length],
                        Direction.OUTBOUND, "Touchpoint " + i, null, null, null));
            }
            loader.touchpoint(new Touchpoint(Ids.next(), client.id(), TODAY.minusDays(30).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
                    Channel.VISIT, Direction.INBOUND, "Picked up the order at noon", null, null, null));
            for (int i = 0; i < 29; i++) {
                Instant at = start.plus(Duration.ofHours(97L * i + 5));
                loader.note(new Note(Ids.next(), client.id(), "Note " + i, i % 10 == 0, at, at));
            }
            for (int i = 0; i < 30; i++) {
                loader.purchase(new Purchase(Ids.next(), client.id(), null, "Purchase " + i, TODAY.minusDays(30L + (i / 2) * 6L),
                        new BigDecimal(10 + i), null, null));
            }
            for (int i = 0; i < 20; i++) {
                loader.opportunity(new Opportunity(Ids.next(), client.id(), OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null,
                        null, "Request " + i, TODAY.minusDays(30L + (i / 2) * 6L), null));
            }
            loader.flush();
            return null;
        });
    }

    private Touchpoint log(Instant at, LocalDate followUpOn) {
        return touchpoints.log(new Touchpoint(null, client.id(), at, Channel.CALL, Direction.OUTBOUND, "Checked in", null, null, followUpOn));
    }

    private List<FollowUp> followUps() {
        return new FollowUpRepository(store.dsl()).forClient(client.id());
    }

    private Instant lastTouchpointAt() {
        return store.dsl().select(app.rapport.store.jooq.Tables.CLIENT.LAST_TOUCHPOINT_AT).from(app.rapport.store.jooq.Tables.CLIENT)
                .fetchOne(app.rapport.store.jooq.Tables.CLIENT.LAST_TOUCHPOINT_AT);
    }
}
