package app.rapport.cli;

import app.rapport.service.LaptopService;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** The field laptop's commands (issue 19): link, unlink, sync, laptops, conflicts. */
final class LaptopCommands {
    /** {@code sync}: a round that found new conflicts. */
    static final int CONFLICTS_FOUND = 1;
    /** {@code sync}: the server could not be reached; the laptop's changes are kept. */
    static final int OFFLINE = 3;

    private LaptopCommands() {
    }

    /** The server login's password options, shared by link and sync. */
    static final class ServerPassword {
        @Option(names = "--server-password", description = "Ask for the server login's password (typed without echo). Without it or"
                + " --server-password-file, the driver looks in ~/.pgpass.")
        boolean ask;

        @Option(names = "--server-password-file", paramLabel = "FILE", description = "Read the server login's password from the first line of FILE.")
        Path file;
    }

    @Command(name = "link", description = {"Make this NEW store file a laptop replica of a team book: the whole book (or, with --segment,",
            "one saved segment's clients) is copied and checked, and from then on `sync` exchanges changes with the server.",
            "Encrypt the file (--password): it holds the book."})
    static final class Link implements Callable<Integer> {
        @ParentCommand
        RapportCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SERVER", description = "The team book: postgresql://[user@]host[:port]/database")
        String server;

        @Option(names = "--name", paramLabel = "NAME", description = "This laptop's name in the server's list of laptops (default: this computer's user).")
        String name;

        @Option(names = "--segment", paramLabel = "NAME", description = {"Hold only the clients of the team book's saved segment NAME",
                "(\"my territory\"), each with all of their history, and everything that is not per client; sync brings in",
                "clients that come to match it. Without it: the whole book."})
        String segment;

        @picocli.CommandLine.Mixin
        ServerPassword password = new ServerPassword();

        @Override
        public Integer call() {
            char[] secret = parent.askedOrRead(password.ask, password.file, "Password for " + server + ": ");
            return parent.withServices(services -> {
                LaptopService.Linked linked = services.laptops().link(server, null, secret,
                        name == null || name.isBlank() ? System.getProperty("user.name") + "'s laptop" : name.strip(), segment);
                spec.commandLine().getOut().println("Linked to " + linked.server() + ": " + linked.territory().map(LaptopService.Territory::sentence)
                        .orElse(Counts.clients((int) linked.clients())) + " (" + String.format("%,d", linked.rows()) + " rows in " + linked.tables()
                        + " tables) copied and checked. Work here online or not; run  sync  when the server is reachable.");
                return 0;
            });
        }
    }

    @Command(name = "unlink", description = "End this laptop store's link to its team server; the file keeps what it holds and syncs no more.")
    static final class Unlink implements Callable<Integer> {
        @ParentCommand
        RapportCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                String server = services.laptops().unlink();
                spec.commandLine().getOut().println("Unlinked from " + server + ". This file keeps its copy of the book and syncs no more.");
                return 0;
            });
        }
    }

    @Command(name = "sync", description = {"One sync round with the team server this laptop store is linked to: send this laptop's changes,",
            "receive the server's. Exit code 0: done; 1: done, with new conflicts (see `conflicts`);",
            "3: the server could not be reached (the changes are kept for the next round)."})
    static final class Sync implements Callable<Integer> {
        @ParentCommand
        RapportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Write the round's figures as JSON.")
        boolean json;

        @picocli.CommandLine.Mixin
        ServerPassword password = new ServerPassword();

        @Override
        public Integer call() {
            char[] secret = password.ask || password.file != null
                    ? parent.askedOrRead(password.ask, password.file, "Password for the team server: ") : null;
            PrintWriter out = spec.commandLine().getOut();
            return parent.withServices(services -> {
                LaptopService.SyncRound round = services.laptops().sync(secret, null);
                out.println(json ? write(round) : round.sentence());
                return round.offline() ? OFFLINE : round.conflicts() > 0 ? CONFLICTS_FOUND : 0;
            });
        }
    }

    @Command(name = "laptops", description = "List the laptops linked to this team book and when each last synced.")
    static final class Laptops implements Callable<Integer> {
        @ParentCommand
        RapportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Write the list as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return parent.withServices(services -> {
                print(out, json, services.laptops().laptops(),
                        "No laptop is linked to this book. On a laptop: rapport --db FILE link " + parent.location(),
                        laptop -> laptop.id().substring(0, 8) + "  " + laptop.name()
                                + "  " + (laptop.segment() == null ? "whole book" : "segment " + laptop.segment()) + "  linked " + laptop.linkedAt()
                                + "  " + (laptop.syncedAt() == null ? "never synced" : "last synced " + laptop.syncedAt())
                                + (laptop.revokedAt() == null ? "" : "  revoked " + laptop.revokedAt()));
                return 0;
            });
        }

        @Command(name = "revoke", description = "Stop a laptop from syncing with this book again (what it sent stays).")
        int revoke(@Parameters(paramLabel = "ID", description = "The laptop's id, or its first characters, as `laptops` lists it.") String id) {
            return parent.withServices(services -> {
                boolean revoked = services.laptops().revoke(id);
                spec.commandLine().getOut().println(revoked ? "Revoked: that laptop's next sync is refused." : "No linked laptop has the id " + id + ".");
                return revoked ? 0 : 1;
            });
        }
    }

    @Command(name = "conflicts", description = {"List the open conflicts: one field changed on two computers between syncs. The newer",
            "value was kept; `conflicts take-other ID` takes the other, `conflicts keep ID` settles on the kept one."})
    static final class Conflicts implements Callable<Integer> {
        @ParentCommand
        RapportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Write the list as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return parent.withServices(services -> {
                print(out, json, services.laptops().conflicts(), "No open conflicts.",
                        conflict -> conflict.id().toString().substring(0, 8) + "  " + conflict.entity() + " " + conflict.field()
                                + ": kept \"" + conflict.keptValue() + "\" (" + conflict.keptBy() + ", " + conflict.keptAt()
                                + "); other \"" + conflict.otherValue() + "\" (" + conflict.otherBy() + ", " + conflict.otherAt() + ")");
                return 0;
            });
        }

        @Command(name = "take-other", description = "Take the other value of a conflict instead of the kept one.")
        int takeOther(@Parameters(paramLabel = "ID", description = "The conflict's id, or its first characters.") String id) {
            return resolve(id, true);
        }

        @Command(name = "keep", description = "Settle a conflict on the value that was kept.")
        int keep(@Parameters(paramLabel = "ID", description = "The conflict's id, or its first characters.") String id) {
            return resolve(id, false);
        }

        private int resolve(String id, boolean takeOther) {
            return parent.withServices(services -> {
                LaptopService.Conflict conflict = services.laptops().resolve(id, takeOther);
                spec.commandLine().getOut().println((takeOther ? "Took \"" + conflict.otherValue() + "\"" : "Kept \"" + conflict.keptValue() + "\"")
                        + " for " + conflict.entity() + " " + conflict.field() + "; the conflict is resolved.");
                return 0;
            });
        }
    }

    /** A list as JSON, or a line per item, or {@code whenEmpty} when there is none. */
    private static <T> void print(PrintWriter out, boolean json, List<T> items, String whenEmpty, Function<T, String> line) {
        if (json) {
            out.println(write(items));
        } else if (items.isEmpty()) {
            out.println(whenEmpty);
        } else {
            items.forEach(item -> out.println(line.apply(item)));
        }
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
