package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Mood;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The pre-call brief: who this is, what happened last time, and what to say now, with why. */
public record Brief(
        UUID clientId,
        String clientName,
        String greetingName,
        Instant at,
        BriefLine headline,
        Phase phase,
        BriefLine phaseWhy,
        Mood mood,
        MoodTrend moodTrend,
        boolean ghosted,
        TrustLevel trust,
        PriorTouchpoint priorTouchpoint,
        Conversation conversation,
        List<BriefLine> openItems,
        List<CompetitorContext> competitors,
        List<Override> overrides,
        List<String> warnings) {

    /** The last touchpoint before the brief's instant; null fields when unknown. */
    public record PriorTouchpoint(Instant occurredAt, Channel channel, String summary, String outcome, Mood mood,
                                  LocalDate followUpOn, boolean followUpOverdue) {
    }

    /** The suggested conversation; every part names the rule that chose it. */
    public record Conversation(ConversationType type, String typeRule, BriefLine tone, BriefLine goal, BriefLine opener,
                               OfferPolicy offerPolicy, String offerPolicyRule, List<BriefLine> talkingPoints,
                               List<BriefLine> avoid, BriefLine nextStep) {
    }

    /**
     * A competitor linked to the client: points to use (where they fall short, our strengths that
     * answer them) and topics to stay away from (where they are stronger), each naming its card.
     * Cards already used as a talking point are not repeated here.
     */
    public record CompetitorContext(String name, String relation, String note, List<BriefLine> points, List<BriefLine> avoid) {
    }

    /** A single-valued field where a higher-priority rule won over another. */
    public record Override(String field, String winningRule, String winningValue, String overriddenRule, String overriddenValue) {
    }
}
