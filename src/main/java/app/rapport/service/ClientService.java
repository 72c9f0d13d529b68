package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;
import app.rapport.store.ClientRepository;
import app.rapport.store.NoteRepository;
import app.rapport.store.Store;
import app.rapport.store.TouchpointRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finding clients and reading one client's profile. */
public final class ClientService {
    private static final int RECENT_TOUCHPOINTS = 5;

    private final Store store;

    public ClientService(Store store) {
        this.store = store;
    }

    /** The first {@code limit} clients matching {@code query}, and how many match in all. */
    public SearchResult search(String query, int limit) {
        ClientRepository clients = new ClientRepository(store.dsl());
        List<ClientSummary> shown = clients.search(query, limit);
        int total = shown.size() < limit ? shown.size() : clients.countMatching(query);
        return new SearchResult(query, shown, total);
    }

    /**
     * Like {@link #search(String, int)}, in the given order and, when {@code tag} is not null,
     * only clients with that tag.
     */
    public SearchResult search(String query, ClientSort sort, String tag, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every tag in use, alphabetically, for filters and autocompletion. */
    public List<String> tags() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Validates and saves a new or changed client (by id) with its phones, emails, tags, custom
     * fields and search tokens, all or nothing. Invalid input is a ValidationException naming
     * each field; nothing is written then. Returns the client as stored.
     */
    public Client save(Client client) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Moves a client to the trash (soft delete); their history is kept. */
    public void delete(UUID clientId) {
        throw new UnsupportedOperationException("not yet");
    }

    public void restore(UUID clientId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Clients in the trash, most recently deleted first. */
    public List<ClientSummary> trash() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<ClientProfile> profile(UUID clientId) {
        return new ClientRepository(store.dsl()).find(clientId).map(client -> new ClientProfile(client,
                new TouchpointRepository(store.dsl()).latestForClient(clientId, RECENT_TOUCHPOINTS),
                new NoteRepository(store.dsl()).forClient(clientId)));
    }

    public int count() {
        return new ClientRepository(store.dsl()).count();
    }

    public record SearchResult(String query, List<ClientSummary> clients, int totalMatching) {
        public SearchResult {
            clients = List.copyOf(clients);
        }
    }

    public record ClientProfile(Client client, List<Touchpoint> recentTouchpoints, List<Note> notes) {
        public ClientProfile {
            recentTouchpoints = List.copyOf(recentTouchpoints);
            notes = List.copyOf(notes);
        }
    }
}
