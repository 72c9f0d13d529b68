package app.rapport.service;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.brief.BriefEngine;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Playbook;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.PlaybookRule;
import app.rapport.store.PlaybookJson;
import app.rapport.store.PlaybookRepository;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The owner's playbook: the rules briefs are built with, kept in the store. A store whose playbook is
 * empty gets the built-in rules ({@link PlaybookJson#defaults()}) the first time it is used.
 */
public final class PlaybookService {
    public static final int MAX_PRIORITY = 1000;
    /** The fingerprint of the built-in rules a store's playbook was last filled with. */
    static final String BUILT_IN_VERSION_SETTING = "playbook.builtIn";
    private static final Pattern CODE = Pattern.compile("[a-z0-9.-]+");

    private final Store store;
    private final Clock clock;

    public PlaybookService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every rule, enabled or not: highest priority first, then by code. */
    public List<PlaybookEntry> list() {
        seedIfEmpty(store, clock);
        return new PlaybookRepository(store.dsl()).all();
    }

    public Optional<PlaybookEntry> find(String code) {
        seedIfEmpty(store, clock);
        return new PlaybookRepository(store.dsl()).find(code);
    }

    /** Switches a rule on or off; an IllegalArgumentException when there is no such rule. */
    public PlaybookEntry setEnabled(String code, boolean enabled) {
        seedIfEmpty(store, clock);
        return writingRules(dsl -> {
            PlaybookRepository rules = new PlaybookRepository(dsl);
            if (!rules.setEnabled(code, enabled, clock.instant())) {
                throw new IllegalArgumentException("There is no playbook rule " + code + ".");
            }
            return rules.find(code).orElseThrow();
        });
    }

    /**
     * Adds the rule (no id, or an id no rule has) or saves it over the rule with its id. Whether a rule is
     * built in never changes here, nor does a built-in rule's code. Problems are a ValidationException.
     */
    public PlaybookEntry save(PlaybookEntry rule) {
        seedIfEmpty(store, clock);
        PlaybookEntry clean = normalized(rule);
        List<FieldProblem> problems = new ArrayList<>(check(clean));
        return writingRules(dsl -> {
            PlaybookRepository rules = new PlaybookRepository(dsl);
            Optional<PlaybookEntry> existing = clean.id() == null ? Optional.empty() : rules.find(clean.id());
            if (!clean.code().isEmpty() && rules.codeTaken(clean.code(), existing.map(PlaybookEntry::id).orElse(null))) {
                problems.add(new FieldProblem("code", "Another rule already has the code " + clean.code() + "."));
            }
            if (existing.isPresent() && existing.get().builtIn() && !existing.get().code().equals(clean.code())) {
                problems.add(new FieldProblem("code", "A built-in rule keeps its code (" + existing.get().code() + ")."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            PlaybookEntry saved = new PlaybookEntry(existing.map(PlaybookEntry::id).orElse(clean.id() == null ? Ids.next() : clean.id()),
                    clean.code(), clean.title(), clean.description(), clean.enabled(), clean.priority(), clean.conditions(),
                    clean.suggestion(), existing.map(PlaybookEntry::builtIn).orElse(false), clock.instant(), clean.role(), clean.because());
            if (existing.isPresent()) {
                rules.update(saved);
                rules.markEditedByOwner(saved.id(), true);
            } else {
                rules.insert(saved);
            }
            return saved;
        });
    }

    /**
     * Moves a situation one place up (more urgent) or down in the order of situations, by swapping
     * its priority with its neighbour's; the order decides which situation owns a call when several
     * apply. Returns the situations in their new order; an IllegalArgumentException when the rule is
     * not a situation, and no change at either end.
     */
    public List<PlaybookEntry> moveSituation(String code, boolean up) {
        seedIfEmpty(store, clock);
        return writingRules(dsl -> {
            PlaybookRepository rules = new PlaybookRepository(dsl);
            List<PlaybookEntry> situations = new ArrayList<>(rules.all().stream()
                    .filter(rule -> rule.role() == app.rapport.domain.brief.RuleRole.SITUATION).toList());
            int at = -1;
            for (int i = 0; i < situations.size(); i++) {
                if (situations.get(i).code().equals(code)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException(code + " is not a situation: only situations are ordered.");
            }
            int other = up ? at - 1 : at + 1;
            if (other < 0 || other >= situations.size()) {
                return situations;
            }
            PlaybookEntry moving = situations.get(at);
            PlaybookEntry neighbour = situations.get(other);
            int movingPriority = neighbour.priority();
            int neighbourPriority = moving.priority();
            if (movingPriority == neighbourPriority) { // equal priorities fall back on order; make the move count
                movingPriority = Math.min(MAX_PRIORITY, Math.max(0, movingPriority + (up ? 1 : -1)));
            }
            rules.update(moving.withPriority(movingPriority, clock.instant()));
            rules.update(neighbour.withPriority(neighbourPriority, clock.instant()));
            rules.markEditedByOwner(moving.id(), true);
            rules.markEditedByOwner(neighbour.id(), true);
            return rules.all().stream().filter(rule -> rule.role() == app.rapport.domain.brief.RuleRole.SITUATION).toList();
        });
    }

    /** The custom fields the owner shows in every brief (with the client's name), in their order. */
    public List<String> fieldsShownInBrief() {
        return store.inTransaction(dsl -> BriefSettings.names(new SettingRepository(dsl).all().get(BriefSettings.CUSTOM_FIELDS_SHOWN)));
    }

    /** Sets the custom fields shown in every brief; blanks and repeats are left out. Returns what was kept. */
    public List<String> showFieldsInBrief(List<String> names) {
        List<String> kept = BriefSettings.names(String.join(",", names));
        store.inTransaction(dsl -> {
            new SettingRepository(dsl).put(BriefSettings.CUSTOM_FIELDS_SHOWN, String.join(", ", kept));
            return null;
        });
        return kept;
    }

    /** Puts a built-in rule back as Rapport ships it (and switches it on); an IllegalArgumentException for any other rule. */
    public PlaybookEntry resetToDefaults(String code) {
        seedIfEmpty(store, clock);
        PlaybookRule original = PlaybookJson.defaults().rules().stream()
                .filter(rule -> code.equals(rule.code())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " is not a built-in rule."));
        return writingRules(dsl -> {
            PlaybookRepository rules = new PlaybookRepository(dsl);
            PlaybookEntry current = rules.find(code)
                    .orElseThrow(() -> new IllegalArgumentException("There is no playbook rule " + code + "."));
            if (!current.builtIn()) {
                throw new IllegalArgumentException(code + " is not a built-in rule.");
            }
            PlaybookEntry reset = entry(original, current.id(), clock);
            rules.update(reset);
            rules.markEditedByOwner(reset.id(), false);
            return reset;
        });
    }

    /**
     * A rule's conditions or suggestion, written as JSON, as a map an editor can change: texts,
     * numbers, booleans, lists and maps. Not a JSON object: an IllegalArgumentException that says why.
     */
    public static Map<String, Object> readRulePart(String json) {
        return PlaybookJson.object(json);
    }

    /** A rule's conditions or suggestion as the JSON the rule keeps (and the advanced tab shows). */
    public static String writeRulePart(Map<String, Object> part) {
        return PlaybookJson.write(part);
    }

    /** What is wrong with the rule, field by field, apart from whether its code is taken; empty when nothing is. */
    public static List<FieldProblem> check(PlaybookEntry rule) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = rule.code() == null ? "" : rule.code().strip();
        if (code.isEmpty()) {
            problems.add(new FieldProblem("code", "Give the rule a code, such as mature.check-in."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "A code uses only lower-case letters, digits, dots and dashes."));
        } else if (code.length() > 100) {
            problems.add(new FieldProblem("code", "A code has at most 100 characters."));
        }
        String title = rule.title() == null ? "" : rule.title().strip();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "Give the rule a title."));
        } else if (title.length() > 300) {
            problems.add(new FieldProblem("title", "A title has at most 300 characters."));
        }
        if (rule.because() != null && rule.because().length() > 1000) {
            problems.add(new FieldProblem("because", "The reason has at most 1000 characters."));
        } else if (rule.because() != null) {
            // The reason takes the same placeholders as the rule's texts.
            BriefEngine.suggestionProblem(Map.of("goal", rule.because()))
                    .ifPresent(message -> problems.add(new FieldProblem("because", Character.toUpperCase(message.charAt(0)) + message.substring(1))));
        }
        if (rule.description() != null && rule.description().length() > 2000) {
            problems.add(new FieldProblem("description", "A description has at most 2000 characters."));
        }
        if (rule.priority() < 0 || rule.priority() > MAX_PRIORITY) {
            problems.add(new FieldProblem("priority", "The priority is a number from 0 to " + MAX_PRIORITY + "."));
        }
        jsonProblem(rule.conditions(), "conditions", false).ifPresent(problems::add);
        jsonProblem(rule.suggestion(), "suggestion", true).ifPresent(problems::add);
        return problems;
    }

    private static Optional<FieldProblem> jsonProblem(String json, String field, boolean suggestion) {
        Map<String, Object> value;
        try {
            value = PlaybookJson.object(json);
            if (value == null) {
                return Optional.of(new FieldProblem(field, "Write a JSON object, such as {}."));
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(new FieldProblem(field, "Not a JSON object: " + e.getMessage().replaceFirst("^Not a JSON object: ", "")));
        }
        if (suggestion && value.isEmpty()) {
            return Optional.of(new FieldProblem(field, "Suggest at least one thing, such as {\"talkingPoints\": [\"...\"]}."));
        }
        return (suggestion ? BriefEngine.suggestionProblem(value) : BriefEngine.conditionsProblem(value))
                .map(message -> new FieldProblem(field, Character.toUpperCase(message.charAt(0)) + message.substring(1)));
    }

    private static PlaybookEntry normalized(PlaybookEntry rule) {
        String description = rule.description() == null || rule.description().isBlank() ? null : rule.description().strip();
        String conditions = rule.conditions() == null || rule.conditions().isBlank() ? "{}" : rule.conditions().strip();
        String suggestion = rule.suggestion() == null ? "" : rule.suggestion().strip();
        String because = rule.because() == null || rule.because().isBlank() ? null : rule.because().strip();
        return new PlaybookEntry(rule.id(), rule.code() == null ? "" : rule.code().strip(), rule.title() == null ? "" : rule.title().strip(),
                description, rule.enabled(), rule.priority(), conditions, suggestion, rule.builtIn(), rule.updatedAt(), rule.role(), because);
    }

    // ---- the playbook in the store -------------------------------------------------------------------

    /** A write to the rules, after which every cached playbook of this store is out of date. */
    private <T> T writingRules(java.util.function.Function<org.jooq.DSLContext, T> work) {
        try {
            return store.inTransaction(work);
        } finally {
            store.playbookChanged();
        }
    }

    /**
     * Fills an empty playbook with the built-in rules, in one transaction. A playbook filled by a
     * Rapport whose built-in rules said something else (the setting keeps their fingerprint) gets this
     * release's: a built-in rule the owner never edited is replaced (keeping its on/off switch) or,
     * when no longer shipped, removed; one the owner edited is left as it is, or becomes the owner's
     * own rule when no longer shipped; rules the owner wrote are not touched.
     */
    static void seedIfEmpty(Store store, Clock clock) {
        synchronized (store) {
            boolean changed = store.inTransaction(dsl -> {
                PlaybookRepository rules = new PlaybookRepository(dsl);
                SettingRepository settings = new SettingRepository(dsl);
                String version = settings.all().get(BUILT_IN_VERSION_SETTING);
                boolean current = PlaybookJson.defaultsFingerprint().equals(version);
                int count = rules.count();
                if (count > 0 && current) {
                    return false;
                }
                Map<String, PlaybookEntry> stored = new HashMap<>();
                java.util.Set<java.util.UUID> edited = count > 0 ? rules.editedByOwner() : java.util.Set.of();
                if (count > 0) {
                    for (PlaybookEntry entry : rules.all()) {
                        stored.put(entry.code(), entry);
                    }
                }
                Map<String, PlaybookRule> shipped = new java.util.LinkedHashMap<>();
                PlaybookJson.defaults().rules().forEach(rule -> shipped.put(rule.code(), rule));
                for (PlaybookEntry old : stored.values()) {
                    if (old.builtIn() && !shipped.containsKey(old.code())) {
                        if (edited.contains(old.id())) {
                            rules.makeOwn(old.id());
                        } else {
                            rules.delete(old.id());
                        }
                    }
                }
                for (PlaybookRule rule : shipped.values()) {
                    PlaybookEntry old = stored.get(rule.code());
                    if (old == null) {
                        rules.insert(entry(rule, Ids.next(), clock));
                    } else if (old.builtIn() && !edited.contains(old.id())) {
                        rules.update(entry(rule, old.id(), clock).withEnabled(old.enabled()));
                    }
                }
                settings.put(BUILT_IN_VERSION_SETTING, PlaybookJson.defaultsFingerprint());
                return true;
            });
            if (changed) {
                store.playbookChanged();
            }
        }
    }

    /**
     * The enabled rules the engine reads, in the order it breaks priority ties by: built-in rules in
     * their shipped order, then the owner's by code. A rule whose stored JSON cannot be read is left
     * out, with a line in {@code problems}.
     */
    static Playbook playbook(DSLContext dsl, List<String> problems) {
        Map<String, Integer> shipped = new HashMap<>();
        List<PlaybookRule> defaults = PlaybookJson.defaults().rules();
        for (int i = 0; i < defaults.size(); i++) {
            shipped.putIfAbsent(defaults.get(i).code(), i);
        }
        List<PlaybookEntry> stored = new ArrayList<>(new PlaybookRepository(dsl).enabled());
        stored.sort(Comparator.comparingInt(entry -> entry.builtIn() ? shipped.getOrDefault(entry.code(), Integer.MAX_VALUE) : Integer.MAX_VALUE));
        List<PlaybookRule> rules = new ArrayList<>();
        for (PlaybookEntry entry : stored) {
            Map<String, Object> conditions;
            Map<String, Object> suggestion;
            try {
                conditions = PlaybookJson.object(entry.conditions());
            } catch (IllegalArgumentException e) {
                problems.add("Rule " + entry.code() + " skipped: its conditions are not valid JSON (" + e.getMessage() + ").");
                continue;
            }
            try {
                suggestion = PlaybookJson.object(entry.suggestion());
            } catch (IllegalArgumentException e) {
                problems.add("Rule " + entry.code() + " skipped: its suggestion is not valid JSON (" + e.getMessage() + ").");
                continue;
            }
            rules.add(new PlaybookRule(entry.code(), entry.title(), entry.priority(), true, entry.role(), entry.because(),
                    conditions, suggestion));
        }
        return new Playbook(rules);
    }

    private static PlaybookEntry entry(PlaybookRule rule, java.util.UUID id, Clock clock) {
        return new PlaybookEntry(id, rule.code(), rule.title(), null, rule.enabled(), rule.priority(),
                PlaybookJson.write(rule.conditions()), PlaybookJson.write(rule.suggestion()), true, clock.instant(), rule.role(), rule.because());
    }
}
