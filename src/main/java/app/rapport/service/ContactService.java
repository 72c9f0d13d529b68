package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.PhoneFormat;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ClientMerge;
import app.rapport.domain.contacts.ContactLayout;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.contacts.ContactFormat;
import app.rapport.service.contacts.CsvTable;
import app.rapport.service.contacts.SniffedFile;
import app.rapport.service.contacts.UnreadableFileException;
import app.rapport.service.contacts.LdifContacts;
import app.rapport.service.contacts.VCards;
import app.rapport.service.contacts.XlsxTable;
import app.rapport.store.ClientRepository;
import app.rapport.store.MailingRepository;
import app.rapport.store.ContactRepository;
import app.rapport.store.PhoneRows;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.WrittenFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/**
 * Contacts in and out: CSV (Google, Outlook or any header) and vCard import with a preview,
 * CSV and vCard export of any list of clients, and likely duplicates found and merged.
 */
public final class ContactService {
    /** The most duplicate pairs "Find duplicates" lists at once; merging some shows the next. */
    public static final int DUPLICATE_PAIRS_SHOWN = 500;
    private static final int PROGRESS_EVERY = 1_000;

    private final Store store;
    private final Clock clock;

    public ContactService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * What to do with a row that looks like a client already in the store, or like a row above it
     * in the same file (merge then makes one new client of both rows).
     */
    public enum DuplicateChoice {
        SKIP("Skip"), IMPORT("Import anyway"), MERGE("Merge");

        private final String label;

        DuplicateChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What an import did: new clients, rows merged into stored clients, rows merged into another
     * row of the same file (so one client came of both), certain duplicates skipped, possible
     * duplicates imported for review, bad rows left out, and the values left out of imported rows.
     */
    public record ImportResult(int imported, int merged, int mergedWithinFile, int skippedDuplicates, long certainDuplicates,
                               long possibleDuplicates, List<ImportCandidate> badLeftOut, List<String> warnings, Duration elapsed) {
    }

    /** What the file is, without reading all of it. */
    public SniffedFile sniff(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file + " is not a file");
        }
        return SniffedFile.of(file);
    }

    /**
     * Reads and checks a CSV, spreadsheet, vCard or LDIF file; nothing is written. A JSON archive is not previewed
     * (see {@link ArchiveService}); any other file is an {@link UnreadableFileException} saying why.
     */
    public ImportPreview preview(Path file, Progress progress) throws IOException {
        return preview(file, null, progress);
    }

    /** As {@link #preview(Path, Progress)}; of a spreadsheet, the sheet called {@code sheet} (null: the first). */
    public ImportPreview preview(Path file, String sheet, Progress progress) throws IOException {
        SniffedFile sniffed = sniff(file);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        DuplicateFinder finder = new DuplicateFinder(new ContactRepository(store.dsl()).keys());
        String region = phoneRegion();
        return switch (sniffed.format()) {
            case CSV -> {
                CsvTable table = CsvTable.read(sniffed, progress);
                if (table.rows().isEmpty() && !table.isBroken()) {
                    throw new UnreadableFileException("The file has a header row but no contacts under it.");
                }
                yield ImportPreview.ofCsv(sniffed, table, ContactLayout.recognise(table.headers()), finder, region, now, today);
            }
            case XLSX -> {
                CsvTable table = XlsxTable.read(sniffed, sheet, progress);
                if (table.rows().isEmpty()) {
                    throw new UnreadableFileException("The sheet has a header row but no contacts under it.");
                }
                yield ImportPreview.ofCsv(sniffed, table, ContactLayout.recognise(table.headers()), finder, region, now, today);
            }
            case VCARD -> {
                VCards.Contents contents = VCards.read(sniffed, now, today, progress);
                if (contents.candidates().isEmpty()) {
                    throw new UnreadableFileException("The file has no complete vCard (BEGIN:VCARD ... END:VCARD).");
                }
                List<String> notices = new ArrayList<>();
                if (contents.photosLeftOut() > 0) {
                    notices.add(contents.photosLeftOut() + (contents.photosLeftOut() == 1 ? " photo was" : " photos were")
                            + " left out: Rapport keeps no pictures of clients.");
                }
                yield new ImportPreview(sniffed, null, null, contents.candidates(), notices, finder, region, now, today);
            }
            case LDIF -> {
                LdifContacts.Contents contents = LdifContacts.read(sniffed, now, today, progress);
                if (contents.candidates().isEmpty()) {
                    throw new UnreadableFileException(contents.listsLeftOut() > 0
                            ? "The address book holds only mailing lists, no people."
                            : "The file has no address-book entries (each starts with a \"dn:\" line).");
                }
                List<String> notices = new ArrayList<>();
                if (contents.listsLeftOut() > 0) {
                    notices.add(contents.listsLeftOut() + (contents.listsLeftOut() == 1 ? " mailing list was" : " mailing lists were")
                            + " left out: its people are imported from their own entries.");
                }
                yield new ImportPreview(sniffed, null, null, contents.candidates(), notices, finder, region, now, today);
            }
            case JSON_ARCHIVE -> throw new UnreadableFileException("This is a Rapport JSON archive, not a contact list: import it as an archive.");
        };
    }

    /**
     * Imports the preview's rows in one transaction. With {@code goodRowsOnly} false, any bad row
     * is an {@link ImportRejectedException} and nothing is written; with it true the bad rows are
     * left out and returned. Rows that look like existing clients, or like a row above them in the
     * file, follow {@code choices} (by the candidate's client id), else {@code defaultChoice}
     * (see {@link ImportPlan}). Cancelling writes nothing.
     */
    public ImportResult importContacts(ImportPreview preview, boolean goodRowsOnly, DuplicateChoice defaultChoice,
                                       Map<UUID, DuplicateChoice> choices, Progress progress) {
        List<ImportCandidate> bad = preview.bad();
        List<ImportCandidate> good = preview.good();
        if (!bad.isEmpty() && !goodRowsOnly) {
            throw new ImportRejectedException(bad, good.size());
        }
        Instant started = clock.instant();
        ImportPlan plan = ImportPlan.of(preview, defaultChoice, choices, preview.phoneRegion());
        List<ImportCandidate> added = plan.added();
        // a cancel asked for before the work began leaves the store alone: no bulk mode to enter and leave
        checkCancelled(progress);
        store.inBulkMode(() -> {
            store.inTransaction(dsl -> {
                ContactRepository.NewClients newClients = new ContactRepository.NewClients(dsl, started);
                newClients.addAll(added, ImportCandidate::client, ImportCandidate::notes, preview.phoneRegion(), preview::e164ReadBefore, addedSoFar -> {
                    if (addedSoFar % PROGRESS_EVERY == 0) {
                        checkCancelled(progress);
                        progress.update(addedSoFar, good.size(), "Importing " + addedSoFar + " of " + good.size());
                    }
                });
                int done = added.size();
                ClientRepository clients = new ClientRepository(dsl);
                for (Map.Entry<UUID, List<ImportCandidate>> merging : plan.mergedIntoStored().entrySet()) {
                    Client existing = clients.findIncludingTrash(merging.getKey()).orElseThrow();
                    Client combined = existing;
                    for (ImportCandidate candidate : merging.getValue()) {
                        combined = ClientMerge.combine(combined, candidate.client(), preview.phoneRegion());
                        candidate.notes().forEach(note -> newClients.note(existing.id(), note));
                    }
                    clients.update(existing, touched(combined, started));
                    if (++done % PROGRESS_EVERY == 0) {
                        checkCancelled(progress);
                    }
                }
                checkCancelled(progress);
                progress.update(good.size(), good.size(), "Saving");
                newClients.finish();
                MailingRepository mailings = new MailingRepository(dsl);
                added.stream().filter(ImportCandidate::noMailings).forEach(candidate -> mailings.setNoMailings(candidate.client().id(), true));
                plan.mergedIntoStored().forEach((storedId, merged) -> {
                    if (merged.stream().anyMatch(ImportCandidate::noMailings)) {
                        mailings.setNoMailings(storedId, true);
                    }
                });
                // Cancel is offered while saving too: a cancel asked for until the commit rolls it all back, a later one is refused
                progress.pointOfNoReturn();
                checkCancelled(progress);
                return null;
            });
            return null;
        });
        return new ImportResult(added.size(), plan.mergedIntoStoredRows(), plan.mergedWithinFile(), plan.skipped(),
                preview.certainDuplicateCount(), preview.possibleDuplicateCount(), bad, preview.warningLines(),
                Duration.between(started, clock.instant()));
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Import cancelled; nothing was imported.");
        }
    }

    private static Client touched(Client c, Instant at) {
        return new Client(c.id(), c.kind(), c.firstName(), c.lastName(), c.displayName(), c.companyName(), c.addressAs(), c.phones(),
                c.emails(), c.address(), c.birthday(), c.source(), c.preferredChannel(), c.tags(), c.customFields(), c.createdAt(), at,
                c.lastTouchpointAt());
    }

    /** The region phone numbers written without a country code are read in ("DE"), or "" when none is set. */
    public String phoneRegion() {
        return new PhoneRows(store.dsl()).region();
    }

    /** How numbers are shown: the region they are read in and the style the user prefers. */
    public PhoneFormat phoneFormat() {
        return phoneFormat(store.dsl());
    }

    static PhoneFormat phoneFormat(org.jooq.DSLContext dsl) {
        Map<String, String> settings = new SettingRepository(dsl).all();
        return new PhoneFormat(settings.getOrDefault(PhoneNumbers.REGION_SETTING, ""),
                "national".equalsIgnoreCase(settings.get(PhoneNumbers.STYLE_SETTING)) ? PhoneNumbers.Style.NATIONAL : PhoneNumbers.Style.INTERNATIONAL);
    }

    /**
     * Sets the default region and the style numbers are shown in; a new region reads every stored
     * number again (a number written nationally is another number in another country).
     */
    public PhoneFormat changePhoneFormat(String region, PhoneNumbers.Style style) {
        String code = region == null ? "" : region.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.isEmpty() && !PhoneNumbers.isRegion(code)) {
            throw new IllegalArgumentException("'" + region + "' is not a country code Rapport knows: use two letters, such as DE, FR or US.");
        }
        store.inTransaction(dsl -> {
            if (!code.equals(new PhoneRows(dsl).region())) {
                new PhoneRows(dsl).changeRegion(code);
            }
            new SettingRepository(dsl).put(PhoneNumbers.STYLE_SETTING, style.name().toLowerCase(java.util.Locale.ROOT));
            return null;
        });
        return phoneFormat();
    }

    /** Every client not in the trash, by name: what "export the client list" exports. */
    public List<UUID> allClientIds() {
        return new ContactRepository(store.dsl()).activeIdsByName();
    }

    /**
     * Writes the clients with these ids (any list: a search, a segment, a selection) as CSV, in
     * the order given, through a temporary file so a failure leaves nothing half-written. The
     * header is the one Rapport's own import recognises as Rapport's ({@link ContactLayout#RAPPORT}),
     * so the file comes back the same.
     */
    public int exportCsv(List<UUID> clientIds, Path file, boolean overwrite) throws IOException {
        List<Client> clients = new ContactRepository(store.dsl()).clients(clientIds);
        Map<UUID, List<String>> notes = new ContactRepository(store.dsl()).notes(clientIds);
        int phones = Math.max(1, clients.stream().mapToInt(c -> c.phones().size()).max().orElse(1));
        int emails = Math.max(1, clients.stream().mapToInt(c -> c.emails().size()).max().orElse(1));
        int noteColumns = notes.values().stream().mapToInt(List::size).max().orElse(0);
        List<String> customNames = clients.stream().flatMap(c -> c.customFields().keySet().stream()).distinct().sorted().toList();
        // A client's no to mailings travels with them, so a file imported elsewhere keeps it; a book where
        // nobody said no writes the columns it always wrote.
        Set<UUID> refusing = new MailingRepository(store.dsl()).refusingMailings(clientIds);
        List<String> header = new ArrayList<>(List.of("Name", "First Name", "Last Name", "Company"));
        for (int i = 1; i <= phones; i++) {
            header.add("Phone " + i + " - Label");
            header.add("Phone " + i + " - Value");
        }
        for (int i = 1; i <= emails; i++) {
            header.add("E-mail " + i + " - Label");
            header.add("E-mail " + i + " - Value");
        }
        header.addAll(List.of("Street", "Postal Code", "City", "Region", "Country", "Birthday", "Tags"));
        for (int i = 1; i <= noteColumns; i++) {
            header.add("Note " + i);
        }
        if (!refusing.isEmpty()) {
            header.add(ContactLayout.RAPPORT_NO_MAILINGS);
        }
        header.addAll(customNames);
        writeThroughTemporary(file, overwrite, out -> {
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (Client client : clients) {
                    List<Object> row = new ArrayList<>(List.of(client.displayName(), text(client.firstName()), text(client.lastName()),
                            text(client.companyName())));
                    for (int i = 0; i < phones; i++) {
                        row.add(i < client.phones().size() ? client.phones().get(i).label() : "");
                        row.add(i < client.phones().size() ? client.phones().get(i).value() : "");
                    }
                    for (int i = 0; i < emails; i++) {
                        row.add(i < client.emails().size() ? client.emails().get(i).label() : "");
                        row.add(i < client.emails().size() ? client.emails().get(i).value() : "");
                    }
                    row.addAll(List.of(text(client.address().street()), text(client.address().postalCode()), text(client.address().city()),
                            text(client.address().region()), text(client.address().country()),
                            client.birthday() == null ? "" : client.birthday().toString(), String.join(", ", client.tags())));
                    List<String> own = notes.getOrDefault(client.id(), List.of());
                    for (int i = 0; i < noteColumns; i++) {
                        row.add(i < own.size() ? own.get(i) : "");
                    }
                    if (!refusing.isEmpty()) {
                        row.add(refusing.contains(client.id()) ? "yes" : "no");
                    }
                    customNames.forEach(name -> row.add(client.customFields().getOrDefault(name, "")));
                    printer.printRecord(row);
                }
            }
        });
        return clients.size();
    }

    /** Writes the clients with these ids as vCard 3.0, in the order given (see {@link #exportCsv}). */
    public int exportVCard(List<UUID> clientIds, Path file, boolean overwrite) throws IOException {
        List<Client> clients = new ContactRepository(store.dsl()).clients(clientIds);
        Map<UUID, List<String>> notes = new ContactRepository(store.dsl()).notes(clientIds);
        writeThroughTemporary(file, overwrite, out -> VCards.write(clients, notes, out));
        return clients.size();
    }

    /** Certain and possible duplicate pairs among the clients not in the trash, at most {@value #DUPLICATE_PAIRS_SHOWN}. */
    public List<DuplicateFinder.Pair> findDuplicates() {
        return DuplicateFinder.pairs(new ContactRepository(store.dsl()).keys(), DUPLICATE_PAIRS_SHOWN);
    }

    /** The full profiles of two clients, side by side. */
    public List<Client> profiles(UUID first, UUID second) {
        return new ContactRepository(store.dsl()).clients(List.of(first, second));
    }

    /**
     * Merges {@code goneId} into {@code keptId}: all of gone's history moves to kept, what only
     * gone's profile knows is added to kept's, and gone goes to the trash. Undo with {@link #unmerge}.
     */
    public MergeDone merge(UUID keptId, UUID goneId) {
        if (keptId.equals(goneId)) {
            throw new IllegalArgumentException("A client cannot be merged with itself.");
        }
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            ClientRepository clients = new ClientRepository(dsl);
            Client kept = clients.find(keptId).orElseThrow(() -> new IllegalArgumentException("There is no client with id " + keptId));
            Client gone = clients.find(goneId).orElseThrow(() -> new IllegalArgumentException("There is no client with id " + goneId));
            Client after = touched(ClientMerge.combine(kept, gone, new PhoneRows(dsl).region()), now);
            return new MergeDone(new ContactRepository(dsl).merge(kept, gone, after, now));
        });
    }

    /** Takes a merge back: the moved history returns, the kept profile is as before, the other client leaves the trash. */
    public void unmerge(MergeDone done) {
        store.inTransaction(dsl -> {
            new ContactRepository(dsl).unmerge(done.merged);
            return null;
        });
    }

    /** A merge that happened, kept so that Undo can take it back exactly. */
    public static final class MergeDone {
        private final ContactRepository.Merged merged;

        MergeDone(ContactRepository.Merged merged) {
            this.merged = merged;
        }

        /** How many touchpoints, notes, purchases, ... moved to the kept client. */
        public int movedCount() {
            return merged.movedCount();
        }
    }

    private static void writeThroughTemporary(Path file, boolean overwrite, WriterWork work) throws IOException {
        WrittenFiles.writeThroughTemporary(file, overwrite, temporary -> {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
                work.write(out);
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface WriterWork {
        void write(Writer out) throws IOException;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
