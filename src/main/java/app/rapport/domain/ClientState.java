package app.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * What whole-store questions (Today, segments, the dashboard) need to know about one client,
 * derived from their purchases, touchpoints, opportunities and follow-ups, and kept beside the
 * client so those questions read one row per client. Nothing here depends on "now": phase and
 * ghosting are decided by comparing these days with today's (the brief engine's rules).
 *
 * @param lastPurchaseComplex     the product of the latest purchase is complex
 * @param lastTouchpointOn        the user's calendar day of the latest touchpoint
 * @param contactedSincePurchase  a touchpoint on a day after the latest purchase
 * @param latestMood              the mood of the latest touchpoint that recorded one
 * @param honeymoonSoured         a complaint, or a frustrated or regretful touchpoint, since the first purchase
 * @param nextFollowUpOn          the earliest open follow-up
 * @param birthdayMonthDay        month * 100 + day of the birthday
 */
public record ClientState(
        UUID clientId,
        LocalDate firstPurchaseOn,
        LocalDate lastPurchaseOn,
        boolean lastPurchaseComplex,
        int purchaseCount,
        BigDecimal totalSpent,
        LocalDate lastTouchpointOn,
        boolean contactedSincePurchase,
        Mood latestMood,
        boolean honeymoonSoured,
        int openComplaints,
        int openRequests,
        int refusals,
        LocalDate nextFollowUpOn,
        Integer birthdayMonthDay) {

    /**
     * Derives the state from everything recorded about the client (deleted records left out by
     * the caller). {@code complexityOf} gives a catalog product's complexity (null when unknown:
     * simple); {@code zone} is the user's, for the day of each touchpoint.
     */
    public static ClientState derive(UUID clientId, LocalDate birthday, Collection<Purchase> purchases,
                                     Function<UUID, Complexity> complexityOf, Collection<Touchpoint> touchpoints,
                                     Collection<Opportunity> opportunities, Collection<FollowUp> followUps, ZoneId zone) {
        LocalDate firstPurchase = null;
        Purchase lastPurchase = null;
        BigDecimal spent = BigDecimal.ZERO;
        for (Purchase p : purchases) {
            if (firstPurchase == null || p.purchasedOn().isBefore(firstPurchase)) {
                firstPurchase = p.purchasedOn();
            }
            if (lastPurchase == null || p.purchasedOn().isAfter(lastPurchase.purchasedOn())) {
                lastPurchase = p;
            }
            if (p.amount() != null) {
                spent = spent.add(p.amount());
            }
        }
        boolean complex = lastPurchase != null && lastPurchase.productId() != null
                && complexityOf.apply(lastPurchase.productId()) == Complexity.COMPLEX;

        java.time.Instant latest = null;
        java.time.Instant latestWithMood = null;
        Mood mood = null;
        boolean contactedSince = false;
        boolean soured = false;
        for (Touchpoint t : touchpoints) {
            if (latest == null || t.occurredAt().isAfter(latest)) {
                latest = t.occurredAt();
            }
            if (t.mood() != null && (latestWithMood == null || t.occurredAt().isAfter(latestWithMood))) {
                latestWithMood = t.occurredAt();
                mood = t.mood();
            }
            LocalDate day = LocalDate.ofInstant(t.occurredAt(), zone);
            if (lastPurchase != null && day.isAfter(lastPurchase.purchasedOn())) {
                contactedSince = true;
            }
            if (firstPurchase != null && !day.isBefore(firstPurchase)
                    && (t.mood() == Mood.FRUSTRATED || t.mood() == Mood.REGRETFUL)) {
                soured = true;
            }
        }

        int complaints = 0;
        int requests = 0;
        int refusals = 0;
        for (Opportunity o : opportunities) {
            boolean open = o.status() == OpportunityStatus.OPEN;
            switch (o.kind()) {
                case COMPLAINT -> {
                    complaints += open ? 1 : 0;
                    soured |= firstPurchase != null && o.openedOn() != null && !o.openedOn().isBefore(firstPurchase);
                }
                case REQUEST -> requests += open ? 1 : 0;
                case REFUSAL -> refusals++;
                default -> { }
            }
        }
        LocalDate nextFollowUp = null;
        for (FollowUp f : followUps) {
            if (f.doneAt() == null && (nextFollowUp == null || f.dueOn().isBefore(nextFollowUp))) {
                nextFollowUp = f.dueOn();
            }
        }
        return new ClientState(clientId, firstPurchase, lastPurchase == null ? null : lastPurchase.purchasedOn(), complex,
                purchases.size(), spent, latest == null ? null : LocalDate.ofInstant(latest, zone), contactedSince, mood,
                soured, complaints, requests, refusals, nextFollowUp,
                birthday == null ? null : birthday.getMonthValue() * 100 + birthday.getDayOfMonth());
    }
}
