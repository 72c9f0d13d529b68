package app.rapport.domain.brief;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A no that named its own end: "Not before the wedding; maybe after", "revisit after the summer", "has a contract with
 * them until next year". Once that time has passed the no is no longer the last word, and the thing may be mentioned
 * again, once. A no for a reason (too dear, happy with the old one) has no end, and stays a no.
 */
final class RefusalWait {
    /** An event they named with no day: after this long it has surely passed. */
    static final int EVENT_DAYS = 180;

    private RefusalWait() {
    }

    /** "after the wedding", "until after the holiday", "not before the move", "once the renovation is done". */
    private static final Pattern AFTER_EVENT = Pattern.compile("(?i)\\b(?:(?:until |till )?after|not before|once|when) (?:the|their|her|his|our) "
            + "(wedding|holidays?|honeymoon|move|renovation|building work|busy season|exams?|baby|reorganisation|reorganization|merger|"
            + "audit|year-end|board meeting|budget round|launch)\\b");
    /** A no that said it was for now: a wait with an end, not a reason against the thing. */
    private static final Pattern FOR_NOW = Pattern.compile("(?i)\\b(?:maybe after|revisit|come back|again after|wait (?:until|till)|"
            + "until|till|not before|after|in the|next)\\b");

    /** True when the reason of a no said {@code openedOn} names a time or an event that has passed by {@code today}. */
    static boolean over(String reason, LocalDate openedOn, LocalDate today) {
        if (reason == null || openedOn == null || !FOR_NOW.matcher(reason).find()) {
            return false;
        }
        if (AFTER_EVENT.matcher(reason).find()) {
            return BriefFacts.days(openedOn, today) >= EVENT_DAYS;
        }
        TimeWords.PeriodNamed period = TimeWords.period(reason, openedOn);
        // "until next year" said in March: January has come; "before Christmas" is a deadline, not a wait
        return period != null && !period.words().toLowerCase(java.util.Locale.ROOT).startsWith("before")
                && !period.start().isAfter(today);
    }
}
