package app.rapport.ui;

import javafx.stage.Stage;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between sessions on this computer: the theme, its size and
 * position, and where the dividers are. Kept in the user's Java preferences, not in the store,
 * because they belong to the desk, not to the client book.
 */
public final class UiPreferences {
    private static final String DARK = "theme.dark";
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("app/rapport/ui"));
    }

    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    public double divider(String name, double fallback) {
        return node.getDouble("divider." + name, fallback);
    }

    public void setDivider(String name, double position) {
        node.putDouble("divider." + name, position);
    }

    /** Puts the stage where it was last time, if that is still on a screen. */
    public void restore(Stage stage) {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        if (width >= 400 && height >= 300) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    public void remember(Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a comfort; losing one is not worth interrupting the user.
        }
    }
}
