package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something new a client who has lasted got lately: a new purchase, a renewal with more users, a
 * licence gone live. For that thing they are in its honeymoon, whatever the age of the relationship:
 * the call is how it is settling in, and the years with us only colour it ("thank you for coming
 * back to us for the dishwasher"). Sets the flag {@code freshPurchase} and the words of
 * {@code situation.fresh-purchase}; a stronger situation (a complaint, a late promise, an open ask)
 * still owns the call through the playbook's order.
 */
final class FreshEvent {
    private FreshEvent() {
    }

    /** A treatment or a service tried for the first time is asked after for a fortnight; after that it is their next visit that matters. */
    private static final int SERVICE_FRESH_DAYS = 14;
    /** The first weeks of a thing kept or running for a term: after two months it is how it serves them, not how it settles in. */
    private static final int KEPT_FRESH_DAYS = 60;
    /** A licence signed this week is still being set up: it takes no call of its own yet. */
    private static final int TERM_SETTLING_FROM_DAYS = 7;
    /** A contact this long after the purchase that says it is going well ends its first weeks: it has settled in. */
    private static final int SETTLED_AFTER_DAYS = 30;

    private static final Pattern MORE_USERS = Pattern.compile(
            "\\b((more|extra|additional|added|new) (users|seats|vehicles|vans|licen[cs]es|depots|drivers)|renewed with more|upgraded?|upgrading)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RENEWED = Pattern.compile("\\brenew(ed|al|ing)\\b", Pattern.CASE_INSENSITIVE);
    /** It went live: a go-live date confirmed or set is still ahead, not yet something to ask "since" about. */
    private static final Pattern LIVE = Pattern.compile("\\b(went live|gone live|is live|now live|up and running)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GIFT = Pattern.compile("\\b(as a gift|as a present|for (his|her|their) \\w+'s birthday)\\b", Pattern.CASE_INSENSITIVE);

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (f.phase != Phase.MATURE || f.lastPurchase == null || f.itemKind == null || f.awaitingDelivery || f.termEnded
                || f.values.containsKey("underWaySaid")) {
            return; // still to come, or something of ours about it under way: those calls speak of it
        }
        Purchase item = f.lastPurchase;
        ItemKind kind = f.itemKind;
        boolean renewed = renewedBefore(item, in) || saidAround(item, in, past, RENEWED, -7, 7);
        boolean moreUsers = renewed && (saidAround(item, in, past, MORE_USERS, -30, 7) || moreThanBefore(item, in));
        Touchpoint started = null;
        if (!anchorFresh(f, in, past, item, renewed, moreUsers)) {
            // the thing the call hangs on is no new thing, but a plan they just added beside it is (a support plan after a hard winter)
            item = planStarted(f, in);
            if (item == null) {
                renewedLately(f, in, renewed && !moreUsers);
                return;
            }
            kind = ItemKind.TERM;
            renewed = false;
            moreUsers = false;
            started = saidOn(item, in, past);
        }
        long age = BriefFacts.days(item.purchasedOn(), f.today);
        String thing = f.spoken(BriefFacts.itemName(item, in));
        Pattern named = namedBy(thing);
        // "8 × Vehicle dash camera" are eight of them, new in the vans: said as many, and asked after as they
        String many = item == f.lastPurchase && !renewed ? BriefFacts.many(item, thing) : thing;
        boolean plural = !many.equals(thing);
        thing = many;
        Touchpoint since = null;
        for (Touchpoint t : past) {
            LocalDate day = BriefFacts.day(t, in);
            if (!day.isAfter(item.purchasedOn())) {
                break;
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            boolean theirs = BriefFacts.heard(t) || t.direction() == Direction.INBOUND;
            if (theirs && BriefFacts.days(item.purchasedOn(), day) >= SETTLED_AFTER_DAYS && TextSignals.saysWentWell(words)) {
                return; // they told us it is going well, weeks in: it has settled in
            }
            if (since == null && theirs && named != null && named.matcher(words).find()) {
                since = t; // the newest word on this thing, not a lunch or an ask about something else
            }
        }
        String when = TimeWords.ago(age);
        String on = f.dayInWords(item.purchasedOn(), f.today);
        boolean service = kind == ItemKind.SERVICE || kind == ItemKind.OCCASION;
        boolean live = !service && since != null && LIVE.matcher(since.summary() + " " + (since.outcome() == null ? "" : since.outcome())).find();
        // The years with us colour the call: a client since long before this purchase is thanked for coming back.
        boolean longWithUs = f.firstPurchase != null && BriefFacts.days(f.firstPurchase, item.purchasedOn()) >= 365;
        String clientSince = longWithUs ? ", a client since " + TimeWords.monthAndYear(f.firstPurchase) : "";

        String because;
        String opener;
        String said;
        boolean plan = item != f.lastPurchase;
        if (plan) {
            Matcher why = started == null ? null : WHY.matcher(started.summary());
            String reason = why != null && why.find() ? ", " + BriefFacts.stripEnd(why.group()) : "";
            because = "they started " + thing + " " + when + reason + ", and these are its first weeks";
            opener = "I wanted to hear how " + thing + " is working for you now that you are on it: is it giving you what you took it for?";
            said = "They started " + thing + " " + when + " (" + on + ")" + reason;
        } else if (moreUsers) {
            because = "they renewed " + thing + " with more users " + when + ", and the new users are in their first weeks with it";
            opener = "thank you for renewing " + thing + " with more users. I wanted to hear how it is going now that more of the team are on it.";
            said = "They renewed " + thing + " with more users " + when + " (" + on + ")" + clientSince;
        } else if (service) {
            because = "they had " + thing + " " + when + ", the first time with us";
            opener = "I wanted to hear how you're getting on with " + thing + ": are you happy with it?";
            said = "They had " + thing + " " + when + " (" + on + "), their first with us";
        } else {
            String is = plural ? "are" : "is";
            String it = plural ? "they" : "it";
            because = "they got " + thing + " " + when + ", and these are " + (plural ? "their" : "its") + " first weeks";
            opener = (longWithUs ? "thank you for coming back to us for " + thing + ". I wanted to hear how " + it + " " + is + " settling in" : "I wanted to hear how "
                    + thing + " " + is + " settling in") + (live ? " since " + it + " went live" : "") + ": " + is + " " + it + " doing everything you hoped?";
            said = "They got " + thing + " " + when + " (" + on + ")" + clientSince;
        }
        if (since != null) {
            String words = BriefFacts.said(since);
            said += "; the last word on " + (plural ? "them" : "it") + " was on " + f.dayInWords(BriefFacts.day(since, in), f.today) + " (\u201c" + words
                    + "\u201d): ask how " + (plural ? "they have" : "it has") + " been since, now that they use " + (plural ? "them" : "it") + " day to day";
        } else {
            said += plan ? ": ask whether it is doing what they took it for" : service ? ": ask how they are getting on with it"
                    : plural ? ": ask how they are settling in, and whether anything about them is still unclear"
                    : ": ask how it is settling in, and whether anything about it is still unclear";
        }
        f.values.put("freshBecause", because);
        f.values.put("freshThing", thing);
        f.values.put("freshOpener", opener);
        // A warranty ending on something older that is worth less (two dash cams of last year, beside the app licences signed
        // two weeks ago) is a line of this call, not its owner: what they just took on is the relationship now.
        Purchase ending = f.warrantyEnding;
        f.warrantyOutrun = ending != null && ending != item && ending.purchasedOn().isBefore(item.purchasedOn())
                && BriefFacts.value(ending, in).compareTo(BriefFacts.value(item, in)) < 0;
        f.values.put("freshSaid", said);
        f.values.put("freshGoal", plan ? "Hear whether " + thing + " is doing for " + f.greeting + " what they took it for, in its first weeks, and help with anything it still needs."
                : service ? "Hear how " + f.greeting + " is getting on with " + thing + ", and whether they would like it again."
                : plural ? "Hear how " + thing + " are settling in for " + f.greeting + " in their first weeks, and help with anything they still need."
                : "Hear how " + thing + " is settling in for " + f.greeting + " in its first weeks, and help with anything it still needs.");
        f.values.put("freshCare", plan ? "Ask whether it has made the difference they hoped for, and what would make it better."
                : service ? "Ask whether it was what they hoped for, and whether they would like it again."
                : "Ask what they have not tried yet, or what still feels awkward, and offer to show them.");
        f.values.put("freshNext", service ? "Note how they found " + thing + ", and book the next one if they would like it."
                : plural ? "Note how " + thing + " are settling in, and book a follow-up for anything they still need."
                : "Note how " + thing + " is settling in, and book a follow-up for anything it still needs.");
        String dayPassed = f.values.get("dayPassedSaid");
        if (dayPassed != null && named != null && named.matcher(dayPassed).find()) {
            f.values.remove("dayPassedSaid"); // "the balayage was set for Thursday: ask how it went" is this call's own question
        }
        // One call about it: the book's "it's been two months since you got it" would say it again.
        f.values.remove("bookKnows");
    }

    /** The first weeks of the thing the call hangs on: bought lately, new to them (or renewed with more users), not a present. */
    private static boolean anchorFresh(BriefFacts f, BriefInput in, List<Touchpoint> past, Purchase item, boolean renewed, boolean moreUsers) {
        long age = BriefFacts.days(item.purchasedOn(), f.today);
        if (age > KEPT_FRESH_DAYS) {
            return false; // past the longest first weeks there are: nothing more to read
        }
        switch (f.itemKind) {
            case KEPT, TERM -> {
                if (age > Math.min(KEPT_FRESH_DAYS, in.settings().honeymoonDays()) || renewed && !moreUsers
                        || f.itemKind == ItemKind.TERM && age < TERM_SETTLING_FROM_DAYS) {
                    return false; // a plain renewal is the same thing going on, not a new one
                }
            }
            case SERVICE, OCCASION -> {
                if (age > SERVICE_FRESH_DAYS || renewed) {
                    return false; // a regular's usual cut is no new thing
                }
            }
            default -> {
                return false;
            }
        }
        return !gift(item, in, past); // how a present is settling in is someone else's to say
    }

    /** A renewal this fresh is the newest thing they did with us: thanked, before a stock frame asks for feedback. */
    private static final int RENEWED_THANKS_DAYS = 21;

    /**
     * The thing the call hangs on was renewed as it was, days ago: the same thing going on, so no settling-in call, but a
     * change they just made all the same, and a stock "ask for honest feedback" two days after it thanks them for nothing
     * (Ngozi, read 32). Reads {@code renewedWhat}, {@code renewedWhen}, {@code renewedOn}.
     */
    private static void renewedLately(BriefFacts f, BriefInput in, boolean renewedAsItWas) {
        long age = BriefFacts.days(f.lastPurchase.purchasedOn(), f.today);
        if (!renewedAsItWas || f.itemKind != ItemKind.TERM || age > RENEWED_THANKS_DAYS || f.lastPurchase.renewalOn() == null) {
            return;
        }
        f.values.put("renewedWhat", f.spoken(BriefFacts.itemName(f.lastPurchase, in)));
        f.values.put("renewedWhen", TimeWords.ago(age));
        f.values.put("renewedOn", f.dayInWords(f.lastPurchase.purchasedOn(), f.today));
    }

    /** Why they took it, in the words of the day: "after a busy winter of support calls", "because the old one kept failing". */
    private static final Pattern WHY = Pattern.compile("\\b(?:after|because|since|as) (?:a|an|the|their|they|it|we|of)\\b[^.;]{4,80}", Pattern.CASE_INSENSITIVE);

    /**
     * A plan of our service beside what they have: "Standard support plan (annual)", "Premium support subscription". A
     * service plan on an appliance is a small cover beside the machine, and the call stays about the machine.
     */
    private static final Pattern PLAN = Pattern.compile("\\bsupport (?:plan|subscription|contract)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A plan they started lately beside the thing the call hangs on, new to them (not a renewal of one they had), in its
     * first weeks: a change they just made, so the call asks whether it does what they took it for (Granite, read 35: moved up
     * to the Standard support plan after a busy winter of support calls, under "thank them for staying with us"). Null otherwise.
     */
    private static Purchase planStarted(BriefFacts f, BriefInput in) {
        for (Purchase p : f.boughtSoFar()) {
            long age = BriefFacts.days(p.purchasedOn(), f.today);
            if (age > Math.min(KEPT_FRESH_DAYS, in.settings().honeymoonDays())) {
                return null;
            }
            if (p != f.lastPurchase && age >= TERM_SETTLING_FROM_DAYS && PLAN.matcher(BriefFacts.itemName(p, in)).find()
                    && BriefFacts.kind(p, in) == ItemKind.TERM && !renewedBefore(p, in)) {
                return p;
            }
        }
        return null;
    }

    /** The contact on the day they took it, when it names the plan: its words say why ("after a busy winter of support calls"). */
    private static Touchpoint saidOn(Purchase p, BriefInput in, List<Touchpoint> past) {
        Pattern named = PLAN;
        for (Touchpoint t : past) {
            LocalDate day = BriefFacts.day(t, in);
            if (day.isBefore(p.purchasedOn())) {
                return null;
            }
            if (day.equals(p.purchasedOn()) && named.matcher(t.summary()).find()) {
                return t;
            }
        }
        return null;
    }

    /** The words of a thing's spoken name that say it in a sentence ("dishwasher", "licence", "balayage"), or null. */
    private static Pattern namedBy(String thing) {
        StringBuilder words = new StringBuilder();
        for (String word : thing.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && !word.equals("their") && !word.equals("with")) {
                words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(word.replaceAll("s$", "")));
            }
        }
        return words.length() == 0 ? null : Pattern.compile("\\b(" + words + ")s?\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The same thing bought before: a licence bought again is renewed. */
    private static boolean renewedBefore(Purchase last, BriefInput in) {
        for (Purchase p : in.purchases()) {
            boolean same = last.productId() != null ? last.productId().equals(p.productId())
                    : last.description() != null && last.description().equalsIgnoreCase(p.description());
            if (same && p.purchasedOn().isBefore(last.purchasedOn())) {
                return true;
            }
        }
        return false;
    }


    /** Renewed for more than they had: three of the add-on this year where last year's purchase was one. */
    private static boolean moreThanBefore(Purchase last, BriefInput in) {
        int now = count(last);
        for (Purchase p : in.purchases()) {
            if (last.productId() != null && last.productId().equals(p.productId()) && p.purchasedOn().isBefore(last.purchasedOn())
                    && count(p) >= now) {
                return false;
            }
        }
        return now > 1;
    }

    private static int count(Purchase p) {
        return RenewalTerms.count(p.description());
    }

    /** Words from {@code fromDays} to {@code toDays} around the purchase that match: "renewed for another year", "renewed with more users". */
    private static boolean saidAround(Purchase item, BriefInput in, List<Touchpoint> past, Pattern words, int fromDays, int toDays) {
        for (Touchpoint t : past) {
            long from = BriefFacts.days(item.purchasedOn(), BriefFacts.day(t, in));
            if (from < fromDays) {
                return false; // newest first: the rest are older still
            }
            if (from >= fromDays && from <= toDays && words.matcher(t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean gift(Purchase p, BriefInput in, List<Touchpoint> past) {
        for (Touchpoint t : past) {
            LocalDate day = BriefFacts.day(t, in);
            if (day.isBefore(p.purchasedOn())) {
                return false; // newest first: the purchase day is behind us
            }
            if (day.equals(p.purchasedOn()) && t.summary() != null && GIFT.matcher(t.summary()).find()) {
                return true;
            }
        }
        return false;
    }
}
