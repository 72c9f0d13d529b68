package app.rapport.store;

import app.rapport.domain.Note;
import app.rapport.store.jooq.Indexes;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.NOTE;

/** A client's notes; deleted notes stay in the table (deleted_at) so a delete can be undone. */
public final class NoteRepository {
    private final DSLContext dsl;

    public NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Note note) {
        dsl.executeInsert(Rows.note(note));
    }

    /** Saves a changed body and pin; false when there is no note with that id. */
    public boolean update(UUID id, String body, boolean pinned, Instant updatedAt) {
        Optional<Note> stored = findIncludingDeleted(id);
        if (stored.isEmpty()) {
            return false;
        }
        dsl.update(NOTE)
                .set(NOTE.BODY, body)
                .set(NOTE.PINNED, pinned)
                .set(NOTE.UPDATED_AT, updatedAt)
                .where(NOTE.ID.eq(id))
                .execute();
        return true;
    }

    /** The note, deleted or not. */
    public Optional<Note> findIncludingDeleted(UUID id) {
        return dsl.selectFrom(NOTE).where(NOTE.ID.eq(id)).fetchOptional(Rows::note);
    }

    /** Soft-deletes the note; false when there is no such note or it is deleted already. */
    public boolean delete(UUID id, Instant at) {
        return setDeleted(id, at, "delete");
    }

    /** Brings a deleted note back; false when there is no such note or it is not deleted. */
    public boolean restore(UUID id) {
        return setDeleted(id, null, "restore");
    }

    private boolean setDeleted(UUID id, Instant at, String action) {
        UUID clientId = dsl.select(NOTE.CLIENT_ID).from(NOTE).where(NOTE.ID.eq(id))
                .and(at == null ? NOTE.DELETED_AT.isNotNull() : NOTE.DELETED_AT.isNull())
                .fetchOne(NOTE.CLIENT_ID);
        if (clientId == null) {
            return false;
        }
        dsl.update(NOTE).set(NOTE.DELETED_AT, at).where(NOTE.ID.eq(id)).execute();
        return true;
    }

    /** Pinned notes first, then newest first; deleted notes are left out. */
    public List<Note> forClient(UUID clientId) {
        return dsl.selectFrom(NOTE)
                .where(NOTE.CLIENT_ID.eq(clientId)).and(NOTE.DELETED_AT.isNull())
                .orderBy(NOTE.PINNED.desc(), NOTE.CREATED_AT.desc(), NOTE.ID.desc())
                .fetch(Rows::note);
    }

    /** A note and who wrote it (null: nobody named). */
    public record NoteLine(Note note, String author) {
    }

    /** The newest {@code limit} of the client's notes, pinned or not, newest first; deleted notes are left out. */
    public List<NoteLine> newestForClient(UUID clientId, int limit) {
        // The leading client_id lets H2 walk the (client_id, created_at) index backwards and stop at the limit.
        return dsl.selectFrom(IndexHints.through(dsl, NOTE, Indexes.NOTE_CLIENT))
                .where(NOTE.CLIENT_ID.eq(clientId)).and(NOTE.DELETED_AT.isNull())
                .orderBy(NOTE.CLIENT_ID.desc(), NOTE.CREATED_AT.desc(), NOTE.ID.desc())
                .limit(limit)
                .fetch(r -> new NoteLine(Rows.note(r), r.getAuthor()));
    }
}
