package app.rapport.store.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The ids an archive's records carry, each with where it was read (a record's index in its
 * section), kept for the checks that need all of them: the same id twice, a reference to a record
 * that is not there, an id the store already has. A 100,000-client book has 1.6 million records;
 * as {@code HashMap<UUID, Integer>} their ids took 175 MB of a 512 MB heap, here they take 20
 * bytes each: UUIDs as two longs in reading order, and that order sorted by id for lookups.
 * Ids that are not UUIDs (refusal reason codes, setting names) are few and kept as they are.
 */
final class RecordIds {
    private long[] high = new long[256];
    private long[] low = new long[256];
    private int[] where = new int[256];
    private int size;
    /** Positions in reading order, sorted by id; null until a lookup needs it after an addition. */
    private int[] byId;
    private final Map<Object, Integer> others = new HashMap<>();

    /**
     * Adds {@code id}, read at {@code index}. An id that is no UUID and was read before returns
     * where; repeated UUIDs are found all at once by {@link #repeats}, and this returns -1.
     */
    int add(Object id, int index) {
        if (!(id instanceof UUID uuid)) {
            Integer earlier = others.putIfAbsent(id, index);
            return earlier == null ? -1 : earlier;
        }
        if (size == high.length) {
            int grown = size + (size >> 1);
            high = Arrays.copyOf(high, grown);
            low = Arrays.copyOf(low, grown);
            where = Arrays.copyOf(where, grown);
        }
        high[size] = uuid.getMostSignificantBits();
        low[size] = uuid.getLeastSignificantBits();
        where[size] = index;
        size++;
        byId = null;
        return -1;
    }

    boolean contains(Object id) {
        return indexOf(id) >= 0;
    }

    /** Where {@code id} was read first, or -1 when it was not. */
    int indexOf(Object id) {
        if (!(id instanceof UUID uuid)) {
            return others.getOrDefault(id, -1);
        }
        int[] sorted = sorted();
        long h = uuid.getMostSignificantBits();
        long l = uuid.getLeastSignificantBits();
        int from = 0;
        int to = sorted.length - 1;
        while (from <= to) {
            int middle = (from + to) >>> 1;
            int compared = compare(sorted[middle], h, l);
            if (compared < 0) {
                from = middle + 1;
            } else if (compared > 0) {
                to = middle - 1;
            } else {
                // Equal ids sit side by side in reading order: report the first.
                while (middle > 0 && compare(sorted[middle - 1], h, l) == 0) {
                    middle--;
                }
                return where[sorted[middle]];
            }
        }
        return -1;
    }

    /** An id read more than once: where it was read first and where again. */
    record Repeat(UUID id, int first, int again) {
    }

    List<Repeat> repeats() {
        int[] sorted = sorted();
        List<Repeat> repeats = new ArrayList<>();
        for (int i = 1; i < sorted.length; i++) {
            int first = sorted[i - 1];
            if (compare(sorted[i], high[first], low[first]) == 0) {
                repeats.add(new Repeat(new UUID(high[first], low[first]), where[first], where[sorted[i]]));
            }
        }
        return repeats;
    }

    /** Every id, {@code size} at a time, in reading order: for asking the store which it has. One chunk is made at a time. */
    void forEachChunk(int size, Consumer<List<Object>> action) {
        List<Object> chunk = new ArrayList<>(size);
        for (int i = 0; i < this.size; i++) {
            chunk.add(new UUID(high[i], low[i]));
            if (chunk.size() == size) {
                action.accept(chunk);
                chunk = new ArrayList<>(size);
            }
        }
        for (Object other : others.keySet()) {
            chunk.add(other);
            if (chunk.size() == size) {
                action.accept(chunk);
                chunk = new ArrayList<>(size);
            }
        }
        if (!chunk.isEmpty()) {
            action.accept(chunk);
        }
    }

    private int[] sorted() {
        if (byId == null) {
            // Sorted once per section, when the next section first refers to it (a reference only points back).
            Comparator<Integer> order = (a, b) -> compare(a, high[b], low[b]);
            byId = IntStream.range(0, size).boxed().sorted(order.thenComparingInt(position -> position))
                    .mapToInt(Integer::intValue).toArray();
        }
        return byId;
    }

    private int compare(int position, long h, long l) {
        int compared = Long.compare(high[position], h);
        return compared != 0 ? compared : Long.compare(low[position], l);
    }
}
