package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Time words of theirs that come due: "might be back for a dryer next year", said in February, or a note that they run the
 * old routing system "until next year", written in June, read in December, when next year is weeks away. The words are
 * read from the day they were written ({@link TimeWords#period}); what they name is said when it starts within about three
 * months, or began only lately, and nothing since speaks of the thing.
 */
final class DatesAhead {
    /** How far back words are read: what was said longer ago than a year is the past, unless the time it named is running now. */
    private static final int SAID_DAYS = 365;
    /**
     * Words said this long ago are still read when the stretch they named has come and is not over: "might be back for a dryer
     * next year", said in September 2025 and read in December 2026, names this year, weeks from its end (Stefan Nowak, read 49).
     */
    private static final int RUNNING_READ_DAYS = 730;
    /**
     * A budget they said would come at a time ("budget next quarter", said in June) is still the thread this long after that
     * time began, while nothing since speaks of it: the quarter has come and gone, and whether the budget came through is
     * theirs to tell (Driftwood Fire Protection, read 48).
     */
    private static final int BUDGET_PASSED_DAYS = 183;
    /** A stretch that began this lately is still news ("next year" read on January 9). */
    private static final int BEGUN_DAYS = 14;
    private static final int CONTACTS_READ = 60;
    /** A stretch of theirs that has come is said to end when it ends within this many days ("it ends in three weeks"). */
    private static final int SAYS_END_DAYS = 45;
    /** Words that say nothing of what a sentence is about, so they never tell that a later contact speaks of the same thing. */
    private static final Set<String> PLAIN = Set.of("the", "old", "new", "our", "their", "your", "uses", "use", "using", "year", "next",
            "until", "after", "before", "with", "from", "about", "back", "might", "maybe", "will", "would", "could", "they", "them",
            "that", "this", "then", "than", "into", "when", "some", "more", "still", "want", "wants", "said", "says", "early", "late",
            "month", "quarter", "spring", "summer", "autumn", "winter", "christmas", "january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december", "have", "been", "also", "again", "just", "what",
            "week", "weeks", "months", "within", "three", "four", "five", "seven", "eight", "nine", "eleven", "twelve", "asked", "asks",
            "question", "enquiry", "qualified");

    /** What they owe us falls due on its own ("last instalment due next year"): a date of the finance, no plan of theirs to ask after. */
    private static final Pattern OWED_TO_US = Pattern.compile("\\b(instal+ments?|payments?|repayments?|invoices?|financ\\w*|0%)", Pattern.CASE_INSENSITIVE);

    private DatesAhead() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.putIfAbsent("dateAheadSorry", "");
        LocalDate today = f.today;
        // their words: what they said back, or a contact of theirs; what we told them is ours (a notice, an agenda)
        // an outcome of theirs carries their time as often as the summary ("asked about GPS trackers for the whole fleet —
        // Qualified; budget next quarter", Juan Martin, read 48), so both are read
        Said<TimeWords.PeriodNamed> best = newestSaid(in, past, today, RUNNING_READ_DAYS, DatesAhead::theirWords,
                (words, on) -> comingUp(words, on, today));
        if (best == null) {
            spanDue(f, in, past);
            return;
        }
        if (saidElsewhere(f, best.found()) || cameInSince(best.words(), best.on(), in, past)) {
            return;
        }
        f.values.put("timeAheadSaid", BriefFacts.stripEnd(best.words().strip()));
        // "Yuki wanted references — Qualified; budget next quarter": the line is about the budget, and the references are
        // still their ask to answer, so only the outcome that named the time counts as said
        int dash = best.words().indexOf(" \u2014 ");
        f.timeAheadTopic = dash >= 0 && TimeWords.periods(best.words().substring(0, dash), best.on()).isEmpty()
                ? best.words().substring(dash + 3) : best.words();
        f.values.put("timeAheadOn", f.dayInWords(best.on(), today));
        f.values.put("timeAheadWhen", when(best.found(), today));
        f.values.put("timeAheadStep", budgetComes(best.found(), best.words()) ? budgetStep(best.found(), today) : step(best.found(), best.words()));
        f.values.put("timeAheadAsk", budgetComes(best.found(), best.words()) ? budgetQuestion(best.found(), today) : question(best.found(), best.words()));
        f.values.put("timeAheadYou", budgetComes(best.found(), best.words()) ? budgetToThem(best.found(), best.words()) : toThem(best.words()));
        f.values.put("timeAheadLeads", "yes");
        outrunsTheQuiet(f, best.on());
    }

    /**
     * A time they named after something of ours went quiet ("wants to come in before the holidays", three weeks ago, over a
     * scalp treatment they were to decide on after payday in August) is the newer thread of their own: it leads, and the
     * quiet offer is a line under it (Chloé Anderson, read 44).
     */
    private static void outrunsTheQuiet(BriefFacts f, LocalDate namedOn) {
        if (f.offerGoneQuiet && f.quietAgeDays != null && BriefFacts.days(namedOn, f.today) < f.quietAgeDays) {
            f.quietOutrun = true;
        }
    }

    /** A span counted from the words' day ("decision after twelve weeks") is said from this many days before its end... */
    private static final int SPAN_AHEAD_DAYS = 14;
    /** ...until this many days after it, while nothing since speaks of it: a decision a month overdue is still the thread. */
    private static final int SPAN_PASSED_DAYS = 45;

    /**
     * A span counted from the day words were written, at whose end something falls due (a pinned "pilot runs with one depot;
     * decision after twelve weeks", written August 28, read on December 6: the decision fell due around November 20), said
     * from a fortnight before its end to six weeks after, while nothing since speaks of it (Lindenhof, read 40). The newest
     * words naming one count: a note, or the words of a contact.
     */
    private static void spanDue(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        LocalDate today = f.today;
        Said<TimeWords.SpanDue> best = newestSaid(in, past, today, Long.MAX_VALUE,
                // a newsletter's "in two weeks" is everyone's
                t -> BriefFacts.notice(t) ? null
                        : t.outcome() == null || t.outcome().isBlank() ? t.summary() : BriefFacts.stripEnd(t.summary()) + ". " + t.outcome(),
                (words, on) -> dueAround(words, on, today));
        if (best == null) {
            return;
        }
        String said = BriefFacts.stripEnd(best.words().strip());
        String lower = said.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> fact : f.values.entrySet()) {
            if (!fact.getKey().startsWith("timeAhead") && fact.getValue() != null && fact.getValue().length() > 12
                    && (fact.getValue().toLowerCase(Locale.ROOT).contains(lower) || lower.contains(fact.getValue().toLowerCase(Locale.ROOT)))) {
                return; // another line quotes the same words
            }
        }
        f.values.put("timeAheadSaid", said);
        f.values.put("timeAheadOn", f.dayInWords(best.on(), today));
        f.values.put("timeAheadWhen", spanWhen(best.found(), today, f));
        f.values.put("timeAheadStep", spanStep(best.found(), said, today));
        f.values.put("timeAheadAsk", spanQuestion(best.found(), said, today));
        f.values.put("timeAheadYou", toThem(said));
        // a decision or a trial of theirs falling due is a call of its own; a span that only runs out ("next visit booked in six
        // weeks") is a line, and the visit booked at it is read elsewhere
        if (DECISION.matcher(said).find() || TRIAL.matcher(said).find()) {
            f.values.put("timeAheadLeads", "yes");
            outrunsTheQuiet(f, best.on());
        }
    }

    /** The words of a contact that are theirs: what they said or asked, with its outcome; of a contact of ours, what came back. */
    private static String theirWords(Touchpoint t) {
        return t.direction() == Direction.INBOUND ? BriefFacts.said(t) : t.outcome();
    }

    /** "Budget next quarter", "funding in the spring": their budget comes at the time named, not by it. */
    private static boolean budgetComes(TimeWords.PeriodNamed period, String words) {
        return !period.deadline() && BUDGET_COMES.matcher(words).find();
    }

    private static final Pattern BUDGET_COMES = Pattern.compile("\\b(budget|funding)\\b", Pattern.CASE_INSENSITIVE);

    /** Before their budget comes, what we offer should be in front of them; once it has, ask whether it came through. */
    private static String budgetStep(TimeWords.PeriodNamed period, LocalDate today) {
        return period.start().isAfter(today) ? "if anything of ours is to be in that budget, it should reach them before then"
                : "ask whether the budget came through, and what they need from us now";
    }

    private static String budgetQuestion(TimeWords.PeriodNamed period, LocalDate today) {
        return period.start().isAfter(today) ? "is there anything of ours you would like in front of you before " + spokenPeriod(period) + "?"
                : "did the budget come through, and is there anything you need from us now?";
    }

    /**
     * Their budget said back to them with what it was for: ", when you asked about lead times for GPS trackers and said the
     * budget would come next quarter"; only the budget when what they asked reads not as one plain clause.
     */
    private static String budgetToThem(TimeWords.PeriodNamed period, String words) {
        String budget = " the budget would come " + period.words();
        int dash = words.indexOf(" \u2014 ");
        String asked = dash < 0 ? "" : words.substring(0, dash).strip();
        java.util.regex.Matcher m = ASKED.matcher(asked);
        if (m.matches() && !m.group(1).matches("(?s).*[;:.!?\"\u201c].*") && m.group(1).length() <= 80) {
            return ", when you asked " + m.group(1) + " and said" + budget;
        }
        return ", that" + budget;
    }

    /** "Juan asked about lead times for GPS trackers", "Asked for pricing for 30 users": what they asked, after the verb. */
    private static final Pattern ASKED = Pattern.compile("(?:\\p{Lu}\\p{L}+\\s+)?asked\\s+((?:about|for)\\s.+)", Pattern.CASE_INSENSITIVE);

    /** A modal or a verb of their own that opens their words, as said back to them: "might be back" stays, "wants" is "want". */
    private static final Map<String, String> SAID_BACK = Map.ofEntries(Map.entry("might", "might"), Map.entry("may", "may"),
            Map.entry("will", "will"), Map.entry("would", "would"), Map.entry("could", "could"), Map.entry("wants", "want"),
            Map.entry("plans", "plan"), Map.entry("hopes", "hope"), Map.entry("expects", "expect"), Map.entry("needs", "need"),
            Map.entry("uses", "use"), Map.entry("thinks", "think"), Map.entry("intends", "intend"), Map.entry("has", "have"),
            Map.entry("is", "are"));
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(they|them|their|he|she|his|her|him|we|our|us)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Their words said back to them (", that you might be back for a dryer next year"), so the opener names what it is about;
     * empty when the words are not one plain clause of theirs that opens on their own verb.
     */
    static String toThem(String words) {
        String clause = BriefFacts.stripEnd(words == null ? "" : words.strip());
        if (clause.isEmpty() || clause.length() > 90 || clause.matches("(?s).*[;:.!?\\n\"\u201c].*") || SOMEONE_ELSE.matcher(clause).find()) {
            return "";
        }
        // "Already has a contract with them until next year": "that you already have a contract …"
        String already = clause.regionMatches(true, 0, "already ", 0, 8) ? "already " : "";
        String[] split = clause.substring(already.length()).split("\\s+", 2);
        String verb = SAID_BACK.get(split[0].toLowerCase(Locale.ROOT));
        return verb == null || split.length < 2 ? "" : ", that you " + already + verb + " " + split[1];
    }

    /** Something found in words, the day they were said, and the words. */
    private record Said<T>(T found, LocalDate on, String words) {
    }

    /**
     * The newest words in which {@code reader} finds something that nothing since speaks of: a note written within
     * {@code notesWithinDays}, or a contact newer than that note ({@code wordsOf} its words, null for one not read).
     */
    private static <T> Said<T> newestSaid(BriefInput in, List<Touchpoint> past, LocalDate today, long notesWithinDays,
                                         Function<Touchpoint, String> wordsOf, BiFunction<String, LocalDate, T> reader) {
        Said<T> best = null;
        for (Note note : in.notes()) {
            if (note.createdAt() == null || note.body() == null) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(note.createdAt(), in.zone());
            if (on.isAfter(today) || BriefFacts.days(on, today) > notesWithinDays) {
                continue;
            }
            T found = reader.apply(note.body(), on);
            if (found != null && (best == null || on.isAfter(best.on())) && !spokenOfSince(note.body(), on, in, past)) {
                best = new Said<>(found, on, note.body());
            }
        }
        for (int i = 0; i < Math.min(past.size(), CONTACTS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            // older words are the reader's to weigh (a time named that is running now)
            if (BriefFacts.days(on, today) > RUNNING_READ_DAYS || best != null && !on.isAfter(best.on())) {
                break;
            }
            String words = wordsOf.apply(t);
            T found = words == null ? null : reader.apply(words, on);
            if (found != null && !spokenOfSince(words, on, in, past.subList(0, i))) {
                return new Said<>(found, on, words);
            }
        }
        return best;
    }

    /** The span the words name, when its end lies from a fortnight ahead to six weeks back. */
    private static TimeWords.SpanDue dueAround(String words, LocalDate said, LocalDate today) {
        if (OWED_TO_US.matcher(words).find()) {
            return null;
        }
        TimeWords.SpanDue span = TimeWords.spanDue(words, said);
        if (span == null) {
            return null;
        }
        long ahead = ChronoUnit.DAYS.between(today, span.due());
        return ahead <= SPAN_AHEAD_DAYS && ahead >= -SPAN_PASSED_DAYS ? span : null;
    }

    /** "The twelve weeks were up around November 20", "the six-week pilot ends around December 14", "... about now". */
    private static String spanWhen(TimeWords.SpanDue span, LocalDate today, BriefFacts f) {
        long ahead = ChronoUnit.DAYS.between(today, span.due());
        String what = span.trial() ? "The " + span.span().replaceFirst(" (week|month)s?$", "-$1") + " " + trialWord(span.words()) : "The " + span.span();
        boolean one = span.span().startsWith("a ") || span.span().startsWith("an ");
        if (one) {
            what = span.trial() ? what : "That " + span.span().replaceFirst("^an? ", "");
        }
        String around = "around " + f.dayInWords(span.due(), today);
        if (Math.abs(ahead) <= 2) {
            return what + (span.trial() ? " ends" : one ? " is" : " are") + " up about now (" + around + ")";
        }
        if (ahead > 0) {
            return what + (span.trial() ? " ends " : one ? " is up " : " are up ") + around;
        }
        return what + (span.trial() ? " ended " : one ? " was up " : " were up ") + around;
    }

    private static String trialWord(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return lower.contains("pilot") ? "pilot" : lower.contains("evaluation") ? "evaluation" : "trial";
    }

    private static final Pattern DECISION = Pattern.compile("\\b(decision|decide\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRIAL = Pattern.compile("\\b(pilot|trial|evaluation)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COME_IN = Pattern.compile("\\b(?:come|pop|drop|call)\\s+(?:in|by|round)\\b|\\bbook(?:ing)?\\s+in\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A plan of theirs to come in ("wants to come in before the holidays") that a service they had since, or a booking, has met:
     * Brian came in for his cut two days after saying it, with the next visit booked (read on seed 4813).
     */
    private static boolean cameInSince(String words, LocalDate on, BriefInput in, List<Touchpoint> past) {
        TextSignals.Ask plan = TextSignals.ask(words, false);
        // "might be back for a dryer next year" is met by a dryer, not by any visit
        if (plan == null || plan.kind() != TextSignals.AskKind.PLAN || !COME_IN.matcher(words).find()) {
            return false;
        }
        for (app.rapport.domain.Purchase p : in.purchases()) {
            // a visit for a service since; a pot of finishing oil picked up at the desk is no visit of the kind they meant
            if (p.purchasedOn() != null && p.purchasedOn().isAfter(on) && BriefFacts.kind(p, in) == ItemKind.SERVICE) {
                return true;
            }
        }
        for (Touchpoint t : past) {
            if (!BriefFacts.day(t, in).isAfter(on)) {
                break; // newest first
            }
            if (TextSignals.saysBooked(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))) {
                return true;
            }
        }
        return false;
    }

    /** The opener's question when a span of theirs is up, asked as {@link #spanStep} says to. */
    private static String spanQuestion(TimeWords.SpanDue span, String words, LocalDate today) {
        boolean passed = span.due().isBefore(today.minusDays(2));
        if (DECISION.matcher(words).find()) {
            return passed ? "where does the decision stand, and is there anything you need from us for it?"
                    : "how is it going, and is there anything you need from us for the decision?";
        }
        if (TRIAL.matcher(words).find()) {
            return passed ? "how did the " + trialWord(words) + " go?" : "how is the " + trialWord(words) + " going?";
        }
        return passed ? "where do things stand now?" : "is it still on?";
    }

    /** What to ask when a span of theirs is up: where the decision stands, how the trial went, else where it stands now. */
    private static String spanStep(TimeWords.SpanDue span, String words, LocalDate today) {
        boolean passed = span.due().isBefore(today.minusDays(2));
        if (DECISION.matcher(words).find()) {
            return passed ? "ask where the decision stands, and whether they need anything from us for it"
                    : "ask how it is going, and what they need from us for the decision";
        }
        if (TRIAL.matcher(words).find()) {
            return passed ? "ask how the " + trialWord(words) + " went, and what they want to do next" : "ask how the " + trialWord(words) + " is going";
        }
        return passed ? "ask where that stands now" : "check it is still on for then";
    }

    /** The stretch the words name, when it starts within about three months of today, or began lately, after they were said. */
    private static TimeWords.PeriodNamed comingUp(String words, LocalDate said, LocalDate today) {
        if (OWED_TO_US.matcher(words).find()) {
            return null;
        }
        // "Budget year starts in April; proposals by January": read in December, January is the one coming up; read in
        // February, with both ahead, the sooner is the one to act on
        TimeWords.PeriodNamed soonest = null;
        boolean longAgo = BriefFacts.days(said, today) > SAID_DAYS;
        for (TimeWords.PeriodNamed period : TimeWords.periods(words, said)) {
            long ahead = ChronoUnit.DAYS.between(today, period.start());
            boolean close = ahead <= BriefFacts.AHEAD_DAYS && (ahead >= -BEGUN_DAYS || running(period, today))
                    || ahead < 0 && -ahead <= BUDGET_PASSED_DAYS && budgetComes(period, words);
            if (longAgo && !running(period, today)) {
                continue; // said over a year ago, of a time that is not now
            }
            if (period.start().isAfter(said) && close && !saidInIt(period, said)
                    && (soonest == null || period.start().isBefore(soonest.start()))) {
                soonest = period;
            }
        }
        return soonest;
    }

    /**
     * What to do about a time they named, now that it is close: a time by which something is to be done ("proposals by
     * January", "before the holidays") asks for it now; a time when something begins ("until next year") asks where it stands.
     */
    static String step(TimeWords.PeriodNamed period, String words) {
        if (!period.deadline()) {
            String booking = booking(words);
            String plans = PLANS.matcher(words).find() ? "ask how the plans are coming along" : null;
            if (booking != null) {
                return (plans == null ? "" : plans + ", and ") + "offer to book " + booking + " for " + spokenPeriod(period);
            }
            String back = backFor(words);
            return plans != null ? plans : back != null ? "ask, with no push, whether " + back + " is still on their mind" : "ask where that stands now";
        }
        if (BUDGET.matcher(words).find()) {
            return "if anything of ours is to be in their next budget, it should reach them before then";
        }
        TextSignals.Ask plan = TextSignals.ask(words, false);
        return plan != null && plan.kind() == TextSignals.AskKind.PLAN ? "offer them a time before " + spokenPeriod(period) : "anything that should happen by then is due now";
    }

    /**
     * The opener's question for a time they named, the question {@link #step} says to ask: "how are the plans coming along?
     * Shall I book the trial for March?".
     */
    static String question(TimeWords.PeriodNamed period, String words) {
        if (!period.deadline()) {
            String booking = booking(words);
            String plans = PLANS.matcher(words).find() ? "how are the plans coming along?" : null;
            if (booking != null) {
                String book = "would you like me to book " + booking + " for " + spokenPeriod(period) + "?";
                return plans == null ? book : plans + " And " + book;
            }
            String back = backFor(words);
            return plans != null ? plans : back != null ? "is " + back + " still on your mind?" : "where do things stand now?";
        }
        if (BUDGET.matcher(words).find()) {
            return "is there anything of ours you would like in front of you before " + spokenPeriod(period) + "?";
        }
        TextSignals.Ask plan = TextSignals.ask(words, false);
        return plan != null && plan.kind() == TextSignals.AskKind.PLAN ? "shall I find you a time before " + spokenPeriod(period) + "?"
                : "is there anything you need from us before " + spokenPeriod(period) + "?";
    }

    /** A visit of ours they named for a time ahead ("wants the trial in March"): "the trial". */
    private static final Pattern BOOKING = Pattern.compile(
            "\\b(?:(?:the|a|an|their|her|his)\\s+)?((?:bridal |hair |colour |wedding |makeup |make-up )?(?:trial|fitting|consultation|patch test|appointment|site visit|survey|home measure))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Might be back for a dryer next year": what they would come back for, "a dryer". */
    private static final Pattern BACK_FOR = Pattern.compile(
            "\\b(?:be |come )?back for ((?:a|an|the|another|some) [\\p{L}-]+(?: [\\p{L}-]+)?)\\s+(?:next|in|after|before|around|by|early|late|once|when|this)\\b",
            Pattern.CASE_INSENSITIVE);

    private static String backFor(String words) {
        java.util.regex.Matcher m = BACK_FOR.matcher(words);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String booking(String words) {
        java.util.regex.Matcher m = BOOKING.matcher(words);
        return m.find() ? "the " + m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** "March", "the new year", "Christmas", "the spring": the time named, as it follows "for" or "before". */
    private static String spokenPeriod(TimeWords.PeriodNamed period) {
        String name = period.name();
        if (name.chars().allMatch(Character::isDigit)) {
            return "the new year";
        }
        if (name.equals("the quarter")) {
            return "the next quarter";
        }
        return Character.isLowerCase(name.charAt(0)) && !name.startsWith("the ") ? "the " + name : name;
    }

    /** The facts that say a plan of theirs to come in, spoken only by its own line or a frame that books the next visit. */
    private static final Set<String> PLAN_FACTS = Set.of("askWhat", "askWhatYou", "bookOpener", "bookGoal", "bookSaid");

    /** A plan of their own life or place ("moving house in the spring", "wedding planned for next June"): asked after kindly. */
    private static final Pattern PLANS = Pattern.compile(
            "\\b(mov(?:e|es|ing)\\b(?! (?:to|over to|away from) (?:a |an |another |the )?(?:new )?(?:supplier|provider|vendor|system|platform))|relocat\\w*|wedding"
                    + "|getting married|baby|renovat\\w*|new (?:kitchen|house|home|bathroom|premises|depot|site|office))",
            Pattern.CASE_INSENSITIVE);

    /** Words of a budget round: what is to be in it has to be put to them by the date they named. */
    private static final Pattern BUDGET = Pattern.compile("\\b(budget\\w*|proposals?|tenders?|bids?|funding)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What to ask of a plan of theirs to come back, read against the time it names: "might be back for a dryer next year", said
     * in November, is not pushed to now with the new year weeks away; "wants to come in before the holidays" is offered a
     * time before Christmas; a plan that names no time, or one whose time has come, asks whether now would suit them.
     */
    static String planStep(String plan, LocalDate said, LocalDate today) {
        TimeWords.PeriodNamed period = TimeWords.period(plan, said);
        if (period == null || !period.start().isAfter(said)) {
            return NOW_SUITS;
        }
        if (period.deadline()) {
            LocalDate by = "Christmas".equals(period.name()) ? LocalDate.of(period.start().getYear(), 12, 25) : period.start();
            return by.isAfter(today) ? ". " + when(period, today) + ": offer a time before then" : NOW_SUITS;
        }
        if (period.start().isAfter(today) && ChronoUnit.DAYS.between(said, today) <= PLAN_FRESH_DAYS) {
            // "might be back for a dryer next year", said two days ago: asking whether it still stands is a touch too many
            return ": they said it lately, so there is no need to ask about it again before then";
        }
        if (period.start().isAfter(today)) {
            return ". " + when(period, today) + ": ask whether that still stands for then";
        }
        return NOW_SUITS;
    }

    /**
     * The time a wish of theirs is to be met by, while it is still ahead: " before Christmas (in a couple of weeks)" for
     * "wanted to come in before the holidays", said in the autumn; empty when the wish names no such time, or it has passed.
     */
    static String wishBy(String wish, LocalDate said, LocalDate today) {
        TimeWords.PeriodNamed period = TimeWords.period(wish, said);
        if (period == null || !period.deadline() || !period.start().isAfter(said)) {
            return "";
        }
        LocalDate by = "Christmas".equals(period.name()) ? LocalDate.of(period.start().getYear(), 12, 25) : period.start();
        long ahead = ChronoUnit.DAYS.between(today, by);
        return ahead <= 0 || ahead > BriefFacts.AHEAD_DAYS ? ""
                : " before " + period.name() + " (" + (ahead == 1 ? "tomorrow" : "in " + TimeWords.span(ahead)) + ")";
    }

    private static final String NOW_SUITS = ": ask whether now would suit them";
    /** A plan for later said this recently is not asked after again: what they said days ago still stands. */
    private static final int PLAN_FRESH_DAYS = CheckDone.CHECK_INS_DAYS;

    /**
     * "Moving house in the spring", said at the end of March: most likely this spring, already under way, not the next one a
     * year on. A season named early in its run is too unsure to say as weeks away; named in its last month ("in the summer",
     * said late in August), it is the next one.
     */
    private static boolean saidInIt(TimeWords.PeriodNamed period, LocalDate said) {
        if (!Character.isLowerCase(period.name().charAt(0))) {
            return false;
        }
        LocalDate thisOne = period.start().minusYears(1);
        return !said.isBefore(thisOne) && said.isBefore(thisOne.plusMonths(2));
    }

    /**
     * A stretch they named that has come and is not over: "might be back for a dryer next year", said in December 2025 and
     * read in December 2026, is this year. A time by which something was to be done is over once it has come.
     */
    private static boolean running(TimeWords.PeriodNamed period, LocalDate today) {
        return !period.deadline() && !UNTIL.matcher(period.words()).lookingAt() && !period.start().isAfter(today) && end(period).isAfter(today);
    }

    /** "Until next year", "after Christmas": the change they named happens as the stretch begins, not at some time in it. */
    private static final Pattern UNTIL = Pattern.compile("(?:until|till|after|from)\\b", Pattern.CASE_INSENSITIVE);

    /** The day after a stretch named ends: a year's next January 1, a season's three months on, a month's next first. */
    private static LocalDate end(TimeWords.PeriodNamed period) {
        String name = period.name();
        if (name.chars().allMatch(Character::isDigit)) {
            return period.start().plusYears(1);
        }
        if ("Christmas".equals(name)) {
            return period.start().plusDays(7);
        }
        return period.start().plusMonths(name.equals("the quarter") || Character.isLowerCase(name.charAt(0)) ? 3 : 1);
    }

    /** "2027 starts in four weeks", "spring starts in about three months", "January has just begun". */
    private static String when(TimeWords.PeriodNamed period, LocalDate today) {
        long ahead = ChronoUnit.DAYS.between(today, period.start());
        String name = period.name().substring(0, 1).toUpperCase(Locale.ROOT) + period.name().substring(1);
        if ("Christmas".equals(name)) {
            LocalDate christmas = LocalDate.of(period.start().getYear(), 12, 25);
            long toChristmas = ChronoUnit.DAYS.between(today, christmas);
            return toChristmas <= 0 ? "Christmas is here" : "Christmas is " + (toChristmas == 1 ? "tomorrow" : "in " + TimeWords.span(toChristmas));
        }
        if ("The quarter".equals(name)) {
            name = "The next quarter";
        }
        boolean quarter = "The next quarter".equals(name);
        String months = quarter ? " (" + monthName(period.start()) + " to " + monthName(period.start().plusMonths(2)) + ")" : "";
        if (ahead < -BEGUN_DAYS && !end(period).isAfter(today)) {
            // "budget next quarter", said in June: July to September has come and gone
            return quarter ? "That quarter" + months + " is over" : name + " has come and gone";
        }
        if (ahead < -BEGUN_DAYS) {
            // said a year ago of "next year": that year is this one
            long left = ChronoUnit.DAYS.between(today, end(period));
            String now = name.chars().allMatch(Character::isDigit) ? "That is this year" : quarter ? "That quarter" + months + " is now" : "That time is now";
            return left <= SAYS_END_DAYS ? now + ", and it ends in " + TimeWords.span(left) : now;
        }
        if (ahead <= 0) {
            return name + " has just begun";
        }
        return name + " starts " + (ahead == 1 ? "tomorrow" : "in " + TimeWords.span(ahead));
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    /** Another fact already carries the same time words ("they wanted to come in before the holidays", a wish unmet): said there. */
    private static boolean saidElsewhere(BriefFacts f, TimeWords.PeriodNamed period) {
        String words = period.words().toLowerCase(Locale.ROOT);
        // a wish of theirs leads ("asked to go on the cancellation list"): an older plan to come in is no line of its own,
        // so its time words are said here or nowhere
        boolean planUnsaid = "wish".equals(f.thread) && "plan".equals(f.askState);
        for (Map.Entry<String, String> fact : f.values.entrySet()) {
            String value = fact.getValue();
            // the prior contact's words head the brief as a record, not as a line that says them
            if (planUnsaid && PLAN_FACTS.contains(fact.getKey()) || fact.getKey().startsWith("prior")) {
                continue;
            }
            // why they turned something down is kept as a caution ("unless moving house in the spring has changed"), not said
            if (fact.getKey().equals("refusalReason") && !f.values.containsKey("refusalWaitOver")) {
                continue;
            }
            if (value != null && value.toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** A contact since the words that speaks of what they were about: two of its words, or the one if it has only one. */
    private static boolean spokenOfSince(String words, LocalDate on, BriefInput in, List<Touchpoint> newer) {
        // their own name says nothing of the thing: "Emmanuel asked about barcode scanners" is not spoken of again by
        // "let Emmanuel know that Sophie is their new account manager — asked a question" (Driftwood, read 48)
        Set<String> names = java.util.Arrays.stream((in.client().greetingName() + " " + in.client().firstName() + " " + in.client().lastName())
                .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).collect(java.util.stream.Collectors.toSet());
        List<String> own = java.util.Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> w.length() >= 4 && !PLAIN.contains(w) && !names.contains(w)).distinct().toList();
        if (own.isEmpty()) {
            return false;
        }
        int needed = Math.min(2, own.size());
        // "GPS trackers" asked about, and a GPS tracker bought since
        List<Pattern> asWords = own.stream().map(w -> Pattern.compile("\\b" + Pattern.quote(TextSignals.singular(w))
                + (TextSignals.singular(w).equals(w) ? "" : "s?") + "\\b")).toList();
        for (app.rapport.domain.Purchase p : in.purchases()) {
            // "back for a dryer next year", and a dryer bought since
            if (p.purchasedOn() != null && p.purchasedOn().isAfter(on)) {
                String item = BriefFacts.itemName(p, in).toLowerCase(Locale.ROOT);
                if (asWords.stream().anyMatch(word -> word.matcher(item).find())) {
                    return true;
                }
            }
        }
        for (Touchpoint t : newer) {
            if (!BriefFacts.day(t, in).isAfter(on)) {
                continue;
            }
            String said = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            int found = 0;
            for (Pattern word : asWords) {
                if (word.matcher(said).find() && ++found >= needed) {
                    return true;
                }
            }
        }
        return false;
    }
}
