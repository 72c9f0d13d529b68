package app.rapport.cli;

import app.rapport.store.StoreLocation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;

/** One run of the command line in a test: its exit code and what it printed on each stream. */
record CommandRun(int code, String out, String err) {

    /** Runs {@code args} with no environment, the window never opened. */
    static CommandRun of(String... args) {
        return of(Map.of(), location -> { }, args);
    }

    /** Runs {@code args} asking questions of {@code terminal} built on the run's standard error (its last stream). */
    static CommandRun at(java.util.function.Function<PrintWriter, Terminal> terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errors = new PrintWriter(err);
        int code = RapportCommand.run(args, Map.of(), location -> { }, terminal.apply(errors), new PrintWriter(out), errors);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} with {@code environment}; {@code guiLauncher} hears where the window would open. */
    static CommandRun of(Map<String, String> environment, Consumer<StoreLocation> guiLauncher, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RapportCommand.run(args, environment, guiLauncher, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
