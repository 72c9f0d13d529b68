package app.rapport.service;

import app.rapport.domain.Ids;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ContactKey;
import app.rapport.domain.contacts.ContactLayout;
import app.rapport.domain.contacts.ContactRows;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.contacts.ContactFormat;
import app.rapport.service.contacts.CsvTable;
import app.rapport.service.contacts.SniffedFile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A contact file read and checked but not imported: its format, encoding and delimiter, the
 * column mapping (CSV), every row as the client it would become, the bad rows with their
 * reasons, the rows that look like clients already in the store, and the rows that look like a
 * row above them in the same file.
 */
public final class ImportPreview {
    private final SniffedFile file;
    private final ContactLayout layout;
    private final CsvTable table;
    private final List<ImportCandidate> candidates;
    private final Map<UUID, DuplicateFinder.Match> duplicates;
    private final Map<UUID, Repeat> repeats;
    private final List<String> notices;
    private final DuplicateFinder finder;
    private final String phoneRegion;
    private final Instant now;
    private final LocalDate today;
    /** Each phone number of the good rows as read by the duplicate check: its match key, "" for none. */
    private final Map<String, String> phoneKeys = new ConcurrentHashMap<>();

    ImportPreview(SniffedFile file, ContactLayout layout, CsvTable table, List<ImportCandidate> candidates, List<String> notices,
                  DuplicateFinder finder, String phoneRegion, Instant now, LocalDate today) {
        this.file = file;
        this.layout = layout;
        this.table = table;
        this.candidates = List.copyOf(candidates);
        this.notices = List.copyOf(notices);
        this.finder = finder;
        this.phoneRegion = phoneRegion;
        this.now = now;
        this.today = today;
        this.duplicates = new HashMap<>();
        // made as large as the file at its first repeat: a file of one person's many rows repeats on most of them
        this.repeats = new HashMap<>((int) (this.candidates.size() / 0.75f) + 1);
        // Rows are also compared with the good rows above them, by the same rules as with the store;
        // a row that looks like a stored client is only flagged as that, unless it certainly repeats a row above.
        DuplicateFinder earlierRows = DuplicateFinder.expecting(this.candidates.size());
        Map<UUID, ImportCandidate> goodById = new HashMap<>((int) (this.candidates.size() / 0.75f) + 1);
        Keyed[] keyed = keysOf(this.candidates, phoneRegion, finder, phoneKeys);
        for (int i = 0; i < this.candidates.size(); i++) {
            ImportCandidate candidate = this.candidates.get(i);
            if (candidate.isBad()) {
                continue;
            }
            ContactKey key = keyed[i].key();
            Optional<DuplicateFinder.Match> stored = keyed[i].stored();
            Optional<DuplicateFinder.Match> earlier = earlierRows.match(key);
            if (stored.isPresent() && (stored.get().certain() || earlier.isEmpty() || !earlier.get().certain())) {
                duplicates.put(candidate.client().id(), stored.get());
            } else {
                earlier.ifPresent(match -> repeats.put(candidate.client().id(),
                        new Repeat(goodById.get(match.existing().id()), match.reason(), match.certain())));
            }
            earlierRows.add(key);
            goodById.put(candidate.client().id(), candidate);
        }
    }

    /** A good row's duplicate key, and the stored client it looks like. */
    private record Keyed(ContactKey key, Optional<DuplicateFinder.Match> stored) {
    }

    /**
     * The duplicate keys of the good rows (null for a bad one) and their matches among the stored
     * clients, made on every core: reading the phone numbers is most of a preview's work, and the
     * store's finder is only read. Each distinct number is read once (a switchboard or an office
     * line shared by many rows). Matching rows with the rows above them stays in the file's order.
     */
    private static Keyed[] keysOf(List<ImportCandidate> candidates, String phoneRegion, DuplicateFinder stored, Map<String, String> phoneKeys) {
        Function<String, String> phoneKey = typed -> {
            String key = phoneKeys.computeIfAbsent(typed, number -> Objects.requireNonNullElse(PhoneNumbers.matchKey(number, phoneRegion), ""));
            return key.isEmpty() ? null : key;
        };
        Keyed[] keyed = new Keyed[candidates.size()];
        IntStream.range(0, candidates.size()).parallel().forEach(i -> {
            ImportCandidate candidate = candidates.get(i);
            if (!candidate.isBad()) {
                ContactKey key = ContactKey.of(candidate.client(), phoneKey);
                keyed[i] = new Keyed(key, stored.match(key));
            }
        });
        return keyed;
    }

    /** A row that looks like a row above it in the same file ({@code earlier}), why, and whether it is certainly the same person. */
    public record Repeat(ImportCandidate earlier, String reason, boolean certain) {
        /** "same email ada@example.com as line 3". */
        public String description() {
            return reason + (reason.startsWith("similar") ? " to line " : " as line ") + earlier.line();
        }
    }

    static ImportPreview ofCsv(SniffedFile file, CsvTable table, ContactLayout layout, DuplicateFinder finder, String phoneRegion,
                               Instant now, LocalDate today) {
        List<CsvTable.Row> rows = table.rows();
        // the ids in the file's order, whichever core reads a row: the clients then go into the store's keys in order
        UUID[] ids = new UUID[rows.size()];
        Arrays.setAll(ids, i -> Ids.next());
        ImportCandidate[] read = new ImportCandidate[rows.size()];
        IntStream.range(0, rows.size()).parallel()
                .forEach(i -> read[i] = ContactRows.fromRow(rows.get(i).line(), rows.get(i).values(), layout, now, today, ids[i]));
        List<ImportCandidate> candidates = new ArrayList<>(rows.size() + 1);
        candidates.addAll(Arrays.asList(read));
        List<String> notices = new ArrayList<>();
        if (table.isBroken()) {
            candidates.add(new ImportCandidate(table.brokenAt(), ContactRows.fromRow(table.brokenAt(), List.of(), layout, now, today).client(),
                    List.of(), List.of(table.brokenReason())));
        }
        if (!layout.maps(ContactField.DISPLAY_NAME) && !layout.maps(ContactField.FIRST_NAME) && !layout.maps(ContactField.LAST_NAME)
                && !layout.maps(ContactField.COMPANY) && !layout.maps(ContactField.EMAIL) && !layout.maps(ContactField.PHONE)) {
            notices.add("No column is taken for a name, company, email or phone: choose what the columns hold.");
        }
        return new ImportPreview(file, layout, table, candidates, notices, finder, phoneRegion, now, today);
    }

    /** The same file with one column taken as {@code field} instead; every row is checked again. */
    public ImportPreview withMapping(int column, ContactField field) {
        if (layout == null) {
            throw new IllegalStateException("Only a CSV file has columns to map.");
        }
        return ofCsv(file, table, layout.withMapping(column, field), finder, phoneRegion, now, today);
    }

    /** The region numbers written without a country code were read in. */
    String phoneRegion() {
        return phoneRegion;
    }

    /**
     * A phone number's E.164 form as the duplicate check read it in {@link #phoneRegion()}, "" for a
     * number that cannot be read, null for one it did not read: the import stores it without
     * reading the number again. A match key is the E.164 form whenever the number could be read.
     */
    String e164ReadBefore(String typed) {
        String key = typed == null ? null : phoneKeys.get(typed);
        return key == null ? null : key.startsWith("+") ? key : "";
    }

    public Path file() {
        return file.file();
    }

    public ContactFormat format() {
        return file.format();
    }

    /** "Google Contacts CSV", "Outlook contacts CSV", "CSV with a header row", "Excel spreadsheet (.xlsx)" or "vCard". */
    public String formatLabel() {
        if (file.format() == ContactFormat.XLSX) {
            return file.format().label() + (layout != null && !layout.name().equals(ContactLayout.GENERIC) ? " in the " + layout.name() + " layout" : "");
        }
        return layout != null ? layout.name() : file.format().label();
    }

    public String encoding() {
        return file.encodingLabel();
    }

    /** "comma", "semicolon", ... or null when the format has no delimiter. */
    public String delimiter() {
        return file.format() == ContactFormat.CSV ? file.delimiterLabel() : null;
    }

    /** The CSV's header and mapping, or empty for a vCard. */
    public Optional<ContactLayout> layout() {
        return Optional.ofNullable(layout);
    }

    public List<ImportCandidate> candidates() {
        return candidates;
    }

    public List<ImportCandidate> bad() {
        return candidates.stream().filter(ImportCandidate::isBad).toList();
    }

    public List<ImportCandidate> good() {
        return candidates.stream().filter(candidate -> !candidate.isBad()).toList();
    }

    /** The client already in the store that this row likely is, and why. */
    public Optional<DuplicateFinder.Match> duplicateOf(ImportCandidate candidate) {
        return Optional.ofNullable(duplicates.get(candidate.client().id()));
    }

    public int duplicateCount() {
        return duplicates.size();
    }

    /** The row above in the same file that this row likely repeats (when it is not a stored client's duplicate). */
    public Optional<Repeat> repeatOf(ImportCandidate candidate) {
        return Optional.ofNullable(repeats.get(candidate.client().id()));
    }

    /** Rows that look like a row above them in the same file. */
    public int repeatCount() {
        return repeats.size();
    }

    /** Whether the row looks like a stored client or an earlier row, certainly or possibly: it is listed for review. */
    public boolean isFlagged(ImportCandidate candidate) {
        return duplicates.containsKey(candidate.client().id()) || repeats.containsKey(candidate.client().id());
    }

    /**
     * Whether the row is certainly a stored client or an earlier row (the same email, or the same
     * phone and name): only these follow the duplicate choice; possible ones are imported unless
     * the user says otherwise.
     */
    public boolean isCertainDuplicate(ImportCandidate candidate) {
        DuplicateFinder.Match stored = duplicates.get(candidate.client().id());
        Repeat repeat = repeats.get(candidate.client().id());
        return stored != null ? stored.certain() : repeat != null && repeat.certain();
    }

    /** Good rows that are certainly someone already in the store or above them in the file. */
    public long certainDuplicateCount() {
        return good().stream().filter(this::isCertainDuplicate).count();
    }

    /** Good rows that may be someone already in the store or above them (the same phone, another name; the same name only). */
    public long possibleDuplicateCount() {
        return good().stream().filter(c -> isFlagged(c) && !isCertainDuplicate(c)).count();
    }

    /** Every value left out of a row that was otherwise imported, as "LINE: what — imported without it". */
    public List<String> warningLines() {
        return good().stream().flatMap(candidate -> candidate.warningLines().stream()).toList();
    }

    /** Things to know that are not errors ("2 photos were left out ..."). */
    public List<String> notices() {
        return notices;
    }
}
