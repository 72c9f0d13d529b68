package app.rapport.ui.control;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Hands {@code tel:}, {@code sms:} and {@code mailto:} links to the apps the desktop has for
 * them (a softphone, a phone link, the mail app). Where there is none (a server, a headless
 * test, a desktop without a handler) it says so in words, with what to do instead, rather than
 * failing. Each call can block while the desktop starts the app: call off the FX thread.
 */
public final class DesktopLinks {
    private DesktopLinks() {
    }

    /** A call to {@code who} on {@code phone}; null when handed over, else why not. */
    public static String call(String who, String phone) {
        return open("tel:" + dialable(phone), Desktop.Action.BROWSE,
                "This computer has no app for phone calls: dial " + who + " on " + phone + " yourself.");
    }

    /** A text message to {@code who} on {@code phone}; null when handed over, else why not. */
    public static String message(String who, String phone) {
        return open("sms:" + dialable(phone), Desktop.Action.BROWSE,
                "This computer has no app for text messages: text " + who + " on " + phone + " from your phone.");
    }

    /** A new email to {@code who} at {@code address}; null when handed over, else why not. */
    public static String mail(String who, String address) {
        return openMail("mailto:" + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("%40", "@"),
                "This computer has no mail app Rapport can open: write to " + who + " at " + address + " from your mail.");
    }

    /** A prepared {@code mailto:} link; null when handed over, else {@code otherwise} or what went wrong. */
    public static String openMail(String mailto, String otherwise) {
        return open(mailto, Desktop.Action.MAIL, otherwise);
    }

    private static String open(String uri, Desktop.Action action, String otherwise) {
        try {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
                return otherwise;
            }
            if (action == Desktop.Action.MAIL) {
                Desktop.getDesktop().mail(new URI(uri));
            } else {
                Desktop.getDesktop().browse(new URI(uri));
            }
            return null;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return otherwise + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }

    /** The number as a link takes it: digits and a leading +, spaces and punctuation dropped. */
    static String dialable(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.isEmpty() ? phone.strip() : digits.charAt(0) + digits.substring(1).replace("+", "");
    }
}
