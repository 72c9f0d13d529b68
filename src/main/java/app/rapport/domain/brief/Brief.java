package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ConversationType;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pre-call brief: who this is, what the caller must remember, what happened last time, and
 * what to say now, with why. One rule owns the conversation's frame ({@link Conversation#owner()}):
 * the most urgent situation that applies, else the phase-and-mood rule; the other rules only fill
 * what it leaves open. Lines the coherence policy left out are listed in {@code dropped}.
 *
 * @param ghosted       no contact since they last bought, past the window: the fact Today and segments share
 * @param silenceWeighs that silence weighed against what they bought and their own cycle: the flag the caller sees
 * @param remember    pinned notes and cautions, newest first: read before anything else
 * @param shownFields the custom fields the owner chose to show in every brief, with this client's values
 * @param lately      the last few touchpoints and notes in their own words, newest first
 * @param outranked   the codes of situations that applied too but are less urgent than the owner
 */
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
        boolean silenceWeighs,
        TrustLevel trust,
        List<BriefLine> remember,
        Map<String, String> shownFields,
        PriorTouchpoint priorTouchpoint,
        Conversation conversation,
        List<BriefLine> openItems,
        List<Recent> lately,
        List<CompetitorContext> competitors,
        List<Dropped> dropped,
        List<String> outranked,
        List<String> warnings) {

    public Brief {
        remember = List.copyOf(remember);
        shownFields = Collections.unmodifiableMap(new LinkedHashMap<>(shownFields));
        openItems = List.copyOf(openItems);
        lately = List.copyOf(lately);
        competitors = List.copyOf(competitors);
        dropped = List.copyOf(dropped);
        outranked = List.copyOf(outranked);
        warnings = List.copyOf(warnings);
    }

    /**
     * The last touchpoint before the brief's instant. {@code answered} is false for a message or call
     * of ours that got no reply; then {@code mood} is null, since it says nothing of how they feel.
     */
    public record PriorTouchpoint(Instant occurredAt, Channel channel, Direction direction, String summary, String outcome,
                                  Mood mood, boolean answered, LocalDate followUpOn, boolean followUpOverdue) {
    }

    /**
     * The suggested conversation. {@code owner} says which rule owns the frame and why, in plain
     * words ("we promised to get back to them by 12 March and haven't yet"); {@code bySituation}
     * is true when that rule is a situation. {@code channel} is how to reach them this time, with why.
     */
    public record Conversation(BriefLine owner, boolean bySituation, ConversationType type, String typeRule, BriefLine tone,
                               BriefLine goal, BriefLine opener, OfferPolicy offerPolicy, String offerPolicyRule,
                               Channel channel, BriefLine channelWhy, List<BriefLine> talkingPoints, List<BriefLine> avoid,
                               BriefLine nextStep) {
        public Conversation {
            talkingPoints = List.copyOf(talkingPoints);
            avoid = List.copyOf(avoid);
        }
    }

    /**
     * A competitor linked to the client: points to use (where they fall short, our strengths that
     * answer them) and topics to stay away from (where they are stronger), each naming its card.
     * Cards already used as a talking point are not repeated here.
     */
    public record CompetitorContext(String name, String relation, String note, List<BriefLine> points, List<BriefLine> avoid) {
    }

    /**
     * A touchpoint or note of late, in its own words. {@code what} says what it was ("Call from
     * them", "Email from us, no reply", "Note"); {@code mood} is theirs, or null.
     */
    public record Recent(LocalDate on, String what, String text, String outcome, Mood mood) {
    }

    /** A line a rule made that the coherence policy left out, with the rule and the reason. */
    public record Dropped(String text, String rule, String reason) {
    }
}
