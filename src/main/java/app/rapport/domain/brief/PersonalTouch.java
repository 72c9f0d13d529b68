package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a call theirs and nobody else's: the person of ours they come to (the stylist who does
 * their colour, the one they asked for by name), and something of their life they told us about
 * lately (a kitchen renovation, a holiday, a second depot, a new baby), to ask after once. A hook
 * that is old, or that a later contact shows is done or already asked after, is left alone.
 */
final class PersonalTouch {
    /** A life event told this many days ago or less is still one to ask after. */
    static final int HOOK_DAYS = 120;
    /** At most this many of their newest contacts are read for a hook: a busy client's last weeks are enough. */
    private static final int HOOK_TOUCHPOINTS = 200;
    /** How far back we look for who serves them: their last visits, not their whole history. */
    private static final int PERSON_TOUCHPOINTS = 60;

    private PersonalTouch() {
    }

    /** {@code is}: how they stand to that person, "is who they come to", or for one a note says they prefer, "is who they prefer". */
    record Person(String name, String why, String is, Instant on) {
        Person(String name, String why) {
            this(name, why, "is who they come to", null);
        }

        Person(String name, String why, String is) {
            this(name, why, is, null);
        }
    }

    /**
     * {@code said}: how the line opens, in the record's words ("They talked with us about the kitchen renovation", a
     * quoted contact or note); {@code kind}: what sort of thing it is, which sets how to ask after it.
     */
    record Hook(String what, LocalDate on, boolean ahead, boolean family, String said, Kind kind) {
        Hook(String what, LocalDate on, boolean ahead, boolean family) {
            this(what, on, ahead, family, "They talked with us about " + what, Kind.LIFE);
        }
    }

    /** A life event told in a chat, or a project of theirs: works on their home, a move, a new site of their business. */
    enum Kind { LIFE, WORKS, HOME, SITE }

    // ---- the person they come to -----------------------------------------------------------------------------

    /** A custom field that names their person: "Preferred stylist", "Therapist", "Colourist", "Their barber". */
    private static final Pattern PERSON_FIELD = Pattern.compile("(?i)\\b(stylist|therapist|colourist|colorist|barber|hairdresser|"
            + "beautician|trainer|groomer|practitioner)\\b");
    private static final Pattern ONE_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?$");
    /** "with Priya", "asked whether Priya could", "asked for Jonas", "Tash put it right", "Maya did the updo". */
    private static final Pattern WITH_NAME = Pattern.compile("\\b(?:with|by|asked for|asked whether|asked if|wants|wanted|booked with)"
            + " (\\p{Lu}[\\p{Ll}'-]+)\\b(?! (?:&|and Sons|Ltd|Inc|Company|Café|B\\.V\\.|GmbH|LLC|SAS))");
    private static final Pattern NAME_DID = Pattern.compile("(?:^|[.;:] )(\\p{Lu}[\\p{Ll}'-]+) (?:did|put|corrected|refreshed|cut|coloured|"
            + "talked (?:\\S+ ){1,3}?through|styled)\\b");
    /** "Checked in with Oisín", "Chatted with Gabriela", "bought it in store with Lucy": a talk or a sale, not a service someone did. */
    private static final Pattern TALKED_WITH = Pattern.compile("(?i)\\b(?:checked in|check|chatted|chat|talked|spoke|met|meeting|demo|session|call|"
            + "in store|catch-up|caught up|review|agreed|signed)\\s+(?:with|by)\\s+$");
    /** Words after "with" that are no one's name. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "First", "Second", "Last", "Next", "New", "Quick", "Short", "Full", "Regular", "The", "Their", "Our", "Her", "His", "Ms", "Mr", "Mrs", "Dr", "Christmas", "Easter");

    /**
     * A note that they keep to one person of ours: "Always books with Ellie", "Prefers Nadia for any visit", "Asks for
     * Jonas every time". The owner wrote it down so that whoever calls offers that person.
     */
    private static final Pattern NOTED_PERSON = Pattern.compile("(?i:\\b(?:always books|books|booked|always|prefers|asks for)"
            + "(?: with| to see)?) (\\p{Lu}[\\p{Ll}'-]+)\\b(?! (?:&|and Sons|Ltd|Inc|Company|Café|B\\.V\\.|GmbH|LLC|SAS))");
    /** Words a note may put where a name would be that are no one's name: a channel, a language. */
    private static final java.util.Set<String> NOT_NOTED_NAMES = java.util.Set.of("Email", "Text", "Texts", "Phone", "Calls", "Cash",
            "Card", "English", "Evenings", "Mornings", "Weekends");

    static Person theirPerson(Map<String, String> customFields, List<Touchpoint> newestFirst, String... theirNames) {
        return theirPerson(customFields, List.of(), newestFirst, theirNames);
    }

    /**
     * The person of ours they come to: named in a custom field of that kind, or in a note of ours that they keep to them
     * ({@code notes}, newest first), or seen by name at two of their visits or more (or once, asked for by them). Null when
     * nobody stands out.
     */
    static Person theirPerson(Map<String, String> customFields, List<String> notes, List<Touchpoint> newestFirst, String... theirNames) {
        return theirPerson(customFields, notes, newestFirst, visit -> null, theirNames);
    }

    /**
     * As above; {@code workDone} tells what we did for them at a visit ("their updo", from what they bought that day), or
     * null. Past everything else, the one named doing it at their newest such visit is the one they know: "Jonas did their
     * updo", "Priya did their cut and blow-dry", though other visits (a shampoo bought, a review posted) name nobody.
     */
    static Person theirPerson(Map<String, String> customFields, List<String> notes, List<Touchpoint> newestFirst,
                              java.util.function.Function<Touchpoint, String> workDone, String... theirNames) {
        for (Map.Entry<String, String> field : customFields.entrySet()) {
            String value = field.getValue() == null ? "" : field.getValue().strip();
            if (PERSON_FIELD.matcher(field.getKey()).find() && ONE_NAME.matcher(value).matches()) {
                String key = field.getKey().toLowerCase(Locale.ROOT);
                // "Preferred stylist": a preference the desk wrote down, true also of someone who has not come yet
                return new Person(value, "their " + key.replace("preferred ", "") + " on file",
                        key.contains("prefer") ? "is who they prefer" : "is who they come to");
            }
        }
        for (String note : notes) {
            Matcher m = note == null ? null : NOTED_PERSON.matcher(note);
            if (m != null && m.find() && !NOT_NAMES.contains(m.group(1)) && !NOT_NOTED_NAMES.contains(m.group(1)) && !isTheirs(m.group(1), theirNames)) {
                String said = note.strip().replaceAll("[.!]+$", "");
                return new Person(m.group(1), "our note: \u201c" + said + "\u201d",
                        m.group().toLowerCase(Locale.ROOT).startsWith("prefer") ? "is who they prefer" : "is who they come to");
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        String askedFor = null;
        Instant askedOn = null;
        int read = 0;
        int visits = 0;
        String onlyVisitWith = null;
        Instant onlyVisitOn = null;
        String servedBy = null;
        String servedWith = null;
        Instant servedOn = null;
        for (Touchpoint t : newestFirst) {
            if (read++ >= PERSON_TOUCHPOINTS) {
                break;
            }
            if (t.summary() == null || t.direction() == Direction.OUTBOUND && t.channel() != app.rapport.domain.Channel.VISIT) {
                continue; // a notice of ours ("Tash is on leave") is no visit of theirs
            }
            boolean visit = t.channel() == app.rapport.domain.Channel.VISIT;
            visits += visit ? 1 : 0;
            java.util.Set<String> here = new java.util.HashSet<>();
            for (Pattern pattern : List.of(WITH_NAME, NAME_DID)) {
                Matcher m = pattern.matcher(t.summary());
                while (m.find()) {
                    String name = m.group(1);
                    if (!NOT_NAMES.contains(name) && !isTheirs(name, theirNames)) {
                        here.add(name);
                        if (pattern == WITH_NAME && m.group().matches("(?i)(asked for|asked whether|asked if|wants|wanted) .*")) {
                            askedOn = askedFor == null ? t.occurredAt() : askedOn;
                            askedFor = askedFor == null ? name : askedFor;
                        }
                        if (visit && onlyVisitWith == null && !TALKED_WITH.matcher(t.summary().substring(0, m.start(1))).find()) {
                            onlyVisitWith = name;
                            onlyVisitOn = t.occurredAt();
                        }
                        if (visit && servedBy == null && !TALKED_WITH.matcher(t.summary().substring(0, m.start(1))).find()) {
                            String work = workDone.apply(t);
                            if (work != null) {
                                servedBy = name;
                                servedWith = work;
                                servedOn = t.occurredAt();
                            }
                        }
                    }
                }
            }
            for (String name : here) {
                seen.merge(name, 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : seen.entrySet()) {
            if (best == null || entry.getValue() > seen.get(best)) {
                best = entry.getKey();
            }
        }
        if (askedFor != null && (best == null || seen.get(askedFor) >= seen.get(best))) {
            return new Person(askedFor, "on", "is who they asked for", askedOn);
        }
        if (best != null && seen.get(best) >= 2) {
            return new Person(best, seen.get(best) + " visits with " + best);
        }
        if (visits == 1 && onlyVisitWith != null) {
            // one visit is all we know of them, and who did it is the one to offer again
            return new Person(onlyVisitWith, "on", "did their only visit", onlyVisitOn);
        }
        if (servedBy != null) {
            // nobody is seen twice: who did their newest work is the one they know (and the one a notice of ours names)
            return new Person(servedBy, "on", "did " + servedWith, servedOn);
        }
        return null;
    }

    private static boolean isTheirs(String name, String... theirNames) {
        for (String theirs : theirNames) {
            if (theirs != null && (" " + theirs + " ").contains(" " + name + " ")) {
                return true;
            }
        }
        return false;
    }

    // ---- a hook from their life ------------------------------------------------------------------------------

    /** A chat about something: "Chatted with Wei about the kitchen renovation", "talked about an upcoming holiday". */
    private static final Pattern CHAT_ABOUT = Pattern.compile("(?i)\\b(?:chatted|talked|told us|spoke|was telling us|mentioned|chat)"
            + "(?: [\\p{L}]+){0,3}? about ((?:the|an?|their|her|his|our) [^.;,]+?)(?:[.;,]| the whole| all| during| while| and showed|$)");
    /** What is theirs to ask after: the home, the family, a trip, work news, the business growing. */
    private static final Pattern LIFE = Pattern.compile("(?i)\\b(renovation|refurb\\w*|new kitchen|kitchen|bathroom|extension|loft|"
            + "move|moving|new house|new home|new flat|house|holiday|trip|travels?|wedding|honeymoon|baby|grandchild\\w*|grandchildren|"
            + "exams?|graduation|new job|job|promotion|retirement|expansion|second depot|new depot|new site|new office|anniversary|"
            + "marathon|garden|children|kids|family)\\b");
    /** What of their life is over in a few weeks: a trip, a wedding, the exams. A new job or a garden goes on. */
    private static final Pattern OVER_SOON = Pattern.compile("(?i)\\b(holiday|trip|travels?|wedding|honeymoon|exams?|graduation|anniversary|marathon)\\b");
    /** How long after they told us of a trip or a wedding it is surely over. */
    static final int OVER_AFTER_DAYS = 30;

    /** A trip or a wedding they told us of {@code ago} days ago, not as ahead: it is over now, so we ask how it went. */
    static boolean over(Hook hook, long ago) {
        return ago > OVER_AFTER_DAYS && OVER_SOON.matcher(hook.what()).find();
    }

    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(baby|grandchild\\w*|grandchildren|children|kids|family)\\b");
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(upcoming|coming|planned|next|forthcoming|future)\\b");
    /** A later contact that closes the hook: it is done, or we asked after it or congratulated them already. */
    private static final Pattern DONE = Pattern.compile("(?i)\\b(finished|completed|done|back from|came back|is over|went well|"
            + "congratulated|how was|how did)\\b");

    /**
     * A project of theirs lasts longer than a chat: a kitchen told of a year ago is still theirs to be asked how it turned
     * out, where a holiday that long ago is not.
     */
    static final int PROJECT_DAYS = 400;
    /** A project told of this many days ago or less is still under way: ask how it is coming along, not how it turned out. */
    private static final int UNDER_WAY_DAYS = 90;
    /** Works on their home: a kitchen, a bathroom, a renovation, an extension. */
    private static final Pattern WORKS = Pattern.compile("(?i)\\b(renovat\\w*|refurb\\w*|remodel\\w*|refit\\w*|kitchen|bathroom|extension|loft)\\b");
    /** A new home: the move, the new house or flat. */
    private static final Pattern HOME = Pattern.compile("(?i)\\b(move|moving|new (?:house|home|flat|apartment))\\b");
    /** A new site of their business: a second depot, a new office, the expansion. */
    private static final Pattern SITE = Pattern.compile("(?i)\\b(expansion|(?:new|second|third) (?:depot|site|office|premises|branch|shop|warehouse|yard))\\b");
    /**
     * What they bought or we sent is for a project of theirs: "bought the oven for the new kitchen", "a card to welcome
     * them to the new house", "a quote for the dash cams for the new depot team".
     */
    private static final Pattern FOR_PROJECT = Pattern.compile("(?i)\\b(?:for|to|into|in) (?:the|their|her|his) ((?:new|second) (?:kitchen|house|home|flat|"
            + "apartment|office|depot|site|premises|branch|shop|warehouse|yard)|(?:kitchen|bathroom) (?:renovation|remodel|refit|project)|"
            + "renovation|(?:house|kitchen) extension)\\b");
    /** A note of ours that tells of works or a move under way: "Kitchen fitter: Davies Joinery", "Moving house in the spring". */
    private static final Pattern NOTED_PROJECT = Pattern.compile("(?i)\\b(kitchen fitters?|builders?|renovat\\w*|refurb\\w*|remodel\\w*|new kitchen|"
            + "bathroom refit|(?:house|kitchen) extension|moving house|new (?:house|home|flat)|(?:new|second) (?:depot|site|office|premises|branch))\\b");
    /** Ahead words in a note: the move is still to come when it was written. */
    private static final Pattern NOTE_AHEAD = Pattern.compile("(?i)\\b(next|spring|summer|autumn|winter|soon|planned|planning|upcoming|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|in the new year)\\b");
    /** A later contact where we already asked after it: "asked how the kitchen is coming along". */
    private static final Pattern ASKED_AFTER = Pattern.compile("(?i)\\b(?:asked (?:after|how)|coming along|how is|how's|settled in)\\b");

    static Hook hook(List<Touchpoint> newestFirst, LocalDate today, ZoneId zone) {
        return hook(newestFirst, List.of(), today, zone);
    }

    /**
     * The newest life event they told us of within {@link #HOOK_DAYS}, or project of theirs within {@link #PROJECT_DAYS}
     * (a new kitchen, a move, a second depot: in a chat, in what a purchase was for, or in a note of ours,
     * {@code notesNewestFirst}), not done or asked after since; null if none.
     */
    static Hook hook(List<Touchpoint> newestFirst, List<app.rapport.domain.Note> notesNewestFirst, LocalDate today, ZoneId zone) {
        for (int i = 0; i < Math.min(newestFirst.size(), HOOK_TOUCHPOINTS); i++) {
            Touchpoint t = newestFirst.get(i);
            LocalDate on = LocalDate.ofInstant(t.occurredAt(), zone);
            if (on.plusDays(PROJECT_DAYS).isBefore(today)) {
                break;
            }
            boolean lately = !on.plusDays(HOOK_DAYS).isBefore(today);
            String words = t.summary();
            if (words == null || !(words.contains(" about ") || words.contains(" new ") || words.contains(" second ")
                    || words.contains("renovation") || words.contains("extension") || words.contains("kitchen ") || words.contains("bathroom "))) {
                continue; // most summaries talk of no chat and no project at all: spare them the patterns
            }
            Hook found = chatHook(t.summary(), on, lately);
            if (found == null) {
                found = forProject(t.summary(), on);
            }
            if (found == null) {
                continue;
            }
            if (settled(found, newestFirst.subList(0, i))) {
                return null;
            }
            return found;
        }
        for (app.rapport.domain.Note note : notesNewestFirst) {
            if (note.body() == null || note.createdAt() == null) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(note.createdAt(), zone);
            if (on.plusDays(HOOK_DAYS).isBefore(today) || on.isAfter(today)) {
                continue;
            }
            Matcher m = NOTED_PROJECT.matcher(note.body());
            if (!m.find()) {
                continue;
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            Kind kind = HOME.matcher(word).find() ? Kind.HOME : SITE.matcher(word).find() ? Kind.SITE : Kind.WORKS;
            String what = word.contains("kitchen") ? "the kitchen" : word.contains("bathroom") ? "the bathroom"
                    : word.contains("extension") ? "the extension" : kind == Kind.HOME ? "the move"
                    : kind == Kind.SITE ? "the " + word
                    : word.startsWith("builder") ? "the building work" : "the renovation";
            String first = note.body().strip().split("(?<=[.!?])\\s+")[0].replaceAll("[.!]+$", "");
            Hook found = new Hook(what, on, NOTE_AHEAD.matcher(note.body()).find(), false, "Our note says \u201c" + first + "\u201d", kind);
            if (settled(found, newestFirst.stream().filter(t -> t.occurredAt().isAfter(note.createdAt())).toList())) {
                return null;
            }
            return found;
        }
        return null;
    }

    /** A chat about something of their life; past {@link #HOOK_DAYS} only a project, which lasts. */
    private static Hook chatHook(String summary, LocalDate on, boolean lately) {
        if (!summary.contains(" about ")) {
            return null;
        }
        Matcher chat = CHAT_ABOUT.matcher(summary);
        if (!chat.find()) {
            return null;
        }
        String what = chat.group(1).strip();
        Matcher life = LIFE.matcher(what);
        if (!life.find()) {
            return null;
        }
        Kind kind = kindOf(what);
        if (!lately && kind == Kind.LIFE) {
            return null;
        }
        String spoken = what.replaceFirst("(?i)^(their|her|his|our) ", "the ");
        spoken = spoken.substring(0, 1).toLowerCase(Locale.ROOT) + spoken.substring(1);
        return new Hook(spoken, on, AHEAD.matcher(what).find(), FAMILY.matcher(what).find(), "They talked with us about " + spoken, kind);
    }

    /** "Anthony bought the oven for the new kitchen": the project, and the clause that names it, quoted. */
    private static Hook forProject(String summary, LocalDate on) {
        Matcher m = FOR_PROJECT.matcher(summary);
        if (!m.find()) {
            return null;
        }
        String what = "the " + m.group(1).toLowerCase(Locale.ROOT);
        int from = Math.max(summary.lastIndexOf(';', m.start()), summary.lastIndexOf(". ", m.start()));
        int to = summary.length();
        for (char stop : new char[] {';', '.'}) {
            int at = summary.indexOf(stop, m.end());
            to = at >= 0 ? Math.min(to, at) : to;
        }
        String clause = summary.substring(from < 0 ? 0 : from + 1, to).strip();
        return new Hook(what, on, false, false, "\u201c" + clause + "\u201d", kindOf(what));
    }

    private static Kind kindOf(String what) {
        return SITE.matcher(what).find() ? Kind.SITE : HOME.matcher(what).find() ? Kind.HOME : WORKS.matcher(what).find() ? Kind.WORKS : Kind.LIFE;
    }

    /** The word a later contact names a hook by: "kitchen" for "the new kitchen". */
    private static final Pattern HOOK_KEY = Pattern.compile("\\b(kitchen|bathroom|renovat|extension|loft|move|moving|house|home|flat|depot|site|office|premises|branch|expansion|"
            + "holiday|trip|wedding|baby|grandchild|exam|graduation|job|promotion|retirement|anniversary|marathon|garden|children|kids|family)");

    /** A later contact that names it and says it is done, or that we asked after it already. */
    private static boolean settled(Hook hook, List<Touchpoint> later) {
        Matcher key = HOOK_KEY.matcher(hook.what().toLowerCase(Locale.ROOT));
        String word = key.find() ? key.group(1) : hook.what().toLowerCase(Locale.ROOT).replaceFirst("^(the|an?) ", "");
        for (Touchpoint t : later) {
            String words = t.summary() == null ? "" : t.summary().toLowerCase(Locale.ROOT);
            if (words.contains(word) && (DONE.matcher(words).find() || hook.kind() != Kind.LIFE && ASKED_AFTER.matcher(words).find())) {
                return true;
            }
        }
        return false;
    }
}
