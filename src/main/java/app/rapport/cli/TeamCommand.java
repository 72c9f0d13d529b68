package app.rapport.cli;

import app.rapport.service.RapportServices;
import app.rapport.service.TeamService;
import app.rapport.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** `rapport team`: setting up a book on a team server. */
@Command(name = "team", description = "Set up a client book on a team server (PostgreSQL).")
final class TeamCommand {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Command(name = "init", description = {"Make the book's tables and its two roles on the server: owner (everything) and desk",
            "(clients and their history; no erasing, restoring, whole-book export, playbook editing or audit log).",
            "Run it as the login that owns the database; run it again after an upgrade."})
    int init() {
        StoreLocation location = parent.location();
        PrintWriter out = spec.commandLine().getOut();
        if (!location.isServer()) {
            spec.commandLine().getErr().println("rapport: team init sets up a book on a team server; give its location with"
                    + " --db postgresql://user@host/database");
            return 2;
        }
        try (RapportServices services = RapportServices.open(location)) {
            TeamService.Roles roles = services.team().init();
            String server = location.server().host();
            out.println("The book " + location + " is ready, with two roles:");
            out.println("  " + roles.owner() + ": everything");
            out.println("  " + roles.desk() + ": clients and their history; no erasing, restoring, whole-book export, playbook or audit log");
            out.println("Give each person a login in one of them, on " + server + " as the server's administrator, e.g.:");
            out.println("  sudo -u postgres createuser --pwprompt --role=" + roles.desk() + " ana");
        }
        return 0;
    }
}
