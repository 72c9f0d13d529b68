package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Ids;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.Purchase;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.TimelinePage;
import app.rapport.domain.Touchpoint;
import app.rapport.store.ClientRepository;
import app.rapport.store.NoteRepository;
import app.rapport.store.OpportunityRepository;
import app.rapport.store.PurchaseRepository;
import app.rapport.store.Store;
import app.rapport.store.TouchpointRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Logging touchpoints, and the timeline of everything that happened with a client. */
public final class TouchpointService {
    /** How many entries a timeline page shows: a screenful many times over, and quick to read. */
    public static final int TIMELINE_PAGE_SIZE = 200;
    static final String FOLLOW_UP_REASON = "Follow up on: ";
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final int SUMMARY_MAX = 4000;
    private static final int OUTCOME_MAX = 2000;
    private static final int REASON_MAX = 1000;
    private static final LocalTime DAY_EVENTS_AT = LocalTime.NOON;
    private static final String SEPARATOR = " \u00b7 ";
    private static final String DETAIL_SEPARATOR = " \u2014 ";
    /**
     * Entries at the same moment by kind, then by id, highest first as the database orders them
     * (unsigned, unlike UUID.compareTo), so that each kind's newest rows are the ones a page needs.
     */
    private static final Comparator<UUID> UNSIGNED_ID_ORDER = TouchpointService::compareUnsigned;
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at).reversed()
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::sourceId, UNSIGNED_ID_ORDER.reversed());

    private final Store store;
    private final Clock clock;

    public TouchpointService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Saves a new touchpoint in one transaction: the touchpoint, the client's last-touchpoint
     * time, a follow-up when followUpOn is set, and closes the client's open follow-ups due on or
     * before its day. A blank summary, an unknown client or a time more than a day in the future
     * is a ValidationException.
     * <p>
     * A null id gets a new one; a null direction is OUTBOUND. The day of a touchpoint is its
     * calendar day in the clock's zone, the user's; a follow-up cannot be due before it. Returns
     * the touchpoint as stored.
     * <p>
     * A touchpoint with the id of a pending call ({@link CallService#ring}) completes that call:
     * the pending call goes in the same transaction, so the call is recorded once. An id that is
     * stored already (the call logged from another form) is a ValidationException.
     */
    public Touchpoint log(Touchpoint touchpoint) {
        List<FieldProblem> problems = problems(touchpoint);
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            if (touchpoint.clientId() == null || !new ClientRepository(dsl).isActive(touchpoint.clientId())) {
                problems.add(0, new FieldProblem("clientId", "Choose a client: this one does not exist or is in the trash."));
            }
            TouchpointRepository touchpoints = new TouchpointRepository(dsl);
            if (touchpoint.id() != null && touchpoints.exists(touchpoint.id())) {
                problems.add(0, new FieldProblem("id", "This call is logged already: it is on the client's timeline."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Touchpoint stored = new Touchpoint(touchpoint.id() == null ? Ids.next() : touchpoint.id(), touchpoint.clientId(),
                    touchpoint.occurredAt(), touchpoint.channel(),
                    touchpoint.direction() == null ? Direction.OUTBOUND : touchpoint.direction(),
                    touchpoint.summary().strip(), text(touchpoint.outcome()), touchpoint.mood(), touchpoint.followUpOn(),
                    touchpoint.conversationType());
            FollowUp followUp = null;
            if (stored.followUpOn() != null) {
                String reason = FOLLOW_UP_REASON + stored.summary();
                if (reason.length() > REASON_MAX) {
                    reason = reason.substring(0, REASON_MAX - 1) + "\u2026";
                }
                followUp = new FollowUp(Ids.next(), stored.clientId(), stored.followUpOn(), reason, null);
            }
            touchpoints.insertLogged(stored, now, dayOf(stored.occurredAt()), followUp);
            return stored;
        });
    }

    private List<FieldProblem> problems(Touchpoint touchpoint) {
        List<FieldProblem> problems = new ArrayList<>();
        if (touchpoint.occurredAt() == null) {
            problems.add(new FieldProblem("occurredAt", "Enter when it happened."));
        } else if (touchpoint.occurredAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            problems.add(new FieldProblem("occurredAt", "It cannot have happened more than a day from now ("
                    + touchpoint.occurredAt() + "); log it once it happened."));
        }
        if (touchpoint.channel() == null) {
            problems.add(new FieldProblem("channel", "Choose how it happened: visit, meeting, call, email or message."));
        }
        String summary = touchpoint.summary();
        if (summary == null || summary.isBlank()) {
            problems.add(new FieldProblem("summary", "Write a short summary of what happened."));
        } else if (summary.strip().length() > SUMMARY_MAX) {
            problems.add(new FieldProblem("summary", "The summary is too long: " + summary.strip().length()
                    + " characters, at most " + SUMMARY_MAX + "."));
        }
        String outcome = text(touchpoint.outcome());
        if (outcome != null && outcome.length() > OUTCOME_MAX) {
            problems.add(new FieldProblem("outcome", "The outcome is too long: " + outcome.length()
                    + " characters, at most " + OUTCOME_MAX + "."));
        }
        if (touchpoint.followUpOn() != null && touchpoint.occurredAt() != null
                && touchpoint.followUpOn().isBefore(dayOf(touchpoint.occurredAt()))) {
            problems.add(new FieldProblem("followUpOn", "The follow-up (" + touchpoint.followUpOn()
                    + ") cannot be before the touchpoint (" + dayOf(touchpoint.occurredAt()) + ")."));
        }
        return problems;
    }

    /**
     * Touchpoints, purchases, notes and opportunities of one client, newest first, limited to
     * the given kinds and (for touchpoints) channels; empty sets mean "all". One query per kind.
     * Purchases and opportunities, which have a day but no time, are placed at 12:00 in the clock's zone.
     * Reads every entry the client has: the window asks for a {@link #timelinePage} instead.
     */
    public List<TimelineEntry> timeline(UUID clientId, Set<TimelineKind> kinds, Set<Channel> channels) {
        return entries(clientId, kinds, channels, Integer.MAX_VALUE);
    }

    /**
     * The newest {@code limit} entries of {@link #timeline} (the same entries in the same order),
     * and whether the client has older ones. Each kind's query reads at most limit + 1 rows, so a
     * client with 5,000 touchpoints opens as quickly as one with 200.
     */
    public TimelinePage timelinePage(UUID clientId, Set<TimelineKind> kinds, Set<Channel> channels, int limit) {
        if (limit < 1 || limit == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("A timeline page holds 1 to " + (Integer.MAX_VALUE - 1) + " entries, not " + limit + ".");
        }
        // One more than the page from each kind: if every kind has at most `limit` entries, the
        // merged list holds them all and its size alone says whether there are older ones.
        return TimelinePage.firstOf(entries(clientId, kinds, channels, limit + 1), limit);
    }

    /** The newest {@code perKind} entries of each wanted kind, merged newest first. */
    private List<TimelineEntry> entries(UUID clientId, Set<TimelineKind> kinds, Set<Channel> channels, int perKind) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (wanted(kinds, TimelineKind.TOUCHPOINT)) {
            for (TouchpointRepository.TouchpointLine line : new TouchpointRepository(store.dsl()).newestLinesForClient(clientId, channels, perKind)) {
                Touchpoint t = line.touchpoint();
                entries.add(new TimelineEntry(TimelineKind.TOUCHPOINT, t.occurredAt(),
                        t.channel().label() + SEPARATOR + t.direction().name().toLowerCase(Locale.ROOT),
                        join(t.summary(), t.outcome()), t.channel(), t.mood(), t.id(), t.conversationType(), line.author()));
            }
        }
        if (wanted(kinds, TimelineKind.PURCHASE)) {
            for (PurchaseRepository.PurchaseLine line : new PurchaseRepository(store.dsl()).newestLinesForClient(clientId, perKind)) {
                Purchase p = line.purchase();
                String what = line.productName() != null ? line.productName() : p.description();
                String title = p.amount() == null ? what : what + SEPARATOR + p.amount().toPlainString();
                String detail = line.productName() != null ? p.description() : null;
                if (p.warrantyUntil() != null) {
                    detail = join(detail, "Warranty until " + p.warrantyUntil());
                }
                if (p.renewalOn() != null) {
                    detail = join(detail, "Renewal on " + p.renewalOn());
                }
                entries.add(new TimelineEntry(TimelineKind.PURCHASE, atNoon(p.purchasedOn()), title, detail, null, null, p.id(), null,
                        line.author()));
            }
        }
        if (wanted(kinds, TimelineKind.NOTE)) {
            for (NoteRepository.NoteLine line : new NoteRepository(store.dsl()).newestForClient(clientId, perKind)) {
                Note n = line.note();
                entries.add(new TimelineEntry(TimelineKind.NOTE, n.createdAt(), n.pinned() ? "Pinned note" : "Note", n.body(),
                        null, null, n.id(), null, line.author()));
            }
        }
        if (wanted(kinds, TimelineKind.OPPORTUNITY)) {
            for (OpportunityRepository.OpportunityLine line : new OpportunityRepository(store.dsl()).newestForClient(clientId, perKind)) {
                Opportunity o = line.opportunity();
                String reason = o.reasonText() != null && !o.reasonText().isBlank() ? o.reasonText() : line.reasonLabel();
                entries.add(new TimelineEntry(TimelineKind.OPPORTUNITY, atNoon(o.openedOn()),
                        capitalised(o.kind().name()) + SEPARATOR + o.status().name().toLowerCase(Locale.ROOT),
                        join(o.summary(), reason), null, null, o.id(), null, line.author()));
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    private static int compareUnsigned(UUID first, UUID second) {
        int high = Long.compareUnsigned(first.getMostSignificantBits(), second.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(first.getLeastSignificantBits(), second.getLeastSignificantBits());
    }

    private static boolean wanted(Set<TimelineKind> kinds, TimelineKind kind) {
        return kinds == null || kinds.isEmpty() || kinds.contains(kind);
    }

    /** The calendar day of an instant where the user is (the clock's zone), as the form shows it. */
    private LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    private Instant atNoon(LocalDate day) {
        return day.atTime(DAY_EVENTS_AT).atZone(clock.getZone()).toInstant();
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + DETAIL_SEPARATOR + second;
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
