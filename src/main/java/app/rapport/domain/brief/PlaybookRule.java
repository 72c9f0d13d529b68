package app.rapport.domain.brief;

import java.util.List;
import java.util.Map;

/**
 * One playbook rule, as data: when every condition holds, its suggestions are contributed to the
 * brief. Conditions and suggestions are plain values (strings, numbers, booleans, lists and maps)
 * so that rules can be stored, edited and checked without code; {@link BriefEngine} evaluates them
 * and skips, with a warning, a rule it cannot evaluate.
 * <p>
 * Conditions (all must hold; a list means any of): {@code phase} (prospect, honeymoon, mature,
 * lapsed), {@code mood} (excited … regretful, or none), {@code moodTrend} (improving, steady,
 * worsening, unknown), {@code trust} (low, medium, high), {@code productComplexity} and
 * {@code productCategory} (of the latest purchase), {@code daysSincePurchase} and
 * {@code daysSinceLastTouchpoint} (ranges {@code {"min": 0, "max": 30}}), {@code renewalWithinDays}
 * (a number), and the flags {@code openComplaint}, {@code openRequest}, {@code refusal},
 * {@code competitorMentioned}, {@code ghosted}, {@code hasPriorTouchpoint}, {@code followUpOverdue}.
 * <p>
 * Suggestions: single-valued {@code type} (a {@link ConversationType} code), {@code tone},
 * {@code goal}, {@code opener}, {@code offerPolicy} (an {@link OfferPolicy} code), {@code nextStep};
 * lists {@code talkingPoints} and {@code avoid}; and the templates
 * {@code talkingPointPerCompetitorWeakness} ({competitor}, {weakness}) and
 * {@code talkingPointPerOurStrength} ({strength}). Texts may use {greeting}, {name},
 * {lastPurchase}, {lastPurchaseDate}, {daysSincePurchase}, {priorChannel}, {priorSummary},
 * {priorOutcome}, {priorDate}, {priorWhen}, {daysSinceLastTouchpoint}, {promisedFollowUp},
 * {overdueFollowUp}, {overdueFollowUpDate}, {renewalItem} and {renewalDate}; a rule whose text
 * needs a fact the client lacks (no prior touchpoint, say) does not apply.
 */
public record PlaybookRule(String code, String title, int priority, boolean enabled,
                           Map<String, Object> conditions, Map<String, Object> suggestion) {
    public PlaybookRule {
        conditions = conditions == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conditions));
        suggestion = suggestion == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(suggestion));
    }

}
