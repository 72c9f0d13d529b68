package app.rapport.domain.today;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Orders the Today queue: one row per client, under their most urgent reason (ties: the earliest
 * due day), with the client's other reasons listed beside it. Rows follow the reasons' order of
 * urgency, and within a reason the longest-waiting first.
 */
public final class TodayQueue {
    private static final Comparator<TodayCandidate> URGENCY = Comparator.comparing(TodayCandidate::reason)
            .thenComparing(TodayCandidate::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodayCandidate::clientName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TodayCandidate::clientId);

    private TodayQueue() {
    }

    public static List<TodayItem> order(List<TodayCandidate> candidates) {
        List<TodayCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(URGENCY);
        Map<UUID, TodayCandidate> first = new LinkedHashMap<>();
        Map<UUID, List<TodayReason>> others = new LinkedHashMap<>();
        for (TodayCandidate candidate : sorted) {
            TodayCandidate top = first.putIfAbsent(candidate.clientId(), candidate);
            if (top != null && top.reason() != candidate.reason()) {
                List<TodayReason> also = others.computeIfAbsent(candidate.clientId(), id -> new ArrayList<>());
                if (!also.contains(candidate.reason())) {
                    also.add(candidate.reason());
                }
            }
        }
        List<TodayItem> queue = new ArrayList<>(first.size());
        for (TodayCandidate top : first.values()) {
            queue.add(new TodayItem(top.clientId(), top.clientName(), top.reason(), top.due(), top.why(),
                    top.reason().conversation(), others.get(top.clientId())));
        }
        return queue;
    }
}
