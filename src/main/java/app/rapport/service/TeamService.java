package app.rapport.service;

import app.rapport.domain.Permissions;
import app.rapport.store.Store;

import java.util.List;

/** A book on a team server: its owner and desk roles, and what this desk's login may do. */
public final class TeamService {
    private final Store store;
    private final PlaybookService playbook;

    TeamService(Store store, PlaybookService playbook) {
        this.store = store;
        this.playbook = playbook;
    }

    /** The names of the two roles {@link #init} made. */
    public record Roles(String owner, String desk) {
    }

    /**
     * Readies the book for desks that may not change its set-up: the schema is made (opening did
     * that), the built-in playbook is written, and the owner and desk roles get their rights.
     */
    public Roles init() {
        playbook.list(); // a desk may not write playbook rules, so the built-in ones go in now
        List<String> roles = store.grantTeamRoles();
        return new Roles(roles.get(0), roles.get(1));
    }

    /** What this desk's login may do; the window greys out the rest. */
    public Permissions permissions() {
        return store.permissions();
    }
}
