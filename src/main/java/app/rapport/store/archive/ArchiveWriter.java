package app.rapport.store.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;

/**
 * Writes the whole store as one JSON archive, streaming: every table is read with a lazy cursor
 * and written as it comes, so memory does not grow with the store. A client's phones, emails,
 * tags and custom fields are nested in it, merged from cursors ordered by client id.
 */
public final class ArchiveWriter {
    public static final String FORMAT = "rapport-archive";
    public static final int VERSION = 1;

    private final DSLContext dsl;

    public ArchiveWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the archive to {@code out} (left open) and returns how many records each section holds. */
    public Map<String, Long> write(OutputStream out, Instant exportedAt) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("exportedAt", exportedAt.toString());
            for (Section section : Section.ALL) {
                json.writeArrayFieldStart(section.key);
                counts.put(section.key, section == Section.CLIENTS ? writeClients(json) : writeSection(json, section));
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private long writeSection(JsonGenerator json, Section section) throws IOException {
        long count = 0;
        try (Cursor<? extends TableRecord<?>> rows = dsl.selectFrom(section.table).orderBy(section.id).fetchLazy()) {
            for (TableRecord<?> row : rows) {
                json.writeStartObject();
                writeFields(json, row, section.fields);
                json.writeEndObject();
                count++;
            }
        }
        return count;
    }

    private long writeClients(JsonGenerator json) throws IOException {
        long count = 0;
        try (Cursor<? extends Record> clients = dsl.selectFrom(CLIENT).orderBy(CLIENT.ID).fetchLazy();
             Nested phones = new Nested(dsl.selectFrom(CLIENT_PHONE).orderBy(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.POSITION).fetchLazy(), CLIENT_PHONE.CLIENT_ID);
             Nested emails = new Nested(dsl.selectFrom(CLIENT_EMAIL).orderBy(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.POSITION).fetchLazy(), CLIENT_EMAIL.CLIENT_ID);
             Nested tags = new Nested(dsl.selectFrom(CLIENT_TAG).orderBy(CLIENT_TAG.CLIENT_ID, CLIENT_TAG.TAG).fetchLazy(), CLIENT_TAG.CLIENT_ID);
             Nested custom = new Nested(dsl.selectFrom(CLIENT_CUSTOM_FIELD)
                     .orderBy(CLIENT_CUSTOM_FIELD.CLIENT_ID, CLIENT_CUSTOM_FIELD.POSITION).fetchLazy(), CLIENT_CUSTOM_FIELD.CLIENT_ID)) {
            for (Record client : clients) {
                UUID id = client.get(CLIENT.ID);
                json.writeStartObject();
                writeFields(json, client, Section.CLIENTS.fields);
                if (client.get(CLIENT.DELETED_AT) != null) {
                    json.writeBooleanField("deleted", true);
                }
                json.writeArrayFieldStart("phones");
                for (Record phone : phones.of(id)) {
                    json.writeStartObject();
                    writeFields(json, phone, Section.PHONE_FIELDS);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("emails");
                for (Record email : emails.of(id)) {
                    json.writeStartObject();
                    writeFields(json, email, Section.EMAIL_FIELDS);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("tags");
                for (Record tag : tags.of(id)) {
                    json.writeString(tag.get(CLIENT_TAG.TAG));
                }
                json.writeEndArray();
                json.writeArrayFieldStart("customFields");
                for (Record field : custom.of(id)) {
                    json.writeStartObject();
                    writeFields(json, field, Section.CUSTOM_FIELD_FIELDS);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                count++;
            }
        }
        return count;
    }

    /** Null columns are left out; a reader takes a missing field as null. */
    private static void writeFields(JsonGenerator json, Record row, List<Field<?>> fields) throws IOException {
        for (Field<?> field : fields) {
            Object value = row.get(field);
            if (value == null) {
                continue;
            }
            String name = Section.jsonName(field);
            if (value instanceof String text) {
                json.writeStringField(name, text);
            } else if (value instanceof Integer number) {
                json.writeNumberField(name, number);
            } else if (value instanceof BigDecimal number) {
                json.writeNumberField(name, number);
            } else if (value instanceof Boolean flag) {
                json.writeBooleanField(name, flag);
            } else if (value instanceof UUID || value instanceof Instant || value instanceof LocalDate) {
                json.writeStringField(name, value.toString());
            } else {
                throw new IllegalStateException("No JSON form for " + field + " of type " + value.getClass().getName());
            }
        }
    }

    /** The rows of a child table ordered by client id, handed out client by client as the clients go by. */
    private static final class Nested implements AutoCloseable {
        private final Cursor<? extends Record> cursor;
        private final Field<UUID> clientId;
        private Record next;

        Nested(Cursor<? extends Record> cursor, Field<UUID> clientId) {
            this.cursor = cursor;
            this.clientId = clientId;
            this.next = cursor.fetchNext();
        }

        /** The rows of {@code client}: both cursors are in the store's id order, so they come next if any. */
        List<Record> of(UUID client) {
            List<Record> rows = new java.util.ArrayList<>(2);
            while (next != null && Objects.equals(next.get(clientId), client)) {
                rows.add(next);
                next = cursor.fetchNext();
            }
            return rows;
        }

        @Override
        public void close() {
            cursor.close();
        }
    }
}
