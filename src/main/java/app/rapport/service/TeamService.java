package app.rapport.service;

import app.rapport.domain.Permissions;
import app.rapport.store.BookCopy;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.TeamServer;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** A book on a team server: its owner and desk roles, and what this desk's login may do. */
public final class TeamService {
    private final Store store;
    private final PlaybookService playbook;
    private final Clock clock;

    TeamService(Store store, PlaybookService playbook, Clock clock) {
        this.store = store;
        this.playbook = playbook;
        this.clock = clock;
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

    /** A book copied to a team server and checked there: where, how many tables, rows and clients. */
    public record Published(String location, int tables, long rows, long clients) {
        /** What to do next to work on the server instead of the file. */
        public String howToSwitch(String file) {
            return "To switch: run  rapport --db " + location + " --password team init  once as the server's owner (it makes the"
                    + " owner and desk roles), then open Rapport on " + location + " at every desk (--db, or File \u2192 Connect to a team"
                    + " server\u2026). The file " + file + " is as it was; keep it as a backup, but stop writing to it, or the two books part ways.";
        }
    }

    /**
     * Copies this store file's book into the empty database at {@code serverLocation}
     * ({@code postgresql://[user@]host[:port]/database}), logging in with {@code password}
     * (null: the user's .pgpass; the array is cleared), and checks every table's row count and
     * checksum there. This file is only read. A database that already holds a book is refused,
     * changing nothing. A non-blank {@code user} is the login, over the location's.
     */
    public Published publish(String serverLocation, String user, char[] password, Progress progress) {
        StoreLocation server = serverLocation(serverLocation, user, password);
        StepProgress steps = new StepProgress(progress, BookCopy.steps(), "Publishing cancelled; the server's database was left empty.");
        BookCopy.Copied copied = BookCopy.toServer(store, server, clock, steps);
        return new Published(server.toString(), copied.tables().size(),
                copied.tables().stream().mapToLong(BookCopy.TableCheck::rows).sum(), copied.rows("client"));
    }

    /**
     * A team server's location as typed ({@code postgresql://[user@]host[:port]/database}), logged
     * into as {@code user} when it is not blank (else the location's user, else this computer's
     * login) with {@code password} (null or empty: the user's .pgpass). The array is cleared.
     */
    static StoreLocation serverLocation(String location, String user, char[] password) {
        try {
            String typed = location == null ? "" : location.strip();
            if (!TeamServer.isServerLocation(typed)) {
                throw new IllegalArgumentException("Write the team server's location as postgresql://host[:port]/database, not '" + typed + "'.");
            }
            TeamServer server = TeamServer.parse(typed, System.getProperty("user.name"));
            if (user != null && !user.isBlank()) {
                server = new TeamServer(server.host(), server.port(), server.database(), user.strip(), server.parameters(), null);
            }
            return StoreLocation.onServer(server.withPassword(password == null || password.length == 0 ? null : password));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
