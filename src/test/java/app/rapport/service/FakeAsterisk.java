package app.rapport.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for an Asterisk server's manager interface on loopback: it greets, answers the
 * actions a client sends (MD5 challenge and login against its one user, anything else with
 * Success) and sends the events a test asks for, as Asterisk writes them.
 */
public final class FakeAsterisk implements AutoCloseable {
    private static final String CHALLENGE = "840415273";

    private final ServerSocket server;
    private final String user;
    private final String secret;
    private final CopyOnWriteArrayList<Writer> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public FakeAsterisk(String user, String secret) throws IOException {
        this.user = user;
        this.secret = secret;
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "fake-asterisk");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Asterisk's Newstate event for {@code channel}, as a ringing desk phone's channel reports it. */
    public void newState(String channel, String uniqueId, String state, String callerIdNum, String connectedLineNum) throws IOException {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Event", "Newstate");
        event.put("Privilege", "call,all");
        event.put("Channel", channel);
        event.put("ChannelState", state.equals("Ringing") ? "5" : "6");
        event.put("ChannelStateDesc", state);
        event.put("CallerIDNum", callerIdNum);
        event.put("CallerIDName", "<unknown>");
        event.put("ConnectedLineNum", connectedLineNum);
        event.put("ConnectedLineName", "<unknown>");
        event.put("Language", "en");
        event.put("AccountCode", "");
        event.put("Context", "from-internal");
        event.put("Exten", "s");
        event.put("Priority", "1");
        event.put("Uniqueid", uniqueId);
        event.put("Linkedid", uniqueId);
        for (Writer client : clients) {
            send(client, event);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "fake-asterisk-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            synchronized (out) {
                out.write("Asterisk Call Manager/7.0.3\r\n");
                out.flush();
            }
            Map<String, String> action = new LinkedHashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        action.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
                    }
                    continue;
                }
                if (!action.isEmpty() && !answer(action, out)) {
                    return;
                }
                action = new LinkedHashMap<>();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** Answers one action; false when the session ends with it. */
    private boolean answer(Map<String, String> action, Writer out) throws IOException {
        Map<String, String> response = new LinkedHashMap<>();
        String id = action.get("actionid");
        String name = action.getOrDefault("action", "").toLowerCase();
        switch (name) {
            case "challenge" -> {
                response.put("Response", "Success");
                response.put("Challenge", CHALLENGE);
            }
            case "login" -> {
                boolean accepted = user.equals(action.get("username"))
                        && (md5(CHALLENGE + secret).equals(action.get("key")) || secret.equals(action.get("secret")));
                response.put("Response", accepted ? "Success" : "Error");
                response.put("Message", accepted ? "Authentication accepted" : "Authentication failed");
                if (accepted) {
                    clients.add(out);
                }
            }
            case "logoff" -> {
                response.put("Response", "Goodbye");
                response.put("Message", "Thanks for all the fish.");
            }
            case "command" -> {
                response.put("Response", "Success");
                response.put("Message", "Command output follows");
                response.put("Output", "Asterisk 18.20.0 built by rapport @ test on a x86_64 running Linux");
            }
            case "coresettings" -> {
                response.put("Response", "Success");
                response.put("AMIversion", "7.0.3");
                response.put("AsteriskVersion", "18.20.0");
            }
            default -> response.put("Response", "Success");
        }
        if (id != null) {
            Map<String, String> withId = new LinkedHashMap<>();
            withId.put("Response", response.remove("Response"));
            withId.put("ActionID", id);
            withId.putAll(response);
            response = withId;
        }
        send(out, response);
        return !name.equals("logoff");
    }

    private static void send(Writer out, Map<String, String> message) throws IOException {
        StringBuilder text = new StringBuilder();
        message.forEach((key, value) -> text.append(key).append(": ").append(value).append("\r\n"));
        text.append("\r\n");
        synchronized (out) {
            out.write(text.toString());
            out.flush();
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
