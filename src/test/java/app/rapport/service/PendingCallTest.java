package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A call that rang (a screen pop) is kept as pending for the client at once, and is no contact
 * made until it is logged: every reader of touchpoints sees the book as it was before the ring.
 * Logging it completes that same call; one never logged shows as unfinished the next day.
 */
class PendingCallTest {
    private static final Instant NOW = Instant.parse("2026-05-14T10:42:00Z");
    private static final String NUMBER = "020 7946 0018";

    @TempDir
    Path folder;

    private TestClock clock;
    private Store store;
    private Services services;
    private UUID maria;
    private Instant lastContact;

    @BeforeEach
    void open() {
        clock = new TestClock(NOW);
        store = Store.open(TestStores.location(folder, "pending"), clock);
        services = new Services(store, clock);
        services.contacts().changePhoneFormat("GB", PhoneNumbers.Style.NATIONAL);
        maria = services.clients().save(ClientBuilder.person("Maria", "Okafor").phone("mobile", "+44 20 7946 0018").build()).id();
        Product oven = services.purchases().saveProduct(new Product(null, "Steam oven", "kitchen", Complexity.COMPLEX, BigDecimal.valueOf(900)));
        services.purchases().save(new Purchase(null, maria, oven.id(), null, LocalDate.of(2026, 2, 1), oven.price(), null, null));
        lastContact = NOW.minus(Duration.ofDays(40));
        services.touchpoints().log(new Touchpoint(null, maria, lastContact, Channel.VISIT, Direction.INBOUND,
                "Came in about the oven's descaling", null, Mood.HAPPY, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The services that read or write touchpoints, over one store (as RapportServices puts them together). */
    private record Services(ClientService clients, PurchaseService purchases, TouchpointService touchpoints, CallService calls,
                            BriefService briefs, TodayService today, SegmentService segments, DashboardService dashboard,
                            ArchiveService archive, ContactService contacts, PrivacyService privacy) {
        Services(Store store, TestClock clock) {
            this(new ClientService(store, clock), new PurchaseService(store, clock), new TouchpointService(store, clock),
                    new CallService(store, clock), new BriefService(store, clock), new TodayService(store, clock),
                    new SegmentService(store, clock), new DashboardService(store, clock), new ArchiveService(store, clock),
                    new ContactService(store, clock), new PrivacyService(store, clock));
        }
    }

    @Test
    void aRingKeepsThePendingCallForTheOneClientWhoseNumberItIs() {
        CallService.IncomingCall call = services.calls().ring(NUMBER);

        assertThat(call.client()).map(ClientSummary::id).contains(maria);
        assertThat(call.pendingCallId()).isNotNull();
        assertThat(services.calls().pendingCalls(maria)).singleElement().satisfies(pending -> {
            assertThat(pending.id()).isEqualTo(call.pendingCallId());
            assertThat(pending.rangAt()).isEqualTo(NOW);
            assertThat(pending.number()).isEqualTo("+44 20 7946 0018");
            assertThat(pending.unfinished()).as("it rang today").isFalse();
        });
    }

    @Test
    void aNumberNobodyOrSeveralHaveKeepsNoPendingCall() {
        services.clients().save(ClientBuilder.person("Anna", "Berg").phone("home", "01632 960123").build());
        services.clients().save(ClientBuilder.person("Ben", "Berg").phone("home", "01632 960123").build());

        assertThat(services.calls().ring("01632 960999").pendingCallId()).isNull();
        assertThat(services.calls().ring("01632 960123").pendingCallId()).as("who is calling is not known yet").isNull();
    }

    @Test
    void aPendingCallIsNoContactMadeForAnyReaderOfTouchpoints() throws IOException {
        // The first brief writes the built-in playbook into the book: read once so both snapshots come after it.
        snapshot("first");
        Snapshot before = snapshot("before");

        services.calls().ring(NUMBER);
        Snapshot during = snapshot("during");

        assertThat(during.brief.priorTouchpoint()).as("the brief's last time is still the visit")
                .isEqualTo(before.brief.priorTouchpoint());
        assertThat(during.brief).as("the whole brief").isEqualTo(before.brief);
        assertThat(during.today).as("Today").isEqualTo(before.today);
        assertThat(during.listed.lastTouchpointAt()).as("the client list's last contact").isEqualTo(lastContact);
        assertThat(during.state).as("client state (days since, mood, ghosted)").isEqualTo(before.state);
        assertThat(during.silentFor30Days).as("a segment of clients silent for 30 days").isEqualTo(1).isEqualTo(before.silentFor30Days);
        assertThat(during.touchpointsByWeek).as("the dashboard").isEqualTo(before.touchpointsByWeek);
        assertThat(during.archiveCounts).as("the JSON archive").isEqualTo(before.archiveCounts);
        assertThat(during.csv).as("the CSV export").isEqualTo(before.csv);
        assertThat(during.timeline).as("the timeline's entries").isEqualTo(before.timeline);
    }

    @Test
    void loggingThePendingCallCompletesThatCallOnce() {
        CallService.IncomingCall call = services.calls().ring(NUMBER);
        clock.advance(Duration.ofMinutes(6));

        Touchpoint logged = services.touchpoints().log(callLog(call.pendingCallId(), call.at()));

        assertThat(logged.id()).isEqualTo(call.pendingCallId());
        assertThat(services.calls().pendingCalls(maria)).as("completed, no longer pending").isEmpty();
        assertThat(services.touchpoints().timeline(maria, Set.of(), Set.of()))
                .filteredOn(entry -> entry.channel() == Channel.CALL).singleElement()
                .extracting(TimelineEntry::at).isEqualTo(NOW);
        assertThat(services.briefs().brief(maria).orElseThrow().priorTouchpoint().occurredAt()).as("now it is the last time").isEqualTo(NOW);
        assertThatThrownBy(() -> services.touchpoints().log(callLog(call.pendingCallId(), call.at())))
                .as("a second form for the same call").isInstanceOf(ValidationException.class)
                .hasMessageContaining("This call is logged already");
        assertThat(services.touchpoints().timeline(maria, Set.of(), Set.of())).filteredOn(entry -> entry.channel() == Channel.CALL).hasSize(1);
    }

    @Test
    void aCallNeverLoggedIsUnfinishedTheNextDayAndCanBeLoggedOrDiscarded() {
        UUID first = services.calls().ring(NUMBER).pendingCallId();
        clock.advance(Duration.ofHours(2));
        UUID second = services.calls().ring(NUMBER).pendingCallId();
        clock.advance(Duration.ofDays(1));

        assertThat(services.calls().pendingCalls(maria)).extracting(CallService.PendingCall::id, CallService.PendingCall::unfinished)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, true), org.assertj.core.groups.Tuple.tuple(second, true));

        assertThat(services.calls().discard(first)).isTrue();
        assertThat(services.calls().discard(first)).as("gone already").isFalse();
        services.touchpoints().log(callLog(second, NOW.plus(Duration.ofHours(2))));

        assertThat(services.calls().pendingCalls(maria)).isEmpty();
        assertThat(services.touchpoints().timeline(maria, Set.of(), Set.of())).filteredOn(entry -> entry.channel() == Channel.CALL)
                .extracting(TimelineEntry::sourceId).containsExactly(second);
    }

    @Test
    void aClientErasedTakesTheirPendingCallsWithThem() {
        services.calls().ring(NUMBER);

        services.privacy().erase(maria);

        assertThat(services.calls().pendingCalls(maria)).isEmpty();
    }

    private Touchpoint callLog(UUID pendingCallId, Instant rang) {
        return new Touchpoint(pendingCallId, maria, rang, Channel.CALL, Direction.INBOUND, "Asked when the descaler arrives", null,
                Mood.HAPPY, null);
    }

    /** What every reader of touchpoints says about the book. */
    private Snapshot snapshot(String name) throws IOException {
        var archive = services.archive().exportTo(folder.resolve(name + ".json"), false);
        Path csv = folder.resolve(name + ".csv");
        services.contacts().exportCsv(List.of(maria), csv, false);
        return new Snapshot(services.briefs().brief(maria).orElseThrow(),
                services.today().queue().items(),
                services.clients().search("", 10).clients().get(0),
                store.dsl().selectFrom(CLIENT_STATE).where(CLIENT_STATE.CLIENT_ID.eq(maria)).fetchOne().intoMap(),
                services.segments().count(new SegmentCriteria(null, null, null, null, null, 30, null, null, null, null, null, null, null, null)),
                services.dashboard().touchpointsByWeek(),
                archive.counts(),
                Files.readString(csv),
                services.touchpoints().timeline(maria, Set.of(), Set.of()));
    }

    private record Snapshot(app.rapport.domain.brief.Brief brief, List<?> today, ClientSummary listed, java.util.Map<String, Object> state,
                            int silentFor30Days, Object touchpointsByWeek, java.util.Map<String, Long> archiveCounts, String csv,
                            List<TimelineEntry> timeline) {
    }
}
