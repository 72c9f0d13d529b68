package app.rapport.domain;

import java.util.List;

/**
 * The newest entries of a client's timeline, newest first, and whether older ones exist beyond
 * them: a busy client's timeline opens with one page instead of every entry they ever had.
 */
public record TimelinePage(List<TimelineEntry> entries, boolean hasOlder) {
    public TimelinePage {
        entries = List.copyOf(entries);
    }

    /** The first {@code limit} of these entries (already newest first), and whether any were left out. */
    public static TimelinePage firstOf(List<TimelineEntry> newestFirst, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A timeline page holds at least one entry, not " + limit + ".");
        }
        return newestFirst.size() > limit
                ? new TimelinePage(newestFirst.subList(0, limit), true)
                : new TimelinePage(newestFirst, false);
    }
}
