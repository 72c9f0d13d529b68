package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.Direction;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mailings sent to a real SMTP server (GreenMail) that the test starts on a free port. */
class MailingServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final String SEGMENT = "Newsletter";
    private static final String TEMPLATE = "Spring hours";

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;
    private ClientService clients;
    private MessageService messages;
    private SegmentService segments;
    private TouchpointService touchpoints;
    private MailingService mailings;
    private GreenMail server;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "mailings"), Clock.systemDefaultZone());
        clock = new TestClock(NOW);
        clients = new ClientService(store, clock);
        messages = new MessageService(store, clock);
        segments = new SegmentService(store, clock);
        touchpoints = new TouchpointService(store, clock);
        mailings = new MailingService(store, clock, messages, segments);
        messages.setBusinessName("Salon Ida");
        messages.save(new MessageTemplate(null, TEMPLATE, MessageChannel.EMAIL, "New hours for {{firstName}}",
                "Dear {{addressAs}},\nfrom June we open at 8.\n{{businessName}}", null, null));
        segments.save(new Segment(null, SEGMENT, SegmentCriteria.EVERYONE.withTags(Set.of("news")), null, null));
        server = startServer(ServerSetupTest.SMTP.dynamicPort());
        mailings.saveSettings(new MailSettings("127.0.0.1", server.getSmtp().getPort(), "", false, "desk@salon-ida.example", 600, 14));
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyMessageArrivesOnceWithItsMergeFieldsAndIsLoggedOnTheClientsTimeline() throws Exception {
        Client anna = client("Anna", "Berg", "anna@example.org", "news");
        Client ben = client("Ben", "Okafor", "ben@example.org", "news");
        client("Carla", "Diaz", "carla@example.org", "other");

        MailingService.Preview preview = mailings.preview(SEGMENT, TEMPLATE);
        assertThat(preview.messages()).extracting(m -> m.message().subject())
                .containsExactlyInAnyOrder("New hours for Anna", "New hours for Ben");
        MailingService.Result result = send();

        assertThat(result.sent()).isEqualTo(2);
        assertThat(result.failed()).isEmpty();
        assertThat(received()).containsOnly(
                Map.entry("anna@example.org", "New hours for Anna|Dear Anna,\r\nfrom June we open at 8.\r\nSalon Ida"),
                Map.entry("ben@example.org", "New hours for Ben|Dear Ben,\r\nfrom June we open at 8.\r\nSalon Ida"));
        assertThat(server.getReceivedMessages()[0].getFrom()[0].toString()).isEqualTo("desk@salon-ida.example");
        for (Client client : List.of(anna, ben)) {
            List<TimelineEntry> timeline = touchpoints.timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of());
            assertThat(timeline).singleElement().satisfies(entry -> {
                assertThat(entry.channel()).isEqualTo(Channel.EMAIL);
                assertThat(entry.title() + " " + entry.detail()).contains("Mailing \u201cSpring hours to Newsletter\u201d");
            });
        }

        MailingService.Result again = send();
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(2);
        assertThat(server.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aMailingsMessageKeepsNoPromiseSoTodayAndTheBriefStillShowTheLastRealConversation() {
        Client anna = client("Anna", "Berg", "anna@example.org", "news");
        touchpoints.log(new Touchpoint(null, anna.id(), NOW, Channel.CALL, Direction.INBOUND,
                "Asked for the price of a colour correction", null, null, null));
        new FollowUpService(store, clock).create(anna.id(), LocalDate.ofInstant(NOW, clock.getZone()).plusDays(3),
                "Send Anna the price of the colour correction");
        clock.advance(Duration.ofDays(8));

        send();

        TodayService today = new TodayService(store, clock);
        assertThat(today.queue().items()).filteredOn(item -> item.clientId().equals(anna.id()))
                .extracting(TodayItem::reason).containsExactly(TodayReason.FOLLOW_UP_OVERDUE);
        Brief brief = new BriefService(store, clock).brief(anna.id()).orElseThrow();
        assertThat(brief.priorTouchpoint().summary()).isEqualTo("Asked for the price of a colour correction");
        assertThat(touchpoints.timeline(anna.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of())).hasSize(2);
    }

    @Test
    void aClientWhoSaidNoToMailingsIsNeverSentOneAndThePreviewCountsThem() throws Exception {
        client("Anna", "Berg", "anna@example.org", "news");
        Client ben = client("Ben", "Okafor", "ben@example.org", "news");
        mailings.setNoMailings(ben.id(), true);

        MailingService.Preview preview = mailings.preview(SEGMENT, TEMPLATE);
        assertThat(preview.leftOutConsent()).isEqualTo(1);
        assertThat(preview.summary()).isEqualTo("1 message to send of 2 in the segment; left out: 1 said no to mailings.");
        MailingService.Result result = send();

        assertThat(result.sent()).isEqualTo(1);
        assertThat(result.skippedConsent()).isEqualTo(1);
        assertThat(received()).containsOnlyKeys("anna@example.org");
        assertThat(mailings.refusesMailings(ben.id())).isTrue();
    }

    @Test
    void aClientMailedFewerDaysAgoThanTheMinimumWaitsForTheNextMailing() throws Exception {
        client("Anna", "Berg", "anna@example.org", "news");
        send();
        messages.save(new MessageTemplate(null, "Summer sale", MessageChannel.EMAIL, "Sale", "Hi {{firstName}}", null, null));

        clock.advance(Duration.ofDays(13));
        MailingService.Result tooSoon = send("Summer sale");
        assertThat(tooSoon.sent()).isZero();
        assertThat(tooSoon.skippedPeriod()).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        MailingService.Result later = send("Summer sale");
        assertThat(later.sent()).isEqualTo(1);
        assertThat(server.getReceivedMessages()).extracting(Message::getSubject).containsExactly("New hours for Anna", "Sale");
    }

    @Test
    void messagesGoOutNoFasterThanTheSettingAllows() {
        for (String name : List.of("Anna", "Ben", "Carla", "Dan")) {
            client(name, "Smith", name.toLowerCase() + "@example.org", "news");
        }
        mailings.saveSettings(new MailSettings("127.0.0.1", server.getSmtp().getPort(), "", false, "desk@salon-ida.example", 2, 14));
        List<Duration> pauses = new ArrayList<>();

        MailingService.Result result;
        try (SmtpMailServer smtp = smtp()) {
            result = mailings.send(SEGMENT, TEMPLATE, smtp, wait -> {
                pauses.add(wait);
                clock.advance(wait);
            }, Progress.NONE);
        }

        assertThat(result.sent()).isEqualTo(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void aServerThatGoesDownMidwayStopsTheRunAndResumingReachesEveryoneElseOnce() throws Exception {
        List<String> everyone = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String address = "client" + i + "@example.org";
            client("Client" + i, "Test", address, "news");
            everyone.add(address);
        }
        int port = server.getSmtp().getPort();
        Map<String, String> receivedBeforeTheFailure = new TreeMap<>();
        int[] pauses = {0};

        MailingService.Result first;
        try (SmtpMailServer smtp = smtp()) {
            first = mailings.send(SEGMENT, TEMPLATE, smtp, wait -> {
                clock.advance(wait);
                if (++pauses[0] == 3) {
                    receivedBeforeTheFailure.putAll(received());
                    server.stop();
                }
            }, Progress.NONE);
        }

        assertThat(first.sent()).isEqualTo(3);
        assertThat(first.failed()).singleElement().satisfies(failure ->
                assertThat(failure.reason()).startsWith("The mail server 127.0.0.1:" + port + " cannot be reached"));
        assertThat(first.stoppedBecause()).startsWith("Stopped: The mail server 127.0.0.1:" + port + " cannot be reached");
        MailingService.Page afterFailure = mailings.page(first.mailingId()).orElseThrow();
        assertThat(afterFailure.sent()).hasSize(3);
        assertThat(afterFailure.failed()).singleElement().satisfies(line -> assertThat(line.reason()).contains("cannot be reached"));

        server = startServer(ServerSetupTest.SMTP.withPort(port));
        MailingService.Result resumed = send();

        assertThat(resumed.sent()).isEqualTo(3);
        assertThat(resumed.alreadySent()).isEqualTo(3);
        Map<String, String> receivedAfter = received();
        assertThat(receivedBeforeTheFailure.keySet()).doesNotContainAnyElementsOf(receivedAfter.keySet());
        List<String> all = new ArrayList<>(receivedBeforeTheFailure.keySet());
        all.addAll(receivedAfter.keySet());
        assertThat(all).containsExactlyInAnyOrderElementsOf(everyone);
        MailingService.Page page = mailings.page(first.mailingId()).orElseThrow();
        assertThat(page.sent()).hasSize(6);
        assertThat(page.failed()).isEmpty();
    }

    @Test
    void aRunThatDiesWhileHandingOverAMessageNeverSendsItAgain() throws Exception {
        client("Anna", "Berg", "anna@example.org", "news");
        client("Ben", "Okafor", "ben@example.org", "news");
        MailServer dying = new MailServer() {
            @Override
            public void send(String to, String subject, String body) {
                throw new IllegalStateException("the laptop went to sleep");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> mailings.send(SEGMENT, TEMPLATE, dying, wait -> clock.advance(wait), Progress.NONE))
                .isInstanceOf(IllegalStateException.class);

        MailingService.Preview preview = mailings.preview(SEGMENT, TEMPLATE);
        assertThat(preview.interrupted()).isEqualTo(1);
        MailingService.Result result = send();

        assertThat(result.sent()).isEqualTo(1);
        assertThat(result.interrupted()).isEqualTo(1);
        assertThat(received()).containsOnlyKeys("ben@example.org");
        MailingService.Page page = mailings.page(result.mailingId()).orElseThrow();
        assertThat(page.interrupted()).extracting(MailingService.Line::clientName).containsExactly("Anna Berg");
    }

    @Test
    void thePageListsTheClientsWhoHaveBeenInTouchSinceTheMailing() {
        Client anna = client("Anna", "Berg", "anna@example.org", "news");
        client("Ben", "Okafor", "ben@example.org", "news");
        MailingService.Result result = send();
        clock.advance(Duration.ofHours(3));
        touchpoints.log(new Touchpoint(null, anna.id(), clock.instant(), Channel.CALL, Direction.INBOUND,
                "Called to book for the new early slot", null, null, null));

        MailingService.Page page = mailings.page(result.mailingId()).orElseThrow();

        assertThat(page.sent()).extracting(MailingService.Line::clientName).containsExactlyInAnyOrder("Anna Berg", "Ben Okafor");
        assertThat(page.inTouch()).singleElement().satisfies(inTouch -> {
            assertThat(inTouch.clientId()).isEqualTo(anna.id());
            assertThat(inTouch.channel()).isEqualTo(Channel.CALL);
            assertThat(inTouch.summary()).isEqualTo("Called to book for the new early slot");
        });
    }

    @Test
    void textMessagesAreExportedForAnSmsGatewayLeavingOutWhoSaidNo() throws Exception {
        Client anna = clients.save(ClientServiceTest.person("Anna", "Berg", List.of("+44 7700 900123"), List.of(), "news"));
        Client ben = clients.save(ClientServiceTest.person("Ben", "Okafor", List.of("+44 7700 900456"), List.of(), "news"));
        mailings.setNoMailings(ben.id(), true);
        messages.save(new MessageTemplate(null, "Early hours SMS", MessageChannel.MESSAGE, null, "Hi {{firstName}}, we open at 8 from June.", null, null));
        Path file = folder.resolve("sms.csv");

        MailingService.Preview exported = mailings.exportTextMessages(SEGMENT, "Early hours SMS", file);

        assertThat(exported.leftOutConsent()).isEqualTo(1);
        assertThat(Files.readAllLines(file)).containsExactly("phone,name,message",
                anna.phones().get(0).value() + ",Anna Berg,\"Hi Anna, we open at 8 from June.\"");
        assertThatThrownBy(() -> mailings.preview(SEGMENT, "Early hours SMS")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems().get(0).message()).isEqualTo(
                        "\u201cEarly hours SMS\u201d is a text message template; choose an email template to send a mailing."));
    }

    @Test
    void aCsvColumnSayingNoToMailingsSetsTheFlagOnImportAndTheMailingLeavesThemOut() throws Exception {
        Path file = folder.resolve("clients.csv");
        Files.writeString(file, """
                First name,Last name,Email,Tags,Unsubscribed
                Anna,Berg,anna@example.org,news,no
                Ben,Okafor,ben@example.org,news,yes
                Carla,Diaz,carla@example.org,news,
                """);
        ContactService contacts = new ContactService(store, clock);

        ImportPreview preview = contacts.preview(file, Progress.NONE);
        assertThat(preview.layout().orElseThrow().mappings()).extracting(app.rapport.domain.contacts.ColumnMapping::field)
                .contains(app.rapport.domain.contacts.ContactField.NO_MAILINGS);
        contacts.importContacts(preview, false, ContactService.DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
        MailingService.Result result = send();

        assertThat(result.skippedConsent()).isEqualTo(1);
        assertThat(received()).containsOnlyKeys("anna@example.org", "carla@example.org");
    }

    @Test
    void aClientsNoToMailingsTravelsInTheCsvExportAndComesBackOnImportElsewhere() throws Exception {
        client("Anna", "Berg", "anna@example.org", "news");
        Client ben = client("Ben", "Okafor", "ben@example.org", "news");
        mailings.setNoMailings(ben.id(), true);
        ContactService contacts = new ContactService(store, clock);
        Path file = folder.resolve("exported.csv");

        contacts.exportCsv(contacts.allClientIds(), file, false);

        try (Store elsewhere = Store.open(TestStores.location(folder, "elsewhere"), Clock.systemDefaultZone())) {
            ContactService other = new ContactService(elsewhere, clock);
            ImportPreview preview = other.preview(file, Progress.NONE);
            assertThat(preview.candidates()).hasSize(2).allSatisfy(candidate -> assertThat(candidate.warnings()).isEmpty());
            assertThat(preview.candidates()).filteredOn(app.rapport.domain.contacts.ImportCandidate::noMailings)
                    .extracting(candidate -> candidate.client().displayName()).containsExactly("Ben Okafor");
            other.importContacts(preview, false, ContactService.DuplicateChoice.IMPORT, Map.of(), Progress.NONE);
            Set<UUID> refusing = new app.rapport.store.MailingRepository(elsewhere.dsl()).refusingMailings(other.allClientIds());
            assertThat(refusing).hasSize(1);
        }
    }

    private Client client(String first, String last, String email, String tag) {
        return clients.save(ClientServiceTest.person(first, last, List.of(), List.of(email), tag));
    }

    private MailingService.Result send() {
        return send(TEMPLATE);
    }

    private MailingService.Result send(String template) {
        try (SmtpMailServer smtp = smtp()) {
            return mailings.send(SEGMENT, template, smtp, wait -> clock.advance(wait), Progress.NONE);
        }
    }

    private SmtpMailServer smtp() {
        return new SmtpMailServer(mailings.settings(), "");
    }

    /** Each message received, by recipient: "subject|body". */
    private Map<String, String> received() {
        Map<String, String> byRecipient = new TreeMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                String to = message.getAllRecipients()[0].toString();
                String previous = byRecipient.put(to, message.getSubject() + "|" + GreenMailUtil.getBody(message).strip());
                assertThat(previous).as("a second message to " + to).isNull();
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return byRecipient;
    }

    private static GreenMail startServer(ServerSetup setup) {
        GreenMail started = new GreenMail(setup);
        started.start();
        return started;
    }
}
