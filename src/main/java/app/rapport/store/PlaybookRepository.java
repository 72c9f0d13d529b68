package app.rapport.store;

import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.RuleRole;
import app.rapport.store.jooq.tables.records.PlaybookRuleRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.PLAYBOOK_RULE;

/** The owner's playbook rules, with their conditions and suggestion as JSON text. */
public final class PlaybookRepository {
    private final DSLContext dsl;

    public PlaybookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(PLAYBOOK_RULE);
    }

    /** Every rule, enabled or not: highest priority first, then by code. */
    public List<PlaybookEntry> all() {
        return dsl.selectFrom(PLAYBOOK_RULE)
                .orderBy(PLAYBOOK_RULE.PRIORITY.desc(), PLAYBOOK_RULE.CODE)
                .fetch(PlaybookRepository::entry);
    }

    /** The enabled rules, in the order of {@link #all()}. */
    public List<PlaybookEntry> enabled() {
        return dsl.selectFrom(PLAYBOOK_RULE)
                .where(PLAYBOOK_RULE.ENABLED.isTrue())
                .orderBy(PLAYBOOK_RULE.PRIORITY.desc(), PLAYBOOK_RULE.CODE)
                .fetch(PlaybookRepository::entry);
    }

    public Optional<PlaybookEntry> find(String code) {
        return dsl.selectFrom(PLAYBOOK_RULE).where(PLAYBOOK_RULE.CODE.eq(code)).fetchOptional(PlaybookRepository::entry);
    }

    public Optional<PlaybookEntry> find(UUID id) {
        return dsl.selectFrom(PLAYBOOK_RULE).where(PLAYBOOK_RULE.ID.eq(id)).fetchOptional(PlaybookRepository::entry);
    }

    /** Whether a rule other than {@code except} (null: any rule) has this code. */
    public boolean codeTaken(String code, UUID except) {
        return dsl.fetchExists(PLAYBOOK_RULE, except == null
                ? PLAYBOOK_RULE.CODE.eq(code)
                : PLAYBOOK_RULE.CODE.eq(code).and(PLAYBOOK_RULE.ID.ne(except)));
    }

    /** Makes a built-in rule the owner's own (a release no longer ships it, but the owner had edited it). */
    public void makeOwn(UUID id) {
        dsl.update(PLAYBOOK_RULE).set(PLAYBOOK_RULE.BUILT_IN, false).where(PLAYBOOK_RULE.ID.eq(id)).execute();
    }

    public void insert(PlaybookEntry rule) {
        dsl.insertInto(PLAYBOOK_RULE)
                .set(PLAYBOOK_RULE.ID, rule.id())
                .set(PLAYBOOK_RULE.CODE, rule.code())
                .set(PLAYBOOK_RULE.TITLE, rule.title())
                .set(PLAYBOOK_RULE.DESCRIPTION, rule.description())
                .set(PLAYBOOK_RULE.ENABLED, rule.enabled())
                .set(PLAYBOOK_RULE.PRIORITY, rule.priority())
                .set(PLAYBOOK_RULE.CONDITIONS, rule.conditions())
                .set(PLAYBOOK_RULE.SUGGESTION, rule.suggestion())
                .set(PLAYBOOK_RULE.BUILT_IN, rule.builtIn())
                .set(PLAYBOOK_RULE.UPDATED_AT, rule.updatedAt())
                .set(PLAYBOOK_RULE.ROLE, rule.role().code())
                .set(PLAYBOOK_RULE.BECAUSE, rule.because())
                .execute();
    }

    /** Saves everything but the id and whether the rule is built in. */
    public void update(PlaybookEntry rule) {
        dsl.update(PLAYBOOK_RULE)
                .set(PLAYBOOK_RULE.CODE, rule.code())
                .set(PLAYBOOK_RULE.TITLE, rule.title())
                .set(PLAYBOOK_RULE.DESCRIPTION, rule.description())
                .set(PLAYBOOK_RULE.ENABLED, rule.enabled())
                .set(PLAYBOOK_RULE.PRIORITY, rule.priority())
                .set(PLAYBOOK_RULE.CONDITIONS, rule.conditions())
                .set(PLAYBOOK_RULE.SUGGESTION, rule.suggestion())
                .set(PLAYBOOK_RULE.UPDATED_AT, rule.updatedAt())
                .set(PLAYBOOK_RULE.ROLE, rule.role().code())
                .set(PLAYBOOK_RULE.BECAUSE, rule.because())
                .where(PLAYBOOK_RULE.ID.eq(rule.id()))
                .execute();
    }

    /** The ids of the rules the owner has edited or reordered since they were last reset: a release leaves those as they are. */
    public java.util.Set<UUID> editedByOwner() {
        return new java.util.HashSet<>(dsl.select(PLAYBOOK_RULE.ID).from(PLAYBOOK_RULE).where(PLAYBOOK_RULE.EDITED_BY_OWNER.isTrue())
                .fetch(PLAYBOOK_RULE.ID));
    }

    /** Marks the rule as the owner's version (edited or reordered), or, after a reset, as the release's again. */
    public void markEditedByOwner(UUID id, boolean edited) {
        dsl.update(PLAYBOOK_RULE).set(PLAYBOOK_RULE.EDITED_BY_OWNER, edited).where(PLAYBOOK_RULE.ID.eq(id)).execute();
    }

    /** Deletes the rule with this id. */
    public void delete(UUID id) {
        dsl.deleteFrom(PLAYBOOK_RULE).where(PLAYBOOK_RULE.ID.eq(id)).execute();
    }

    /** Switches a rule on or off; false when there is no rule with that code. */
    public boolean setEnabled(String code, boolean enabled, Instant at) {
        return dsl.update(PLAYBOOK_RULE)
                .set(PLAYBOOK_RULE.ENABLED, enabled)
                .set(PLAYBOOK_RULE.UPDATED_AT, at)
                .where(PLAYBOOK_RULE.CODE.eq(code))
                .execute() > 0;
    }

    private static PlaybookEntry entry(PlaybookRuleRecord r) {
        return new PlaybookEntry(r.getId(), r.getCode(), r.getTitle(), r.getDescription(), r.getEnabled(), r.getPriority(),
                r.getConditions(), r.getSuggestion(), r.getBuiltIn(), r.getUpdatedAt(),
                RuleRole.fromCode(r.getRole()).orElse(RuleRole.COLOUR), r.getBecause());
    }
}
