package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.DisplayFormat;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefCritic;
import app.rapport.domain.brief.BriefEngine;
import app.rapport.domain.brief.BriefInput;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Playbook;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.PlaybookRule;
import app.rapport.store.PlaybookJson;
import app.rapport.store.ClientRepository;
import app.rapport.store.CompetitorRepository;
import app.rapport.store.FollowUpRepository;
import app.rapport.store.NoteRepository;
import app.rapport.store.OpportunityRepository;
import app.rapport.store.ProductRepository;
import app.rapport.store.PurchaseRepository;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.TouchpointRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The pre-call brief of a client: everything is read from the store, then the brief engine decides. */
public final class BriefService {
    private static final int NAME_CANDIDATES = 20;

    private final Store store;
    private final Clock clock;
    private final Locale userLocale;
    private volatile boolean playbookSeeded;

    private volatile ParsedPlaybook parsedPlaybook;

    /** Dates written in British English unless a setting chooses otherwise, as the tests are written. */
    public BriefService(Store store, Clock clock) {
        this(store, clock, DisplayFormat.BRITISH.locale());
    }

    /** {@code userLocale}: how the user reads dates and amounts unless the setting {@value DisplayFormat#LOCALE_SETTING} says otherwise. */
    public BriefService(Store store, Clock clock, Locale userLocale) {
        this.store = store;
        this.clock = clock;
        this.userLocale = userLocale;
    }

    /** The brief of the client as of now; empty when there is no such client (or it is in the trash). */
    public Optional<Brief> brief(UUID clientId) {
        return input(clientId).map(input -> BriefEngine.build(input, clock.instant()));
    }

    /**
     * The brief of the client as of {@code at}; empty when there is no such client (or it is in the
     * trash). A past {@code at} reads the client's records as they stood then ({@link #inputAsOf}).
     */
    public Optional<Brief> brief(UUID clientId, Instant at) {
        return inputAt(clientId, at).map(input -> BriefEngine.build(input, at));
    }

    /** What a brief at {@code at} reads: the records as they stood then when it is past, all of them otherwise. */
    private Optional<BriefInput> inputAt(UUID clientId, Instant at) {
        return at.isBefore(clock.instant()) ? inputAsOf(clientId, at) : input(clientId);
    }

    /** A brief built with a rule being edited, and the rule's conditions that do not hold for the client (none: it applies). */
    public record Preview(Brief brief, List<String> unmetConditions) {
        public Preview {
            unmetConditions = List.copyOf(unmetConditions);
        }
    }

    /**
     * The client's brief as it would be with {@code draft} in the playbook, switched on, in place of
     * the rule coded {@code replacing} (null or unknown: added): the playbook editor's preview, before
     * anything is saved. The draft must be a rule the engine can read ({@link PlaybookService#check}).
     */
    public Optional<Preview> preview(UUID clientId, String replacing, PlaybookEntry draft) {
        PlaybookRule editedRule = new PlaybookRule(draft.code(), draft.title(), draft.priority(), true, draft.role(),
                draft.because() == null || draft.because().isBlank() ? null : draft.because().strip(),
                PlaybookJson.object(draft.conditions()), PlaybookJson.object(draft.suggestion()));
        return input(clientId).map(input -> {
            List<PlaybookRule> rules = new ArrayList<>();
            boolean placed = false;
            for (PlaybookRule rule : input.playbook().rules()) {
                if (rule.code().equals(replacing) || rule.code().equals(draft.code())) {
                    if (!placed) {
                        rules.add(editedRule);
                        placed = true;
                    }
                } else {
                    rules.add(rule);
                }
            }
            if (!placed) {
                rules.add(editedRule);
            }
            Instant now = clock.instant();
            BriefInput edited = input.withPlaybook(new Playbook(rules));
            return new Preview(BriefEngine.build(edited, now), BriefEngine.unmetConditions(editedRule, edited, now));
        });
    }

    /** What the brief critic found over a whole book: how many briefs it read, and every incoherence. */
    public record Check(int briefs, List<BriefCritic.Incoherence> incoherences) {
    }

    /**
     * Builds the brief of every client (not in the trash) as of {@code at} and reads each with the
     * brief critic; {@code progress} hears how many are done of how many.
     */
    public Check check(Instant at, java.util.function.BiConsumer<Integer, Integer> progress) {
        return check(at, true, progress);
    }

    /** {@link #check(Instant, java.util.function.BiConsumer)} as of now, on everything the store holds. */
    public Check check(java.util.function.BiConsumer<Integer, Integer> progress) {
        return check(clock.instant(), false, progress);
    }

    private Check check(Instant at, boolean asTheyStood, java.util.function.BiConsumer<Integer, Integer> progress) {
        List<UUID> ids = new ClientRepository(store.dsl()).activeIds();
        List<BriefCritic.Incoherence> found = new ArrayList<>();
        int done = 0;
        for (UUID id : ids) {
            Optional<BriefInput> input = asTheyStood ? inputAt(id, at) : input(id);
            if (input.isPresent()) {
                found.addAll(BriefCritic.check(input.get(), BriefEngine.build(input.get(), at)));
            }
            progress.accept(++done, ids.size());
        }
        return new Check(done, found);
    }

    /** What the engine reads for the client, in one read transaction; also for benchmarks and tests. */
    public Optional<BriefInput> input(UUID clientId) {
        return input(clientId, null);
    }

    /**
     * What the engine read for the client at {@code at}, each record by its own time: touchpoints
     * that had happened, notes written, purchases made and competitor links noted by then;
     * opportunities opened by then, still open if they closed later; follow-ups made by then, open
     * if they were closed later. The client's profile and the playbook are as they are now.
     */
    public Optional<BriefInput> inputAsOf(UUID clientId, Instant at) {
        return input(clientId, java.util.Objects.requireNonNull(at, "at"));
    }

    private Optional<BriefInput> input(UUID clientId, Instant asOf) {
        seedPlaybook();
        LocalDate day = asOf == null ? null : LocalDate.ofInstant(asOf, clock.getZone());
        return store.inTransaction(dsl -> {
            Optional<Client> client = new ClientRepository(dsl).find(clientId);
            if (client.isEmpty()) {
                return Optional.<BriefInput>empty();
            }
            List<Touchpoint> conversations = new TouchpointRepository(dsl).conversationsWithClient(clientId);
            boolean dayStillAhead = asOf != null && soldLaterThatDay(conversations, asOf, day, clock.getZone());
            List<Purchase> purchases = new PurchaseRepository(dsl).forClient(clientId).stream()
                    .filter(p -> day == null || p.purchasedOn() == null
                            || p.purchasedOn().isBefore(day) || p.purchasedOn().equals(day) && !dayStillAhead).toList();
            List<Opportunity> opportunities = new OpportunityRepository(dsl).forClient(clientId).stream()
                    .map(OpportunityRepository.OpportunityLine::opportunity)
                    .filter(o -> day == null || o.openedOn() == null || !o.openedOn().isAfter(day))
                    .map(o -> day == null || o.closedOn() == null || !o.closedOn().isAfter(day) ? o
                            : new Opportunity(o.id(), o.clientId(), o.kind(), OpportunityStatus.OPEN, o.productId(), null, null,
                                    o.summary(), o.openedOn(), null))
                    .toList();
            Set<UUID> productIds = new HashSet<>();
            purchases.forEach(p -> {
                if (p.productId() != null) {
                    productIds.add(p.productId());
                }
            });
            opportunities.forEach(o -> {
                if (o.productId() != null) {
                    productIds.add(o.productId());
                }
            });
            List<String> settingProblems = new ArrayList<>();
            BriefSettings settings = BriefSettings.from(new SettingRepository(dsl).all(), userLocale, settingProblems);
            CompetitorRepository competitors = new CompetitorRepository(dsl);
            List<BriefInput.LinkedCompetitor> linked = competitors.linkedTo(clientId, day).stream()
                    .map(c -> new BriefInput.LinkedCompetitor(c.competitor(), c.link(), c.swot())).toList();
            return Optional.of(new BriefInput(
                    client.get(),
                    purchases,
                    new ProductRepository(dsl).byIds(productIds),
                    conversations.stream().filter(t -> asOf == null || !t.occurredAt().isAfter(asOf)).toList(),
                    new NoteRepository(dsl).forClient(clientId).stream()
                            .filter(n -> asOf == null || !n.createdAt().isAfter(asOf)).toList(),
                    opportunities,
                    asOf == null ? new FollowUpRepository(dsl).forClient(clientId) : new FollowUpRepository(dsl).forClientAsOf(clientId, asOf),
                    linked,
                    linked.isEmpty() ? List.of() : competitors.ours(Quadrant.STRENGTH),
                    settings,
                    playbook(dsl, settingProblems),
                    clock.getZone(),
                    settingProblems));
        });
    }

    /**
     * Whether a purchase dated {@code day}, the day of {@code asOf}, was made after that moment. A
     * purchase holds only its day, so the day's contacts place it: when the client was with us or spoke to us that
     * day only after the moment (the visit at 10:15 where it was sold, for a brief read at 09:00), it
     * had not happened yet. A day with no contact, or with one by the moment, keeps it.
     */
    private static boolean soldLaterThatDay(List<Touchpoint> conversations, Instant asOf, LocalDate day, java.time.ZoneId zone) {
        boolean later = false;
        for (Touchpoint t : conversations) {
            // Our own note sent that day sells nothing: only a contact where they were with us, or spoke to us, can.
            boolean theirs = t.direction() == Direction.INBOUND || t.channel() == Channel.VISIT || t.channel() == Channel.CALL;
            if (!theirs || !LocalDate.ofInstant(t.occurredAt(), zone).equals(day)) {
                continue;
            }
            if (!t.occurredAt().isAfter(asOf)) {
                return false;
            }
            later = true;
        }
        return later;
    }

    /**
     * The rules briefs are built with: the enabled rules of the store's playbook (the built-in rules
     * until the owner changes them). A rule whose stored JSON cannot be read is left out; a brief says so.
     */
    public Playbook playbook() {
        seedPlaybook();
        return store.inTransaction(dsl -> PlaybookService.playbook(dsl, new ArrayList<>()));
    }

    /** The parsed playbook of one playbook generation, with what was wrong with its rules. */
    private record ParsedPlaybook(long generation, Playbook playbook, List<String> problems) {
    }

    /**
     * The enabled rules, read and parsed once per change of the playbook rather than for every
     * brief (they are the larger part of a brief's reading); their problems join the brief's.
     */
    private Playbook playbook(org.jooq.DSLContext dsl, List<String> problems) {
        ParsedPlaybook cached = parsedPlaybook;
        long generation = store.playbookGeneration();
        if (cached == null || cached.generation() != generation) {
            List<String> ruleProblems = new ArrayList<>();
            cached = new ParsedPlaybook(generation, PlaybookService.playbook(dsl, ruleProblems), List.copyOf(ruleProblems));
            parsedPlaybook = cached;
        }
        problems.addAll(cached.problems());
        return cached.playbook();
    }

    private void seedPlaybook() {
        if (!playbookSeeded) {
            PlaybookService.seedIfEmpty(store, clock);
            playbookSeeded = true;
        }
    }

    /**
     * The clients {@code idOrName} may mean: the client with that id, else the one whose name is
     * exactly that (ignoring case), else every client whose name matches it by prefix. One
     * element means it is unambiguous; none, that no client matches.
     */
    public List<ClientSummary> candidates(String idOrName) {
        String text = idOrName == null ? "" : idOrName.strip();
        ClientRepository clients = new ClientRepository(store.dsl(), store.searchIndex());
        try {
            UUID id = UUID.fromString(text);
            return clients.find(id).map(c -> List.of(new ClientSummary(c.id(), c.displayName(), c.companyName(), null, null,
                    c.tags(), c.lastTouchpointAt(), null))).orElse(List.of());
        } catch (IllegalArgumentException notAnId) {
            // a name, then
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<ClientSummary> matches = clients.search(text, NAME_CANDIDATES);
        List<ClientSummary> exact = matches.stream()
                .filter(c -> c.displayName().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))).toList();
        return exact.isEmpty() ? matches : exact;
    }
}
