package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.Ids;
import app.rapport.domain.Note;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ContactKey;
import app.rapport.store.jooq.tables.records.ClientRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static app.rapport.store.jooq.Tables.NOTE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * Clients in bulk for import, export and duplicates: the match keys of every client, many
 * clients by id, new clients in one load, and merging one client into another (and back).
 */
public final class ContactRepository {
    private static final int IDS_PER_QUERY = 500;
    /** A client's own details; everything else with a CLIENT_ID column is its history and moves on a merge. */
    private static final Set<String> NOT_HISTORY = Set.of("CLIENT", "CLIENT_PHONE", "CLIENT_EMAIL", "CLIENT_TAG",
            "CLIENT_CUSTOM_FIELD", "CLIENT_STATE", "AUDIT_LOG");

    private final DSLContext dsl;

    public ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Name, phones (as match keys, see {@link PhoneNumbers#matchKey}) and emails of every client not in the trash, for finding duplicates. */
    public List<ContactKey> keys() {
        Map<UUID, List<String>> phones = new HashMap<>();
        dsl.select(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.NUMBER, CLIENT_PHONE.E164).from(CLIENT_PHONE).forEach(r -> {
            String key = r.value3() != null ? r.value3() : PhoneNumbers.matchKeyOfUnread(r.value2());
            if (key != null) {
                phones.computeIfAbsent(r.value1(), id -> new ArrayList<>(2)).add(key);
            }
        });
        Map<UUID, List<String>> emails = new HashMap<>();
        dsl.select(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL)
                .forEach(r -> emails.computeIfAbsent(r.value1(), id -> new ArrayList<>(2)).add(r.value2()));
        List<ContactKey> keys = new ArrayList<>();
        dsl.select(CLIENT.ID, CLIENT.DISPLAY_NAME).from(CLIENT).where(CLIENT.DELETED_AT.isNull()).orderBy(CLIENT.ID)
                .forEach(r -> keys.add(ContactKey.of(r.value1(), r.value2(), phones.getOrDefault(r.value1(), List.of()),
                        emails.getOrDefault(r.value1(), List.of()))));
        return keys;
    }

    /** The notes (not in the trash) of the clients with these ids, oldest first, by client. */
    public Map<UUID, List<String>> notes(List<UUID> ids) {
        Map<UUID, List<String>> notes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            dsl.select(NOTE.CLIENT_ID, NOTE.BODY).from(NOTE).where(NOTE.CLIENT_ID.in(chunk)).and(NOTE.DELETED_AT.isNull())
                    .orderBy(NOTE.CREATED_AT, NOTE.ID)
                    .forEach(r -> notes.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        }
        return notes;
    }

    /** The clients with these ids (in the trash too), in the order given; unknown ids are left out. */
    public List<Client> clients(List<UUID> ids) {
        Map<UUID, Client> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Map<UUID, List<ContactPoint>> phones = new HashMap<>();
            dsl.select(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.LABEL, CLIENT_PHONE.NUMBER).from(CLIENT_PHONE)
                    .where(CLIENT_PHONE.CLIENT_ID.in(chunk)).orderBy(CLIENT_PHONE.POSITION)
                    .forEach(r -> phones.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(new ContactPoint(r.value2(), r.value3())));
            Map<UUID, List<ContactPoint>> emails = new HashMap<>();
            dsl.select(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.LABEL, CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL)
                    .where(CLIENT_EMAIL.CLIENT_ID.in(chunk)).orderBy(CLIENT_EMAIL.POSITION)
                    .forEach(r -> emails.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(new ContactPoint(r.value2(), r.value3())));
            Map<UUID, List<String>> tags = new HashMap<>();
            dsl.select(CLIENT_TAG.CLIENT_ID, CLIENT_TAG.TAG).from(CLIENT_TAG).where(CLIENT_TAG.CLIENT_ID.in(chunk))
                    .orderBy(CLIENT_TAG.TAG)
                    .forEach(r -> tags.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
            Map<UUID, Map<String, String>> custom = new HashMap<>();
            dsl.select(CLIENT_CUSTOM_FIELD.CLIENT_ID, CLIENT_CUSTOM_FIELD.NAME, CLIENT_CUSTOM_FIELD.FIELD_VALUE)
                    .from(CLIENT_CUSTOM_FIELD).where(CLIENT_CUSTOM_FIELD.CLIENT_ID.in(chunk)).orderBy(CLIENT_CUSTOM_FIELD.POSITION)
                    .forEach(r -> custom.computeIfAbsent(r.value1(), id -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
            for (ClientRecord row : dsl.selectFrom(CLIENT).where(CLIENT.ID.in(chunk)).fetch()) {
                UUID id = row.getId();
                found.put(id, Rows.client(row, phones.getOrDefault(id, List.of()), emails.getOrDefault(id, List.of()),
                        tags.getOrDefault(id, List.of()), custom.getOrDefault(id, Map.of())));
            }
        }
        List<Client> ordered = new ArrayList<>(found.size());
        ids.stream().map(found::get).filter(client -> client != null).forEach(ordered::add);
        return ordered;
    }

    /** Ids of every client not in the trash, by name: "the client list". */
    public List<UUID> activeIdsByName() {
        return dsl.select(CLIENT.ID).from(CLIENT).where(CLIENT.DELETED_AT.isNull())
                .orderBy(CLIENT.DISPLAY_NAME, CLIENT.ID).fetch(CLIENT.ID);
    }

    /** Adds new clients with their notes inside the caller's transaction; their search tokens are the caller's to write. */
    public static final class NewClients {
        private final BulkLoader loader;
        private final Instant now;

        public NewClients(DSLContext dsl, Instant now) {
            this.now = now;
            this.loader = new BulkLoader(dsl, now);
        }

        /**
         * Adds many new clients with their notes, their rows made on a second thread while this
         * one writes ({@link BulkLoader#clients}); {@code afterEach} hears how many are added so far.
         */
        public <T> void addAll(List<T> items, java.util.function.Function<T, Client> clientOf,
                               java.util.function.Function<T, List<String>> notesOf, java.util.function.IntConsumer afterEach) {
            addAll(items, clientOf, notesOf, null, typed -> null, afterEach);
        }

        /**
         * As {@link #addAll(List, java.util.function.Function, java.util.function.Function, java.util.function.IntConsumer)},
         * with the phone numbers' E.164 forms read already in {@code readIn} (see {@link BulkLoader#clients}).
         */
        public <T> void addAll(List<T> items, java.util.function.Function<T, Client> clientOf,
                               java.util.function.Function<T, List<String>> notesOf, String readIn,
                               java.util.function.Function<String, String> readBefore, java.util.function.IntConsumer afterEach) {
            loader.clients(items, clientOf, readIn, readBefore, (item, done) -> {
                UUID clientId = clientOf.apply(item).id();
                for (String body : notesOf.apply(item)) {
                    loader.note(new Note(Ids.next(), clientId, body, false, now, now));
                }
                afterEach.accept(done);
            });
        }

        /** A note for a client that is already stored (a row merged into it). */
        public void note(UUID clientId, String body) {
            loader.note(new Note(Ids.next(), clientId, body, false, now, now));
        }

        /** Writes what is still pending, with the new clients' derived state. */
        public void finish() {
            loader.finish();
        }
    }

    /** What a merge moved, so that it can be undone exactly. */
    public record Merged(Client keptBefore, Client keptAfter, UUID mergedAway, Instant keptLastTouchpointBefore,
                         Map<String, List<UUID>> movedRows) {
        public int movedCount() {
            return movedRows.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * Moves every row of {@code gone}'s history (touchpoints, notes, purchases, follow-ups,
     * opportunities, competitor links, and whatever later tables refer to a client) to
     * {@code kept}, saves {@code keptAfter} as kept's profile and puts {@code gone} in the trash.
     */
    public Merged merge(Client kept, Client gone, Client keptAfter, Instant at) {
        Map<String, List<UUID>> moved = new LinkedHashMap<>();
        for (String tableName : historyTables()) {
            Table<?> history = table(name(tableName));
            Field<UUID> id = field(name(tableName, "ID"), UUID.class);
            Field<UUID> clientId = field(name(tableName, "CLIENT_ID"), UUID.class);
            List<UUID> ids = dsl.select(id).from(history).where(clientId.eq(gone.id())).fetch(id);
            if (!ids.isEmpty()) {
                dsl.update(history).set(clientId, kept.id()).where(clientId.eq(gone.id())).execute();
                moved.put(tableName, ids);
            }
        }
        Instant lastBefore = dsl.select(CLIENT.LAST_TOUCHPOINT_AT).from(CLIENT).where(CLIENT.ID.eq(kept.id())).fetchOne(CLIENT.LAST_TOUCHPOINT_AT);
        ClientRepository clients = new ClientRepository(dsl);
        clients.update(kept, keptAfter);
        refreshLastTouchpoint(kept.id());
        clients.moveToTrash(gone.id(), at);
        return new Merged(kept, keptAfter, gone.id(), lastBefore, moved);
    }

    /** Reverses {@link #merge}: the moved rows go back, the kept profile is as before, the other client leaves the trash. */
    public void unmerge(Merged merged) {
        UUID keptId = merged.keptBefore().id();
        for (Map.Entry<String, List<UUID>> entry : merged.movedRows().entrySet()) {
            Table<?> history = table(name(entry.getKey()));
            Field<UUID> id = field(name(entry.getKey(), "ID"), UUID.class);
            Field<UUID> clientId = field(name(entry.getKey(), "CLIENT_ID"), UUID.class);
            List<UUID> ids = entry.getValue();
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                dsl.update(history).set(clientId, merged.mergedAway())
                        .where(id.in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))))
                        .and(clientId.eq(keptId)).execute();
            }
        }
        ClientRepository clients = new ClientRepository(dsl);
        Client current = clients.findIncludingTrash(keptId).orElseThrow();
        clients.update(current, merged.keptBefore());
        dsl.update(CLIENT).set(CLIENT.LAST_TOUCHPOINT_AT, merged.keptLastTouchpointBefore()).where(CLIENT.ID.eq(keptId)).execute();
        clients.restore(merged.mergedAway());
        refreshLastTouchpoint(merged.mergedAway());
    }

    private void refreshLastTouchpoint(UUID clientId) {
        Table<?> touchpoint = table(name("TOUCHPOINT"));
        Field<Instant> occurredAt = field(name("TOUCHPOINT", "OCCURRED_AT"), Instant.class);
        Instant latest = dsl.select(max(occurredAt)).from(touchpoint)
                .where(field(name("TOUCHPOINT", "CLIENT_ID"), UUID.class).eq(clientId))
                .and(field(name("TOUCHPOINT", "DELETED_AT")).isNull())
                .and(TouchpointRepository.notFromAMailing())
                .fetchOne(0, Instant.class);
        dsl.update(CLIENT).set(CLIENT.LAST_TOUCHPOINT_AT, latest).where(CLIENT.ID.eq(clientId)).execute();
    }

    /** Tables with both an ID and a CLIENT_ID column, other than the client's own details. */
    private List<String> historyTables() {
        return app.rapport.store.jooq.Public.PUBLIC.getTables().stream()
                .filter(table -> table.field("CLIENT_ID") != null && table.field("ID") != null)
                .map(Table::getName).sorted().filter(t -> !NOT_HISTORY.contains(t)).toList();
    }
}
