package app.rapport.service;

import app.rapport.domain.Client;

import java.time.Instant;
import java.util.List;

/**
 * A client's profile saved over a newer version: {@link #theirs()} is the profile as stored now
 * (with its version, so a merged save checks again), {@link #mine()} the one that was not saved.
 */
public final class ClientConflictException extends EditConflictException {
    private final transient Client theirs;
    private final transient Client mine;

    ClientConflictException(Client theirs, Client mine, String changedBy, Instant changedAt, String when, List<FieldConflict> fields) {
        super(theirs.displayName(), changedBy, changedAt, when, fields);
        this.theirs = theirs;
        this.mine = mine;
    }

    public Client theirs() {
        return theirs;
    }

    public Client mine() {
        return mine;
    }
}
