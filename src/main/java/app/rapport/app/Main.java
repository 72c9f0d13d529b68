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
     * or {@code =scroll} and wait for these lines on its output; the screen-pop benchmark, with
     * {@code =pop}, also for each brief's headline as the frame that shows it is laid out.
     */
    private static void benchmarkProbe(MainWindow window, PrintWriter out) {
        String probe = System.getProperty("rapport.benchmark", "");
        if (probe.isEmpty()) {
            return;
        }
        if (probe.equals("pop")) {
            String[] shown = {""};
            javafx.scene.Scene scene = window.getScene();
            scene.addPostLayoutPulseListener(() -> {
                if (scene.lookup("#brief-headline") instanceof javafx.scene.control.Label headline
                        && headline.isVisible() && !headline.getText().equals(shown[0])) {
                    shown[0] = headline.getText();
                    out.println("rapport-benchmark: brief " + shown[0]);
                }
            });
        }
        window.whenClientsFirstShown(() -> {
            out.println("rapport-benchmark: clients shown");
            if (probe.equals("scroll")) {
                window.scrollThroughClients(() -> out.println("rapport-benchmark: clients scrolled"));
            }
        });
    }
}
