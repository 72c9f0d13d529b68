package app.rapport.store;

import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorLinkLine;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Ids;
import app.rapport.domain.PositioningFactor;
import app.rapport.domain.PositioningRating;
import app.rapport.store.jooq.tables.records.CompetitorRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_COMPETITOR;
import static app.rapport.store.jooq.Tables.COMPETITOR;
import static app.rapport.store.jooq.Tables.POSITIONING_FACTOR;
import static app.rapport.store.jooq.Tables.POSITIONING_RATING;
import static app.rapport.store.jooq.Tables.SWOT_ITEM;

/**
 * Competitors, their SWOT maps (and ours, competitor id null), the clients linked to them, and the
 * positioning table. Competitors and cards are deleted softly, so a delete can be undone; the
 * cards of one quadrant keep dense positions 0, 1, 2, ... in their order.
 */
public final class CompetitorRepository {
    private final DSLContext dsl;

    public CompetitorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A competitor the client is linked to, the latest link, and the competitor's SWOT cards. */
    public record ClientCompetitor(Competitor competitor, CompetitorLink link, List<SwotItem> swot) {
    }

    /** The competitors linked to the client (the latest link of each, newest first), deleted competitors left out. */
    public List<ClientCompetitor> linkedTo(UUID clientId) {
        return linkedTo(clientId, null);
    }

    /** {@link #linkedTo(UUID)} as the links stood on {@code notedBy}: links noted after it are left out (null: none are). */
    public List<ClientCompetitor> linkedTo(UUID clientId, LocalDate notedBy) {
        Map<UUID, CompetitorLink> latest = new LinkedHashMap<>();
        Map<UUID, Competitor> competitors = new LinkedHashMap<>();
        dsl.select(CLIENT_COMPETITOR.fields()).select(COMPETITOR.fields())
                .from(CLIENT_COMPETITOR)
                .join(COMPETITOR).on(COMPETITOR.ID.eq(CLIENT_COMPETITOR.COMPETITOR_ID))
                .where(CLIENT_COMPETITOR.CLIENT_ID.eq(clientId)).and(COMPETITOR.DELETED_AT.isNull())
                .and(notedBy == null ? DSL.noCondition() : CLIENT_COMPETITOR.NOTED_ON.le(notedBy))
                .orderBy(CLIENT_COMPETITOR.NOTED_ON.desc(), CLIENT_COMPETITOR.CREATED_AT.desc(), CLIENT_COMPETITOR.ID.desc())
                .forEach(r -> {
                    UUID competitorId = r.get(COMPETITOR.ID);
                    if (!latest.containsKey(competitorId)) {
                        latest.put(competitorId, new CompetitorLink(r.get(CLIENT_COMPETITOR.ID), clientId, competitorId,
                                CompetitorRelation.valueOf(r.get(CLIENT_COMPETITOR.RELATION)), r.get(CLIENT_COMPETITOR.NOTED_ON),
                                r.get(CLIENT_COMPETITOR.NOTE)));
                        String price = r.get(COMPETITOR.PRICE_LEVEL);
                        competitors.put(competitorId, new Competitor(competitorId, r.get(COMPETITOR.NAME), r.get(COMPETITOR.WEBSITE),
                                r.get(COMPETITOR.AREA), price == null ? null : PriceLevel.valueOf(price), r.get(COMPETITOR.NOTES),
                                r.get(COMPETITOR.VERSION)));
                    }
                });
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SwotItem>> swot = new LinkedHashMap<>();
        dsl.selectFrom(SWOT_ITEM)
                .where(SWOT_ITEM.COMPETITOR_ID.in(latest.keySet())).and(SWOT_ITEM.DELETED_AT.isNull())
                .orderBy(SWOT_ITEM.QUADRANT, SWOT_ITEM.POSITION, SWOT_ITEM.ID)
                .forEach(r -> swot.computeIfAbsent(r.getCompetitorId(), id -> new ArrayList<>()).add(swotItem(r)));
        List<ClientCompetitor> result = new ArrayList<>();
        latest.forEach((id, link) -> result.add(new ClientCompetitor(competitors.get(id), link, swot.getOrDefault(id, List.of()))));
        return result;
    }

    /** The cards of one quadrant of our own SWOT map, in their order. */
    public List<SwotItem> ours(Quadrant quadrant) {
        return dsl.selectFrom(SWOT_ITEM)
                .where(SWOT_ITEM.COMPETITOR_ID.isNull()).and(SWOT_ITEM.QUADRANT.eq(quadrant.name())).and(SWOT_ITEM.DELETED_AT.isNull())
                .orderBy(SWOT_ITEM.POSITION, SWOT_ITEM.ID)
                .fetch(CompetitorRepository::swotItem);
    }

    // ---- competitors ----------------------------------------------------------------------------

    /** Every competitor not deleted, by name (ignoring case). */
    public List<Competitor> competitors() {
        List<Competitor> all = new ArrayList<>(dsl.selectFrom(COMPETITOR).where(COMPETITOR.DELETED_AT.isNull())
                .fetch(CompetitorRepository::competitor));
        all.sort(Comparator.comparing(Competitor::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Competitor::id));
        return all;
    }

    /** The competitors (not deleted) that at least one client not in the trash is linked to, by name. */
    public List<Competitor> linkedCompetitors() {
        List<Competitor> linked = new ArrayList<>(dsl.selectFrom(COMPETITOR).where(COMPETITOR.DELETED_AT.isNull())
                .andExists(DSL.selectOne().from(CLIENT_COMPETITOR).join(CLIENT).on(CLIENT.ID.eq(CLIENT_COMPETITOR.CLIENT_ID))
                        .where(CLIENT_COMPETITOR.COMPETITOR_ID.eq(COMPETITOR.ID)).and(CLIENT.DELETED_AT.isNull()))
                .fetch(CompetitorRepository::competitor));
        linked.sort(Comparator.comparing(Competitor::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Competitor::id));
        return linked;
    }

    /** The competitor, unless it is deleted. */
    public Optional<Competitor> findCompetitor(UUID id) {
        return dsl.selectFrom(COMPETITOR).where(COMPETITOR.ID.eq(id)).and(COMPETITOR.DELETED_AT.isNull())
                .fetchOptional(CompetitorRepository::competitor);
    }

    /**
     * Adds the competitor, or changes the one with its id while it still has the version {@code c}
     * was read at (raising it); false, writing nothing, when it was saved since.
     */
    public boolean saveCompetitor(Competitor c, Instant now) {
        int updated = dsl.update(COMPETITOR)
                .set(COMPETITOR.NAME, c.name()).set(COMPETITOR.WEBSITE, c.website()).set(COMPETITOR.AREA, c.area())
                .set(COMPETITOR.PRICE_LEVEL, c.priceLevel() == null ? null : c.priceLevel().name()).set(COMPETITOR.NOTES, c.notes())
                .set(COMPETITOR.VERSION, COMPETITOR.VERSION.plus(1))
                .where(COMPETITOR.ID.eq(c.id())).and(COMPETITOR.VERSION.eq(c.version())).execute();
        if (updated == 0 && dsl.fetchExists(COMPETITOR, COMPETITOR.ID.eq(c.id()))) {
            return false;
        }
        if (updated == 0) {
            dsl.insertInto(COMPETITOR, COMPETITOR.ID, COMPETITOR.NAME, COMPETITOR.WEBSITE, COMPETITOR.AREA, COMPETITOR.PRICE_LEVEL,
                            COMPETITOR.NOTES, COMPETITOR.CREATED_AT)
                    .values(c.id(), c.name(), c.website(), c.area(), c.priceLevel() == null ? null : c.priceLevel().name(), c.notes(), now)
                    .execute();
        }
        return true;
    }

    /** The competitor, deleted or not. */
    public Optional<Competitor> findCompetitorIncludingDeleted(UUID id) {
        return dsl.selectFrom(COMPETITOR).where(COMPETITOR.ID.eq(id)).fetchOptional(CompetitorRepository::competitor);
    }

    /** Marks the competitor deleted (with its map and links kept for an undo); false when there was none to delete. */
    public boolean deleteCompetitor(UUID id, Instant now) {
        return dsl.update(COMPETITOR).set(COMPETITOR.DELETED_AT, now)
                .where(COMPETITOR.ID.eq(id)).and(COMPETITOR.DELETED_AT.isNull()).execute() > 0;
    }

    public boolean restoreCompetitor(UUID id) {
        return dsl.update(COMPETITOR).setNull(COMPETITOR.DELETED_AT)
                .where(COMPETITOR.ID.eq(id)).and(COMPETITOR.DELETED_AT.isNotNull()).execute() > 0;
    }

    // ---- SWOT cards ----------------------------------------------------------------------------

    /** Every card of one map (null: ours), quadrant by quadrant in the order S, W, O, T, each in its order. */
    public List<SwotItem> map(UUID competitorId) {
        List<SwotItem> cards = new ArrayList<>(dsl.selectFrom(SWOT_ITEM)
                .where(sameMap(competitorId)).and(SWOT_ITEM.DELETED_AT.isNull())
                .fetch(CompetitorRepository::swotItem));
        cards.sort(Comparator.comparing(SwotItem::quadrant).thenComparingInt(SwotItem::position).thenComparing(SwotItem::id));
        return cards;
    }

    /** The card, deleted or not. */
    public Optional<SwotItem> findCard(UUID id) {
        return dsl.selectFrom(SWOT_ITEM).where(SWOT_ITEM.ID.eq(id)).fetchOptional(CompetitorRepository::swotItem);
    }

    /** Adds a card at the end of its quadrant; returns it with its position. */
    public SwotItem addCard(SwotItem card, Instant now) {
        List<UUID> order = quadrantOrder(card.competitorId(), card.quadrant());
        SwotItem placed = new SwotItem(card.id(), card.competitorId(), card.quadrant(), card.text(), card.evidence(),
                card.observedOn(), card.clientId(), order.size(), Rows.FIRST_VERSION);
        dsl.insertInto(SWOT_ITEM, SWOT_ITEM.ID, SWOT_ITEM.COMPETITOR_ID, SWOT_ITEM.QUADRANT, SWOT_ITEM.TEXT, SWOT_ITEM.EVIDENCE,
                        SWOT_ITEM.OBSERVED_ON, SWOT_ITEM.CLIENT_ID, SWOT_ITEM.POSITION, SWOT_ITEM.CREATED_AT)
                .values(placed.id(), placed.competitorId(), placed.quadrant().name(), placed.text(), placed.evidence(),
                        placed.observedOn(), placed.clientId(), placed.position(), now)
                .execute();
        return placed;
    }

    /**
     * Changes a card's text, evidence, date and client (not its place) while it still has the
     * version {@code card} was read at, raising it; false when there is no such card or it was saved since.
     */
    public boolean updateCardIfUnchanged(SwotItem card) {
        return dsl.update(SWOT_ITEM).set(SWOT_ITEM.TEXT, card.text()).set(SWOT_ITEM.EVIDENCE, card.evidence())
                .set(SWOT_ITEM.OBSERVED_ON, card.observedOn()).set(SWOT_ITEM.CLIENT_ID, card.clientId())
                .set(SWOT_ITEM.VERSION, SWOT_ITEM.VERSION.plus(1))
                .where(SWOT_ITEM.ID.eq(card.id())).and(SWOT_ITEM.VERSION.eq(card.version())).execute() > 0;
    }

    /**
     * Puts the card at {@code index} of {@code quadrant} of its own map (clamped to the quadrant's
     * size), closing the gap it leaves and renumbering both quadrants.
     */
    public void moveCard(UUID cardId, Quadrant quadrant, int index) {
        SwotItem card = findCard(cardId).orElseThrow(() -> new IllegalArgumentException("There is no card with id " + cardId));
        List<UUID> from = quadrantOrder(card.competitorId(), card.quadrant());
        from.remove(cardId);
        List<UUID> to = card.quadrant() == quadrant ? from : quadrantOrder(card.competitorId(), quadrant);
        to.add(Math.max(0, Math.min(index, to.size())), cardId);
        dsl.update(SWOT_ITEM).set(SWOT_ITEM.QUADRANT, quadrant.name()).where(SWOT_ITEM.ID.eq(cardId)).execute();
        renumber(from);
        if (to != from) {
            renumber(to);
        }
    }

    /** Marks the card deleted and closes its gap; its position is kept so a restore puts it back there. */
    public boolean deleteCard(UUID cardId, Instant now) {
        Optional<SwotItem> card = findCard(cardId);
        if (card.isEmpty() || dsl.update(SWOT_ITEM).set(SWOT_ITEM.DELETED_AT, now)
                .where(SWOT_ITEM.ID.eq(cardId)).and(SWOT_ITEM.DELETED_AT.isNull()).execute() == 0) {
            return false;
        }
        renumber(quadrantOrder(card.get().competitorId(), card.get().quadrant()));
        dsl.update(SWOT_ITEM).set(SWOT_ITEM.POSITION, card.get().position()).where(SWOT_ITEM.ID.eq(cardId)).execute();
        return true;
    }

    /** Brings a deleted card back to the place it had in its quadrant. */
    public boolean restoreCard(UUID cardId) {
        Optional<SwotItem> card = findCard(cardId);
        if (card.isEmpty() || dsl.update(SWOT_ITEM).setNull(SWOT_ITEM.DELETED_AT)
                .where(SWOT_ITEM.ID.eq(cardId)).and(SWOT_ITEM.DELETED_AT.isNotNull()).execute() == 0) {
            return false;
        }
        List<UUID> order = quadrantOrder(card.get().competitorId(), card.get().quadrant());
        order.remove(cardId);
        order.add(Math.min(card.get().position(), order.size()), cardId);
        renumber(order);
        return true;
    }

    private List<UUID> quadrantOrder(UUID competitorId, Quadrant quadrant) {
        return new ArrayList<>(dsl.select(SWOT_ITEM.ID).from(SWOT_ITEM)
                .where(sameMap(competitorId)).and(SWOT_ITEM.QUADRANT.eq(quadrant.name())).and(SWOT_ITEM.DELETED_AT.isNull())
                .orderBy(SWOT_ITEM.POSITION, SWOT_ITEM.ID)
                .fetch(SWOT_ITEM.ID));
    }

    private void renumber(List<UUID> order) {
        for (int i = 0; i < order.size(); i++) {
            dsl.update(SWOT_ITEM).set(SWOT_ITEM.POSITION, i).where(SWOT_ITEM.ID.eq(order.get(i))).and(SWOT_ITEM.POSITION.ne(i)).execute();
        }
    }

    private static Condition sameMap(UUID competitorId) {
        return competitorId == null ? SWOT_ITEM.COMPETITOR_ID.isNull() : SWOT_ITEM.COMPETITOR_ID.eq(competitorId);
    }

    // ---- clients and competitors -------------------------------------------------------------

    /** Every link of the client (competitors not deleted), newest first. */
    public List<CompetitorLinkLine> linksOfClient(UUID clientId) {
        return links(CLIENT_COMPETITOR.CLIENT_ID.eq(clientId));
    }

    /** Every link to the competitor of a client not in the trash, newest first. */
    public List<CompetitorLinkLine> linksOfCompetitor(UUID competitorId) {
        return links(CLIENT_COMPETITOR.COMPETITOR_ID.eq(competitorId));
    }

    private List<CompetitorLinkLine> links(Condition condition) {
        return dsl.select(CLIENT_COMPETITOR.fields()).select(CLIENT.DISPLAY_NAME, COMPETITOR.NAME)
                .from(CLIENT_COMPETITOR)
                .join(COMPETITOR).on(COMPETITOR.ID.eq(CLIENT_COMPETITOR.COMPETITOR_ID))
                .join(CLIENT).on(CLIENT.ID.eq(CLIENT_COMPETITOR.CLIENT_ID))
                .where(condition).and(COMPETITOR.DELETED_AT.isNull()).and(CLIENT.DELETED_AT.isNull())
                .orderBy(CLIENT_COMPETITOR.NOTED_ON.desc(), CLIENT_COMPETITOR.CREATED_AT.desc(), CLIENT_COMPETITOR.ID.desc())
                .fetch(r -> new CompetitorLinkLine(new CompetitorLink(r.get(CLIENT_COMPETITOR.ID), r.get(CLIENT_COMPETITOR.CLIENT_ID),
                        r.get(CLIENT_COMPETITOR.COMPETITOR_ID), CompetitorRelation.valueOf(r.get(CLIENT_COMPETITOR.RELATION)),
                        r.get(CLIENT_COMPETITOR.NOTED_ON), r.get(CLIENT_COMPETITOR.NOTE)), r.get(CLIENT.DISPLAY_NAME), r.get(COMPETITOR.NAME)));
    }

    public void addLink(CompetitorLink link, Instant now) {
        dsl.insertInto(CLIENT_COMPETITOR, CLIENT_COMPETITOR.ID, CLIENT_COMPETITOR.CLIENT_ID, CLIENT_COMPETITOR.COMPETITOR_ID,
                        CLIENT_COMPETITOR.RELATION, CLIENT_COMPETITOR.NOTED_ON, CLIENT_COMPETITOR.NOTE, CLIENT_COMPETITOR.CREATED_AT)
                .values(link.id(), link.clientId(), link.competitorId(), link.relation().name(), link.notedOn(), link.note(), now)
                .execute();
    }

    /** Removes a link for good (an undo adds it again); false when there was none. */
    public boolean removeLink(UUID linkId) {
        return dsl.deleteFrom(CLIENT_COMPETITOR).where(CLIENT_COMPETITOR.ID.eq(linkId)).execute() > 0;
    }

    // ---- positioning -------------------------------------------------------------------------

    /** The factors clients choose by, in their order. */
    public List<PositioningFactor> factors() {
        return dsl.selectFrom(POSITIONING_FACTOR).orderBy(POSITIONING_FACTOR.POSITION, POSITIONING_FACTOR.NAME)
                .fetch(r -> new PositioningFactor(r.getId(), r.getName(), r.getPosition()));
    }

    /** Adds a factor at the end, or renames the one with its id. */
    public void saveFactor(UUID id, String name) {
        int updated = dsl.update(POSITIONING_FACTOR).set(POSITIONING_FACTOR.NAME, name).where(POSITIONING_FACTOR.ID.eq(id)).execute();
        if (updated == 0) {
            Integer last = dsl.select(DSL.max(POSITIONING_FACTOR.POSITION)).from(POSITIONING_FACTOR).fetchOne(0, Integer.class);
            dsl.insertInto(POSITIONING_FACTOR, POSITIONING_FACTOR.ID, POSITIONING_FACTOR.NAME, POSITIONING_FACTOR.POSITION)
                    .values(id, name, last == null ? 1 : last + 1).execute();
        }
    }

    /** Removes a factor and its ratings. */
    public boolean deleteFactor(UUID id) {
        return dsl.deleteFrom(POSITIONING_FACTOR).where(POSITIONING_FACTOR.ID.eq(id)).execute() > 0;
    }

    /** Every rating, ours (competitor null) and each competitor's. */
    public List<PositioningRating> ratings() {
        return dsl.selectFrom(POSITIONING_RATING)
                .fetch(r -> new PositioningRating(r.getFactorId(), r.getCompetitorId(), r.getRating(), r.getNote()));
    }

    /** Sets one cell of the table; a cell with neither rating nor note is removed. */
    public void putRating(PositioningRating rating) {
        putRating(rating, Ids.next());
    }

    /** As {@link #putRating(PositioningRating)}, with the id of the cell's row given (the demo's are seeded). */
    public void putRating(PositioningRating rating, UUID rowId) {
        Condition cell = POSITIONING_RATING.FACTOR_ID.eq(rating.factorId()).and(rating.competitorId() == null
                ? POSITIONING_RATING.COMPETITOR_ID.isNull() : POSITIONING_RATING.COMPETITOR_ID.eq(rating.competitorId()));
        dsl.deleteFrom(POSITIONING_RATING).where(cell).execute();
        if (rating.rating() != null || rating.note() != null) {
            dsl.insertInto(POSITIONING_RATING, POSITIONING_RATING.ID, POSITIONING_RATING.FACTOR_ID, POSITIONING_RATING.COMPETITOR_ID,
                            POSITIONING_RATING.RATING, POSITIONING_RATING.NOTE)
                    .values(rowId, rating.factorId(), rating.competitorId(), rating.rating(), rating.note()).execute();
        }
    }

    private static Competitor competitor(CompetitorRecord r) {
        return new Competitor(r.getId(), r.getName(), r.getWebsite(), r.getArea(),
                r.getPriceLevel() == null ? null : PriceLevel.valueOf(r.getPriceLevel()), r.getNotes(), r.getVersion());
    }

    private static SwotItem swotItem(app.rapport.store.jooq.tables.records.SwotItemRecord r) {
        return new SwotItem(r.getId(), r.getCompetitorId(), Quadrant.valueOf(r.getQuadrant()), r.getText(), r.getEvidence(),
                r.getObservedOn(), r.getClientId(), r.getPosition(), r.getVersion());
    }
}
