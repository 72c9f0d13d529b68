package app.rapport.store;

import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT_COMPETITOR;
import static app.rapport.store.jooq.Tables.COMPETITOR;
import static app.rapport.store.jooq.Tables.SWOT_ITEM;

/** Competitors, their SWOT maps, and the competitors a client is linked to (read-only for now). */
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
        Map<UUID, CompetitorLink> latest = new LinkedHashMap<>();
        Map<UUID, Competitor> competitors = new LinkedHashMap<>();
        dsl.select(CLIENT_COMPETITOR.fields()).select(COMPETITOR.fields())
                .from(CLIENT_COMPETITOR)
                .join(COMPETITOR).on(COMPETITOR.ID.eq(CLIENT_COMPETITOR.COMPETITOR_ID))
                .where(CLIENT_COMPETITOR.CLIENT_ID.eq(clientId)).and(COMPETITOR.DELETED_AT.isNull())
                .orderBy(CLIENT_COMPETITOR.NOTED_ON.desc(), CLIENT_COMPETITOR.CREATED_AT.desc(), CLIENT_COMPETITOR.ID.desc())
                .forEach(r -> {
                    UUID competitorId = r.get(COMPETITOR.ID);
                    if (!latest.containsKey(competitorId)) {
                        latest.put(competitorId, new CompetitorLink(r.get(CLIENT_COMPETITOR.ID), clientId, competitorId,
                                CompetitorRelation.valueOf(r.get(CLIENT_COMPETITOR.RELATION)), r.get(CLIENT_COMPETITOR.NOTED_ON),
                                r.get(CLIENT_COMPETITOR.NOTE)));
                        String price = r.get(COMPETITOR.PRICE_LEVEL);
                        competitors.put(competitorId, new Competitor(competitorId, r.get(COMPETITOR.NAME), r.get(COMPETITOR.WEBSITE),
                                r.get(COMPETITOR.AREA), price == null ? null : PriceLevel.valueOf(price), r.get(COMPETITOR.NOTES)));
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

    private static SwotItem swotItem(app.rapport.store.jooq.tables.records.SwotItemRecord r) {
        return new SwotItem(r.getId(), r.getCompetitorId(), Quadrant.valueOf(r.getQuadrant()), r.getText(), r.getEvidence(),
                r.getObservedOn(), r.getClientId(), r.getPosition());
    }
}
