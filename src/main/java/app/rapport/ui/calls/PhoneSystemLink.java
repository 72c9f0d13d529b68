package app.rapport.ui.calls;

import app.rapport.service.PhoneSystemListener;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/**
 * The window's one connection to the phone system, if the desk made one: it says on the status
 * bar what it listens to, and hands each number ringing the desk to the window, on the JavaFX thread.
 */
public final class PhoneSystemLink implements AutoCloseable {
    /** Where a ring goes: the window showing the book now (a restore or an unlock puts a new one in its place). */
    private volatile Consumer<String> ringing;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private PhoneSystemListener listener;

    public PhoneSystemLink(Consumer<String> ringing) {
        this.ringing = ringing;
    }

    /** From now on, rings go to {@code ringing}: the window that took over from the one that connected. */
    public void ringTo(Consumer<String> ringing) {
        this.ringing = ringing;
    }

    /** Logs in to the phone system; called off the JavaFX thread, as logging in waits for the server. */
    PhoneSystemListener connect(PhoneSystemListener.Settings settings, String secret) {
        return PhoneSystemListener.start(settings, secret, number -> Platform.runLater(() -> this.ringing.accept(number)));
    }

    /** Replaces the connection in use (closing it) by {@code connected}; on the JavaFX thread. */
    void use(PhoneSystemListener connected, PhoneSystemListener.Settings settings) {
        close();
        listener = connected;
        status.set("\u260E " + settings.extension());
    }

    public boolean isConnected() {
        return listener != null;
    }

    /** "☎ 201" while the desk listens to its extension, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        status.set("");
    }
}
