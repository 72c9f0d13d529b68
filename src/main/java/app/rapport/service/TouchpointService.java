package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.Touchpoint;
import app.rapport.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Logging touchpoints, and the timeline of everything that happened with a client. */
public final class TouchpointService {
    private final Store store;
    private final Clock clock;

    public TouchpointService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Saves a new touchpoint in one transaction: the touchpoint, the client's last-touchpoint
     * time, a follow-up when followUpOn is set, and closes the client's open follow-ups due on or
     * before its day. A blank summary, an unknown client or a time more than a day in the future
     * is a ValidationException.
     */
    public Touchpoint log(Touchpoint touchpoint) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Touchpoints, purchases, notes and opportunities of one client, newest first, limited to
     * the given kinds and (for touchpoints) channels; empty sets mean "all".
     */
    public List<TimelineEntry> timeline(UUID clientId, Set<TimelineKind> kinds, Set<Channel> channels) {
        throw new UnsupportedOperationException("not yet");
    }
}
