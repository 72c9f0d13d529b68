package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ConversationType;
import app.rapport.domain.SwotItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the pre-call brief from plain records, so that it speaks with one voice:
 * <ol>
 * <li>derives the facts, right in time ({@link BriefFacts});</li>
 * <li>evaluates every enabled playbook rule against them;</li>
 * <li>the most urgent matching <em>situation</em> rule (highest priority) owns the frame — type,
 *     goal, tone, opener, offer policy and next step — as one unit; without one, the
 *     highest-priority <em>colour</em> rule with a goal owns it. Colour rules fill only what the
 *     frame leaves open (never the goal, the next step, or, under a situation, the type and offer);</li>
 * <li>the coherence policy decides which talking points stay: the owner's first; nothing that sells
 *     or asks for advocacy unless the offer policy is "offer-new"; nothing an avoid line forbids;
 *     nothing that needs a call when a note asks for writing; no review or referral while a delivery,
 *     a set-up or a problem is unfinished; under a situation, only colour points of the intents it
 *     welcomes, and always a step of ours owed ({@link LineIntent#OWED}); no line naming no fact of this client when enough do, unless the owner ranked its
 *     rule above the frame's (two at most when nothing of theirs is said, one beside one line of
 *     theirs or more; for a content long-time client with nothing going on, at most one, so the brief
 *     says less rather than pad); no refill to a count; at most six.
 *     What it leaves out is listed in {@link Brief#dropped()} with the rule and the reason.</li>
 * </ol>
 * A rule that cannot be evaluated is skipped with a warning. Pure and fast: no I/O, linear in the
 * number of touchpoints.
 */
public final class BriefEngine {
    static final int MAX_TALKING_POINTS = 6;
    static final int MIN_TALKING_POINTS = 3;
    /** Lines that could be said to anyone: at most this many, and only one once three lines are about this client. */
    private static final int MAX_GENERIC_POINTS = 2;
    /** A colour rule ranked above this (and above every situation that applies) was put there by the owner on purpose. */
    private static final int SITUATION_FLOOR = 900;
    /** Lines that name only what they bought: more than this and the brief reads like a catalogue. */
    private static final int MAX_PRODUCT_POINTS = 3;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final Set<String> CONDITIONS = Set.of("phase", "mood", "moodTrend", "daysSincePurchase",
            "daysSinceLastTouchpoint", "daysSinceLastHeard", "requestAgeDays", "unansweredInARow", "productCategory",
            "productComplexity", "openComplaint", "unhappyNow", "askedInWords", "competitorMentioned", "competitorConsidered", "renewalWithinDays",
            "ghosted", "trust", "hasPriorTouchpoint", "heardFromThem", "prefersWriting", "openRequest", "followUpOverdue", "refusal", "fixedOnRecord", "referral", "awaitingDelivery", "noteToAct", "olderAsk", "ask", "askAgeDays", "offerPending", "offerAgeDays", "offerGoneQuiet", "requestOutrun", "answerOwedLong", "reviewed", "problemTold", "renewalPassed", "ourSilence", "warrantyEnded", "upsell", "atRisk", "repeatPurchase", "troubleBehind", "rhythm", "repeatable", "doNotContact", "movedAway", "birthday", "itemKind", "termEnded", "checkInDue", "prospectHistory", "silenceLasted", "relationship", "unfinished", "rating",
            "thread", "threadAgeDays", "awaitedDayPassed", "hardTimes", "quietTheirSide", "invitation", "dayPassed", "underWay",
            "dayAhead", "putAside", "asideLong", "boughtLately", "consideredLongAgo", "bookKnows", "owedSoon", "quoteOwed", "quoteOwedLeads", "warrantyOutrun",
            "invitationOutrun", "kindReplyToOurNote", "ourNoteLast", "noticeDeadline", "liveThread", "treatWaiting", "competitorSwitched", "freshPurchase",
            "theirPerson", "hook", "handover", "refusalWaitOver", "dateAheadFix", "longAway", "visitMissed", "visitBooked", "quietOutrun", "offerOutrun", "dateAhead", "dateAheadLeads", "timeAhead", "timeAheadLeads", "termLapsed",
            "stepOwed", "stepNewest", "stepQuietSince", "complaintMended", "offerLater", "theirsOpen", "theirsOpenLeads", "closedUnanswered", "doubtAfter", "agreedWithUs", "renewedLately", "checkedLately", "termEndedInHand", "lapseLeads", "lapseInHand", "checkedInTwice", "askedHowLately", "waitListed", "contactTooOften", "openWork", "quietOursToo", "theirThanks", "awaitedToBook", "overdueCall");
    private static final Set<String> SUGGESTIONS = Set.of("type", "tone", "goal", "opener", "offerPolicy", "talkingPoints",
            "avoid", "nextStep", "welcome", "talkingPointPerCompetitorWeakness", "talkingPointPerOurStrength");
    private static final List<String> SINGLE = List.of("type", "tone", "goal", "opener", "offerPolicy", "nextStep");
    private static final Set<String> PLACEHOLDERS = Set.of("greeting", "name", "liveSorry", "openWorkSaid", "theirsOpenSaid", "closedUnansweredSaid", "theirsOpenWhat", "theirsOpenWhatYou", "theirsOpenWhen", "theirPerson", "theirPersonWhy", "theirPersonIs", "theirPersonTime", "hookWhat", "hookSaid", "hookOn", "handoverTo", "handoverOn", "refusalOn", "refusedThing", "dateAheadFix", "dateAheadFixOn",
            "hookWhen", "hookAsk", "ourNoteOpening", "lastPurchase", "mainProduct", "lastPurchaseDate",
            "purchaseWhen", "daysSincePurchase", "priorChannel", "priorSummary", "priorOutcome", "priorDate", "priorWhen",
            "daysSinceLastTouchpoint", "lastSpokeWhen", "lastSpokeChannel", "lastSpokeAs", "lastSpokeAbout", "theirWords", "lastMood", "moodWhen", "moodWords",
            "unansweredCount", "promisedFollowUp", "overdueFollowUp", "overdueFollowUpDate", "overdueWhat", "overduePromised", "overdueAlso", "overdueAsked", "overdueCallSaid", "overdueCallAbout", "overdueCallThing", "renewalItem", "renewalThing", "renewalDate",
            "renewalTerms", "renewalChoices", "renewalQuiet", "atRiskAbout",
            "complaint", "complaintWhen", "referral", "noteToAct", "olderAsk", "olderAskWhen", "request", "requestWhen", "requestWhat", "requestWhatYou", "askWhat", "askSince", "askSorry", "askWhatYou", "askWhen", "askOn", "askThing", "troubleThing", "troubleWhen", "happyAgainWhen", "moodThing", "complaintThing", "lastFixThing", "referralWho", "referralThanks", "renewalPassedItem", "renewalPassedWhat", "renewalPassedDate", "warrantyEndedItem", "warrantyEndedDate", "upsell", "upsellWhen", "atRiskNote", "renewalWhat", "refused", "refusalReason", "lastFix", "lastFixDone", "consideredCompetitor",
            "usualWhat", "usualYour", "usualEvery", "usualLast", "usualSince", "birthdayWhen", "offerWhat", "offerWhen", "offerOn", "offerReply", "reviewedWhen", "clientFor", "customSoFar", "problemWhat", "problemWhen", "problemOn", "stopWords", "stopOn", "movedWords", "movedOn",
            "termEndedItem", "termEndedWhen", "termEndedOn", "termEndedTalk", "competitor", "weakness", "priceWeakness", "strength", "quietThing", "quietOn", "quietWhen", "quietWords",
            "awaitedItem", "awaitedSaid", "awaitedSetFor", "awaitedToBook", "awaitedToBookOn", "interestThing", "interestTalked", "interestTimes", "interestStep",
            "loyalFor", "ratingScore", "ratingOn", "ratingWhen", "ratingSaid", "ratingWords", "unfinishedWhat",
            "awaitedDue", "hardWords", "hardWhen", "hardOn", "quietSince", "quietLast", "heardLastOn", "nothingElse", "invitedTo", "invitedWhen", "invitedOn", "invitedStill",
            "invitedAsk", "invitedToYou", "quietWhy", "quietOurs", "dayPassedSaid", "choseFor",
            "threadSaid", "threadSaidYou", "threadWhen", "threadOn", "threadThing", "threadWords",
            "underWaySaid", "underWayAsked", "underWayOpener", "underWayGoal", "underWayNext", "underWayOn", "underWayWords", "hardSay",
            "aheadWhat", "aheadWhatYou", "aheadWhen", "aheadSaid", "asideThing", "asideWhen", "asideSaid", "asideAsk", "asideOn", "consideredLongAgo",
            "consideredLongAgoWhen", "boughtLatelySaid", "bookGoal", "bookOpener", "bookSaid", "bookNext", "owedWhat", "owedOn", "owedSaid", "quoteOwedSaid", "quoteOwedThing", "quoteOwedWhen", "quoteOwedAsk", "quoteOwedNoun",
            "lastWordWhen", "lastWordOn", "lastWordWords", "noticeDeadlineOn", "noticeDeadlineWhat",
            "liveThing", "liveOn", "liveWhen", "liveWords", "liveStep", "liveStepYou", "liveSaid",
            "treatWhat", "treatOn", "lastTalkWhen", "lastTalkChannel",
            "askSoFar", "requestSorry", "atRiskLapse", "doubtWhat", "doubtSaid", "doubtCheck", "doubtAfterSaid", "historyOpener", "quietOwed", "quietOwedSaid", "quietVerb", "quietNext", "askNext",
            "switchedTo", "switchedWhen", "switchedSaid", "threadFor", "threadForSaid", "threadBy",
            "askReady", "askWho", "askHelp", "askBecause", "askStanding", "askAnswer", "owedBefore", "offerStanding", "offerOwed", "offerNext", "offerChasedOn", "offerWaitThey", "offerWaitYou", "offerAskYou", "renewalSoFar", "interestNext",
            "visitSaid", "visitOn", "quietVisit", "stepSaid", "stepOn", "stepOpener", "stepPoint", "freshBecause", "freshThing", "theirThanksWhat", "theirThanksSaid", "theirThanksOn", "theirThanksWhen", "freshOpener", "freshSaid", "freshGoal", "freshNext", "freshCare", "enjoyMost", "awaySaid",
            "rivalMatch", "stayReasons", "stayAsk", "discountFirst",
            "dateAheadSorry", "dateAheadWhat", "dateAheadOn", "dateAheadIn", "dateAheadThing", "dateAheadChoices", "timeAheadSaid", "timeAheadOn", "timeAheadWhen", "timeAheadStep", "timeAheadAsk", "timeAheadYou", "againWhat", "againBare", "againOn", "againLast", "againSince", "askPlanNext", "lapsedWhat", "lapsedOn", "mendedOn", "mendedWhen", "mendedWords", "agreedSaid", "agreedOn", "agreedNext", "agreedGoal", "agreedAsk", "agreedYou", "renewedWhat", "renewedWhen", "renewedOn",
            "lapsedSaid", "lapsedAsk", "lapseWhat", "lapseOn", "lapseWhen", "lapseTerms", "lapseTalk", "checkInsSaid", "askedHowSaid", "askedHowNext", "waitListPoint", "threadWaitSaid", "threadWaitSorry");

    /**
     * When what they agreed to do with us leads the call, its goal and opener already thank them and ask what came of it:
     * the thread line saying the same is left out.
     */
    private static List<BriefLine> agreedOnce(List<BriefLine> points, String owner, List<Brief.Dropped> dropped) {
        if (!"situation.agreed".equals(owner)) {
            return points;
        }
        List<BriefLine> kept = new ArrayList<>();
        for (BriefLine line : points) {
            if (line.rule().equals("thread.agreed")) {
                dropped.add(new Brief.Dropped(line.text(), line.rule(), "the call is about it: the goal and the opener say it"));
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    private static final Set<String> PHASES;
    private static final Set<String> MOODS = Set.of("excited", "happy", "neutral", "doubtful", "frustrated", "regretful", "none");
    private static final Set<String> TRENDS = Set.of("improving", "steady", "worsening", "unknown");
    private static final Set<String> TRUSTS = Set.of("low", "medium", "high");
    private static final Set<String> COMPLEXITIES = Set.of("simple", "complex");
    private static final Set<String> ASKS = Set.of("question", "price", "request", "deciding", "plan", "none");
    private static final Set<String> RHYTHMS = Set.of("due", "overdue", "none", "again");
    private static final Set<String> RATINGS = Set.of("top", "short", "low", "none");
    private static final Set<String> THREADS = Set.of("wish", "doubt", "coming", "review", "none");
    private static final Set<String> UNDER_WAY = Set.of("setup", "guide", "repair", "proposal", "demo", "settling", "paid", "none");
    private static final Set<String> LIVE_THREADS = Set.of("ask", "quote", "ahead", "aside", "none");
    private static final Set<String> STEPS_OWED = Set.of("due", "fresh", "none");
    private static final Set<String> ITEM_KINDS;
    private static final Set<String> INTENTS;
    private static final Set<String> TEXT_CONDITIONS = Set.of("productCategory");
    private static final Set<String> RANGE_CONDITIONS = Set.of("daysSincePurchase", "daysSinceLastTouchpoint", "daysSinceLastHeard",
            "requestAgeDays", "unansweredInARow", "askAgeDays", "offerAgeDays", "threadAgeDays");
    private static final Set<String> NUMBER_CONDITIONS = Set.of("renewalWithinDays");
    /** The conditions whose value is one of a known list, with that list. */
    private static final Map<String, Set<String>> CHOICES;

    static {
        Set<String> phases = new HashSet<>();
        for (Phase phase : Phase.values()) {
            phases.add(phase.code());
        }
        PHASES = Set.copyOf(phases);
        Set<String> intents = new HashSet<>();
        for (LineIntent intent : LineIntent.values()) {
            intents.add(intent.code());
        }
        INTENTS = Set.copyOf(intents);
        Set<String> kinds = new HashSet<>();
        for (ItemKind kind : ItemKind.values()) {
            kinds.add(kind.code());
        }
        ITEM_KINDS = Set.copyOf(kinds);
        CHOICES = Map.ofEntries(Map.entry("phase", PHASES), Map.entry("mood", MOODS), Map.entry("moodTrend", TRENDS), Map.entry("trust", TRUSTS),
                Map.entry("productComplexity", COMPLEXITIES), Map.entry("ask", ASKS), Map.entry("rhythm", RHYTHMS), Map.entry("itemKind", ITEM_KINDS),
                Map.entry("rating", RATINGS), Map.entry("thread", THREADS), Map.entry("underWay", UNDER_WAY),
                Map.entry("liveThread", LIVE_THREADS), Map.entry("stepOwed", STEPS_OWED));
    }

    private BriefEngine() {
    }

    /**
     * Why a rule with these conditions could not be evaluated (an unknown condition, a value of the
     * wrong kind), or empty when it can: the check the engine makes before it applies a rule.
     */
    public static Optional<String> conditionsProblem(Map<String, Object> conditions) {
        try {
            for (Map.Entry<String, Object> condition : conditions.entrySet()) {
                checkCondition(condition.getKey(), condition.getValue());
            }
            return Optional.empty();
        } catch (RuleProblem problem) {
            return Optional.of(problem.getMessage());
        }
    }

    /** Why a rule with this suggestion could not be applied (an unknown part or placeholder), or empty when it can. */
    public static Optional<String> suggestionProblem(Map<String, Object> suggestion) {
        try {
            checkSuggestion(suggestion);
            return Optional.empty();
        } catch (RuleProblem problem) {
            return Optional.of(problem.getMessage());
        }
    }

    public static Brief build(BriefInput input, Instant at) {
        List<String> warnings = new ArrayList<>(input.warnings());
        BriefFacts facts = BriefFacts.derive(input, at);
        Set<UUID> usedCards = new HashSet<>();

        List<PlaybookRule> rules = new ArrayList<>();
        for (PlaybookRule rule : input.playbook().rules()) {
            if (rule.enabled()) {
                rules.add(rule);
            }
        }
        rules.sort(Comparator.comparingInt(PlaybookRule::priority).reversed()); // stable: file order breaks ties
        List<Applied> applied = new ArrayList<>();
        Map<PlaybookRule, String> problems = problems(input.playbook());
        for (PlaybookRule rule : rules) {
            String code = rule.code() == null || rule.code().isBlank() ? "(no code)" : rule.code();
            String known = problems.get(rule);
            if (known != null) {
                warnings.add("Rule " + code + " skipped: " + known);
                continue;
            }
            try {
                if (!matches(rule, facts)) {
                    continue;
                }
                Contribution contribution = contribute(rule, code, facts, input, usedCards);
                if (contribution != null) { // null: a text needs a fact this client does not have, so the rule does not apply
                    applied.add(new Applied(rule, code, contribution));
                }
            } catch (RuleProblem problem) {
                warnings.add("Rule " + code + " skipped: " + problem.getMessage());
            } catch (RuntimeException unexpected) {
                warnings.add("Rule " + code + " skipped: it could not be evaluated (" + unexpected + ").");
            }
        }

        Frame frame = frame(applied, facts);
        List<Brief.Dropped> dropped = new ArrayList<>(frame.dropped);
        Reach reach = CallCautions.reach(reach(input, facts, frame), facts);
        Channel channel = reach.channel();
        BriefLine channelWhy = reach.why();
        CallCautions.opener(frame.parts, channel, facts);
        CallCautions.nextStep(frame.parts, facts);
        List<BriefLine> avoid = avoid(applied, frame);
        // The lines kept that could be said to anyone: where room is short, a line drawn from their record comes first.
        Set<BriefLine> stock = new HashSet<>();
        List<BriefLine> talkingPoints = talkingPoints(applied, frame, avoid, facts.writtenChannel != null, facts.values.get("reviewedWhen"),
                facts.unfinished, facts.tooMuchContactWhy, contentLongTimeClient(facts), facts.values.get("lastPurchase"),
                FreshAsk.ownsTheCall(frame.owner == null ? null : frame.owner.rule, facts), new ThanksOnce.Said(facts.reviewThanked, facts.reviewThanksStale, facts.referralThanksStale), facts.values.get(THEIR_PERSON), facts.values.get("interestThing"), dropped, stock);
        if (frame.bySituation) {
            avoid = avoidUnderSituation(applied, frame, avoid, talkingPoints);
        }
        avoid = SaidOnce.avoidOnce(avoid);
        avoid = leavesTheirAsk(avoid, applied, facts.theirAsk, frame.line("goal"));
        if (talkingPoints.isEmpty()) {
            warnings.add("The playbook gave no talking points for this client.");
        }
        talkingPoints = QuotedOnce.points(talkingPoints, facts.lately);
        // What their record holds beyond the call takes the place of points that only ask the opener again; what is left of those goes.
        talkingPoints = FloorFromRecord.points(talkingPoints, frame.line("opener"), frame.line("goal"), facts, dropped);
        talkingPoints = OpenerOnce.points(OpenerOnce.servesOnce(talkingPoints, dropped), frame.line("opener"), dropped);
        talkingPoints = agreedOnce(talkingPoints, frame.owner == null ? null : frame.owner.rule.code(), dropped);
        talkingPoints = CallCautions.points(talkingPoints, facts, dropped, stock, frame.owner == null ? null : frame.owner.code);
        talkingPoints = ThanksOnce.together(talkingPoints, dropped);
        talkingPoints = FramePromise.points(talkingPoints);

        BriefLine owner = frame.owner == null
                ? new BriefLine("nothing in particular is going on", "fact:no-rule", null, "nothing in particular is going on")
                : new BriefLine(frame.owner.because(), frame.owner.code, null, frame.owner.because());
        List<BriefLine> said = new ArrayList<>(talkingPoints);
        said.add(frame.line("goal"));
        said.add(frame.line("opener"));
        said.add(frame.line("nextStep"));
        facts.stepCautions.apply(facts, said, frame.line("nextStep"));
        CallCautions.theirHours(frame.parts, facts, said);
        Brief.Conversation conversation = new Brief.Conversation(owner, frame.bySituation, frame.type, frame.typeRule,
                frame.line("tone"), frame.line("goal"), frame.line("opener"), frame.offer, frame.offerRule, channel, channelWhy,
                talkingPoints, avoid, frame.line("nextStep"));
        return new Brief(input.client().id(), input.client().displayName(), facts.greeting, at, facts.headline(),
                facts.phase, new BriefLine(facts.phaseWhy, "fact:phase"), facts.mood, facts.trend, facts.ghosted, facts.silenceWeighs, facts.trust,
                facts.remember, facts.shownFields, facts.priorTouchpoint(), conversation, facts.openItems, facts.lately,
                competitors(input, facts, usedCards), dropped, frame.outranked, warnings);
    }

    /** A long-time client who was content or neutral last time: a brief with nothing going on says little, not filler. */
    private static boolean contentLongTimeClient(BriefFacts facts) {
        return facts.phase == Phase.MATURE && (facts.leadingMood == null || facts.leadingMood.tone() >= 0);
    }

    // ---- the frame: one owner ----------------------------------------------------------------------

    /** The conversation's frame: who owns it, and its single-valued parts with the rule of each. */
    private static final class Frame {
        Applied owner;
        boolean bySituation;
        final Map<String, BriefLine> parts = new HashMap<>();
        final List<String> outranked = new ArrayList<>();
        final List<Brief.Dropped> dropped = new ArrayList<>();
        ConversationType type;
        String typeRule;
        OfferPolicy offer;
        String offerRule;
        Set<LineIntent> welcome = EnumSet.noneOf(LineIntent.class);

        BriefLine line(String field) {
            return parts.get(field);
        }
    }

    private static Frame frame(List<Applied> applied, BriefFacts facts) {
        Frame frame = new Frame();
        for (Applied a : applied) {
            if (a.rule.role() == RuleRole.SITUATION && a.contribution.single.containsKey("goal")) {
                if (frame.owner == null) {
                    frame.owner = a;
                    frame.bySituation = true;
                } else {
                    frame.outranked.add(a.code);
                }
            }
        }
        if (frame.owner == null) {
            for (Applied a : applied) {
                if (a.rule.role() == RuleRole.COLOUR && a.contribution.single.containsKey("goal")) {
                    frame.owner = a;
                    break;
                }
            }
        }
        if (frame.owner != null) {
            frame.owner.contribution.single.forEach((field, text) -> frame.parts.put(field, frame.owner.line(text)));
            frame.welcome = frame.owner.contribution.welcome;
        }
        // Colour fills what the owner left open; the goal and the next step are the owner's alone, and under a
        // situation so are the type and the offer policy.
        Set<String> fillable = new LinkedHashSet<>(List.of("tone", "opener"));
        if (!frame.bySituation) {
            fillable.addAll(List.of("type", "offerPolicy"));
        }
        if (frame.owner == null) {
            fillable.addAll(List.of("goal", "nextStep"));
        }
        for (String field : fillable) {
            if (frame.parts.containsKey(field)) {
                continue;
            }
            for (Applied a : applied) {
                String text = a.contribution.single.get(field);
                // The type names the call's job, as a goal says it: a rule with no goal of its own ("brainstorm
                // together", on top of whatever the call is about) does not name the job of a frame it does not own.
                if (field.equals("type") && frame.owner != null && !a.contribution.single.containsKey("goal")) {
                    continue;
                }
                if (a != frame.owner && text != null && (a.rule.role() == RuleRole.COLOUR || frame.owner == null)) {
                    frame.parts.put(field, a.line(text));
                    break;
                }
            }
        }

        BriefLine type = frame.parts.remove("type");
        frame.type = type == null ? ConversationType.TRANSACTIONAL : ConversationType.fromCode(type.text()).orElseThrow();
        frame.typeRule = type == null ? "fact:no-rule" : type.rule();
        // A situation's type is what the call is about; trust only limits how deep a colour frame may go.
        if (!frame.bySituation && TrustLevel.neededFor(frame.type).compareTo(facts.trust) > 0) {
            // Where trust does not yet carry a deeper talk, keep it direct and practical.
            ConversationType allowed = ConversationType.TRANSACTIONAL;
            frame.dropped.add(new Brief.Dropped("type " + frame.type.code(), frame.typeRule,
                    "trust is " + facts.trust.code() + " and " + frame.type.code() + " needs " + TrustLevel.neededFor(frame.type).code()
                            + "; " + allowed.code() + " instead"));
            frame.type = allowed;
            frame.typeRule = "fact:trust";
        }
        BriefLine offer = frame.parts.remove("offerPolicy");
        frame.offer = offer == null ? OfferPolicy.ONLY_WHAT_NEEDED : OfferPolicy.fromCode(offer.text()).orElseThrow();
        frame.offerRule = offer == null ? "fact:no-rule" : offer.rule();
        return frame;
    }

    /** How to reach them this time, and why. */
    record Reach(Channel channel, BriefLine why) {
    }

    /**
     * How to reach them: a note asking for writing wins; a note asking for video calls is a call;
     * a complaint or an unhappy client is talked to, not written to; after our messages went
     * unanswered, another way than the one that failed; after a long silence a call, not a visit
     * out of the blue; otherwise the channel they prefer, else what the conversation needs.
     */
    private static Reach reach(BriefInput input, BriefFacts facts, Frame frame) {
        Channel preferred = input.client().preferredChannel();
        String prefers = preferred == null ? null : preferred.label().toLowerCase(Locale.ROOT);
        if (facts.writtenChannel != null) {
            return new Reach(facts.writtenChannel, new BriefLine("Write rather than call: " + facts.writtenSaid + " \u201c" + facts.writtenWhy + "\u201d",
                    "fact:caution-note", null, "a note on their profile asks for it"));
        }
        if (facts.videoWhy != null) {
            return new Reach(Channel.CALL, new BriefLine("Video call: their note says \u201c" + facts.videoWhy + "\u201d", "fact:caution-note", null,
                    "a note on their profile asks for it"));
        }
        boolean written = preferred == Channel.EMAIL || preferred == Channel.MESSAGE;
        if ((facts.openComplaint || facts.unhappyNow) && (preferred == null || written)) {
            return new Reach(Channel.CALL, new BriefLine("Call: a complaint or an upset client is better talked through than written"
                    + (written ? ", though they usually prefer " + prefers : "") + ".", "fact:channel", null,
                    "urgent and personal matters are said, not written"));
        }
        if (facts.unansweredInARow >= 2 && !facts.unansweredChannels.isEmpty()) {
            boolean allWritten = facts.unansweredChannels.stream().allMatch(c -> c == Channel.EMAIL || c == Channel.MESSAGE);
            boolean allSpoken = facts.unansweredChannels.stream().noneMatch(c -> c == Channel.EMAIL || c == Channel.MESSAGE);
            if (allWritten) {
                return new Reach(Channel.CALL, new BriefLine("Call: our last messages in writing went unanswered, so try another way.",
                        "fact:channel", null, "what we tried did not reach them"));
            }
            if (allSpoken) {
                Channel other = preferred == Channel.EMAIL ? Channel.EMAIL : Channel.MESSAGE;
                return new Reach(other, new BriefLine("A short " + other.label().toLowerCase(Locale.ROOT)
                        + ": our last calls went unanswered, so try writing.", "fact:channel", null, "what we tried did not reach them"));
            }
        }
        boolean longSilence = facts.phase == Phase.LAPSED || facts.silenceWeighs || facts.unansweredInARow >= 2;
        if (longSilence && (preferred == Channel.VISIT || preferred == Channel.MEETING)) {
            return new Reach(Channel.CALL, new BriefLine("Call first: after a long silence a " + prefers
                    + " out of the blue is too much; offer one if they would like it.", "fact:channel", null,
                    "they prefer " + prefers + "s, but not unannounced after a silence"));
        }
        if (preferred != null) {
            return new Reach(preferred, new BriefLine(preferred.label() + ": the channel they prefer.", "fact:preferred-channel", null,
                    "it is the channel on their profile"));
        }
        return frame.type == ConversationType.INFORMATIONAL
                ? new Reach(Channel.EMAIL, new BriefLine("A short email or message will do.", "fact:channel", null, "simple news is fine in writing"))
                : new Reach(Channel.CALL, new BriefLine("Call: a conversation like this goes better in person or by phone.", "fact:channel", null,
                "complex or personal matters are better said than written"));
    }

    // ---- talking points and things to avoid, under the coherence policy -------------------------------

    private static List<BriefLine> avoid(List<Applied> applied, Frame frame) {
        List<BriefLine> avoid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Applied> ordered = ownerFirst(applied, frame);
        for (Applied a : ordered) {
            for (Line line : a.contribution.avoid) {
                if (!seen.add(line.line.text())) {
                    continue;
                }
                // "Pushing for a decision today." and "Pushing for a decision today, or offering something else on top.": said once, the fuller way.
                String said = stripStop(line.line.text());
                int shorter = -1;
                boolean longerSaid = false;
                for (int i = 0; i < avoid.size(); i++) {
                    String earlier = stripStop(avoid.get(i).text());
                    shorter = said.startsWith(earlier) ? i : shorter;
                    longerSaid |= earlier.startsWith(said);
                }
                if (shorter >= 0) {
                    avoid.set(shorter, line.line);
                } else if (!longerSaid) {
                    avoid.add(line.line);
                }
            }
        }
        return avoid;
    }

    private static String stripStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Under a situation, the avoid lines that speak to this call: the situation's own, and those of
     * rules that still say something in it (a kept talking point) or that only warn (a refusal, a competitor).
     */
    private static List<BriefLine> avoidUnderSituation(List<Applied> applied, Frame frame, List<BriefLine> avoid, List<BriefLine> kept) {
        Set<String> speaking = new HashSet<>();
        speaking.add(frame.owner.code);
        kept.forEach(line -> speaking.add(line.rule()));
        for (Applied a : applied) {
            if (a.contribution.talkingPoints.isEmpty()) {
                speaking.add(a.code);
            }
        }
        return avoid.stream().filter(line -> speaking.contains(line.rule())).toList();
    }

    /** The applied rules with the frame's owner first, then the rest in priority order. */
    private static List<Applied> ownerFirst(List<Applied> applied, Frame frame) {
        List<Applied> ordered = new ArrayList<>();
        if (frame.owner != null) {
            ordered.add(frame.owner);
        }
        applied.stream().filter(a -> a != frame.owner).forEach(ordered::add);
        return ordered;
    }

    /**
     * An avoid line on selling never forbids what they asked for themselves: when an ask of theirs is open ("keeps asking about
     * the blow-dry club membership"), the line says that one is theirs to talk about.
     */
    private static List<BriefLine> leavesTheirAsk(List<BriefLine> avoid, List<Applied> applied, String theirAsk, BriefLine goal) {
        String bare = theirAsk == null ? null : theirAsk.replaceFirst("^(the|a|an|their) ", "").toLowerCase(Locale.ROOT);
        if (bare == null || avoid.isEmpty() || goal != null && goal.text() != null && goal.text().toLowerCase(Locale.ROOT).contains(bare)) {
            return avoid; // none, or the call is about their ask itself
        }
        Map<BriefLine, Set<LineIntent>> declared = declaredForbids(applied);
        List<BriefLine> kept = new ArrayList<>(avoid.size());
        boolean said = false;
        for (BriefLine line : avoid) {
            if (!said && forbidden(line, declared).contains(LineIntent.SELL) && !line.text().toLowerCase(Locale.ROOT).contains(theirAsk.toLowerCase(Locale.ROOT))) {
                kept.add(new BriefLine(stripStop(line.text()) + " (they asked about " + theirAsk + " themselves: that one is fine to talk about).",
                        line.rule(), line.source(), line.because()));
                said = true;
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    /** What each rule's avoid lines say they forbid, as the playbook declares it (the first rule to declare a line wins). */
    private static Map<BriefLine, Set<LineIntent>> declaredForbids(List<Applied> applied) {
        Map<BriefLine, Set<LineIntent>> declared = new HashMap<>();
        for (Applied a : applied) {
            for (Line line : a.contribution.avoid) {
                if (line.forbids != null) {
                    declared.putIfAbsent(line.line, line.forbids);
                }
            }
        }
        return declared;
    }

    /** The intents an avoid line rules out: as the playbook declares, else as its words show (an avoid line about offers forbids selling). */
    static Set<LineIntent> forbidden(BriefLine avoidLine, Map<BriefLine, Set<LineIntent>> declared) {
        Set<LineIntent> forbids = declared.get(avoidLine);
        if (forbids != null) {
            return forbids;
        }
        LineIntent guess = LineIntent.guess(avoidLine.text());
        return guess.promotes() ? EnumSet.of(guess) : EnumSet.noneOf(LineIntent.class);
    }

    /**
     * The rules whose line asks after something we offered them (not something they asked for): a sale, to a call that offers
     * nothing. (An offer already outrun is left with them, not asked after: its line may stay.)
     */
    private static final Set<String> ASKS_AFTER_OUR_OFFER = Set.of("situation.offer-pending");
    /** The offer's line says a quote they asked us for on it is ours to send: owed, not asked after. */
    private static final java.util.regex.Pattern QUOTE_OURS_TO_SEND = java.util.regex.Pattern.compile("\\bours to send\\b|\\band send it\\b");

    private static List<BriefLine> talkingPoints(List<Applied> applied, Frame frame, List<BriefLine> avoid, boolean writtenOnly,
                                                 String reviewedWhen, String unfinished, String tooMuchContactWhy, boolean contentLongTimeClient,
                                                 String lastPurchase, boolean freshAsk, ThanksOnce.Said thanks, String theirPerson,
                                                 String interestThing, List<Brief.Dropped> dropped, Set<BriefLine> stock) {
        Map<BriefLine, Set<LineIntent>> declaredForbids = declaredForbids(applied);
        List<Applied> ordered = ownerFirst(applied, frame);
        // each avoid line is read once, not once for every talking point weighed against it
        List<Set<LineIntent>> avoidForbids = new ArrayList<>();
        String avoidThanks = null;
        for (BriefLine avoidLine : avoid) {
            avoidForbids.add(forbidden(avoidLine, declaredForbids));
            if (avoidThanks == null && BriefCritic.thanksForLoyalty(avoidLine.text())) {
                avoidThanks = avoidLine.text();
            }
        }

        List<Line> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Applied a : ordered) {
            boolean fromOwner = a == frame.owner;
            for (Line point : a.contribution.talkingPoints) {
                if (!seen.add(point.line.text())) {
                    continue;
                }
                String reason = null;
                if (frame.offer != OfferPolicy.OFFER_NEW && point.intent.promotes()) {
                    reason = (point.intent == LineIntent.SELL ? "it sells" : "it asks for a review or a referral")
                            + ", and the offer policy is " + frame.offer.code();
                }
                if (reason == null) {
                    for (int i = 0; i < avoid.size(); i++) {
                        if (avoidForbids.get(i).contains(point.intent)) {
                            reason = "it goes against \u201c" + avoid.get(i).text() + "\u201d";
                            break;
                        }
                    }
                }
                if (reason == null && !fromOwner && frame.offer == OfferPolicy.NO_OFFER && ASKS_AFTER_OUR_OFFER.contains(point.line.rule())
                        && !QUOTE_OURS_TO_SEND.matcher(point.line.text()).find()) {
                    // Asking where they are with our offer is selling it again: a call that must offer nothing (what they paid for is
                    // still ours to give) leaves it on record, unasked (Kingfisher Medical Supplies, read 49). A quote they asked us
                    // for on it is still ours to send.
                    reason = "it asks after an offer of ours, and the offer policy is " + frame.offer.code();
                }
                if (reason == null && avoidThanks != null && BriefCritic.thanksForLoyalty(point.line.text())) {
                    reason = "it goes against \u201c" + avoidThanks + "\u201d";
                }
                if (reason == null) {
                    reason = ThanksOnce.reason(point.line.text(), point.intent, fromOwner || frame.owner == null, thanks, frame.owner == null ? "" : frame.owner.because());
                }
                if (reason == null && reviewedWhen != null && point.intent == LineIntent.ADVOCACY
                        && point.line.text().toLowerCase(Locale.ROOT).contains("review")) {
                    reason = "they already reviewed us (" + reviewedWhen + ")";
                }
                if (reason == null && tooMuchContactWhy != null && point.intent == LineIntent.ADVOCACY) {
                    reason = "they told us we get in touch too often (" + tooMuchContactWhy + "): nothing asked of them on top";
                }
                if (reason == null && unfinished != null && point.intent == LineIntent.ADVOCACY) {
                    reason = "it asks for a review or a referral while something is not finished: " + unfinished;
                }
                if (reason == null && writtenOnly && TextSignals.needsACall(point.line.text())) {
                    reason = "it needs a call, and a note asks for writing";
                }
                if (reason == null && freshAsk && fromOwner && !point.specific()) {
                    reason = "they asked only days ago: the answer is the call";
                }
                if (reason == null && frame.bySituation && !fromOwner && !frame.welcome.contains(point.intent) && point.intent != LineIntent.OWED) {
                    reason = "it does not serve this call (" + frame.owner.because() + ")";
                }
                if (reason == null) {
                    kept.add(point.fromOwner(fromOwner));
                } else {
                    dropped.add(new Brief.Dropped(point.line.text(), point.line.rule(), reason));
                }
            }
        }
        // One line per thing said: a later line that names the same fact, or says the same in other words, gives way; so does
        // one whose facts name what another rule's line already names (SaidOnce), the line that says more of it staying.
        Map<BriefLine, java.util.function.Supplier<Set<String>>> subjectOf = new java.util.IdentityHashMap<>();
        applied.forEach(a -> subjectOf.putAll(a.contribution.subjects));
        Map<BriefLine, Set<String>> subjects = new java.util.IdentityHashMap<>();
        for (Line point : kept) {
            java.util.function.Supplier<Set<String>> subject = subjectOf.get(point.line);
            subjects.put(point.line, subject == null ? Set.of() : subject.get());
        }
        Set<String> situationRules = new HashSet<>();
        applied.stream().filter(a -> a.rule.role() == RuleRole.SITUATION).forEach(a -> situationRules.add(a.code));
        List<Line> distinct = new ArrayList<>();
        for (Line point : kept) {
            Line same = null;
            boolean sameSubject = false;
            boolean covered = false;
            Line coveredOwner = null;
            Set<String> subject = subjects.getOrDefault(point.line, Set.of());
            for (Line earlier : distinct) {
                // One rule's own lines may name the same thing (the item up for renewal, twice): they were written together.
                boolean sameRule = earlier.line.rule().equals(point.line.rule());
                if (sameSay(sameRule ? Set.of() : earlier.facts, earlier.words, point.facts, point.words)) {
                    same = earlier;
                    break;
                }
                if (!sameRule && SaidOnce.same(subjects.getOrDefault(earlier.line, Set.of()), subject)) {
                    same = earlier;
                    sameSubject = true;
                    break;
                }
                // A step of ours still owed that holds all the owner's fact names, and more (the rattle, and the check we booked for
                // it), takes its place, as the owner's: the thing is said once, with what we owe on it. So does another situation's
                // line on the same thread (the quote we promised, said again as an offer gone quiet "and the quote was never sent";
                // our offer, and the quote we sent for it since). A question the owner asks about the thing ("what would make the
                // decision easy") is no fact of it, and stays.
                // It takes the owner's place only if no other line already says it.
                // Another situation's line on a thing an earlier line already says more of ("go back to what upset them about the
                // induction hob" after "start with the complaint: Induction hob leaking at the front") is the same thread told again
                // by a frame that did not win: it gives way (Keiko de Vries, read 46). A step of ours still owed stays.
                Set<String> earlierSubject = subjects.getOrDefault(earlier.line, Set.of());
                if (!sameRule && situationRules.contains(point.line.rule()) && point.intent != LineIntent.OWED && !point.owned
                        && earlierSubject.size() > subject.size() && SaidOnce.covers(earlierSubject, subject)) {
                    same = earlier;
                    break;
                }
                // Their history of asks about a thing ("they have asked about the dash cams three times, and we sent the price") after
                // an earlier line that already holds their open ask about it ("they asked whether the dash cams work with their vans,
                // and nothing answers it") tells the same thread twice, and its "we sent the price" reads against the sorry for the
                // wait (Ashford Couriers, read 46; Elizabeth Dlamini, read 47): the open ask says most.
                if (!sameRule && interestThing != null && point.facts.contains("interestTimes") && earlier.intent == LineIntent.OWED
                        && !earlier.facts.contains("interestTimes") && earlier.line.text().contains(interestThing)) {
                    same = earlier;
                    break;
                }
                if (coveredOwner == null && !sameRule && earlier.owned && earlier.intent == LineIntent.FACT
                        && (point.intent == LineIntent.OWED || situationRules.contains(point.line.rule()))
                        && SaidOnce.covers(subject, subjects.getOrDefault(earlier.line, Set.of()))) {
                    coveredOwner = earlier;
                }
            }
            if (same == null && coveredOwner != null) {
                same = coveredOwner;
                covered = true;
            }
            if (same == null) {
                distinct.add(point);
            } else if (covered) {
                distinct.set(distinct.indexOf(same), point.fromOwner(true));
                dropped.add(new Brief.Dropped(same.line.text(), same.line.rule(), "\u201c" + point.line.text() + "\u201d says more of the same"));
            } else if (sameSubject && !same.owned && subject.size() > subjects.getOrDefault(same.line, Set.of()).size()) {
                distinct.set(distinct.indexOf(same), point);
                dropped.add(new Brief.Dropped(same.line.text(), same.line.rule(), "\u201c" + point.line.text() + "\u201d says more of the same"));
            } else {
                dropped.add(new Brief.Dropped(point.line.text(), point.line.rule(), "it says again what \u201c" + same.line.text() + "\u201d says"));
            }
        }
        // Their own ask that names the person and offers a time ("asked whether Jonas could do the cut: ... offer them a time")
        // already says whom to offer: the person's own line would say Jonas twice.
        if (theirPerson != null) {
            Pattern named = Pattern.compile("\\b" + Pattern.quote(theirPerson) + "\\b");
            for (Line point : List.copyOf(distinct)) {
                if (!point.facts.contains(THEIR_PERSON)) {
                    continue;
                }
                for (Line other : distinct) {
                    // Their words quoted ("Will call back after checking with Ellie") name someone but offer no one.
                    String ownWords = other.line.text().replaceAll("\u201c[^\u201d]*\u201d", "");
                    if (other != point && !other.facts.contains(THEIR_PERSON) && named.matcher(ownWords).find()
                            && OFFERS_A_TIME.matcher(ownWords).find()) {
                        distinct.remove(point);
                        dropped.add(new Brief.Dropped(point.line.text(), point.line.rule(),
                                "\u201c" + other.line.text() + "\u201d already offers a time with " + theirPerson));
                        break;
                    }
                }
            }
        }
        // A rule ranked above the situation that owns the frame was put there on purpose: its lines are never filler.
        Set<String> aboveOwner = new HashSet<>();
        int topSituation = Integer.MIN_VALUE;
        for (Applied a : applied) {
            if (a.rule.role() == RuleRole.SITUATION) {
                topSituation = Math.max(topSituation, a.rule.priority());
            }
        }
        for (Applied a : applied) {
            boolean aboveFrame = frame.owner != null && a.rule.priority() > frame.owner.rule.priority();
            if (aboveFrame && (frame.bySituation || a.rule.priority() > Math.max(topSituation, SITUATION_FLOOR))) {
                aboveOwner.add(a.code);
            }
        }
        // What is about this client is chosen before what could be said to anyone: facts of their record, then what they
        // bought, then at most one or two lines that name nothing (the owner's first); then the cap.
        List<Line> ranked = new ArrayList<>(distinct);
        ranked.sort(Comparator.comparingInt((Line line) -> aboveOwner.contains(line.line.rule()) ? FACT_WEIGHT + 1 : line.weight).reversed()
                .thenComparing(line -> !line.owned));
        long specific = distinct.stream().filter(line -> line.specific() || aboveOwner.contains(line.line.rule())).count();
        // Lines that could be said to anyone. A situation's own steps (say who will do what, by when) help the call it owns: one
        // once three lines are about this client, two when fewer are, and as many as a brief needs when nothing else is known.
        // With a long-time client and no situation they are filler: one at most, and none once two lines are about this
        // client. A short brief that is right beats a long one padded with what could be said to anyone.
        boolean saysLess = contentLongTimeClient && !frame.bySituation;
        // A frame that names something of theirs (what they got, and when) has its say: a line for anyone is padding then.
        // Lines for anyone never make up for too few of theirs: beside one or two lines of their record, one step of the call
        // at most (not "say who is handling it" and "check it is still what they need" both, under a three-week-old ask).
        // A line naming only the thing the goal is about says the goal again, and is not one of theirs here.
        BriefLine goalLine = frame.line("goal");
        boolean goalNamesAnchor = goalLine != null && lastPurchase != null && goalLine.text().contains(lastPurchase);
        long theirs = distinct.stream().filter(line -> aboveOwner.contains(line.line.rule()) || line.specific() && !(goalNamesAnchor
                && line.weight == PRODUCT_WEIGHT && !line.owned && line.line.text().contains(lastPurchase))).count();
        // More lines of theirs than a call needs leave no room for one that could be said to anyone.
        int genericRoom = saysLess ? (specific >= 1 ? 0 : 1) : specific > MIN_TALKING_POINTS ? 0 : specific == MIN_TALKING_POINTS ? 1
                : theirs >= 1 ? 1 : MAX_GENERIC_POINTS;
        int productRoom = MAX_PRODUCT_POINTS;
        // A situation whose own lines make the call (three or more) needs no colour line that could be said to anyone.
        long ownLines = distinct.stream().filter(Line::owned).count();
        // Nor does one whose own line names what the call is about: another rule's line for anyone only pads it.
        boolean ownNamesIt = distinct.stream().anyMatch(line -> line.owned && line.specific());
        boolean frameSaysEnough = frame.bySituation && (ownLines >= MIN_TALKING_POINTS || ownNamesIt);
        BriefLine goal = frame.line("goal");
        boolean goalNamesIt = goal != null && lastPurchase != null && goal.text().contains(lastPurchase);
        Set<Line> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Line> framedOut = new ArrayList<>();
        for (Line point : ranked) {
            String reason = null;
            boolean exempt = aboveOwner.contains(point.line.rule());
            if (!exempt && point.weight == 0 && !point.owned && frameSaysEnough) {
                reason = "it names nothing about this client, and the call's own lines say what it is for";
            } else if (!exempt && point.weight == PRODUCT_WEIGHT && !point.owned && goalNamesIt && point.line.text().contains(lastPurchase)) {
                reason = "it names only " + lastPurchase + ", and the whole call is about it";
                framedOut.add(point);
            } else if (!exempt && point.weight == 0 && genericRoom-- <= 0) {
                reason = "it names nothing about this client, and " + (specific >= MIN_TALKING_POINTS || (saysLess && specific >= 2)
                        ? "enough lines do" : specific >= 1 ? "one such line beside theirs is enough, and a short brief beats a padded one"
                        : "one or two such lines are enough");
            } else if (!exempt && point.weight == PRODUCT_WEIGHT && productRoom-- <= 0) {
                reason = "it names only what they bought, and enough lines already do";
            } else if (chosen.size() >= MAX_TALKING_POINTS) {
                reason = "a brief keeps at most " + MAX_TALKING_POINTS + " talking points, and the others say more about this client";
            }
            if (reason == null) {
                chosen.add(point);
            } else {
                dropped.add(new Brief.Dropped(point.line.text(), point.line.rule(), reason));
            }
        }
        // A brief says at least one thing: the best line the frame made unneeded comes back when nothing else is left.
        if (chosen.isEmpty() && !framedOut.isEmpty()) {
            Line back = framedOut.get(0);
            chosen.add(back);
            dropped.removeIf(d -> d.text().equals(back.line.text()) && d.rule().equals(back.line.rule()));
        }
        // No refill to three: what was left out names nothing of theirs or only says the goal again, and a short brief of
        // their own record is better than one padded to a count.
        // Something we owe them (a price, an answer, a step of ours) is said before a line that names nothing of theirs or only
        // what they bought (a tip, "what still feels awkward"): the owner's own fact stays first, the stock line waits.
        List<Line> said = new ArrayList<>();
        for (Line point : distinct) {
            if (!chosen.contains(point)) {
                continue;
            }
            int at = said.size();
            while (point.intent == LineIntent.OWED && at > 0 && said.get(at - 1).intent != LineIntent.OWED && said.get(at - 1).weight < FACT_WEIGHT) {
                at--;
            }
            said.add(at, point);
        }
        // A stock check that it is still wanted ("check it is still what they need") beside a line of their record that already
        // asks it ("send the quote and ask whether it is still of interest") says it twice (Jana Khan, read 46): the stock one goes.
        Line asksStill = said.stream().filter(point -> point.weight > 0 && STILL_WANTED.matcher(spokenOwn(point.line.text())).find())
                .findFirst().orElse(null);
        if (asksStill != null) {
            for (Line point : List.copyOf(said)) {
                if (point.weight == 0 && !aboveOwner.contains(point.line.rule()) && STILL_WANTED.matcher(spokenOwn(point.line.text())).find()) {
                    said.remove(point);
                    dropped.add(new Brief.Dropped(point.line.text(), point.line.rule(), "it says again what \u201c" + asksStill.line.text() + "\u201d says"));
                }
            }
        }
        List<BriefLine> result = new ArrayList<>();
        BriefLine offers = null;
        for (Line point : said) {
            // A time is offered once: a later line that only gives another reason to book ("they wanted to book soon", "they
            // answered our note kindly, and nothing is booked yet") says again what an earlier line's "offer them a time" says
            // (Victoria Rosen, read 46: "offer a time" four times). A line that names when, with whom or what stays.
            if (offers != null && bookingOnly(point.line.text())) {
                dropped.add(new Brief.Dropped(point.line.text(), point.line.rule(), "\u201c" + offers.text() + "\u201d already offers a time"));
                continue;
            }
            if (offers == null && OFFERS_A_TIME.matcher(spokenOwn(point.line.text())).find()) {
                offers = point.line;
            }
            if (point.weight == 0 && !aboveOwner.contains(point.line.rule())) {
                stock.add(point.line);
            }
            result.add(point.line);
        }
        return result;
    }

    /** A line that asks whether what they asked for is still wanted. */
    private static final Pattern STILL_WANTED = Pattern.compile(
            "\\b(still (of interest|wanted|needed|what they (need|want|are after)|the right (thing|fit))|(still )?(want|need)s? it still)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The line's own words: without their words quoted, what is in brackets, or "when you offer a time" (which offers none itself). */
    private static String spokenOwn(String text) {
        return text.replaceAll("\u201c[^\u201d]*\u201d", "").replaceAll("\\([^)]*\\)", "").replaceAll("(?i)\\bwhen you offer a time\\b", "");
    }

    /** Words that only say they would like to come in, or that nothing is booked yet: no when, whom or what of their own. */
    private static final Set<String> BOOKING_WORDS = Set.of("want", "wanted", "wants", "wanting", "book", "booked", "booking", "soon", "nothing", "come",
            "came", "coming", "since", "asked", "answered", "answer", "note", "kindly", "kind", "reply", "replied", "appointment", "visit", "time",
            "again", "next", "like", "keen");

    /**
     * The line offers a time, and its reason for it (what comes before its first colon) names nothing but a wish to come in or
     * a booking not yet made; a line that says sorry says more, and stays.
     */
    static boolean bookingOnly(String text) {
        String own = spokenOwn(text);
        int colon = own.indexOf(':');
        if (colon < 0 || !OFFERS_A_TIME.matcher(own.substring(colon)).find() || own.toLowerCase(Locale.ROOT).contains("sorry")) {
            return false;
        }
        for (String word : own.substring(0, colon).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word) && !BOOKING_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The competitor sections: where each competitor falls short, each weak spot with the strength of
     * ours that answers it ({@link CompetitorAnswers#answerTo}, the same answer a talking point gives),
     * and their strengths we have no answer to (avoid), every line naming its card. A strength that
     * meets none of their weak spots is no answer and is not listed. The weak spot a talking point
     * already raised is left out, so nothing is said twice.
     */
    private static List<Brief.CompetitorContext> competitors(BriefInput input, BriefFacts facts, Set<UUID> usedCards) {
        List<Brief.CompetitorContext> result = new ArrayList<>();
        for (BriefInput.LinkedCompetitor linked : input.competitors()) {
            CompetitorAnswers answers = facts.answers(linked, facts.ourStrengths);
            // A rival they are not weighing up on this call (named in passing, "curious rather than serious"; where they buy the
            // small things): the card says who it is, and its strengths and weak spots stay on the map, not in the brief.
            app.rapport.domain.CompetitorRelation relation = linked.link() == null ? app.rapport.domain.CompetitorRelation.MENTIONED : linked.link().relation();
            boolean weighing = relation == app.rapport.domain.CompetitorRelation.CONSIDERING || relation == app.rapport.domain.CompetitorRelation.SWITCHED_TO_THEM
                    || relation == app.rapport.domain.CompetitorRelation.MENTIONED && !RivalWeighed.idle(linked.link() == null ? null : linked.link().note());
            boolean matters = weighing || facts.weighedRivals.contains(linked) || answers.weaknesses.stream().anyMatch(w -> usedCards.contains(w.id()));
            if (!matters) {
                result.add(new Brief.CompetitorContext(linked.competitor().name(),
                        linked.link() == null ? null : linked.link().relation().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        linked.link() == null ? null : linked.link().note(), List.of(), List.of()));
                continue;
            }
            List<BriefLine> points = new ArrayList<>();
            for (SwotItem weakness : answers.weaknesses) {
                if (usedCards.contains(weakness.id())) {
                    continue;
                }
                // Its best answer even when another line gives it too: handing a weak spot the second-best strength
                // ("installation subcontracted": "clients feel remembered") reads as no answer at all.
                SwotItem answer = answers.answerTo(weakness, Set.of());
                if (answer == null) {
                    points.add(new BriefLine("Where they fall short: " + weakness.text(), "fact:swot-weakness", answers.source(weakness),
                            "it is on their SWOT map"));
                } else {
                    points.add(new BriefLine("Where they fall short: " + CompetitorAnswers.plain(weakness.text()) + ". Our answer: "
                            + answer.text(), "fact:swot-weakness", answers.source(weakness) + "; " + answers.source(answer),
                            "it is on their SWOT map, and our strength meets it"));
                }
            }
            List<BriefLine> avoid = new ArrayList<>();
            for (SwotItem strength : answers.unanswered(facts.ourStrengths)) {
                String topic = CompetitorAnswers.topic(strength);
                avoid.add(new BriefLine(topic == null
                        ? "Arguing against " + CompetitorAnswers.inSentence(strength.text()) + ": that is where they are strong."
                        : "Competing on " + topic + ": they are stronger there (" + CompetitorAnswers.inSentence(strength.text()) + ").",
                        "fact:swot-their-strength", answers.source(strength), "we have no answer to it on our map"));
            }
            result.add(new Brief.CompetitorContext(linked.competitor().name(),
                    linked.link() == null ? null : linked.link().relation().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    linked.link() == null ? null : linked.link().note(), List.copyOf(points), List.copyOf(avoid)));
        }
        return List.copyOf(result);
    }

    // ---- conditions ----------------------------------------------------------------------------

    /** A playbook whose rules were checked, and the problem of each rule that cannot be evaluated. */
    private record Checked(Playbook playbook, Map<PlaybookRule, String> problems) {
    }

    private static volatile Checked lastChecked;

    /**
     * What is wrong with each rule of the playbook, checked once per playbook rather than on every
     * brief: a service keeps its parsed playbook until the rules change, so briefs share one check.
     */
    private static Map<PlaybookRule, String> problems(Playbook playbook) {
        Checked checked = lastChecked;
        if (checked == null || checked.playbook() != playbook) {
            Map<PlaybookRule, String> problems = new java.util.IdentityHashMap<>();
            for (PlaybookRule rule : playbook.rules()) {
                conditionsProblem(rule.conditions()).or(() -> suggestionProblem(rule.suggestion()))
                        .ifPresent(problem -> problems.put(rule, problem));
            }
            checked = new Checked(playbook, problems);
            lastChecked = checked;
        }
        return checked.problems();
    }

    private static boolean matches(PlaybookRule rule, BriefFacts facts) {
        for (Map.Entry<String, Object> condition : rule.conditions().entrySet()) {
            if (!holds(condition.getKey(), condition.getValue(), facts)) {
                return false;
            }
        }
        return true;
    }

    private static void checkCondition(String name, Object value) {
        if (!CONDITIONS.contains(name)) {
            throw new RuleProblem("unknown condition '" + name + "'.");
        }
        switch (conditionKind(name)) {
            case CHOICE -> oneOf(value, name, "", CHOICES.get(name));
            case TEXT -> oneOf(value, name, "", null);
            case RANGE -> inRange(value, name, null);
            case NUMBER -> number(value, name);
            case FLAG -> flag(value, name);
        }
    }

    private static PlaybookVocabulary.ConditionKind conditionKind(String name) {
        if (CHOICES.containsKey(name)) {
            return PlaybookVocabulary.ConditionKind.CHOICE;
        } else if (TEXT_CONDITIONS.contains(name)) {
            return PlaybookVocabulary.ConditionKind.TEXT;
        } else if (RANGE_CONDITIONS.contains(name)) {
            return PlaybookVocabulary.ConditionKind.RANGE;
        } else if (NUMBER_CONDITIONS.contains(name)) {
            return PlaybookVocabulary.ConditionKind.NUMBER;
        }
        return PlaybookVocabulary.ConditionKind.FLAG;
    }

    /**
     * The conditions of {@code rule} that do not hold for this client at {@code at}, by name, in the
     * rule's order: empty when the rule applies. The rule must be one the engine can read.
     */
    public static List<String> unmetConditions(PlaybookRule rule, BriefInput input, Instant at) {
        BriefFacts facts = BriefFacts.derive(input, at);
        List<String> unmet = new ArrayList<>();
        rule.conditions().forEach((name, value) -> {
            if (!holds(name, value, facts)) {
                unmet.add(name);
            }
        });
        return unmet;
    }

    /** Every condition, suggestion and placeholder a rule may use, for the playbook editor. */
    public static PlaybookVocabulary vocabulary() {
        Map<String, PlaybookVocabulary.ConditionKind> conditions = new HashMap<>();
        CONDITIONS.forEach(name -> conditions.put(name, conditionKind(name)));
        Map<String, List<String>> choices = new HashMap<>();
        CHOICES.forEach((name, values) -> choices.put(name, values.stream().sorted().toList()));
        return new PlaybookVocabulary(conditions, choices, SUGGESTIONS.stream().sorted().toList(), PLACEHOLDERS);
    }

    private static boolean holds(String name, Object expected, BriefFacts f) {
        return switch (name) {
            case "phase" -> oneOf(expected, name, f.phase.code(), PHASES);
            case "mood" -> oneOf(expected, name, f.leadingMood == null ? "none" : f.leadingMood.name().toLowerCase(Locale.ROOT), MOODS);
            case "moodTrend" -> oneOf(expected, name, f.trend.code(), TRENDS);
            case "trust" -> oneOf(expected, name, f.trust.code(), TRUSTS);
            case "productComplexity" -> f.lastPurchase != null
                    && oneOf(expected, name, f.complexity.name().toLowerCase(Locale.ROOT), COMPLEXITIES);
            case "productCategory" -> f.category != null && oneOf(expected, name, f.category.toLowerCase(Locale.ROOT), null);
            case "daysSincePurchase" -> inRange(expected, name, f.daysSincePurchase);
            case "daysSinceLastTouchpoint" -> inRange(expected, name, f.daysSinceLastTouchpoint);
            case "daysSinceLastHeard" -> inRange(expected, name, f.daysSinceLastHeard);
            case "requestAgeDays" -> inRange(expected, name, f.requestAgeDays);
            case "askAgeDays" -> inRange(expected, name, f.askAgeDays);
            case "offerAgeDays" -> inRange(expected, name, f.offerAgeDays);
            case "offerPending" -> flag(expected, name) == f.offerPending;
            case "offerGoneQuiet" -> flag(expected, name) == f.offerGoneQuiet;
            case "visitMissed" -> flag(expected, name) == f.visitMissed;
            case "waitListed" -> flag(expected, name) == f.waitListed;
            case "visitBooked" -> flag(expected, name) == Boolean.parseBoolean(f.values.getOrDefault("visitBooked", "false"));
            case "quietOutrun" -> flag(expected, name) == f.quietOutrun;
            case "offerOutrun" -> flag(expected, name) == f.offerOutrun;
            case "requestOutrun" -> flag(expected, name) == f.requestOutrun;
            case "answerOwedLong" -> flag(expected, name) == f.answerOwedLong;
            case "problemTold" -> flag(expected, name) == f.problemTold;
            case "reviewed" -> flag(expected, name) == f.values.containsKey("reviewedWhen");
            case "ask" -> oneOf(expected, name, f.askState, ASKS);
            case "rhythm" -> oneOf(expected, name, f.rhythm, RHYTHMS);
            case "repeatable" -> flag(expected, name) == f.repeatable;
            case "itemKind" -> f.itemKind != null && oneOf(expected, name, f.itemKind.code(), ITEM_KINDS);
            case "termEnded" -> flag(expected, name) == f.termEnded;
            case "termEndedInHand" -> flag(expected, name) == f.values.containsKey("termEndedTalk");
            case "checkInDue" -> flag(expected, name) == f.checkInDue;
            case "prospectHistory" -> flag(expected, name) == f.prospectHistory;
            case "silenceLasted" -> flag(expected, name) == f.silenceLasted;
            case "relationship" -> flag(expected, name) == f.relationship;
            case "longAway" -> flag(expected, name) == f.longAway;
            case "unfinished" -> flag(expected, name) == (f.unfinished != null);
            case "rating" -> oneOf(expected, name, f.rating, RATINGS);
            case "thread" -> oneOf(expected, name, f.thread, THREADS);
            case "underWay" -> oneOf(expected, name, f.underWay, UNDER_WAY);
            case "liveThread" -> oneOf(expected, name, f.values.getOrDefault("liveKind", "none"), LIVE_THREADS);
            case "stepOwed" -> oneOf(expected, name, f.values.getOrDefault("stepOwed", "none"), STEPS_OWED);
            case "offerLater" -> flag(expected, name) == f.offerLater;
            case "theirsOpen" -> flag(expected, name) == f.values.containsKey("theirsOpenSaid");
            case "theirsOpenLeads" -> flag(expected, name) == f.values.containsKey("theirsOpenWhat");
            case "closedUnanswered" -> flag(expected, name) == f.values.containsKey("closedUnansweredSaid");
            case "doubtAfter" -> flag(expected, name) == f.values.containsKey("doubtAfterSaid");
            case "complaintMended" -> flag(expected, name) == f.complaintMended;
            case "checkedLately" -> flag(expected, name) == f.values.containsKey("checkedLately");
            case "stepNewest" -> flag(expected, name) == Boolean.parseBoolean(f.values.getOrDefault("stepNewest", "false"));
            case "stepQuietSince" -> flag(expected, name) == Boolean.parseBoolean(f.values.getOrDefault("stepQuietSince", "false"));
            case "threadAgeDays" -> inRange(expected, name, f.threadAgeDays);
            case "doNotContact" -> flag(expected, name) == f.doNotContact;
            case "movedAway" -> flag(expected, name) == f.movedAway;
            case "birthday" -> flag(expected, name) == f.values.containsKey("birthdayWhen");
            case "treatWaiting" -> flag(expected, name) == f.values.containsKey("treatWhat");
            case "theirPerson" -> flag(expected, name) == f.values.containsKey("theirPerson");
            case "hook" -> flag(expected, name) == f.values.containsKey("hookWhat");
            case "handover" -> flag(expected, name) == f.values.containsKey("handoverTo");
            case "openWork" -> flag(expected, name) == f.values.containsKey("openWorkSaid");
            case "dateAheadFix" -> flag(expected, name) == f.values.containsKey("dateAheadFix");
            case "refusalWaitOver" -> flag(expected, name) == f.values.containsKey("refusalWaitOver");
            case "unansweredInARow" -> inRange(expected, name, (long) f.unansweredInARow);
            case "renewalWithinDays" -> f.daysToRenewal != null && f.daysToRenewal <= number(expected, name);
            case "openComplaint" -> flag(expected, name) == f.openComplaint;
            case "unhappyNow" -> flag(expected, name) == f.unhappyNow;
            case "competitorMentioned" -> flag(expected, name) == f.competitorMentioned;
            case "competitorConsidered" -> flag(expected, name) == f.competitorConsidered;
            case "competitorSwitched" -> flag(expected, name) == f.values.containsKey("switchedTo");
            case "ghosted" -> flag(expected, name) == f.ghosted;
            case "hasPriorTouchpoint" -> flag(expected, name) == (f.prior != null);
            case "heardFromThem" -> flag(expected, name) == (f.lastHeard != null);
            case "prefersWriting" -> flag(expected, name) == (f.writtenChannel != null);
            case "openRequest" -> flag(expected, name) == f.openRequest;
            case "askedInWords" -> flag(expected, name) == f.askedInWords;
            case "followUpOverdue" -> flag(expected, name) == f.followUpOverdue;
            case "overdueCall" -> flag(expected, name) == f.overdueCall;
            case "refusal" -> flag(expected, name) == f.refusal;
            case "fixedOnRecord" -> flag(expected, name) == f.fixedOnRecord;
            case "referral" -> flag(expected, name) == f.values.containsKey("referral");
            case "awaitingDelivery" -> flag(expected, name) == f.awaitingDelivery;
            case "noteToAct" -> flag(expected, name) == f.values.containsKey("noteToAct");
            case "olderAsk" -> flag(expected, name) == f.values.containsKey("olderAsk");
            case "renewalPassed" -> flag(expected, name) == f.renewalPassed;
            case "ourSilence" -> flag(expected, name) == f.ourSilence;
            case "quietOursToo" -> flag(expected, name) == f.quietOursToo;
            case "theirThanks" -> flag(expected, name) == f.values.containsKey("theirThanksSaid");
            case "warrantyEnded" -> flag(expected, name) == f.values.containsKey("warrantyEndedItem");
            case "upsell" -> flag(expected, name) == f.values.containsKey("upsell");
            case "atRisk" -> flag(expected, name) == f.values.containsKey("atRiskNote");
            case "repeatPurchase" -> flag(expected, name) == f.repeatPurchase;
            case "troubleBehind" -> flag(expected, name) == f.troubleBehind;
            case "awaitedDayPassed" -> flag(expected, name) == f.values.containsKey("awaitedDue");
            case "awaitedToBook" -> flag(expected, name) == f.values.containsKey("awaitedToBook");
            case "hardTimes" -> flag(expected, name) == f.values.containsKey("hardWords");
            case "quietTheirSide" -> flag(expected, name) == f.values.containsKey("quietSince");
            case "invitation" -> flag(expected, name) == f.values.containsKey("invitedTo");
            case "invitationOutrun" -> flag(expected, name) == f.invitationOutrun;
            case "ourNoteLast" -> flag(expected, name) == f.ourNoteLast;
            case "kindReplyToOurNote" -> flag(expected, name) == f.values.containsKey("lastWordWhen");
            case "noticeDeadline" -> flag(expected, name) == f.values.containsKey("noticeDeadlineWhat");
            case "dateAhead" -> flag(expected, name) == f.values.containsKey("dateAheadWhat");
            case "dateAheadLeads" -> flag(expected, name) == f.values.containsKey("dateAheadLeads");
            case "termLapsed" -> flag(expected, name) == f.values.containsKey("lapsedWhat");
            case "lapseLeads" -> flag(expected, name) == f.values.containsKey("lapseWhat");
            case "lapseInHand" -> flag(expected, name) == f.values.containsKey("lapseTalk");
            case "checkedInTwice" -> flag(expected, name) == f.values.containsKey("checkInsSaid");
            case "askedHowLately" -> flag(expected, name) == f.values.containsKey("askedHowSaid");
            case "contactTooOften" -> flag(expected, name) == (f.tooMuchContactWhy != null);
            case "renewedLately" -> flag(expected, name) == f.values.containsKey("renewedWhat");
            case "agreedWithUs" -> flag(expected, name) == f.values.containsKey("agreedSaid");
            case "timeAhead" -> flag(expected, name) == f.values.containsKey("timeAheadSaid");
            case "timeAheadLeads" -> flag(expected, name) == f.values.containsKey("timeAheadLeads");
            case "dayAhead" -> flag(expected, name) == f.values.containsKey("aheadWhat");
            case "putAside" -> flag(expected, name) == f.values.containsKey("asideLately");
            case "asideLong" -> flag(expected, name) == f.values.containsKey("asideAsk");
            case "boughtLately" -> flag(expected, name) == f.values.containsKey("boughtLatelySaid");
            case "consideredLongAgo" -> flag(expected, name) == f.values.containsKey("consideredLongAgo");
            case "bookKnows" -> flag(expected, name) == f.values.containsKey("bookKnows");
            case "dayPassed" -> flag(expected, name) == f.values.containsKey("dayPassedSaid");
            case "owedSoon" -> flag(expected, name) == f.values.containsKey("owedWhat");
            case "quoteOwed" -> flag(expected, name) == f.values.containsKey("quoteOwedSaid");
            case "quoteOwedLeads" -> flag(expected, name) == f.quoteOwedLeads;
            case "warrantyOutrun" -> flag(expected, name) == f.warrantyOutrun;
            case "freshPurchase" -> flag(expected, name) == f.values.containsKey("freshSaid");
            default -> throw new RuleProblem("unknown condition '" + name + "'.");
        };
    }

    private static boolean oneOf(Object expected, String name, String actual, Set<String> allowed) {
        Collection<?> values = expected instanceof Collection<?> list ? list : List.of(expected == null ? "" : expected);
        boolean any = false;
        for (Object value : values) {
            String text = String.valueOf(value).toLowerCase(Locale.ROOT);
            if (allowed != null && !allowed.contains(text)) {
                throw new RuleProblem("condition '" + name + "' has '" + value + "'; expected one of " + new TreeSet<>(allowed) + ".");
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

    private static void checkSuggestion(Map<String, Object> suggestion) {
        for (Map.Entry<String, Object> entry : suggestion.entrySet()) {
            String field = entry.getKey();
            if (!SUGGESTIONS.contains(field)) {
                throw new RuleProblem("unknown suggestion '" + field + "'.");
            }
            Object value = entry.getValue();
            switch (field) {
                case "talkingPoints", "avoid" -> {
                    if (!(value instanceof List<?> list)) {
                        throw new RuleProblem("'" + field + "' must be a list of texts.");
                    }
                    for (Object item : list) {
                        checkLine(field, item);
                    }
                }
                case "welcome" -> intents(value, field);
                case "talkingPointPerCompetitorWeakness", "talkingPointPerOurStrength" -> {
                    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                        list.forEach(text -> checkTemplate((String) text));
                    } else if (value instanceof String text) {
                        checkTemplate(text);
                    } else {
                        throw new RuleProblem("'" + field + "' must be a text or a list of texts.");
                    }
                }
                default -> {
                    if (!(value instanceof String text)) {
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
        }
    }

    /** A talking point or avoid line: a text, or {"text": …, "intent": …} / {"text": …, "forbids": [...]}. */
    private static void checkLine(String field, Object item) {
        if (item instanceof String text) {
            checkTemplate(text);
            return;
        }
        if (!(item instanceof Map<?, ?> map) || !(map.get("text") instanceof String text)) {
            throw new RuleProblem("'" + field + "' must be a list of texts (or of {\"text\": ...} objects).");
        }
        checkTemplate(text);
        String extra = field.equals("avoid") ? "forbids" : "intent";
        for (Object key : map.keySet()) {
            boolean general = key.equals("general") && !field.equals("avoid");
            if (!key.equals("text") && !key.equals(extra) && !general) {
                throw new RuleProblem("a line in '" + field + "' has an unknown part '" + key + "'; it takes text and " + extra
                        + (field.equals("avoid") ? "." : " (and general: true for a line that could be said to anyone)."));
            }
            if (general && !(map.get(key) instanceof Boolean)) {
                throw new RuleProblem("'general' of a line in '" + field + "' must be true or false.");
            }
        }
        if (map.containsKey(extra)) {
            intents(map.get(extra), extra);
        }
    }

    private static Set<LineIntent> intents(Object value, String field) {
        Collection<?> values = value instanceof Collection<?> list ? list : List.of(value == null ? "" : value);
        Set<LineIntent> intents = EnumSet.noneOf(LineIntent.class);
        for (Object item : values) {
            intents.add(LineIntent.fromCode(String.valueOf(item)).orElseThrow(() -> new RuleProblem(
                    "'" + field + "' has '" + item + "'; expected one of " + new TreeSet<>(INTENTS) + ".")));
        }
        return intents;
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

    private static Contribution contribute(PlaybookRule rule, String code, BriefFacts facts, BriefInput input, Set<UUID> usedCards) {
        Contribution c = new Contribution();
        Map<String, Object> s = rule.suggestion();
        String because = rule.because() == null ? null : fill(rule.because(), facts.values);
        c.because = because != null ? because : rule.title() == null || rule.title().isBlank() ? code : lowerFirst(rule.title());
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
        for (Object item : (List<?>) s.getOrDefault("talkingPoints", List.of())) {
            String template = item instanceof Map<?, ?> map ? (String) map.get("text") : (String) item;
            String text = fill(template, facts.values);
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                continue; // a line whose whole text is a value left empty: nothing of it applies to this client
            }
            // A line may open with a fact said in lower case mid-sentence elsewhere ("about three months ago they ...").
            text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
            LineIntent intent = item instanceof Map<?, ?> map && map.get("intent") != null
                    ? intents(map.get("intent"), "intent").iterator().next() : LineIntent.guess(text);
            boolean general = item instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("general"));
            Line line = new Line(new BriefLine(text, code, null, c.because), intent, template, null);
            c.subjects.put(line.line, () -> SaidOnce.subject(template, facts.values, NO_FACT, PRODUCT_ONLY)); // read only for lines kept
            c.talkingPoints.add(general ? line.general() : line);
        }
        for (Object item : (List<?>) s.getOrDefault("avoid", List.of())) {
            String template = item instanceof Map<?, ?> map ? (String) map.get("text") : (String) item;
            String text = fill(template, facts.values);
            if (text == null) {
                return null;
            }
            Set<LineIntent> forbids = item instanceof Map<?, ?> map && map.get("forbids") != null ? intents(map.get("forbids"), "forbids") : null;
            c.avoid.add(new Line(new BriefLine(text, code, null, c.because), LineIntent.CARE, template, forbids));
        }
        if (s.containsKey("welcome")) {
            c.welcome = intents(s.get("welcome"), "welcome");
        }
        // One line, about the rival they are weighing up for what is open now (linked most recently first): a list of them
        // drowned the brief, and a rival they are not choosing between us for is beside the call. A rival whose weak spot and
        // our answer a line of the call already says gets no second line.
        if (s.containsKey("talkingPointPerCompetitorWeakness")) {
            BriefInput.LinkedCompetitor rival = facts.weighedRivals.stream()
                    .filter(linked -> !facts.rivalsAnswered.contains(linked.competitor().name())).findFirst().orElse(null);
            CompetitorAnswers answers = rival == null ? null : facts.answers(rival, facts.ourStrengths);
            SwotItem[] pairing = answers == null ? null : answers.bestPairing(usedCards);
            if (pairing != null) {
                SwotItem weakness = pairing[0];
                SwotItem answer = pairing[1];
                Map<String, String> values = new HashMap<>(facts.values);
                values.put("competitor", answers.competitor);
                values.put("weakness", CompetitorAnswers.plain(weakness.text()));
                if (answer != null) {
                    values.put("strength", CompetitorAnswers.plain(answer.text()));
                } else if (CompetitorAnswers.aboutPrice(weakness)) {
                    values.put("priceWeakness", CompetitorAnswers.plain(weakness.text()));
                }
                String template = firstFillable(s.get("talkingPointPerCompetitorWeakness"), values);
                if (template != null) {
                    boolean withAnswer = answer != null && template.contains("{strength}");
                    c.talkingPoints.add(Line.fact(new BriefLine(fill(template, values), code, withAnswer
                            ? answers.source(weakness) + "; " + answers.source(answer) : answers.source(weakness), c.because)));
                    usedCards.add(weakness.id());
                    if (withAnswer) {
                        usedCards.add(answer.id());
                    }
                }
            }
            if (c.talkingPoints.isEmpty() && !c.single.containsKey("goal")) {
                return null; // the rule is there for that line: with no rival weighed up, nothing of it applies
            }
        }
        if (s.containsKey("talkingPointPerOurStrength") && !facts.ourStrengths.isEmpty()) {
            List<SwotItem> candidates = new ArrayList<>();
            BriefInput.LinkedCompetitor rival = facts.weighedRivals.stream()
                    .filter(linked -> linked.competitor().name().equals(facts.values.get("consideredCompetitor"))).findFirst()
                    .orElse(facts.weighedRivals.isEmpty() ? null : facts.weighedRivals.get(0));
            Map<String, String> paired = new HashMap<>();
            SwotItem pairedWeakness = null;
            if (rival != null) {
                CompetitorAnswers answers = facts.answers(rival, facts.ourStrengths);
                // The strength to remind them of is our answer to where the rival they weigh falls short, said with that
                // weak spot: one answer, the one the competitor section gives, not a second strength beside it.
                SwotItem[] pairing = answers.bestPairing(usedCards);
                if (pairing != null && pairing[1] != null) {
                    candidates.add(pairing[1]);
                    pairedWeakness = pairing[0];
                    paired.put("competitor", answers.competitor);
                    paired.put("weakness", CompetitorAnswers.plain(pairing[0].text()));
                }
                // A strength that meets none of the weak spots on their map answers nothing they weigh: none is said then.
                candidates.addAll(answers.weaknesses.isEmpty() ? answers.meetingFirst() : answers.meeting());
            }
            if (rival == null || facts.answers(rival, facts.ourStrengths).weaknesses.isEmpty()) {
                candidates.addAll(facts.ourStrengths);
            }
            for (SwotItem strength : candidates) {
                if (!usedCards.contains(strength.id())) {
                    Map<String, String> values = new HashMap<>(facts.values);
                    boolean withWeakness = pairedWeakness != null && strength == candidates.get(0);
                    if (withWeakness) {
                        values.putAll(paired);
                    }
                    values.put("strength", CompetitorAnswers.plain(strength.text()));
                    String template = firstFillable(s.get("talkingPointPerOurStrength"), values);
                    if (template != null) {
                        boolean saysWeakness = withWeakness && template.contains("{weakness}");
                        String source = CompetitorAnswers.source(null, strength);
                        if (saysWeakness) {
                            source = CompetitorAnswers.source(rival.competitor().name(), pairedWeakness) + "; " + source;
                            usedCards.add(pairedWeakness.id());
                            facts.rivalsAnswered.add(rival.competitor().name());
                        }
                        c.talkingPoints.add(Line.fact(new BriefLine(fill(template, values), code, source, c.because)));
                        usedCards.add(strength.id());
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

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A matching rule and what it contributes. */
    private record Applied(PlaybookRule rule, String code, Contribution contribution) {
        BriefLine line(String text) {
            return new BriefLine(text, code, null, contribution.because);
        }

        String because() {
            return contribution.because;
        }
    }

    /**
     * A talking point or avoid line with what it does ({@code intent}), whether its text names a
     * fact of this client ({@code specific}), what an avoid line rules out ({@code forbids}, null
     * when not declared), and whether it is the frame owner's ({@code owned}).
     */
    private record Line(BriefLine line, LineIntent intent, int weight, Set<String> facts, Set<String> words, Set<LineIntent> forbids,
                        boolean owned) {
        Line(BriefLine line, LineIntent intent, String template, Set<LineIntent> forbids) {
            this(line, intent, TemplateWords.of(template), forbids);
        }

        private Line(BriefLine line, LineIntent intent, TemplateWords read, Set<LineIntent> forbids) {
            this(line, intent, read.weight, read.facts, read.words, forbids, false);
        }

        /** A line made from a competitor's card or our own: it names a fact of this client's record. */
        static Line fact(BriefLine line) {
            return new Line(line, LineIntent.FACT, FACT_WEIGHT, Set.of(), Set.of(), null, false);
        }

        Line fromOwner(boolean owner) {
            return new Line(line, intent, weight, facts, words, forbids, owner);
        }

        /** The playbook marks this line as one that could be said to anyone. */
        Line general() {
            return new Line(line, intent, 0, facts, words, forbids, owned);
        }

        boolean specific() {
            return weight > 0;
        }
    }

    /** What a template says of itself, read once per template text (the playbook's texts are few; briefs are many). */
    private record TemplateWords(int weight, Set<String> facts, Set<String> words) {
        private static final Map<String, TemplateWords> READ = new java.util.concurrent.ConcurrentHashMap<>();

        static TemplateWords of(String template) {
            TemplateWords read = READ.get(template);
            if (read == null) {
                read = new TemplateWords(BriefEngine.weight(template), Set.copyOf(identities(template)), Set.copyOf(ownWords(template)));
                if (READ.size() < 10_000) {
                    READ.put(template, read);
                }
            }
            return read;
        }
    }

    /** How much a line's template says about this client: a fact of their record, only what they bought, or nothing. */
    static final int FACT_WEIGHT = 2;
    private static final int PRODUCT_WEIGHT = 1;
    /** Placeholders that say nothing about the client by themselves: who they are, and when things were. */
    static final Set<String> NO_FACT = Set.of("greeting", "name", "theirPersonIs", "purchaseWhen", "priorWhen", "lastSpokeWhen", "lastSpokeChannel", "lastTalkWhen", "lastTalkChannel",
            "lastSpokeAs", "moodWhen", "troubleWhen", "happyAgainWhen", "complaintWhen", "requestWhen", "olderAskWhen", "askWhen", "daysSinceLastTouchpoint", "daysSincePurchase", "usualLast", "usualSince", "stopOn", "movedOn", "offerWhen", "offerOn", "quietWhen", "quietOn", "liveOn", "liveWhen", "heardLastOn", "quietOurs", "nothingElse", "problemWhen", "problemOn", "termEndedWhen", "termEndedOn", "ratingOn", "ratingWhen", "loyalFor",
            "priorChannel", "priorDate", "lastPurchaseDate", "unansweredCount", "lastMood",
            "quietVerb", "quietNext", "askReady", "askWho", "askHelp", "askBecause", "askStanding", "offerStanding", "offerOwed", "offerNext", "offerChasedOn", "offerWaitThey", "offerWaitYou", "offerAskYou", "renewalSoFar", "interestNext", "askAnswer", "owedBefore",
            "mendedOn", "mendedWhen", "quoteOwedWhen", "theirThanksWhen");
    static final Set<String> PRODUCT_ONLY = Set.of("lastPurchase", "mainProduct", "enjoyMost");
    private static final String THEIR_PERSON = "theirPerson";
    /** A line that offers them a time or a booking. */
    private static final Pattern OFFERS_A_TIME = Pattern.compile("(?i)\\b(?:offer (?:them |her |him )?a (?:time|slot|date)|book (?:them|her|him) in|"
            + "a time that suits|offer (?:them |her |him )?(?:the next|an?) (?:appointment|visit|booking))\\b");
    /** Placeholders that each name one thing on the client's record: two lines about the same one say it twice. */
    private static final Set<String> IDENTITIES = Set.of("askWhat", "request", "requestWhat", "complaint", "overdueFollowUp", "overdueWhat", "refused",
            "noteToAct", "referral", "lastFix", "moodWords", "olderAsk", "renewalItem", "consideredCompetitor", "theirWords", "priorSummary",
            "moodThing", "complaintThing", "lastFixThing", "referralWho", "referralThanks", "troubleThing", "renewalPassedItem", "warrantyEndedItem", "upsell", "atRiskNote", "usualWhat", "usualYour", "stopWords", "movedWords", "offerWhat", "offerReply", "quietThing", "quietWords", "problemWhat", "termEndedItem", "ratingWords", "unfinishedWhat", "underWayWords", "liveThing", "liveWords", "liveSaid", "theirPerson", "interestTimes");
    static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "to", "of", "in", "on", "for", "with", "about", "that",
            "this", "it", "is", "are", "be", "been", "they", "them", "their", "we", "us", "our", "you", "your", "what", "how", "whether", "if",
            "ask", "asks", "any", "anything", "one", "so", "far", "not", "have", "has", "had", "do", "does", "did", "will", "would", "may", "might",
            "can", "could", "should", "when", "who", "which", "by", "at", "as", "from", "there", "here", "all", "some", "more", "still", "yet",
            "make", "sure", "know", "say", "tell", "let");

    private static int weight(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        boolean fact = false;
        boolean product = false;
        while (matcher.find()) {
            String name = matcher.group(1);
            product |= PRODUCT_ONLY.contains(name);
            fact |= !PRODUCT_ONLY.contains(name) && !NO_FACT.contains(name);
        }
        // Words of the playbook's author ("Mention the loyalty card") name something of this business, unless the playbook
        // marks the line general: a line that could be said to anyone.
        return fact ? FACT_WEIGHT : product ? PRODUCT_WEIGHT : FACT_WEIGHT;
    }

    private static Set<String> identities(String template) {
        Set<String> found = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (IDENTITIES.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    /**
     * Placeholders that only choose the wording of a line, not a fact ("were thinking over" or "asked us about"): they count
     * as the line's own words, in their usual form, so the line is told from others as it was before its wording could vary.
     */
    private static final Map<String, String> WORDING = Map.of("quietVerb", OwnedLateness.THINKING_OVER,
            "quietNext", OwnedLateness.THEIRS_TO_WEIGH);

    /** The words a template says of its own (no placeholders, no small words), roughly stemmed, to tell two lines that say the same. */
    static Set<String> ownWords(String template) {
        Set<String> words = new HashSet<>();
        String own = template;
        for (Map.Entry<String, String> wording : WORDING.entrySet()) {
            own = own.replace("{" + wording.getKey() + "}", wording.getValue());
        }
        for (String word : PLACEHOLDER.matcher(own).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() < 2 || SMALL_WORDS.contains(word)) {
                continue;
            }
            words.add(stem(word));
        }
        return words;
    }

    static String stem(String word) {
        for (String end : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (word.endsWith(end) && word.length() - end.length() >= 2) {
                return word.substring(0, word.length() - end.length());
            }
        }
        return word;
    }

    /**
     * Two lines say the same: they name the same thing on the record, or their own words mostly agree. A line that names
     * the person they come to says who, which a line without them does not, however alike the steps read ("offer a time
     * that suits them" and "when you offer a time, offer it with Ellie").
     */
    static boolean sameSay(Set<String> factsA, Set<String> wordsA, Set<String> factsB, Set<String> wordsB) {
        for (String fact : factsA) {
            if (factsB.contains(fact)) {
                return true;
            }
        }
        if (factsA.contains(THEIR_PERSON) != factsB.contains(THEIR_PERSON)) {
            return false;
        }
        int shared = 0;
        for (String word : wordsA) {
            shared += wordsB.contains(word) ? 1 : 0;
        }
        int smaller = Math.min(wordsA.size(), wordsB.size());
        return shared >= 2 && smaller > 0 && shared * 10 >= smaller * 6;
    }

    private static final class Contribution {
        String because;
        final Map<String, String> single = new LinkedHashMap<>();
        final List<Line> talkingPoints = new ArrayList<>();
        final List<Line> avoid = new ArrayList<>();
        Set<LineIntent> welcome = EnumSet.of(LineIntent.FACT);
        /** What each talking point is about (see {@link SaidOnce}). */
        final Map<BriefLine, java.util.function.Supplier<Set<String>>> subjects = new java.util.IdentityHashMap<>();
    }

    private static final class RuleProblem extends RuntimeException {
        RuleProblem(String message) {
            super(message, null, false, false);
        }
    }
}
