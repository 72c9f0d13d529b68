package app.rapport.cli;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.MailSettings;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport mailing send} on the demo book, to a real SMTP server the test starts. */
class MailingCommandTest {
    private static final String TEMPLATE = "We have not seen you for a while";

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path folder;

    private String db;

    /** A demo book of {@code clients} clients with a segment "Everyone" and no pause between messages worth waiting for. */
    private void demo(int clients) {
        db = folder.resolve("demo").toString();
        assertThat(run("--db", db, "demo", "--clients", String.valueOf(clients), "--seed", "7", "--business", "salon").code()).isZero();
        try (RapportServices services = RapportServices.open(StoreLocation.of(db))) {
            services.segments().save(new Segment(null, "Everyone", SegmentCriteria.EVERYONE, null, null));
            MailSettings settings = services.mailings().settings();
            services.mailings().saveSettings(new MailSettings(settings.host(), settings.port(), settings.user(), false,
                    "desk@lumen.example", 60_000, settings.minimumDays()));
        }
    }

    @Test
    void aMailingToTheWholeDemoBookLandsOneMessagePerClientWithTheirNameAndLogsItOnTheirTimeline() throws Exception {
        demo(200);
        CommandRun dryRun = run("--db", db, "mailing", "send", "Everyone", "--template", TEMPLATE, "--dry-run", "--json");
        assertThat(dryRun.code()).as(dryRun.err()).isZero();
        int expected = new ObjectMapper().readTree(dryRun.out()).get("wouldSend").asInt();
        assertThat(SERVER.getReceivedMessages()).isEmpty();

        CommandRun sent = run("--db", db, "mailing", "send", "Everyone", "--template", TEMPLATE, "--smtp", smtp());

        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out()).startsWith("Mailing \u201cWe have not seen you for a while to Everyone\u201d: sent " + expected
                + ", skipped 0 (consent 0, period 0), failed 0");
        MimeMessage[] received = SERVER.getReceivedMessages();
        assertThat(received).hasSize(expected);
        try (RapportServices services = RapportServices.open(StoreLocation.of(db))) {
            Map<String, String> greetingByAddress = new HashMap<>();
            for (ClientSummary client : services.segments().clients(SegmentCriteria.EVERYONE)) {
                if (client.primaryEmail() != null) {
                    var addressed = services.messages().render(services.messages().templates().stream()
                            .filter(t -> t.name().equals(TEMPLATE)).findFirst().orElseThrow(), client.id()).orElseThrow();
                    greetingByAddress.put(client.primaryEmail(), addressed.message().subject());
                    List<TimelineEntry> mailed = services.touchpoints().timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of(Channel.EMAIL))
                            .stream().filter(entry -> (entry.title() + entry.detail()).contains("Mailing \u201cWe have not seen you")).toList();
                    assertThat(mailed).as(client.displayName()).hasSize(1);
                }
            }
            assertThat(greetingByAddress).hasSize(expected);
            for (MimeMessage message : received) {
                assertThat(message.getSubject()).isEqualTo(greetingByAddress.get(message.getAllRecipients()[0].toString()));
            }
        }

        CommandRun again = run("--db", db, "mailing", "send", "Everyone", "--template", TEMPLATE, "--smtp", smtp(), "--json");
        JsonNode second = new ObjectMapper().readTree(again.out());
        assertThat(second.get("sent").asInt()).isZero();
        assertThat(second.get("skipped").get("alreadySent").asInt()).isEqualTo(expected);
        assertThat(SERVER.getReceivedMessages()).hasSize(expected);
    }

    @Test
    void anUnknownTemplateIsNamedAndNothingIsSent() {
        demo(10);
        CommandRun result = run("--db", db, "mailing", "send", "Everyone", "--template", "Spring news", "--smtp", smtp());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("rapport: There is no message template called \u201cSpring news\u201d.\n");
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInOneLineAndTheRunCanBeRepeated() {
        demo(10);
        CommandRun result = run("--db", db, "mailing", "send", "Everyone", "--template", TEMPLATE, "--smtp", "127.0.0.1:1");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(", failed 1\n").contains("Stopped: The mail server 127.0.0.1:1 cannot be reached")
                .contains("Run the same command again to send the rest.");
    }

    private static String smtp() {
        return "127.0.0.1:" + SERVER.getSmtp().getPort();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
