package app.rapport.app;

import app.rapport.cli.RapportCommand;
import app.rapport.service.RapportServices;
import app.rapport.ui.RapportApplication;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point. A plain class, not an Application, so the jar runs from the class path; it
 * hands the arguments to the command line, whose default command opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = RapportCommand.run(args, System.getenv(), location -> RapportApplication.launch(() -> RapportServices.open(location)), out, err);
        System.exit(code);
    }
}
