package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.service.ClientService;
import app.rapport.service.NoteService;
import app.rapport.service.TouchpointService;
import app.rapport.store.FieldLaptops;
import app.rapport.store.SameBook;
import app.rapport.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * Work done on a laptop and at the office between syncs, through the real services, remembered so
 * that after the sync each store can be checked: the same book on both, every call and note once,
 * every new client there, each side's field edits kept, and the same field edited on both sides
 * holding one value with the other offered in exactly one open conflict.
 */
final class OfflineWork {
    /** The client fields the trials edit, by column name. */
    enum EditedField {
        SOURCE("source", Client::source, ClientBuilder::source),
        ADDRESS_AS("address_as", Client::addressAs, ClientBuilder::addressAs),
        COMPANY_NAME("company_name", Client::companyName, ClientBuilder::companyName);

        final String column;
        private final Function<Client, String> read;
        private final java.util.function.BiFunction<ClientBuilder, String, ClientBuilder> write;

        EditedField(String column, Function<Client, String> read, java.util.function.BiFunction<ClientBuilder, String, ClientBuilder> write) {
            this.column = column;
            this.read = read;
            this.write = write;
        }
    }

    private record Edited(UUID clientId, EditedField field) {
    }

    private final List<String> callSummaries = new ArrayList<>();
    private final List<String> noteBodies = new ArrayList<>();
    private final List<UUID> newClients = new ArrayList<>();
    /** The last value each side gave a field since the last sync, laptop and office apart. */
    private final Map<Edited, String> laptopEdits = new LinkedHashMap<>();
    private final Map<Edited, String> officeEdits = new LinkedHashMap<>();
    /** Every field edit ever checked: its expected value stays until a later edit. */
    private final Map<Edited, Set<String>> expected = new HashMap<>();

    void logCall(Store store, UUID clientId, String summary) {
        new TouchpointService(store, store.clock()).log(new Touchpoint(null, clientId, store.clock().instant(), Channel.CALL, Direction.OUTBOUND,
                summary, null, null, null));
        callSummaries.add(summary);
    }

    void addNote(Store store, UUID clientId, String body) {
        new NoteService(store, store.clock()).add(clientId, body, false);
        noteBodies.add(body);
    }

    UUID newClient(Store store, String first, String last) {
        UUID id = new ClientService(store, store.clock()).save(ClientBuilder.person(first, last).source("met in the field")
                .createdAt(store.clock().instant()).updatedAt(store.clock().instant()).build()).id();
        newClients.add(id);
        return id;
    }

    void edit(Store store, boolean onLaptop, UUID clientId, EditedField field, String value) {
        ClientService clients = new ClientService(store, store.clock());
        Client client = clients.profile(clientId).orElseThrow().client();
        clients.save(field.write.apply(ClientBuilder.from(client), value).build());
        (onLaptop ? laptopEdits : officeEdits).put(new Edited(clientId, field), value);
    }

    int callsLogged() {
        return callSummaries.size();
    }

    int notesAdded() {
        return noteBodies.size();
    }

    int fieldsEdited() {
        return laptopEdits.size() + officeEdits.size();
    }

    /** Both sides' edits since the last sync, with the value each may end with; call once both have synced. */
    void synced() {
        for (Map.Entry<Edited, String> edit : laptopEdits.entrySet()) {
            String office = officeEdits.get(edit.getKey());
            expected.put(edit.getKey(), office == null ? Set.of(edit.getValue()) : Set.of(edit.getValue(), office));
        }
        officeEdits.forEach((edited, value) -> {
            if (!laptopEdits.containsKey(edited)) {
                expected.put(edited, Set.of(value));
            }
        });
        laptopEdits.clear();
        officeEdits.clear();
    }

    /** What is wrong after the sync (empty: both stores hold everything, once). */
    List<String> problems(Store office, Store laptop) {
        List<String> problems = new ArrayList<>();
        List<String> differing = SameBook.differingTables(office, laptop);
        if (!differing.isEmpty()) {
            problems.add("the stores differ in " + String.join(", ", differing));
        }
        for (Store store : List.of(office, laptop)) {
            String where = store == office ? "at the office" : "on the laptop";
            once(problems, "call", callSummaries, store.dsl().select(TOUCHPOINT.SUMMARY).from(TOUCHPOINT).fetch(TOUCHPOINT.SUMMARY), where);
            once(problems, "note", noteBodies, store.dsl().select(NOTE.BODY).from(NOTE).fetch(NOTE.BODY), where);
            long clientsThere = newClients.stream().filter(id -> store.dsl().fetchExists(CLIENT, CLIENT.ID.eq(id))).count();
            if (clientsThere != newClients.size()) {
                problems.add((newClients.size() - clientsThere) + " new clients missing " + where);
            }
        }
        List<FieldLaptops.Conflict> conflicts = FieldLaptops.openConflicts(office.dsl());
        if (!conflicts.equals(FieldLaptops.openConflicts(laptop.dsl()))) {
            problems.add("the office and the laptop list different conflicts");
        }
        if (conflicts.stream().map(c -> c.entity() + "|" + c.rowId() + "|" + c.field()).distinct().count() != conflicts.size()) {
            problems.add("a field is listed twice in Conflicts");
        }
        for (FieldLaptops.Conflict conflict : conflicts) {
            boolean editedOnBothSides = expected.entrySet().stream().anyMatch(edit -> edit.getValue().size() == 2
                    && edit.getKey().clientId.toString().equals(conflict.rowId()) && edit.getKey().field.column.equals(conflict.field()));
            if (!editedOnBothSides) {
                problems.add("a conflict nobody made: " + conflict.entity() + " " + conflict.rowId() + " " + conflict.field() + " '"
                        + conflict.keptValue() + "' or '" + conflict.otherValue() + "'");
            }
        }
        ClientService clients = new ClientService(office, office.clock());
        for (Map.Entry<Edited, Set<String>> edit : expected.entrySet()) {
            Edited edited = edit.getKey();
            String value = edited.field.read.apply(clients.profile(edited.clientId).orElseThrow().client());
            if (!edit.getValue().contains(value)) {
                problems.add(edited.field.column + " of client " + edited.clientId + " is '" + value + "', not one of " + edit.getValue());
            } else if (edit.getValue().size() == 2 && conflicts.stream().noneMatch(c -> c.rowId().equals(edited.clientId.toString())
                    && c.field().equals(edited.field.column) && Objects.equals(c.keptValue(), value)
                    && edit.getValue().equals(Set.of(c.keptValue(), String.valueOf(c.otherValue()))))) {
                problems.add(edited.field.column + " of client " + edited.clientId + ", edited on both sides, has no conflict offering "
                        + edit.getValue());
            }
        }
        return problems;
    }

    private static void once(List<String> problems, String what, List<String> made, List<String> there, String where) {
        Map<String, Long> counts = there.stream().collect(Collectors.groupingBy(text -> text, Collectors.counting()));
        long missing = made.stream().filter(text -> !counts.containsKey(text)).count();
        long twice = made.stream().filter(text -> counts.getOrDefault(text, 0L) > 1).count();
        if (missing > 0) {
            problems.add(missing + " " + what + "s missing " + where);
        }
        if (twice > 0) {
            problems.add(twice + " " + what + "s there more than once " + where);
        }
    }
}
