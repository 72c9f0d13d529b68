package app.rapport.cli;

import java.util.Locale;

/** Numbers as a person reads them in a message. */
final class Counts {
    private Counts() {
    }

    static String clients(int count) {
        return count + (count == 1 ? " client" : " clients");
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
