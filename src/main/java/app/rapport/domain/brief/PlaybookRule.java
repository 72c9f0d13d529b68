package app.rapport.domain.brief;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One playbook rule, as data: when every condition holds, its suggestions are contributed to the
 * brief. Conditions and suggestions are plain values (strings, numbers, booleans, lists and maps)
 * so that rules can be stored, edited and checked without code; {@link BriefEngine} evaluates them
 * and skips, with a warning, a rule it cannot evaluate.
 * <p>
 * {@code role}: a {@link RuleRole#SITUATION} owns the conversation's frame when it is the most
 * urgent that matches (the situations' order is their priority); a {@link RuleRole#COLOUR} rule
 * fills what the frame leaves open. {@code because} is the plain-words reason shown beside the
 * lines the rule makes ("nobody has been in touch since they bought {lastPurchase}").
 * <p>
 * Conditions (all must hold; a list means any of): {@code phase} (prospect, honeymoon,
 * honeymoon-at-risk, mature, lapsed), {@code mood} (excited … regretful, or none: the client's own
 * latest reaction), {@code moodTrend}, {@code trust}, {@code productComplexity} and
 * {@code productCategory} (of the latest purchase's main item), ranges ({@code {"min": 0, "max": 30}})
 * {@code daysSincePurchase}, {@code daysSinceLastTouchpoint}, {@code daysSinceLastHeard},
 * {@code requestAgeDays}, {@code unansweredInARow}; {@code renewalWithinDays} (a number); and the
 * flags {@code openComplaint}, {@code unhappyNow}, {@code openRequest}, {@code refusal},
 * {@code competitorMentioned}, {@code competitorConsidered}, {@code ghosted},
 * {@code hasPriorTouchpoint}, {@code heardFromThem}, {@code followUpOverdue}, {@code fixedOnRecord}.
 * <p>
 * Suggestions: single-valued {@code type}, {@code tone}, {@code goal}, {@code opener},
 * {@code offerPolicy}, {@code nextStep}; lists {@code talkingPoints} and {@code avoid} (a text, or
 * {@code {"text": …, "intent": "sell"}} for a talking point and {@code {"text": …, "forbids":
 * ["sell"]}} for an avoid line, see {@link LineIntent}); {@code welcome} (for a situation: the
 * intents of colour talking points it lets in); and the templates
 * {@code talkingPointPerCompetitorWeakness} and {@code talkingPointPerOurStrength}. Texts use
 * placeholders such as {greeting}, {lastPurchase}, {priorWhen}; a rule whose text needs a fact the
 * client lacks does not apply.
 */
public record PlaybookRule(String code, String title, int priority, boolean enabled, RuleRole role, String because,
                           Map<String, Object> conditions, Map<String, Object> suggestion) {
    public PlaybookRule {
        role = role == null ? RuleRole.COLOUR : role;
        conditions = conditions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        suggestion = suggestion == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(suggestion));
    }

    /** A colour rule without a reason of its own. */
    public PlaybookRule(String code, String title, int priority, boolean enabled,
                        Map<String, Object> conditions, Map<String, Object> suggestion) {
        this(code, title, priority, enabled, RuleRole.COLOUR, null, conditions, suggestion);
    }
}
