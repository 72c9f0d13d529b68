package app.rapport.service.window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The window's door: only this computer, only its owner's key, and gone with the window. */
class WindowChannelTest {
    @TempDir
    Path folder;

    private final List<List<String>> handled = new CopyOnWriteArrayList<>();
    private WindowChannel channel;

    private WindowChannel open(Path file) {
        channel = WindowChannel.open(file, args -> {
            handled.add(args);
            return new WindowChannel.Reply(args.size() == 2 ? 0 : 1, "did " + String.join(" ", args) + "\n", "");
        });
        return channel;
    }

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    @Test
    void aCommandHandedInRunsInTheWindowAndItsOutputComesBack() throws IOException {
        Path file = folder.resolve("store.window");
        open(file);

        Optional<WindowChannel.Reply> reply = WindowChannel.handOff(file, List.of("pop", "+44 20 7946 0018"));

        assertThat(reply).contains(new WindowChannel.Reply(0, "did pop +44 20 7946 0018\n", ""));
        assertThat(handled).containsExactly(List.of("pop", "+44 20 7946 0018"));
        assertThat(WindowChannel.isListening(file)).isTrue();
        // only its owner can read the key
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aCallerWithAnotherKeyIsRefusedAndNothingRuns() throws IOException {
        Path file = folder.resolve("store.window");
        open(file);
        int port = Integer.parseInt(Files.readAllLines(file).get(0));

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            boolean hungUp;
            try {
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                byte[] wrongKey = "0".repeat(64).getBytes(StandardCharsets.US_ASCII);
                out.writeInt(wrongKey.length);
                out.write(wrongKey);
                out.writeInt(1);
                byte[] backup = "backup".getBytes(StandardCharsets.US_ASCII);
                out.writeInt(backup.length);
                out.write(backup);
                out.flush();
                hungUp = socket.getInputStream().read() == -1;
            } catch (SocketException e) {
                hungUp = true; // the window read the wrong key and hung up while the command was still being sent
            }
            assertThat(hungUp).as("the window answers a wrong key with nothing but hanging up").isTrue();
        }
        assertThat(handled).isEmpty();

        // a key file another window wrote is refused the same way, with a message that says what to do
        Files.writeString(file, port + "\n" + "ab".repeat(32) + "\n");
        assertThatThrownBy(() -> WindowChannel.handOff(file, List.of("backup"))).isInstanceOf(WindowChannel.RefusedException.class)
                .hasMessageContaining("Close the Rapport window and open it again");
        assertThat(handled).isEmpty();
    }

    @Test
    void nothingListensOnTheComputersOtherAddresses() throws IOException {
        Path file = folder.resolve("store.window");
        open(file);
        Optional<InetAddress> other = otherAddress();
        assumeTrue(other.isPresent(), "this computer has no address but loopback");

        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other.get(), channel.port()), 5_000))
                    .isInstanceOf(ConnectException.class);
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void aClosedWindowTakesItsKeyFileAwayAndTheCommandLineDoesTheWorkItself() throws IOException {
        Path file = folder.resolve("store.window");
        open(file).close();

        assertThat(file).doesNotExist();
        assertThat(WindowChannel.handOff(file, List.of("backup"))).isEmpty();

        // a file left behind by a window that was killed leads nowhere either
        Files.writeString(file, channel.port() + "\n" + "ab".repeat(32) + "\n");
        assertThat(WindowChannel.isListening(file)).isFalse();
    }

    /** An address of this computer that is not loopback (its network card's). */
    private static Optional<InetAddress> otherAddress() throws SocketException {
        for (NetworkInterface card : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!card.isUp() || card.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(card.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
