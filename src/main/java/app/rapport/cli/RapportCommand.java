package app.rapport.cli;

import app.rapport.service.ErrorLog;
import app.rapport.service.RapportVersion;
import app.rapport.store.Passphrase;
import app.rapport.store.PasswordRequiredException;
import app.rapport.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The `rapport` command: the GUI by default, and the same services for scripts and terminals. */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Rapport, the CRM for the relationship after the purchase.",
        subcommands = {GuiCommand.class, DemoCommand.class, ClientsCommand.class, InfoCommand.class,
                ExportCommand.class, ImportCommand.class, BriefCommand.class, CompetitorCommand.class, TodayCommand.class,
                SegmentCommand.class, BackupCommand.class, RestoreCommand.class, EraseCommand.class, ExportClientCommand.class,
                ChangesCommand.class, LogCommand.class})
public final class RapportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file (the .mv.db suffix may be left off), or a team server: postgresql://[user@]host[:port]/database"
                    + "[?sslmode=require]. Default: $RAPPORT_DB, else the user data folder.")
    String db;

    static final String PASSWORD_VARIABLE = "RAPPORT_PASSWORD";

    @Option(names = "--password", interactive = true, arity = "0",
            description = "Ask for the password of an encrypted store or of the team server's login (typed without echo).")
    char[] password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password of an encrypted store or of the team server's login from the first line of FILE."
                    + " Default: $RAPPORT_PASSWORD; for a server, else the driver's ~/.pgpass.")
    Path passwordFile;

    final Map<String, String> environment;
    final Consumer<StoreLocation> guiLauncher;

    public RapportCommand(Map<String, String> environment, Consumer<StoreLocation> guiLauncher) {
        this.environment = environment;
        this.guiLauncher = guiLauncher;
    }

    /** The store chosen by --db, $RAPPORT_DB or the default, with its password when one was given. */
    StoreLocation location() {
        StoreLocation location = StoreLocation.choose(db, environment);
        char[] secret = password();
        if (secret == null) {
            return location;
        }
        return location.isServer() ? location.withServerPassword(secret) : location.withPassphrase(Passphrase.of(secret));
    }

    private char[] password() {
        if (password != null && password.length > 0) {
            return password;
        }
        if (passwordFile != null) {
            try {
                String firstLine = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (firstLine.isEmpty()) {
                    throw new IllegalArgumentException("the password file " + passwordFile + " is empty");
                }
                return firstLine.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
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
            ((RapportCommand) commandLine.getCommand()).recordError(failed.getCommandName(), exception);
            String hint = exception instanceof PasswordRequiredException
                    ? " Give it with --password (asks for it), --password-file FILE or the " + PASSWORD_VARIABLE + " environment variable."
                    : "";
            failed.getErr().println("rapport: " + oneLine(exception) + hint);
            failed.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Keeps what failed in the store's error log (its shape only, no data); a store that cannot even be named logs nothing. */
    private void recordError(String command, Exception exception) {
        StoreLocation location;
        try {
            location = StoreLocation.choose(db, environment);
        } catch (RuntimeException e) {
            return;
        }
        ErrorLog.of(location).record("command " + command, exception);
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
