package app.rapport.ui;

import java.util.UUID;
import java.util.prefs.Preferences;

/** Window preferences of their own for each test, so tests neither read nor change the user's. */
public final class TestPreferences {
    private TestPreferences() {
    }

    public static UiPreferences fresh() {
        Preferences node = Preferences.userRoot().node("app/rapport/test/" + UUID.randomUUID());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.removeNode();
            } catch (java.util.prefs.BackingStoreException | IllegalStateException e) {
                // Left behind: an empty preferences node, harmless.
            }
        }));
        return new UiPreferences(node);
    }
}
