package app.rapport.app;

import app.rapport.cli.RapportCommand;
import app.rapport.cli.Terminal;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindow;
import app.rapport.ui.RapportApplication;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
        Terminal terminal = Terminal.of(System.console(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), err);
        int code = RapportCommand.run(args, System.getenv(), (location, firstCommand) -> {
            WindowCommands commands = new WindowCommands(out);
            try {
                RapportApplication.launch(RapportServices.opener(location), window -> {
                    benchmarkProbe(window, out);
                    commands.start(window, firstCommand);
                });
            } catch (RuntimeException e) {
                // JavaFX's own words ("Unable to open DISPLAY") say what failed, not what to do instead.
                throw new IllegalStateException("The Rapport window cannot open here (" + e.getMessage()
                        + "). Every command works without it: see rapport --help.", e);
            } finally {
                commands.close();
            }
        }, terminal, out, err);
        System.exit(code);
    }

    /**
     * The start-up and memory benchmarks start the app with {@code -Drapport.benchmark=startup}
     * or {@code =scroll} and wait for these lines on its output.
     */
    private static void benchmarkProbe(MainWindow window, PrintWriter out) {
        String probe = System.getProperty("rapport.benchmark", "");
        if (probe.isEmpty()) {
            return;
        }
        window.whenClientsFirstShown(() -> {
            out.println("rapport-benchmark: clients shown");
            if (probe.equals("scroll")) {
                window.scrollThroughClients(() -> out.println("rapport-benchmark: clients scrolled"));
            }
        });
    }
}
