package app.rapport.ui.messages;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Hands a {@code mailto:} link to the user's mail app through the desktop. Where there is none (a
 * server, a headless test, a desktop without a mail handler) it says so instead of failing.
 */
final class MailApp {
    private MailApp() {
    }

    /** Opens the link; returns null when it was handed over, else why not, in words. Call off the FX thread. */
    static String open(String mailto) {
        try {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
                return "This computer has no mail app Rapport can open; use Copy instead.";
            }
            Desktop.getDesktop().mail(new URI(mailto));
            return null;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "Could not open your mail app (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); use Copy instead.";
        }
    }
}
