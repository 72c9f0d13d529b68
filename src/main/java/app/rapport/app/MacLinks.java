package app.rapport.app;

import java.awt.Desktop;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * rapport://call?number=... links on macOS. The app's Info.plist (packaging/macos/resources) claims
 * the scheme, but macOS hands a link to the running app as an "open URL" event, never as an
 * argument as Linux and Windows do; this hears the event and gives the link on, to be popped as
 * {@code rapport pop LINK} would. The event of a link that started the app waits in AWT's queue
 * until the handler is set. Elsewhere it does nothing (and does not start AWT).
 */
final class MacLinks {
    private MacLinks() {
    }

    static void listen(Consumer<String> link) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")
                || !Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
            return;
        }
        Desktop.getDesktop().setOpenURIHandler(event -> link.accept(event.getURI().toString()));
    }
}
