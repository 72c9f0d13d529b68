package app.rapport.domain.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Orders the Today queue: one row per client, under their most urgent reason (ties: the earliest
 * due day), with the client's other reasons listed beside it. Rows follow the reasons' order of
 * urgency, within a reason the longest-waiting first, then by name.
 * <p>
 * A big book has tens of thousands of clients to contact and nobody calls them all in a day, so
 * the queue can keep only its most urgent rows ({@code limit}) while still counting every client
 * by reason. Names are asked for only for the rows that can make the cut: the rows up to the
 * limit, and those tied with the last of them on reason and due day, since the name decides
 * between those.
 */
public final class TodayQueue {
    /**
     * The merge order: urgency without the name, which is the same for all of one client's
     * candidates. Written out rather than chained: it sorts tens of thousands of candidates.
     */
    private static final Comparator<TodayCandidate> REASON_THEN_DUE = TodayQueue::compareReasonThenDue;

    private TodayQueue() {
    }

    /**
     * The most urgent {@code limit} rows (every row when there are no more), and how many clients
     * there are under each reason in the whole queue.
     *
     * @param names the display names of the clients asked for
     */
    public static Page order(List<TodayCandidate> candidates, LocalDate today, int limit,
                             Function<Collection<UUID>, Map<UUID, String>> names) {
        Kept kept = new Kept(today);
        Map<UUID, List<TodayCandidate>> byClient = new HashMap<>();
        for (TodayCandidate candidate : candidates) {
            byClient.computeIfAbsent(candidate.clientId(), id -> new ArrayList<>(2)).add(candidate);
        }
        byClient.forEach(kept::put);
        return kept.page(limit, names);
    }

    /**
     * The queue of one day, kept up to date one client at a time: a change to a client replaces
     * their reasons, and a page is read off the rows already in order, so showing the queue again
     * after a call costs the call's client, not the book.
     */
    public static final class Kept {
        private final LocalDate today;
        private final Map<UUID, Row> rows = new HashMap<>();
        private final TreeSet<TodayCandidate> tops = new TreeSet<>(TodayQueue::compareReasonDueThenClient);
        private final Map<TodayReason, Integer> counts = new EnumMap<>(TodayReason.class);
        private int late;

        /** One client's row: their most urgent reason, and their other reasons in order of urgency. */
        private record Row(TodayCandidate top, List<TodayReason> others) {
        }

        public Kept(LocalDate today) {
            this.today = today;
        }

        /** The day the queue is of. */
        public LocalDate day() {
            return today;
        }

        /** Sets a client's reasons to be in the queue (none: they leave it). */
        public void put(UUID clientId, List<TodayCandidate> candidates) {
            remove(clientId);
            if (candidates.isEmpty()) {
                return;
            }
            List<TodayCandidate> sorted = new ArrayList<>(candidates);
            // the text settles a tie (two follow-ups due the same day), whatever order they were read in
            sorted.sort(REASON_THEN_DUE.thenComparing(TodayCandidate::why));
            TodayCandidate top = sorted.get(0);
            List<TodayReason> others = new ArrayList<>(1);
            for (TodayCandidate candidate : sorted) {
                if (candidate.reason() != top.reason() && !others.contains(candidate.reason())) {
                    others.add(candidate.reason());
                }
            }
            rows.put(clientId, new Row(top, others.isEmpty() ? null : others));
            tops.add(top);
            counts.merge(top.reason(), 1, Integer::sum);
            if (isLate(top)) {
                late++;
            }
        }

        /** Takes a client out of the queue. */
        public void remove(UUID clientId) {
            Row row = rows.remove(clientId);
            if (row == null) {
                return;
            }
            tops.remove(row.top());
            counts.computeIfPresent(row.top().reason(), (reason, count) -> count == 1 ? null : count - 1);
            if (isLate(row.top())) {
                late--;
            }
        }

        private boolean isLate(TodayCandidate top) {
            return top.due() != null && top.due().isBefore(today);
        }

        /**
         * The most urgent {@code limit} rows and the counts of the whole queue. Names are asked for
         * only for the rows that can make the cut: those up to the limit, and those tied with the
         * last of them on reason and due day, since the name decides between those.
         */
        public Page page(int limit, Function<Collection<UUID>, Map<UUID, String>> names) {
            List<TodayCandidate> head = new ArrayList<>();
            TodayCandidate last = null;
            for (TodayCandidate top : tops) {
                if (head.size() >= limit && (last == null || REASON_THEN_DUE.compare(top, last) != 0)) {
                    break;
                }
                head.add(top);
                if (head.size() == limit) {
                    last = top;
                }
            }
            Map<UUID, String> named = names.apply(head.stream().map(TodayCandidate::clientId).toList());
            Comparator<TodayCandidate> byName = Comparator.comparing(top -> named.getOrDefault(top.clientId(), ""),
                    String.CASE_INSENSITIVE_ORDER);
            head.sort(REASON_THEN_DUE.thenComparing(byName).thenComparing(TodayCandidate::clientId));

            List<TodayItem> items = new ArrayList<>(Math.min(head.size(), Math.max(limit, 0)));
            for (TodayCandidate top : head.subList(0, Math.min(head.size(), Math.max(limit, 0)))) {
                items.add(new TodayItem(top.clientId(), named.getOrDefault(top.clientId(), ""), top.reason(), top.due(), top.why(),
                        rows.get(top.clientId()).others()));
            }
            return new Page(items, counts, late);
        }
    }

    private static int compareReasonThenDue(TodayCandidate a, TodayCandidate b) {
        int byReason = Integer.compare(a.reason().ordinal(), b.reason().ordinal());
        if (byReason != 0 || a.due() == b.due()) {
            return byReason;
        }
        if (a.due() == null || b.due() == null) {
            return a.due() == null ? 1 : -1;
        }
        return a.due().compareTo(b.due());
    }

    private static int compareReasonDueThenClient(TodayCandidate a, TodayCandidate b) {
        int byUrgency = compareReasonThenDue(a, b);
        return byUrgency != 0 ? byUrgency : a.clientId().compareTo(b.clientId());
    }

    /**
     * The rows kept, most urgent first; how many clients are in the whole queue under each reason
     * (their most urgent one; reasons without clients left out); how many of them are late.
     */
    public record Page(List<TodayItem> items, Map<TodayReason, Integer> counts, int late) {
        public Page {
            items = List.copyOf(items);
            EnumMap<TodayReason, Integer> inOrder = new EnumMap<>(TodayReason.class);
            inOrder.putAll(counts);
            counts = Collections.unmodifiableMap(inOrder);
        }

        /** The same page, each row with how to reach its client (rows without an entry keep theirs). */
        public Page withReach(Map<UUID, TodayItem.Reach> reach) {
            return new Page(items.stream().map(item -> reach.containsKey(item.clientId()) ? item.reachedBy(reach.get(item.clientId())) : item)
                    .toList(), counts, late);
        }

        /** Every client in the queue, shown or not. */
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Clients in the queue beyond the rows kept. */
        public int notShown() {
            return total() - items.size();
        }

        /** The clients beyond the rows kept, counted by reason (reasons with none left out), most urgent first. */
        public Map<TodayReason, Integer> notShownByReason() {
            Map<TodayReason, Integer> left = new EnumMap<>(TodayReason.class);
            left.putAll(counts);
            items.forEach(item -> left.merge(item.reason(), -1, Integer::sum));
            left.values().removeIf(count -> count <= 0);
            return left;
        }
    }
}
