package app.rapport.ui;

import java.util.UUID;
import java.util.prefs.Preferences;

/** Window preferences of their own for each test, so tests neither read nor change the user's. */
public final class TestPreferences {
    private TestPreferences() {
    }

    public static UiPreferences fresh() {
        return new UiPreferences(Preferences.userRoot().node("app/rapport/test/" + UUID.randomUUID()));
    }
}
