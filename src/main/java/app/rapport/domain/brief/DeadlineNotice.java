package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice of ours with a deadline for something they use ("the old mobile app version stops working next
 * quarter"), in the last six months, that nothing since speaks of: a line of the call, to check they are
 * ready for it. A notice that needs nothing of them (a closed day, a new price list) is no thread.
 */
final class DeadlineNotice {
    private static final int NOTICE_DAYS = 180;
    /** The newest contacts read for it, as for any words of theirs: a busy client has thousands. */
    private static final int CONTACTS_READ = 60;
    /** Something of theirs that ends or stops: the words of the notice after "Notice to X:" or "that". */
    private static final Pattern ENDS = Pattern.compile(
            "^(.{3,60}?)\\s+(?:stops?|will stop|is going to stop) working\\b.*|^(.{3,60}?)\\s+(?:is|are|will be) (?:no longer supported|switched off|turned off"
                    + "|discontinued|retired|withdrawn)\\b.*|^(?:support for|end of support for)\\s+(.{3,60}?)\\s+ends?\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT = Pattern.compile("(?:^[^:]{0,60}:\\s*|\\b(?:know|told \\S+|reminded \\S+) that\\s+)(.+)$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> PLAIN = java.util.Set.of("the", "old", "new", "our", "their", "your", "version", "current");

    private DeadlineNotice() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (in.purchases().isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.min(past.size(), CONTACTS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > NOTICE_DAYS) {
                return;
            }
            if (t.direction() != Direction.OUTBOUND || !mayEnd(t.summary())) {
                continue;
            }
            Matcher what = WHAT.matcher(BriefFacts.stripEnd(t.summary()));
            if (!what.find()) {
                continue;
            }
            String said = what.group(1).strip();
            Matcher ends = ENDS.matcher(said);
            if (!ends.matches()) {
                continue;
            }
            String subject = ends.group(1) != null ? ends.group(1) : ends.group(2) != null ? ends.group(2) : ends.group(3);
            if (spokenOfSince(subject, past.subList(0, i))) {
                return;
            }
            f.values.put("noticeDeadlineOn", f.dayInWords(on, f.today));
            f.values.put("noticeDeadlineWhat", said.substring(0, 1).toLowerCase(Locale.ROOT) + said.substring(1));
            return;
        }
    }

    /** A cheap look for the words {@link #ENDS} needs, so the regular expressions run only on the few notices that may hold them. */
    private static boolean mayEnd(String summary) {
        String lower = summary.toLowerCase(Locale.ROOT);
        return lower.contains("stop") || lower.contains("no longer") || lower.contains(" off") || lower.contains("discontinued")
                || lower.contains("retired") || lower.contains("withdrawn") || lower.contains("end");
    }

    private static boolean spokenOfSince(String subject, List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            for (String word : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
                if (word.length() >= 3 && !PLAIN.contains(word) && words.matches("(?s).*\\b" + Pattern.quote(word) + "\\b.*")) {
                    return true;
                }
            }
        }
        return false;
    }
}
