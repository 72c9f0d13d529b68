package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorLinkLine;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.EditedFields;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.PositioningFactor;
import app.rapport.domain.PositioningRating;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.SwotMaps;
import app.rapport.store.ClientRepository;
import app.rapport.store.CompetitorRepository;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Competitors and SWOT maps: the list of competitors, each one's map and ours (competitor id
 * null), which clients are linked to which competitor, and the positioning table. Deleting a
 * competitor or a card is soft, and removing a link hands the link back, so each can be undone.
 */
public final class CompetitorService {
    private static final int MAX_NAME = 300;
    private static final int MAX_FACTOR = 100;

    private final Store store;
    private final Clock clock;

    public CompetitorService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A SWOT map ready to show: whose it is (null: ours), its cards in order, and the names of the clients they cite. */
    public record SwotMap(Competitor competitor, List<SwotItem> cards, Map<UUID, String> clientNames, LocalDate today,
                          int staleAfterDays) {
        public SwotMap {
            cards = List.copyOf(cards);
            clientNames = Map.copyOf(clientNames);
        }

        public String title() {
            return competitor == null ? "Our business" : competitor.name();
        }

        public boolean possiblyStale(SwotItem card) {
            return SwotMaps.possiblyStale(card, today, staleAfterDays);
        }

        public String markdown() {
            return SwotMaps.markdown(competitor == null ? "SWOT map: our business" : "SWOT map: " + competitor.name(),
                    competitor, cards, clientNames, today, staleAfterDays);
        }
    }

    /** The positioning table: factors as rows, us and every competitor as columns (ratings keyed by factor, then competitor). */
    public record Positioning(List<PositioningFactor> factors, List<Competitor> competitors, List<PositioningRating> ratings) {
        public Positioning {
            factors = List.copyOf(factors);
            competitors = List.copyOf(competitors);
            ratings = List.copyOf(ratings);
        }

        /** The cell for the factor and competitor (null: us), or an empty one. */
        public PositioningRating cell(UUID factorId, UUID competitorId) {
            for (PositioningRating rating : ratings) {
                if (rating.factorId().equals(factorId) && java.util.Objects.equals(rating.competitorId(), competitorId)) {
                    return rating;
                }
            }
            return new PositioningRating(factorId, competitorId, null, null);
        }
    }

    // ---- competitors ---------------------------------------------------------------------------

    public List<Competitor> competitors() {
        return new CompetitorRepository(store.dsl()).competitors();
    }

    /** Finds a competitor by id, or by name ignoring case (a unique prefix will do). */
    public Optional<Competitor> find(String idOrName) {
        String text = idOrName == null ? "" : idOrName.strip();
        List<Competitor> all = competitors();
        for (Competitor c : all) {
            if (c.id().toString().equals(text) || c.name().equalsIgnoreCase(text)) {
                return Optional.of(c);
            }
        }
        List<Competitor> prefixed = all.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(text.toLowerCase(Locale.ROOT))).toList();
        return prefixed.size() == 1 && !text.isEmpty() ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /**
     * Validates and saves a new (null or unknown id) or changed competitor; text is stripped and
     * empty text stored as null. A blank or duplicate name is a ValidationException on "name".
     * A competitor another desk saved since this one was read is not overwritten: a
     * {@link RecordConflictException} names who, when and each field. Returns it as stored.
     */
    public Competitor save(Competitor competitor) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(competitor.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "Give the competitor a name."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "The name is too long (at most " + MAX_NAME + " characters)."));
        }
        String website = text(competitor.website());
        if (website != null && website.contains(" ")) {
            problems.add(new FieldProblem("website", "A website has no spaces, e.g. example.com."));
        }
        limit(problems, "area", competitor.area(), 400);
        limit(problems, "notes", competitor.notes(), 4000);
        UUID id = competitor.id() == null ? Ids.next() : competitor.id();
        if (name != null && competitors().stream().anyMatch(c -> !c.id().equals(id) && c.name().equalsIgnoreCase(name))) {
            problems.add(new FieldProblem("name", "There is already a competitor called " + name + "."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Competitor clean = new Competitor(id, name, website, text(competitor.area()), competitor.priceLevel(), text(competitor.notes()),
                competitor.version());
        return store.inTransaction(dsl -> {
            CompetitorRepository repository = new CompetitorRepository(dsl);
            if (!repository.saveCompetitor(clean, clock.instant())) {
                Competitor theirs = repository.findCompetitorIncludingDeleted(id).orElseThrow();
                throw RecordConflictException.of(dsl, clock, "competitor", id, theirs.name(), theirs, clean,
                        EditedFields.COMPETITOR, EditedFields.COMPETITOR::text);
            }
            return repository.findCompetitorIncludingDeleted(id).orElseThrow();
        });
    }

    public void delete(UUID competitorId) {
        store.inTransaction(dsl -> new CompetitorRepository(dsl).deleteCompetitor(competitorId, clock.instant()));
    }

    public void restore(UUID competitorId) {
        store.inTransaction(dsl -> new CompetitorRepository(dsl).restoreCompetitor(competitorId));
    }

    // ---- SWOT maps -------------------------------------------------------------------------------

    /** The map of a competitor, or ours when {@code competitorId} is null; empty when the competitor is gone. */
    public Optional<SwotMap> map(UUID competitorId) {
        return store.inTransaction(dsl -> {
            CompetitorRepository repository = new CompetitorRepository(dsl);
            Competitor competitor = null;
            if (competitorId != null) {
                Optional<Competitor> found = repository.findCompetitor(competitorId);
                if (found.isEmpty()) {
                    return Optional.<SwotMap>empty();
                }
                competitor = found.get();
            }
            List<SwotItem> cards = repository.map(competitorId);
            Map<UUID, String> names = new HashMap<>();
            ClientRepository clients = new ClientRepository(dsl);
            for (SwotItem card : cards) {
                if (card.clientId() != null && !names.containsKey(card.clientId())) {
                    clients.find(card.clientId()).ifPresent(c -> names.put(c.id(), c.displayName()));
                }
            }
            return Optional.of(new SwotMap(competitor, cards, names, LocalDate.now(clock), staleAfterDays(dsl)));
        });
    }

    /** Adds a card at the end of its quadrant; the date defaults to today. A blank text is a ValidationException on "text". */
    public SwotItem addCard(UUID competitorId, Quadrant quadrant, String text, String evidence, LocalDate observedOn, UUID clientId) {
        SwotItem card = checked(new SwotItem(Ids.next(), competitorId, quadrant, text, evidence,
                observedOn == null ? LocalDate.now(clock) : observedOn, clientId, 0));
        return store.inTransaction(dsl -> new CompetitorRepository(dsl).addCard(card, clock.instant()));
    }

    /**
     * Saves a card's text, evidence, date and client. A card another desk saved since this one was
     * read is not overwritten: a {@link RecordConflictException} names who, when and each field.
     * Returns it as stored.
     */
    public SwotItem updateCard(SwotItem card) {
        SwotItem clean = checked(card);
        return store.inTransaction(dsl -> {
            CompetitorRepository repository = new CompetitorRepository(dsl);
            if (!repository.updateCardIfUnchanged(clean)) {
                SwotItem theirs = repository.findCard(clean.id())
                        .orElseThrow(() -> new IllegalArgumentException("That card is no longer on the map."));
                throw RecordConflictException.of(dsl, clock, "swot_item", clean.id(), "the card \u201c" + theirs.text() + "\u201d",
                        theirs, clean, EditedFields.SWOT_CARD, (c, field) -> field.equals("clientId") && c.clientId() != null
                                ? new ClientRepository(dsl).findIncludingTrash(c.clientId()).map(Client::displayName).orElse("")
                                : EditedFields.SWOT_CARD.text(c, field));
            }
            return repository.findCard(clean.id()).orElseThrow();
        });
    }

    /** Moves a card to {@code index} of {@code quadrant} (the end when the index is past it). */
    public void moveCard(UUID cardId, Quadrant quadrant, int index) {
        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).moveCard(cardId, quadrant, index);
            return null;
        });
    }

    public void deleteCard(UUID cardId) {
        store.inTransaction(dsl -> new CompetitorRepository(dsl).deleteCard(cardId, clock.instant()));
    }

    public void restoreCard(UUID cardId) {
        store.inTransaction(dsl -> new CompetitorRepository(dsl).restoreCard(cardId));
    }

    /** After how many days a card is marked "possibly stale" (setting swot.staleAfterDays, 365 by default). */
    public int staleAfterDays() {
        return staleAfterDays(store.dsl());
    }

    public void setStaleAfterDays(int days) {
        if (days < 1) {
            throw new ValidationException(List.of(new FieldProblem("staleAfterDays", "Give a number of days, 1 or more.")));
        }
        store.inTransaction(dsl -> {
            new SettingRepository(dsl).put(SwotMaps.STALE_SETTING, String.valueOf(days));
            return null;
        });
    }

    private static int staleAfterDays(org.jooq.DSLContext dsl) {
        String value = new SettingRepository(dsl).all().get(SwotMaps.STALE_SETTING);
        try {
            return value == null ? SwotMaps.DEFAULT_STALE_AFTER_DAYS : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return SwotMaps.DEFAULT_STALE_AFTER_DAYS;
        }
    }

    private static SwotItem checked(SwotItem card) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = text(card.text());
        if (text == null) {
            problems.add(new FieldProblem("text", "Write what the card says."));
        }
        limit(problems, "text", card.text(), SwotMaps.MAX_TEXT);
        limit(problems, "evidence", card.evidence(), 1000);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new SwotItem(card.id(), card.competitorId(), card.quadrant(), text, text(card.evidence()), card.observedOn(),
                card.clientId(), card.position(), card.version());
    }

    // ---- clients and competitors -----------------------------------------------------------------

    public List<CompetitorLinkLine> linksOfClient(UUID clientId) {
        return new CompetitorRepository(store.dsl()).linksOfClient(clientId);
    }

    public List<CompetitorLinkLine> linksOfCompetitor(UUID competitorId) {
        return new CompetitorRepository(store.dsl()).linksOfCompetitor(competitorId);
    }

    /** Records that the client mentioned, considers, buys from or switched to or from the competitor, today. */
    public CompetitorLink link(UUID clientId, UUID competitorId, CompetitorRelation relation, String note) {
        if (clientId == null || competitorId == null || relation == null) {
            throw new ValidationException(List.of(new FieldProblem("competitor", "Choose a competitor and how the client relates to it.")));
        }
        CompetitorLink link = new CompetitorLink(Ids.next(), clientId, competitorId, relation, LocalDate.now(clock), text(note));
        relink(link);
        return link;
    }

    /** Adds a link as it was (an undone removal). */
    public void relink(CompetitorLink link) {
        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).addLink(link, clock.instant());
            return null;
        });
    }

    public void unlink(UUID linkId) {
        store.inTransaction(dsl -> new CompetitorRepository(dsl).removeLink(linkId));
    }

    // ---- positioning -----------------------------------------------------------------------------

    public Positioning positioning() {
        return store.inTransaction(dsl -> {
            CompetitorRepository repository = new CompetitorRepository(dsl);
            return new Positioning(repository.factors(), repository.competitors(), repository.ratings());
        });
    }

    /** Adds a factor (null id) or renames one; a blank or duplicate name is a ValidationException on "factor". */
    public void saveFactor(UUID id, String name) {
        String clean = text(name);
        Set<String> others = new HashSet<>();
        positioning().factors().stream().filter(f -> !f.id().equals(id)).forEach(f -> others.add(f.name().toLowerCase(Locale.ROOT)));
        if (clean == null || clean.length() > MAX_FACTOR || others.contains(clean.toLowerCase(Locale.ROOT))) {
            throw new ValidationException(List.of(new FieldProblem("factor", clean == null ? "Name the factor, e.g. Parking."
                    : clean.length() > MAX_FACTOR ? "Keep the factor's name short." : "There is already a factor called " + clean + ".")));
        }
        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).saveFactor(id == null ? Ids.next() : id, clean);
            return null;
        });
    }

    public void deleteFactor(UUID id) {
        store.inTransaction(dsl -> new CompetitorRepository(dsl).deleteFactor(id));
    }

    /** Sets one cell of the table: a rating 1 to 5 (or none) and a short note. */
    public void rate(UUID factorId, UUID competitorId, Integer rating, String note) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new ValidationException(List.of(new FieldProblem("rating", "Rate from 1 (weak) to 5 (strong).")));
        }
        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).putRating(new PositioningRating(factorId, competitorId, rating, text(note)));
            return null;
        });
    }

    private static void limit(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "This is too long (at most " + max + " characters)."));
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
