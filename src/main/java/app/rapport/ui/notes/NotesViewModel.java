package app.rapport.ui.notes;

import app.rapport.domain.Note;
import app.rapport.service.NoteService;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.UndoManager;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The state of one client's notes: the list (pinned first, then newest), the note being written,
 * the note being edited and which long notes are shown in full. Every store call runs in the
 * background; only the answer for the client still shown is applied.
 */
public final class NotesViewModel {
    /** A longer note shows this many characters until the user asks for all of it. */
    static final int PREVIEW_CHARS = 600;
    /** ... and at most this many lines, so a note of short lines stays short too. */
    static final int PREVIEW_LINES = 12;
    /** A note longer than this, opened in full, is shown in a scrolling box of this many rows. */
    static final int LABEL_MAX = 5_000;
    static final int READER_ROWS = 18;

    static final String NO_CLIENT = "Select a client to see their notes.";
    static final String LOADING = "Loading notes\u2026";
    static final String EMPTY = "No notes yet \u2014 write what you'd want a colleague to know.";
    static final String BLANK_NOTE = "Write something first \u2014 an empty note can't be saved.";
    static final String BLANK_EDIT = "A note can't be empty. Delete it instead if it's no longer useful.";

    private final NoteService notes;
    private final TaskExecutor background;
    private final UndoManager undo;
    private final Consumer<String> status;

    private final ObjectProperty<UUID> client = new SimpleObjectProperty<>(this, "client");
    private final ObservableList<Note> items = FXCollections.observableArrayList();
    private final ObservableList<Note> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final StringProperty draftProblem = new SimpleStringProperty(this, "draftProblem", "");
    private final BooleanProperty adding = new SimpleBooleanProperty(this, "adding");
    private final ObjectProperty<UUID> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty editDraft = new SimpleStringProperty(this, "editDraft", "");
    private final StringProperty editProblem = new SimpleStringProperty(this, "editProblem", "");
    private final BooleanProperty savingEdit = new SimpleBooleanProperty(this, "savingEdit");
    private final ObservableSet<UUID> expanded = FXCollections.observableSet();
    private final ObservableSet<UUID> readOnlyExpanded = FXCollections.unmodifiableObservableSet(expanded);
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", NO_CLIENT);
    /** What was being written for other clients, so switching clients never loses a draft. */
    private final Map<UUID, String> draftsByClient = new HashMap<>();
    private final TaskKey loadKey = new TaskKey("notes of the client");

    /** Names a client in status messages; without it, messages name nobody. */
    private java.util.function.Function<UUID, String> clientNames = id -> null;

    /** Where status messages get the name of the client they are about. */
    public void setClientNames(java.util.function.Function<UUID, String> clientNames) {
        this.clientNames = Objects.requireNonNull(clientNames);
    }

    /** " for Maria Okafor", or nothing when the name is not known. */
    private String forClient(UUID clientId) {
        String name = clientId == null ? null : clientNames.apply(clientId);
        return name == null ? "" : " for " + name;
    }

    public NotesViewModel(NoteService notes, TaskExecutor background, UndoManager undo, Consumer<String> status) {
        this.notes = Objects.requireNonNull(notes);
        this.background = Objects.requireNonNull(background);
        this.undo = Objects.requireNonNull(undo);
        this.status = Objects.requireNonNull(status);
        draft.addListener((observable, before, now) -> {
            if (now != null && !now.isBlank()) {
                draftProblem.set("");
            }
        });
        editDraft.addListener((observable, before, now) -> editProblem.set(""));
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyObjectProperty<UUID> clientProperty() {
        return client;
    }

    /** The client's notes, pinned first, then newest first. */
    public ObservableList<Note> notes() {
        return readOnlyItems;
    }

    /** The note being written in the "Add a note" box. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** Why the draft was not added, or empty. */
    public ReadOnlyStringProperty draftProblemProperty() {
        return draftProblem;
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding;
    }

    /** The id of the note being edited in place, or null. */
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing;
    }

    /** The text of the note being edited. */
    public StringProperty editDraftProperty() {
        return editDraft;
    }

    public ReadOnlyStringProperty editProblemProperty() {
        return editProblem;
    }

    public ReadOnlyBooleanProperty savingEditProperty() {
        return savingEdit;
    }

    /** Ids of the long notes the user chose to read in full. */
    public ObservableSet<UUID> expanded() {
        return readOnlyExpanded;
    }

    /** What the list says when it has no notes to show. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    // ---------------------------------------------------------------- actions

    /** Shows the notes of another client (or none); a draft for the previous client is kept for later. */
    public void setClient(UUID clientId) {
        UUID previous = client.get();
        if (Objects.equals(previous, clientId)) {
            refresh();
            return;
        }
        if (previous != null) {
            String written = draft.get();
            if (written == null || written.isBlank()) {
                draftsByClient.remove(previous);
            } else {
                draftsByClient.put(previous, written);
            }
        }
        client.set(clientId);
        draft.set(clientId == null ? "" : draftsByClient.getOrDefault(clientId, ""));
        draftProblem.set("");
        editing.set(null);
        expanded.clear();
        items.clear();
        refresh();
    }

    /** Reads the shown client's notes again. */
    public void refresh() {
        UUID clientId = client.get();
        if (clientId == null) {
            background.drop(loadKey);
            items.clear();
            emptyText.set(NO_CLIENT);
            return;
        }
        if (items.isEmpty()) {
            emptyText.set(LOADING);
        }
        background.execute(BackgroundTask.of(() -> notes.forClient(clientId)).keyed(loadKey).onSuccess(this::show).onFailure(failure -> {
            emptyText.set("Could not load the notes.");
            status.accept("Could not load the notes: " + Messages.of(failure));
        }));
    }

    /** Adds the draft as a new note; a blank draft is refused with a message. */
    public void add() {
        UUID clientId = client.get();
        String body = draft.get();
        if (clientId == null || adding.get()) {
            return;
        }
        if (body == null || body.isBlank()) {
            draftProblem.set(BLANK_NOTE);
            return;
        }
        adding.set(true);
        draftProblem.set("");
        change(() -> notes.add(clientId, body, false), done -> {
            adding.set(false);
            if (done) {
                if (clientId.equals(client.get())) {
                    if (body.equals(draft.get())) {
                        draft.set("");
                    }
                } else {
                    draftsByClient.remove(clientId, body);
                }
                status.accept("Note saved" + forClient(clientId));
            }
        }, failure -> draftProblem.set(Messages.of(failure)));
    }

    public void togglePin(Note note) {
        Note changed = new Note(note.id(), note.clientId(), note.body(), !note.pinned(), note.createdAt(), note.updatedAt());
        change(() -> notes.update(changed), done -> {
            if (done) {
                status.accept((changed.pinned() ? "Note pinned" : "Note unpinned") + forClient(note.clientId()));
            }
        }, failure -> status.accept("Could not " + (changed.pinned() ? "pin" : "unpin") + " the note: " + Messages.of(failure)));
    }

    public void startEdit(Note note) {
        editDraft.set(note.body());
        editProblem.set("");
        editing.set(note.id());
    }

    public void cancelEdit() {
        editing.set(null);
        editProblem.set("");
    }

    /** Saves the note being edited; an unchanged text simply ends the edit. */
    public void saveEdit() {
        UUID id = editing.get();
        Note note = id == null ? null : items.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
        if (note == null || savingEdit.get()) {
            return;
        }
        String body = editDraft.get();
        if (body == null || body.isBlank()) {
            editProblem.set(BLANK_EDIT);
            return;
        }
        if (body.equals(note.body())) {
            cancelEdit();
            return;
        }
        Note changed = new Note(note.id(), note.clientId(), body, note.pinned(), note.createdAt(), note.updatedAt());
        savingEdit.set(true);
        change(() -> notes.update(changed), done -> {
            savingEdit.set(false);
            if (done) {
                if (id.equals(editing.get())) {
                    editing.set(null);
                }
                status.accept("Note saved" + forClient(note.clientId()));
            }
        }, failure -> editProblem.set(Messages.of(failure)));
    }

    /** Deletes a note; Undo brings it back. */
    public void delete(Note note) {
        UUID id = note.id();
        if (id.equals(editing.get())) {
            cancelEdit();
        }
        change(() -> notes.delete(id), done -> {
            if (done) {
                String deleted = "Note deleted" + forClient(note.clientId());
                undo.done(deleted, () -> notes.restore(id), this::refresh);
                status.accept(deleted + " \u2014 Ctrl+Z to undo");
            }
        }, failure -> status.accept("Could not delete the note: " + Messages.of(failure)));
    }

    public void toggleExpanded(Note note) {
        if (!expanded.remove(note.id())) {
            expanded.add(note.id());
        }
    }

    public boolean isExpanded(Note note) {
        return expanded.contains(note.id());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The start of a long note, cut at a word near {@link #PREVIEW_CHARS} characters or after
     * {@link #PREVIEW_LINES} lines; null when the note is short enough to show whole.
     */
    static String preview(String body) {
        int end = Math.min(body.length(), PREVIEW_CHARS);
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (body.charAt(i) == '\n' && ++lines == PREVIEW_LINES) {
                end = i;
                break;
            }
        }
        if (end >= body.length()) {
            return null;
        }
        int cut = end;
        int space = body.lastIndexOf(' ', end);
        if (space > end - 80 && space > 0) {
            cut = space;
        }
        if (cut > 0 && Character.isHighSurrogate(body.charAt(cut - 1))) {
            cut--;
        }
        return body.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** Runs a change, then reads the shown client's notes again (only the latest read is shown). */
    private void change(Runnable work, Consumer<Boolean> finished, Consumer<Throwable> onFailure) {
        background.run(() -> {
            work.run();
            return true;
        }, done -> {
            finished.accept(true);
            refresh();
        }, failure -> {
            finished.accept(false);
            onFailure.accept(failure);
        });
    }

    private void show(List<Note> loaded) {
        items.setAll(loaded);
        emptyText.set(EMPTY);
        UUID edited = editing.get();
        if (edited != null && loaded.stream().noneMatch(note -> note.id().equals(edited))) {
            editing.set(null);
        }
        expanded.retainAll(loaded.stream().map(Note::id).toList());
    }
}
