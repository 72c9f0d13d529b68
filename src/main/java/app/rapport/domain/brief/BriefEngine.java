package app.rapport.domain.brief;

import app.rapport.domain.Complexity;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the pre-call brief from plain records: derives the facts (phase, mood and its trend,
 * ghosting, trust, open items), evaluates every playbook rule against them, and merges what the
 * matching rules suggest. Single-valued parts (type, tone, goal, opener, offer policy, next step)
 * go to the highest-priority rule, and each rule it beat is recorded; list parts (talking points,
 * things to avoid) are collected in priority order. A rule that cannot be evaluated is skipped
 * with a warning. Pure and fast: no I/O, linear in the number of touchpoints.
 */
public final class BriefEngine {
    static final int MAX_TALKING_POINTS = 6;
    static final int MIN_TALKING_POINTS = 3;
    private static final int TREND_WINDOW = 5;
    private static final int DUE_SOON_DAYS = 30;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final Set<String> CONDITIONS = Set.of("phase", "mood", "moodTrend", "daysSincePurchase",
            "daysSinceLastTouchpoint", "productCategory", "productComplexity", "openComplaint", "competitorMentioned",
            "renewalWithinDays", "ghosted", "trust", "hasPriorTouchpoint", "openRequest", "followUpOverdue", "refusal");
    private static final Set<String> SUGGESTIONS = Set.of("type", "tone", "goal", "opener", "offerPolicy", "talkingPoints",
            "avoid", "nextStep", "talkingPointPerCompetitorWeakness", "talkingPointPerOurStrength");
    private static final List<String> SINGLE = List.of("type", "tone", "goal", "opener", "offerPolicy", "nextStep");
    private static final Set<String> PLACEHOLDERS = Set.of("greeting", "name", "lastPurchase", "lastPurchaseDate",
            "daysSincePurchase", "priorChannel", "priorSummary", "priorOutcome", "priorDate", "priorWhen", "daysSinceLastTouchpoint",
            "promisedFollowUp", "overdueFollowUp", "overdueFollowUpDate", "renewalItem", "renewalDate", "competitor", "weakness", "strength");

    private static final Set<String> PHASES = Set.of("prospect", "honeymoon", "mature", "lapsed");
    private static final Set<String> MOODS = Set.of("excited", "happy", "neutral", "doubtful", "frustrated", "regretful", "none");
    private static final Set<String> TRENDS = Set.of("improving", "steady", "worsening", "unknown");
    private static final Set<String> TRUSTS = Set.of("low", "medium", "high");
    private static final Set<String> COMPLEXITIES = Set.of("simple", "complex");

    private BriefEngine() {
    }

    /**
     * Why a rule with these conditions could not be evaluated (an unknown condition, a value of the
     * wrong kind), or empty when it can: the check the engine makes before it applies a rule.
     */
    public static java.util.Optional<String> conditionsProblem(Map<String, Object> conditions) {
        try {
            for (Map.Entry<String, Object> condition : conditions.entrySet()) {
                String name = condition.getKey();
                Object value = condition.getValue();
                switch (name) {
                    case "phase" -> oneOf(value, name, "", PHASES);
                    case "mood" -> oneOf(value, name, "", MOODS);
                    case "moodTrend" -> oneOf(value, name, "", TRENDS);
                    case "trust" -> oneOf(value, name, "", TRUSTS);
                    case "productComplexity" -> oneOf(value, name, "", COMPLEXITIES);
                    case "productCategory" -> oneOf(value, name, "", null);
                    case "daysSincePurchase", "daysSinceLastTouchpoint" -> inRange(value, name, null);
                    case "renewalWithinDays" -> number(value, name);
                    case "openComplaint", "competitorMentioned", "ghosted", "hasPriorTouchpoint", "openRequest",
                         "followUpOverdue", "refusal" -> flag(value, name);
                    default -> throw new RuleProblem("unknown condition '" + name + "'.");
                }
            }
            return java.util.Optional.empty();
        } catch (RuleProblem problem) {
            return java.util.Optional.of(problem.getMessage());
        }
    }

    /** Why a rule with this suggestion could not be applied (an unknown part or placeholder), or empty when it can. */
    public static java.util.Optional<String> suggestionProblem(Map<String, Object> suggestion) {
        try {
            checkSuggestion(new PlaybookRule("check", "", 0, true, Map.of(), suggestion));
            return java.util.Optional.empty();
        } catch (RuleProblem problem) {
            return java.util.Optional.of(problem.getMessage());
        }
    }

    public static Brief build(BriefInput input, Instant at) {
        List<String> warnings = new ArrayList<>(input.warnings());
        Facts facts = Facts.derive(input, at);
        Map<String, Choice> chosen = new HashMap<>();
        List<Brief.Override> overrides = new ArrayList<>();
        List<BriefLine> talkingPoints = new ArrayList<>();
        List<BriefLine> avoid = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<UUID> usedCards = new HashSet<>();

        List<PlaybookRule> rules = new ArrayList<>();
        for (PlaybookRule rule : input.playbook().rules()) {
            if (rule.enabled()) {
                rules.add(rule);
            }
        }
        rules.sort(Comparator.comparingInt(PlaybookRule::priority).reversed()); // stable: file order breaks ties
        for (PlaybookRule rule : rules) {
            String code = rule.code() == null || rule.code().isBlank() ? "(no code)" : rule.code();
            Contribution contribution;
            try {
                if (!matches(rule, facts)) {
                    continue;
                }
                contribution = contribute(rule, code, facts, input, usedCards);
            } catch (RuleProblem problem) {
                warnings.add("Rule " + code + " skipped: " + problem.getMessage());
                continue;
            } catch (RuntimeException unexpected) {
                warnings.add("Rule " + code + " skipped: it could not be evaluated (" + unexpected + ").");
                continue;
            }
            if (contribution == null) {
                continue; // a template needs a fact this client does not have: the rule does not apply
            }
            for (Map.Entry<String, String> single : contribution.single.entrySet()) {
                String field = single.getKey();
                Choice winner = chosen.get(field);
                if (winner == null && "type".equals(field)) {
                    ConversationType type = ConversationType.fromCode(single.getValue()).orElseThrow();
                    if (type.trustNeeded().compareTo(facts.trust) > 0) {
                        overrides.add(new Brief.Override(field, "fact:trust", "trust is " + facts.trust.code()
                                + ", " + type.code() + " needs " + type.trustNeeded().code(), code, single.getValue()));
                        continue;
                    }
                }
                if (winner == null) {
                    chosen.put(field, new Choice(single.getValue(), code));
                } else if (!winner.value.equals(single.getValue())) {
                    overrides.add(new Brief.Override(field, winner.rule, winner.value, code, single.getValue()));
                }
            }
            for (BriefLine line : contribution.talkingPoints) {
                if (talkingPoints.size() < MAX_TALKING_POINTS && seen.add(line.text())) {
                    talkingPoints.add(line);
                    usedCards.addAll(contribution.cards.getOrDefault(line, List.of()));
                }
            }
            for (BriefLine line : contribution.avoid) {
                if (seen.add(line.text())) {
                    avoid.add(line);
                }
            }
        }
        if (talkingPoints.size() < MIN_TALKING_POINTS) {
            warnings.add("The playbook gave only " + talkingPoints.size() + " talking points for this client.");
        }

        if (!chosen.containsKey("type")) {
            // Every suggested type needed more trust (or none was suggested): the deepest one trust allows.
            boolean gated = overrides.stream().anyMatch(o -> o.field().equals("type"));
            ConversationType fallback = ConversationType.TRANSACTIONAL;
            if (gated) {
                for (ConversationType candidate : ConversationType.values()) {
                    if (candidate.trustNeeded().compareTo(facts.trust) <= 0) {
                        fallback = candidate;
                    }
                }
            }
            chosen.put("type", new Choice(fallback.code(), gated ? "fact:trust" : "fact:no-rule"));
        }
        Choice type = chosen.get("type");
        Choice offer = chosen.getOrDefault("offerPolicy", new Choice(OfferPolicy.ONLY_WHAT_NEEDED.code(), "fact:no-rule"));
        Brief.Conversation conversation = new Brief.Conversation(
                ConversationType.fromCode(type.value).orElseThrow(), type.rule,
                line(chosen, "tone"), line(chosen, "goal"), line(chosen, "opener"),
                OfferPolicy.fromCode(offer.value).orElseThrow(), offer.rule,
                List.copyOf(talkingPoints), List.copyOf(avoid), line(chosen, "nextStep"));
        return new Brief(input.client().id(), input.client().displayName(), facts.greeting, at, facts.headline(),
                facts.phase, new BriefLine(facts.phaseWhy, "fact:phase"), facts.mood, facts.trend, facts.ghosted, facts.trust,
                facts.prior(), conversation, facts.openItems(), competitors(input, usedCards), List.copyOf(overrides),
                List.copyOf(warnings));
    }

    private static BriefLine line(Map<String, Choice> chosen, String field) {
        Choice choice = chosen.get(field);
        return choice == null ? null : new BriefLine(choice.value, choice.rule);
    }

    /**
     * The competitor sections: where each competitor falls short and which of our strengths answer
     * it (points), and their strengths we have no answer to (avoid), every line naming its card.
     * Cards a talking point already used are left out, so nothing is said twice.
     */
    private static List<Brief.CompetitorContext> competitors(BriefInput input, Set<UUID> usedCards) {
        List<Brief.CompetitorContext> result = new ArrayList<>();
        for (BriefInput.LinkedCompetitor linked : input.competitors()) {
            CompetitorAnswers answers = new CompetitorAnswers(linked, input.ourStrengths());
            List<BriefLine> points = new ArrayList<>();
            for (SwotItem weakness : answers.weaknesses) {
                if (!usedCards.contains(weakness.id())) {
                    points.add(new BriefLine("Where they fall short: " + weakness.text(), "fact:swot-weakness", answers.source(weakness)));
                }
            }
            int shown = 0;
            for (SwotItem strength : answers.answers) {
                if (!usedCards.contains(strength.id()) && shown++ < CompetitorAnswers.MAX_ANSWERS) {
                    points.add(new BriefLine("Our answer: " + strength.text(), "fact:swot-our-strength", answers.source(strength)));
                }
            }
            List<BriefLine> avoid = new ArrayList<>();
            for (SwotItem strength : answers.unanswered(input.ourStrengths())) {
                String topic = CompetitorAnswers.topic(strength);
                avoid.add(new BriefLine(topic == null
                        ? "Arguing against " + CompetitorAnswers.inSentence(strength.text()) + ": that is where they are strong."
                        : "Competing on " + topic + ": they are stronger there (" + CompetitorAnswers.inSentence(strength.text()) + ").",
                        "fact:swot-their-strength", answers.source(strength)));
            }
            result.add(new Brief.CompetitorContext(linked.competitor().name(),
                    linked.link() == null ? null : linked.link().relation().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    linked.link() == null ? null : linked.link().note(), List.copyOf(points), List.copyOf(avoid)));
        }
        return List.copyOf(result);
    }

    // ---- conditions ----------------------------------------------------------------------------

    private static boolean matches(PlaybookRule rule, Facts facts) {
        boolean all = true;
        for (Map.Entry<String, Object> condition : rule.conditions().entrySet()) {
            if (!CONDITIONS.contains(condition.getKey())) {
                throw new RuleProblem("unknown condition '" + condition.getKey() + "'.");
            }
            // Evaluate every condition, so that a bad one is reported even when another fails first.
            all &= holds(condition.getKey(), condition.getValue(), facts);
        }
        checkSuggestion(rule);
        return all;
    }

    private static boolean holds(String name, Object expected, Facts f) {
        return switch (name) {
            case "phase" -> oneOf(expected, name, f.phase.code(), PHASES);
            case "mood" -> oneOf(expected, name, f.mood == null ? "none" : f.mood.name().toLowerCase(Locale.ROOT),
                    MOODS);
            case "moodTrend" -> oneOf(expected, name, f.trend.code(), TRENDS);
            case "trust" -> oneOf(expected, name, f.trust.code(), TRUSTS);
            case "productComplexity" -> f.lastPurchase != null
                    && oneOf(expected, name, f.complexity.name().toLowerCase(Locale.ROOT), COMPLEXITIES);
            case "productCategory" -> f.category != null && oneOf(expected, name, f.category.toLowerCase(Locale.ROOT), null);
            case "daysSincePurchase" -> inRange(expected, name, f.daysSincePurchase);
            case "daysSinceLastTouchpoint" -> inRange(expected, name, f.daysSinceLastTouchpoint);
            case "renewalWithinDays" -> f.daysToRenewal != null && f.daysToRenewal <= number(expected, name);
            case "openComplaint" -> flag(expected, name) == f.openComplaint;
            case "competitorMentioned" -> flag(expected, name) == f.competitorMentioned;
            case "ghosted" -> flag(expected, name) == f.ghosted;
            case "hasPriorTouchpoint" -> flag(expected, name) == (f.prior != null);
            case "openRequest" -> flag(expected, name) == f.openRequest;
            case "followUpOverdue" -> flag(expected, name) == f.followUpOverdue;
            case "refusal" -> flag(expected, name) == f.refusal;
            default -> throw new RuleProblem("unknown condition '" + name + "'.");
        };
    }

    private static boolean oneOf(Object expected, String name, String actual, Set<String> allowed) {
        Collection<?> values = expected instanceof Collection<?> list ? list : List.of(expected == null ? "" : expected);
        boolean any = false;
        for (Object value : values) {
            String text = String.valueOf(value).toLowerCase(Locale.ROOT);
            if (allowed != null && !allowed.contains(text)) {
                throw new RuleProblem("condition '" + name + "' has '" + value + "'; expected one of " + new java.util.TreeSet<>(allowed) + ".");
            }
            any |= text.equals(actual);
        }
        return any;
    }

    private static boolean inRange(Object expected, String name, Long actual) {
        if (!(expected instanceof Map<?, ?> range) || range.isEmpty()
                || !Set.of("min", "max").containsAll(range.keySet())) {
            throw new RuleProblem("condition '" + name + "' needs a range like {\"min\": 0, \"max\": 30}.");
        }
        Object min = range.get("min");
        Object max = range.get("max");
        long low = min == null ? Long.MIN_VALUE : number(min, name);
        long high = max == null ? Long.MAX_VALUE : number(max, name);
        return actual != null && actual >= low && actual <= high;
    }

    private static long number(Object value, String name) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new RuleProblem("condition '" + name + "' needs a number, not '" + value + "'.");
    }

    private static boolean flag(Object value, String name) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new RuleProblem("condition '" + name + "' needs true or false, not '" + value + "'.");
    }

    // ---- suggestions -----------------------------------------------------------------------------

    private static void checkSuggestion(PlaybookRule rule) {
        for (Map.Entry<String, Object> entry : rule.suggestion().entrySet()) {
            String field = entry.getKey();
            if (!SUGGESTIONS.contains(field)) {
                throw new RuleProblem("unknown suggestion '" + field + "'.");
            }
            Object value = entry.getValue();
            if (field.equals("talkingPoints") || field.equals("avoid")
                    || (value instanceof List<?> && (field.equals("talkingPointPerCompetitorWeakness") || field.equals("talkingPointPerOurStrength")))) {
                if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                    throw new RuleProblem("'" + field + "' must be a list of texts.");
                }
                list.forEach(text -> checkTemplate((String) text));
            } else if (!(value instanceof String text)) {
                throw new RuleProblem("'" + field + "' must be a text.");
            } else if (field.equals("type") && ConversationType.fromCode(text).isEmpty()) {
                throw new RuleProblem("unknown conversation type '" + text + "'.");
            } else if (field.equals("offerPolicy") && OfferPolicy.fromCode(text).isEmpty()) {
                throw new RuleProblem("unknown offer policy '" + text + "'; expected offer-new, only-what-needed or no-offer.");
            } else {
                checkTemplate(text);
            }
        }
    }

    private static void checkTemplate(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                throw new RuleProblem("unknown placeholder {" + matcher.group(1) + "} in \"" + template + "\".");
            }
        }
    }

    /** The first of the templates ({@code value}: one text or a list) whose placeholders this brief can fill, or null. */
    private static String firstFillable(Object value, Map<String, String> values) {
        for (Object template : value instanceof List<?> list ? list : List.of(value)) {
            if (fill((String) template, values) != null) {
                return (String) template;
            }
        }
        return null;
    }

    private static Contribution contribute(PlaybookRule rule, String code, Facts facts, BriefInput input, Set<UUID> usedCards) {
        Contribution c = new Contribution();
        Map<String, Object> s = rule.suggestion();
        for (String field : SINGLE) {
            Object value = s.get(field);
            if (value != null) {
                String text = field.equals("type") || field.equals("offerPolicy") ? (String) value : fill((String) value, facts.values);
                if (text == null) {
                    return null;
                }
                c.single.put(field, text);
            }
        }
        for (Object template : (List<?>) s.getOrDefault("talkingPoints", List.of())) {
            String text = fill((String) template, facts.values);
            if (text == null) {
                return null;
            }
            c.talkingPoints.add(new BriefLine(text, code));
        }
        for (Object template : (List<?>) s.getOrDefault("avoid", List.of())) {
            String text = fill((String) template, facts.values);
            if (text == null) {
                return null;
            }
            c.avoid.add(new BriefLine(text, code));
        }
        // One line each, about the competitor linked most recently: a list of them drowned the brief.
        if (s.containsKey("talkingPointPerCompetitorWeakness") && !input.competitors().isEmpty()) {
            CompetitorAnswers answers = new CompetitorAnswers(input.competitors().get(0), input.ourStrengths());
            SwotItem[] pairing = answers.bestPairing(usedCards);
            if (pairing != null) {
                SwotItem weakness = pairing[0];
                SwotItem answer = pairing[1];
                Map<String, String> values = new HashMap<>(facts.values);
                values.put("competitor", answers.competitor);
                values.put("weakness", CompetitorAnswers.plain(weakness.text()));
                if (answer != null) {
                    values.put("strength", CompetitorAnswers.plain(answer.text()));
                }
                String template = firstFillable(s.get("talkingPointPerCompetitorWeakness"), values);
                if (template != null) {
                    boolean withAnswer = answer != null && template.contains("{strength}");
                    c.add(new BriefLine(fill(template, values), code, withAnswer
                                    ? answers.source(weakness) + "; " + answers.source(answer) : answers.source(weakness)),
                            withAnswer ? List.of(weakness.id(), answer.id()) : List.of(weakness.id()));
                }
            }
        }
        if (s.containsKey("talkingPointPerOurStrength") && !input.ourStrengths().isEmpty()) {
            List<SwotItem> candidates = new ArrayList<>();
            SwotItem reserved = null;
            if (!input.competitors().isEmpty()) {
                CompetitorAnswers answers = new CompetitorAnswers(input.competitors().get(0), input.ourStrengths());
                candidates.addAll(answers.answers);
                // The strength that best answers their weak spot is kept for that line, when another will do here.
                SwotItem[] pairing = answers.bestPairing(usedCards);
                reserved = pairing == null ? null : pairing[1];
            }
            candidates.addAll(input.ourStrengths());
            if (reserved != null) {
                candidates.removeIf(reserved::equals);
                candidates.add(reserved);
            }
            for (SwotItem strength : candidates) {
                if (!usedCards.contains(strength.id())) {
                    Map<String, String> values = new HashMap<>(facts.values);
                    values.put("strength", CompetitorAnswers.plain(strength.text()));
                    String template = firstFillable(s.get("talkingPointPerOurStrength"), values);
                    if (template != null) {
                        c.add(new BriefLine(fill(template, values), code, CompetitorAnswers.source(null, strength)), List.of(strength.id()));
                    }
                    break;
                }
            }
        }
        return c;
    }

    /** The template with its placeholders filled in; null when one names a fact this client lacks. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private record Choice(String value, String rule) {
    }

    private static final class Contribution {
        final Map<String, String> single = new java.util.LinkedHashMap<>();
        final List<BriefLine> talkingPoints = new ArrayList<>();
        final List<BriefLine> avoid = new ArrayList<>();
        /** The SWOT cards each competitor talking point uses. */
        final Map<BriefLine, List<UUID>> cards = new HashMap<>();

        void add(BriefLine talkingPoint, List<UUID> usedCards) {
            talkingPoints.add(talkingPoint);
            cards.put(talkingPoint, usedCards);
        }
    }

    private static final class RuleProblem extends RuntimeException {
        RuleProblem(String message) {
            super(message, null, false, false);
        }
    }

    // ---- facts -----------------------------------------------------------------------------------

    /** What the engine knows about the client at the instant, derived once per brief. */
    static final class Facts {
        String greeting;
        String name;
        LocalDate today;
        Phase phase;
        String phaseWhy;
        Mood mood;
        MoodTrend trend = MoodTrend.UNKNOWN;
        boolean ghosted;
        TrustLevel trust;
        Touchpoint prior;
        Purchase lastPurchase;
        String lastPurchaseName;
        Complexity complexity;
        String category;
        Long daysSincePurchase;
        Long daysSinceLastTouchpoint;
        Long daysToRenewal;
        boolean openComplaint;
        boolean openRequest;
        boolean refusal;
        boolean competitorMentioned;
        boolean followUpOverdue;
        int purchases;
        final List<BriefLine> openItems = new ArrayList<>();
        final Map<String, String> values = new HashMap<>();

        static Facts derive(BriefInput in, Instant at) {
            Facts f = new Facts();
            f.today = LocalDate.ofInstant(at, in.zone());
            f.greeting = in.client().greetingName();
            f.name = in.client().displayName();
            BriefSettings settings = in.settings();

            // Touchpoints up to the instant: the latest, the moods of the last few, and the first.
            List<Touchpoint> past = new ArrayList<>();
            Instant first = null;
            for (Touchpoint t : in.touchpoints()) {
                if (!t.occurredAt().isAfter(at)) {
                    past.add(t);
                    if (first == null || t.occurredAt().isBefore(first)) {
                        first = t.occurredAt();
                    }
                }
            }
            past.sort(Comparator.comparing(Touchpoint::occurredAt).reversed());
            f.prior = past.isEmpty() ? null : past.get(0);
            List<Mood> recentMoods = new ArrayList<>();
            for (Touchpoint t : past) {
                if (t.mood() != null) {
                    recentMoods.add(t.mood());
                    if (recentMoods.size() == TREND_WINDOW) {
                        break;
                    }
                }
            }
            f.mood = recentMoods.isEmpty() ? null : recentMoods.get(0);
            f.trend = trend(recentMoods);
            if (f.prior != null) {
                f.daysSinceLastTouchpoint = days(LocalDate.ofInstant(f.prior.occurredAt(), in.zone()), f.today);
            }

            // Purchases up to the instant.
            LocalDate firstPurchase = null;
            for (Purchase p : in.purchases()) {
                if (p.purchasedOn() == null || p.purchasedOn().isAfter(f.today)) {
                    continue;
                }
                f.purchases++;
                if (firstPurchase == null || p.purchasedOn().isBefore(firstPurchase)) {
                    firstPurchase = p.purchasedOn();
                }
                if (f.lastPurchase == null || p.purchasedOn().isAfter(f.lastPurchase.purchasedOn())) {
                    f.lastPurchase = p;
                }
            }
            if (f.lastPurchase != null) {
                Product product = f.lastPurchase.productId() == null ? null : in.products().get(f.lastPurchase.productId());
                f.complexity = product == null ? Complexity.SIMPLE : product.complexity();
                f.category = product == null ? null : product.category();
                f.lastPurchaseName = product != null ? product.name()
                        : f.lastPurchase.description() == null || f.lastPurchase.description().isBlank() ? "their purchase"
                        : f.lastPurchase.description();
                f.daysSincePurchase = days(f.lastPurchase.purchasedOn(), f.today);
                int window = f.complexity == Complexity.COMPLEX ? settings.ghostingWindowDaysComplex() : settings.ghostingWindowDaysSimple();
                boolean contactedSince = false;
                for (Touchpoint t : past) {
                    if (LocalDate.ofInstant(t.occurredAt(), in.zone()).isAfter(f.lastPurchase.purchasedOn())) {
                        contactedSince = true;
                        break; // newest first: once a touchpoint is on or before the purchase day, the rest are too
                    }
                    if (!LocalDate.ofInstant(t.occurredAt(), in.zone()).isAfter(f.lastPurchase.purchasedOn())) {
                        break;
                    }
                }
                f.ghosted = !contactedSince && f.daysSincePurchase > window;
            }

            // Open items: complaints, requests, refusals, follow-ups, warranty and renewal dates.
            boolean complaintSinceFirstPurchase = false;
            for (Opportunity o : in.opportunities()) {
                if (o.openedOn() != null && o.openedOn().isAfter(f.today)) {
                    continue;
                }
                boolean open = o.status() == OpportunityStatus.OPEN && (o.closedOn() == null || o.closedOn().isAfter(f.today));
                if (o.kind() == OpportunityKind.COMPLAINT && firstPurchase != null && o.openedOn() != null
                        && !o.openedOn().isBefore(firstPurchase)) {
                    complaintSinceFirstPurchase = true;
                }
                if (o.kind() == OpportunityKind.REFUSAL) {
                    f.refusal = true;
                    String reason = o.reasonText() != null && !o.reasonText().isBlank() ? o.reasonText()
                            : o.reasonCode() != null ? o.reasonCode().toLowerCase(Locale.ROOT).replace('_', ' ') : "no reason given";
                    f.openItems.add(new BriefLine("Refused: " + o.summary() + " (reason: " + reason + ", " + o.openedOn() + ")", "fact:refusal"));
                } else if (open && o.kind() == OpportunityKind.COMPLAINT) {
                    f.openComplaint = true;
                    f.openItems.add(new BriefLine("Open complaint: " + o.summary() + " (since " + o.openedOn() + ")", "fact:open-complaint"));
                } else if (open && o.kind() == OpportunityKind.REQUEST) {
                    f.openRequest = true;
                    f.openItems.add(new BriefLine("Open request: " + o.summary() + " (since " + o.openedOn() + ")", "fact:open-request"));
                }
            }
            LocalDate nextFollowUp = null;
            FollowUp overdueFollowUp = null;
            for (FollowUp fu : in.followUps()) {
                if (fu.doneAt() != null && !fu.doneAt().isAfter(at)) {
                    continue;
                }
                if (!fu.dueOn().isAfter(f.today.plusDays(DUE_SOON_DAYS))) {
                    boolean overdue = fu.dueOn().isBefore(f.today);
                    if (overdue && (overdueFollowUp == null || fu.dueOn().isBefore(overdueFollowUp.dueOn()))) {
                        overdueFollowUp = fu;
                    }
                    f.followUpOverdue |= overdue;
                    f.openItems.add(new BriefLine((overdue ? "Overdue follow-up: " : "Follow-up due: ") + fu.reason()
                            + " (" + fu.dueOn() + ")", "fact:follow-up"));
                }
                if (nextFollowUp == null || fu.dueOn().isBefore(nextFollowUp)) {
                    nextFollowUp = fu.dueOn();
                }
            }
            LocalDate renewal = null;
            String renewalItem = null;
            for (Purchase p : in.purchases()) {
                Product product = p.productId() == null ? null : in.products().get(p.productId());
                String item = product != null ? product.name() : p.description() == null ? "a purchase" : p.description();
                for (int kind = 0; kind < 2; kind++) {
                    boolean isRenewal = kind == 0;
                    LocalDate date = isRenewal ? p.renewalOn() : p.warrantyUntil();
                    if (date != null && !date.isBefore(f.today) && !date.isAfter(f.today.plusDays(DUE_SOON_DAYS))) {
                        f.openItems.add(new BriefLine((isRenewal ? "Renewal of " : "Warranty of ") + item
                                + (isRenewal ? " is due on " : " ends on ") + date, isRenewal ? "fact:renewal" : "fact:warranty"));
                        if (renewal == null || date.isBefore(renewal)) {
                            renewal = date;
                            renewalItem = item;
                        }
                    }
                }
            }
            if (renewal != null) {
                f.daysToRenewal = days(f.today, renewal);
            }
            f.competitorMentioned = !in.competitors().isEmpty();

            // Phase.
            if (f.lastPurchase == null) {
                f.phase = Phase.PROSPECT;
                f.phaseWhy = "No purchase yet.";
            } else if (f.daysSincePurchase >= settings.lapsedAfterSilentDays()
                    && (f.daysSinceLastTouchpoint == null || f.daysSinceLastTouchpoint >= settings.lapsedAfterSilentDays())) {
                f.phase = Phase.LAPSED;
                f.phaseWhy = "No purchase and no touchpoint for " + settings.lapsedAfterSilentDays() + " days or more.";
            } else if (days(firstPurchase, f.today) < settings.honeymoonDays()) {
                Mood soured = null;
                for (Touchpoint t : past) {
                    if (!LocalDate.ofInstant(t.occurredAt(), in.zone()).isBefore(firstPurchase)
                            && (t.mood() == Mood.FRUSTRATED || t.mood() == Mood.REGRETFUL)) {
                        soured = t.mood();
                        break;
                    }
                }
                if (complaintSinceFirstPurchase || soured != null) {
                    f.phase = Phase.MATURE;
                    f.phaseWhy = "First purchase " + days(firstPurchase, f.today) + " days ago, but the honeymoon ended early: "
                            + (complaintSinceFirstPurchase ? "they complained." : "they felt " + soured.label().toLowerCase(Locale.ROOT) + ".");
                } else {
                    f.phase = Phase.HONEYMOON;
                    f.phaseWhy = "First purchase " + days(firstPurchase, f.today) + " days ago (honeymoon lasts "
                            + settings.honeymoonDays() + " days).";
                }
            } else {
                f.phase = Phase.MATURE;
                f.phaseWhy = "Client for " + days(firstPurchase, f.today) + " days.";
            }

            // Trust: tenure, how often we talked, and how those talks felt.
            LocalDate since = firstPurchase;
            if (first != null) {
                LocalDate firstContact = LocalDate.ofInstant(first, in.zone());
                since = since == null || firstContact.isBefore(since) ? firstContact : since;
            }
            long tenure = since == null ? 0 : days(since, f.today);
            int score = (tenure >= 180 ? 1 : 0) + (tenure >= 365 ? 1 : 0) + (past.size() >= 3 ? 1 : 0) + (past.size() >= 10 ? 1 : 0);
            int moodSum = 0;
            for (Mood m : recentMoods) {
                moodSum += m.tone();
            }
            score += recentMoods.isEmpty() ? 0 : moodSum > 0 ? 1 : moodSum < 0 ? -1 : 0;
            f.trust = score >= 4 ? TrustLevel.HIGH : score >= 2 ? TrustLevel.MEDIUM : TrustLevel.LOW;

            // Template values.
            f.values.put("greeting", f.greeting);
            f.values.put("name", f.name);
            if (f.lastPurchase != null) {
                f.values.put("lastPurchase", f.lastPurchaseName);
                f.values.put("lastPurchaseDate", f.lastPurchase.purchasedOn().toString());
                f.values.put("daysSincePurchase", String.valueOf(f.daysSincePurchase));
            }
            if (f.prior != null) {
                f.values.put("priorChannel", switch (f.prior.channel()) {
                    case CALL -> "on the phone";
                    case VISIT -> "when you came in";
                    case MEETING -> "at our meeting";
                    case EMAIL -> "by email";
                    case MESSAGE -> "by message";
                });
                f.values.put("priorSummary", stripEnd(f.prior.summary()));
                f.values.put("priorDate", LocalDate.ofInstant(f.prior.occurredAt(), in.zone()).toString());
                f.values.put("priorWhen", ago(f.daysSinceLastTouchpoint));
                f.values.put("daysSinceLastTouchpoint", String.valueOf(f.daysSinceLastTouchpoint));
                if (f.prior.outcome() != null && !f.prior.outcome().isBlank()) {
                    f.values.put("priorOutcome", stripEnd(f.prior.outcome()));
                }
                if (f.prior.followUpOn() != null) {
                    f.values.put("promisedFollowUp", f.prior.followUpOn().toString());
                }
            }
            if (overdueFollowUp != null) {
                f.values.put("overdueFollowUp", stripEnd(overdueFollowUp.reason()));
                f.values.put("overdueFollowUpDate", overdueFollowUp.dueOn().toString());
            }
            if (renewal != null) {
                f.values.put("renewalItem", renewalItem);
                f.values.put("renewalDate", renewal.toString());
            }
            return f;
        }

        Brief.PriorTouchpoint prior() {
            if (prior == null) {
                return null;
            }
            boolean overdue = prior.followUpOn() != null && prior.followUpOn().isBefore(today);
            return new Brief.PriorTouchpoint(prior.occurredAt(), prior.channel(), prior.summary(), prior.outcome(), prior.mood(),
                    prior.followUpOn(), overdue);
        }

        BriefLine headline() {
            StringBuilder text = new StringBuilder(name);
            if (!greeting.equals(name)) {
                text.append(" (greet as ").append(greeting).append(")");
            }
            text.append(" · ").append(phase.code());
            if (lastPurchase != null) {
                text.append(" · ").append(purchases == 1 ? "1 purchase" : purchases + " purchases")
                        .append(", last: ").append(lastPurchaseName).append(", ").append(ago(daysSincePurchase));
            } else {
                text.append(" · no purchase yet");
            }
            if (daysSinceLastTouchpoint != null) {
                text.append(" · last contact ").append(ago(daysSinceLastTouchpoint));
            }
            return new BriefLine(text.toString(), "fact:headline");
        }

        List<BriefLine> openItems() {
            return List.copyOf(openItems);
        }

        private static MoodTrend trend(List<Mood> newestFirst) {
            if (newestFirst.size() < 2) {
                return MoodTrend.UNKNOWN;
            }
            int latest = newestFirst.get(0).tone();
            double earlier = 0;
            for (int i = 1; i < newestFirst.size(); i++) {
                earlier += newestFirst.get(i).tone();
            }
            earlier /= newestFirst.size() - 1;
            double delta = latest - earlier;
            return delta >= 1 ? MoodTrend.IMPROVING : delta <= -1 ? MoodTrend.WORSENING : MoodTrend.STEADY;
        }

        private static String ago(long days) {
            return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
        }

        private static long days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }

        private static String stripEnd(String text) {
            String t = text == null ? "" : text.strip();
            while (t.endsWith(".") || t.endsWith("!")) {
                t = t.substring(0, t.length() - 1);
            }
            return t;
        }
    }
}
