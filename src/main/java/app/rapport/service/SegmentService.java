package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.DisplayFormat;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.ClientService.SearchResult;
import app.rapport.store.ClientRepository;
import app.rapport.store.SegmentConditions;
import app.rapport.store.SegmentRepository;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.Condition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Segments: saved filters over clients, worked out on the day they are asked about (a phase or
 * "silent for 90 days" moves with time). Counting one is a single query over client_state.
 */
public final class SegmentService {
    private final Store store;
    private final Clock clock;
    private final Locale userLocale;

    /** Dates written in British English unless a setting chooses otherwise, as the tests are written. */
    public SegmentService(Store store, Clock clock) {
        this(store, clock, DisplayFormat.BRITISH.locale());
    }

    /** {@code userLocale}: how the user reads dates and amounts unless the setting {@value DisplayFormat#LOCALE_SETTING} says otherwise. */
    public SegmentService(Store store, Clock clock, Locale userLocale) {
        this.store = store;
        this.clock = clock;
        this.userLocale = userLocale;
    }

    /** A saved segment, or (with {@code problem}) one whose stored criteria cannot be read. */
    public record Saved(Segment segment, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    /** Every saved segment, by name. */
    public List<Saved> segments() {
        return new SegmentRepository(store.dsl()).all().stream().map(s -> new Saved(s.segment(), s.problem())).toList();
    }

    /** The segment with this name, ignoring case and surrounding spaces. */
    public Optional<Saved> findByName(String name) {
        return new SegmentRepository(store.dsl()).findByName(name).map(s -> new Saved(s.segment(), s.problem()));
    }

    /**
     * Adds the segment (no id, or an id the store does not know) or saves it over the one with its
     * id. A name is required and unique (ignoring case); criteria that cannot hold are refused. A
     * ValidationException names each problem; nothing is saved then.
     */
    public Segment save(Segment segment) {
        String name = segment.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Give the segment a name."));
        }
        problems.addAll(segment.criteria().problems());
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            SegmentRepository segments = new SegmentRepository(dsl);
            Optional<Segment> stored = segment.id() == null ? Optional.empty() : segments.find(segment.id()).map(SegmentRepository.Stored::segment);
            if (!name.isEmpty() && segments.nameTaken(name, stored.map(Segment::id).orElse(null))) {
                problems.add(new FieldProblem("name", "Another segment is already called \u201c" + name + "\u201d."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            UUID id = segment.id() == null ? Ids.next() : segment.id();
            Instant created = stored.map(Segment::createdAt).orElse(segment.createdAt() == null ? now : segment.createdAt());
            segments.save(new Segment(id, name, segment.criteria(), created, now));
            return segments.find(id).orElseThrow().segment();
        });
    }

    /** Removes the segment and returns it (saving it again undoes the delete); empty when there was none. */
    public Optional<Segment> delete(UUID id) {
        return store.inTransaction(dsl -> {
            SegmentRepository segments = new SegmentRepository(dsl);
            Optional<Segment> stored = segments.find(id).map(SegmentRepository.Stored::segment);
            stored.ifPresent(segment -> segments.delete(id));
            return stored;
        });
    }

    /** A value a criterion can take, with the words to show for it. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the editor offers for each criterion that picks from a list. */
    public record Choices(List<String> tags, List<Choice<UUID>> products, List<String> categories,
                          List<Choice<String>> refusalReasons, List<Choice<UUID>> competitors) {
    }

    public Choices choices() {
        SegmentRepository segments = new SegmentRepository(store.dsl());
        return new Choices(new ClientRepository(store.dsl()).tags(),
                segments.productChoices().stream().map(c -> new Choice<>(c.value(), c.label())).toList(),
                segments.categories(),
                segments.refusalReasonChoices().stream().map(c -> new Choice<>(c.value(), c.label())).toList(),
                segments.competitorChoices().stream().map(c -> new Choice<>(c.value(), c.label())).toList());
    }

    /** How many clients (not in the trash) meet the criteria today: the live count of the editor. */
    public int count(SegmentCriteria criteria) {
        List<String> warnings = new ArrayList<>();
        BriefSettings settings = BriefSettings.from(new SettingRepository(store.dsl()).all(), userLocale, warnings);
        return SegmentConditions.count(store.dsl(), criteria, LocalDate.ofInstant(clock.instant(), clock.getZone()), settings);
    }

    /**
     * The segment's clients matching a search and tag (and linked to a competitor, when not null),
     * in the list's order: what the client list shows when a segment is chosen.
     */
    public SearchResult search(SegmentCriteria criteria, UUID competitorId, String query, ClientSort sort, String tag, int limit) {
        ClientRepository clients = new ClientRepository(store.dsl(), store.searchIndex());
        Condition among = condition(criteria);
        if (competitorId != null) {
            among = among.and(condition(SegmentCriteria.EVERYONE.withCompetitors(java.util.Set.of(competitorId))));
        }
        List<ClientSummary> shown = clients.search(query, sort, tag, among, Math.max(0, limit));
        int total = shown.size() < limit ? shown.size() : clients.countMatching(query, tag, among);
        return new SearchResult(query, shown, total);
    }

    /** Every client of the segment, by name. */
    public List<ClientSummary> clients(SegmentCriteria criteria) {
        return new ClientRepository(store.dsl()).search("", ClientSort.NAME, null, condition(criteria), Integer.MAX_VALUE);
    }

    /** The ids of the segment's clients, by name: for exports and messages. */
    public List<UUID> clientIds(SegmentCriteria criteria) {
        return clients(criteria).stream().map(ClientSummary::id).toList();
    }

    /**
     * Writes the segment's clients to a CSV file (UTF-8, a header row, one client a row, by name)
     * through a temporary file, so a failed export leaves nothing half-written; returns how many.
     */
    public int exportCsv(SegmentCriteria criteria, Path file) {
        List<UUID> ids = clientIds(criteria);
        ClientRepository clients = new ClientRepository(store.dsl());
        try {
            Path folder = file.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(folder, ".rapport-export", ".csv");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
                    for (UUID id : ids) {
                        Optional<Client> found = clients.find(id);
                        if (found.isPresent()) {
                            Client c = found.get();
                            csv.printRecord(c.id(), c.displayName(), c.firstName(), c.lastName(), c.companyName(), c.greetingName(),
                                    joined(c.emails()), joined(c.phones()), c.address().street(), c.address().postalCode(),
                                    c.address().city(), c.address().country(), String.join(", ", c.tags()), c.lastTouchpointAt());
                        }
                    }
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        return ids.size();
    }

    private static final String[] CSV_HEADER = {"id", "name", "first name", "last name", "company", "address as", "emails", "phones",
            "street", "postal code", "city", "country", "tags", "last contact"};

    private static String joined(List<ContactPoint> points) {
        return String.join("; ", points.stream().map(ContactPoint::value).toList());
    }

    private Condition condition(SegmentCriteria criteria) {
        List<String> warnings = new ArrayList<>();
        BriefSettings settings = BriefSettings.from(new SettingRepository(store.dsl()).all(), userLocale, warnings);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return SegmentConditions.of(criteria, today, settings);
    }
}
