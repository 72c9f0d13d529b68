package app.rapport.service;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.EditedFields;
import app.rapport.domain.Ids;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.RefusalReason;
import app.rapport.store.ClientRepository;
import app.rapport.store.OpportunityRepository;
import app.rapport.store.ProductRepository;
import app.rapport.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Requests, refusals, upsell ideas, complaints and referrals. A refusal is as valuable as a sale:
 * it carries a reason from the store's editable list ("Other" wants a few words of its own).
 */
public final class OpportunityService {
    static final String OTHER = "OTHER";
    private static final int SUMMARY_MAX = 2000;
    private static final int LABEL_MAX = 200;

    private final Store store;
    private final Clock clock;

    public OpportunityService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Inserts or updates an opportunity (by id). Needs a client in the book, a kind and a summary;
     * a refusal needs a reason from the list, and "Other" a reason text. A null status is OPEN, a
     * null opened day is today; closing (won, lost, dismissed) sets the closed day to today when
     * none is given. Invalid input is a ValidationException naming each field.
     * <p>
     * An existing opportunity is saved only while the store still has the version it was read at;
     * when another desk saved it since, nothing is written and a {@link RecordConflictException}
     * names who, when, and each field where theirs and this one differ. Returns it as stored.
     */
    public Opportunity save(Opportunity opportunity) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (opportunity.kind() == null) {
            problems.add(new FieldProblem("kind", "Choose what it is: request, refusal, upsell idea, complaint or referral."));
        }
        String summary = text(opportunity.summary());
        if (summary == null) {
            problems.add(new FieldProblem("summary", "Write in a few words what was asked, offered or said."));
        } else if (summary.length() > SUMMARY_MAX) {
            problems.add(new FieldProblem("summary", "The summary is too long: " + summary.length() + " characters, at most " + SUMMARY_MAX + "."));
        }
        String reasonText = text(opportunity.reasonText());
        if (opportunity.kind() == OpportunityKind.REFUSAL && opportunity.reasonCode() == null) {
            problems.add(new FieldProblem("reasonCode", "Choose why they said no."));
        }
        if (OTHER.equals(opportunity.reasonCode()) && reasonText == null) {
            problems.add(new FieldProblem("reasonText", "Say in a few words why they said no."));
        }
        OpportunityStatus status = opportunity.status() == null ? OpportunityStatus.OPEN : opportunity.status();
        LocalDate opened = opportunity.openedOn() == null ? today : opportunity.openedOn();
        LocalDate closed = status == OpportunityStatus.OPEN ? null : opportunity.closedOn() == null ? today : opportunity.closedOn();
        if (closed != null && closed.isBefore(opened)) {
            problems.add(new FieldProblem("closedOn", "It cannot close (" + closed + ") before it opened (" + opened + ")."));
        }
        return store.inTransaction(dsl -> {
            OpportunityRepository opportunities = new OpportunityRepository(dsl);
            var stored = opportunity.id() == null ? java.util.Optional.<Opportunity>empty() : opportunities.find(opportunity.id());
            UUID clientId = stored.map(Opportunity::clientId).orElse(opportunity.clientId());
            if (stored.isEmpty() && (clientId == null || !new ClientRepository(dsl).isActive(clientId))) {
                problems.add(0, new FieldProblem("clientId", "This client no longer exists or is in the trash."));
            }
            if (opportunity.reasonCode() != null
                    && opportunities.reasons().stream().noneMatch(r -> r.code().equals(opportunity.reasonCode()))) {
                problems.add(new FieldProblem("reasonCode", "'" + opportunity.reasonCode() + "' is not in the list of refusal reasons."));
            }
            if (opportunity.productId() != null && !new ProductRepository(dsl).exists(opportunity.productId())) {
                problems.add(new FieldProblem("productId", "This product is no longer in the catalog."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Opportunity tidy = new Opportunity(stored.map(Opportunity::id).orElse(opportunity.id() == null ? Ids.next() : opportunity.id()),
                    clientId, opportunity.kind(), status, opportunity.productId(), opportunity.reasonCode(), reasonText, summary,
                    opened, closed, opportunity.version());
            if (stored.isPresent()) {
                if (stored.get().version() != tidy.version() || !opportunities.updateIfUnchanged(tidy)) {
                    throw conflict(dsl, tidy);
                }
            } else {
                opportunities.insert(tidy, clock.instant());
            }
            return opportunities.find(tidy.id()).orElseThrow();
        });
    }

    /** Changes only the status (closing today, or reopening); an unknown id is an IllegalArgumentException. */
    public Opportunity setStatus(UUID opportunityId, OpportunityStatus status) {
        Opportunity current = new OpportunityRepository(store.dsl()).find(opportunityId)
                .orElseThrow(() -> new IllegalArgumentException("There is no opportunity with id " + opportunityId));
        return save(new Opportunity(current.id(), current.clientId(), current.kind(), status, current.productId(),
                current.reasonCode(), current.reasonText(), current.summary(), current.openedOn(),
                status == OpportunityStatus.OPEN ? null : current.closedOn(), current.version()));
    }

    /**
     * Undo of this desk's save: puts {@code before} back, but only while the opportunity is still
     * {@code after}, as this desk saved it. When someone changed it since (another desk), nothing is
     * written and an {@link EditConflictException} names who, when, and the fields: theirs as stored
     * now, mine as the undo would have put them back.
     */
    public Opportunity putBack(Opportunity before, Opportunity after) {
        return store.inTransaction(dsl -> {
            OpportunityRepository opportunities = new OpportunityRepository(dsl);
            Opportunity current = opportunities.findForUpdate(after.id())
                    .orElseThrow(() -> new IllegalArgumentException("The opportunity \u201c" + after.summary() + "\u201d was deleted since."));
            Opportunity putBack = before.withVersion(current.version());
            if (!current.equals(after) || !opportunities.updateIfUnchanged(putBack)) {
                throw conflict(dsl, putBack);
            }
            return opportunities.find(after.id()).orElseThrow();
        });
    }

    private RecordConflictException conflict(org.jooq.DSLContext dsl, Opportunity mine) {
        Opportunity theirs = new OpportunityRepository(dsl).find(mine.id()).orElseThrow();
        return RecordConflictException.of(dsl, clock, "opportunity", mine.id(), "\u201c" + theirs.summary() + "\u201d",
                theirs, mine, EditedFields.OPPORTUNITY, (o, field) -> field.equals("productId")
                        ? new ProductRepository(dsl).nameOf(o.productId()) : EditedFields.OPPORTUNITY.text(o, field));
    }

    /** The client's opportunities, newest first (labels of their reasons: {@link #refusalReasons()}). */
    public List<Opportunity> forClient(UUID clientId) {
        return new OpportunityRepository(store.dsl()).forClient(clientId).stream()
                .map(OpportunityRepository.OpportunityLine::opportunity).toList();
    }

    /** The refusal reasons, in the order the owner keeps them. */
    public List<RefusalReason> refusalReasons() {
        return new OpportunityRepository(store.dsl()).reasons();
    }

    /** Adds a refusal reason to the end of the list (its code is made from the label); returns it. */
    public RefusalReason addRefusalReason(String label) {
        String text = text(label);
        if (text == null) {
            throw new ValidationException(List.of(new FieldProblem("label", "Name the reason.")));
        }
        if (text.length() > LABEL_MAX) {
            throw new ValidationException(List.of(new FieldProblem("label", "The reason is too long: " + text.length()
                    + " characters, at most " + LABEL_MAX + ".")));
        }
        return store.inTransaction(dsl -> {
            OpportunityRepository opportunities = new OpportunityRepository(dsl);
            for (RefusalReason existing : opportunities.reasons()) {
                if (existing.label().equalsIgnoreCase(text)) {
                    return existing;
                }
            }
            String base = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
            base = base.isEmpty() ? "REASON" : base.substring(0, Math.min(30, base.length()));
            String code = base;
            for (int n = 2; codeTaken(opportunities, code); n++) {
                code = base + "_" + n;
            }
            RefusalReason reason = new RefusalReason(code, text);
            opportunities.saveReason(reason);
            return reason;
        });
    }

    /** Renames a reason; the refusals that carry it keep it. */
    public void renameRefusalReason(String code, String label) {
        String text = text(label);
        if (text == null || text.length() > LABEL_MAX) {
            throw new ValidationException(List.of(new FieldProblem("label", text == null ? "Name the reason."
                    : "The reason is too long: " + text.length() + " characters, at most " + LABEL_MAX + ".")));
        }
        store.inTransaction(dsl -> {
            new OpportunityRepository(dsl).saveReason(new RefusalReason(code, text));
            return null;
        });
    }

    private static boolean codeTaken(OpportunityRepository opportunities, String code) {
        return opportunities.reasons().stream().anyMatch(r -> r.code().equals(code));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
