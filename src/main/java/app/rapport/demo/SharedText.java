package app.rapport.demo;

import java.util.Map;

/** Sentences every demo business uses: how a mood sounds, notes on competitors, generic next steps. */
final class SharedText {

    private SharedText() {
    }

    static final Map<String, String[]> TEXT = Tpl.sections("""
            @TAIL.EXCITED
            Absolutely thrilled.
            Could not stop smiling.
            Already telling friends about it.
            Very enthusiastic.
            Said it made their week.
            Full of energy and ideas.

            @TAIL.HAPPY
            In good spirits.
            Seemed pleased.
            Friendly as always.
            [chat] Relaxed and chatty.
            Warm conversation.
            Thanked us twice.

            @TAIL.NEUTRAL
            Brief and to the point.
            Matter-of-fact.
            Short conversation.
            No strong feelings either way.
            Busy, kept it quick.

            @TAIL.DOUBTFUL
            Sounded a little unsure.
            Asked a lot of questions.
            Not fully convinced yet.
            Wants to think it over.
            Hesitant; needs reassurance.

            @TAIL.FRUSTRATED
            Clearly annoyed.
            Short on patience today.
            Said this should not have happened.
            Upset, but calmed down by the end.
            Tired of chasing us.

            @TAIL.REGRETFUL
            Seemed to regret the choice.
            Said they wished they had waited.
            Wondering whether it was worth it.
            Second thoughts about the money spent.

            @O.REQUEST
            Noted.
            Passed on to the team.
            Said we would look into it.
            Will come back to them this week.

            @F.ANY
            Follow up with {n}
            Check in with {n}
            Call {n} back
            Send {n} a short update

            @LINK.MENTIONED
            Mentioned that {c} is running a promotion.
            Said a friend uses {c}.
            Compared our prices with {c} during the call.
            Brought up {c} in passing; seemed curious rather than serious.
            Asked what we think of {c}.

            @LINK.CONSIDERING
            Thinking of trying {c}.
            Has a quote from {c} and asked whether we can match it.
            Said {c} approached them with an offer.
            Weighing us against {c} for the next purchase.

            @LINK.ALSO_BUYS_FROM
            Buys some things from {c}, the rest from us.
            Uses {c} for small jobs; comes to us for the bigger ones.
            Splits their spending between us and {c}.

            @LINK.SWITCHED_TO_THEM
            Moved to {c}; said the price made the difference.
            Now with {c} — closer to where they live.
            Left for {c} after the complaint last year.

            @LINK.SWITCHED_FROM_THEM
            Came to us from {c} after a bad experience.
            Left {c} because of long waiting times.
            Was with {c} for years; switched after a recommendation.
            Unhappy with {c}'s service, tried us instead.
            """);
}
