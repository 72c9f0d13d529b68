package app.rapport.domain.brief;

import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a doubt they showed was about, when the words of that contact say it: "Gareth called Jana to
 * check the washing machine is level and not vibrating. Hesitant; needs reassurance" is a doubt about
 * whether the washing machine is level and not vibrating, and a doubtful frame says so instead of
 * "what was on your mind".
 *
 * <p>A doubt they had when they bought something ("asked whether the dash cams can go back if the
 * pilot fails", "the board doubts the licence will pay back this year", "wondering whether the keratin
 * was worth the price") is answered by time, not by our reply that day: once they have lived with the
 * thing a few weeks, whether it proved itself is the honest question of the next call, unless a contact
 * since says it did.
 */
final class DoubtNamed {
    /** "to check (that) the X is …", "wonders whether …", "not sure about …", "worried that …". */
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?:to check|checking|wonder(?:s|ed|ing)?|not sure|unsure|worried|concerned|doubts?|asked)\\s+"
                    + "(?:(?:that|whether|if|about|about whether)\\s+)?((?:the|their|her|his|its|it|they)\\b[^.;:!?]{6,90}?)\\s*(?=[.;:!?]|$)",
            Pattern.CASE_INSENSITIVE);

    private DoubtNamed() {
    }

    /**
     * Reads {@code doubtWhat} (for the opener) and {@code doubtSaid} (for the goal); the general words when nothing is named.
     * Reads {@code doubtCheck}, the opener's question: whether the doubt they named was cleared up; when only a doubtful
     * mood was logged, nothing says a worry was talked about, so it asks how they are getting on with what they got
     * that day, or how things have been since.
     */
    static void read(BriefFacts f, BriefInput in) {
        f.values.put("doubtWhat", "what was on your mind");
        f.values.put("doubtSaid", "");
        f.values.put("doubtCheck", "How have things been since?");
        String words = f.values.get("moodWords");
        if (f.leadingMood != Mood.DOUBTFUL || words == null) {
            return;
        }
        Matcher about = ABOUT.matcher(words);
        if (!about.find()) {
            // "Sold the curl cream; showed her how much to use", logged doubtful: ask after the thing, not after a worry nobody wrote down
            Purchase then = f.moodTouchpoint == null ? null : in.purchases().stream()
                    .filter(p -> p.purchasedOn() != null && p.purchasedOn().equals(BriefFacts.day(f.moodTouchpoint, in)))
                    .findFirst().orElse(null);
            if (then != null) {
                f.values.put("doubtCheck", "How are you getting on with " + f.spoken(BriefFacts.itemName(then, in)) + "?");
            }
            return;
        }
        String thing = about.group(1).strip();
        String lower = thing.toLowerCase(Locale.ROOT);
        // "the washing machine is level": a state checked reads as a question; "the price" stays a thing
        boolean state = lower.matches(".*\\b(is|are|was|were|will|would|can|could|does|do|has|have|fits?|works?)\\b.*");
        String said = (state ? "whether " : "") + thing;
        f.values.put("doubtWhat", "any doubt about " + said);
        f.values.put("doubtCheck", "I wanted to check that any doubt about " + said + " has been cleared up.");
        f.values.put("doubtSaid", " (" + said + ")");
    }

    /**
     * A doubt about whether the thing will be worth having, however it was logged: "doubts it will pay back
     * this year", "not sure it was worth the price", "asked if going for it was a mistake", "asked whether the
     * dash cams can go back if the pilot fails". A doubt about how it looks or sounds ("louder than expected",
     * "warmer at home") is a problem to put right, which the lines on problems and our steps speak of.
     */
    private static final Pattern DOUBT_OF_WORTH = Pattern.compile(
            "\\b(?:doubts?|doubted|doubtful|unsure|not (?:really |quite |so |fully |yet )?(?:sure|convinced)|sceptical|skeptical|hesitant|wary|second thoughts"
                    + "|worried|wonder(?:s|ed|ing)?|questioning|asked (?:us )?(?:if|whether))\\b[^.;]{0,80}?"
                    + "\\b(?:worth (?:it|the (?:price|money|cost|spend))|worth paying|pay (?:back|off)|pays? for itself|value for money|a mistake"
                    + "|the right (?:choice|call|decision|one)|good enough|justify|(?:made|makes|make) (?:much |any |a real |a big |a )?difference)\\b"
                    + "|\\bif (?:the|it|they|this)\\b[^.;]{0,30}\\b(?:pilot|trial)?\\s*(?:fails?|does(?:n't| not) work out)\\b"
                    + "|\\b(?:can|could) (?:go|be sent|be taken) back\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Renewed the licence for another year": a doubt on that day is a doubt about keeping it. */
    private static final Pattern RENEWED = Pattern.compile("\\brenew(?:ed|al|s)?\\b", Pattern.CASE_INSENSITIVE);
    /** A doubt this close to buying (before or after) is a doubt at buying. */
    private static final int AT_BUYING_DAYS = 30;
    /** Before this they have not lived with it: a doubt that fresh is the doubt lines' ({@code thread.doubt}) to answer. */
    static final int LIVED_WITH_DAYS = 21;
    /** After this the doubt at buying is history, not the question of the next call. */
    private static final int ASKED_AFTER_DAYS = 240;
    /** A doubt about the worth of a plan now up for renewal stays the question the renewal meets for its whole term. */
    private static final int RENEWAL_TERM_DAYS = 400;
    /** How many contacts back a doubt is looked for. */
    private static final int WORDS_READ = 40;

    /**
     * Reads {@code doubtAfterSaid}: the newest doubt of theirs from when they bought something (up to a
     * month either side of buying it), at least three weeks old, that no contact since settles (they spoke
     * well of the thing weeks after the doubt, or bought it again), and that no other line says (the
     * doubt a frame leads with, a doubt nobody answered, a reassurance still settling). Their words are
     * quoted, not reworded, so the caller hears the doubt as they told it.
     */
    static void afterBuying(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        String renewing = f.values.containsKey("renewalTerms") && !f.values.get("renewalTerms").isEmpty() ? f.values.get("renewalItem") : null;
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > (renewing == null ? ASKED_AFTER_DAYS : RENEWAL_TERM_DAYS)) {
                return;
            }
            if (!BriefFacts.heard(t)) {
                continue;
            }
            String words = t.summary() + (t.outcome() == null || t.outcome().isBlank() ? "" : " " + t.outcome());
            boolean inWords = DOUBT_OF_WORTH.matcher(words).find();
            // a doubtful mood on their own renewal is a doubt about keeping it, even with no words of doubt (a first order logged
            // "doubtful" says too little: the words of a doubt at first buying are what tell it)
            boolean buyingDoubtful = t.mood() == Mood.DOUBTFUL && t.direction() == app.rapport.domain.Direction.INBOUND && RENEWED.matcher(t.summary()).find()
                    && !TextSignals.saysWentWell(t.outcome() == null ? "" : t.outcome()); // "renewed — Thanked us": the mood is not the last word
            if (!inWords && !buyingDoubtful || TextSignals.saysRefusal(words)) {
                continue;
            }
            Purchase bought = boughtThen(f, in, on, words, inWords);
            if (bought == null) {
                continue;
            }
            String thing = f.spoken(BriefFacts.itemName(bought, in));
            // "the board doubts the module will pay back this year", and the module is up for renewal now: however well it went
            // since, the renewal meets that question, and whoever decides it will ask it again
            boolean renewingIt = inWords && thing.equals(renewing) && DOUBT_OF_WORTH.matcher(words).find();
            if (age > ASKED_AFTER_DAYS && !renewingIt) {
                continue;
            }
            // the newest doubt at buying is the one; younger than three weeks, or said by another line, it is not ours to say
            if (age < LIVED_WITH_DAYS || saidElsewhere(f, t) || !renewingIt && settledSince(f, in, past.subList(0, i), on, bought)
                    || renewingIt && boughtAgainSince(in, on, f.today, bought)) {
                return;
            }
            if (renewingIt) {
                String quoted = BriefFacts.said(t);
                f.values.put("doubtAfterSaid", "They doubted " + thing + " would be worth it (" + f.dayInWords(on, f.today) + ": \u201c" + quoted
                        + "\u201d), and it is up for renewal on " + f.values.get("renewalDate")
                        + ": expect that question again, and bring what it has done for them since.");
                return;
            }
            long fromBuying = BriefFacts.days(bought.purchasedOn(), on);
            boolean renewal = RENEWED.matcher(words).find();
            String when = renewal ? "when they renewed " + thing
                    : fromBuying < -2 ? "before they got " + thing
                    : fromBuying <= 2 ? "when they got " + thing : "soon after they got " + thing;
            String quoted = BriefFacts.said(t);
            String since = TimeWords.span(BriefFacts.days(bought.purchasedOn(), f.today)) + " on, ";
            f.values.put("doubtAfterSaid", inWords
                    ? "They had a doubt " + when + " (" + f.dayInWords(on, f.today) + ": \u201c" + quoted + "\u201d), and nothing since says how it turned out: "
                    + since + "ask honestly whether it has proved itself for them."
                    : "They sounded unsure " + when + " (" + f.dayInWords(on, f.today) + ": \u201c" + quoted + "\u201d), and nothing since says why: "
                    + since + "ask gently what held them back, and what would make it worth it for them.");
            return;
        }
    }

    /**
     * What they had bought, or went on to buy, within a month of the doubt: the thing its words name, else
     * (when the words name nothing we sell, or the doubt is only a mood on the day) the purchase nearest it.
     */
    private static Purchase boughtThen(BriefFacts f, BriefInput in, LocalDate on, String words, boolean inWords) {
        Purchase nearest = null;
        long nearestGap = Long.MAX_VALUE;
        for (Purchase p : in.purchases()) {
            long gap = Math.abs(BriefFacts.days(p.purchasedOn(), on));
            if (gap > (inWords ? AT_BUYING_DAYS : 2) || p.purchasedOn().isAfter(f.today)) {
                continue;
            }
            if (named(f.spoken(BriefFacts.itemName(p, in)), words)) {
                return p;
            }
            if (gap < nearestGap) {
                nearest = p;
                nearestGap = gap;
            }
        }
        if (nearest == null || namesSomethingElse(f, in, words)) {
            return null; // "unsure about the analytics module" beside a tracker bought that week is a doubt about buying more, not about the trackers
        }
        // a mood alone is a doubt at buying only on the contact that bought it
        return inWords || nearestGap <= 2 ? nearest : null;
    }

    /** Words of a thing's name that say nothing of which thing it is ("7 × Vehicle dash camera" is named by "dash"). */
    private static final Pattern NOT_NAMING = Pattern.compile(
            "^(?:the|a|an|and|with|for|of|pack|units?|annual|vehicles?|users?|licen[cs]e|plan|service|support|module|add-on|kit|set|new|full|standard|premium)$",
            Pattern.CASE_INSENSITIVE);

    /** The words name the thing: its last word, or a word of its name that tells it apart ("dash cams" names the vehicle dash camera). */
    private static boolean named(String thing, String words) {
        if (BriefFacts.spokeOf(thing, words)) {
            return true;
        }
        for (String word : thing.replaceAll("\\([^)]*\\)", " ").split("[^\\p{L}-]+")) {
            if (word.length() >= 4 && !NOT_NAMING.matcher(word).matches()
                    && Pattern.compile("\\b" + Pattern.quote(word) + "s?\\b", Pattern.CASE_INSENSITIVE).matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words name something we sell that they did not buy then: the doubt is about that, not what they bought. */
    private static boolean namesSomethingElse(BriefFacts f, BriefInput in, String words) {
        for (Product product : in.products().values()) {
            if (BriefFacts.spokeOf(f.spoken(product.name()), words)) {
                return true;
            }
        }
        return false;
    }

    /** Another line already speaks of this doubt: the mood a frame leads with, the doubt nobody answered, or our reassurance still settling. */
    private static boolean saidElsewhere(BriefFacts f, Touchpoint t) {
        if (f.moodTouchpoint == t && f.leadingMood == Mood.DOUBTFUL) {
            return true;
        }
        String threadWords = f.values.get("threadWords");
        if ("doubt".equals(f.thread) && threadWords != null && threadWords.startsWith(BriefFacts.stripEnd(t.summary()))) {
            return true;
        }
        return "settling".equals(f.underWay);
    }

    /**
     * Something since settles the doubt: they spoke well of the thing once they had lived with it (weeks
     * after the doubt, not the week-one check that only says it is live), we talked it through with them
     * then, they came in weeks on (whoever saw them heard how it is), or they bought it again.
     */
    private static boolean settledSince(BriefFacts f, BriefInput in, List<Touchpoint> newer, LocalDate on, Purchase bought) {
        String thing = f.spoken(BriefFacts.itemName(bought, in));
        for (Touchpoint t : newer) {
            if (!BriefFacts.heard(t) || BriefFacts.days(on, BriefFacts.day(t, in)) < LIVED_WITH_DAYS) {
                continue;
            }
            if (t.direction() == app.rapport.domain.Direction.INBOUND && t.channel() == app.rapport.domain.Channel.VISIT && (t.mood() == null || t.mood().tone() >= 0)
                    && !BriefFacts.day(t, in).isBefore(bought.purchasedOn().plusDays(LIVED_WITH_DAYS))) {
                return true; // they came in weeks on, having lived with it: whoever saw them heard how it is (as a visit ends the doubt lines' doubt)
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            // "Called Maggie about the bond-repair treatment; explained it builds up over three visits — Reassured": weeks on, the doubt was talked through
            if (named(thing, words) && (TextSignals.saysWentWell(words) || TextSignals.saysSettled(words) || TextSignals.saysReassured(words)
                    || t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED)) {
                return true;
            }
        }
        return boughtAgainSince(in, on, f.today, bought);
    }

    /** They bought the same thing again after the doubt: it proved itself. */
    private static boolean boughtAgainSince(BriefInput in, LocalDate on, LocalDate today, Purchase bought) {
        for (Purchase p : in.purchases()) {
            if (p != bought && p.purchasedOn().isAfter(on) && !p.purchasedOn().isAfter(today)
                    && (bought.productId() != null ? bought.productId().equals(p.productId()) : p.description().equalsIgnoreCase(bought.description()))) {
                return true;
            }
        }
        return false;
    }
}
