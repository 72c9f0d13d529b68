package app.rapport.domain.brief;

import java.util.Map;

/**
 * An ask of theirs only days old owns the call: what they asked is the whole of it. The request
 * frame's own lines for anyone ("say who is handling it", "check it is still what they need, in
 * their own words") are for an ask that has waited; a few days on they are filler, and nothing
 * comes in their place.
 */
final class FreshAsk {
    /** An ask this many days old or less is fresh: the answer is the call. */
    static final int FRESH_DAYS = 14;

    private FreshAsk() {
    }

    /** The frame is owned by a rule about an ask of theirs (in words, or on record) no more than {@link #FRESH_DAYS} old. */
    static boolean ownsTheCall(PlaybookRule owner, BriefFacts facts) {
        if (owner == null || owner.role() != RuleRole.SITUATION || facts.requestAgeDays == null || facts.requestAgeDays > FRESH_DAYS) {
            return false;
        }
        Map<String, Object> when = owner.conditions();
        return when != null && (Boolean.TRUE.equals(when.get("askedInWords")) && facts.askedInWords
                || Boolean.TRUE.equals(when.get("openRequest")) && facts.openRequest);
    }
}
