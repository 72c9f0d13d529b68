package app.rapport.store;

import app.rapport.domain.segment.Segment;
import app.rapport.store.jooq.tables.records.SegmentRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.COMPETITOR;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;
import static app.rapport.store.jooq.Tables.SEGMENT;

/** Saved segments; their criteria are JSON in segment.definition ({@link SegmentJson}). */
public final class SegmentRepository {
    private final DSLContext dsl;

    public SegmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored segment, or why its definition cannot be read (then {@code segment} has no criteria). */
    public record Stored(Segment segment, String problem) {
    }

    /** Every segment by name (ignoring case); one whose definition cannot be read is listed with its problem. */
    public List<Stored> all() {
        List<Stored> segments = new ArrayList<>();
        dsl.selectFrom(SEGMENT).orderBy(SEGMENT.NAME.lower(), SEGMENT.NAME).forEach(row -> segments.add(stored(row)));
        return segments;
    }

    public Optional<Stored> find(UUID id) {
        return dsl.selectFrom(SEGMENT).where(SEGMENT.ID.eq(id)).fetchOptional(SegmentRepository::stored);
    }

    /** The segment with this name, ignoring case. */
    public Optional<Stored> findByName(String name) {
        return dsl.selectFrom(SEGMENT).where(SEGMENT.NAME.lower().eq(name.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(SegmentRepository::stored);
    }

    public boolean nameTaken(String name, UUID except) {
        return dsl.fetchExists(SEGMENT, SEGMENT.NAME.lower().eq(name.toLowerCase(Locale.ROOT))
                .and(except == null ? DSL.trueCondition() : SEGMENT.ID.ne(except)));
    }

    /** Inserts the segment, or replaces the one with its id (keeping its creation time). */
    public void save(Segment segment) {
        String definition = SegmentJson.write(segment.criteria());
        if (dsl.fetchExists(SEGMENT, SEGMENT.ID.eq(segment.id()))) {
            dsl.update(SEGMENT).set(SEGMENT.NAME, segment.name()).set(SEGMENT.DEFINITION, definition)
                    .set(SEGMENT.UPDATED_AT, segment.updatedAt()).where(SEGMENT.ID.eq(segment.id())).execute();
        } else {
            dsl.executeInsert(new SegmentRecord(segment.id(), segment.name(), definition, segment.createdAt(), segment.updatedAt()));
        }
    }

    public boolean delete(UUID id) {
        return dsl.deleteFrom(SEGMENT).where(SEGMENT.ID.eq(id)).execute() > 0;
    }

    /** A value a criterion can take, with the words to show for it. */
    public record Choice<T>(T value, String label) {
    }

    /** Catalog products (active or not, some clients bought them), by name. */
    public List<Choice<UUID>> productChoices() {
        return dsl.select(PRODUCT.ID, PRODUCT.NAME, PRODUCT.CATEGORY).from(PRODUCT).orderBy(PRODUCT.NAME.lower(), PRODUCT.ID)
                .fetch(r -> new Choice<>(r.value1(), r.value3() == null ? r.value2() : r.value2() + " (" + r.value3() + ")"));
    }

    public List<String> categories() {
        return dsl.selectDistinct(PRODUCT.CATEGORY).from(PRODUCT).where(PRODUCT.CATEGORY.isNotNull())
                .orderBy(PRODUCT.CATEGORY).fetch(PRODUCT.CATEGORY);
    }

    public List<Choice<String>> refusalReasonChoices() {
        return dsl.selectFrom(REFUSAL_REASON).orderBy(REFUSAL_REASON.POSITION).fetch(r -> new Choice<>(r.getCode(), r.getLabel()));
    }

    public List<Choice<UUID>> competitorChoices() {
        return dsl.select(COMPETITOR.ID, COMPETITOR.NAME).from(COMPETITOR).where(COMPETITOR.DELETED_AT.isNull())
                .orderBy(COMPETITOR.NAME.lower(), COMPETITOR.ID).fetch(r -> new Choice<>(r.value1(), r.value2()));
    }

    private static Stored stored(SegmentRecord row) {
        try {
            return new Stored(new Segment(row.getId(), row.getName(), SegmentJson.read(row.getDefinition()), row.getCreatedAt(),
                    row.getUpdatedAt()), null);
        } catch (IllegalArgumentException e) {
            return new Stored(new Segment(row.getId(), row.getName(), null, row.getCreatedAt(), row.getUpdatedAt()), e.getMessage());
        }
    }
}
