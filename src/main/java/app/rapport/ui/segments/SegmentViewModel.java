package app.rapport.ui.segments;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.SegmentService;
import app.rapport.service.SegmentService.Choice;
import app.rapport.service.SegmentService.Choices;
import app.rapport.service.SegmentService.Saved;
import app.rapport.service.ValidationException;
import app.rapport.ui.Messages;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Segments: the saved ones, and the criteria of the one being edited with the number of clients
 * who match, counted again (only the latest count is shown) as each criterion changes. A field
 * that cannot be read is marked under it and left out of the count; saving refuses it.
 */
public final class SegmentViewModel {
    /** The form's fields that can carry a problem of their own. */
    public static final List<String> FIELDS = List.of("name", "silentForDays", "contactedWithinDays", "minSpent", "maxSpent", "contactedSince");
    static final String FIX_FIRST = "Not saved: fix the fields marked in red.";

    /** Whether a client must be ghosting us. */
    public enum Ghosted {
        EITHER("Either", null), BEING("Being ghosted", Boolean.TRUE), NOT("Not ghosted", Boolean.FALSE);

        private final String label;
        private final Boolean value;

        Ghosted(String label, Boolean value) {
            this.label = label;
            this.value = value;
        }

        static Ghosted of(Boolean value) {
            return value == null ? EITHER : value ? BEING : NOT;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final SegmentService segments;
    private final TaskExecutor background;
    private final Consumer<String> report;
    private final TaskKey countKey = new TaskKey("segment count");

    private final ObservableList<Saved> saved = FXCollections.observableArrayList();
    private final ObservableList<Saved> readOnlySaved = FXCollections.unmodifiableObservableList(saved);
    private final ObjectProperty<Saved> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<UUID>> productChoices = FXCollections.observableArrayList();
    private final ObservableList<String> categoryChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> refusalChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<UUID>> competitorChoices = FXCollections.observableArrayList();

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableSet<Phase> phases = FXCollections.observableSet(EnumSet.noneOf(Phase.class));
    private final ObservableSet<Mood> moods = FXCollections.observableSet(EnumSet.noneOf(Mood.class));
    private final ObservableSet<String> tags = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<LocalDate> noContactSince = new SimpleObjectProperty<>(this, "noContactSince");
    private final ObjectProperty<LocalDate> contactedSince = new SimpleObjectProperty<>(this, "contactedSince");
    private final StringProperty silentForDays = new SimpleStringProperty(this, "silentForDays", "");
    private final StringProperty contactedWithinDays = new SimpleStringProperty(this, "contactedWithinDays", "");
    private final ObservableSet<UUID> products = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> categories = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> refusalReasons = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<UUID> competitors = FXCollections.observableSet(new HashSet<>());
    private final StringProperty minSpent = new SimpleStringProperty(this, "minSpent", "");
    private final StringProperty maxSpent = new SimpleStringProperty(this, "maxSpent", "");
    private final ObjectProperty<Ghosted> ghosted = new SimpleObjectProperty<>(this, "ghosted", Ghosted.EITHER);

    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyLongWrapper countMillis = new ReadOnlyLongWrapper(this, "countMillis");
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Segment> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");

    private Segment editing;
    private boolean filling;

    public SegmentViewModel(SegmentService segments, TaskExecutor background, Consumer<String> report) {
        this.segments = Objects.requireNonNull(segments);
        this.background = Objects.requireNonNull(background);
        this.report = Objects.requireNonNull(report);
        List<Observable> criteria = List.of(phases, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                products, categories, refusalReasons, competitors, minSpent, maxSpent, ghosted);
        criteria.forEach(criterion -> criterion.addListener(changed -> {
            if (!filling) {
                recount();
            }
        }));
        selected.addListener((observable, before, now) -> {
            if (now != null) {
                edit(now);
            }
        });
    }

    /** Reads what the criteria can be chosen from, then the saved segments, choosing the first. */
    public void load() {
        background.run(segments::choices, this::offer, failure -> say("Could not read the choices: " + Messages.of(failure)));
    }

    // ---- the saved segments

    public ObservableList<Saved> saved() {
        return readOnlySaved;
    }

    /** The saved segment in the form; choosing one fills the form with it. */
    public ObjectProperty<Saved> selectedProperty() {
        return selected;
    }

    // ---- what the criteria can be chosen from

    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    public ObservableList<Choice<UUID>> productChoices() {
        return productChoices;
    }

    public ObservableList<String> categoryChoices() {
        return categoryChoices;
    }

    public ObservableList<Choice<String>> refusalChoices() {
        return refusalChoices;
    }

    public ObservableList<Choice<UUID>> competitorChoices() {
        return competitorChoices;
    }

    // ---- the form

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableSet<Phase> phases() {
        return phases;
    }

    public ObservableSet<Mood> moods() {
        return moods;
    }

    public ObservableSet<String> tags() {
        return tags;
    }

    public ObjectProperty<LocalDate> noContactSinceProperty() {
        return noContactSince;
    }

    public ObjectProperty<LocalDate> contactedSinceProperty() {
        return contactedSince;
    }

    /** At least this many days without contact, as typed. */
    public StringProperty silentForDaysProperty() {
        return silentForDays;
    }

    /** Contacted in the last this many days, as typed. */
    public StringProperty contactedWithinDaysProperty() {
        return contactedWithinDays;
    }

    /** The products a client bought (any of them). */
    public ObservableSet<UUID> products() {
        return products;
    }

    public ObservableSet<String> categories() {
        return categories;
    }

    /** The codes of the reasons a client refused for. */
    public ObservableSet<String> refusalReasons() {
        return refusalReasons;
    }

    public ObservableSet<UUID> competitors() {
        return competitors;
    }

    public StringProperty minSpentProperty() {
        return minSpent;
    }

    public StringProperty maxSpentProperty() {
        return maxSpent;
    }

    public ObjectProperty<Ghosted> ghostedProperty() {
        return ghosted;
    }

    // ---- what the form says back

    /** How many clients match the criteria now ("12 clients match"), or why there is no count. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** How long the latest count took. */
    public ReadOnlyLongProperty countMillisProperty() {
        return countMillis.getReadOnlyProperty();
    }

    /** What is wrong with a field ({@link #FIELDS}), by field. */
    public ObservableMap<String, String> problems() {
        return readOnlyProblems;
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The segment just deleted, which {@link #undoDelete()} brings back; null when there is none. */
    public ReadOnlyObjectProperty<Segment> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    // ---- actions

    /** Empties the form for a new segment. */
    public void newSegment() {
        selected.set(null);
        edit(null);
    }

    /** Saves the form as the segment being edited (or a new one). */
    public void save() {
        Segment segment = formSegment();
        if (segment == null) {
            say(FIX_FIRST);
            return;
        }
        background.run(() -> segments.save(segment), stored -> {
            editing = stored;
            say("Saved " + stored.name() + ".");
            report.accept("Segment saved: " + stored.name());
            load(stored.id());
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                invalid.problems().forEach(problem -> problems.put(FIELDS.contains(problem.field()) ? problem.field() : "name", problem.message()));
                say("Not saved: " + invalid.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
            } else {
                say("Could not save: " + Messages.of(failure));
            }
        });
    }

    /** Hands {@code action} the segment as saved; one with unsaved changes is saved first. */
    public void withSaved(Consumer<Segment> action) {
        SegmentCriteria criteria = criteria(true);
        if (editing != null && editing.criteria().equals(criteria) && editing.name().equals(name.get().strip())) {
            action.accept(editing);
            return;
        }
        Segment segment = new Segment(editing == null ? null : editing.id(), name.get(), criteria,
                editing == null ? null : editing.createdAt(), null);
        background.run(() -> segments.save(segment), stored -> {
            editing = stored;
            load(stored.id());
            action.accept(stored);
        }, failure -> say("Save the segment first: " + Messages.of(failure)));
    }

    /** Deletes the chosen segment; {@link #undoDelete()} brings it back. */
    public void delete() {
        Saved chosen = selected.get();
        if (chosen == null) {
            return;
        }
        background.run(() -> segments.delete(chosen.segment().id()).orElse(null), deleted -> {
            load(null);
            say("Deleted " + chosen.segment().name() + ".");
            undoable.set(deleted);
        }, failure -> say("Could not delete: " + Messages.of(failure)));
    }

    /** Brings back the segment just deleted. */
    public void undoDelete() {
        Segment deleted = undoable.get();
        if (deleted == null) {
            return;
        }
        background.run(() -> segments.save(deleted), restored -> {
            editing = restored;
            say("Brought back " + restored.name() + ".");
            load(restored.id());
        }, failure -> say("Could not bring it back: " + Messages.of(failure)));
    }

    // ---- the work

    private void offer(Choices choices) {
        filling = true;
        tagChoices.setAll(choices.tags());
        productChoices.setAll(choices.products());
        categoryChoices.setAll(choices.categories());
        refusalChoices.setAll(choices.refusalReasons());
        competitorChoices.setAll(choices.competitors());
        filling = false;
        load(null);
    }

    private void load(UUID select) {
        background.run(segments::segments, list -> {
            saved.setAll(list);
            Saved chosen = list.stream().filter(s -> s.segment().id().equals(select)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (chosen != null) {
                selected.set(chosen);
            } else {
                newSegment();
            }
        }, failure -> say("Could not read the segments: " + Messages.of(failure)));
    }

    private void edit(Saved chosen) {
        // The same segment shown again after a save keeps the message that says what happened.
        boolean same = chosen != null && editing != null && chosen.segment().id().equals(editing.id());
        editing = chosen == null ? null : chosen.segment();
        SegmentCriteria c = editing == null ? SegmentCriteria.EVERYONE : editing.criteria();
        filling = true;
        name.set(editing == null ? "" : editing.name());
        setAll(phases, c.phases());
        setAll(moods, c.moods());
        setAll(tags, c.tags());
        noContactSince.set(c.noContactSince());
        contactedSince.set(c.contactedSince());
        silentForDays.set(c.silentForDays() == null ? "" : c.silentForDays().toString());
        contactedWithinDays.set(c.contactedWithinDays() == null ? "" : c.contactedWithinDays().toString());
        setAll(products, c.productIds());
        setAll(categories, c.categories());
        setAll(refusalReasons, c.refusalReasons());
        setAll(competitors, c.competitorIds());
        minSpent.set(c.minSpent() == null ? "" : c.minSpent().toPlainString());
        maxSpent.set(c.maxSpent() == null ? "" : c.maxSpent().toPlainString());
        ghosted.set(Ghosted.of(c.ghosted()));
        filling = false;
        problems.clear();
        if (chosen != null && !chosen.readable()) {
            say("This segment's stored criteria cannot be read (" + chosen.problem() + "); saving replaces them with what is shown.");
        } else if (!same) {
            say("");
        }
        recount();
    }

    private static <T> void setAll(ObservableSet<T> set, Set<T> values) {
        set.retainAll(values);
        set.addAll(values);
    }

    /** The segment as the form has it, or null (with the problems marked) when a field cannot be read. */
    private Segment formSegment() {
        SegmentCriteria criteria = criteria(true);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Segment(editing == null ? null : editing.id(), name.get(), criteria, editing == null ? null : editing.createdAt(), null);
    }

    /** The criteria as the form has them; a field that cannot be read is marked (when {@code mark}) and left out. */
    private SegmentCriteria criteria(boolean mark) {
        if (mark) {
            problems.clear();
        }
        // The criteria copy each set they are given.
        return new SegmentCriteria(phases, moods, tags, noContactSince.get(), contactedSince.get(),
                days(silentForDays, "silentForDays", mark), days(contactedWithinDays, "contactedWithinDays", mark),
                products, categories, refusalReasons, competitors,
                amount(minSpent, "minSpent", mark), amount(maxSpent, "maxSpent", mark),
                ghosted.get() == null ? null : ghosted.get().value);
    }

    private Integer days(StringProperty field, String key, boolean mark) {
        String text = field.get() == null ? "" : field.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            if (mark) {
                problems.put(key, "\u201c" + text + "\u201d is not a number of days.");
            }
            return null;
        }
    }

    private BigDecimal amount(StringProperty field, String key, boolean mark) {
        String typed = field.get() == null ? "" : field.get().strip();
        String text = typed.replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            if (mark) {
                problems.put(key, "\u201c" + typed + "\u201d is not an amount.");
            }
            return null;
        }
    }

    /** Counts the clients who match what the form says now; only the latest answer is shown. */
    private void recount() {
        SegmentCriteria criteria = criteria(true);
        List<FieldProblem> wrong = criteria.problems();
        wrong.forEach(problem -> problems.put(problem.field(), problem.message()));
        if (!wrong.isEmpty()) {
            background.drop(countKey);
            count.set("No count: see below");
            return;
        }
        count.set("Counting\u2026");
        long started = System.nanoTime();
        background.execute(BackgroundTask.of(() -> segments.count(criteria)).keyed(countKey).onSuccess(n -> {
            count.set((n == 1 ? "1 client matches" : NumberFormat.getIntegerInstance().format(n) + " clients match")
                    + (criteria.isEveryone() ? " (no criteria: everyone)" : ""));
            countMillis.set((System.nanoTime() - started) / 1_000_000);
        }).onFailure(failure -> count.set("Could not count: " + Messages.of(failure))));
    }

    private void say(String text) {
        message.set(text);
        undoable.set(null);
    }
}
