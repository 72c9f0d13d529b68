package app.rapport.service;

import app.rapport.domain.OnCall;
import app.rapport.store.Store;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Who is on a call with a client at the other desks of a team server ("Ana is on a call with this
 * client"), so two desks do not call the same person ten minutes apart. On a store file there are
 * no other desks: nothing is said or heard.
 */
public final class PresenceService {
    private final Store store;

    PresenceService(Store store) {
        this.store = store;
    }

    /**
     * Tells the other desks that the person working here is on a call with {@code clientId}, until
     * the returned handle is closed. Returns at once; the server hears it in the background.
     */
    public AutoCloseable onCall(UUID clientId) {
        return store.presence().onCall(clientId);
    }

    /**
     * Hands {@code listener} who at other desks is on a call with {@code clientId}: soon after this
     * call, then each time it changes, on a background thread, until the returned handle is closed.
     */
    public AutoCloseable watch(UUID clientId, Consumer<List<OnCall>> listener) {
        return store.presence().watch(clientId, listener);
    }

    /** Who at other desks is on a call with {@code clientId} now (reads the server on the caller's thread). */
    public List<OnCall> onCallWith(UUID clientId) {
        return store.presence().whoIsOnCallWith(clientId);
    }
}
