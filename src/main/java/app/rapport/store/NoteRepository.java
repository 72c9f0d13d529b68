package app.rapport.store;

import app.rapport.domain.Note;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.NOTE;

public final class NoteRepository {
    private final DSLContext dsl;

    public NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Note note) {
        dsl.executeInsert(Rows.note(note));
        new AuditLog(dsl).record("note", note.id(), note.clientId(), "create", null);
    }

    /** Pinned notes first, then newest first. */
    public List<Note> forClient(UUID clientId) {
        return dsl.selectFrom(NOTE)
                .where(NOTE.CLIENT_ID.eq(clientId)).and(NOTE.DELETED_AT.isNull())
                .orderBy(NOTE.PINNED.desc(), NOTE.CREATED_AT.desc())
                .fetch(r -> new Note(r.getId(), r.getClientId(), r.getBody(), r.getPinned(), r.getCreatedAt(), r.getUpdatedAt()));
    }
}
