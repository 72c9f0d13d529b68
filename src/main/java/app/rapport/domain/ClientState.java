package app.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * @param honeymoonSoured         a complaint, or a frustrated or regretful reaction of theirs, since the first purchase
 * @param honeymoonTroubleBehind  it soured, but a clearly happy reaction of theirs since ended it, and no complaint is open
 *                                (read as the brief reads it: {@link StartTrouble})
 * @param lastPurchaseRepeat      something bought on the latest purchase day was bought before ({@link #repeatOnLastDay}):
 *                                no one is left waiting for a first check-in after a routine repeat
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
        boolean honeymoonTroubleBehind,
        boolean lastPurchaseRepeat,
        int openComplaints,
        int openRequests,
        int refusals,
        LocalDate nextFollowUpOn,
        Integer birthdayMonthDay) {

    /**
     * Derives the state from everything recorded about the client (deleted records left out by
     * the caller). {@code complexityOf} gives a catalog product's complexity (null when unknown:
     * simple); {@code zone} is the user's, for the day of each touchpoint; {@code theirs} tells a
     * reaction of the client's own from a message of ours that got no answer (the brief's reading).
     */
    public static ClientState derive(UUID clientId, LocalDate birthday, Collection<Purchase> purchases,
                                     Function<UUID, Complexity> complexityOf, Collection<Touchpoint> touchpoints,
                                     Collection<Opportunity> opportunities, Collection<FollowUp> followUps, ZoneId zone,
                                     Predicate<Touchpoint> theirs) {
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
        }

        int complaints = 0;
        int requests = 0;
        int refusals = 0;
        for (Opportunity o : opportunities) {
            boolean open = o.status() == OpportunityStatus.OPEN;
            switch (o.kind()) {
                case COMPLAINT -> complaints += open ? 1 : 0;
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
        List<Touchpoint> newestFirst = new ArrayList<>(touchpoints);
        newestFirst.sort(Comparator.comparing(Touchpoint::occurredAt).reversed());
        StartTrouble start = StartTrouble.read(firstPurchase, newestFirst, opportunities, null, zone, theirs);
        return new ClientState(clientId, firstPurchase, lastPurchase == null ? null : lastPurchase.purchasedOn(), complex,
                purchases.size(), spent, latest == null ? null : LocalDate.ofInstant(latest, zone), contactedSince, mood,
                start.soured(), start.behind(), repeatOnLastDay(purchases), complaints, requests, refusals, nextFollowUp,
                birthday == null ? null : birthday.getMonthValue() * 100 + birthday.getDayOfMonth());
    }

    /**
     * Whether the client's newest touchpoints (newest first, the newest of all among them) give the
     * same state as all of them would: {@link #derive} needs of the rest only the newest with a
     * mood, and the start's reading ({@link StartTrouble}) as far as it goes back. So a client with
     * thousands of touchpoints is derived again, on each write, from a few dozen.
     */
    public static boolean newestSuffice(Collection<Purchase> purchases, List<Touchpoint> newestFirst, Collection<Opportunity> opportunities,
                                        ZoneId zone, Predicate<Touchpoint> theirs) {
        if (newestFirst.stream().noneMatch(t -> t.mood() != null)) {
            return false;
        }
        LocalDate firstPurchase = purchases.stream().map(Purchase::purchasedOn).min(Comparator.naturalOrder()).orElse(null);
        return StartTrouble.readWithin(firstPurchase, newestFirst, opportunities, zone, theirs);
    }

    /**
     * Something bought on the latest purchase day had been bought on an earlier day too (the same
     * catalogue product, or the same words off the catalogue): a repeat, like a regular's usual
     * colour, needs no first check-in. The brief reads ghosting with this too.
     */
    public static boolean repeatOnLastDay(Collection<Purchase> purchases) {
        LocalDate last = null;
        for (Purchase p : purchases) {
            last = last == null || p.purchasedOn().isAfter(last) ? p.purchasedOn() : last;
        }
        java.util.Set<String> lastDay = new java.util.HashSet<>();
        for (Purchase p : purchases) {
            if (p.purchasedOn().equals(last)) {
                lastDay.add(what(p));
            }
        }
        for (Purchase p : purchases) {
            if (p.purchasedOn().isBefore(last) && lastDay.contains(what(p))) {
                return true;
            }
        }
        return false;
    }

    private static String what(Purchase p) {
        return p.productId() != null ? p.productId().toString()
                : p.description() == null ? "" : p.description().strip().toLowerCase(java.util.Locale.ROOT);
    }
}
