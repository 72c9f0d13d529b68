package app.rapport.service;

import app.rapport.domain.Note;
import app.rapport.store.Store;

import java.time.Clock;
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

    /** Adds a note; a blank body is a ValidationException. */
    public Note add(UUID clientId, String body, boolean pinned) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Saves a changed body or pin; returns the note as stored (updatedAt set). */
    public Note update(Note note) {
        throw new UnsupportedOperationException("not yet");
    }

    public void delete(UUID noteId) {
        throw new UnsupportedOperationException("not yet");
    }

    public void restore(UUID noteId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Pinned first, then newest first; deleted notes are left out. */
    public List<Note> forClient(UUID clientId) {
        throw new UnsupportedOperationException("not yet");
    }
}
