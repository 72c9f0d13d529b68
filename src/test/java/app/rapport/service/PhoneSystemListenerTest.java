package app.rapport.service;

import app.rapport.service.PhoneSystemListener.PhoneSystemException;
import app.rapport.service.PhoneSystemListener.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The desk hears its own phone ring through a real AMI conversation with a stand-in Asterisk on loopback. */
class PhoneSystemListenerTest {
    private FakeAsterisk asterisk;
    private final BlockingQueue<String> rang = new LinkedBlockingQueue<>();

    @BeforeEach
    void startServer() throws IOException {
        asterisk = new FakeAsterisk("rapport", "s3cret-desk");
    }

    @AfterEach
    void stopServer() throws IOException {
        asterisk.close();
    }

    private Settings desk(String extension) {
        return new Settings("127.0.0.1", asterisk.port(), "rapport", extension);
    }

    @Test
    void aCallRingingTheDesksExtensionHandsOnTheCallersNumberOnce() throws Exception {
        try (PhoneSystemListener listener = PhoneSystemListener.start(desk("201"), "s3cret-desk", rang::add)) {
            assertThat(listener.isConnected()).isTrue();
            asterisk.newState("PJSIP/201-0000002a", "1733400000.42", "Ringing", "201", "+44 20 7946 0018");
            asterisk.newState("PJSIP/201-0000002a", "1733400000.42", "Ringing", "201", "+44 20 7946 0018");
            asterisk.newState("PJSIP/201-0000002b", "1733400000.43", "Ringing", "201", "020 7946 0999");

            assertThat(rang.poll(10, TimeUnit.SECONDS)).isEqualTo("+44 20 7946 0018");
            assertThat(rang.poll(10, TimeUnit.SECONDS)).as("the same call ringing again is not a second call").isEqualTo("020 7946 0999");
        }
    }

    @Test
    void anotherDesksPhoneAnAnsweredCallAndAHiddenNumberDoNotPop() throws Exception {
        try (PhoneSystemListener listener = PhoneSystemListener.start(desk("201"), "s3cret-desk", rang::add)) {
            asterisk.newState("PJSIP/202-00000031", "1733400000.50", "Ringing", "202", "+44 20 7946 0018");
            asterisk.newState("PJSIP/2010-00000032", "1733400000.51", "Ringing", "2010", "+44 20 7946 0018");
            asterisk.newState("PJSIP/201-00000033", "1733400000.52", "Up", "201", "+44 20 7946 0018");
            asterisk.newState("PJSIP/201-00000034", "1733400000.53", "Ringing", "201", "<unknown>");
            // A call that does pop, sent last: once it arrives, every event before it was heard and passed over.
            asterisk.newState("SIP/201-00000035", "1733400000.54", "Ringing", "+33 1 23 45 67 89", "<unknown>");

            assertThat(rang.poll(10, TimeUnit.SECONDS)).isEqualTo("+33 1 23 45 67 89");
            assertThat(rang).isEmpty();
        }
    }

    @Test
    void aWrongSecretIsRefusedInPlainWords() {
        assertThatThrownBy(() -> PhoneSystemListener.start(desk("201"), "wrong", rang::add))
                .isInstanceOf(PhoneSystemException.class)
                .hasMessageContaining("refused the manager user 'rapport' or its secret");
    }

    @Test
    void aServerThatIsNotThereIsNamed() throws IOException {
        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        assertThatThrownBy(() -> PhoneSystemListener.start(new Settings("127.0.0.1", nobody, "rapport", "201"), "s3cret-desk", rang::add))
                .isInstanceOf(PhoneSystemException.class)
                .hasMessageContaining("Nothing answers at 127.0.0.1:" + nobody);
    }

    @Test
    void settingsWithoutAServerOrAnExtensionSayWhatIsMissing() {
        assertThat(new Settings(" ", 5038, "rapport", "").problems())
                .containsExactly("Give the phone system's address, such as pbx.local or 192.168.1.10.",
                        "Give this desk's extension, such as 201.");
    }
}
