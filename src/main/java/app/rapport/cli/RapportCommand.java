package app.rapport.cli;

import app.rapport.service.CallService;
import app.rapport.service.RapportServices;
import app.rapport.service.ErrorLog;
import app.rapport.service.RapportVersion;
import app.rapport.service.window.WindowChannel;
import app.rapport.store.Passphrase;
import app.rapport.store.PasswordRequiredException;
import app.rapport.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/** The `rapport` command: the GUI by default, and the same services for scripts and terminals. */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Rapport, the CRM for the relationship after the purchase.",
        subcommands = {GuiCommand.class, DemoCommand.class, ClientsCommand.class, InfoCommand.class,
                ExportCommand.class, ImportCommand.class, BriefCommand.class, CompetitorCommand.class, TodayCommand.class,
                SegmentCommand.class, BackupCommand.class, RestoreCommand.class, EraseCommand.class, ExportClientCommand.class,
                ChangesCommand.class, LogCommand.class, EditCommand.class, PeopleCommand.class, TeamCommand.class, PopCommand.class,
                MailingCommand.class, PublishCommand.class, LaptopCommands.Link.class, LaptopCommands.Unlink.class,
                LaptopCommands.Sync.class, LaptopCommands.Laptops.class, LaptopCommands.Conflicts.class})
public final class RapportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file (the .mv.db suffix may be left off), or a team server: postgresql://[user@]host[:port]/database"
                    + "[?sslmode=require]. Default: $RAPPORT_DB, else the user data folder.")
    String db;

    static final String PASSWORD_VARIABLE = "RAPPORT_PASSWORD";

    // Asked by us, not by picocli's interactive option, which prints its prompt on standard output.
    @Option(names = "--password",
            description = "Ask for the password of an encrypted store or of the team server's login (typed without echo;"
                    + " the question goes to the terminal or standard error, never to standard output).")
    boolean askPassword;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password of an encrypted store or of the team server's login from the first line of FILE."
                    + " Without --password or --password-file, the password is taken from the $RAPPORT_PASSWORD environment variable"
                    + " when it is set; for a server, else from the driver's ~/.pgpass.")
    Path passwordFile;

    final Map<String, String> environment;
    final WindowLauncher guiLauncher;
    final Terminal terminal;
    /** The store of the window this command runs in, when the window runs it for the command line (else null). */
    private final RapportServices heldByWindow;
    private final Consumer<CallService.IncomingCall> showCall;

    /** The commands the window does for the command line while it holds the store. */
    static final Set<String> HANDED_TO_WINDOW = Set.of("backup", "export", "log", "edit", "pop");

    /** Opens the window on a store; with {@code firstCommand} (such as pop NUMBER), the window runs it once it holds the store. */
    @FunctionalInterface
    public interface WindowLauncher {
        void open(StoreLocation location, List<String> firstCommand);
    }

    public RapportCommand(Map<String, String> environment, WindowLauncher guiLauncher) {
        this(environment, guiLauncher, Terminal.NOBODY, null, call -> { });
    }

    public RapportCommand(Map<String, String> environment, Consumer<StoreLocation> guiLauncher, Terminal terminal) {
        this(environment, (location, firstCommand) -> guiLauncher.accept(location), terminal, null, call -> { });
    }

    private RapportCommand(Map<String, String> environment, WindowLauncher guiLauncher, Terminal terminal, RapportServices heldByWindow,
                           Consumer<CallService.IncomingCall> showCall) {
        this.environment = environment;
        this.guiLauncher = guiLauncher;
        this.terminal = terminal;
        this.heldByWindow = heldByWindow;
        this.showCall = showCall;
    }

    /** Whether this command runs inside the window, on the store it holds. */
    boolean inWindow() {
        return heldByWindow != null;
    }

    /** Shows a call coming in, in the window this command runs in. */
    void showCall(CallService.IncomingCall call) {
        showCall.accept(call);
    }

    /**
     * Runs {@code work} on the store: the window's own when the window runs this command, else the
     * store opened for it and closed after.
     */
    <T> T withServices(Function<RapportServices, T> work) {
        if (heldByWindow != null) {
            return work.apply(heldByWindow);
        }
        try (RapportServices services = RapportServices.open(location())) {
            return work.apply(services);
        }
    }

    /**
     * Like {@link #withServices}, with the changes recorded as {@code person}'s (one of the book's
     * people) when given; in the window, the desk's own person comes back afterwards.
     */
    <T> T withServicesAs(String person, Function<RapportServices, T> work) {
        return withServices(services -> {
            String deskAuthor = services.workingAs();
            if (person != null) {
                services.workAs(services.people().listedName(person));
            }
            try {
                return work.apply(services);
            } finally {
                if (person != null && inWindow()) {
                    services.workAs(deskAuthor);
                }
            }
        });
    }

    /**
     * Hands {@code args} (a command with its files written as absolute paths) to the Rapport window
     * that holds the store, prints what it printed and returns its exit code; empty when no window
     * holds it (or this already runs in the window), so the command opens the store itself.
     */
    Optional<Integer> handToWindow(CommandSpec spec, List<String> args) {
        if (heldByWindow != null) {
            return Optional.empty();
        }
        StoreLocation location = StoreLocation.choose(db, environment);
        if (location.isServer() && !args.get(0).equals("pop")) {
            return Optional.empty(); // a server store is opened by every desk at once
        }
        Optional<WindowChannel.Reply> reply = WindowChannel.handOff(WindowChannel.fileFor(location), args);
        reply.ifPresent(done -> {
            spec.commandLine().getOut().print(done.out());
            spec.commandLine().getErr().print(done.err());
        });
        return reply.map(WindowChannel.Reply::code);
    }

    /** Refuses {@code command}, which needs the store to itself, while a Rapport window holds the store file. */
    void refuseWhileWindowOpen(String command) {
        StoreLocation location = StoreLocation.choose(db, environment);
        if (!location.isServer() && WindowChannel.isListening(WindowChannel.fileFor(location))) {
            throw new IllegalStateException("The store " + location + " is open in the Rapport window, and " + command
                    + " needs it to itself: close the Rapport window first, then run " + command + " again.");
        }
    }

    /** The store chosen by --db, $RAPPORT_DB or the default, with its password when one was given. */
    StoreLocation location() {
        StoreLocation location = StoreLocation.choose(db, environment);
        char[] secret = password(location);
        if (secret == null) {
            return location;
        }
        if (!location.isServer() && !Files.exists(location.dataFile()) && secret.length < Passphrase.MINIMUM_LENGTH) {
            throw new IllegalArgumentException("a new encrypted store needs a password of at least " + Passphrase.MINIMUM_LENGTH
                    + " characters (a few words make a good one); " + location.dataFile() + " was not created");
        }
        return location.isServer() ? location.withServerPassword(secret) : location.withPassphrase(Passphrase.of(secret));
    }

    private char[] password(StoreLocation location) {
        char[] given = askedOrRead(askPassword, passwordFile, "Password for " + location + ": ");
        if (given != null) {
            return given;
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }

    /** The password typed at the terminal when {@code ask}, else the first line of {@code file} when given, else null. */
    char[] askedOrRead(boolean ask, Path file, String prompt) {
        if (ask) {
            char[] typed = terminal.password(prompt);
            if (typed == null || typed.length == 0) {
                throw new IllegalArgumentException("no password was given");
            }
            return typed;
        }
        if (file == null) {
            return null;
        }
        try {
            String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (firstLine.isEmpty()) {
                throw new IllegalArgumentException("the password file " + file + " is empty");
            }
            return firstLine.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        guiLauncher.open(location(), List.of());
        return 0;
    }

    /** Runs {@code args} and returns the exit code: 0 ok, 2 bad usage, 1 failure with a one-line message. */
    public static int run(String[] args, Map<String, String> environment, Consumer<StoreLocation> guiLauncher,
                          PrintWriter out, PrintWriter err) {
        return run(args, environment, guiLauncher, Terminal.NOBODY, out, err);
    }

    /** As {@link #run(String[], Map, Consumer, PrintWriter, PrintWriter)}, asking {@code terminal} what only a person can answer. */
    public static int run(String[] args, Map<String, String> environment, Consumer<StoreLocation> guiLauncher,
                          Terminal terminal, PrintWriter out, PrintWriter err) {
        return run(args, environment, (location, firstCommand) -> guiLauncher.accept(location), terminal, out, err);
    }

    /**
     * Like {@link #run(String[], Map, Consumer, Terminal, PrintWriter, PrintWriter)}; a {@code rapport://call?number=...}
     * link (what the desktop hands over when one is opened) runs as {@code pop}.
     */
    public static int run(String[] args, Map<String, String> environment, WindowLauncher guiLauncher, Terminal terminal,
                          PrintWriter out, PrintWriter err) {
        return execute(new RapportCommand(environment, guiLauncher, terminal, null, call -> { }), PopCommand.linksAsPop(args), out, err);
    }

    /**
     * Runs a command the command line handed to the window ({@link #HANDED_TO_WINDOW}) on the
     * window's open store {@code services}, which stay open; a call that comes in is shown with
     * {@code showCall}. Returns the exit code, as {@link #run} does.
     */
    public static int runInWindow(List<String> args, RapportServices services, Consumer<CallService.IncomingCall> showCall,
                                  PrintWriter out, PrintWriter err) {
        if (args.isEmpty() || !HANDED_TO_WINDOW.contains(args.get(0))) {
            err.println("rapport: the Rapport window does only " + String.join(", ", new java.util.TreeSet<>(HANDED_TO_WINDOW))
                    + " for the command line, not " + (args.isEmpty() ? "nothing" : args.get(0)));
            err.flush();
            return 2;
        }
        return execute(new RapportCommand(Map.of(), (location, firstCommand) -> { }, Terminal.NOBODY, services, showCall), args.toArray(String[]::new), out, err);
    }

    private static int execute(RapportCommand command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(command);
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
