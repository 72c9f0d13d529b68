package app.rapport.service.window;

import app.rapport.store.PrivateFiles;
import app.rapport.store.StoreLocation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running window's door for the command line on the same computer: `rapport pop`, and the
 * commands the window does for you while it holds the store (backup, export, log).
 * <p>
 * It listens on the loopback address only, on a port the system picks, so no other computer can
 * reach it; and it answers only a caller who presents the random key written, with the port, to a
 * file beside the store that only its owner can read (mode 0600), so other users of this computer
 * are refused too. TCP on loopback rather than a Unix domain socket: it works alike on Linux,
 * Windows and macOS, and has no limit on the length of the store's folder (a socket's path does).
 * <p>
 * A request is the key and the command's arguments; the reply is its exit code and what it printed
 * on each stream. A request with no arguments only asks whether a window is there.
 */
public final class WindowChannel implements AutoCloseable {
    /** Runs a command in the window and says what it printed. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(List<String> args);
    }

    /** What a command run in the window returned and printed. */
    public record Reply(int code, String out, String err) {
    }

    /** The window's door exists but would not answer this caller (a key from another window, or a stale file). */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private static final String SUFFIX = ".window";
    private static final int KEY_BYTES = 32;
    /** A caller that connects and says nothing is dropped after this long, so it cannot hold the door. */
    private static final int READ_TIMEOUT_MILLIS = 5_000;
    private static final int MAX_ARGUMENTS = 64;
    private static final int MAX_TEXT_BYTES = 1 << 20;

    private final ServerSocket server;
    private final Path file;
    private final byte[] key;
    private final Handler handler;
    private final Thread acceptor;
    private volatile boolean closed;

    private WindowChannel(ServerSocket server, Path file, byte[] key, Handler handler) {
        this.server = server;
        this.file = file;
        this.key = key;
        this.handler = handler;
        this.acceptor = new Thread(this::accept, "rapport-window-channel");
        acceptor.setDaemon(true);
    }

    /**
     * The file through which the command line finds the window holding {@code location}: beside a
     * store file ({@code NAME.window}); for a team server, in the user's data folder, named after it.
     */
    public static Path fileFor(StoreLocation location) {
        if (!location.isServer()) {
            return location.dataFile().resolveSibling(location.baseName() + SUFFIX);
        }
        Path dataFolder = StoreLocation.choose(null, Map.of()).dataFile().getParent();
        return dataFolder.resolve("server-" + HexFormat.of().formatHex(sha256(location.toString())).substring(0, 16) + SUFFIX);
    }

    /**
     * Opens the door for the window holding a store, through {@code file} ({@link #fileFor}); the
     * commands handed in run through {@code handler}, one thread each.
     */
    public static WindowChannel open(Path file, Handler handler) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            WindowChannel channel = new WindowChannel(server, file, key, handler);
            try {
                writePrivately(file, server.getLocalPort() + "\n" + HexFormat.of().formatHex(key) + "\n");
            } catch (IOException e) {
                server.close();
                throw e;
            }
            channel.acceptor.start();
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the window's door for the command line (" + file + "): " + e.getMessage(), e);
        }
    }

    /** The port it listens on, on the loopback address. */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Hands {@code args} to the window that holds the store {@code file} names, and returns what it
     * did; empty when no window listens there (no file, or a file left by a window that is gone).
     */
    public static Optional<Reply> handOff(Path file, List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("no command to hand to the window");
        }
        return call(file, args);
    }

    /** Whether a window listens behind {@code file}. */
    public static boolean isListening(Path file) {
        return call(file, List.of()).isPresent();
    }

    private static Optional<Reply> call(Path file, List<String> args) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(lines.get(0).strip());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), READ_TIMEOUT_MILLIS);
            int code;
            DataInputStream in = new DataInputStream(socket.getInputStream());
            try {
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                writeText(out, lines.get(1).strip());
                out.writeInt(args.size());
                for (String arg : args) {
                    writeText(out, arg);
                }
                out.flush();
                code = in.readInt();
            } catch (EOFException | SocketException e) {
                // the window reads the key first and hangs up on a wrong one, possibly while the arguments are still being sent
                throw new RefusedException("The Rapport window holding this store did not accept the command (its key in "
                        + file + " did not match). Close the Rapport window and open it again.");
            }
            return Optional.of(new Reply(code, readText(in), readText(in)));
        } catch (ConnectException e) {
            return Optional.empty(); // a window that is gone left its file behind
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach the Rapport window: " + e.getMessage(), e);
        }
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            Thread worker = new Thread(() -> serve(socket), "rapport-window-command");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            // Bound to loopback, only this computer can connect; said again here so it stays true.
            if (!socket.getInetAddress().isLoopbackAddress()) {
                return;
            }
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] presented = readText(in).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(presented, HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
            int count = in.readInt();
            if (count < 0 || count > MAX_ARGUMENTS) {
                return;
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readText(in));
            }
            Reply reply;
            try {
                reply = args.isEmpty() ? new Reply(0, "", "") : handler.handle(args);
            } catch (RuntimeException e) {
                reply = new Reply(1, "", "rapport: the Rapport window could not do it: " + e.getMessage() + "\n");
            }
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(reply.code());
            writeText(out, reply.out());
            writeText(out, reply.err());
            out.flush();
        } catch (SocketTimeoutException | EOFException e) {
            // a caller that said too little is dropped
        } catch (IOException e) {
            // the caller went away; nothing to tell it
        }
    }

    /** Stops listening and removes the file, so the command line opens the store itself again. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // nothing more to close
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            // Only our own file: a window opened since on the same store wrote its own.
            if (!lines.isEmpty() && lines.get(0).strip().equals(Integer.toString(server.getLocalPort()))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // already gone
        }
    }

    private static void writePrivately(Path file, String contents) throws IOException {
        PrivateFiles.createFolder(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        PrivateFiles.createFile(file); // on Windows the user's own profile folder keeps it from others
        Files.writeString(file, contents, StandardCharsets.UTF_8);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT_BYTES) {
            throw new EOFException("too long");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
