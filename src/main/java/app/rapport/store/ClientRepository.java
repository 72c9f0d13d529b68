package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.SearchTokens;
import app.rapport.store.jooq.tables.ClientTag;
import app.rapport.store.jooq.tables.records.ClientRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_COMPETITOR;
import static app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Clients with their phones, emails, tags and custom fields; soft-deleted clients (in the trash)
 * are invisible to every read except {@link #findIncludingTrash} and {@link #trash()}.
 */
public final class ClientRepository {
    /**
     * From this many listed clients on, the list's phones, emails, tags and follow-ups are read by
     * scanning their whole tables once; below it, by index lookups for the listed clients only.
     */
    private static final int SCAN_FROM = 4_000;
    private static final int IDS_PER_QUERY = 500;

    private final DSLContext dsl;
    private final ClientSearchIndex searchIndex;

    /** A repository that lists and counts, but cannot search by typed text (it has no search index). */
    public ClientRepository(DSLContext dsl) {
        this(dsl, null);
    }

    /** A repository whose typed searches are answered by the store's {@code searchIndex}. */
    public ClientRepository(DSLContext dsl, ClientSearchIndex searchIndex) {
        this.dsl = dsl;
        this.searchIndex = searchIndex;
    }

    /** A new client with its details. */
    public void insert(Client client) {
        Rows.client(client, new PhoneRows(dsl).region()).forEach(dsl::executeInsert);
    }

    /**
     * Replaces {@code stored} (as read from the store) by {@code changed}, which has the same id:
     * the profile, its phones, emails, tags and custom fields, whatever version is stored (an
     * import or a merge, which read the profile in the same transaction), and raises its version.
     * Creation time, trash state and last touchpoint stay as stored.
     */
    public void update(Client stored, Client changed) {
        if (!stored.id().equals(changed.id())) {
            throw new IllegalArgumentException("Cannot update client " + stored.id() + " with the data of " + changed.id());
        }
        write(changed, org.jooq.impl.DSL.noCondition());
    }

    /**
     * Like {@link #update}, but only while the stored profile still has {@code readVersion}, and
     * returns the client as saved: empty, and nothing written, when another save came first (or
     * there is no such client). The check and the write are one statement, so two desks saving at
     * the same moment cannot both win. On a server the saved row comes back in the round trip of
     * the update, with the stored details: a save that leaves the details as they were reads
     * nothing more, which spares every edit a round trip while it holds the client's row.
     */
    public Optional<Client> updateIfUnchangedAndRead(Client changed, int readVersion) {
        if (!RoundTrips.onServer(dsl)) {
            return write(changed, CLIENT.VERSION.eq(readVersion)) ? findIncludingTrash(changed.id()) : Optional.empty();
        }
        UUID id = changed.id();
        List<org.jooq.ResultQuery<? extends Record>> reads = new ArrayList<>();
        reads.add(update(changed, CLIENT.VERSION.eq(readVersion)).returning(CLIENT.fields()));
        reads.addAll(detailReads(id));
        List<org.jooq.Result<Record>> read = RoundTrips.fetch(dsl, reads);
        if (read.get(0).isEmpty()) {
            return Optional.empty();
        }
        Details stored = details(read.subList(1, read.size()));
        if (!stored.sameAs(changed)) {
            rewriteDetails(changed);
            return findIncludingTrash(id);
        }
        ClientRecord row = read.get(0).get(0).into(CLIENT);
        return Optional.of(Rows.client(row, stored.phones(), stored.emails(), stored.tags(), stored.customFields()));
    }

    private org.jooq.UpdateConditionStep<ClientRecord> update(Client changed, org.jooq.Condition stillAsRead) {
        return dsl.update(CLIENT)
                .set(CLIENT.KIND, changed.kind().name())
                .set(CLIENT.FIRST_NAME, changed.firstName())
                .set(CLIENT.LAST_NAME, changed.lastName())
                .set(CLIENT.DISPLAY_NAME, changed.displayName())
                .set(CLIENT.COMPANY_NAME, changed.companyName())
                .set(CLIENT.ADDRESS_AS, changed.addressAs())
                .set(CLIENT.STREET, changed.address().street())
                .set(CLIENT.POSTAL_CODE, changed.address().postalCode())
                .set(CLIENT.CITY, changed.address().city())
                .set(CLIENT.REGION, changed.address().region())
                .set(CLIENT.COUNTRY, changed.address().country())
                .set(CLIENT.BIRTHDAY, changed.birthday())
                .set(CLIENT.SOURCE, changed.source())
                .set(CLIENT.PREFERRED_CHANNEL, changed.preferredChannel() == null ? null : changed.preferredChannel().name())
                .set(CLIENT.UPDATED_AT, changed.updatedAt())
                .set(CLIENT.VERSION, CLIENT.VERSION.plus(1))
                .where(CLIENT.ID.eq(changed.id())).and(stillAsRead);
    }

    private boolean write(Client changed, org.jooq.Condition stillAsRead) {
        UUID id = changed.id();
        var update = update(changed, stillAsRead);
        Details stored;
        if (RoundTrips.onServer(dsl)) {
            // the details are read in the same round trip, after the update as on H2 (wasted when it wrote nothing)
            List<org.jooq.ResultQuery<? extends Record>> reads = new ArrayList<>();
            reads.add(update.returning(CLIENT.ID));
            reads.addAll(detailReads(id));
            List<org.jooq.Result<Record>> read = RoundTrips.fetch(dsl, reads);
            if (read.get(0).isEmpty()) {
                return false;
            }
            stored = details(read.subList(1, read.size()));
        } else {
            if (update.execute() == 0) {
                return false;
            }
            stored = readDetails(id);
        }
        if (stored.sameAs(changed)) {
            // rows rewritten with new ids would be a change of their own (to the log, to another desk's sync)
            return true;
        }
        rewriteDetails(changed);
        return true;
    }

    private void rewriteDetails(Client changed) {
        UUID id = changed.id();
        dsl.deleteFrom(CLIENT_PHONE).where(CLIENT_PHONE.CLIENT_ID.eq(id)).execute();
        dsl.deleteFrom(CLIENT_EMAIL).where(CLIENT_EMAIL.CLIENT_ID.eq(id)).execute();
        dsl.deleteFrom(CLIENT_TAG).where(CLIENT_TAG.CLIENT_ID.eq(id)).execute();
        dsl.deleteFrom(CLIENT_CUSTOM_FIELD).where(CLIENT_CUSTOM_FIELD.CLIENT_ID.eq(id)).execute();
        Rows.clientDetails(changed, new PhoneRows(dsl).region()).forEach(dsl::executeInsert);
    }

    /** Moves a client to the trash; false when there is no such client or it is there already. */
    public boolean moveToTrash(UUID id, Instant at) {
        boolean moved = dsl.update(CLIENT).set(CLIENT.DELETED_AT, at)
                .where(CLIENT.ID.eq(id)).and(CLIENT.DELETED_AT.isNull()).execute() > 0;
        return moved;
    }

    /** Takes a client out of the trash; false when it was not in there. */
    public boolean restore(UUID id) {
        boolean restored = dsl.update(CLIENT).setNull(CLIENT.DELETED_AT)
                .where(CLIENT.ID.eq(id)).and(CLIENT.DELETED_AT.isNotNull()).execute() > 0;
        return restored;
    }

    /** Whether a client with this id exists at all, in the trash or not. */
    public boolean exists(UUID id) {
        return dsl.fetchExists(CLIENT, CLIENT.ID.eq(id));
    }

    /** Whether a client with this id exists and is not in the trash. */
    public boolean isActive(UUID id) {
        return dsl.fetchExists(CLIENT, CLIENT.ID.eq(id).and(CLIENT.DELETED_AT.isNull()));
    }

    public Optional<Client> find(UUID id) {
        return find(id, CLIENT.DELETED_AT.isNull());
    }

    /** The client even when it is in the trash: what a save compares against. */
    public Optional<Client> findIncludingTrash(UUID id) {
        return find(id, org.jooq.impl.DSL.noCondition());
    }

    /** The profile and its details, read together (in one round trip on a team server). */
    private Optional<Client> find(UUID id, Condition condition) {
        if (!RoundTrips.onServer(dsl)) {
            ClientRecord row = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(id)).and(condition).fetchOne();
            if (row == null) {
                return Optional.empty();
            }
            Details details = readDetails(id);
            return Optional.of(Rows.client(row, details.phones(), details.emails(), details.tags(), details.customFields()));
        }
        List<org.jooq.ResultQuery<? extends Record>> reads = new ArrayList<>();
        reads.add(dsl.select(CLIENT.fields()).from(CLIENT).where(CLIENT.ID.eq(id)).and(condition));
        reads.addAll(detailReads(id));
        List<org.jooq.Result<Record>> read = RoundTrips.fetch(dsl, reads);
        if (read.get(0).isEmpty()) {
            return Optional.empty();
        }
        ClientRecord row = read.get(0).get(0).into(CLIENT);
        Details details = details(read.subList(1, read.size()));
        return Optional.of(Rows.client(row, details.phones(), details.emails(), details.tags(), details.customFields()));
    }

    /** A client's phones, emails, tags and custom fields as stored. */
    private record Details(List<ContactPoint> phones, List<ContactPoint> emails, List<String> tags, Map<String, String> customFields) {
        boolean sameAs(Client client) {
            return phones.equals(orEmpty(client.phones())) && emails.equals(orEmpty(client.emails()))
                    && tags.equals(orEmpty(client.tags()).stream().sorted().toList())
                    && customFields.equals(client.customFields() == null ? Map.of() : client.customFields());
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    private Details readDetails(UUID id) {
        return details(RoundTrips.fetch(dsl, detailReads(id)));
    }

    private List<org.jooq.ResultQuery<? extends Record>> detailReads(UUID id) {
        return List.of(
                dsl.select(CLIENT_PHONE.LABEL, CLIENT_PHONE.NUMBER).from(CLIENT_PHONE)
                        .where(CLIENT_PHONE.CLIENT_ID.eq(id)).orderBy(CLIENT_PHONE.POSITION),
                dsl.select(CLIENT_EMAIL.LABEL, CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL)
                        .where(CLIENT_EMAIL.CLIENT_ID.eq(id)).orderBy(CLIENT_EMAIL.POSITION),
                dsl.select(CLIENT_TAG.TAG).from(CLIENT_TAG).where(CLIENT_TAG.CLIENT_ID.eq(id)).orderBy(CLIENT_TAG.TAG),
                dsl.select(CLIENT_CUSTOM_FIELD.NAME, CLIENT_CUSTOM_FIELD.FIELD_VALUE).from(CLIENT_CUSTOM_FIELD)
                        .where(CLIENT_CUSTOM_FIELD.CLIENT_ID.eq(id)).orderBy(CLIENT_CUSTOM_FIELD.POSITION));
    }

    /** The details from the answers to {@link #detailReads}, in their order. */
    private static Details details(List<org.jooq.Result<Record>> read) {
        List<ContactPoint> phones = read.get(0).map(r -> new ContactPoint(r.get(CLIENT_PHONE.LABEL), r.get(CLIENT_PHONE.NUMBER)));
        List<ContactPoint> emails = read.get(1).map(r -> new ContactPoint(r.get(CLIENT_EMAIL.LABEL), r.get(CLIENT_EMAIL.ADDRESS)));
        List<String> tags = read.get(2).map(r -> r.get(CLIENT_TAG.TAG));
        Map<String, String> customFields = new LinkedHashMap<>();
        read.get(3).forEach(r -> customFields.put(r.get(CLIENT_CUSTOM_FIELD.NAME), r.get(CLIENT_CUSTOM_FIELD.FIELD_VALUE)));
        return new Details(phones, emails, tags, customFields);
    }

    /**
     * Clients matching every word of {@code query} by prefix (names, email, tags, phone digits),
     * ordered by name; an empty query lists everyone.
     */
    public List<ClientSummary> search(String query, int limit) {
        return search(query, ClientSort.NAME, null, limit);
    }

    /**
     * Clients matching every word of {@code query} by prefix and, when {@code tag} is not null,
     * carrying that tag, in the given order:
     * <ul>
     *     <li>NAME: by display name;</li>
     *     <li>LAST_TOUCHPOINT: most recent contact first, never contacted last;</li>
     *     <li>NEXT_FOLLOW_UP: earliest open follow-up first, none last;</li>
     * </ul>
     * ties by display name. Each summary carries its earliest open follow-up.
     */
    public List<ClientSummary> search(String query, ClientSort sort, String tag, int limit) {
        return search(query, sort, tag, (UUID) null, limit);
    }

    /** Like {@link #search(String, ClientSort, String, int)}; when {@code competitorId} is not null, only clients linked to it. */
    public List<ClientSummary> search(String query, ClientSort sort, String tag, UUID competitorId, int limit) {
        return search(query, sort, tag, linkedTo(competitorId), limit);
    }

    /**
     * Like {@link #search(String, ClientSort, String, int)}, only among clients that also meet
     * {@code among} (a condition on CLIENT, such as a segment's).
     */
    public List<ClientSummary> search(String query, ClientSort sort, String tag, Condition among, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        ClientSort ordering = sort == null ? ClientSort.NAME : sort;
        Condition filters = tagged(tag).and(among);
        List<String> tokens = SearchTokens.forQuery(query);
        ClientList rows;
        if (ordering == ClientSort.NAME && unfiltered(tag, among) && (searchIndex != null || !tokens.isEmpty())) {
            // The index holds the rows in the list's order, every client's or a query's: nothing to read.
            return index().matching(tokens, limit).clients();
        } else if (tokens.isEmpty()) {
            // Every client is read unordered and sorted here: H2 would sort by walking the name index
            // and looking each row up, several times slower for the whole list. Java's String order
            // is H2's own (no collation), so the order is the same.
            rows = heads(filters.and(CLIENT.DELETED_AT.isNull()));
        } else {
            rows = headsOf(index().matchingIds(tokens), filters);
        }
        if (ordering == ClientSort.NEXT_FOLLOW_UP) {
            rows.readNextFollowUps();
        }
        rows.sort(switch (ordering) {
            case NAME -> Head::byName;
            case LAST_TOUCHPOINT -> (a, b) -> {
                int order = latestFirst(a.lastTouchpointAt, b.lastTouchpointAt);
                return order != 0 ? order : Head.byName(a, b);
            };
            case NEXT_FOLLOW_UP -> (a, b) -> {
                int order = earliestFirst(a.nextFollowUp(), b.nextFollowUp());
                return order != 0 ? order : Head.byName(a, b);
            };
        });
        if (ordering != ClientSort.NEXT_FOLLOW_UP) {
            // Only the rows shown need their follow-up when it does not decide the order.
            rows.readNextFollowUps(rows.heads.subList(0, Math.min(limit, rows.heads.size())));
        }
        return rows.summaries(limit);
    }

    /**
     * About the first {@code limit} clients not in the trash by name, read through the name
     * index: what the window shows while the whole list is still being read. They are in the
     * full list's accent- and case-blind order; as the index holds the stored names' order, a name
     * whose first letter is accented may join the page when the full list replaces it.
     */
    public List<ClientSummary> firstByName(int limit) {
        // A margin past the cut brings in names the two orders place differently ("de Vries" after "Lin").
        ClientList rows = heads(headQuery(CLIENT.DELETED_AT.isNull()).orderBy(CLIENT.DISPLAY_NAME).limit(2 * limit));
        rows.sort(Head::byName);
        List<Head> page = rows.heads.size() > limit ? rows.heads.subList(0, limit) : rows.heads;
        rows.readNextFollowUps(page);
        return rows.summaries(limit);
    }

    public int countMatching(String query) {
        return countMatching(query, null);
    }

    public int countMatching(String query, String tag) {
        return countMatching(query, tag, (UUID) null);
    }

    public int countMatching(String query, String tag, UUID competitorId) {
        return countMatching(query, tag, linkedTo(competitorId));
    }

    /** How many clients not in the trash match the query and tag and meet {@code among}. */
    public int countMatching(String query, String tag, Condition among) {
        Condition filters = tagged(tag).and(among);
        List<String> tokens = SearchTokens.forQuery(query);
        if (tokens.isEmpty()) {
            return dsl.fetchCount(CLIENT, filters.and(CLIENT.DELETED_AT.isNull()));
        }
        if (unfiltered(tag, among)) {
            return index().matching(tokens, 0).total();
        }
        List<UUID> matches = index().matchingIds(tokens);
        int count = 0;
        for (int from = 0; from < matches.size(); from += IDS_PER_QUERY) {
            count += dsl.fetchCount(CLIENT, CLIENT.ID.in(matches.subList(from, Math.min(matches.size(), from + IDS_PER_QUERY)))
                    .and(filters).and(CLIENT.DELETED_AT.isNull()));
        }
        return count;
    }

    private static boolean unfiltered(String tag, Condition among) {
        return tag == null && (among == null || among.equals(trueCondition()) || among.equals(noCondition()));
    }

    private ClientSearchIndex index() {
        if (searchIndex == null) {
            throw new IllegalStateException("This client repository was made without the store's search index");
        }
        return searchIndex;
    }

    public int count() {
        return dsl.fetchCount(CLIENT, CLIENT.DELETED_AT.isNull());
    }

    public boolean any() {
        return dsl.fetchExists(CLIENT, CLIENT.DELETED_AT.isNull());
    }

    /** The ids of every client not in the trash, in id order. */
    public List<UUID> activeIds() {
        return dsl.select(CLIENT.ID).from(CLIENT).where(CLIENT.DELETED_AT.isNull()).orderBy(CLIENT.ID).fetch(CLIENT.ID);
    }

    /** Every tag of a client not in the trash, alphabetically (ignoring case). */
    public List<String> tags() {
        // Each distinct tag (from the tag index) is checked once for one client not in the trash,
        // instead of checking the client of every tag row.
        Table<Record1<String>> distinct = selectDistinct(CLIENT_TAG.TAG).from(CLIENT_TAG).asTable("distinct_tag");
        Field<String> tag = distinct.field(CLIENT_TAG.TAG);
        ClientTag tagged = CLIENT_TAG.as("tagged");
        List<String> tags = new ArrayList<>(dsl.select(tag).from(distinct)
                .whereExists(selectOne().from(tagged).join(CLIENT).on(CLIENT.ID.eq(tagged.CLIENT_ID))
                        .where(tagged.TAG.eq(tag)).and(CLIENT.DELETED_AT.isNull()))
                .fetch(tag));
        tags.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        return tags;
    }

    /** Clients in the trash, most recently deleted first. */
    public List<ClientSummary> trash() {
        ClientList rows = heads(CLIENT.DELETED_AT.isNotNull());
        rows.readNextFollowUps();
        rows.sort((a, b) -> {
            int order = latestFirst(a.deletedAt, b.deletedAt);
            return order != 0 ? order : Head.byName(a, b);
        });
        return rows.summaries(Integer.MAX_VALUE);
    }

    private static Condition tagged(String tag) {
        return tag == null ? trueCondition()
                : CLIENT.ID.in(select(CLIENT_TAG.CLIENT_ID).from(CLIENT_TAG).where(CLIENT_TAG.TAG.eq(tag)));
    }

    private static Condition linkedTo(UUID competitorId) {
        return competitorId == null ? trueCondition()
                : CLIENT.ID.in(select(CLIENT_COMPETITOR.CLIENT_ID).from(CLIENT_COMPETITOR).where(CLIENT_COMPETITOR.COMPETITOR_ID.eq(competitorId)));
    }

    /** Later instants first, nulls last. */
    private static int latestFirst(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return b.compareTo(a);
    }

    /** Earlier days first, nulls last. */
    private static int earliestFirst(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private ClientList heads(Condition condition) {
        return heads(headQuery(condition));
    }

    /** The heads of the given clients that meet {@code condition} (and are not in the trash), read by chunks of ids. */
    private ClientList headsOf(List<UUID> ids, Condition condition) {
        List<Head> heads = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            heads.addAll(heads(CLIENT.ID.in(chunk).and(condition).and(CLIENT.DELETED_AT.isNull())).heads);
        }
        return new ClientList(heads);
    }

    /** What a list row needs of the clients meeting {@code condition}, unordered. */
    private org.jooq.SelectConditionStep<?> headQuery(Condition condition) {
        return dsl.select(CLIENT.ID, CLIENT.DISPLAY_NAME, CLIENT.COMPANY_NAME, CLIENT.LAST_TOUCHPOINT_AT, CLIENT.DELETED_AT)
                .from(CLIENT)
                .where(condition);
    }

    private ClientList heads(ResultQuery<?> query) {
        List<Head> heads = new ArrayList<>();
        RowStream.forEach(query, "the client list", row -> heads.add(new Head(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                RowStream.instant(row, 4), RowStream.instant(row, 5))));
        return new ClientList(heads);
    }

    /** One client of a list being assembled. */
    private static final class Head extends ListRowDetails {
        final UUID id;
        final String displayName;
        final String companyName;
        final Instant lastTouchpointAt;
        final Instant deletedAt;

        private String sortName;

        Head(UUID id, String displayName, String companyName, Instant lastTouchpointAt, Instant deletedAt) {
            this.id = id;
            this.displayName = displayName;
            this.companyName = companyName;
            this.lastTouchpointAt = lastTouchpointAt;
            this.deletedAt = deletedAt;
        }

        /** By name as people read it: {@link NameOrder}. */
        static int byName(Head a, Head b) {
            return NameOrder.compare(a.sortName(), a.displayName, a.id, b.sortName(), b.displayName, b.id);
        }

        private String sortName() {
            if (sortName == null) {
                sortName = SearchTokens.normalise(displayName);
            }
            return sortName;
        }

        ClientSummary summary() {
            return summary(id, displayName, companyName, lastTouchpointAt);
        }
    }

    /**
     * A client list being assembled. Phones, emails, tags and follow-ups are read with one
     * set-based query per table (never one per client) and put on the clients here: by a scan of
     * the whole table for long lists (H2 scans a table several times faster than it looks rows up
     * by an index), by index lookups for chunks of ids for short ones.
     */
    private final class ClientList {
        final List<Head> heads;
        final Map<UUID, Head> byId;

        ClientList(List<Head> heads) {
            this.heads = heads;
            this.byId = new HashMap<>(heads.size() * 4 / 3 + 1);
            heads.forEach(head -> byId.put(head.id, head));
        }

        /** Sorts the list, on several cores when it is long (it is pure computation). */
        void sort(Comparator<Head> order) {
            Head[] sorted = heads.toArray(new Head[0]);
            Arrays.parallelSort(sorted, order);
            heads.clear();
            heads.addAll(Arrays.asList(sorted));
        }

        void readNextFollowUps() {
            readNextFollowUps(heads);
        }

        void readNextFollowUps(List<Head> wanted) {
            read(wanted, FOLLOW_UP.CLIENT_ID, FOLLOW_UP.DONE_AT.isNull(),
                    condition -> dsl.select(FOLLOW_UP.CLIENT_ID, FOLLOW_UP.DUE_ON)
                            .from(wanted.size() >= SCAN_FROM ? FOLLOW_UP : IndexHints.followUpsOfNamedClients(dsl)).where(condition),
                    row -> {
                        Head head = byId.get(row.getObject(1, UUID.class));
                        if (head != null) {
                            head.followUp(row.getObject(2, LocalDate.class));
                        }
                    });
        }

        /** The first {@code limit} clients, in the order of {@link #heads}, with their details. */
        List<ClientSummary> summaries(int limit) {
            List<Head> page = heads.size() > limit ? heads.subList(0, limit) : heads;
            read(page, CLIENT_PHONE.CLIENT_ID, trueCondition(),
                    condition -> dsl.select(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.NUMBER, CLIENT_PHONE.POSITION).from(CLIENT_PHONE).where(condition),
                    row -> {
                        Head head = byId.get(row.getObject(1, UUID.class));
                        if (head != null) {
                            head.phone(row.getString(2), row.getInt(3));
                        }
                    });
            read(page, CLIENT_EMAIL.CLIENT_ID, trueCondition(),
                    condition -> dsl.select(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.ADDRESS, CLIENT_EMAIL.POSITION).from(CLIENT_EMAIL).where(condition),
                    row -> {
                        Head head = byId.get(row.getObject(1, UUID.class));
                        if (head != null) {
                            head.email(row.getString(2), row.getInt(3));
                        }
                    });
            read(page, CLIENT_TAG.CLIENT_ID, trueCondition(),
                    condition -> dsl.select(CLIENT_TAG.CLIENT_ID, CLIENT_TAG.TAG).from(CLIENT_TAG).where(condition),
                    row -> {
                        Head head = byId.get(row.getObject(1, UUID.class));
                        if (head != null) {
                            head.tag(row.getString(2));
                        }
                    });
            List<ClientSummary> summaries = new ArrayList<>(page.size());
            page.forEach(head -> summaries.add(head.summary()));
            return summaries;
        }

        /**
         * Reads the rows of {@code query} for the {@code wanted} clients: once over the whole
         * table when they are many, else once per chunk of their ids. The reader skips rows of
         * clients not in this list.
         */
        private void read(List<Head> wanted, Field<UUID> clientId, Condition base, Function<Condition, ResultQuery<?>> query,
                          RowStream.RowReader reader) {
            if (wanted.isEmpty()) {
                return;
            }
            if (wanted.size() >= SCAN_FROM) {
                RowStream.forEach(query.apply(base), "the client list", reader);
                return;
            }
            for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
                List<UUID> chunk = new ArrayList<>(IDS_PER_QUERY);
                wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY)).forEach(head -> chunk.add(head.id));
                RowStream.forEach(query.apply(base.and(clientId.in(chunk))), "the client list", reader);
            }
        }
    }
}
