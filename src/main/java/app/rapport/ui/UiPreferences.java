package app.rapport.ui;

import app.rapport.domain.Channel;
import app.rapport.service.PhoneSystemListener;
import app.rapport.ui.touchpoint.LastChannel;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
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
    private static final String LAST_CHANNEL = "log.lastChannel";
    private static final String WORKING_AS = "desk.workingAs";
    private static final String PHONE_SYSTEM = "phoneSystem.";
    private static final String LOCK_AFTER_MINUTES = "lock.afterIdleMinutes";
    private static final String TEAM_SERVER = "teamServer.";
    /** How long an encrypted store's window waits, untouched, before it locks itself, unless this desk chose otherwise. */
    public static final java.time.Duration DEFAULT_LOCK_AFTER = java.time.Duration.ofMinutes(15);
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

    /** The channel this desk last logged a touchpoint with. */
    public LastChannel lastChannel() {
        return new LastChannel() {
            @Override
            public Channel get() {
                String name = node.get(LAST_CHANNEL, null);
                try {
                    return name == null ? null : Channel.valueOf(name);
                } catch (IllegalArgumentException e) {
                    return null; // a channel an older or newer release knew
                }
            }

            @Override
            public void set(Channel channel) {
                node.put(LAST_CHANNEL, channel.name());
                flush();
            }
        };
    }

    /** Who works at this desk, as last chosen on this computer; null when nobody was chosen. */
    public String workingAs() {
        return node.get(WORKING_AS, null);
    }

    public void setWorkingAs(String person) {
        node.put(WORKING_AS, person);
        flush();
    }

    /** The phone system this desk listens to (never its secret, which is asked for each time); null when none was set. */
    public PhoneSystemListener.Settings phoneSystem() {
        String host = node.get(PHONE_SYSTEM + "host", null);
        return host == null ? null : new PhoneSystemListener.Settings(host, node.getInt(PHONE_SYSTEM + "port", PhoneSystemListener.Settings.DEFAULT_PORT),
                node.get(PHONE_SYSTEM + "user", ""), node.get(PHONE_SYSTEM + "extension", ""));
    }

    public void setPhoneSystem(PhoneSystemListener.Settings settings) {
        node.put(PHONE_SYSTEM + "host", settings.host());
        node.putInt(PHONE_SYSTEM + "port", settings.port());
        node.put(PHONE_SYSTEM + "user", settings.user());
        node.put(PHONE_SYSTEM + "extension", settings.extension());
        flush();
    }

    /** The team server this computer last connected to or moved a book to ("" when none); never its password. */
    public String teamServerLocation() {
        return node.get(TEAM_SERVER + "location", "");
    }

    /** The login used there ("" when none or left empty). */
    public String teamServerUser() {
        return node.get(TEAM_SERVER + "user", "");
    }

    public void setTeamServer(String location, String user) {
        node.put(TEAM_SERVER + "location", location);
        node.put(TEAM_SERVER + "user", user);
        flush();
    }

    /** How long the window of an encrypted store may sit untouched before it locks; zero: never. */
    public java.time.Duration lockAfter() {
        return java.time.Duration.ofMinutes(Math.max(0, node.getLong(LOCK_AFTER_MINUTES, DEFAULT_LOCK_AFTER.toMinutes())));
    }

    public void setLockAfter(java.time.Duration idle) {
        node.putLong(LOCK_AFTER_MINUTES, idle.toMinutes());
        flush();
    }

    public double divider(String name, double fallback) {
        return node.getDouble("divider." + name, fallback);
    }

    public void setDivider(String name, double position) {
        node.putDouble("divider." + name, position);
    }

    /**
     * Puts the stage where it was last time, fitted into the visible area of the screen it was
     * on (or of the primary screen when that one is no longer attached).
     */
    public void restore(Stage stage) {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        if (width >= 400 && height >= 300) {
            Rectangle2D remembered = new Rectangle2D(Double.isNaN(x) ? 0 : x, Double.isNaN(y) ? 0 : y, width, height);
            Rectangle2D fitted = WindowBounds.fit(remembered,
                    Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), Screen.getPrimary().getVisualBounds());
            stage.setWidth(fitted.getWidth());
            stage.setHeight(fitted.getHeight());
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                stage.setX(fitted.getMinX());
                stage.setY(fitted.getMinY());
            }
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
