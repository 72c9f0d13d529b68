package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Note;
import app.rapport.domain.change.Change;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;
    private NoteService notes;
    private Client client;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "notes"), Clock.systemDefaultZone());
        clock = new TestClock(NOW);
        notes = new NoteService(store, clock);
        client = new ClientService(store, clock).save(ClientServiceTest.person("Anna", "Berg", List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anAddedNoteIsStoredWithItsTimes() {
        Note note = notes.add(client.id(), "  Prefers mornings.  ", false);

        assertThat(note.id()).isNotNull();
        assertThat(note.body()).isEqualTo("Prefers mornings.");
        assertThat(note.createdAt()).isEqualTo(NOW);
        assertThat(note.updatedAt()).isEqualTo(NOW);
        assertThat(notes.forClient(client.id())).containsExactly(note);
    }

    @Test
    void pinnedNotesComeFirstThenTheNewest() {
        Note first = add("First visit went well.", false);
        Note pinned = add("Allergic to latex!", true);
        Note second = add("Asked about gift cards.", false);
        Note third = add("Moved to Uppsala.", false);

        assertThat(bodies()).containsExactly(pinned.body(), third.body(), second.body(), first.body());

        notes.update(new Note(first.id(), first.clientId(), first.body(), true, first.createdAt(), first.updatedAt()));
        assertThat(bodies()).containsExactly(pinned.body(), first.body(), third.body(), second.body());
    }

    @Test
    void anUpdatedNoteKeepsItsCreationAndGetsANewUpdateTime() {
        Note note = add("Prefers mornings.", false);
        clock.advance(Duration.ofHours(3));

        Note updated = notes.update(new Note(note.id(), note.clientId(), "Prefers mornings, never Mondays.", true, null, null));

        assertThat(updated).isEqualTo(new Note(note.id(), client.id(), "Prefers mornings, never Mondays.", true,
                note.createdAt(), NOW.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(1))));
        assertThat(notes.forClient(client.id())).containsExactly(updated);
    }

    @Test
    void aNoteWithoutAnIdIsAddedByUpdate() {
        Note added = notes.update(new Note(null, client.id(), "From the quick box.", false, null, null));
        assertThat(added.id()).isNotNull();
        assertThat(notes.forClient(client.id())).containsExactly(added);
    }

    @Test
    void aDeletedNoteIsHiddenUntilRestored() {
        Note keep = add("Keep me.", false);
        Note gone = add("Oops, wrong client.", false);

        notes.delete(gone.id());
        assertThat(notes.forClient(client.id())).containsExactly(keep);
        notes.delete(gone.id());

        notes.restore(gone.id());
        assertThat(notes.forClient(client.id())).containsExactly(gone, keep);
        assertThat(new ChangeService(store).since(0, client.id(), 100)).filteredOn(change -> change.rowId().equals(gone.id().toString()))
                .extracting(Change::operation).containsExactly(Change.Operation.INSERT, Change.Operation.DELETE, Change.Operation.RESTORE);
        assertThatThrownBy(() -> notes.delete(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankNoteOrAMissingClientIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> notes.add(client.id(), "   ", false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("body"));
        assertThatThrownBy(() -> notes.add(UUID.randomUUID(), "Hello", false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("clientId"));
        Note note = add("Prefers mornings.", false);
        assertThatThrownBy(() -> notes.update(new Note(note.id(), client.id(), "", false, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(notes.forClient(client.id())).containsExactly(note);
        assertThat(store.dsl().fetchCount(NOTE)).isEqualTo(1);
    }

    private Note add(String body, boolean pinned) {
        clock.advance(Duration.ofMinutes(1));
        return notes.add(client.id(), body, pinned);
    }

    private List<String> bodies() {
        return notes.forClient(client.id()).stream().map(Note::body).toList();
    }
}
