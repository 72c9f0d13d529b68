package app.rapport.domain.segment;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a client must be to belong to a segment. Every criterion given must hold (AND); within a
 * set, any value will do (OR). An empty set or a null value does not filter.
 *
 * @param phases              the client's phase today
 * @param moods               the mood of their latest touchpoint that recorded one
 * @param tags                carries at least one of these tags
 * @param noContactSince      no touchpoint on or after this day (never contacted counts)
 * @param contactedSince      a touchpoint on or after this day
 * @param silentForDays       no touchpoint in the last N days (never contacted counts)
 * @param contactedWithinDays a touchpoint in the last N days
 * @param productIds          bought one of these catalog products
 * @param categories          bought a product of one of these catalog categories
 * @param refusalReasons      refused something for one of these reasons (codes such as PRICE)
 * @param competitorIds       linked to one of these competitors
 * @param minSpent            spent at least this much in all
 * @param maxSpent            spent at most this much in all
 * @param ghosted             being ghosted now (true) or not (false)
 */
public record SegmentCriteria(
        Set<Phase> phases,
        Set<Mood> moods,
        Set<String> tags,
        LocalDate noContactSince,
        LocalDate contactedSince,
        Integer silentForDays,
        Integer contactedWithinDays,
        Set<UUID> productIds,
        Set<String> categories,
        Set<String> refusalReasons,
        Set<UUID> competitorIds,
        BigDecimal minSpent,
        BigDecimal maxSpent,
        Boolean ghosted) {

    public static final SegmentCriteria EVERYONE = new SegmentCriteria(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public SegmentCriteria {
        phases = copy(phases);
        moods = copy(moods);
        tags = copy(tags);
        productIds = copy(productIds);
        categories = copy(categories);
        refusalReasons = copy(refusalReasons);
        competitorIds = copy(competitorIds);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** Whether nothing is filtered: every client belongs. */
    public boolean isEveryone() {
        return equals(EVERYONE);
    }

    /** What makes these criteria impossible or meaningless, by field; empty when they are fine. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (silentForDays != null && silentForDays < 0) {
            problems.add(new FieldProblem("silentForDays", "Days without contact cannot be negative."));
        }
        if (contactedWithinDays != null && contactedWithinDays < 0) {
            problems.add(new FieldProblem("contactedWithinDays", "Days since contact cannot be negative."));
        }
        if (minSpent != null && minSpent.signum() < 0) {
            problems.add(new FieldProblem("minSpent", "The least spent cannot be negative."));
        }
        if (minSpent != null && maxSpent != null && minSpent.compareTo(maxSpent) > 0) {
            problems.add(new FieldProblem("maxSpent", "The most spent (" + maxSpent.toPlainString() + ") is below the least ("
                    + minSpent.toPlainString() + ")."));
        }
        if (noContactSince != null && contactedSince != null && !contactedSince.isBefore(noContactSince)) {
            problems.add(new FieldProblem("contactedSince", "Contacted since " + contactedSince + " and no contact since "
                    + noContactSince + " cannot both hold; nobody would match."));
        }
        return problems;
    }

    public SegmentCriteria withPhases(Set<Phase> value) {
        return new SegmentCriteria(value, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, refusalReasons, competitorIds, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withMoods(Set<Mood> value) {
        return new SegmentCriteria(phases, value, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, refusalReasons, competitorIds, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withTags(Set<String> value) {
        return new SegmentCriteria(phases, moods, value, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, refusalReasons, competitorIds, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withContact(LocalDate noContactSinceDay, LocalDate contactedSinceDay, Integer silentDays, Integer withinDays) {
        return new SegmentCriteria(phases, moods, tags, noContactSinceDay, contactedSinceDay, silentDays, withinDays,
                productIds, categories, refusalReasons, competitorIds, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withPurchases(Set<UUID> products, Set<String> productCategories) {
        return new SegmentCriteria(phases, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                products, productCategories, refusalReasons, competitorIds, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withRefusalReasons(Set<String> value) {
        return new SegmentCriteria(phases, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, value, competitorIds, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withCompetitors(Set<UUID> value) {
        return new SegmentCriteria(phases, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, refusalReasons, value, minSpent, maxSpent, ghosted);
    }

    public SegmentCriteria withSpent(BigDecimal min, BigDecimal max) {
        return new SegmentCriteria(phases, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, refusalReasons, competitorIds, min, max, ghosted);
    }

    public SegmentCriteria withGhosted(Boolean value) {
        return new SegmentCriteria(phases, moods, tags, noContactSince, contactedSince, silentForDays, contactedWithinDays,
                productIds, categories, refusalReasons, competitorIds, minSpent, maxSpent, value);
    }
}
