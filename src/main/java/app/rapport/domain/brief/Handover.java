package app.rapport.domain.brief;

import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Their account passed to someone new of ours ("Let Björn know that Martin is their new account manager"): the call
 * after it is the new person's first, or the first since, and it says so once. A handover long past, or one they have
 * spoken with us since, is simply how things are, and is left alone.
 */
final class Handover {
    /** A handover this many days ago or less is still news between us. */
    static final int HANDOVER_DAYS = 120;
    /** At most this many of their newest contacts are read. */
    private static final int READ = 60;

    private Handover() {
    }

    record Handed(String to, LocalDate on) {
    }

    private static final String NAME = "(\\p{Lu}[\\p{Ll}'-]+)";
    /** "Martin is their new account manager", "introduced Martin as account manager", "Claire takes over their account". */
    private static final Pattern HANDED = Pattern.compile(NAME + "(?: is| as| will be| becomes| became)(?: now)?(?: their| your| the| our)?(?: new)?"
            + " (?:account manager|account lead|key account manager|main contact)\\b|" + "(?i:new (?:account manager|account lead|main contact)),? " + NAME
            + "|" + NAME + " (?:takes|took|is taking|will take) over (?:their|the|your) account\\b|(?i:handed (?:their|the) account (?:over )?to) " + NAME);

    /**
     * A word of theirs, or a call, meeting or visit they took part in. A report or a newsletter of ours they forwarded to
     * their team is no talk with the new person: the next call is still the first.
     */
    private static boolean spokeWithUs(Touchpoint t) {
        if (t.direction() == app.rapport.domain.Direction.INBOUND) {
            return true;
        }
        boolean written = t.channel() == app.rapport.domain.Channel.EMAIL || t.channel() == app.rapport.domain.Channel.MESSAGE;
        return BriefFacts.heard(t) && (!written || t.outcome() != null && WROTE_BACK.matcher(t.outcome()).find());
    }

    /** An outcome of a written note of ours that records words of theirs: a reply, a question, thanks. */
    private static final Pattern WROTE_BACK = Pattern.compile("(?i)\\b(?:repl(?:y|ied|ies)|answered|wrote back|asked|thanked|said|called back|rang back)\\b");

    /** The newest handover within {@link #HANDOVER_DAYS}, from a contact of ours or theirs; null if none. */
    static Handed find(List<Touchpoint> newestFirst, LocalDate today, ZoneId zone) {
        for (int i = 0; i < Math.min(newestFirst.size(), READ); i++) {
            Touchpoint t = newestFirst.get(i);
            LocalDate on = LocalDate.ofInstant(t.occurredAt(), zone);
            if (on.plusDays(HANDOVER_DAYS).isBefore(today)) {
                return null;
            }
            if (on.isAfter(today) || t.summary() == null || !t.summary().contains(" acc") && !t.summary().contains(" main contact")) {
                continue; // spare the pattern the summaries that name no account at all
            }
            Matcher m = HANDED.matcher(t.summary());
            if (m.find()) {
                if (newestFirst.subList(0, i).stream().anyMatch(Handover::spokeWithUs)) {
                    return null; // they have spoken with us since: the new person is how things are now
                }
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        return new Handed(m.group(g), on);
                    }
                }
            }
        }
        return null;
    }
}
