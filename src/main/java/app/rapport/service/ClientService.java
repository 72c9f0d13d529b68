package app.rapport.service;

import app.rapport.domain.Client;
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
