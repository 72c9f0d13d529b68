package app.rapport.service;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientFields;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.service.EditConflictException.FieldConflict;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two desks editing the same client: a save over a newer version writes nothing and says who changed what, and when. */
class EditConflictTest {
    private static final Instant TEN_FORTY_TWO = Instant.parse("2026-05-14T10:42:00Z");

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;
    private ClientService clients;

    @BeforeEach
    void open() {
        clock = new TestClock(TEN_FORTY_TWO);
        store = Store.open(TestStores.location(folder, "conflicts"), clock);
        clients = new ClientService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savingOverAnotherDesksNewerEditWritesNothingAndNamesWhoWhenAndEachField() {
        Client read = clients.save(ClientBuilder.person("Maria", "Lopes").address(new Address(null, null, "Lisbon", null, null)).build());
        store.workAs("Ana");
        clients.save(ClientBuilder.from(read).address(new Address(null, null, "Porto", null, null)).build());

        store.workAs("Ben");
        Client mine = ClientBuilder.from(read).address(new Address(null, null, "Faro", null, null)).source("Walk-in").build();
        assertThatThrownBy(() -> clients.save(mine))
                .isInstanceOfSatisfying(ClientConflictException.class, conflict -> {
                    assertThat(conflict.changedBy()).isEqualTo("Ana");
                    assertThat(conflict.when()).isEqualTo("at 10:42");
                    assertThat(conflict.fields()).containsExactly(
                            new FieldConflict("address", "Address", "Porto", "Faro"),
                            new FieldConflict("source", "Source", "", "Walk-in"));
                    assertThat(conflict.getMessage()).isEqualTo("Ana changed Maria Lopes at 10:42, after this was read, so nothing was saved."
                            + " Address: theirs \u201cPorto\u201d, mine \u201cFaro\u201d. Source: theirs (empty), mine \u201cWalk-in\u201d.");
                    assertThat(conflict.theirs().address().city()).isEqualTo("Porto");
                });
        assertThat(clients.profile(read.id()).orElseThrow().client().address().city()).as("Ana's edit stays").isEqualTo("Porto");
    }

    @Test
    void theMergedSaveKeepsEachFieldAsChosenAndChecksTheVersionAgain() {
        Client read = clients.save(ClientBuilder.person("Maria", "Lopes").build());
        store.workAs("Ana");
        clients.save(ClientBuilder.from(read).source("Instagram").addressAs("Mari").build());
        store.workAs("Ben");
        Client mine = ClientBuilder.from(read).source("Walk-in").addressAs("Dona Maria").build();
        ClientConflictException conflict = conflictOf(mine);

        Client merged = ClientFields.merge(conflict.theirs(), conflict.mine(), Set.of("addressAs"));
        Client saved = clients.save(merged);

        assertThat(saved.addressAs()).isEqualTo("Dona Maria");
        assertThat(saved.source()).isEqualTo("Instagram");
        assertThat(saved.version()).isEqualTo(read.version() + 2);

        store.workAs("Ana");
        clients.save(ClientBuilder.from(saved).source("Flyer").build());
        store.workAs("Ben");
        assertThatThrownBy(() -> clients.save(merged)).as("a merge made before Ana's next edit is stale too")
                .isInstanceOf(ClientConflictException.class).hasMessageStartingWith("Ana changed Maria Lopes at 10:42");
    }

    @Test
    void anEditFromAnEarlierDayNamesItsDay() {
        Client read = clients.save(ClientBuilder.person("Maria", "Lopes").build());
        store.workAs("Ana");
        clients.save(ClientBuilder.from(read).source("Instagram").build());
        clock.advance(java.time.Duration.ofDays(1));

        assertThat(conflictOf(ClientBuilder.from(read).source("Flyer").build()).when()).isEqualTo("on 14 May 2026 at 10:42");
    }

    @Test
    void touchpointsAndNotesAreOnlyAddedAndNeverConflict() {
        Client read = clients.save(ClientBuilder.person("Maria", "Lopes").build());
        TouchpointService touchpoints = new TouchpointService(store, clock);
        NoteService notes = new NoteService(store, clock);

        store.workAs("Ana");
        touchpoints.log(new Touchpoint(null, read.id(), TEN_FORTY_TWO, Channel.CALL, Direction.OUTBOUND, "Asked about colour", null, null, null));
        notes.add(read.id(), "Prefers mornings", false);
        store.workAs("Ben");
        touchpoints.log(new Touchpoint(null, read.id(), TEN_FORTY_TWO, Channel.MESSAGE, Direction.INBOUND, "Confirmed Friday", null, null, null));
        notes.add(read.id(), "Allergic to ammonia", false);
        Client saved = clients.save(ClientBuilder.from(read).source("Walk-in").build());

        assertThat(saved.source()).as("the profile read before both desks logged still saves").isEqualTo("Walk-in");
        ClientService.ClientProfile profile = clients.profile(read.id()).orElseThrow();
        assertThat(profile.recentTouchpoints().stream().map(Touchpoint::summary))
                .containsExactlyInAnyOrder("Asked about colour", "Confirmed Friday");
        assertThat(profile.notes().stream().map(app.rapport.domain.Note::body))
                .containsExactlyInAnyOrder("Prefers mornings", "Allergic to ammonia");
    }

    @Test
    void aMergeTakesMineOnlyWhereChosen() {
        Client theirs = ClientBuilder.person("Maria", "Lopes").source("Instagram").tags("vip").build().withVersion(4);
        Client mine = ClientBuilder.person("Maria", "Lopes").source("Walk-in").tags("new").customFields(Map.of("Hair", "curly")).build();

        Client merged = ClientFields.merge(theirs, mine, List.of("tags", "customFields"));

        assertThat(merged.source()).isEqualTo("Instagram");
        assertThat(merged.tags()).containsExactly("new");
        assertThat(merged.customFields()).containsEntry("Hair", "curly");
        assertThat(merged.version()).as("a merge is a save over theirs").isEqualTo(4);
    }

    private ClientConflictException conflictOf(Client mine) {
        try {
            clients.save(mine);
        } catch (ClientConflictException conflict) {
            return conflict;
        }
        throw new AssertionError("saving " + mine + " over a newer version did not conflict");
    }
}
