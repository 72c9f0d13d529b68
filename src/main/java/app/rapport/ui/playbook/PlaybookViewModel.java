package app.rapport.ui.playbook;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.RuleRole;
import app.rapport.service.PlaybookService;
import app.rapport.service.ValidationException;
import app.rapport.ui.Messages;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The playbook editor: every rule (each with the tick that switches it on or off), the form of the
 * rule chosen or being written, the order of the situations, the custom fields every brief shows,
 * and a line saying what the last action did. All store work goes through the executor.
 */
public final class PlaybookViewModel {
    /** The form's fields that can carry a problem of their own. */
    public static final List<String> FIELDS = List.of("code", "title", "because", "priority", "conditions", "suggestion");
    static final String NEW_RULE = "A new rule: give it a code, a title, when it applies and what it suggests.";
    static final String NEW_CONDITIONS = "{}";
    static final String NEW_SUGGESTION = "{\n  \"talkingPoints\" : [ ]\n}";

    /** One rule of the playbook; switching {@link #enabledProperty()} switches the rule in the store. */
    public final class Rule {
        private PlaybookEntry entry;
        private final BooleanProperty enabled;
        private boolean quiet;

        private Rule(PlaybookEntry entry) {
            this.entry = entry;
            this.enabled = new SimpleBooleanProperty(this, "enabled", entry.enabled());
            enabled.addListener((observable, was, on) -> {
                if (!quiet && on != null && on != this.entry.enabled()) {
                    switchRule(this, on);
                }
            });
        }

        public PlaybookEntry entry() {
            return entry;
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        private void setQuietly(boolean on) {
            quiet = true;
            enabled.set(on);
            quiet = false;
        }
    }

    private final PlaybookService playbook;
    private final TaskExecutor background;
    private final Consumer<String> report;

    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final ObservableList<Rule> readOnlyRules = FXCollections.unmodifiableObservableList(rules);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<Rule> selected = new SimpleObjectProperty<>(this, "selected");

    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty priority = new SimpleStringProperty(this, "priority", "");
    private final ObjectProperty<RuleRole> role = new SimpleObjectProperty<>(this, "role", RuleRole.COLOUR);
    private final StringProperty because = new SimpleStringProperty(this, "because", "");
    private final StringProperty conditions = new SimpleStringProperty(this, "conditions", "");
    private final StringProperty suggestion = new SimpleStringProperty(this, "suggestion", "");
    private final ReadOnlyBooleanWrapper codeEditable = new ReadOnlyBooleanWrapper(this, "codeEditable", true);
    private final ReadOnlyBooleanWrapper movable = new ReadOnlyBooleanWrapper(this, "movable");
    private final ReadOnlyBooleanWrapper resettable = new ReadOnlyBooleanWrapper(this, "resettable");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty shownFields = new SimpleStringProperty(this, "shownFields", "");

    /** The rule in the form: null while a new rule is being written. */
    private PlaybookEntry editing;

    public PlaybookViewModel(PlaybookService playbook, TaskExecutor background, Consumer<String> report) {
        this.playbook = Objects.requireNonNull(playbook);
        this.background = Objects.requireNonNull(background);
        this.report = Objects.requireNonNull(report);
        selected.addListener((observable, before, now) -> {
            if (now != null) {
                edit(now.entry);
            }
        });
        edit(null);
    }

    /** Reads the rules and the fields every brief shows. */
    public void load() {
        load(null);
        background.run(playbook::fieldsShownInBrief, names -> shownFields.set(String.join(", ", names)),
                failure -> message.set("Could not read the fields shown in the brief: " + Messages.of(failure)));
    }

    public ObservableList<Rule> rules() {
        return readOnlyRules;
    }

    /** True once the rules have been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The rule chosen in the list; choosing one puts it in the form. */
    public ObjectProperty<Rule> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The priority as typed; saving refuses one that is not a number. */
    public StringProperty priorityProperty() {
        return priority;
    }

    public ObjectProperty<RuleRole> roleProperty() {
        return role;
    }

    public StringProperty becauseProperty() {
        return because;
    }

    public StringProperty conditionsProperty() {
        return conditions;
    }

    public StringProperty suggestionProperty() {
        return suggestion;
    }

    /** A built-in rule keeps its code. */
    public ReadOnlyBooleanProperty codeEditableProperty() {
        return codeEditable.getReadOnlyProperty();
    }

    /** Only a situation has a place in the order of urgency. */
    public ReadOnlyBooleanProperty movableProperty() {
        return movable.getReadOnlyProperty();
    }

    /** Only a built-in rule can be put back as shipped. */
    public ReadOnlyBooleanProperty resettableProperty() {
        return resettable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** What is wrong with a field of the form ({@link #FIELDS}), by field. */
    public ObservableMap<String, String> problems() {
        return readOnlyProblems;
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The custom fields every brief shows, separated by commas, as typed. */
    public StringProperty shownFieldsProperty() {
        return shownFields;
    }

    /** Empties the form for a new rule. */
    public void newRule() {
        selected.set(null);
        edit(null);
    }

    /** Puts the rule in the form; null for a new rule. */
    private void edit(PlaybookEntry rule) {
        // The same rule shown again after a save or a move keeps the message that says what happened.
        boolean same = rule != null && editing != null && rule.code().equals(editing.code());
        editing = rule;
        problems.clear();
        code.set(rule == null ? "" : rule.code());
        codeEditable.set(rule == null || !rule.builtIn());
        title.set(rule == null ? "" : rule.title());
        description.set(rule == null || rule.description() == null ? "" : rule.description());
        priority.set(String.valueOf(rule == null ? 100 : rule.priority()));
        role.set(rule == null ? RuleRole.COLOUR : rule.role());
        because.set(rule == null || rule.because() == null ? "" : rule.because());
        movable.set(rule != null && rule.role() == RuleRole.SITUATION);
        conditions.set(rule == null ? NEW_CONDITIONS : rule.conditions());
        suggestion.set(rule == null ? NEW_SUGGESTION : rule.suggestion());
        resettable.set(rule != null && rule.builtIn());
        if (!same) {
            message.set(rule == null ? NEW_RULE : "");
        }
    }

    /** Reads every rule, then chooses the one with {@code select} as code (if any). */
    private void load(String select) {
        background.run(playbook::list, list -> {
            rules.setAll(list.stream().map(Rule::new).toList());
            loaded.set(true);
            if (select != null) {
                rules.stream().filter(rule -> rule.entry.code().equals(select)).findFirst().ifPresent(selected::set);
            }
        }, failure -> message.set("Could not read the playbook: " + Messages.of(failure)));
    }

    /** The rule as the form has it now, saved or not; empty while its priority is not a number. */
    public Optional<PlaybookEntry> draft() {
        int value;
        try {
            value = Integer.parseInt(priority.get().strip());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        return Optional.of(new PlaybookEntry(editing == null ? null : editing.id(), code.get(), title.get(),
                description.get(), editing == null || editing.enabled(), value, conditions.get(), suggestion.get(),
                editing != null && editing.builtIn(), null, role.get(), because.get()));
    }

    /** The code of the rule in the form as it was read (null for a new rule): the rule a preview replaces. */
    public String editingCode() {
        return editing == null ? null : editing.code();
    }

    /** Saves the form; a priority that is not a number, or a rule the service refuses, is marked and not saved. */
    public void save() {
        if (saving.get()) {
            return;
        }
        problems.clear();
        Optional<PlaybookEntry> draft = draft();
        if (draft.isEmpty()) {
            show(List.of(new FieldProblem("priority", "The priority is a number from 0 to " + PlaybookService.MAX_PRIORITY + ".")));
            message.set("Not saved: see what needs fixing above.");
            return;
        }
        PlaybookEntry rule = draft.get();
        saving.set(true);
        background.run(() -> playbook.save(rule), saved -> {
            saving.set(false);
            message.set("Saved " + saved.code() + ".");
            report.accept("Playbook rule saved: " + saved.code());
            load(saved.code());
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                show(invalid.problems());
                message.set("Not saved: see what needs fixing above.");
            } else {
                message.set("Could not save: " + Messages.of(failure));
            }
        });
    }

    /** Moves the chosen situation up (more urgent) or down the order of urgency. */
    public void move(boolean up) {
        if (editing == null || editing.role() != RuleRole.SITUATION) {
            return;
        }
        String moving = editing.code();
        background.run(() -> playbook.moveSituation(moving, up), order -> {
            int place = 1;
            for (PlaybookEntry situation : order) {
                if (situation.code().equals(moving)) {
                    break;
                }
                place++;
            }
            message.set(moving + " is now situation " + place + " of " + order.size() + " in urgency.");
            report.accept("Playbook situation moved: " + moving);
            load(moving);
        }, failure -> message.set("Could not move " + moving + ": " + Messages.of(failure)));
    }

    /** Puts the chosen built-in rule back as Rapport ships it. */
    public void resetToDefault() {
        if (editing == null || !editing.builtIn()) {
            return;
        }
        String resetCode = editing.code();
        background.run(() -> playbook.resetToDefaults(resetCode), restored -> {
            message.set(restored.code() + " is as Rapport ships it again.");
            report.accept("Playbook rule reset: " + restored.code());
            load(restored.code());
        }, failure -> message.set("Could not reset: " + Messages.of(failure)));
    }

    /** Saves the custom fields every brief shows, as typed (tidied by the service). */
    public void saveShownFields() {
        List<String> names = List.of(shownFields.get().split(","));
        background.run(() -> playbook.showFieldsInBrief(names), kept -> {
            shownFields.set(String.join(", ", kept));
            message.set(kept.isEmpty() ? "Briefs show no custom fields." : "Briefs show " + String.join(", ", kept) + " with the client's name.");
            report.accept("Fields shown in the brief saved");
        }, failure -> message.set("Could not save the fields: " + Messages.of(failure)));
    }

    private void switchRule(Rule rule, boolean on) {
        String ruleCode = rule.entry.code();
        background.run(() -> playbook.setEnabled(ruleCode, on), saved -> {
            rule.entry = saved;
            if (editing != null && editing.code().equals(ruleCode)) {
                editing = saved;
            }
            message.set(ruleCode + (on ? " is on." : " is off."));
            report.accept("Playbook rule " + ruleCode + (on ? " switched on" : " switched off"));
        }, failure -> {
            rule.setQuietly(!on);
            message.set("Could not switch " + ruleCode + (on ? " on: " : " off: ") + Messages.of(failure));
        });
    }

    /** Marks each field's first problem; a problem of no field of the form goes to the message. */
    private void show(List<FieldProblem> found) {
        for (FieldProblem problem : found) {
            if (FIELDS.contains(problem.field())) {
                problems.putIfAbsent(problem.field(), problem.message());
            } else {
                message.set(problem.message());
            }
        }
    }
}
