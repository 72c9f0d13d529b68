package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.contacts.ClientMerge;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService.DuplicateChoice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an import will write, decided before anything is written: the new clients (a row merged
 * with a row above it in the same file becomes one client with the phones, emails, tags and notes
 * of both), the rows merged into stored clients, and how many rows were skipped as duplicates.
 * A row that repeats an earlier row goes where that row went: merging into a skipped row skips it.
 */
final class ImportPlan {
    private final String phoneRegion;
    private final LinkedHashMap<UUID, ImportCandidate> added = new LinkedHashMap<>();
    private final LinkedHashMap<UUID, List<ImportCandidate>> mergedIntoStored = new LinkedHashMap<>();
    private int mergedIntoStoredRows;
    private int mergedWithinFile;
    private int skipped;

    /** Where a row went: a new client, a stored client, or nowhere (skipped). */
    private record Destination(UUID newClient, UUID storedClient) {
        static final Destination SKIPPED = new Destination(null, null);
    }

    private ImportPlan(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    /** Possible duplicates are imported unless {@code choices} says otherwise; certain ones follow {@code defaultChoice}. */
    static ImportPlan of(ImportPreview preview, DuplicateChoice defaultChoice, Map<UUID, DuplicateChoice> choices, String phoneRegion) {
        ImportPlan plan = new ImportPlan(phoneRegion);
        Map<UUID, Destination> destinations = new HashMap<>();
        for (ImportCandidate candidate : preview.good()) {
            UUID id = candidate.client().id();
            DuplicateChoice choice = !preview.isFlagged(candidate) ? DuplicateChoice.IMPORT
                    : choices.getOrDefault(id, preview.isCertainDuplicate(candidate) ? defaultChoice : DuplicateChoice.IMPORT);
            Optional<UUID> stored = preview.duplicateOf(candidate).map(match -> match.existing().id());
            Destination destination = switch (choice) {
                case IMPORT -> plan.addNew(candidate);
                case SKIP -> plan.skip();
                case MERGE -> stored.isPresent() ? plan.mergeIntoStored(stored.get(), candidate)
                        : plan.mergeWithEarlier(destinations.get(preview.repeatOf(candidate).orElseThrow().earlier().client().id()), candidate);
            };
            destinations.put(id, destination);
        }
        return plan;
    }

    private Destination addNew(ImportCandidate candidate) {
        added.put(candidate.client().id(), candidate);
        return new Destination(candidate.client().id(), null);
    }

    private Destination skip() {
        skipped++;
        return Destination.SKIPPED;
    }

    private Destination mergeIntoStored(UUID storedId, ImportCandidate candidate) {
        mergedIntoStored.computeIfAbsent(storedId, id -> new ArrayList<>()).add(candidate);
        mergedIntoStoredRows++;
        return new Destination(null, storedId);
    }

    private Destination mergeWithEarlier(Destination earlier, ImportCandidate candidate) {
        if (earlier.storedClient() != null) {
            return mergeIntoStored(earlier.storedClient(), candidate);
        }
        if (earlier.newClient() == null) {
            return skip();
        }
        ImportCandidate first = added.get(earlier.newClient());
        Client combined = ClientMerge.combine(first.client(), candidate.client(), phoneRegion);
        List<String> notes = new ArrayList<>(first.notes());
        notes.addAll(candidate.notes());
        added.put(first.client().id(), new ImportCandidate(first.line(), combined, notes, List.of(), first.warnings(),
                first.noMailings() || candidate.noMailings()));
        mergedWithinFile++;
        return earlier;
    }

    /** The new clients, each once, rows merged within the file already combined. */
    List<ImportCandidate> added() {
        return List.copyOf(added.values());
    }

    /** The rows to merge into each stored client, by its id, in file order. */
    Map<UUID, List<ImportCandidate>> mergedIntoStored() {
        return mergedIntoStored;
    }

    int mergedIntoStoredRows() {
        return mergedIntoStoredRows;
    }

    int mergedWithinFile() {
        return mergedWithinFile;
    }

    int skipped() {
        return skipped;
    }
}
