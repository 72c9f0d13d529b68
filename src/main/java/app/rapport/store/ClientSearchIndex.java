package app.rapport.store;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.SearchTokens;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Search as you type, answered from memory: each client not in the trash with its list row (a
 * {@link ClientSummary}), the tokens of its names, email addresses and tags
 * ({@link SearchTokens#wordsOf}) in one string, and its phone digits, in the client list's name
 * order. A query token matches a client when it starts one of its tokens or one of its
 * phone-digit suffixes (the rule a token table would answer), so one scan of these strings finds
 * and counts every match, and the rows shown need no further reading.
 * <p>
 * It reads the whole book on first use and, after that, only the clients {@link ClientChanges}
 * says were written to. The last query's matches are kept until the next change, because a list
 * asks for a page and then for the count of the same query.
 */
public final class ClientSearchIndex {
    /** More changed clients than this are read with the whole book: one scan beats many lookups. */
    private static final int REREAD_ALL_FROM = 5_000;
    private static final int IDS_PER_QUERY = 1_000;
    private static final char TOKEN_START = '\0';
    private static final char PHONE_START = '\0';
    /** The client list's {@link NameOrder}; the accent- and case-free name is computed when needed rather than kept for 100,000 clients. */
    private static final Comparator<Entry> BY_NAME = (a, b) -> NameOrder.compare(SearchTokens.normalise(a.summary.displayName()),
            a.summary.displayName(), a.summary.id(), SearchTokens.normalise(b.summary.displayName()), b.summary.displayName(), b.summary.id());
    private static final Comparator<Keyed> KEYED_BY_NAME = (a, b) -> NameOrder.compare(a.sortName(), a.entry().summary.displayName(),
            a.entry().summary.id(), b.sortName(), b.entry().summary.displayName(), b.entry().summary.id());

    private final Supplier<DSLContext> dsl;
    private final List<Entry> byName = new ArrayList<>();
    private final Map<UUID, Entry> byId = new HashMap<>();
    private long seenChanges = -1;
    private Packed packed;
    private boolean packedIsStale;
    private List<String> lastQuery = List.of();
    private List<Entry> lastMatches = List.of();

    public ClientSearchIndex(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    /** The list rows of the first {@code limit} clients matching every query token, by name, and how many match in all. */
    public synchronized Page matching(List<String> queryTokens, int limit) {
        List<Entry> matches = matches(queryTokens);
        List<ClientSummary> shown = new ArrayList<>(Math.min(limit, matches.size()));
        for (int i = 0; i < matches.size() && shown.size() < limit; i++) {
            shown.add(matches.get(i).summary);
        }
        return new Page(shown, matches.size());
    }

    /** Every client matching every query token, by name. */
    public synchronized List<UUID> matchingIds(List<String> queryTokens) {
        List<Entry> matches = matches(queryTokens);
        List<UUID> ids = new ArrayList<>(matches.size());
        matches.forEach(entry -> ids.add(entry.summary.id()));
        return ids;
    }

    /** Some rows of a search, and the number of all its matches. */
    public record Page(List<ClientSummary> clients, int total) {
    }

    private List<Entry> matches(List<String> queryTokens) {
        if (catchUp() || !queryTokens.equals(lastQuery)) {
            if (packed == null || packedIsStale) {
                packed = new Packed(byName, packed);
                packedIsStale = false;
            }
            BitSet found = null;
            for (String token : queryTokens) {
                BitSet withToken = packed.entriesWith(token);
                if (found == null) {
                    found = withToken;
                } else {
                    found.and(withToken);
                }
            }
            List<Entry> matches = new ArrayList<>(found == null ? byName.size() : found.cardinality());
            if (found == null) {
                matches.addAll(byName);
            } else {
                found.stream().forEach(at -> matches.add(byName.get(at)));
            }
            lastQuery = List.copyOf(queryTokens);
            lastMatches = matches;
        }
        return lastMatches;
    }

    /** Brings the index up to date; true when anything changed. A read that fails leaves it to be read whole next time. */
    private boolean catchUp() {
        try {
            return readChanges();
        } catch (RuntimeException e) {
            seenChanges = -1;
            throw e;
        }
    }

    private boolean readChanges() {
        if (seenChanges < 0) {
            readAll();
            return true;
        }
        Set<UUID> changed = new HashSet<>();
        long next = ClientChanges.changedSince(seenChanges, changed);
        if (next < 0 || changed.size() > REREAD_ALL_FROM) {
            readAll();
            return true;
        }
        if (changed.isEmpty()) {
            seenChanges = next;
            return false;
        }
        reread(changed);
        seenChanges = next;
        packedIsStale = true;
        return true;
    }

    private void readAll() {
        // Changes written while we read are logged after this number: the next search re-reads them.
        long readFrom = ClientChanges.logged();
        // Pure computation on every client of the book: on all cores, as the read's tokens are.
        Keyed[] keyed = read(null).parallelStream().map(entry -> new Keyed(SearchTokens.normalise(entry.summary.displayName()), entry))
                .toArray(Keyed[]::new);
        Arrays.parallelSort(keyed, KEYED_BY_NAME);
        packed = null;
        byName.clear();
        byId.clear();
        for (Keyed each : keyed) {
            byName.add(each.entry());
            byId.put(each.entry().summary.id(), each.entry());
        }
        seenChanges = readFrom;
    }

    private void reread(Collection<UUID> changed) {
        for (UUID id : changed) {
            Entry old = byId.remove(id);
            if (old != null) {
                byName.remove(Collections.binarySearch(byName, old, BY_NAME));
            }
        }
        List<UUID> ids = new ArrayList<>(changed);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            for (Entry entry : read(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))) {
                int at = Collections.binarySearch(byName, entry, BY_NAME);
                byName.add(at < 0 ? -at - 1 : at, entry);
                byId.put(entry.summary.id(), entry);
            }
        }
    }

    /** An entry with its name as the list sorts it, while the whole book is being sorted. */
    private record Keyed(String sortName, Entry entry) {
    }

    /** The entries of the given clients, or of the whole book when {@code ids} is null; none for the trash. */
    private List<Entry> read(List<UUID> ids) {
        DSLContext db = dsl.get();
        // For the whole book, the phones, emails, tags and follow-ups are read on another core
        // while this one reads the clients; each query takes its own connection from the pool.
        CompletableFuture<Map<UUID, Details>> details = ids == null
                ? CompletableFuture.supplyAsync(() -> details(db, null))
                : CompletableFuture.completedFuture(details(db, ids));
        Map<UUID, Names> names = new HashMap<>();
        RowStream.forEach(db.select(CLIENT.ID, CLIENT.DISPLAY_NAME, CLIENT.FIRST_NAME, CLIENT.LAST_NAME, CLIENT.COMPANY_NAME,
                        CLIENT.ADDRESS_AS, CLIENT.LAST_TOUCHPOINT_AT)
                .from(CLIENT).where(among(CLIENT.ID, ids)).and(CLIENT.DELETED_AT.isNull()), "the search index", row ->
                names.put(row.getObject(1, UUID.class), new Names(row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), RowStream.instant(row, 7))));
        Map<UUID, Details> detailsById;
        try {
            detailsById = details.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        // Making the tokens is most of the work of reading the whole book; each client's are its own.
        return names.entrySet().parallelStream()
                .map(each -> entry(each.getKey(), each.getValue(), detailsById.getOrDefault(each.getKey(), new Details())))
                .toList();
    }

    /** The phones, emails, tags and next follow-up of the given clients (all when {@code ids} is null), trash included. */
    private static Map<UUID, Details> details(DSLContext db, List<UUID> ids) {
        Map<UUID, Details> details = new HashMap<>();
        RowStream.forEach(db.select(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.NUMBER, CLIENT_PHONE.DIGITS, CLIENT_PHONE.POSITION, CLIENT_PHONE.E164)
                .from(CLIENT_PHONE).where(among(CLIENT_PHONE.CLIENT_ID, ids)), "the search index", row ->
                details.computeIfAbsent(row.getObject(1, UUID.class), id -> new Details())
                        .phone(row.getString(2), row.getString(3), row.getInt(4), row.getString(5)));
        RowStream.forEach(db.select(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.ADDRESS, CLIENT_EMAIL.POSITION)
                .from(CLIENT_EMAIL).where(among(CLIENT_EMAIL.CLIENT_ID, ids)), "the search index", row ->
                details.computeIfAbsent(row.getObject(1, UUID.class), id -> new Details()).email(row.getString(2), row.getInt(3)));
        RowStream.forEach(db.select(CLIENT_TAG.CLIENT_ID, CLIENT_TAG.TAG).from(CLIENT_TAG).where(among(CLIENT_TAG.CLIENT_ID, ids)), "the search index", row ->
                details.computeIfAbsent(row.getObject(1, UUID.class), id -> new Details()).tag(row.getString(2)));
        RowStream.forEach(db.select(FOLLOW_UP.CLIENT_ID, FOLLOW_UP.DUE_ON).from(ids == null ? FOLLOW_UP : IndexHints.followUpsOfNamedClients(db))
                .where(among(FOLLOW_UP.CLIENT_ID, ids)).and(FOLLOW_UP.DONE_AT.isNull()), "the search index", row ->
                details.computeIfAbsent(row.getObject(1, UUID.class), id -> new Details()).followUp(row.getObject(2, LocalDate.class)));
        return details;
    }

    private static Condition among(Field<UUID> clientId, List<UUID> ids) {
        return ids == null ? trueCondition() : clientId.in(ids);
    }

    /** What the search needs of one client. */
    private static final class Entry {
        static final int LATIN_TOKENS = 0;
        static final int OTHER_TOKENS = 1;
        static final int PHONES = 2;

        final ClientSummary summary;
        /** Its searchable texts until they are packed; then null, as the packed strings hold them. */
        String[] unpacked;
        /** Its place in the packed strings. */
        int packedAt = -1;

        Entry(ClientSummary summary, String latinTokens, String otherTokens, String phones) {
            this.summary = summary;
            this.unpacked = new String[] {latinTokens, otherTokens, phones};
        }
    }

    /** A client's names and last contact, from its own row. */
    private record Names(String displayName, List<String> all, String companyName, Instant lastTouchpointAt) {
        Names(String displayName, String firstName, String lastName, String companyName, String addressAs, Instant lastTouchpointAt) {
            this(displayName, List.of(text(displayName), text(firstName), text(lastName), text(companyName), text(addressAs)), companyName,
                    lastTouchpointAt);
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    /** A client's list-row details, with every phone's digits and every email address its tokens are made of. */
    private static final class Details extends ListRowDetails {
        final List<String> phones = new ArrayList<>(2);
        final List<String> emails = new ArrayList<>(2);

        /** Found by a fragment of the number as typed, and of its international form ("0151 2345" and "49151 2345" alike). */
        void phone(String number, String digits, int position, String e164) {
            phones.add(SearchTokens.searchableDigits(digits));
            if (e164 != null && !e164.substring(1).equals(digits)) {
                phones.add(SearchTokens.searchableDigits(e164.substring(1)));
            }
            phone(number, position);
        }

        @Override
        void email(String address, int position) {
            emails.add(address);
            super.email(address, position);
        }
    }

    private static Entry entry(UUID id, Names names, Details details) {
        StringBuilder latinTokens = new StringBuilder();
        StringBuilder otherTokens = new StringBuilder();
        for (String token : SearchTokens.wordsOf(names.all(), details.emails, details.tags())) {
            (isLatin1(token) ? latinTokens : otherTokens).append(TOKEN_START).append(token);
        }
        ClientSummary summary = details.summary(id, names.displayName(), names.companyName(), names.lastTouchpointAt());
        StringBuilder phoneDigits = new StringBuilder();
        details.phones.forEach(digits -> phoneDigits.append(PHONE_START).append(digits));
        return new Entry(summary, latinTokens.toString(), otherTokens.toString(), phoneDigits.toString());
    }

    /** True when every character of {@code text} fits in one byte, as Java then stores the string. */
    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every entry's tokens and every phone's digits in a few long strings, in name order, so a
     * search is a few passes of {@link String#indexOf} over contiguous memory rather than a visit
     * to each of 100,000 objects (which costs far more in cache misses than in comparing). Tokens
     * with a character beyond Latin-1 are kept apart: one of them would make Java store the whole
     * string with two bytes a character, and search it more slowly.
     */
    private static final class Packed {
        final Stretches latinTokens;
        final Stretches otherTokens;
        final Stretches phones;

        /** Packs the entries in their order: new ones from their own texts, the others from where {@code before} holds theirs. */
        Packed(List<Entry> entries, Packed before) {
            latinTokens = new Stretches(entries, Entry.LATIN_TOKENS, before == null ? null : before.latinTokens);
            otherTokens = new Stretches(entries, Entry.OTHER_TOKENS, before == null ? null : before.otherTokens);
            phones = new Stretches(entries, Entry.PHONES, before == null ? null : before.phones);
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).packedAt = i;
                entries.get(i).unpacked = null;
            }
        }

        /** The positions (in name order) of the entries having a token that starts with {@code token}, or a phone fragment it starts. */
        BitSet entriesWith(String token) {
            BitSet found = new BitSet(latinTokens.from.length - 1);
            String start = TOKEN_START + token;
            if (isLatin1(token)) {
                latinTokens.eachEntryWith(start, found);
            }
            otherTokens.eachEntryWith(start, found);
            if (!token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                String digits = phones.text;
                for (int at = digits.indexOf(token); at >= 0; ) {
                    int end = at;
                    while (end < digits.length() && digits.charAt(end) != PHONE_START) {
                        end++;
                    }
                    if (end - at >= SearchTokens.MIN_PHONE_FRAGMENT) {
                        int entry = phones.entryAt(at);
                        found.set(entry);
                        at = digits.indexOf(token, phones.from[entry + 1]);
                    } else {
                        at = digits.indexOf(token, end);
                    }
                }
            }
            return found;
        }
    }

    /** One text per entry, end to end, and where each entry's starts. */
    private static final class Stretches {
        final String text;
        final int[] from;

        Stretches(List<Entry> entries, int which, Stretches before) {
            from = new int[entries.size() + 1];
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < entries.size(); i++) {
                from[i] = all.length();
                Entry entry = entries.get(i);
                if (entry.unpacked != null) {
                    all.append(entry.unpacked[which]);
                } else {
                    all.append(before.text, before.from[entry.packedAt], before.from[entry.packedAt + 1]);
                }
            }
            from[entries.size()] = all.length();
            text = all.toString();
        }

        /** Marks every entry whose text holds {@code part}. */
        void eachEntryWith(String part, BitSet found) {
            for (int at = text.indexOf(part); at >= 0; ) {
                int entry = entryAt(at);
                found.set(entry);
                at = text.indexOf(part, from[entry + 1]);
            }
        }

        /** The entry whose stretch holds {@code position}. */
        int entryAt(int position) {
            int found = Arrays.binarySearch(from, position);
            if (found < 0) {
                return -found - 2;
            }
            // empty stretches start where the next one does: the last of them is the one holding it
            while (found + 1 < from.length && from[found + 1] == position) {
                found++;
            }
            return found;
        }
    }
}
