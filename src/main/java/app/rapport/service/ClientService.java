package app.rapport.service;

import app.rapport.domain.Address;
import app.rapport.domain.Client;
import app.rapport.domain.ClientFields;
import app.rapport.domain.PhoneFormat;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.ClientValidation;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;
import app.rapport.store.ClientRepository;
import app.rapport.store.MailingRepository;
import app.rapport.store.NoteRepository;
import app.rapport.store.Store;
import app.rapport.store.TouchpointRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finding clients, reading one client's profile, and saving or trashing clients. */
public final class ClientService {
    private static final int RECENT_TOUCHPOINTS = 5;

    private final Store store;
    private final Clock clock;

    public ClientService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The first {@code limit} clients matching {@code query}, and how many match in all. */
    public SearchResult search(String query, int limit) {
        return search(query, ClientSort.NAME, null, limit);
    }

    /**
     * Like {@link #search(String, int)}, in the given order and, when {@code tag} is not null,
     * only clients with that tag.
     */
    public SearchResult search(String query, ClientSort sort, String tag, int limit) {
        return search(query, sort, tag, (UUID) null, limit);
    }

    /** Like {@link #search(String, ClientSort, String, int)}; when {@code competitorId} is not null, only clients linked to that competitor. */
    public SearchResult search(String query, ClientSort sort, String tag, UUID competitorId, int limit) {
        ClientRepository clients = new ClientRepository(store.dsl(), store.searchIndex());
        List<ClientSummary> shown = clients.search(query, sort, tag, competitorId, Math.max(0, limit));
        int total = shown.size() < limit ? shown.size() : clients.countMatching(query, tag, competitorId);
        return new SearchResult(query, shown, total);
    }

    /** The competitors some client (not in the trash) is linked to, by name: the choices of the list's competitor filter. */
    public List<app.rapport.domain.Competitor> linkedCompetitors() {
        return new app.rapport.store.CompetitorRepository(store.dsl()).linkedCompetitors();
    }

    /**
     * The first clients by name, fast on any store size: what the list shows at start while
     * {@link #search} reads (and counts) the whole list. Its total is only the page's size.
     */
    public SearchResult firstPage(int limit) {
        List<ClientSummary> page = new ClientRepository(store.dsl()).firstByName(limit);
        return new SearchResult("", page, page.size());
    }

    /** Every tag in use, alphabetically, for filters and autocompletion. */
    public List<String> tags() {
        return new ClientRepository(store.dsl()).tags();
    }

    /**
     * Validates and saves a new or changed client (by id) with its phones, emails, tags, custom
     * fields and search tokens, all or nothing. Invalid input is a ValidationException naming
     * each field; nothing is written then. Returns the client as stored.
     * <p>
     * A null id, or an id the store does not know, makes a new client. Text is stripped, empty
     * optional text is stored as null, duplicate tags are dropped. updatedAt is now; createdAt and
     * lastTouchpointAt of an existing client stay as stored.
     * <p>
     * An existing client is saved only while the store still has the version {@code client} was read
     * at; when another desk saved it since, nothing is written and a {@link ClientConflictException}
     * names who, when, and each field where their profile and this one differ.
     */
    public Client save(Client client) {
        return save(client, null);
    }

    /**
     * {@link #save(Client)}, and in the same transaction the client's no to mailings: true, they
     * are never sent a mailing; false, they may be again.
     */
    public Client save(Client client, boolean noMailings) {
        return save(client, Boolean.valueOf(noMailings));
    }

    /** Whether the client said no to mailings (a flag on the profile that mailings read). */
    public boolean refusesMailings(UUID clientId) {
        return new MailingRepository(store.dsl()).refusesMailings(clientId);
    }

    private Client save(Client client, Boolean noMailingsOrAsItIs) {
        // "Today" for a birthday is the user's day, not UTC's.
        List<FieldProblem> problems = ClientValidation.problems(client, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Client tidy = tidy(client);
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            ClientRepository clients = new ClientRepository(dsl);
            UUID id = tidy.id() == null ? Ids.next() : tidy.id();
            Optional<Client> saved = tidy.id() == null ? Optional.empty()
                    : clients.updateIfUnchangedAndRead(with(tidy, id, tidy.createdAt(), now, tidy.lastTouchpointAt()), tidy.version());
            if (saved.isEmpty()) {
                // written only over the version read: nothing written is a newer version, or a new client
                if (tidy.id() != null && clients.exists(id)) {
                    throw conflict(dsl, tidy);
                }
                clients.insert(with(tidy, id, tidy.createdAt() == null ? now : tidy.createdAt(), now, tidy.lastTouchpointAt()));
            } else if (noMailingsOrAsItIs == null) {
                return saved.get();
            }
            if (noMailingsOrAsItIs != null) {
                new MailingRepository(dsl).setNoMailings(id, noMailingsOrAsItIs);
            }
            return clients.findIncludingTrash(id).orElseThrow();
        });
    }

    private ClientConflictException conflict(org.jooq.DSLContext dsl, Client mine) {
        // Read after the failed write: a statement sees what the other desk committed.
        Client theirs = new ClientRepository(dsl).findIncludingTrash(mine.id()).orElseThrow();
        LastEdit edit = LastEdit.of(dsl, "client", mine.id(), "version", theirs.updatedAt());
        List<EditConflictException.FieldConflict> fields = ClientFields.differing(theirs, mine).stream()
                .map(field -> new EditConflictException.FieldConflict(field, ClientFields.label(field),
                        ClientFields.text(theirs, field), ClientFields.text(mine, field)))
                .toList();
        return new ClientConflictException(theirs, mine, edit.by(), edit.at(), edit.when(clock), fields);
    }

    /**
     * Moves a client to the trash (soft delete); their history is kept. Deleting a client in the
     * trash does nothing; an id the store does not know is an IllegalArgumentException.
     */
    public void delete(UUID clientId) {
        store.inTransaction(dsl -> {
            ClientRepository clients = new ClientRepository(dsl);
            if (!clients.moveToTrash(clientId, clock.instant()) && !clients.exists(clientId)) {
                throw new IllegalArgumentException("There is no client with id " + clientId);
            }
            return null;
        });
    }

    /** Takes a client out of the trash; restoring one that is not in it does nothing. */
    public void restore(UUID clientId) {
        store.inTransaction(dsl -> {
            ClientRepository clients = new ClientRepository(dsl);
            if (!clients.restore(clientId) && !clients.exists(clientId)) {
                throw new IllegalArgumentException("There is no client with id " + clientId);
            }
            return null;
        });
    }

    /** Clients in the trash, most recently deleted first. */
    public List<ClientSummary> trash() {
        return new ClientRepository(store.dsl()).trash();
    }

    public Optional<ClientProfile> profile(UUID clientId) {
        return new ClientRepository(store.dsl()).find(clientId).map(client -> new ClientProfile(client,
                new TouchpointRepository(store.dsl()).latestForClient(clientId, RECENT_TOUCHPOINTS),
                new NoteRepository(store.dsl()).forClient(clientId), ContactService.phoneFormat(store.dsl())));
    }

    public int count() {
        return new ClientRepository(store.dsl()).count();
    }

    /** Whether any client is outside the trash: what the window asks at start, without counting them all. */
    public boolean any() {
        return new ClientRepository(store.dsl()).any();
    }

    /**
     * The valid client as it is stored: text stripped, empty optional text null, duplicate tags
     * dropped. Validation ran on the client as given, so its field indexes match the form's.
     */
    private static Client tidy(Client c) {
        List<ContactPoint> phones = c.phones().stream().map(p -> new ContactPoint(p.label(), p.value().strip())).toList();
        List<ContactPoint> emails = c.emails().stream().map(e -> new ContactPoint(e.label(), e.value().strip())).toList();
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(c.tags().stream().map(String::strip).toList()));
        Map<String, String> customFields = new LinkedHashMap<>();
        c.customFields().forEach((name, value) -> customFields.put(name.strip(), value == null ? "" : value.strip()));
        Address a = c.address();
        return new Client(c.id(), c.kind(), text(c.firstName()), text(c.lastName()), c.displayName().strip(),
                text(c.companyName()), text(c.addressAs()), phones, emails,
                new Address(text(a.street()), text(a.postalCode()), text(a.city()), text(a.region()), text(a.country())),
                c.birthday(), text(c.source()), c.preferredChannel(), tags, customFields,
                c.createdAt(), c.updatedAt(), c.lastTouchpointAt(), c.version());
    }

    private static Client with(Client c, UUID id, Instant createdAt, Instant updatedAt, Instant lastTouchpointAt) {
        return new Client(id, c.kind(), c.firstName(), c.lastName(), c.displayName(), c.companyName(), c.addressAs(),
                c.phones(), c.emails(), c.address(), c.birthday(), c.source(), c.preferredChannel(), c.tags(),
                c.customFields(), createdAt, updatedAt, lastTouchpointAt, c.version());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record SearchResult(String query, List<ClientSummary> clients, int totalMatching) {
        public SearchResult {
            clients = List.copyOf(clients);
        }
    }

    /** A client with what the profile shows of them, and how their phone numbers are shown. */
    public record ClientProfile(Client client, List<Touchpoint> recentTouchpoints, List<Note> notes, PhoneFormat phoneFormat) {
        public ClientProfile {
            recentTouchpoints = List.copyOf(recentTouchpoints);
            notes = List.copyOf(notes);
        }
    }
}
