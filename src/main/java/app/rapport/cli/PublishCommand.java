package app.rapport.cli;

import app.rapport.service.Progress;
import app.rapport.service.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "publish", description = {"Move this store file's book to a team server: copy it into an EMPTY PostgreSQL database,",
        "check every table's row count and checksum there, and say how to switch. The file is left as it was."})
final class PublishCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVER", description = "The empty database: postgresql://[user@]host[:port]/database[?sslmode=require]")
    String server;

    @Option(names = "--server-password", description = "Ask for the server login's password (typed without echo). Without it or"
            + " --server-password-file, the driver looks in ~/.pgpass.")
    boolean askServerPassword;

    @Option(names = "--server-password-file", paramLabel = "FILE", description = "Read the server login's password from the first line of FILE.")
    Path serverPasswordFile;

    @Override
    public Integer call() {
        char[] password = parent.askedOrRead(askServerPassword, serverPasswordFile, "Password for " + server + ": ");
        PrintWriter err = spec.commandLine().getErr();
        return parent.withServices(services -> {
            TeamService.Published published = services.team().publish(server, null, password, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    err.printf("[%d/%d] %s%n", Math.min(done + 1, total), total, message);
                    err.flush();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println("Published " + Counts.clients((int) published.clients()) + " (" + published.rows() + " rows in " + published.tables()
                    + " tables) to " + published.location() + "; every table's count and checksum match the file.");
            out.println(published.howToSwitch(services.storeName()));
            return 0;
        });
    }

}
