package app.rapport.service;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Ids;
import app.rapport.store.ClientRepository;
import app.rapport.store.FollowUpRepository;
import app.rapport.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Promised next contacts. A follow-up is done when a touchpoint on or after its day is logged
 * ({@link TouchpointService#log}); one that no longer applies can be dismissed.
 */
public final class FollowUpService {
    private static final int REASON_MAX = 1000;

    private final Store store;
    private final Clock clock;

    public FollowUpService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A new follow-up for the client on {@code dueOn}, for {@code reason}. A missing or past day,
     * a blank or too long reason, or a client not in the book is a ValidationException.
     */
    public FollowUp create(UUID clientId, LocalDate dueOn, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (dueOn == null) {
            problems.add(new FieldProblem("dueOn", "Enter the day to follow up."));
        } else if (dueOn.isBefore(today)) {
            problems.add(new FieldProblem("dueOn", "The follow-up day (" + dueOn + ") has passed; choose today or later."));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("reason", "Say what to follow up on."));
        } else if (text.length() > REASON_MAX) {
            problems.add(new FieldProblem("reason", "The reason is too long: " + text.length() + " characters, at most " + REASON_MAX + "."));
        }
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            if (clientId == null || !new ClientRepository(dsl).isActive(clientId)) {
                problems.add(0, new FieldProblem("clientId", "This client no longer exists or is in the trash."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            FollowUp followUp = new FollowUp(Ids.next(), clientId, dueOn, text, null);
            new FollowUpRepository(dsl).insert(followUp, null, now);
            return followUp;
        });
    }

    /** Closes an open follow-up that no longer applies; an unknown id is an IllegalArgumentException. */
    public void dismiss(UUID followUpId) {
        store.inTransaction(dsl -> {
            FollowUpRepository followUps = new FollowUpRepository(dsl);
            FollowUp followUp = followUps.find(followUpId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no follow-up with id " + followUpId));
            followUps.dismiss(followUpId, followUp.clientId(), clock.instant());
            return null;
        });
    }

    /** The client's follow-ups, open and done, by due day. */
    public List<FollowUp> forClient(UUID clientId) {
        return new FollowUpRepository(store.dsl()).forClient(clientId);
    }
}
