package app.rapport.app;

import app.rapport.cli.RapportCommand;
import app.rapport.service.window.WindowChannel;
import app.rapport.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The running window's side of the command line: while the window holds the store, `rapport pop`,
 * `backup`, `export` and `log` run here, on the window's own open store, and their output goes back
 * to the terminal that asked ({@link WindowChannel}).
 */
final class WindowCommands implements WindowChannel.Handler {
    private final PrintWriter console;
    private Scene scene;
    private WindowChannel channel;

    WindowCommands(PrintWriter console) {
        this.console = console;
    }

    /**
     * Opens the door once the window holds its store (on the FX thread), then runs {@code firstCommand}
     * (the pop that opened the window; none when empty) as if it had been handed in.
     */
    void start(MainWindow window, List<String> firstCommand) {
        scene = window.getScene();
        try {
            channel = WindowChannel.open(window.services().windowChannelFile(), this);
        } catch (RuntimeException e) {
            window.report("The command line cannot reach this window (rapport pop, backup): " + e.getMessage());
        }
        if (!firstCommand.isEmpty()) {
            runAside(firstCommand, "rapport-first-command");
        }
        MacLinks.listen(link -> runAside(List.of("pop", link), "rapport-link"));
    }

    /** Runs {@code args} as if handed in, off the FX thread ({@link #handle} waits for it), printing to the console. */
    private void runAside(List<String> args, String threadName) {
        Thread thread = new Thread(() -> {
            WindowChannel.Reply reply = handle(args);
            console.print(reply.out());
            console.print(reply.err());
            console.flush();
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public WindowChannel.Reply handle(List<String> args) {
        // A restore or encryption puts a new main window (over new services) in the same scene.
        javafx.scene.Parent root = CompletableFuture.supplyAsync(scene::getRoot, Platform::runLater).join();
        if (!(root instanceof MainWindow window)) {
            // Locked: the store is closed until someone types its password in the window.
            return new WindowChannel.Reply(1, "", "Rapport's window is locked. Unlock it with the store's password, then try again.\n");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RapportCommand.runInWindow(args, window.services(), call -> Platform.runLater(() -> window.showIncomingCall(call)),
                new PrintWriter(out), new PrintWriter(err));
        return new WindowChannel.Reply(code, out.toString(), err.toString());
    }

    /** Closes the door when the window has closed. */
    void close() {
        if (channel != null) {
            channel.close();
        }
    }
}
