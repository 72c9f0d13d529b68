package app.rapport.cli;

import app.rapport.service.RapportVersion;
import app.rapport.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The `rapport` command: the GUI by default, and the same services for scripts and terminals. */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Rapport, the CRM for the relationship after the purchase.",
        subcommands = {GuiCommand.class, DemoCommand.class, ClientsCommand.class, InfoCommand.class,
                ExportCommand.class, ImportCommand.class, BriefCommand.class, CompetitorCommand.class, TodayCommand.class,
                SegmentCommand.class})
public final class RapportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file (the .mv.db suffix may be left off). Default: $RAPPORT_DB, else the user data folder.")
    String db;

    final Map<String, String> environment;
    final Consumer<StoreLocation> guiLauncher;

    public RapportCommand(Map<String, String> environment, Consumer<StoreLocation> guiLauncher) {
        this.environment = environment;
        this.guiLauncher = guiLauncher;
    }

    StoreLocation location() {
        return StoreLocation.choose(db, environment);
    }

    @Override
    public Integer call() {
        guiLauncher.accept(location());
        return 0;
    }

    /** Runs {@code args} and returns the exit code: 0 ok, 2 bad usage, 1 failure with a one-line message. */
    public static int run(String[] args, Map<String, String> environment, Consumer<StoreLocation> guiLauncher,
                          PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RapportCommand(environment, guiLauncher));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("rapport: " + oneLine(exception));
            failed.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected " + exception.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rapport " + RapportVersion.current()};
        }
    }
}
