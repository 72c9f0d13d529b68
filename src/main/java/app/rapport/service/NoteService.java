package app.rapport.service;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.Note;
import app.rapport.store.ClientRepository;
import app.rapport.store.NoteRepository;
import app.rapport.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A client's notes: newest first, pinned ones on top. Deleting is soft, so it can be undone. */
public final class NoteService {
    private final Store store;
    private final Clock clock;

    public NoteService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds a note; a blank body, or a client that does not exist or is in the trash, is a ValidationException. */
    public Note add(UUID clientId, String body, boolean pinned) {
        return insert(Ids.next(), clientId, body, pinned);
    }

    /**
     * Saves a changed body or pin; returns the note as stored (updatedAt set). A note with a null
     * id, or one the store does not know, is added instead. A blank body is a ValidationException.
     */
    public Note update(Note note) {
        if (note.id() == null) {
            return insert(Ids.next(), note.clientId(), note.body(), note.pinned());
        }
        requireBody(note.body());
        Instant now = clock.instant();
        boolean updated = store.inTransaction(dsl -> new NoteRepository(dsl).update(note.id(), note.body().strip(), note.pinned(), now));
        if (!updated) {
            return insert(note.id(), note.clientId(), note.body(), note.pinned());
        }
        return new NoteRepository(store.dsl()).findIncludingDeleted(note.id()).orElseThrow();
    }

    /** Moves the note out of sight; deleting a deleted note does nothing. An unknown id is an IllegalArgumentException. */
    public void delete(UUID noteId) {
        Instant now = clock.instant();
        store.inTransaction(dsl -> {
            NoteRepository notes = new NoteRepository(dsl);
            if (!notes.delete(noteId, now) && notes.findIncludingDeleted(noteId).isEmpty()) {
                throw new IllegalArgumentException("There is no note with id " + noteId);
            }
            return null;
        });
    }

    /** Brings a deleted note back; restoring a note that is not deleted does nothing. */
    public void restore(UUID noteId) {
        store.inTransaction(dsl -> {
            NoteRepository notes = new NoteRepository(dsl);
            if (!notes.restore(noteId) && notes.findIncludingDeleted(noteId).isEmpty()) {
                throw new IllegalArgumentException("There is no note with id " + noteId);
            }
            return null;
        });
    }

    /** Pinned first, then newest first; deleted notes are left out. */
    public List<Note> forClient(UUID clientId) {
        return new NoteRepository(store.dsl()).forClient(clientId);
    }

    private Note insert(UUID id, UUID clientId, String body, boolean pinned) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "The note is empty; write something or cancel."));
        }
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            if (clientId == null || !new ClientRepository(dsl).isActive(clientId)) {
                problems.add(new FieldProblem("clientId", "This client no longer exists or is in the trash."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Note note = new Note(id, clientId, body.strip(), pinned, now, now);
            new NoteRepository(dsl).insert(note);
            return note;
        });
    }

    private static void requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(List.of(new FieldProblem("body", "The note is empty; write something or cancel.")));
        }
    }
}
