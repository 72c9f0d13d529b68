package app.rapport.domain.brief;

import app.rapport.domain.Channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the cautions under Remember say about the call itself, applied to it as one voice: who takes it (the one who handles
 * the details for them, by name when the record gives one), how (a message never speaks of "a quick call"), when (a time not
 * to ring), how long (a note asking for little talk keeps the call to a few points), and who decides (named where a stock line
 * says "someone else's approval"). Remember only shows the note; these
 * make the How line, the opener and the points keep to it.
 */
final class CallCautions {
    /** An opener that speaks of our notes or their silence already. */
    private static final java.util.regex.Pattern OWNS_A_NOTE = java.util.regex.Pattern.compile(
            "\\b(?:note|notes|message|messages|email|emails|wrote|reply|replied|missed|heard|tried|unanswered)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The opener's question asks how the thing is doing. */
    private static final java.util.regex.Pattern ASKS_HOW = java.util.regex.Pattern.compile(
            "\\b(?:how|settling|settled|doing|getting on|working|going|happy with|still doing)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Our newest note asked how it is going and got no answer ({@code missedNoteOn}): before the opener asks the same again,
     * it says so kindly, so they do not read the call as ours forgetting the note.
     */
    private static String missedNote(String text, BriefFacts facts) {
        String on = facts.values.get("missedNoteOn");
        int ask = text.indexOf('?');
        if (on == null || ask < 0 || OWNS_A_NOTE.matcher(text).find()) {
            return text;
        }
        int from = text.lastIndexOf(". ", ask);
        int start = from < 0 ? -1 : from + 2;
        if (start < 0) {
            int comma = text.indexOf(", ");
            if (!text.startsWith("Hi") || comma < 0 || comma > ask) {
                return text;
            }
            start = comma + 2;
        }
        String question = text.substring(start);
        // "How have things been since?" would read as since the note: such a question is left as it is
        if (!ASKS_HOW.matcher(question).find() || question.matches("(?is).*\\bsince\\W*$")) {
            return text;
        }
        return text.substring(0, start) + "I sent a note on " + on + " that you may have missed, so forgive me for asking again. " + capitalised(question);
    }

    /** A call for someone who asks for little talk keeps to this many points. */
    static final int SHORT_CALL_POINTS = 3;
    /** A note with fewer characters than this beyond its window ("Asked us never to phone …") adds no reason worth quoting. */
    private static final int NOTE_BEYOND_WINDOW = 30;

    private CallCautions() {
    }

    static boolean spoken(Channel channel) {
        return channel == Channel.CALL || channel == Channel.VISIT || channel == Channel.MEETING;
    }

    /** "their daughter", or "their daughter Ana" when the record names her. */
    static String goBetween(BriefFacts facts) {
        return "their " + facts.goBetween + (facts.goBetweenName == null ? "" : " " + facts.goBetweenName);
    }

    /** The How line with who to go through, when to reach them and how long to keep it, each with the note it comes from. */
    static BriefEngine.Reach reach(BriefEngine.Reach reach, BriefFacts facts) {
        StringBuilder how = new StringBuilder(reach.why().text());
        boolean applied = false;
        if (facts.goBetween != null) {
            how.append(' ').append(capitalised("go through " + goBetween(facts))).append(quoted(how, facts.goBetweenWhy));
            applied = true;
        }
        if (facts.callWindow != null && spoken(reach.channel())) {
            // "Video call: their note says “Prefers video calls on Tuesdays and Thursdays.”" already says when.
            if (!how.toString().contains(facts.callWindowWhy)) {
                // "Asked us never to phone during school pick-up (3 to 4pm)." says no more than its window: not quoted again.
                String window = facts.callWindow.replaceFirst("^not ", "");
                boolean saysNoMore = facts.callWindowWhy.contains(window) && facts.callWindowWhy.length() - window.length() < NOTE_BEYOND_WINDOW;
                how.append(' ').append(capitalised(facts.callWindow)).append(saysNoMore ? ", as their note asks." : quoted(how, facts.callWindowWhy));
                applied = true;
            }
        }
        if (facts.keepShortWhy != null) {
            how.append(" Keep it short").append(quoted(how, facts.keepShortWhy));
            applied = true;
        }
        if (!applied) {
            return reach;
        }
        return new BriefEngine.Reach(reach.channel(), new BriefLine(how.toString(), "fact:caution-note", reach.why().source(),
                reach.why().because() + "; the cautions on their profile say who, when or how long"));
    }

    /** ": their note says “…”", or "." when the How line has already quoted that note. */
    private static String quoted(CharSequence how, String note) {
        return how.toString().contains(note) ? "." : ": their note says \u201c" + note + "\u201d";
    }

    /**
     * The opener as it will be said: a message does not speak of itself as a call, and when someone handles the details for
     * them the greeting is to that person, about the client.
     */
    static void opener(Map<String, BriefLine> parts, Channel channel, BriefFacts facts) {
        BriefLine opener = parts.get("opener");
        if (opener == null || opener.text() == null) {
            return;
        }
        String text = opener.text();
        if (channel == Channel.EMAIL || channel == Channel.MESSAGE) {
            text = TextSignals.asWritten(text);
        }
        String hi = "Hi " + facts.greeting + ", ";
        if (facts.goBetween != null && text.startsWith(hi)) {
            String rest = text.substring(hi.length());
            text = "Hi" + (facts.goBetweenName == null ? "" : " " + facts.goBetweenName) + ", this is about " + facts.greeting + ". "
                    + capitalised(aboutThem(rest));
        }
        text = missedNote(text, facts);
        if (!text.equals(opener.text())) {
            parts.put("opener", new BriefLine(text, opener.rule(), opener.source(), opener.because()));
        }
    }

    /** "you" and its forms as said to the client. */
    private static final java.util.regex.Pattern YOU = java.util.regex.Pattern.compile(
            "(?i)\\b(you're|you've|you'd|you'll|yourself|yours|your|you)\\b");
    /** Words before "you" that make it the object: "for you", "find you a time", "let you know". */
    private static final java.util.regex.Pattern BEFORE_OBJECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:for|to|with|about|from|of|on|at|by|after|find|give|send|sent|offer|offered|show|tell|told|ask|asked|help|call|see|let|get"
                    + "|book|remind|owe|owed|keep|kept|bring|brought|reach|phone|ring|email|message|wish|wishing|suit|suits|welcome|welcomed|meet|met"
                    + "|invite|invited|join|joined|contact|contacted|visit|visited|miss|missed|update|updated|serve|served|thank|thanks|treat|treated"
                    + "|reassure|expect|expected|catch|caught|pick|picked|put|gets?|got|leave|left)\\s+$");

    /**
     * The opener's words to the client, said to the one who handles the details for them instead: "put aside for you" is "put
     * aside for them", "would you still like it" is "would they still like it" (Charlotte Hoffman and Femke Bianchi, read 51: the
     * call went to the daughter, and the opener still spoke to the client). Their own words in quotes are left as they are;
     * "thank you" is said to whoever answers.
     */
    static String aboutThem(String words) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        boolean quoted = false;
        java.util.regex.Matcher m = YOU.matcher(words);
        while (m.find()) {
            String between = words.substring(from, m.start());
            out.append(between);
            quoted ^= (between.chars().filter(c -> c == '\u201c' || c == '\u201d').count() % 2) == 1;
            String you = m.group(1);
            String before = words.substring(0, m.start());
            String lower = you.toLowerCase(Locale.ROOT);
            String them;
            if (quoted || lower.equals("you") && before.matches("(?is).*\\bthank\\s+$")) {
                them = you;
            } else {
                them = switch (lower) {
                    case "you're" -> "they're";
                    case "you've" -> "they've";
                    case "you'd" -> "they'd";
                    case "you'll" -> "they'll";
                    case "yourself" -> "themselves";
                    case "yours" -> "theirs";
                    case "your" -> "their";
                    default -> BEFORE_OBJECT.matcher(before).find() ? "them" : "they";
                };
                if (Character.isUpperCase(you.charAt(0))) {
                    them = Character.toUpperCase(them.charAt(0)) + them.substring(1);
                }
            }
            out.append(them);
            from = m.end();
        }
        return out.append(words.substring(from)).toString();
    }

    /** A next step that books another contact of ours ("a short check-in in two weeks"). */
    private static final java.util.regex.Pattern ANOTHER_CONTACT = java.util.regex.Pattern.compile(
            "\\b(check-in|check in|catch-up|follow-up call|call (them )?again|message (them )?again)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Where a step's last clause begins ("Confirm the date in writing, and check in the day after it arrives"). */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(",? and |; |, then ");

    /**
     * Someone who told us we get in touch too often is not booked for another contact of ours: the step keeps what serves
     * the call ("confirm the date in writing") and leaves the next word to them, unless something of ours is still owed.
     * It stays the frame's own step, so it still serves the frame's goal.
     */
    static void nextStep(Map<String, BriefLine> parts, BriefFacts facts) {
        BriefLine step = parts.get("nextStep");
        java.util.regex.Matcher contact = step == null || step.text() == null ? null : ANOTHER_CONTACT.matcher(step.text());
        if (facts.tooMuchContactWhy == null || contact == null || !contact.find()) {
            return;
        }
        String before = step.text().substring(0, contact.start());
        java.util.regex.Matcher clause = CLAUSE_BREAK.matcher(before);
        int cut = -1;
        while (clause.find()) {
            cut = clause.start();
        }
        String text = cut > 0
                ? before.substring(0, cut) + ", and then leave the next contact to them: they told us we get in touch too often."
                : "Note what they said, and leave the next contact to them unless we owe them something: they told us we get in touch too often.";
        parts.put("nextStep", new BriefLine(text, step.rule(), step.source(),
                "they told us we get in touch too often (" + facts.tooMuchContactWhy + ")"));
    }

    /** Time words that read after "Offer a time" as they stand ("after 5pm", "in the afternoons"). */
    private static final java.util.regex.Pattern READS_ON = java.util.regex.Pattern.compile(
            "(?i)^(?:after|before|from|until|not|between|in the|on) .*");

    /**
     * A note (or tag) that says when they can be seen ("Prefers appointments after 5pm"; "works from home in the afternoons")
     * goes with the step that books the time, so the time offered keeps to it (Amara Sullivan and Keiko Andersen, read 51;
     * Robert Becker, read 50): Remember shows the note, and the step says to keep to it. A call that books nothing, or lines
     * that name the time already, are left as they are.
     */
    static void theirHours(Map<String, BriefLine> parts, BriefFacts facts, List<BriefLine> said) {
        BriefLine step = parts.get("nextStep");
        if (facts.theirHoursWhy == null || step == null || step.text() == null || !TextSignals.stepBooksATime(step.text())) {
            return;
        }
        StringBuilder words = new StringBuilder();
        for (BriefLine line : said) {
            if (line != null && line.text() != null) {
                words.append(line.text()).append('\n');
            }
        }
        String spoken = words.toString().toLowerCase(Locale.ROOT);
        if (facts.theirHours.stream().anyMatch(hours -> spoken.contains(hours.toLowerCase(Locale.ROOT)))) {
            return;
        }
        String hours = facts.theirHours.get(0);
        String keep;
        if (facts.theirHoursTagged) {
            keep = "When you offer a time, keep to the tag on their card: " + facts.theirHoursWhy.replaceAll("[-_]+", " ") + ".";
        } else if (facts.theirHours.size() == 1 && READS_ON.matcher(hours).matches()
                && facts.theirHoursWhy.length() - hours.length() < NOTE_BEYOND_WINDOW) {
            keep = "Offer a time " + hours.toLowerCase(Locale.ROOT) + ", as their note asks.";
        } else {
            keep = "When you offer a time, keep to their note: \u201c" + facts.theirHoursWhy + "\u201d";
        }
        String text = step.text().strip();
        parts.put("nextStep", new BriefLine(text + (text.matches(".*[.!?\u201d]$") ? " " : ". ") + keep, step.rule(), step.source(),
                step.because()));
    }

    /** A call for someone who asks for little talk keeps to its first few points; the rest are left out, and say why. */
    static List<BriefLine> points(List<BriefLine> points, BriefFacts facts, List<Brief.Dropped> dropped, Set<BriefLine> stock, String ownerRule) {
        if (facts.decider != null) {
            // "Someone else's approval" where a note names who decides: ask what that person needs to see.
            List<BriefLine> named = new ArrayList<>(points.size());
            for (BriefLine point : points) {
                named.add(TextSignals.leavesTheDeciderUnnamed(point.text())
                        ? new BriefLine(TextSignals.withDecider(point.text(), facts.decider), point.rule(), point.source(), point.because())
                        : point);
            }
            points = named;
        }
        if (facts.keepShortWhy == null || points.size() <= SHORT_CALL_POINTS) {
            return points;
        }
        // Room is short: a line drawn from their record (their stylist, their open question) is kept before one that could be
        // said to anyone ("check it is still what they need"), and the kept lines keep their order (Femke Levi, read 47).
        // The call's own step is no filler when it is the only line the call's owner says ("ask openly what is bothering them",
        // under a doubtful call): it is what the call is for (Hamza Fontaine, read 48).
        long ownersLines = points.stream().filter(point -> point.rule().equals(ownerRule)).count();
        Set<BriefLine> filler = new java.util.HashSet<>(stock);
        if (ownersLines == 1) {
            filler.removeIf(point -> point.rule().equals(ownerRule));
        }
        long fromRecord = points.stream().filter(point -> !filler.contains(point)).count();
        int stockRoom = (int) Math.max(0, SHORT_CALL_POINTS - fromRecord);
        List<BriefLine> kept = new ArrayList<>();
        for (BriefLine point : points) {
            boolean isStock = filler.contains(point);
            if (kept.size() < SHORT_CALL_POINTS && (!isStock || stockRoom-- > 0)) {
                kept.add(point);
            } else {
                dropped.add(new Brief.Dropped(point.text(), point.rule(), "their note asks for little talk (\u201c" + facts.keepShortWhy
                        + "\u201d), so the call keeps to " + SHORT_CALL_POINTS + " points" + (isStock && fromRecord > 0
                        ? ", and lines from their record come before one that could be said to anyone" : "")));
            }
        }
        return kept;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
