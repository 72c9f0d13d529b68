package app.rapport.service;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewStateEvent;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Listens to an Asterisk server's Manager Interface (AMI, through asterisk-java) for the desk's own
 * phone ringing, and hands on the number calling it. A desk's phone is a channel named after its
 * extension ({@code PJSIP/201-0000002a}, {@code SIP/201-…}); when it rings, Asterisk says so with a
 * {@code Newstate} event whose connected line is the caller. Each ringing channel is handed on once,
 * however often Asterisk repeats its state.
 */
public final class PhoneSystemListener implements AutoCloseable {
    /** What a desk fills in to hear its phone: the server, the manager login, and the desk's extension. */
    public record Settings(String host, int port, String user, String extension) {
        public static final int DEFAULT_PORT = 5038;

        public Settings {
            host = host == null ? "" : host.strip();
            user = user == null ? "" : user.strip();
            extension = extension == null ? "" : extension.strip();
        }

        /** What is missing or wrong, in plain words; empty when the settings can be used. */
        public java.util.List<String> problems() {
            java.util.List<String> problems = new java.util.ArrayList<>();
            if (host.isEmpty()) {
                problems.add("Give the phone system's address, such as pbx.local or 192.168.1.10.");
            }
            if (port < 1 || port > 65_535) {
                problems.add("The manager port is a number from 1 to 65535 (Asterisk's is 5038).");
            }
            if (user.isEmpty()) {
                problems.add("Give the manager user from Asterisk's manager.conf.");
            }
            if (!extension.matches("[\\p{Alnum}_.+*#-]+")) {
                problems.add("Give this desk's extension, such as 201.");
            }
            return problems;
        }
    }

    private static final int REMEMBERED_CALLS = 64;
    private static final Set<String> NO_NUMBER = Set.of("", "<unknown>", "unknown", "anonymous", "<anonymous>");

    private final ManagerConnection connection;
    private final Pattern deskChannel;
    private final Consumer<String> ringing;
    /** The channels already handed on, so a repeated Ringing state does not pop the brief twice. */
    private final Set<String> handedOn = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    });

    private PhoneSystemListener(ManagerConnection connection, String extension, Consumer<String> ringing) {
        this.connection = connection;
        this.deskChannel = Pattern.compile("^[^/]+/" + Pattern.quote(extension) + "(-[^-]*)?$", Pattern.CASE_INSENSITIVE);
        this.ringing = ringing;
    }

    /**
     * Logs in to the server and starts listening; {@code ringing} hears each number that rings this
     * desk's extension, on asterisk-java's event thread. A server that cannot be reached or refuses
     * the login is a {@link PhoneSystemException} saying so in plain words.
     */
    public static PhoneSystemListener start(Settings settings, String secret, Consumer<String> ringing) {
        if (!settings.problems().isEmpty()) {
            throw new PhoneSystemException(String.join(" ", settings.problems()));
        }
        ManagerConnection connection = new ManagerConnectionFactory(settings.host(), settings.port(), settings.user(),
                secret == null ? "" : secret).createManagerConnection();
        PhoneSystemListener listener = new PhoneSystemListener(connection, settings.extension(), ringing);
        connection.addEventListener(listener::heard);
        String where = settings.host() + ":" + settings.port();
        try {
            connection.login();
        } catch (AuthenticationFailedException e) {
            throw new PhoneSystemException("The phone system at " + where + " refused the manager user '" + settings.user()
                    + "' or its secret. Check both against manager.conf.", e);
        } catch (UnknownHostException e) {
            throw new PhoneSystemException("No computer called '" + settings.host() + "' was found on the network.", e);
        } catch (ConnectException e) {
            throw new PhoneSystemException("Nothing answers at " + where
                    + ": is Asterisk running, with its manager interface enabled (manager.conf, enabled = yes)?", e);
        } catch (IOException | TimeoutException | IllegalStateException e) {
            throw new PhoneSystemException("The phone system at " + where + " did not answer as Asterisk does: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return listener;
    }

    /** Whether the server is still connected (asterisk-java reconnects by itself after a drop). */
    public boolean isConnected() {
        return connection.getState() == ManagerConnectionState.CONNECTED;
    }

    private void heard(ManagerEvent event) {
        if (!(event instanceof NewStateEvent state) || !"ringing".equalsIgnoreCase(state.getChannelStateDesc())) {
            return;
        }
        String channel = state.getChannel();
        if (channel == null || !deskChannel.matcher(channel).matches()) {
            return;
        }
        String number = caller(state);
        boolean first;
        synchronized (handedOn) {
            first = handedOn.add(state.getUniqueId() != null ? state.getUniqueId() : channel);
        }
        if (number != null && first) {
            ringing.accept(number);
        }
    }

    /** On the ringing desk channel, the caller is the connected line; older servers put it in the caller id. */
    private static String caller(NewStateEvent state) {
        for (String candidate : new String[]{state.getConnectedLineNum(), state.getCallerIdNum()}) {
            if (candidate != null && !NO_NUMBER.contains(candidate.strip().toLowerCase(Locale.ROOT))
                    && !deskChannelNumber(state, candidate)) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** Whether {@code number} is only the desk's own extension (what the caller id of its channel says on newer servers). */
    private static boolean deskChannelNumber(NewStateEvent state, String number) {
        String channel = state.getChannel();
        String afterTech = channel.substring(channel.indexOf('/') + 1);
        return afterTech.equals(number.strip()) || afterTech.startsWith(number.strip() + "-");
    }

    @Override
    public void close() {
        if (connection.getState() == ManagerConnectionState.CONNECTED) {
            connection.logoff();
        }
    }

    /** The phone system could not be listened to; the message says why in plain words. */
    public static final class PhoneSystemException extends RuntimeException {
        public PhoneSystemException(String message) {
            super(message);
        }

        public PhoneSystemException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
