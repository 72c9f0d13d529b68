package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.ContactService.ImportResult;
import app.rapport.service.ImportPreview;
import app.rapport.ui.Messages;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Importing contacts from a file: reads it (with progress, and Cancel), says what was found
 * (format, encoding, delimiter), lets the column mapping change, lists the bad rows and the
 * likely duplicates with a choice each, and imports the good rows; nothing is written until then.
 */
public final class ImportViewModel {
    private final ContactService contacts;
    private final TaskExecutor background;
    private final Path file;

    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Reading\u2026");
    private final ReadOnlyStringWrapper notices = new ReadOnlyStringWrapper(this, "notices", "");
    private final ObservableList<ImportCandidate> rows = FXCollections.observableArrayList();
    private final ObservableList<String> badRows = FXCollections.observableArrayList();
    private final ObservableList<ImportCandidate> duplicates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper badTitle = new ReadOnlyStringWrapper(this, "badTitle", "Bad rows");
    private final ObservableList<String> leftOut = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftOutTitle = new ReadOnlyStringWrapper(this, "leftOutTitle", "Values left out");
    private final ReadOnlyStringWrapper duplicatesTitle = new ReadOnlyStringWrapper(this, "duplicatesTitle", "Duplicates");
    private final ObjectProperty<DuplicateChoice> everyDuplicate = new SimpleObjectProperty<>(this, "everyDuplicate", DuplicateChoice.SKIP);
    private final Map<UUID, DuplicateChoice> choices = new HashMap<>();

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", BackgroundTask.INDETERMINATE);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper importText = new ReadOnlyStringWrapper(this, "importText", "Import");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyStringWrapper nothingText = new ReadOnlyStringWrapper(this, "nothingText", "Close");
    private final ReadOnlyStringWrapper imported = new ReadOnlyStringWrapper(this, "imported");

    private BackgroundTask<?> running;

    public ImportViewModel(ContactService contacts, TaskExecutor background, Path file) {
        this.contacts = Objects.requireNonNull(contacts);
        this.background = Objects.requireNonNull(background);
        this.file = Objects.requireNonNull(file);
        everyDuplicate.addListener((observable, before, now) -> choices.clear());
    }

    public Path file() {
        return file;
    }

    /** What was read, once it has been; null before. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** One line on what was found: format, encoding, delimiter and how many rows of each kind. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the reader had to guess or work around, one per line. */
    public ReadOnlyStringProperty noticesProperty() {
        return notices.getReadOnlyProperty();
    }

    /** Every row read. */
    public ObservableList<ImportCandidate> rows() {
        return rows;
    }

    /** The rows that cannot be imported, each with its line and what is wrong. */
    public ObservableList<String> badRows() {
        return badRows;
    }

    /** The good rows that look like a client already in Rapport, or like an earlier row of the file. */
    public ObservableList<ImportCandidate> duplicates() {
        return duplicates;
    }

    /** "Bad rows (4)". */
    /** The values left out of rows that are otherwise imported: "LINE: what \u2014 imported without it". */
    public ObservableList<String> leftOut() {
        return leftOut;
    }

    public ReadOnlyStringProperty leftOutTitleProperty() {
        return leftOutTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty badTitleProperty() {
        return badTitle.getReadOnlyProperty();
    }

    /** "Duplicates (1)". */
    public ReadOnlyStringProperty duplicatesTitleProperty() {
        return duplicatesTitle.getReadOnlyProperty();
    }

    /** What to do with every duplicate not given a choice of its own. */
    public ObjectProperty<DuplicateChoice> everyDuplicateProperty() {
        return everyDuplicate;
    }

    /** True while the file is read, the rows checked again or imported. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** How far the work is, from 0 to 1, or {@link BackgroundTask#INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work is doing, or how it ended when it did not import. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "Import 12 contacts", or "Import 10 good rows" when some are bad. */
    public ReadOnlyStringProperty importTextProperty() {
        return importText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** What the other button does now: Cancel the work, Import nothing, or Close. */
    public ReadOnlyStringProperty nothingTextProperty() {
        return nothingText.getReadOnlyProperty();
    }

    /** What was imported, once it has been (the dialog's work is then done); null before. */
    public ReadOnlyStringProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    // ---- actions

    /** Reads the file in the background. */
    public void read() {
        run(BackgroundTask.withProgress(reporting -> contacts.preview(file, reporting)), "Reading " + file.getFileName() + "\u2026",
                this::show, failure -> {
                    summary.set(failure instanceof CancellationException ? "Reading cancelled; nothing was imported."
                            : "Cannot import " + file.getFileName() + ": " + Messages.of(failure));
                    nothingText.set("Close");
                });
    }

    /** Reads every row again with {@code column} holding {@code field}. */
    public void remap(int column, ContactField field) {
        ImportPreview before = preview.get();
        if (before == null || working.get() || before.layout().orElseThrow().mappings().get(column).field() == field) {
            return;
        }
        run(BackgroundTask.of(() -> before.withMapping(column, field)), "Checking every row again\u2026", this::show,
                failure -> progressText.set(Messages.of(failure)));
    }

    /** Imports the good rows, each duplicate as chosen. */
    public void importRows() {
        ImportPreview chosen = preview.get();
        if (chosen == null || working.get()) {
            return;
        }
        Map<UUID, DuplicateChoice> decided = Map.copyOf(choices);
        DuplicateChoice rest = everyDuplicate.get();
        run(BackgroundTask.withProgress(reporting -> contacts.importContacts(chosen, true, rest, decided, reporting)), "Importing\u2026",
                result -> imported.set(importedMessage(result)),
                failure -> progressText.set(failure instanceof CancellationException ? "Import cancelled; nothing was imported."
                        : "Nothing was imported: " + Messages.of(failure)));
    }

    /** Cancels the work under way; false when there is none (the dialog can close). */
    public boolean cancel() {
        if (running == null) {
            return false;
        }
        progressText.set(running.cancel() ? "Cancelling\u2026" : "Too late to cancel: the import is being saved\u2026");
        return true;
    }

    /** The duplicate's own choice, else the one for every certain duplicate; a possible one is imported unless chosen otherwise. */
    public DuplicateChoice choiceFor(ImportCandidate candidate) {
        ImportPreview read = preview.get();
        DuplicateChoice unchosen = read != null && !read.isCertainDuplicate(candidate) ? DuplicateChoice.IMPORT : everyDuplicate.get();
        return choices.getOrDefault(candidate.client().id(), unchosen);
    }

    /** "Certain" or "Possible": how sure the row is someone already there. */
    public String sureness(ImportCandidate candidate) {
        return preview.get().isCertainDuplicate(candidate) ? "Certain" : "Possible";
    }

    public void choose(ImportCandidate candidate, DuplicateChoice choice) {
        choices.put(candidate.client().id(), choice);
    }

    /** Who the row looks like: a client in Rapport, or an earlier line of the file. */
    public String looksLike(ImportCandidate candidate) {
        ImportPreview read = preview.get();
        return read.duplicateOf(candidate).map(m -> m.existing().displayName() + " (in Rapport)")
                .or(() -> read.repeatOf(candidate).map(r -> "Line " + r.earlier().line() + ": " + r.earlier().client().displayName()))
                .orElse("");
    }

    /** Why the row looks like a duplicate. */
    public String why(ImportCandidate candidate) {
        ImportPreview read = preview.get();
        return read.duplicateOf(candidate).map(DuplicateFinder.Match::reason)
                .or(() -> read.repeatOf(candidate).map(ImportPreview.Repeat::reason))
                .orElse("");
    }

    /** The check of one row: bad (and why), a likely duplicate (of whom), or OK. */
    public String status(ImportCandidate candidate) {
        if (candidate.isBad()) {
            return "Bad: " + String.join("; ", candidate.problems());
        }
        ImportPreview read = preview.get();
        String sure = read.isCertainDuplicate(candidate) ? "Same person as " : "May be ";
        String left = candidate.warnings().isEmpty() ? "" : " \u2014 left out: " + String.join("; ", candidate.warnings());
        return read.duplicateOf(candidate).map(m -> sure + m.existing().displayName() + " in Rapport (" + m.reason() + ")")
                .or(() -> read.repeatOf(candidate).map(r -> sure + "line " + r.earlier().line() + " (" + r.reason() + ")"))
                .orElse("OK") + left;
    }

    // ---- the work

    private <T> void run(BackgroundTask<T> task, String starting, Consumer<T> done, Consumer<Throwable> failed) {
        setWorking(true, starting);
        task.messageProperty().addListener((observable, before, now) -> {
            if (!task.isCancelled()) {
                progressText.set(now);
            }
        });
        task.progressProperty().addListener((observable, before, now) -> progress.set(now.doubleValue()));
        running = task;
        background.execute(task.onSuccess(result -> {
            setWorking(false, "");
            done.accept(result);
        }).onFailure(failure -> {
            setWorking(false, "");
            failed.accept(failure);
        }));
    }

    private void show(ImportPreview read) {
        String delimiter = read.delimiter() == null ? "" : " \u00b7 delimiter: " + read.delimiter();
        int good = read.good().size();
        int bad = read.bad().size();
        summary.set(read.formatLabel() + " \u00b7 " + read.encoding() + delimiter + " \u2014 " + count(good, "contact") + " to import"
                + (bad > 0 ? ", " + count(bad, "bad row") : "") + duplicatesSummary(read));
        notices.set(String.join("\n", read.notices()));
        rows.setAll(read.candidates());
        badRows.setAll(read.bad().stream().map(ImportCandidate::problemLine).toList());
        leftOut.setAll(read.warningLines());
        leftOutTitle.set("Values left out (" + read.warningLines().size() + ")");
        duplicates.setAll(read.good().stream().filter(read::isFlagged).toList());
        badTitle.set("Bad rows (" + bad + ")");
        duplicatesTitle.set("Duplicates (" + (read.duplicateCount() + read.repeatCount()) + ")");
        importText.set(bad == 0 ? "Import " + count(good, "contact") : "Import " + count(good, "good row"));
        canImport.set(good > 0);
        nothingText.set("Import nothing");
        // Last: a view following the preview finds everything above in place.
        preview.set(read);
    }

    private void setWorking(boolean now, String message) {
        working.set(now);
        if (!now) {
            running = null;
        }
        progress.set(BackgroundTask.INDETERMINATE);
        progressText.set(message);
        ImportPreview read = preview.get();
        canImport.set(!now && read != null && !read.good().isEmpty());
        nothingText.set(now ? "Cancel" : read == null ? "Close" : "Import nothing");
    }

    private String importedMessage(ImportResult result) {
        StringBuilder message = new StringBuilder("Imported " + count(result.imported(), "client") + " from " + file.getFileName());
        if (result.merged() > 0) {
            message.append(", merged ").append(count(result.merged(), "row")).append(" into existing clients");
        }
        if (result.mergedWithinFile() > 0) {
            message.append(", merged ").append(count(result.mergedWithinFile(), "repeated row")).append(" with an earlier row of the file");
        }
        if (result.skippedDuplicates() > 0) {
            message.append(", skipped ").append(count(result.skippedDuplicates(), "certain duplicate"));
        }
        if (result.possibleDuplicates() > 0) {
            message.append(", imported ").append(count(result.possibleDuplicates(), "possible duplicate"))
                    .append(" (Clients \u2192 Find duplicates to review)");
        }
        if (!result.warnings().isEmpty()) {
            message.append(", left out ").append(count(result.warnings().size(), "bad value"));
        }
        if (!result.badLeftOut().isEmpty()) {
            message.append(", left out ").append(count(result.badLeftOut().size(), "bad row"));
        }
        return message.toString();
    }

    private static String duplicatesSummary(ImportPreview read) {
        long certain = read.certainDuplicateCount();
        long possible = read.possibleDuplicateCount();
        return (certain > 0 ? ", " + count(certain, "certain duplicate") : "")
                + (possible > 0 ? ", " + count(possible, "possible duplicate") + " (imported unless you choose otherwise)" : "");
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
