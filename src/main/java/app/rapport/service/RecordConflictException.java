package app.rapport.service;

import app.rapport.domain.RecordFields;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A purchase, opportunity, competitor or SWOT card saved over a newer version: {@link #theirs} is
 * the record as stored now (with its version, so a merged save checks again), {@link #mine} the one
 * that was not saved. The same facts as a client's {@link ClientConflictException}, for any record
 * whose edited fields a {@link RecordFields} names.
 */
public final class RecordConflictException extends EditConflictException {
    private final transient Record theirs;
    private final transient Record mine;
    private final transient RecordFields<?> fields;

    private <R extends Record> RecordConflictException(String record, R theirs, R mine, RecordFields<R> fields, LastEdit edit,
                                                       Clock clock, List<FieldConflict> differing) {
        super(record, edit.by(), edit.at(), edit.when(clock), differing);
        this.theirs = theirs;
        this.mine = mine;
        this.fields = fields;
    }

    /**
     * The conflict of {@code mine} with {@code theirs}, the row {@code id} of table {@code entity}
     * as stored now: who saved it last and when (the change log), and each edited field that
     * differs, as {@code text} writes it for a person.
     */
    static <R extends Record> RecordConflictException of(DSLContext dsl, Clock clock, String entity, UUID id, String record,
                                                         R theirs, R mine, RecordFields<R> fields, BiFunction<R, String, String> text) {
        LastEdit edit = LastEdit.of(dsl, entity, id, "version", clock.instant());
        List<FieldConflict> differing = fields.differing(theirs, mine).stream()
                .map(field -> new FieldConflict(field, fields.label(field), text.apply(theirs, field), text.apply(mine, field)))
                .toList();
        return new RecordConflictException(record, theirs, mine, fields, edit, clock, differing);
    }

    /** The record as stored now, with its version. */
    public <R extends Record> R theirs(Class<R> type) {
        return type.cast(theirs);
    }

    /** The record this desk tried to save. */
    public <R extends Record> R mine(Class<R> type) {
        return type.cast(mine);
    }

    /** Theirs with mine in each field of {@code keepMine}: what to save after a choice per field (checked again). */
    public <R extends Record> R merged(Class<R> type, Collection<String> keepMine) {
        return type.cast(merge(fieldsOf(type), keepMine));
    }

    /** Whether this desk changed {@code field} from {@code read}, the record as its form was filled. */
    public <R extends Record> boolean changedHere(R read, String field) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) read.getClass();
        RecordFields<R> typed = fieldsOf(type);
        return !Objects.equals(typed.value(read, field), typed.value(mine(type), field));
    }

    private <R extends Record> R merge(RecordFields<R> typed, Collection<String> keepMine) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) theirs.getClass();
        return typed.merge(type.cast(theirs), type.cast(mine), keepMine);
    }

    @SuppressWarnings("unchecked")
    private <R extends Record> RecordFields<R> fieldsOf(Class<R> type) {
        if (!type.isInstance(theirs)) {
            throw new IllegalArgumentException("This conflict is about a " + theirs.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return (RecordFields<R>) fields;
    }
}
