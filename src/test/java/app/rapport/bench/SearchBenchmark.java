package app.rapport.bench;

import app.rapport.domain.ClientSort;
import app.rapport.domain.SearchTokens;
import app.rapport.service.RapportServices;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;

/**
 * Search as you type: 1,000 queries as a user types them (name prefixes, phone digit fragments,
 * email beginnings, tags) through the same service call the client list makes, against a plain
 * in-memory scan of the same strings in the same JVM.
 * <p>
 * Alone, on a store {@link BenchmarkSuite} made:
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" app.rapport.bench.SearchBenchmark FOLDER/demo-100000}
 */
final class SearchBenchmark {
    private static final int QUERIES = 1_000;
    private static final int WARM_UP = 200;
    /** What the client list asks for while the user types (ClientListViewModel.SEARCH_SHOWN_AT_MOST). */
    private static final int SHOWN = 500;

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        BenchTable table = new BenchTable();
        run(StoreLocation.of(args[0]), table);
        table.print();
    }

    static void run(StoreLocation location, BenchTable table) {
        Map<UUID, String> haystacks;
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            haystacks = haystacks(store.dsl());
        }
        List<String> queries = queries(new ArrayList<>(haystacks.values()), new Random(7));

        long[] scan = new long[QUERIES];
        int scanned = 0;
        List<String> texts = new ArrayList<>(haystacks.values());
        for (int run = -WARM_UP; run < QUERIES; run++) {
            List<String> tokens = SearchTokens.forQuery(queries.get(Math.floorMod(run, QUERIES)));
            long t0 = System.nanoTime();
            int found = 0;
            for (String text : texts) {
                boolean all = true;
                for (String token : tokens) {
                    if (!text.contains(token)) {
                        all = false;
                        break;
                    }
                }
                found += all ? 1 : 0;
            }
            if (run >= 0) {
                scan[run] = System.nanoTime() - t0;
                scanned += found;
            }
        }

        long[] search = new long[QUERIES];
        long shown = 0;
        try (RapportServices services = RapportServices.open(location)) {
            for (int run = -WARM_UP; run < QUERIES; run++) {
                String query = queries.get(Math.floorMod(run, QUERIES));
                long t0 = System.nanoTime();
                int size = services.clients().search(query, ClientSort.NAME, null, SHOWN).clients().size();
                if (run >= 0) {
                    search[run] = System.nanoTime() - t0;
                    shown += size;
                }
            }
        }
        System.out.printf("  %,d queries over %,d clients; %,.0f matches per query on average (the scan found %,.0f by substring)%n",
                QUERIES, haystacks.size(), shown / (double) QUERIES, scanned / (double) QUERIES);
        for (int percent : new int[] {50, 95, 99}) {
            double value = BenchTable.percentileMillis(search, percent);
            table.add("Search as you type, p" + percent, "ms", value, "in-memory scan p" + percent,
                    BenchTable.percentileMillis(scan, percent), percent == 95 ? "\u2264 15 ms" : "", percent == 95 ? value <= 15 : null);
        }
    }

    /** Each client's searchable strings in one lower-case line, as a plain scan would keep them. */
    private static Map<UUID, String> haystacks(DSLContext dsl) {
        Map<UUID, StringBuilder> lines = new HashMap<>();
        dsl.select(CLIENT.ID, CLIENT.DISPLAY_NAME).from(CLIENT).where(CLIENT.DELETED_AT.isNull())
                .forEach(row -> lines.put(row.value1(), new StringBuilder(SearchTokens.normalise(row.value2()))));
        dsl.select(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.DIGITS).from(CLIENT_PHONE).forEach(row -> append(lines, row.value1(), row.value2()));
        dsl.select(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL).forEach(row -> append(lines, row.value1(), row.value2()));
        dsl.select(CLIENT_TAG.CLIENT_ID, CLIENT_TAG.TAG).from(CLIENT_TAG).forEach(row -> append(lines, row.value1(), row.value2()));
        Map<UUID, String> result = new HashMap<>();
        lines.forEach((id, line) -> result.put(id, line.toString()));
        return result;
    }

    private static void append(Map<UUID, StringBuilder> lines, UUID clientId, String text) {
        StringBuilder line = lines.get(clientId);
        if (line != null) {
            line.append(" | ").append(SearchTokens.normalise(text));
        }
    }

    /** Queries a user would type: a quarter each of name prefixes, phone fragments, email starts and tags. */
    private static List<String> queries(List<String> haystacks, Random random) {
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            String[] parts = haystacks.get(random.nextInt(haystacks.size())).split(" \\| ");
            String name = parts[0];
            switch (queries.size() % 4) {
                case 0 -> {
                    String word = name.split(" ")[random.nextInt(name.split(" ").length)];
                    queries.add(word.substring(0, Math.min(word.length(), 2 + random.nextInt(4))));
                }
                case 1 -> pick(parts, random, "[0-9]+").ifPresent(digits -> {
                    int length = Math.min(digits.length(), 4 + random.nextInt(4));
                    int from = random.nextInt(digits.length() - length + 1);
                    queries.add(digits.substring(from, from + length));
                });
                case 2 -> pick(parts, random, ".*@.*").ifPresent(email -> queries.add(email.substring(0, Math.min(email.length(), 3 + random.nextInt(6)))));
                default -> pick(parts, random, "[^@0-9]+").filter(tag -> !tag.equals(name)).ifPresent(queries::add);
            }
        }
        return queries;
    }

    private static java.util.Optional<String> pick(String[] parts, Random random, String pattern) {
        List<String> fitting = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].matches(pattern)) {
                fitting.add(parts[i]);
            }
        }
        return fitting.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(fitting.get(random.nextInt(fitting.size())));
    }
}
