package app.rapport.domain.brief;

import app.rapport.domain.SwotItem;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a strength of ours meets a competitor's weak spot: the need behind the weakness ("hard to
 * reach after the sale": someone to talk to) is the one the strength speaks to ("local people answer
 * the phone"), or both name the same specific thing ("weak offline mode", "works offline in the van").
 * A broad topic shared is not enough: "owner close to retirement" and "local people answer the phone"
 * are both "near", and saying one as the answer to the other tells the client nothing. A weakness
 * nothing of ours meets is better left unanswered than answered with a line beside the point.
 */
final class CompetitorNeeds {
    private CompetitorNeeds() {
    }

    /** What a client misses when a rival falls short, each with the words of a weak spot and of an answer to it. */
    enum Need {
        /** Someone to talk to, who picks up. */
        REACH(List.of("hard to reach", "hard to get hold", "no one to talk", "nobody to talk", "no one answers", "chat bot", "chatbot",
                        "call centre", "call center", "email only", "by email", "no phone", "after-sales", "after the sale",
                        "not directly", "through partners", "short notice", "never call back", "no answer", "small support"),
                List.of("answer the phone", "answers the phone", "pick up", "picks up", "reach", "direct line", "talk to",
                        "knows the customer", "know the customer", "local support", "named support", "call back", "on-site presence",
                        "on call")),
        /** The same people, who know them and do the work themselves. */
        CONTINUITY(List.of("different stylist", "different person", "different engineer", "different fitter", "someone new",
                        "staff rotate", "rotate", "turnover", "staff leave", "subcontract", "third-party", "third party", "agency",
                        "through partners", "not directly", "temps"),
                List.of("same faces", "same stylist", "same person", "same engineer", "same team", "own team", "own trained",
                        "own installers", "own engineers", "own staff", "never subcontract", "not subcontract", "no subcontract",
                        "remembered", "already know", "knows the customer", "know the customer", "on file")),
        /** Not having to wait. */
        WAITING(List.of("wait", "waits", "waiting", "long queue", "hard to get", "book up", "books up", "delay", "slow repair",
                        "slow deliver", "slow support", "slow response", "slow to answer", "slow to respond", "weeks to", "take months",
                        "takes months", "slow install"),
                List.of("same-week", "same week", "same-day", "same day", "next day", "next-day", "within a week", "within a day",
                        "within days", "fast", "quick", "no wait", "no waiting", "short notice", "live in", "in-house within")),
        /** Time and care for them, not a conveyor belt. */
        CARE(List.of("rushed", "hurried", "fifteen-minute", "in and out", "conveyor", "treat as small", "treat them as small",
                        "impersonal", "no time for"),
                List.of("unhurried", "never rushed", "take our time", "takes time", "time for", "time with", "attention", "personal",
                        "welcome", "relaxed")),
        /** People who know their trade and the products. */
        SKILL(List.of("know little", "knows little", "inexperienced", "junior", "untrained", "not trained", "mistakes", "no expertise",
                        "amateur"),
                List.of("trained", "experience", "senior", "expert", "skilled", "qualified", "know the products", "knows the products",
                        "know every", "specialist")),
        /** Getting it delivered and fitted properly. */
        FITTING(List.of("no installation", "installation subcontracted", "courier", "damaged deliver", "no delivery", "no home delivery",
                        "delivery by", "no fitting", "self-install", "install it yourself"),
                List.of("installers", "installation", "we install", "we fit", "fitters", "deliver", "delivery", "take the old",
                        "does the work", "do the work")),
        /** Hours that suit them. */
        HOURS(List.of("no evening", "no sunday", "no saturday", "no weekend", "closed on", "short opening", "office hours only",
                        "opening hours"),
                List.of("late opening", "open late", "evening", "evenings", "weekend", "sunday", "saturday", "seven days", "day and night",
                        "24/7", "24 hours")),
        /** Easy to get to. */
        PLACE(List.of("parking", "far from", "out of town", "hard to find", "no salon", "no shop", "no showroom", "bad weather"),
                List.of("central", "parking", "station", "minutes from", "high street", "on your doorstep", "showroom")),
        /** Simple to start and to use. */
        EASE(List.of("complex", "complicated", "costly implementation", "long implementation", "long, costly", "hard to learn",
                        "steep learning", "clunky", "hard to use"),
                List.of("simple", "easy", "go-live", "live in", "fast onboarding", "quick onboarding", "intuitive", "no training")),
        /** One place for everything, no second vendor or tool. */
        ONE_PLACE(List.of("other vendors", "second tool", "second vendor", "several vendors", "depends on"),
                List.of("one suite", "one team for", "one vendor", "all in one", "all-in-one", "everything in one", "fewer vendors")),
        /** What they want is there to choose. */
        RANGE(List.of("little beyond", "only cuts", "cuts only", "no colour", "small range", "limited range", "narrow range",
                        "older models", "few models", "no cuts beyond"),
                List.of("full range", "wide range", "whole range", "latest models", "new models", "colourists", "colour services",
                        "every model", "in stock")),
        /** Someone who will still be there in years. */
        STAYING(List.of("retir", "closing down", "may close", "might close", "for sale", "new and unproven", "just started",
                        "going out of business"),
                List.of("twenty years", "thirty years", "ten years", "since 19", "since 20", "established", "family-run", "long-standing",
                        "years in town", "here to stay"));

        final List<String> weakSpot;
        final List<String> answer;

        Need(List<String> weakSpot, List<String> answer) {
            this.weakSpot = weakSpot;
            this.answer = answer;
        }
    }

    /** Words too general to say two cards are about the same thing ("work", "team", "home"). */
    private static final Set<String> GENERAL = Set.of("work", "works", "team", "teams", "staff", "people", "client", "custom", "every", "time", "times", "years", "weeks", "month", "months", "never", "always", "does", "done", "make", "want",
            "need", "small", "large", "little", "limite", "local", "home", "simple", "known", "their", "other", "whole", "first",
            "best", "high", "price", "prices", "town", "city");

    /** Cards' needs, read once: the same few cards are compared in every brief of a book. */
    private static final java.util.Map<String, Set<Need>> WEAK_SPOTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Set<Need>> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MOST_REMEMBERED = 5_000;

    private static Set<Need> remembered(java.util.Map<String, Set<Need>> cache, String text, boolean asWeakSpot) {
        if (cache.size() > MOST_REMEMBERED) {
            cache.clear();
        }
        return cache.computeIfAbsent(text, key -> needsOf(key, asWeakSpot));
    }

    /** Whether {@code ours} answers {@code weakness}: a need both speak to, or a specific word both name. */
    static boolean meets(SwotItem weakness, SwotItem ours) {
        Set<Need> missed = remembered(WEAK_SPOTS, weakness.text() == null ? "" : weakness.text(), true);
        Set<Need> met = remembered(ANSWERS, ours.text() + " " + (ours.evidence() == null ? "" : ours.evidence()), false);
        for (Need need : missed) {
            if (met.contains(need)) {
                return true;
            }
        }
        Set<String> theirs = CompetitorAnswers.words(weakness.text());
        for (String word : CompetitorAnswers.words(ours.text())) {
            if (theirs.contains(word) && !GENERAL.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The needs a card's words name, read as a weak spot or as an answer. */
    static Set<Need> needsOf(String text, boolean asWeakSpot) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        if (text == null) {
            return needs;
        }
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}/,-]+", " ").replace(",", " ,") + " ";
        for (Need need : Need.values()) {
            for (String cue : asWeakSpot ? need.weakSpot : need.answer) {
                if (words.contains(" " + cue.replace(",", " ,"))) {
                    needs.add(need);
                    break;
                }
            }
        }
        return needs;
    }
}
