package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.Direction;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.message.Mailing;
import app.rapport.domain.message.MailingRecipient;
import app.rapport.domain.message.MailingRecipient.Status;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.message.TemplateProblem;
import app.rapport.domain.message.TemplateRenderer;
import app.rapport.domain.segment.Segment;
import app.rapport.service.MailServer.MailFailure;
import app.rapport.service.MessageService.Addressed;
import app.rapport.store.ClientRepository;
import app.rapport.store.MailingRepository;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.TouchpointRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mailings: a message template sent to a saved segment through the business's own mail account,
 * as a decent sender does it. Clients who said no to mailings are never sent one; a client who had
 * a mailing fewer than {@link MailSettings#minimumDays()} days ago is left out; messages go out at
 * most {@link MailSettings#perMinute()} a minute; and each client's state in the mailing is
 * committed before and after their message goes to the server, so a run that stops anywhere is
 * resumed by sending the mailing again, and nobody ever gets it twice.
 */
public final class MailingService {
    private static final int SUMMARY_MAX = 4000;
    private static final int REASON_MAX = 2000;

    private final Store store;
    private final Clock clock;
    private final MessageService messages;
    private final SegmentService segments;

    public MailingService(Store store, Clock clock, MessageService messages, SegmentService segments) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.segments = segments;
    }

    /** Waits between two messages; the window and the command line sleep, a test only counts. */
    @FunctionalInterface
    public interface Throttle {
        Throttle SLEEP = wait -> Thread.sleep(wait.toMillis());

        void pause(Duration wait) throws InterruptedException;
    }

    public MailSettings settings() {
        return MailSettings.from(new SettingRepository(store.dsl()).all());
    }

    /** Keeps the mail settings (never a password); a port or pace that cannot be is refused, naming it. */
    public void saveSettings(MailSettings settings) {
        List<FieldProblem> problems = settings.problems().stream()
                .filter(problem -> !problem.field().equals("host") && !problem.field().equals("from")).toList();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.inTransaction(dsl -> {
            SettingRepository stored = new SettingRepository(dsl);
            settings.asSettings().forEach(stored::put);
            return null;
        });
    }

    /** Whether the client said no to mailings. */
    public boolean refusesMailings(UUID clientId) {
        return new MailingRepository(store.dsl()).refusesMailings(clientId);
    }

    /** Records that the client does (true) or no longer does (false) refuse mailings. */
    public void setNoMailings(UUID clientId, boolean noMailings) {
        boolean known = store.inTransaction(dsl -> new MailingRepository(dsl).setNoMailings(clientId, noMailings));
        if (!known) {
            throw new ValidationException(List.of(new FieldProblem("clientId", "There is no such client.")));
        }
    }

    /** Every mailing, newest first. */
    public List<Mailing> mailings() {
        return new MailingRepository(store.dsl()).all();
    }

    /**
     * What sending the template to the segment would do now: every message that would go out,
     * filled in, and how many clients are left out and why. Nothing is written.
     */
    public Preview preview(String segmentName, String templateName) {
        return plan(segmentName, templateName, MessageChannel.EMAIL);
    }

    /**
     * Sends (or resumes) the mailing of the template to the segment. Stops early when the server
     * cannot be reached or refuses the login, or when {@code progress} is cancelled: what was sent
     * stays sent, and sending again carries on with the rest.
     */
    public Result send(String segmentName, String templateName, MailServer server, Throttle throttle, Progress progress) {
        List<FieldProblem> settingProblems = settings().problems();
        if (!settingProblems.isEmpty()) {
            throw new ValidationException(settingProblems);
        }
        Preview preview = plan(segmentName, templateName, MessageChannel.EMAIL);
        Mailing mailing = store.inTransaction(dsl -> {
            MailingRepository mailings = new MailingRepository(dsl);
            return mailings.find(preview.segmentId(), preview.templateId()).orElseGet(() -> {
                Mailing created = new Mailing(Ids.next(), preview.mailingName(), preview.segmentId(), preview.templateId(), clock.instant());
                mailings.insert(created);
                return created;
            });
        });
        Duration interval = Duration.ofMillis(Math.max(1, 60_000L / settings().perMinute()));
        List<Failure> failures = new ArrayList<>();
        int sent = 0;
        String stoppedBecause = null;
        Instant lastStarted = null;
        int done = 0;
        for (Addressed message : preview.messages()) {
            if (progress.isCancelled()) {
                stoppedBecause = "Stopped: you cancelled the mailing.";
                break;
            }
            progress.update(done++, preview.messages().size(), "Sending to " + message.clientName());
            if (lastStarted != null) {
                Duration wait = interval.minus(Duration.between(lastStarted, clock.instant()));
                if (!wait.isNegative() && !wait.isZero()) {
                    try {
                        throttle.pause(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stoppedBecause = "Stopped: sending was interrupted.";
                        break;
                    }
                }
            }
            lastStarted = clock.instant();
            if (!claim(mailing, message)) {
                continue;
            }
            try {
                server.send(message.email(), message.message().subject(), message.message().body());
            } catch (MailFailure failure) {
                String reason = clip(failure.getMessage(), REASON_MAX);
                store.inTransaction(dsl -> {
                    new MailingRepository(dsl).mark(mailing.id(), message.clientId(), Status.FAILED, message.email(), reason, null, clock.instant());
                    return null;
                });
                failures.add(new Failure(message.clientId(), message.clientName(), message.email(), reason));
                if (failure.serverDown()) {
                    stoppedBecause = "Stopped: " + reason;
                    break;
                }
                continue;
            }
            recordSent(mailing, message);
            sent++;
        }
        progress.update(done, preview.messages().size(), "Sent " + sent);
        return new Result(mailing.id(), mailing.name(), sent, preview.alreadySent(), preview.leftOutConsent(), preview.leftOutRecent(),
                preview.withoutAddress(), preview.incomplete().size(), preview.interrupted(), failures, stoppedBecause);
    }

    /** Marks the client as being sent to; false when another run got there first. */
    private boolean claim(Mailing mailing, Addressed message) {
        return store.inTransaction(dsl -> {
            MailingRepository mailings = new MailingRepository(dsl);
            boolean taken = mailings.recipients(mailing.id()).stream()
                    .anyMatch(r -> r.clientId().equals(message.clientId()) && r.status() != Status.FAILED);
            if (taken) {
                return false;
            }
            mailings.mark(mailing.id(), message.clientId(), Status.SENDING, message.email(), null, null, clock.instant());
            return true;
        });
    }

    /** The sent state and the outbound email touchpoint on the client's timeline, in one transaction. */
    private void recordSent(Mailing mailing, Addressed message) {
        store.inTransaction(dsl -> {
            Instant at = clock.instant();
            String subject = message.message().subject() == null || message.message().subject().isBlank() ? "" : ": " + message.message().subject();
            Touchpoint touchpoint = new Touchpoint(Ids.next(), message.clientId(), at, Channel.EMAIL, Direction.OUTBOUND,
                    clip("Mailing \u201c" + mailing.name() + "\u201d" + subject, SUMMARY_MAX), null, null, null);
            new TouchpointRepository(dsl).insertMailed(touchpoint, at);
            new MailingRepository(dsl).mark(mailing.id(), message.clientId(), Status.SENT, message.email(), null, touchpoint.id(), at);
            return null;
        });
    }

    /**
     * Writes the text messages of a text-message template for the segment to a CSV file an SMS
     * gateway can read (phone, name, message; UTF-8, a header row), leaving out whom a mailing would
     * leave out; written through a temporary file, so a failed export leaves nothing half-written.
     */
    public Preview exportTextMessages(String segmentName, String templateName, Path file) {
        Preview preview = plan(segmentName, templateName, MessageChannel.MESSAGE);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(folder, ".rapport-sms", ".csv");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("phone", "name", "message").get())) {
                    for (Addressed message : preview.messages()) {
                        csv.printRecord(message.phone(), message.clientName(), message.message().body());
                    }
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        return preview;
    }

    private Preview plan(String segmentName, String templateName, MessageChannel channel) {
        Segment segment = segments.findByName(segmentName == null ? "" : segmentName)
                .filter(SegmentService.Saved::readable).map(SegmentService.Saved::segment)
                .orElseThrow(() -> new ValidationException(List.of(new FieldProblem("segment",
                        "There is no saved segment called \u201c" + segmentName + "\u201d."))));
        MessageTemplate template = messages.templates().stream()
                .filter(t -> t.name().strip().equalsIgnoreCase(templateName == null ? "" : templateName.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(new FieldProblem("template",
                        "There is no message template called \u201c" + templateName + "\u201d."))));
        if (template.channel() != channel) {
            throw new ValidationException(List.of(new FieldProblem("template", "\u201c" + template.name() + "\u201d is "
                    + (template.channel() == MessageChannel.EMAIL ? "an email" : "a text message") + " template; choose "
                    + (channel == MessageChannel.EMAIL ? "an email template to send a mailing." : "a text-message template for the SMS export."))));
        }
        List<TemplateProblem> broken = TemplateRenderer.check(template);
        if (!broken.isEmpty()) {
            throw new ValidationException(broken.stream().map(p -> new FieldProblem("template", p.message())).toList());
        }
        List<UUID> members = segments.clientIds(segment.criteria());
        MailSettings settings = settings();
        MailingRepository mailings = new MailingRepository(store.dsl());
        Optional<Mailing> existing = mailings.find(segment.id(), template.id());
        Map<UUID, Status> states = new HashMap<>();
        existing.ifPresent(m -> mailings.recipients(m.id()).forEach(r -> states.put(r.clientId(), r.status())));
        Set<UUID> refusing = mailings.refusingMailings(members);
        Set<UUID> recent = mailings.mailedSince(members, clock.instant().minus(Duration.ofDays(settings.minimumDays())));
        int alreadySent = 0;
        int interrupted = 0;
        int leftOutConsent = 0;
        int leftOutRecent = 0;
        List<UUID> candidates = new ArrayList<>();
        for (UUID id : members) {
            Status state = states.get(id);
            if (state == Status.SENT) {
                alreadySent++;
            } else if (state == Status.SENDING) {
                interrupted++;
            } else if (refusing.contains(id)) {
                leftOutConsent++;
            } else if (recent.contains(id)) {
                leftOutRecent++;
            } else {
                candidates.add(id);
            }
        }
        int withoutAddress = 0;
        List<Addressed> ready = new ArrayList<>();
        List<Addressed> incomplete = new ArrayList<>();
        for (Addressed message : messages.render(template, candidates)) {
            String address = channel == MessageChannel.EMAIL ? message.email() : message.phone();
            if (address == null || address.isBlank()) {
                withoutAddress++;
            } else if (!message.message().isComplete()) {
                incomplete.add(message);
            } else {
                ready.add(message);
            }
        }
        String name = template.name() + " to " + segment.name();
        return new Preview(existing.map(Mailing::name).orElse(name), segment.id(), template.id(), members.size(), ready, alreadySent,
                interrupted, leftOutConsent, leftOutRecent, withoutAddress, incomplete);
    }

    /** What a mailing did: who was sent to, who failed and why, and who has been in touch since. */
    public Optional<Page> page(UUID mailingId) {
        MailingRepository mailings = new MailingRepository(store.dsl());
        Optional<Mailing> found = mailings.find(mailingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClientRepository clients = new ClientRepository(store.dsl());
        Map<UUID, String> names = new HashMap<>();
        List<Line> sent = new ArrayList<>();
        List<Line> failed = new ArrayList<>();
        List<Line> interrupted = new ArrayList<>();
        for (MailingRecipient recipient : mailings.recipients(mailingId)) {
            Line line = new Line(recipient.clientId(), name(clients, names, recipient.clientId()), recipient.address(),
                    recipient.updatedAt(), recipient.reason());
            switch (recipient.status()) {
                case SENT -> sent.add(line);
                case FAILED -> failed.add(line);
                case SENDING -> interrupted.add(line);
            }
        }
        Map<UUID, InTouch> inTouch = new LinkedHashMap<>();
        for (MailingRepository.Reply reply : mailings.repliesTo(mailingId)) {
            inTouch.putIfAbsent(reply.clientId(), new InTouch(reply.clientId(), name(clients, names, reply.clientId()), reply.at(),
                    Channel.valueOf(reply.channel()), Direction.valueOf(reply.direction()), reply.summary()));
        }
        return Optional.of(new Page(found.get(), sent, failed, interrupted, List.copyOf(inTouch.values())));
    }

    private static String name(ClientRepository clients, Map<UUID, String> names, UUID id) {
        return names.computeIfAbsent(id, key -> clients.findIncludingTrash(key).map(Client::displayName).orElse("(erased client)"));
    }

    private static String clip(String text, int max) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "\u2026";
    }

    /**
     * What sending would do now. {@code messages}: those that would go out, filled in;
     * {@code incomplete}: clients whose message would have a gap (a merge field with no value and no
     * fallback), left out; the counts are clients left out for each reason.
     */
    public record Preview(String mailingName, UUID segmentId, UUID templateId, int segmentSize, List<Addressed> messages,
                          int alreadySent, int interrupted, int leftOutConsent, int leftOutRecent, int withoutAddress,
                          List<Addressed> incomplete) {
        public Preview {
            messages = List.copyOf(messages);
            incomplete = List.copyOf(incomplete);
        }

        /** The preview's summary in one sentence, e.g. for the line above the messages. */
        public String summary() {
            StringBuilder text = new StringBuilder();
            text.append(messages.size()).append(messages.size() == 1 ? " message" : " messages").append(" to send of ")
                    .append(segmentSize).append(" in the segment");
            List<String> leftOut = new ArrayList<>();
            if (leftOutConsent > 0) {
                leftOut.add(leftOutConsent + " said no to mailings");
            }
            if (leftOutRecent > 0) {
                leftOut.add(leftOutRecent + " had a mailing too recently");
            }
            if (withoutAddress > 0) {
                leftOut.add(withoutAddress + " have no address");
            }
            if (!incomplete.isEmpty()) {
                leftOut.add(incomplete.size() + " lack a merge field's value");
            }
            if (alreadySent > 0) {
                leftOut.add(alreadySent + " already sent");
            }
            if (interrupted > 0) {
                leftOut.add(interrupted + " interrupted while sending (check before sending by hand)");
            }
            if (!leftOut.isEmpty()) {
                text.append("; left out: ").append(String.join(", ", leftOut));
            }
            return text.append('.').toString();
        }
    }

    /** A message that did not go out, with the mail server's answer. */
    public record Failure(UUID clientId, String clientName, String address, String reason) {
    }

    /**
     * What one run did. {@code alreadySent}: clients a run before this one reached; {@code stoppedBecause}
     * is null when every message was tried.
     */
    public record Result(UUID mailingId, String mailingName, int sent, int alreadySent, int skippedConsent, int skippedPeriod,
                         int skippedNoAddress, int skippedIncomplete, int interrupted, List<Failure> failed, String stoppedBecause) {
        public Result {
            failed = List.copyOf(failed);
        }
    }

    /** One client on a mailing's page; {@code reason} is the server's answer for a failed message. */
    public record Line(UUID clientId, String clientName, String address, Instant at, String reason) {
    }

    /** A client who has been in touch since the mailing reached them: their first touchpoint after it. */
    public record InTouch(UUID clientId, String clientName, Instant at, Channel channel, Direction direction, String summary) {
    }

    public record Page(Mailing mailing, List<Line> sent, List<Line> failed, List<Line> interrupted, List<InTouch> inTouch) {
    }
}
