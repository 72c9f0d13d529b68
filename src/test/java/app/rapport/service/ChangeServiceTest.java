package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.Operation;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(NOW);
    private Store store;
    private ClientService clients;
    private ChangeService changes;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "book"), clock);
        clients = new ClientService(store, clock);
        changes = new ChangeService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aScriptedSessionIsLoggedInOrderWithOldAndNewValues() {
        Client maya = clients.save(ClientServiceTest.person("Maya", "Okafor", List.of("+44 7700 900123"), List.of(), "vip"));
        clock.advance(Duration.ofMinutes(5));
        clients.save(ClientBuilder.from(maya).lastName("Lindqvist").displayName("Maya Lindqvist").build());
        clock.advance(Duration.ofMinutes(5));
        Touchpoint call = new TouchpointService(store, clock).log(new Touchpoint(null, maya.id(), NOW.plus(Duration.ofMinutes(10)), Channel.CALL,
                Direction.OUTBOUND, "Asked how the new cut is settling in", null, Mood.HAPPY, null));
        clock.advance(Duration.ofMinutes(5));
        clients.delete(maya.id());
        clients.restore(maya.id());

        List<Change> logged = changes.since(0, maya.id(), 1_000);
        List<Change> ofClientRow = logged.stream().filter(change -> change.entity().equals("client")).toList();
        assertThat(ofClientRow).extracting(Change::operation)
                .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.UPDATE, Operation.DELETE, Operation.RESTORE);
        assertThat(ofClientRow.get(0).columns().get("display_name").after()).isEqualTo("Maya Okafor");
        Change rename = ofClientRow.get(1);
        assertThat(rename.columns().get("last_name").before()).isEqualTo("Okafor");
        assertThat(rename.columns().get("last_name").after()).isEqualTo("Lindqvist");
        assertThat(rename.columns()).doesNotContainKey("first_name");
        assertThat(rename.at()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(rename.author()).isEqualTo("me");
        Change touchpoint = logged.stream().filter(change -> change.entity().equals("touchpoint")).findFirst().orElseThrow();
        assertThat(touchpoint.rowId()).isEqualTo(call.id().toString());
        assertThat(touchpoint.columns().get("summary").after()).isEqualTo("Asked how the new cut is settling in");
        assertThat(touchpoint.columns().get("mood").after()).isEqualTo("HAPPY");
        // the touchpoint also moved the client's last contact: one change of the client row
        assertThat(ofClientRow.get(2).columns()).containsKey("last_touchpoint_at");
        assertThat(ofClientRow.get(3).columns().get("deleted_at").after()).isNotNull();
        assertThat(ofClientRow.get(4).columns().get("deleted_at").after()).isNull();
        assertThat(logged).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRenameLeavesThePhonesEmailsAndTagsAsTheyWereAndLogsOnlyTheRename() {
        Client maya = clients.save(ClientServiceTest.person("Maya", "Okafor", List.of("+44 7700 900123"), List.of("maya@example.org"), "vip"));
        long before = changes.since(0, maya.id(), 1_000).size();

        clients.save(ClientBuilder.from(clients.profile(maya.id()).orElseThrow().client()).lastName("Lindqvist").displayName("Maya Lindqvist").build());

        // rewritten with new ids, they would be changes of their own: to the log, and to a laptop's sync (both sides' rows kept)
        List<Change> all = changes.since(0, maya.id(), 1_000);
        List<Change> renamed = all.subList((int) before, all.size());
        assertThat(renamed).extracting(Change::entity).containsExactly("client");
        Client saved = clients.profile(maya.id()).orElseThrow().client();
        assertThat(saved.phones()).extracting(ContactPoint::value).containsExactly("+44 7700 900123");
        assertThat(saved.emails()).extracting(ContactPoint::value).containsExactly("maya@example.org");
        assertThat(saved.tags()).containsExactly("vip");

        clients.save(ClientBuilder.from(saved).phone("work", "0161 496 0000").build());
        assertThat(clients.profile(maya.id()).orElseThrow().client().phones()).extracting(ContactPoint::value)
                .containsExactly("+44 7700 900123", "0161 496 0000");
    }

    @Test
    void aRolledBackTransactionLeavesNoChangeAndNoState() {
        long before = changes.lastSeq();

        assertThatThrownBy(() -> store.inTransaction(dsl -> {
            dsl.insertInto(CLIENT).set(CLIENT.ID, java.util.UUID.randomUUID()).set(CLIENT.DISPLAY_NAME, "Ghost")
                    .set(CLIENT.CREATED_AT, NOW).set(CLIENT.UPDATED_AT, NOW).execute();
            throw new IllegalStateException("the user cancelled");
        })).hasMessage("the user cancelled");

        assertThat(changes.lastSeq()).isEqualTo(before);
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();
        assertThat(store.dsl().fetchCount(CLIENT_STATE)).isZero();
    }

    @Test
    void theClientStateFollowsTheLogNotTheServices() {
        Client ada = clients.save(ClientServiceTest.person("Ada", "Byron", List.of(), List.of()));
        // a write no service made: the state still follows, because it follows the captured change
        store.inTransaction(dsl -> dsl.update(CLIENT).set(CLIENT.BIRTHDAY, java.time.LocalDate.of(1990, 12, 10))
                .where(CLIENT.ID.eq(ada.id())).execute());

        assertThat(store.dsl().select(CLIENT_STATE.BIRTHDAY_MONTH_DAY).from(CLIENT_STATE).where(CLIENT_STATE.CLIENT_ID.eq(ada.id()))
                .fetchOne(CLIENT_STATE.BIRTHDAY_MONTH_DAY)).isEqualTo(1210);
    }

    @Test
    void aWriteOutsideAnyTransactionIsLoggedToo() {
        Client ada = clients.save(ClientServiceTest.person("Ada", "Byron", List.of(), List.of()));
        long before = changes.lastSeq();
        clock.advance(Duration.ofMinutes(7));

        store.dsl().update(CLIENT).set(CLIENT.CITY, "Leeds").where(CLIENT.ID.eq(ada.id())).execute();

        List<Change> after = changes.since(before, null, 10);
        assertThat(after).singleElement().satisfies(change -> {
            assertThat(change.operation()).isEqualTo(Operation.UPDATE);
            assertThat(change.columns().get("city").after()).isEqualTo("Leeds");
            if (TestStores.onServer()) {
                // on a server anyone may write outside Rapport (psql, a script): the server logs it as its login
                assertThat(change.author()).isEqualTo(store.location().server().user());
            } else {
                assertThat(change.at()).as("stamped by the store's clock, as a write in a transaction is").isEqualTo(NOW.plus(Duration.ofMinutes(7)));
            }
        });
    }

    @Test
    void subscribersHearEachCommitInOrderOnTheFeedsThread() throws InterruptedException {
        BlockingQueue<ChangeService.Batch> heard = new LinkedBlockingQueue<>();
        changes.subscribe(heard::add);

        Client ada = clients.save(ClientServiceTest.person("Ada", "Byron", List.of("+44 7700 900555"), List.of()));
        new NoteService(store, clock).add(ada.id(), "Prefers mornings", false);

        ChangeService.Batch first = heard.poll(10, TimeUnit.SECONDS);
        assertThat(first).as("the client's save reaches a subscriber").isNotNull();
        List<Change> all = new java.util.ArrayList<>(first.changes());
        while (all.stream().noneMatch(change -> change.entity().equals("note"))) {
            ChangeService.Batch next = heard.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("the note reaches a subscriber").isNotNull();
            all.addAll(next.changes());
        }
        assertThat(all).extracting(Change::entity).containsSubsequence("client", "client_phone", "note");
        assertThat(first.concerns(ada.id())).isTrue();
        assertThat(first.concerns(java.util.UUID.randomUUID())).isFalse();
    }

    @Test
    void erasingAClientLeavesOnlyTheFactOfTheErase() {
        Client ada = clients.save(ClientServiceTest.person("Ada", "Quillfeather", List.of("+44 7700 900321"), List.of()));
        new NoteService(store, clock).add(ada.id(), "Allergic to lavender", true);

        new PrivacyService(store, clock).erase(ada.id());

        List<Change> everything = changes.since(0, null, 1_000);
        assertThat(everything).filteredOn(change -> ada.id().equals(change.clientId())).as("only the erase names her, so laptops erase her too")
                .singleElement().extracting(Change::operation).isEqualTo(Operation.ERASE);
        assertThat(everything).noneMatch(change -> change.columns().values().stream()
                        .anyMatch(value -> String.valueOf(value.before()).contains("Quillfeather")
                                || String.valueOf(value.after()).contains("lavender")));
        assertThat(everything).last().satisfies(change -> {
            assertThat(change.operation()).isEqualTo(Operation.ERASE);
            assertThat(change.rowId()).isNull();
            assertThat(change.columns()).isEmpty();
        });
    }

    @Test
    void aMergedNoteIsShownAsInsertedAndForgottenWhenTheClientItMovedToIsErased() {
        Client kept = clients.save(ClientServiceTest.person("Ada", "Quillfeather", List.of("+44 7700 900321"), List.of()));
        Client gone = clients.save(ClientServiceTest.person("Ada", "Q.", List.of(), List.of()));
        new NoteService(store, clock).add(gone.id(), "Allergic to lavender", true);
        new ContactService(store, clock).merge(kept.id(), gone.id());

        Change noteInserted = changes.since(0, gone.id(), 1_000).stream()
                .filter(change -> change.entity().equals("note") && change.operation() == Operation.INSERT).findFirst().orElseThrow();
        assertThat(noteInserted.columns().get("client_id").after()).as("the insert shows the client the note was written for")
                .isEqualTo(gone.id().toString());
        assertThat(noteInserted.columns().get("body").after()).isEqualTo("Allergic to lavender");

        new PrivacyService(store, clock).erase(kept.id());

        List<Change> everything = changes.since(0, null, 1_000);
        assertThat(everything).as("the note's changes under the client it came from are forgotten too")
                .noneMatch(change -> change.columns().values().stream()
                        .anyMatch(value -> String.valueOf(value.before()).contains("lavender")
                                || String.valueOf(value.after()).contains("lavender")));
        assertThat(everything).as("the merged-away client, still in the trash, keeps its own history")
                .anyMatch(change -> change.entity().equals("client") && gone.id().toString().equals(change.rowId()));
    }

    @Test
    void changesOlderThanTheKeptDaysAreFoldedAwayWhenTheStoreOpens() {
        clients.save(ClientServiceTest.person("Old", "Change", List.of(), List.of()));
        store.close();
        clock.advance(Duration.ofDays(91));
        open();
        clients.save(ClientServiceTest.person("New", "Change", List.of(), List.of()));

        List<Change> kept = changes.since(0, null, 1_000);
        assertThat(kept).isNotEmpty().allMatch(change -> !change.at().isBefore(NOW.plus(Duration.ofDays(91))));
        assertThat(clients.count()).isEqualTo(2);
    }
}
