package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.StartTrouble;
import app.rapport.domain.Touchpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine knows about the client at the brief's instant, derived once per brief and right
 * in time: only what had happened by then; a follow-up done is not overdue; the client's mood is
 * what <em>they</em> showed (a message of ours with no reply carries none); a complaint or fix
 * settled does not lead; a refusal is superseded by a later purchase of the same thing; the
 * conversation's anchor is the relationship's main item, not an add-on bought with it.
 */
final class BriefFacts {
    /** Patterns of the hot paths, compiled once rather than on every call (String.split/replaceAll compile each time). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)");
    private static final Pattern TRAILING_S = Pattern.compile("s$");
    private static final Pattern NOT_LETTERS_OR_HYPHEN = Pattern.compile("[^\\p{L}-]+");
    static final int DUE_SOON_DAYS = 30;
    private static final int RENEWAL_PASSED_DAYS = 90;
    private static final int TREND_WINDOW = 5;
    private static final int BASKET_DAYS = 14;
    /** How far back a main item still anchors the talk when only small things were bought since. */
    private static final int MAIN_ITEM_DAYS = 365;
    private static final int ASK_FRESH_DAYS = 30;
    private static final int LATELY_TOUCHPOINTS = 3;
    private static final int LATELY_NOTES = 2;
    private static final int CAUTION_NOTES = 3;
    private static final int NOTE_CHARS = 280;
    private static final int FIX_REMEMBERED_DAYS = 365;
    private static final int NOTE_TO_ACT_DAYS = 90;
    /** A note's own plan that ended more than this many days ago is past: what came of it is on record, or is to be asked. */
    private static final int PLAN_PAST_DAYS = 90;
    /** An ask of theirs older than this, with nothing since, no longer holds an avoid line back. */
    private static final int THEIR_ASK_DAYS = 365;
    private static final int OLDER_ASK_DAYS = 150;
    private static final int ASK_AGAIN_DAYS = 180;
    private static final int UPSELL_DAYS = 180;
    /**
     * How long an offer they wanted to think over, or a price they asked for and were deciding on,
     * is still waiting for their answer; after that it has gone quiet.
     */
    private static final int OFFER_PENDING_DAYS = 60;
    /** How long an offer gone quiet is still worth asking after, lightly; older, it is history. */
    private static final int OFFER_QUIET_DAYS = 150;
    private static final int REFERRAL_WORDS_DAYS = 180;
    private static final int REVIEWED_DAYS = 365;
    private static final int PROBLEM_TOLD_DAYS = 45;
    /**
     * How long a thread of theirs stays open when nothing closed it: a wish (the waiting list, a visit
     * they wanted) while nothing came of it, a doubt, a review they offered, an event they said they
     * would come to (as long as the event can still be ahead or just behind them).
     */
    private static final int WISH_DAYS = 540; // as long as a habit lasts (a year and a half): nothing came of it, so it still stands
    private static final int DOUBT_DAYS = 200;
    private static final int REVIEW_PROMISE_DAYS = 180;
    private static final int COMING_DAYS = 120;
    /** A wish with a time in it ("before the holidays", "soon", "next week") is past once this many days have gone by. */
    private static final int TIMED_WISH_DAYS = 90;
    private static final Pattern TIMED = Pattern.compile(
            "\\b(before|by|soon|tomorrow|tonight|next (week|month|weekend)|this (week|month|weekend)|in (a|two|three|a few) (days|weeks))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A list for one day ("the cancellation list for Monday", not "for Mondays") nobody spoke of for a year is history, as
     * {@link WaitListed} reads it: not a wish still open to lead the call (Dmitri Park, read 50: a Monday of November 2025).
     */
    private static final Pattern ONE_DAY = Pattern.compile(
            "\\b(?:for|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Reading words is the costly part of a brief: each reading goes back no further than this many
     * contacts (besides its window in days), so a client with thousands of touchpoints costs what a
     * busy one does.
     */
    private static final int WORDS_READ = 60;
    /** A note of ours younger than this is still being read; older than the other, asking again is a new call, not a repeat. */
    private static final int MISSED_NOTE_MIN_DAYS = 3;
    private static final int MISSED_NOTE_MAX_DAYS = 45;
    /** Within these days the opener follows straight on from the last contact, whatever it was (opener.just-spoke). */
    private static final int JUST_SPOKE_DAYS = 3;
    private static final int FIX_REMEMBERED_TOUCHPOINTS = 20;
    /** Times on record before a line of purchases counts as a rhythm; their own visits need one more. */
    private static final int RHYTHM_TIMES = 3;
    private static final int RHYTHM_VISITS = 4;
    /** Gaps outside these are no rhythm a call can follow: the same week is one visit, more than a year and a half is no habit. */
    private static final int RHYTHM_SHORTEST_DAYS = 7;
    /** A rhythm is a habit seen over at least this long. */
    private static final int RHYTHM_SPAN_DAYS = 56;
    /** Past this many of their usual gaps, while still in touch, they no longer come on a rhythm. */
    private static final int RHYTHM_BROKEN_GAPS = 3;
    private static final int RHYTHM_LONGEST_DAYS = 550;
    /** The gap before the next visit for something done on the day, when they have no rhythm of their own: some weeks. */
    private static final int VISIT_CYCLE_DAYS = 56;
    private static final int BIRTHDAY_AHEAD_DAYS = 7;
    private static final int WISHES_TOUCHPOINTS = 50;
    private static final int RHYTHM_TOUCHPOINTS = 200;
    private static final int RECENT_WORDS_TOUCHPOINTS = 20;
    /** A step on the way to buying a thing (a home measure, a demo), not the booking of a service itself (a consultation, a patch test). */
    private static final Pattern STEP_TO_BUY = Pattern.compile("\\b(measure|measuring|survey|site visit|home visit|viewing|demo|demonstration|showroom)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The thing a question ends on ("… when delivering the washing machine"). */
    private static final Pattern THING_AT_END = Pattern.compile("\\bthe ((?:[\\p{L}-]+ ){0,3}[\\p{L}-]+)\\s*$");
    static final Pattern ADD_ON = Pattern.compile(
            "\\b(warrant\\w*|insurance|install\\w*|delivery|removal|service plan|care plan|support plan|support contract|maintenance plan|cover|protection|accessor\\w*|gift ?wrap\\w*"
                    + "|fitting|spray|refill|cartridge|filter|batter\\w*|cable|voucher|add-on|extra|alongside)\\b",
            Pattern.CASE_INSENSITIVE);

    String greeting;
    String name;
    LocalDate today;
    Phase phase;
    String phaseWhy;
    Mood mood;
    /**
     * The mood that leads the call: the one they showed last, unless it was unsure or unhappy and
     * something since (their words, a purchase) says it went well, or it is too old to lead.
     */
    Mood leadingMood;
    MoodTrend trend = MoodTrend.UNKNOWN;
    boolean ghosted;
    /**
     * Ghosted, weighed against what they bought and their own cycle: the silence is heavy for something that wants a first
     * check-in, or once it outlasts their usual gap between visits by half. After a cut, done on the day, two months of quiet
     * are the gap before the next one, not a client gone missing. The flag and "after a long silence" follow this.
     */
    boolean silenceWeighs;
    /** What the call hangs on wants a first check-in after they bought it: something kept, a term, a project not spoken of that day. */
    private boolean anchorWantsCheckIn;
    /** Their usual days between two times (their rhythm), or 0 when there is none on record. */
    private long usualGapDays;
    /** Ghosted, and what they bought wants a first check-in that has not come: something kept, a term, a project, no thank-you sent that day. */
    boolean checkInDue;
    /** They reviewed or mentioned us, and we thanked or rewarded them for it at the time. */
    boolean reviewThanked;
    /** Their review, or the referral, is months old and we have talked since: a thank-you for it now would be stale. */
    boolean reviewThanksStale;
    boolean referralThanksStale;
    /** A prospect who has asked about one thing more than once: the talk picks up where it was left. */
    boolean prospectHistory;
    TrustLevel trust;
    Touchpoint prior;
    boolean priorAnswered;
    Touchpoint lastHeard;
    Long daysSinceLastHeard;
    /**
     * The last word is a note of ours of the last few days (a thank-you, a photo, a tip, a card) that they answered only
     * politely or not at all: there is nothing of theirs to follow up on, and "just following up on our messages
     * yesterday: is there anything else I can do for you?" rings false.
     */
    boolean ourNoteLast;
    int unansweredInARow;
    /** Tips and news of ours in that run, which asked nothing: no message ignored, though still no word of theirs. */
    private int givenUnanswered;
    /** The run of our unanswered messages has waited long enough to be their silence, not just a reply still to come. */
    boolean silenceLasted;
    boolean unhappyNow;
    Purchase lastPurchase;
    String lastPurchaseName;
    /** What they bought on their latest purchase day (its main item), for the headline: the anchor may be an older, bigger one. */
    String lastBoughtName;
    String mainProductName;
    /** What the relationship's main item cost: a thing a quarter of it or less is a small extra beside it. */
    BigDecimal mainValue = BigDecimal.ZERO;
    Complexity complexity;
    String category;
    Long daysSincePurchase;
    Long daysSinceLastTouchpoint;
    Long daysToRenewal;
    Long requestAgeDays;
    boolean openComplaint;
    /** The offer they are thinking over, said lately with a later time to decide ("after payday"): no chasing before then. */
    boolean offerLater;
    /** How long "will decide after payday" keeps us from chasing: a week (payday itself may be past after that). */
    private static final int DECIDE_LATER_DAYS = 7;
    /** The open complaint's day: they came back happy since ({@link #complaintMended}) or not. */
    LocalDate complaintOn;
    /** The complaint is open in the book, but they came back since and were happy: see that it felt right, and close it. */
    boolean complaintMended;
    boolean openRequest;
    /** They asked for something in a recent touchpoint's words, with no request on record and no answer logged. */
    boolean askedInWords;
    /**
     * Their last words asked us something and the outcome said we would come back to them ("will
     * call back after checking with Maya"), over a month ago, with nothing logged since: we owe it.
     */
    boolean answerOwedLong;
    /** The latest live ask: "question", "price", "request" (owed by us), "deciding" (their move), or "none". */
    String askState = "none";
    Long askAgeDays;
    /** The contact of theirs the live ask is read from, or null. */
    Touchpoint askTouchpoint;
    /** The day of the latest step on a prospect's thing ({@code interestStep}), or null. */
    LocalDate interestStepOn;
    /** Something we offered them lately that they said they would think over, with no answer since. */
    boolean offerPending;
    Long offerAgeDays;
    /**
     * Something they were thinking over (an offer of ours, a price or a quote they asked for) that
     * has waited past the time an answer comes, with nothing heard of it since: worth asking after
     * lightly, not chasing.
     */
    boolean offerGoneQuiet;
    /**
     * An open request of theirs is older than something they are deciding on now (a thing they
     * asked about or we offered since): the newer leads the call, and the request is said within it.
     */
    boolean requestOutrun;
    Long quietAgeDays;
    /** A quote they wanted and never got is newer than anything of theirs or ours gone quiet: it may own the call. */
    boolean quoteOwedLeads;
    /** The purchase whose warranty ends within a month and would lead the call (null when what comes up is a renewal). */
    Purchase warrantyEnding;
    /** That warranty is on something older and worth less than what they got in the last weeks: the new thing leads. */
    boolean warrantyOutrun;
    /** They told us of a problem lately (in their words or in the outcome of our contact), and nothing since says it was put right. */
    boolean problemTold;
    /**
     * A relationship worth thanking them for: several purchases or visits, or years of contact with
     * them still in touch. One purchase long ago is a client, not a loyal one.
     */
    boolean relationship;
    /** What is still to finish for them (a delivery, a set-up, a problem), said for a reason; null when nothing is. */
    String unfinished;
    /** Their newest score for us lately: "top", "short" (below the top, with their words of what fell short), "low" (3/5, 6/10 or less), or "none". */
    String rating = "none";
    /** The day of the rating {@link #rating} speaks of, when it fell short. */
    LocalDate ratingDay;
    /** The contact whose words left us the step {@code stepOwed} speaks of, when one did. */
    Touchpoint stepFrom;
    /** The thread they opened that nobody closed ({@link TextSignals.ThreadKind}, lower case), or "none". */
    String thread = "none";
    Long threadAgeDays;
    /** A visit they said they would make (or the next one booked) has gone by with none of theirs on record ({@link VisitUnsaid}). */
    boolean visitMissed;
    /** A slot they are still waiting for (a cancellation list), said as a line under another lead (see {@link WaitListed}). */
    boolean waitListed;
    /** Days since we last asked them again about the offer they are thinking over, with no answer; null when we have not. */
    Long offerChasedAgeDays;
    /** The words of the time they named that speak of a thread: the outcome alone when only it named the time. */
    String timeAheadTopic;
    /**
     * Our offer, already asked about again with no answer, outrun by a wish of their own they told us since (to go on the
     * cancellation list): their wish leads, and our offer is a line under it, not chased a second time.
     */
    boolean offerOutrun;
    /** Something gone quiet that a newer thread of the prospect's own has outrun (see {@link #quietOutrun()}). */
    boolean quietOutrun;
    /** The last day a prospect spoke of the thing they keep asking about ({@link #prospectHistory}); null when none. */
    LocalDate interestLastOn;
    /** How many contacts of a prospect's own asked about the thing they keep asking about ({@link #prospectHistory}); 0 when none. */
    int interestAsks;
    /** What went quiet was our own suggestion, which they had never asked about before we made it (see {@link #quietOutrun()}). */
    boolean quietOurs;
    /**
     * Something of ours still under way, in our own words, with nothing since that ends it: a
     * "setup" (a kick-off set, a hand-over to onboarding, "a few drivers still on paper"), a "guide"
     * we had to send again, a "repair" (a warranty claim) we are seeing to, a "proposal" we sent with
     * no answer, a "demo" booked for something they asked about, a doubt we reassured that is still
     * "settling"; or "none".
     */
    String underWay = "none";
    /** How many days ago the thing under way started, or null. */
    Long underWayAgeDays;
    /** The set-up under way is read from news of it since it began, which left something open or them unsure. */
    boolean rolloutMidWay;
    /** How many days ago they invited us, or null. */
    Long invitedAgeDays;
    /** How long something put aside for them has been held with nothing since, when it is no longer lately (a line, or the live thread); else null. */
    Long asideHeldDays;
    /** An invitation of theirs, with something newer of theirs or ours live since: the newer leads, the invitation is a line. */
    boolean invitationOutrun;
    boolean refusal;
    /** A new client whose start went wrong, but who was clearly happy again afterwards (and no complaint is open). */
    boolean troubleBehind;
    /** What they bought last they had bought before (a renewal, a repeat): nothing new to set up or get used to. */
    boolean repeatPurchase;
    /**
     * Their own rhythm with the thing they come back for most: "due" when it is about the time they
     * usually come back, "overdue" when they are well past it, "none" when there is no rhythm on
     * record or it is not yet time.
     */
    String rhythm = "none";
    /** What the conversation hangs on is something they buy again: their own history or a renewal says so. */
    boolean repeatable;
    /** What the conversation's anchor is: kept, a term, a service, used up, paid ahead, an occasion. */
    ItemKind itemKind;
    /** The anchor ran for a term that ended without a renewal on record. */
    boolean termEnded;
    /** They asked us not to contact them, and have not been in touch since. */
    boolean doNotContact;
    /** They moved away, and have not bought or come in since. */
    boolean movedAway;
    /** A renewal or warranty end passed lately without a word from us. */
    boolean renewalPassed;
    /** Lapsed, and the last contact was a real exchange: the silence since is ours. */
    boolean ourSilence;
    /**
     * Lapsed, and the last word was ours, soon after theirs, and got no answer: a year and more of saying
     * nothing since is our quiet as much as theirs, so nobody asks why they drifted away.
     */
    boolean quietOursToo;
    /** How soon after their last word our unanswered note came for the thread to have ended with us. */
    private static final int QUIET_OURS_TOO_DAYS = 60;
    boolean fixedOnRecord;
    boolean competitorMentioned;
    boolean competitorConsidered;
    /** The linked rivals the client is weighing up for what is open now ({@link RivalWeighed}), most recently linked first. */
    List<BriefInput.LinkedCompetitor> weighedRivals = List.of();
    /** Rivals whose weak spot and our answer to it a talking point has said (filled as the brief is built). */
    final java.util.Set<String> rivalsAnswered = new java.util.HashSet<>();
    boolean followUpOverdue;
    /** The late promise that leads is a call of ours, and what it is about is known ({@code overdueCallSaid}). */
    boolean overdueCall;
    /** What they bought is still to be delivered, installed or collected (an open follow-up about it lies ahead). */
    boolean awaitingDelivery;
    boolean priorFollowUpOverdue;
    int purchases;
    /** The days they bought on: a washing machine with its installation and warranty is one purchase of three items. */
    int purchaseDays;
    /** The day the item named as their last purchase was bought, which may be before the newest purchase day. */
    LocalDate lastBoughtOn;
    Channel writtenChannel;
    String writtenWhy;
    /** Where the wish for writing comes from, said before its words. */
    String writtenSaid = "their note says";
    /** A note asking for video calls, or null. */
    String videoWhy;
    /** Who a note says speaks for them ("daughter"), the name the record gives them, and the note; null when nobody does. */
    /** A note (or tag) that says when they can be seen, booked or delivered to ("Prefers appointments after 5pm"), and its time words. */
    String theirHoursWhy;
    List<String> theirHours = List.of();
    boolean theirHoursTagged;
    String goBetween;
    String goBetweenName;
    String goBetweenWhy;
    /** When a note says to call, or not to ("not before 10am"), and the note; null when none does. */
    String callWindow;
    String callWindowWhy;
    /** A note asking for little talk ("not much chat"), or null. */
    String keepShortWhy;
    /** When and in what words they told us we contact them too often, or null. */
    String tooMuchContactWhy;
    /** Who a note says decides for them ("the finance director"), or null. */
    String decider;
    /** The channels of our attempts that went unanswered lately. */
    final java.util.Set<Channel> unansweredChannels = java.util.EnumSet.noneOf(Channel.class);
    final List<BriefLine> openItems = new ArrayList<>();
    final List<BriefLine> remember = new ArrayList<>();
    /** The thing of their own open ask ("keeps asking about the blow-dry club membership"), as said; null when none. */
    String theirAsk;
    /** Pinned notes whose own plan is long past and decided since (a pilot's decision, a purchase after): history, not Remember. */
    final java.util.Set<java.util.UUID> pastPlans = new java.util.HashSet<>();
    /** Practical notes and fields that go under Remember when the call's step could touch them (a colour, a delivery). */
    final StepCautions stepCautions = new StepCautions();
    final Map<String, String> shownFields = new LinkedHashMap<>();
    final List<Brief.Recent> lately = new ArrayList<>();
    final Map<String, String> values = new HashMap<>();
    LocalDate firstPurchase;
    LocalDate lastPurchaseOn;
    /** The last day they bought anything, a present for someone else too, and whether that day's basket held something complex: what the stored state's ghosting reads. */
    private LocalDate lastBoughtAnything;
    private boolean lastBasketComplex;
    /** The moods they showed lately, newest first (at most five). */
    private List<Mood> moods = List.of();
    /** The newest touchpoint in which they showed a mood. */
    /** The contact the mood was read from (package-private for the doubt lines, which must not say its doubt twice). */
    Touchpoint moodTouchpoint;
    /** The notes as of the brief's instant, pinned first, then newest first. */
    private List<Note> readNotes = List.of();
    /** How our map answers each linked competitor's, worked out once per brief (reading the cards' topics is the costly part). */
    private final Map<BriefInput.LinkedCompetitor, CompetitorAnswers> answers = new java.util.IdentityHashMap<>();

    private BriefFacts() {
    }

    /** What each text asked ({@link TextSignals#ask}), read once per brief: several readers look for an ask in the same words. */
    private final Map<String, TextSignals.Ask> asksInOurWords = new HashMap<>();
    private final Map<String, TextSignals.Ask> asksInTheirWords = new HashMap<>();

    /** {@link TextSignals#ask} for these words, read once per brief (the reading is the costly part of the brief). */
    TextSignals.Ask askIn(String text, boolean ours) {
        if (text == null) {
            return null;
        }
        Map<String, TextSignals.Ask> read = ours ? asksInOurWords : asksInTheirWords;
        TextSignals.Ask ask = read.get(text);
        if (ask == null && !read.containsKey(text)) {
            ask = TextSignals.ask(text, ours);
            read.put(text, ask);
        }
        return ask;
    }

    /** What they had bought by the brief's instant, newest first. */
    private List<Purchase> bought = List.of();
    private BriefInput input;

    /** What they had bought by the brief's instant, newest first. */
    List<Purchase> boughtSoFar() {
        return bought;
    }

    BriefInput input() {
        return input;
    }

    /** What was written about the client lately, lower case: how they and we name what they bought. */
    private String recentWords = "";

    private static String recentWords(List<Touchpoint> past) {
        StringBuilder words = new StringBuilder();
        for (Touchpoint t : past.subList(0, Math.min(past.size(), RECENT_WORDS_TOUCHPOINTS))) {
            words.append(t.summary()).append(' ').append(t.outcome() == null ? "" : t.outcome()).append(' ');
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    /** The names of things they bought as said in a sentence, worked out once per brief. */
    private final Map<String, String> spokenNames = new HashMap<>();

    /** The name of a thing they bought as said in a sentence ("the robot vacuum"). */
    String spoken(String itemName) {
        return spokenNames.computeIfAbsent(itemName == null ? "" : itemName, name -> SpokenName.of(name, recentWords));
    }

    static BriefFacts derive(BriefInput in, Instant at) {
        BriefFacts f = new BriefFacts();
        f.input = in;
        f.today = LocalDate.ofInstant(at, in.zone());
        f.greeting = in.client().greetingName();
        f.name = in.client().displayName();
        BriefSettings settings = in.settings();
        f.values.put("greeting", f.greeting);
        f.values.put("name", f.name);

        List<Touchpoint> past = f.touchpoints(in, at);
        f.recentWords = recentWords(past);
        f.purchases(in, past);
        List<Opportunity> opportunities = f.opportunities(in);
        f.followUps(in, at, past);
        OwedByUs.read(f, in, at);
        f.awaitingInWords(in, at, past);
        if (f.awaitingDelivery && !f.values.containsKey("awaitedItem")) {
            f.awaited(in, null); // awaited by an open follow-up alone
        }
        f.renewals(in, past);
        f.competitors(in);
        f.phase(in, settings, past, opportunities);
        f.termLapsed(in); // after the phase: the main term's lapse leads a long-time client's call
        f.leadingMood(in, settings, past);
        f.unhappy(in, settings, past);
        f.complaintMended(in, past);
        f.trust(in, past);
        f.notes(in, at);
        f.tooMuchContact(in, past);
        f.rhythm(in, past);
        f.silenceWeighed();
        f.birthday(in);
        f.treatWaiting(in, past);
        f.personalTouch(in, past);
        f.wishes(in, past);
        f.lately(in, past);
        f.referralInWords(in, past);
        TheirThanks.read(f, in, past);
        f.offers(in, past, opportunities);
        f.newestInterestLeads();
        f.requestOutrun();
        f.prospectHistory(in, past);
        f.quietOutrun();
        f.reviewed(in, past);
        f.problemTold(in, past);
        f.relationship(in, past);
        f.longAway(in, past);
        f.rating(in, past);
        f.unfinished(in, at, past);
        f.dayPassed(in, past);
        f.hardTimes(in, at, past);
        f.quietTheirSide(in, past);
        f.invitation(in, past);
        f.threads(in, past);
        VisitUnsaid.read(f, in, past);
        f.underWay(in, at, past);
        PaidNotGiven.read(f, in, at, past);
        f.requestOutrunBySetup();
        OpenWork.read(f, in, past);
        NewerLeads.read(f);
        LastWord.read(f, in, past);
        DeadlineNotice.read(f, in, past);
        DatesAhead.read(f, in, past);
        OwedByUs.quoteNeverSent(f, in, at, past);
        OwnedLateness.ask(f, in, at, past);
        OpenThreads.ask(f, in, past);
        OpenThreads.noTimeFor(f, in);
        OpenThreads.askedBefore(f, in, past);
        OpenThreads.offer(f, in, past);
        // The chase is read only for a decision left with them (no quote of ours owed or sent for it), so only such an offer is outrun.
        // A wish they told us after we made the offer outruns it, whether it came before our chase or after: they have moved on to
        // something of their own, and a fourth word about our offer would come before it (Lucas Müller, read 51: the gloss package
        // asked after again over his cancellation list)
        f.offerOutrun = f.offerPending && f.offerChasedAgeDays != null && "wish".equals(f.thread) && f.threadAgeDays != null
                && f.offerAgeDays != null && f.threadAgeDays < f.offerAgeDays;
        OpenThreads.renewal(f, in, past);
        OpenThreads.interest(f, in);
        OpenThreads.upsellIsTheOffer(f);
        OwnedLateness.request(f, in, at);
        OwnedLateness.atRisk(f, in, at, past);
        OwnedLateness.quiet(f, in, at, past);
        DoubtNamed.read(f, in);
        DoubtNamed.afterBuying(f, in, past);
        ProspectLastAsk.read(f, in, past);
        AheadAndAside.read(f, in, past);
        RivalWeighed.read(f, in, past);
        LiveThread.read(f, in, past);
        WaitListed.read(f, in, past);
        f.theirTime(in, past);
        WhatFor.read(f, in, past);
        f.theirsOpen(in, past);
        f.closedUnanswered(in, past);
        // a question of theirs still unanswered, or a prospect's own history of asks, is the call; the owed quote is a line of it
        f.quoteOwedLeads = f.quoteOwedLeads && !f.values.containsKey("theirsOpenSaid") && f.phase != Phase.PROSPECT;
        f.checkOwedOverStock();
        AgreedWithUs.read(f, in, past);
        String checkIns = CheckDone.checkInsLately(f, in, past);
        if (checkIns != null) {
            f.values.put("checkInsSaid", checkIns);
        }
        if (f.phase == Phase.HONEYMOON && f.lastPurchase != null && f.values.containsKey("lastPurchase")) {
            CheckDone.Found asked = CheckDone.askedNewClientLately(f, in, past, f.lastPurchase, f.values.get("lastPurchase"));
            if (asked != null) {
                f.values.put("askedHowSaid", Character.toUpperCase(asked.said().charAt(0)) + asked.said().substring(1));
                f.values.put("askedHowNext", asked.nextWhen());
            }
        }
        if (f.values.containsKey("dateAheadWhat") && !f.values.containsKey("metSaid")) {
            f.values.put("dateAheadLeads", "yes"); // a meeting lately is fresher: it leads, and the date is a line of it
        }
        f.values.put("nothingElse", f.somethingOpen() ? "" : f.values.containsKey("metSaid") ? ", and " + f.values.get("metSaid") + " is the newest thing between us"
                : f.goingOn() || leftLooseEnds(past, in, f.today) ? "" : ", and nothing else is going on");
        f.openItemsOnce();
        f.spokenThings();
        f.lastSpokeAbout(in);
        f.ourStrengths = in.ourStrengths().stream().filter(strength -> f.fitsThem(strength, in)).toList();
        for (String field : settings.customFieldsShown()) {
            String value = in.client().customFields().get(field);
            if (value != null && !value.isBlank()) {
                f.shownFields.put(field, value.strip());
            }
        }
        f.theirAsk = f.theirAsk(in);
        in.client().customFields().forEach((field, value) -> {
            if (!f.shownFields.containsKey(field)) {
                f.stepCautions.field(field, value);
            }
        });
        in.client().tags().forEach(f.stepCautions::tag);
        for (String tag : in.client().tags()) {
            List<String> hours = TextSignals.bookingHours(tag.replaceAll("[-_]+", " "));
            if (f.theirHoursWhy == null && !hours.isEmpty()) {
                f.theirHoursWhy = tag.strip();
                f.theirHours = hours;
                f.theirHoursTagged = true;
            }
        }
        return f;
    }

    private static final Pattern OPEN_ITEM_HEAD = Pattern.compile("^[^:]{1,40}?(?:, [^:]{1,30})?: ");
    private static final Pattern OPEN_ITEM_TAIL = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /**
     * Each contact once in the open items: one touchpoint read as an ask and as an offer they weigh
     * up, or a request on record in the words of the ask that opened it, is listed by the first line
     * that names it ("They asked, October 11: Suggested the gloss package …" and "Waiting for their
     * decision: Suggested the gloss package …" are one thing).
     */
    private void openItemsOnce() {
        java.util.Set<String> listed = new java.util.HashSet<>();
        openItems.removeIf(line -> {
            String words = OPEN_ITEM_TAIL.matcher(OPEN_ITEM_HEAD.matcher(line.text()).replaceFirst("")).replaceFirst("");
            int reply = words.indexOf(" \u2014 ");
            String said = stripEnd(reply < 0 ? words : words.substring(0, reply)).toLowerCase(Locale.ROOT);
            return said.length() >= 12 && !listed.add(said);
        });
    }

    /** Open items that are something going on: an ask, an offer, a request, a complaint, a promise or a date of ours. */
    private static final java.util.Set<String> GOING_ON = java.util.Set.of("fact:asked-in-words", "fact:offer-pending", "fact:offer-gone-quiet", "fact:open-request",
            "fact:open-complaint", "fact:follow-up", "fact:renewal", "fact:warranty");

    /**
     * Whether anything is open that a call could be about, so a brief may not say "nothing else is
     * going on" (a roadmap update they asked for in August and never got is going on).
     */
    /** Words of a contact that leave work open, which the brief may not read as a thread but the record holds all the same. */
    private static final Pattern LOOSE_END = Pattern.compile("\\b(?:open tickets?|tickets? (?:still )?open|planned|pending|to follow|actions? for us"
            + "|follow-up (?:session|visit|call)|next session|will (?:send|call|come back|get back)|waiting (?:for|on)|asked for|wants? (?:a|the) )",
            Pattern.CASE_INSENSITIVE);
    /** How far back a contact's loose end keeps the brief from saying that nothing else is going on. */
    private static final int LOOSE_END_DAYS = 240;

    /** A contact of the last months left something open in its own words ("Two open tickets", "Follow-up session planned"). */
    private static boolean leftLooseEnds(List<Touchpoint> past, BriefInput in, LocalDate today) {
        for (Touchpoint t : past) {
            if (days(day(t, in), today) > LOOSE_END_DAYS) {
                break;
            }
            if (LOOSE_END.matcher(t.summary() + " \u2014 " + (t.outcome() == null ? "" : t.outcome())).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean somethingOpen() {
        return values.containsKey("quoteOwedSaid") || values.containsKey("theirsOpenSaid") || values.containsKey("closedUnansweredSaid") || openItems.stream().anyMatch(line -> GOING_ON.contains(line.rule()));
    }

    /**
     * A step of ours still to happen, something they agreed to do with us, or a visit they said they would make (or we
     * booked for them) that never shows: not an open item, but going on all the same.
     */
    private boolean goingOn() {
        return values.containsKey("agreedSaid") || values.containsKey("openWorkSaid") || !"none".equals(values.getOrDefault("stepOwed", "none")) || visitMissed
                || values.containsKey("lapsedSaid") || values.containsKey("lapseWhat") || termEnded;
    }

    // ---- touchpoints: who said what, and whether they answered ----------------------------------

    /** A message of ours that asked for no answer ("No reply needed"). */
    static boolean notice(Touchpoint t) {
        return t.direction() == Direction.OUTBOUND && (TextSignals.saysNoReplyNeeded(t.outcome()) || TextSignals.saysNoReplyNeeded(t.summary())
                || (!heard(t) && (TextSignals.asksNothing(t.summary()) || TextSignals.saysOurStepOnly(t.outcome()))));
    }

    /** True when the touchpoint shows the client's own reaction (see {@link TextSignals#theirReaction}). */
    static boolean heard(Touchpoint t) {
        return TextSignals.theirReaction(t);
    }

    /** How long a written word of ours, with our own follow-up on it still to come, is awaited before its silence counts. */
    private static final int STILL_AWAITED_DAYS = 7;

    private boolean stillAwaited(Touchpoint t, BriefInput in) {
        return t.direction() == Direction.OUTBOUND && (t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE) && !heard(t)
                && t.followUpOn() != null && t.followUpOn().isAfter(today) && days(day(t, in), today) < STILL_AWAITED_DAYS;
    }

    private List<Touchpoint> touchpoints(BriefInput in, Instant at) {
        List<Touchpoint> past = new ArrayList<>();
        for (Touchpoint t : in.touchpoints()) {
            if (!t.occurredAt().isAfter(at)) {
                past.add(t);
            }
        }
        past.sort(Comparator.comparing(Touchpoint::occurredAt).reversed());
        prior = past.isEmpty() ? null : past.get(0);
        // Newest first, and only as far back as needed: a busy client has thousands of touchpoints, and
        // reading their words is the costly part.
        List<Mood> recentMoods = new ArrayList<>();
        boolean stillUnanswered = true;
        Touchpoint firstUnanswered = null;
        for (Touchpoint t : past) {
            if (!stillUnanswered && lastHeard != null && recentMoods.size() == TREND_WINDOW) {
                break;
            }
            boolean fromThem = heard(t);
            // we wrote days ago and set ourselves a day to follow it up that has not come: no silence yet (Juniper Café, read 50)
            if (stillUnanswered && !stillAwaited(t, in)) {
                if (!fromThem && t.direction() == Direction.OUTBOUND) {
                    // A notice that asked for no answer is no attempt that went unanswered, and neither is a tip or news of ours
                    // that asked nothing: opened and let be, it was not ignored.
                    if (!notice(t) && TextSignals.givesOnly(t.summary())) {
                        givenUnanswered++;
                    } else if (!notice(t)) {
                        unansweredInARow++;
                        unansweredChannels.add(t.channel());
                        firstUnanswered = t;
                    }
                } else {
                    stillUnanswered = false;
                }
            }
            if (fromThem && lastHeard == null) {
                lastHeard = t;
            }
            if (fromThem && t.mood() != null && recentMoods.size() < TREND_WINDOW) {
                if (recentMoods.isEmpty()) {
                    moodTouchpoint = t;
                }
                recentMoods.add(t.mood());
            }
        }
        mood = recentMoods.isEmpty() ? null : recentMoods.get(0);
        // Two messages this week with no answer yet are no silence yet: people take a few days to reply.
        // After a long quiet on their side, though, they are a signal at once.
        silenceLasted = firstUnanswered != null && (days(day(firstUnanswered, in), today) >= UNANSWERED_SETTLE_DAYS
                || lastHeard == null || days(day(lastHeard, in), today) >= QUIET_BEFORE_DAYS);
        if (moodTouchpoint != null) {
            values.put("moodWhen", TimeWords.ago(days(day(moodTouchpoint, in), today)));
            // Their words: our own summary of a message of ours says less than the reaction logged as its outcome.
            boolean ours = moodTouchpoint.direction() == Direction.OUTBOUND && moodTouchpoint.outcome() != null
                    && !moodTouchpoint.outcome().isBlank();
            values.put("moodWords", stripEnd(ours ? moodTouchpoint.outcome() : moodTouchpoint.summary()));
        }
        trend = trend(recentMoods);
        moods = recentMoods;
        if (prior != null) {
            priorAnswered = heard(prior);
            daysSinceLastTouchpoint = days(day(prior, in), today);
            values.put("priorChannel", channelPhrase(prior));
            values.put("priorSummary", stripEnd(prior.summary()));
            values.put("priorDate", dayInWords(day(prior, in), today));
            values.put("priorWhen", TimeWords.ago(daysSinceLastTouchpoint));
            values.put("daysSinceLastTouchpoint", String.valueOf(daysSinceLastTouchpoint));
            if (prior.outcome() != null && !prior.outcome().isBlank()) {
                values.put("priorOutcome", stripEnd(prior.outcome()));
            }
            if (prior.followUpOn() != null) {
                values.put("promisedFollowUp", dayInWords(prior.followUpOn(), today));
            }
        }
        if (lastHeard != null) {
            daysSinceLastHeard = days(day(lastHeard, in), today);
            values.put("lastSpokeWhen", TimeWords.ago(daysSinceLastHeard));
            values.put("lastSpokeChannel", channelPhrase(lastHeard));
            values.put("lastSpokeAs", spokeAs(lastHeard));
            // Our note answered only with thanks is no conversation to refer back to: the last one in which they said something is.
            Touchpoint talk = daysSinceLastHeard < JUST_SPOKE_DAYS ? lastHeard : LastConversation.spokeLast(past, lastHeard);
            values.put("lastTalkWhen", TimeWords.ago(days(day(talk, in), today)));
            values.put("lastTalkChannel", channelPhrase(talk));
            values.put("theirWords", stripEnd(lastHeard.summary()));
        }
        // A doubt or a complaint of theirs just before our note is still theirs to follow up on: the note did not settle it.
        boolean theirWorryBefore = lastHeard != null && lastHeard != prior && lastHeard.mood() != null && lastHeard.mood().tone() < 0;
        if (prior != null && prior.direction() == Direction.OUTBOUND && (prior.channel() == Channel.EMAIL || prior.channel() == Channel.MESSAGE)
                && daysSinceLastTouchpoint < JUST_SPOKE_DAYS && (!heard(prior) || LastConversation.politeOnly(prior)) && !theirWorryBefore) {
            ourNoteLast = true;
            values.put("ourNoteOpening", heard(prior) ? "thank you for your kind reply " + TimeWords.ago(daysSinceLastTouchpoint) + "." : "I hope you're well.");
        }
        // our newest note asked how it is going and got no answer: asking the same again, the caller owns that note first
        if (prior != null && prior == firstUnanswered && unansweredInARow == 1 && (prior.channel() == Channel.EMAIL || prior.channel() == Channel.MESSAGE)
                && daysSinceLastTouchpoint >= MISSED_NOTE_MIN_DAYS && daysSinceLastTouchpoint <= MISSED_NOTE_MAX_DAYS && CheckDone.asksHowItIs(prior.summary())) {
            values.put("missedNoteOn", dayInWords(day(prior, in), today));
        }
        if (unansweredInARow > 0) {
            values.put("unansweredCount", unansweredInARow == 2 ? "two" : unansweredInARow == 3 ? "three" : String.valueOf(unansweredInARow));
        }
        return past;
    }


    // ---- purchases: the anchor of the conversation ------------------------------------------------

    private void purchases(BriefInput in, List<Touchpoint> past) {
        baseItem = hasBaseItem(in);
        LocalDate lastDay = null;
        LocalDate first = null;
        List<Purchase> bought = new ArrayList<>();
        for (Purchase p : in.purchases()) {
            if (p.purchasedOn() == null || p.purchasedOn().isAfter(today)) {
                continue;
            }
            bought.add(p);
            first = first == null || p.purchasedOn().isBefore(first) ? p.purchasedOn() : first;
            lastDay = lastDay == null || p.purchasedOn().isAfter(lastDay) ? p.purchasedOn() : lastDay;
        }
        purchases = bought.size();
        purchaseDays = (int) bought.stream().map(Purchase::purchasedOn).distinct().count();
        this.bought = new ArrayList<>(bought);
        this.bought.sort(Comparator.comparing(Purchase::purchasedOn).reversed());
        // A present for someone else is no anchor of theirs, nor the purchase a silence is counted from.
        java.util.Set<Purchase> gifts = bought.isEmpty() ? java.util.Set.of() : GiftBought.of(bought, in);
        if (!gifts.isEmpty()) {
            // A warranty or an installation taken the same day goes with the present.
            java.util.Set<LocalDate> giftDays = new java.util.HashSet<>();
            gifts.forEach(gift -> giftDays.add(gift.purchasedOn()));
            bought.stream().filter(p -> giftDays.contains(p.purchasedOn()) && isAddOn(p, in)).forEach(gifts::add);
        }
        lastBoughtAnything = lastDay;
        if (lastDay != null) {
            LocalDate anyBasketStart = lastDay.minusDays(BASKET_DAYS);
            lastBasketComplex = holdsComplex(bought.stream().filter(p -> !p.purchasedOn().isBefore(anyBasketStart)).toList(), in);
        }
        if (!gifts.isEmpty() && gifts.size() < bought.size()) {
            bought.removeAll(gifts);
            lastDay = bought.stream().map(Purchase::purchasedOn).max(Comparator.naturalOrder()).orElse(lastDay);
        }
        firstPurchase = first;
        if (lastDay == null) {
            return;
        }
        LocalDate basketStart = lastDay.minusDays(BASKET_DAYS);
        List<Purchase> basket = bought.stream().filter(p -> !p.purchasedOn().isBefore(basketStart)).toList();
        lastPurchase = namedOnItsDay(basket, anchor(basket, in), past, in);
        BigDecimal mainValue = value(anchor(bought, in), in);
        this.mainValue = mainValue;
        lastPurchase = notYetAskedAfter(basket, lastPurchase, mainValue, past, in);
        // Past its first fortnight, a small thing bought lately (chargers beside a licence, a kettle beside an oven) no longer anchors the talk.
        boolean settledIn = days(lastDay, today) > BASKET_DAYS;
        if (minor(lastPurchase, in, mainValue) || settledIn && smallBeside(lastPurchase, in, mainValue)) {
            // Only an add-on, a retail item, a voucher or a small service lately: the conversation hangs on the last real item instead.
            LocalDate yearBefore = lastDay.minusDays(MAIN_ITEM_DAYS);
            // A complex thing kept or running for a term (a licence, an oven) is what the relationship is about, before a service line or a newer small thing.
            Purchase item = bought.stream().filter(p -> !minor(p, in, mainValue) && !(settledIn && smallBeside(p, in, mainValue))
                            && !p.purchasedOn().isBefore(yearBefore))
                    .max(Comparator.comparing((Purchase p) -> complexity(p, in) == Complexity.COMPLEX && (kind(p, in) == ItemKind.KEPT || kind(p, in) == ItemKind.TERM))
                            .thenComparing(Purchase::purchasedOn)).orElse(null);
            lastPurchase = item == null ? lastPurchase : item;
        }
        lastPurchaseOn = lastDay;
        // The headline's "last" is the newest thing of substance: a fridge freezer a week after the oven, not a warranty or chargers after it.
        LocalDate latestDay = basket.stream().filter(p -> !minor(p, in, mainValue) && !smallBeside(p, in, mainValue))
                .map(Purchase::purchasedOn).max(Comparator.naturalOrder()).orElse(null);
        Purchase latest = latestDay == null ? anchor(basket, in)
                : anchor(basket.stream().filter(p -> p.purchasedOn().equals(latestDay)).toList(), in);
        lastBoughtName = itemName(latest, in);
        lastBoughtOn = latest.purchasedOn();
        Product product = product(lastPurchase, in);
        complexity = holdsComplex(basket, in) ? Complexity.COMPLEX : Complexity.SIMPLE;
        category = product == null ? null : product.category();
        lastPurchaseName = itemName(lastPurchase, in);
        mainProductName = itemName(anchor(bought, in), in);
        daysSincePurchase = days(lastDay, today);
        Purchase anchorItem = lastPurchase;
        itemKind = kind(anchorItem, in);
        repeatPurchase = boughtAgain(anchorItem, in, true);
        // Something renewed is neither a one-off nor a "next one": the renewal rules speak of it.
        repeatable = anchorItem.renewalOn() == null && itemKind != ItemKind.PREPAID && itemKind != ItemKind.OCCASION
                && (repeatPurchase || boughtAgain(anchorItem, in, false) || repeatableByNature(anchorItem, in, itemKind));
        termEnded(in);
        values.put("lastPurchase", spoken(lastPurchaseName));
        values.put("enjoyMost", enjoyMost(spoken(lastPurchaseName), lastPurchaseName));
        values.put("mainProduct", spoken(mainProductName));
        String choseFor = Superseded.choseFor(lastPurchase, in);
        if (choseFor != null) {
            values.put("choseFor", choseFor);
        }
        // Counted by the days they bought: an installation or a warranty taken with the washer-dryer is one purchase, not three.
        long occasions = this.bought.stream().map(Purchase::purchasedOn).distinct().count();
        values.put("customSoFar", occasions == 1 ? spoken(mainProductName) : renewedOnly() ? spoken(mainProductName) + renewedSoFar(occasions, lastDay)
                : occasions + " purchases, above all " + spoken(mainProductName));
        values.put("lastPurchaseDate", dayInWords(lastDay, today));
        values.put("purchaseWhen", TimeWords.ago(days(lastPurchase.purchasedOn(), today)));
        values.put("daysSincePurchase", String.valueOf(daysSincePurchase));
    }


    /**
     * Two things of one day worth much the same (the Fleet Tracking licence and the trackers for it): what the day's own
     * words name is what they signed for, and the other came with it ("Contract for the Fleet Tracking licence signed",
     * read 39: Dmitri's call was about the trackers, dearer by a little). A day whose words name the dearer one, or none,
     * keeps it.
     */
    private Purchase namedOnItsDay(List<Purchase> basket, Purchase anchor, List<Touchpoint> past, BriefInput in) {
        if (anchor == null || basket.size() < 2) {
            return anchor;
        }
        List<String> dayWords = new ArrayList<>();
        for (Touchpoint t : past) {
            if (day(t, in).equals(anchor.purchasedOn())) {
                dayWords.add(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()));
            }
        }
        String anchorName = spoken(itemName(anchor, in));
        if (dayWords.isEmpty() || dayWords.stream().anyMatch(words -> namesAll(anchorName, words))) {
            return anchor;
        }
        BigDecimal half = value(anchor, in).divide(BigDecimal.valueOf(2));
        for (Purchase p : basket) {
            if (p != anchor && p.purchasedOn().equals(anchor.purchasedOn()) && !isAddOn(p, in) && value(p, in).compareTo(half) >= 0
                    && complexity(p, in) == complexity(anchor, in)) {
                String name = spoken(itemName(p, in));
                if (dayWords.stream().anyMatch(words -> namesAll(name, words))) {
                    return p;
                }
            }
        }
        return anchor;
    }

    /**
     * The dearest thing of the last basket, once a check of ours or a word of theirs since said it is going well, is
     * settled: a later thing of the same basket that nobody has asked after yet, and that is no small extra beside it,
     * is what the call is about (the oven Dev found "All working", then the fridge freezer she chose a week later).
     */
    private Purchase notYetAskedAfter(List<Purchase> basket, Purchase anchor, BigDecimal mainValue, List<Touchpoint> past, BriefInput in) {
        ItemKind kind = anchor == null ? null : kind(anchor, in);
        // A colour asked after is still the colour they come back for: only a thing kept or running for a term is seen to by a check.
        if (anchor == null || basket.size() < 2 || kind != ItemKind.KEPT && kind != ItemKind.TERM || !askedAfter(anchor, past, in)) {
            return anchor;
        }
        return basket.stream()
                .filter(p -> p.purchasedOn().isAfter(anchor.purchasedOn()) && !minor(p, in, mainValue) && !smallBeside(p, in, mainValue)
                        && !askedAfter(p, past, in))
                .max(Comparator.comparing((Purchase p) -> value(p, in))).orElse(anchor);
    }

    /** A contact after the day they bought it names it and says it is going well ("All working"): someone has asked after it. */
    private boolean askedAfter(Purchase p, List<Touchpoint> past, BriefInput in) {
        String thing = spoken(itemName(p, in));
        for (Touchpoint t : past) {
            if (!day(t, in).isAfter(p.purchasedOn())) {
                break; // newest first
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (heard(t) && namesAll(thing, words) && TextSignals.saysWentWell(words)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WEDDING = Pattern.compile("\\b(wedding|bridal|bride)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_THE_DAY = Pattern.compile("\\b(trials?|consult\\w*|rehearsal|practice|test)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What to ask a new client about the thing they bought: what they enjoy most about something they keep, and for the
     * styling of one day (an event updo) how the day went; a trial before the day is still a thing of its own.
     */
    private String enjoyMost(String thing, String name) {
        if (itemKind != ItemKind.OCCASION || BEFORE_THE_DAY.matcher(name).find()) {
            return "what they enjoy most about " + thing + " so far";
        }
        return "how " + (WEDDING.matcher(name).find() ? "the wedding" : "the big day") + " went, and whether " + thing + " was all they hoped for";
    }

    /** The words name every word of the thing ("the dispatch licence": dispatch and licence), not only its last. */
    private static boolean namesAll(String thing, String words) {
        boolean any = false;
        for (String word : thing.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() < 3 || word.equals("the") || word.equals("their")) {
                continue;
            }
            if (!Pattern.compile("\\b" + Pattern.quote(word) + "s?\\b", Pattern.CASE_INSENSITIVE).matcher(words).find()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** They bought this thing, or another of its category, on another day (with {@code before}, an earlier one): something they come back for. */
    private boolean boughtAgain(Purchase item, BriefInput in, boolean before) {
        String line = line(item, in, false);
        String category = line(item, in, true);
        for (Purchase p : bought) {
            // Two appliances of one category are two things (a washer, then a dryer); two services of one are a habit.
            boolean sameCategory = category != null && category.equals(line(p, in, true)) && item.warrantyUntil() == null && p.warrantyUntil() == null;
            boolean otherDay = before ? p.purchasedOn().isBefore(item.purchasedOn()) : !p.purchasedOn().equals(item.purchasedOn());
            if (otherDay && (line.equals(line(p, in, false)) || sameCategory)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a thing bought once is by nature: a service done on the day (a cut, a colour) or
     * something used up (a shampoo) comes round again; something kept (a fridge), a project
     * (an installation), a voucher or an occasion does not.
     */
    private static boolean repeatableByNature(Purchase item, BriefInput in, ItemKind kind) {
        // A cut or a shampoo comes round again; an installation, an oven or a voucher does not.
        return kind == ItemKind.CONSUMABLE || kind == ItemKind.SERVICE && !isAddOn(item, in);
    }

    static ItemKind kind(Purchase p, BriefInput in) {
        Product product = product(p, in);
        return ItemKind.of(itemName(p, in), product == null ? null : product.category(), p.renewalOn() != null, p.warrantyUntil() != null);
    }

    private static final Pattern VOUCHER = Pattern.compile("\\b(gift|vouchers?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Not what the relationship is about when something bigger was bought: an add-on, a retail item,
     * a gift voucher, or a small service (a quarter of the main item's value or less).
     */
    private boolean minor(Purchase p, BriefInput in, BigDecimal mainValue) {
        if (addsToSomething(p, in, baseItem)) {
            return true;
        }
        ItemKind kind = kind(p, in);
        return kind == ItemKind.CONSUMABLE || kind == ItemKind.PREPAID && VOUCHER.matcher(itemName(p, in)).find()
                || kind == ItemKind.SERVICE && complexity(p, in) != Complexity.COMPLEX && value(p, in).multiply(BigDecimal.valueOf(4)).compareTo(mainValue) <= 0;
    }

    /**
     * Something simple kept or running for a term, worth a quarter of the relationship's main item or
     * less: an accessory or a small extra beside it, not what the relationship is about.
     */
    private static boolean smallBeside(Purchase p, BriefInput in, BigDecimal mainValue) {
        ItemKind kind = kind(p, in);
        return (kind == ItemKind.KEPT || kind == ItemKind.TERM) && complexity(p, in) != Complexity.COMPLEX
                && value(p, in).multiply(BigDecimal.valueOf(4)).compareTo(mainValue) <= 0;
    }

    /**
     * The anchor runs for a term (a licence, a plan) whose renewal day has passed with no renewal of
     * it on record since: it ran out.
     */
    private void termEnded(BriefInput in) {
        if (itemKind != ItemKind.TERM || lastPurchase.renewalOn() == null || !lastPurchase.renewalOn().isBefore(today)) {
            return;
        }
        String line = line(lastPurchase, in, false);
        for (Purchase p : bought) {
            if (p.purchasedOn().isAfter(lastPurchase.purchasedOn()) && line.equals(line(p, in, false))) {
                return;
            }
        }
        termEnded = true;
        String talk = renewalTalk(spoken(lastPurchaseName), lastPurchase.purchasedOn(), lastPurchase.renewalOn(), in);
        if (talk != null) {
            values.put("termEndedTalk", talk); // its renewal was in hand: a missing purchase is ours to look into, not their choice
        }
        values.put("termEndedItem", spoken(lastPurchaseName));
        values.put("termEndedWhen", TimeWords.ago(days(lastPurchase.renewalOn(), today)));
        values.put("termEndedOn", dayInWords(lastPurchase.renewalOn(), today));
    }

    /** What a purchase is, to tell a repeat: its product (or its words, off the catalogue), or with {@code byCategory} its category (or null). */
    private static String line(Purchase p, BriefInput in, boolean byCategory) {
        Product product = product(p, in);
        if (byCategory) {
            return product == null || product.category() == null || product.category().isBlank() ? null
                    : "category:" + product.category().strip().toLowerCase(Locale.ROOT);
        }
        return p.productId() != null ? p.productId().toString() : itemName(p, in).toLowerCase(Locale.ROOT);
    }

    /** The item a set of purchases is about: not an add-on if anything else was bought, then the most valuable, then complex. */
    private Purchase anchor(List<Purchase> purchases, BriefInput in) {
        Comparator<Purchase> order = Comparator
                .comparing((Purchase p) -> addsToSomething(p, in, baseItem))
                .thenComparing((Purchase p) -> value(p, in), Comparator.reverseOrder())
                .thenComparing((Purchase p) -> complexity(p, in) == Complexity.COMPLEX ? 0 : 1)
                .thenComparing(Purchase::purchasedOn, Comparator.reverseOrder());
        return purchases.stream().min(order).orElse(null);
    }

    private static boolean isAddOn(Purchase p, BriefInput in) {
        return p != null && ADD_ON.matcher(itemName(p, in)).find();
    }

    /**
     * An add-on that sits beside something of theirs: a licence's add-on running for a term, with no
     * licence or kept thing of theirs to add to ("FieldLine mobile app add-on (annual)", renewed for
     * three users), is itself what the relationship is about.
     */
    private static boolean addsToSomething(Purchase p, BriefInput in, boolean hasBaseItem) {
        return isAddOn(p, in) && (hasBaseItem || kind(p, in) != ItemKind.TERM);
    }

    /** {@link #hasBaseItem} of this client, read once: every anchor and small-extra test asks it. */
    private boolean baseItem;

    /** Whether they have something kept or running for a term that is no add-on: what an add-on adds to. */
    private static boolean hasBaseItem(BriefInput in) {
        for (Purchase p : in.purchases()) {
            ItemKind kind = kind(p, in);
            if ((kind == ItemKind.KEPT || kind == ItemKind.TERM) && !isAddOn(p, in)) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal value(Purchase p, BriefInput in) {
        if (p.amount() != null) {
            return p.amount();
        }
        Product product = product(p, in);
        return product != null && product.price() != null ? product.price() : BigDecimal.ZERO;
    }

    private static Product product(Purchase p, BriefInput in) {
        return p == null || p.productId() == null ? null : in.products().get(p.productId());
    }

    private static Complexity complexity(Purchase p, BriefInput in) {
        Product product = product(p, in);
        return product == null || product.complexity() == null ? Complexity.SIMPLE : product.complexity();
    }

    static String itemName(Purchase p, BriefInput in) {
        Product product = product(p, in);
        if (product != null) {
            return product.name();
        }
        return p == null || p.description() == null || p.description().isBlank() ? "their purchase" : p.description().strip();
    }

    // ---- opportunities: complaints, requests, refusals, fixes ----------------------------------------

    private List<Opportunity> opportunities(BriefInput in) {
        List<Opportunity> known = new ArrayList<>();
        Opportunity newestRequest = null;
        LocalDate newestUpsell = null;
        LocalDate fixOn = null;
        for (Opportunity o : in.opportunities()) {
            if (o.openedOn() != null && o.openedOn().isAfter(today)) {
                continue;
            }
            known.add(o);
            boolean open = o.status() == OpportunityStatus.OPEN && (o.closedOn() == null || o.closedOn().isAfter(today));
            boolean settledComplaint = o.kind() == OpportunityKind.COMPLAINT && !open;
            LocalDate settledOn = o.closedOn() == null ? o.openedOn() : o.closedOn();
            boolean remembered = settledOn != null && days(settledOn, today) <= FIX_REMEMBERED_DAYS;
            // a complaint closed as lost was never put right, whatever the touchpoints said was booked
            if (settledComplaint && remembered && o.status() == OpportunityStatus.WON && (fixOn == null || later(o.closedOn(), fixOn))) {
                fixOn = o.closedOn() == null ? o.openedOn() : o.closedOn();
                fixedOnRecord = true;
                values.put("lastFix", stripEnd(o.summary()));
            }
            if (o.kind() == OpportunityKind.REFUSAL) {
                if (supersededByPurchase(o, in)) {
                    continue;
                }
                refusal = true;
                String reason = o.reasonText() != null && !o.reasonText().isBlank() ? o.reasonText()
                        : o.reasonCode() != null ? o.reasonCode().toLowerCase(Locale.ROOT).replace('_', ' ') : "no reason given";
                openItems.add(new BriefLine("Refused: " + o.summary() + " (reason: " + stripEnd(reason) + ", " + when(o.openedOn()) + ")",
                        "fact:refusal", null, "what they turned down, and why, so it is not offered again blindly"));
                if (!values.containsKey("refused")) {
                    values.put("refused", stripEnd(o.summary()));
                    values.put("refusalReason", stripEnd(reason));
                    if (o.openedOn() != null && RefusalWait.over(reason, o.openedOn(), today)) {
                        values.put("refusalWaitOver", "true");
                        values.put("refusalOn", dayInWords(o.openedOn(), today));
                        String thing = TextSignals.theThing(o.summary());
                        values.put("refusedThing", thing != null ? thing : "\u201c" + stripEnd(o.summary()) + "\u201d");
                    }
                }
            } else if (o.kind() == OpportunityKind.REFERRAL && o.status() != OpportunityStatus.DISMISSED) {
                // A review is often logged as a referral; the caller must not thank them for sending someone they did not send.
                boolean review = TextSignals.saysReviewWritten(o.summary()) && !TextSignals.saysReferral(o.summary());
                openItems.add(new BriefLine((review ? "They reviewed us: " : "They referred someone: ") + o.summary() + " (" + when(o.openedOn()) + ")",
                        "fact:referral", null, "a kindness worth thanking them for"));
                // "Will recommend us at work", still open: only meant, with nobody sent yet, so no thank-you for sending someone
                if (!Superseded.thankedFor(o.openedOn(), in, today) && !values.containsKey("referral")
                        && (o.status() == OpportunityStatus.WON || !TextSignals.saysReferralPromised(o.summary()))) {
                    values.put("referral", stripEnd(o.summary()));
                    referralThanksStale = ThanksOnce.stale(o.openedOn(), in, today);
                }
            } else if (open && o.kind() == OpportunityKind.UPSELL && o.openedOn() != null && days(o.openedOn(), today) <= UPSELL_DAYS
                    && !supersededByPurchase(o, in)) { // "their coffee maker is on its last legs", then they bought one from us
                openItems.add(new BriefLine("Opening on record: " + o.summary() + " (" + when(o.openedOn()) + ")", "fact:upsell", null,
                        "something we noted they may need"));
                if (newestUpsell == null || o.openedOn().isAfter(newestUpsell)) {
                    newestUpsell = o.openedOn();
                    values.put("upsell", stripEnd(o.summary()));
                    values.put("upsellWhen", when(o.openedOn()));
                }
            } else if (open && o.kind() == OpportunityKind.COMPLAINT) {
                if (!openComplaint) {
                    values.put("complaint", stripEnd(o.summary()));
                    values.put("complaintWhen", when(o.openedOn()));
                    complaintOn = o.openedOn();
                }
                openComplaint = true;
                openItems.add(new BriefLine("Open complaint: " + o.summary() + " (since " + when(o.openedOn()) + ")",
                        "fact:open-complaint", null, "it is still open"));
            } else if (open && o.kind() == OpportunityKind.REQUEST && !answeredByPurchase(o, in)) {
                openRequest = true;
                if (newestRequest == null || later(o.openedOn(), newestRequest.openedOn())) {
                    newestRequest = o;
                }
                openItems.add(new BriefLine("Open request: " + o.summary() + " (since " + when(o.openedOn()) + ")",
                        "fact:open-request", null, "they are waiting for an answer"));
            }
        }
        if (newestRequest != null) {
            request(stripEnd(newestRequest.summary()), newestRequest.openedOn());
            String phrase = TextSignals.requestPhrase(newestRequest.summary());
            values.put("requestWhat", phrase);
            values.put("requestWhatYou", TextSignals.toSecondPerson(phrase));
        }
        return known;
    }

    private void request(String what, LocalDate since) {
        values.put("request", what);
        if (since != null) {
            requestAgeDays = days(since, today);
            values.put("requestWhen", TimeWords.ago(requestAgeDays));
        } else {
            values.put("requestWhen", "a while ago");
        }
    }

    /** A refusal stops counting once they bought the same product, or something of its category or named in it, after it. */
    /**
     * A request they settled themselves by buying what it was about since ("Asked if we stock a
     * slimline dryer", then bought the dryer it was noted against), bought on or after the day it was asked. Not by
     * words alone: a colour-protect shampoo bought since does not answer "stock a fragrance-free shampoo".
     */
    private boolean answeredByPurchase(Opportunity request, BriefInput in) {
        return request.productId() != null && boughtSince(request, in).anyMatch(p -> request.productId().equals(p.productId()));
    }

    /** A basket with something complex in it (a licence, an oven) makes the whole purchase complex. */
    private static boolean holdsComplex(List<Purchase> basket, BriefInput in) {
        return basket.stream().anyMatch(p -> complexity(p, in) == Complexity.COMPLEX);
    }

    /**
     * The thing the newest open ask of theirs is about: a request, or an offer whose words say they asked ("keeps asking about
     * the blow-dry club membership"), with nothing of it bought since. An avoid line on selling must leave it to be talked of.
     */
    private String theirAsk(BriefInput in) {
        Opportunity newest = null;
        for (Opportunity o : in.opportunities()) {
            boolean open = o.status() == OpportunityStatus.OPEN && o.openedOn() != null && !o.openedOn().isAfter(today)
                    && days(o.openedOn(), today) <= THEIR_ASK_DAYS;
            boolean ask = o.kind() == OpportunityKind.REQUEST || o.kind() == OpportunityKind.UPSELL && TextSignals.saysTheyAsked(o.summary());
            if (open && ask && (newest == null || o.openedOn().isAfter(newest.openedOn()))) {
                newest = o;
            }
        }
        if (newest == null) {
            return null;
        }
        Opportunity ask = newest;
        Product product = ask.productId() == null ? null : in.products().get(ask.productId());
        if (product != null) {
            boolean bought = boughtSince(ask, in).anyMatch(p -> ask.productId().equals(p.productId()));
            return bought ? null : SpokenName.of(product.name(), "");
        }
        return ask.summary() == null ? null : ThingAsked.in(ask.summary());
    }

    /** What they bought from the day {@code opportunity} was opened (any day, when it has none) up to today. */
    private java.util.stream.Stream<Purchase> boughtSince(Opportunity opportunity, BriefInput in) {
        return in.purchases().stream().filter(p -> p.purchasedOn() != null && !p.purchasedOn().isAfter(today)
                && (opportunity.openedOn() == null || !p.purchasedOn().isBefore(opportunity.openedOn())));
    }

    private boolean supersededByPurchase(Opportunity refusal, BriefInput in) {
        Product refused = refusal.productId() == null ? null : in.products().get(refusal.productId());
        String words = (refusal.summary() == null ? "" : refusal.summary()).toLowerCase(Locale.ROOT);
        return boughtSince(refusal, in).anyMatch(p -> {
            Product bought = product(p, in);
            String category = bought == null ? null : bought.category();
            return refusal.productId() != null && refusal.productId().equals(p.productId())
                    || category != null && refused != null && category.equalsIgnoreCase(refused.category())
                    || mentions(words, category) || mentions(words, lastWord(itemName(p, in)));
        });
    }

    private static boolean mentions(String words, String thing) {
        if (thing == null || thing.length() < 3) {
            return false;
        }
        String singular = TRAILING_S.matcher(thing.toLowerCase(Locale.ROOT)).replaceAll("");
        // the plain look first: most things are not in the words at all, and compiling the pattern is the costly part
        return singular.length() >= 3 && words.contains(singular) && Pattern.compile("\\b" + Pattern.quote(singular) + "s?\\b").matcher(words).find();
    }

    private static String lastWord(String text) {
        String[] words = SPACES.split(BRACKETED.matcher(text).replaceAll("").strip());
        return words.length == 0 ? null : words[words.length - 1];
    }

    // ---- follow-ups, renewals, competitors -------------------------------------------------------

    /**
     * Follow-ups due within a month, and the promise we are late with: the earliest overdue one with
     * no contact since its day. One we have been in touch since is listed, but does not lead the call:
     * it was most likely seen to and not ticked off.
     */
    private void followUps(BriefInput in, Instant at, List<Touchpoint> past) {
        List<FollowUp> latePromises = new ArrayList<>();
        LocalDate lastContact = past.isEmpty() ? null : day(past.get(0), in);
        for (FollowUp fu : in.followUps()) {
            if (!openAt(fu, at)) {
                continue;
            }
            // months after the purchase, only a follow-up that names it is about its delivery: "Call Ryan back about delivery
            // times", open beside a microwave bought in September, answers a question about something else
            if (!fu.dueOn().isBefore(today) && lastPurchaseOn != null && !fu.dueOn().isBefore(lastPurchaseOn)
                    && TextSignals.saysDelivery(fu.reason()) && (daysSincePurchase <= AWAITED_DAYS
                    || values.containsKey("lastPurchase") && OpenThreads.names(fu.reason(), values.get("lastPurchase")))) {
                awaitingDelivery = true;
            }
            if (!fu.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                boolean late = fu.dueOn().isBefore(today);
                boolean given = late && OwedByUs.given(fu.reason(), in, at, fu.dueOn());
                boolean contactSince = late && (lastContact != null && !lastContact.isBefore(fu.dueOn()) || given);
                // A reminder to sell again, or to call in some months, is ours, not a promise the client is waiting for.
                boolean promise = !TextSignals.saysSalesReminder(fu.reason()) && !TextSignals.saysOwnReminder(fu.reason())
                        && (!TextSignals.saysOwnStep(fu.reason()) || toldThem(fu, past)) && !demoNobodySpokeOf(fu, past);
                if (late && promise && !contactSince) {
                    latePromises.add(fu);
                }
                String note = given ? "; given on record, so close it" : contactSince ? "; in touch since, so close it if it was done" : late && !promise ? "; a reminder of ours" : "";
                openItems.add(new BriefLine((late ? "Overdue follow-up: " : "Follow-up due: ") + stripEnd(fu.reason())
                        + " (" + dayInWords(fu.dueOn(), today) + note + ")",
                        "fact:follow-up", null, late ? "we said we would, and the day has passed" : "it is coming up"));
            }
        }
        // the earliest late promise leads; of ties, the first listed
        latePromises.sort(java.util.Comparator.comparing(FollowUp::dueOn));
        followUpOverdue |= !latePromises.isEmpty();
        FollowUp overdue = latePromises.isEmpty() ? null : latePromises.remove(0);
        if (overdue != null) {
            values.put("overdueFollowUp", stripEnd(overdue.reason()));
            values.put("overdueFollowUpDate", dayInWords(overdue.dueOn(), today));
            List<String> theirNames = List.of(in.client().displayName(), greeting == null ? "" : greeting, in.client().displayName().split(" ")[0]);
            String owed = OwedWords.thing(stripEnd(overdue.reason()), theirNames);
            values.put("overdueWhat", owed != null ? owed : "what we promised (\u201c" + stripEnd(overdue.reason()) + "\u201d)");
            String step = owed != null ? null : OwedWords.step(stripEnd(overdue.reason()), theirNames);
            values.put("overduePromised", owed != null ? "we promised you " + owed + " by " + dayInWords(overdue.dueOn(), today)
                    : step != null ? "we said we'd " + step + " by " + dayInWords(overdue.dueOn(), today)
                    : "we promised to get back to you by " + dayInWords(overdue.dueOn(), today));
            latePromises.removeIf(fu -> days(fu.dueOn(), today) > ALSO_OWED_DAYS); // a promise a season old is for the list, not the call
            values.put("overdueAlso", latePromises.isEmpty() ? "" : alsoOwed(latePromises.get(0), theirNames));
            values.put("overdueAsked", promisedFor(overdue, in, past));
            OwedWords.Call call = owed == null ? OwedWords.call(stripEnd(overdue.reason()), theirNames) : null;
            if (call != null) {
                promisedCall(overdue, call, in, past);
            }
        }
        if (prior != null && prior.followUpOn() != null && prior.followUpOn().isBefore(today)) {
            // Done is done: the promise of the last touchpoint is late only while a follow-up for that day is still open.
            boolean recorded = false;
            boolean open = false;
            for (FollowUp fu : in.followUps()) {
                if (fu.dueOn().equals(prior.followUpOn())) {
                    recorded = true;
                    open |= openAt(fu, at);
                }
            }
            priorFollowUpOverdue = !recorded || open;
        }
    }

    private static final Pattern BOOK_DEMO = Pattern.compile("^\\s*book\\b[^.;]{0,50}\\bdemo\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Book the barcode scanners demo" when no contact with them ever spoke of a demo, and none told them we would book one: a
     * to-do of ours, not a promise they wait on (Sanjay Clarke, read 53's book: he had asked about lead times).
     */
    private static boolean demoNobodySpokeOf(FollowUp fu, List<Touchpoint> past) {
        if (!BOOK_DEMO.matcher(fu.reason()).find()) {
            return false;
        }
        for (Touchpoint t : past) {
            if (summaryAndOutcome(t).toLowerCase(Locale.ROOT).contains("demo") && heard(t)) {
                return false;
            }
        }
        return !toldThem(fu, past);
    }

    /**
     * A step of our own is a promise to them only when a contact it was set on says we told them of it ("we'll book you in
     * for the next one"); a to-do we wrote for ourselves after "No rebooking yet" is not one.
     */
    private static boolean toldThem(FollowUp fu, List<Touchpoint> past) {
        for (Touchpoint t : past) {
            if (fu.dueOn().equals(t.followUpOn())
                    && TextSignals.saysToldThem(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A second promise we are late with, beside the one that leads: said as owed in the talking points, not
     * only listed ("We also owe them the price for the repair mask (October 20)").
     */
    static final int ALSO_OWED_DAYS = 90;

    private String alsoOwed(FollowUp fu, List<String> theirNames) {
        String owed = OwedWords.thing(stripEnd(fu.reason()), theirNames);
        return (owed != null ? "We also owe them " + owed : "We are late with another promise too: \u201c" + stripEnd(fu.reason()) + "\u201d")
                + " (" + dayInWords(fu.dueOn(), today) + "): see to it on the same call, or give a date for it.";
    }

    /**
     * The question of theirs the late promise was made to answer: the contact that set its day, theirs, asking
     * something ("Asked how often the short cut needs refreshing — No booking yet", call-back due December 3).
     * Keeping the promise is answering that, so the line says it in their words; empty when the promise was
     * not made for a question of theirs.
     */
    /** "the oven is installed": the thing, its verb, and the word that says what was done to it. */
    private static final Pattern EVENT = Pattern.compile(
            "^((?:the|their|your|his|her|our)\\s+.+?)\\s+(is|are|has been|have been|gets|get)\\s+(installed|fitted|plumbed in|connected|delivered|set up|done|finished|repaired|fixed|serviced)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A late promise that is a call of ours: the call is the promise, and what it is about is said, so it can be asked on it.
     * Its subject comes from its own words ("back about delivery times", "after the oven is installed"); for a bare "Call Jana
     * back", from the contact it was made on (a purchase its words name, or what they asked on it). Nothing found: the
     * follow-up keeps the frame of a thing we owe.
     */
    private void promisedCall(FollowUp promise, OwedWords.Call call, BriefInput in, List<Touchpoint> past) {
        String promised = dayInWords(promise.dueOn(), today);
        String said;
        String about;
        String thing;
        if (call.about() != null) {
            thing = stripEnd(call.about());
            about = thing;
            said = "We promised to get back to them about " + thing + " by " + promised + ": have what they were waiting to hear on it ready.";
        } else if (call.after() != null) {
            Matcher event = EVENT.matcher(stripEnd(call.after()));
            if (!event.matches()) {
                return;
            }
            thing = event.group(1);
            boolean many = event.group(2).toLowerCase(Locale.ROOT).matches("are|have been|get");
            String done = event.group(3).toLowerCase(Locale.ROOT);
            String since = thing + (many ? " were " : " was ") + done;
            String how = "how " + thing + (many ? " have" : " has") + " been since";
            String check = done.matches("installed|fitted|plumbed in|connected") ? (many ? "they were" : "it was") + " fitted well"
                    : done.equals("delivered") ? (many ? "they" : "it") + " arrived in good order"
                    : "all went as it should";
            about = thing + " since " + (many ? "they were " : "it was ") + done;
            said = "We promised to check in once " + since + " (by " + promised + "): ask " + how + ", and whether " + check + ".";
            values.put("overduePromised", "we said we'd call you by " + dayInWords(promise.dueOn(), today) + ", once "
                    + since);
        } else {
            Touchpoint madeOn = null;
            for (Touchpoint t : past) {
                if (promise.dueOn().equals(t.followUpOn())) {
                    madeOn = t;
                    break;
                }
            }
            if (madeOn == null) {
                return;
            }
            String words = madeOn.summary() + " " + (madeOn.outcome() == null ? "" : madeOn.outcome());
            String contact = (madeOn.direction() == Direction.INBOUND ? "their " : "our ") + madeOn.channel().name().toLowerCase(Locale.ROOT)
                    + " of " + dayInWords(day(madeOn, in), today);
            Purchase named = null;
            String namedAs = null;
            LocalDate madeDay = day(madeOn, in);
            for (Purchase p : in.purchases()) {
                if (p.purchasedOn() == null || p.purchasedOn().isAfter(madeDay) || named != null && !p.purchasedOn().isAfter(named.purchasedOn())) {
                    continue;
                }
                String as = namedIn(itemName(p, in), words);
                if (as != null) {
                    named = p;
                    namedAs = as;
                }
            }
            if (named != null) {
                thing = namedAs;
                about = thing;
                String ask = kind(named, in) == ItemKind.SERVICE
                        ? "whether " + thing + " was done and went as it should, and whether all has been well since"
                        : "how " + thing + " has been, and whether anything about it needs us";
                said = "We promised to get back to them by " + promised + ", after " + contact + " about " + thing + ": ask " + ask + ".";
            } else {
                TextSignals.Ask ask = madeOn.direction() == Direction.INBOUND ? TextSignals.ask(madeOn.summary(), false) : null;
                if (!ReportedQuestion.of(ask)) {
                    return;
                }
                thing = ask.phrase();
                about = "what they asked on " + contact + " (" + ask.phrase() + ")";
                said = "We promised to get back to them by " + promised + ", after " + contact + ", when they asked " + ask.phrase()
                        + ": have the answer ready, or say honestly where it stands.";
            }
        }
        overdueCall = true;
        values.put("overdueCallSaid", said);
        values.put("overdueCallAbout", about);
        values.put("overdueCallThing", thing);
    }

    /** A purchase said as the words say it ("the repair call-out" of "Repair call-out for a dishwasher bought elsewhere"), or null. */
    private static String namedIn(String itemName, String words) {
        String head = itemName.replaceAll("\\(.*?\\)", "").split("(?i)\\s+(?:for|with|from|to|in|on)\\s+")[0].strip();
        String[] parts = SPACES.split(head);
        String lower = words.toLowerCase(Locale.ROOT);
        for (int from = 0; from < parts.length; from++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length)).toLowerCase(Locale.ROOT);
            if (tail.length() >= 4 && Pattern.compile("\\b" + Pattern.quote(tail) + "s?\\b").matcher(lower).find()) {
                return "the " + tail;
            }
        }
        return null;
    }

    private String promisedFor(FollowUp promise, BriefInput in, List<Touchpoint> past) {
        for (Touchpoint t : past) {
            if (t.direction() != Direction.INBOUND || !promise.dueOn().equals(t.followUpOn())) {
                continue;
            }
            TextSignals.Ask ask = TextSignals.ask(t.summary(), false);
            String promised = promise.reason() == null ? "" : promise.reason().toLowerCase(Locale.ROOT);
            if (!ReportedQuestion.of(ask) || ask.topic().stream().noneMatch(promised::contains) && !ReportedQuestion.speaksOfItsSide(ask, promised)) {
                return ""; // "Check whether Jonas can fit him in", set on the day he asked about the balayage: a promise about something else
            }
            if (ReportedQuestion.asksThePrice(ask) || TextSignals.saysAnswered(t.outcome()) && ReportedQuestion.sentInstead(ask, t.outcome()) == null) {
                return ""; // what it costs, which the promise brings; or "what the warranty covers — Answered" there and then
            }
            return "When we made this promise, they had asked " + ask.phrase() + " (" + dayInWords(day(t, in), today)
                    + "): have that answer itself ready, not only what we promised.";
        }
        return "";
    }

    /** How long after a purchase its delivery or set-up, told only in words, is still awaited. */
    private static final int AWAITED_DAYS = 30;

    /**
     * What they bought lately is still to come, in the words of the contacts since the purchase day
     * ("delivery to the main depot on Wednesday", "installation booked"), with no word since that it
     * arrived or was set up.
     */
    private void awaitingInWords(BriefInput in, Instant at, List<Touchpoint> past) {
        if (lastPurchaseOn == null || daysSincePurchase > AWAITED_DAYS) {
            return;
        }
        if (arrivalFollowedUp(in, at)) {
            awaitingDelivery = false; // "Call Adrian after the dishwasher is installed", done: it was installed
            return;
        }
        Touchpoint said = null;
        String toBook = null;
        List<Touchpoint> sincePurchase = past.stream().takeWhile(t -> !day(t, in).isBefore(lastPurchaseOn)).toList();
        for (Touchpoint t : sincePurchase) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (TextSignals.saysDelivered(words) && !arrivalOfAnotherThing(words, sincePurchase, in)) {
                awaitingDelivery = false; // a follow-up about a delivery may still be open, but this one has arrived
                return;
            }
            boolean toCome = TextSignals.saysStillToCome(words);
            if (said == null && (toCome || TextSignals.saysDelivery(words))) {
                said = t;
                // "Delivery to be booked", and not a word with them since: no day was ever set, so it has not come
                toBook = t == past.get(0) ? TextSignals.stillToBook(words) : null;
            }
            if (!awaitingDelivery && toCome) {
                // "Delivery booked" a month ago with nothing open since: it came, even if nobody logged it
                awaitingDelivery = days(day(t, in), today) <= WORDS_AWAITED_DAYS || toBook != null;
            }
        }
        if (awaitingDelivery && usedSinceItsDay(in, past, said)) {
            awaitingDelivery = false; // "checked that all GPS trackers report in" after the Thursday they were due: they came
        }
        if (awaitingDelivery) {
            awaited(in, said);
            if (toBook != null && days(day(said, in), today) > TO_BOOK_WAIT_DAYS) {
                // it has waited for us to set a day: booking it is the call, with a sorry
                values.put("awaitedToBook", toBook);
                values.put("awaitedToBookOn", dayInWords(day(said, in), today));
            }
        }
    }

    /**
     * A check we booked for a trouble they told us of with the very thing a content client's call would ask after,
     * its time passed and nothing on record since: that check is the reason to call, not "is it still doing
     * everything you need?" (Victoria Fernández, read 47: a rattle in the fridge freezer, a check booked and never
     * logged). Their own open question, or a time or a date they named, still speaks first.
     */
    private void checkOwedOverStock() {
        String thing = values.get("lastPurchase");
        String step = values.get("stepSaid");
        if (!values.containsKey("bookKnows") || !"due".equals(values.get("stepOwed")) || thing == null || step == null
                || !step.endsWith(" they mentioned with " + thing)
                || values.containsKey("theirsOpenSaid") || values.containsKey("timeAheadSaid") || values.containsKey("dateAheadWhat")) {
            return;
        }
        values.put("stepQuietSince", "true");
        values.remove("bookSaid"); // and the stock question is not asked beside it
    }

    /** How long a delivery left "to be booked", with no word since, waits before booking it is ours to own. */
    private static final int TO_BOOK_WAIT_DAYS = 7;

    /**
     * A contact on or after the day the awaited thing was due that speaks of that thing, and not as
     * still to come: it arrived, whether or not anyone wrote "delivered".
     */
    private boolean usedSinceItsDay(BriefInput in, List<Touchpoint> past, Touchpoint said) {
        if (said == null) {
            return false;
        }
        String saidWords = said.summary() + " " + (said.outcome() == null ? "" : said.outcome());
        TimeWords.NamedDay named = TimeWords.named(saidWords, day(said, in));
        String lowerSaid = saidWords.toLowerCase(Locale.ROOT);
        if (named == null || named.day().isAfter(today)) {
            return false;
        }
        // The words they used for it then ("GPS trackers" for "GPS tracker units (pack of 10)") are how it is spoken of since.
        List<String> itsWords = new ArrayList<>();
        for (Purchase p : bought) {
            if (days(p.purchasedOn(), today) > AWAITED_DAYS || !itsWords.isEmpty()) {
                break;
            }
            for (String word : itemName(p, in).replaceAll("\\(.*?\\)", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && mentions(lowerSaid, word)) {
                    itsWords.add(word);
                }
            }
        }
        for (Touchpoint t : past) {
            if (t == said || t.occurredAt().isBefore(said.occurredAt())) {
                return false;
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            String lower = words.toLowerCase(Locale.ROOT);
            if (!day(t, in).isBefore(named.day()) && itsWords.stream().anyMatch(word -> mentions(lower, word))
                    && !TextSignals.saysStillToCome(words) && !TextSignals.saysDelivery(words)) {
                return true;
            }
        }
        return false;
    }

    /** How long words alone ("delivery booked", "about a week") keep a delivery awaited, with no follow-up open about it. */
    private static final int WORDS_AWAITED_DAYS = 14;

    /** How long the first of a run of our messages must have waited for an answer before the run counts as their silence. */
    private static final int UNANSWERED_SETTLE_DAYS = 14;
    /** Unanswered messages after this long without a word of theirs are their silence at once. */
    private static final int QUIET_BEFORE_DAYS = 30;

    /** A follow-up done since the purchase that was to be made once it had arrived ("Call Adrian after the dishwasher is installed"). */
    private boolean arrivalFollowedUp(BriefInput in, Instant at) {
        for (FollowUp fu : in.followUps()) {
            if (!openAt(fu, at) && !fu.dueOn().isBefore(lastPurchaseOn) && TextSignals.saysAfterArrival(fu.reason())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The newest thing bought within {@code withinDays} that {@code lowerWords} name by its last
     * word ("the dash cams", not the licence signed the same week); null when they name none.
     */
    private String boughtLatelyNamedIn(String lowerWords, int withinDays, BriefInput in) {
        Purchase named = boughtLatelyNamed(lowerWords, withinDays, in);
        return named == null ? null : itemName(named, in);
    }

    private Purchase boughtLatelyNamed(String lowerWords, int withinDays, BriefInput in) {
        for (Purchase p : bought) {
            if (days(p.purchasedOn(), today) > withinDays) {
                return null;
            }
            if (mentions(lowerWords, lastWord(spoken(itemName(p, in))))) {
                return p;
            }
        }
        return null;
    }

    /**
     * Words of arrival about another thing bought lately, on another day, that no word of a delivery to come names: "picked up the
     * combination microwave as a gift" the day after the oven was ordered says nothing of the oven's installation (Lina Adeyemi, read 53).
     */
    private boolean arrivalOfAnotherThing(String words, List<Touchpoint> sincePurchase, BriefInput in) {
        Purchase named = boughtLatelyNamed(words.toLowerCase(Locale.ROOT), AWAITED_DAYS, in);
        if (named == null || named.purchasedOn().equals(lastPurchaseOn)) {
            return false;
        }
        for (Touchpoint t : sincePurchase) {
            String said = summaryAndOutcome(t);
            if (!TextSignals.saysDelivered(said) && TextSignals.saysStillToCome(said) && named.equals(boughtLatelyNamed(said.toLowerCase(Locale.ROOT), AWAITED_DAYS, in))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is awaited and the last words about it: the item those words name (the dash cams, not
     * the licence signed the same week), and the words themselves, so the caller starts from what
     * was last said ("asked to move the delivery to Thursday").
     */
    private void awaited(BriefInput in, Touchpoint said) {
        String item = lastPurchaseName;
        String words = said == null ? "" : (said.summary() + " " + (said.outcome() == null ? "" : said.outcome())).toLowerCase(Locale.ROOT);
        String named = boughtLatelyNamedIn(words, AWAITED_DAYS, in);
        if (named != null) {
            item = named;
        } else if (lastPurchase != null && lastPurchase.purchasedOn().isBefore(lastPurchaseOn)) {
            // Words naming no item speak of the newest thing bought: the fridge freezer sold on the 25th, not the coffee
            // machine they took home on the 20th, though that was worth more.
            Purchase newest = anchor(bought.stream().filter(p -> p.purchasedOn().equals(lastPurchaseOn) && kind(p, in) == ItemKind.KEPT).toList(), in);
            item = newest != null ? itemName(newest, in) : item;
        }
        values.put("awaitedItem", spoken(item));
        String due = said == null ? null : TimeWords.passed(said.summary() + " " + (said.outcome() == null ? "" : said.outcome()), day(said, in),
                today, day -> dayInWords(day, today));
        if (due != null) {
            values.put("awaitedDue", due); // "delivery booked for Saturday", read on Sunday: ask how it went, not which day it comes
        }
        values.put("awaitedSaid", said == null ? "" : " (last said, " + dayInWords(day(said, in), today) + ": \u201c" + said(said) + "\u201d)");
        // "Confirmed the installation slot on Wednesday" yesterday: the day is set, so the call confirms that day, not asks for one
        // (Lina Adeyemi, read 53)
        LocalDate setFor = said == null || due != null ? null : TimeWords.dayNamed(summaryAndOutcome(said), day(said, in));
        values.put("awaitedSetFor", setFor == null || !setFor.isAfter(today) ? "" : " (set for " + dayInWords(setFor, today) + ")");
    }

    /** The follow-up was not done yet at {@code at}. */
    static boolean openAt(FollowUp followUp, Instant at) {
        return followUp.doneAt() == null || followUp.doneAt().isAfter(at);
    }

    /** A term this short (a monthly club or plan) renews as a matter of course, month by month: it is no decision to call about. */
    private static final int ROLLOVER_TERM_DAYS = 45;

    private void renewals(BriefInput in, List<Touchpoint> past) {
        LocalDate renewal = null;
        boolean renewalIsRenewal = false;
        LocalDate passed = null;
        LocalDate lastContact = past.isEmpty() ? null : day(past.get(0), in);
        for (Purchase p : in.purchases()) {
            String item = itemName(p, in);
            for (int kind = 0; kind < 2; kind++) {
                boolean isRenewal = kind == 0;
                LocalDate date = isRenewal ? p.renewalOn() : p.warrantyUntil();
                if (date != null && date.isAfter(today.plusDays(DUE_SOON_DAYS)) && !date.isAfter(today.plusDays(AHEAD_DAYS))) {
                    endAhead(p, in, isRenewal, date);
                }
                if (date != null && !date.isBefore(today) && !date.isAfter(today.plusDays(DUE_SOON_DAYS))
                        && (isRenewal || !coveredOn(p, in, date))) {
                    openItems.add(new BriefLine((isRenewal ? "Renewal of " : "Warranty of ") + item
                            + (isRenewal ? " is due on " : " ends on ") + dayInWords(date, today),
                            isRenewal ? "fact:renewal" : "fact:warranty", null, "it comes up within a month"));
                    boolean rollsOver = isRenewal && p.purchasedOn() != null && days(p.purchasedOn(), date) <= ROLLOVER_TERM_DAYS;
                    // The warranty on a small extra beside the main thing (a kettle beside a range cooker) is worth a word, not the call.
                    boolean smallExtra = !isRenewal && p != lastPurchase && (minor(p, in, mainValue) || smallBeside(p, in, mainValue));
                    if (!rollsOver && !smallExtra && (renewal == null || date.isBefore(renewal))) { // a monthly club rolls over: no decision to call about
                        renewal = date;
                        renewalIsRenewal = isRenewal;
                        warrantyEnding = isRenewal ? null : p;
                        String said = spoken(item);
                        values.put("renewalItem", isRenewal ? said : "the warranty on " + said);
                        values.put("renewalThing", said); // what they use: the plan renewed, or the thing a warranty covers
                        values.put("renewalWhat", isRenewal ? said + " is up for renewal" : "the warranty on " + said + " ends");
                        values.put("renewalDate", dayInWords(date, today));
                        values.put("renewalTerms", isRenewal ? RenewalTerms.of(List.of(p), List.of(item)) : "");
                        values.put("renewalChoices", isRenewal ? RenewalTerms.RENEWAL_CHOICES : RenewalTerms.WARRANTY_CHOICES);
                    }
                }
            }
        }
        if (renewal != null) {
            // one date to decide by is enough: the nearer one, said by the renewal frame, stands for it
            values.remove("dateAheadWhat");
            values.remove("dateAheadOn");
            values.remove("dateAheadIn");
            values.remove("dateAheadThing");
            values.remove("dateAheadChoices");
        }
        if (renewal != null) {
            LocalDate lastBought = lastPurchaseOn;
            values.put("renewalQuiet", RenewalTerms.silence(lastContact == null || lastBought != null && lastBought.isAfter(lastContact)
                    ? lastBought : lastContact, today));
            daysToRenewal = days(today, renewal);
            if (renewalIsRenewal) {
                renewTogether(in, renewal);
            }
        }
        // A renewal or a warranty end that passed lately with no word from us around it: we let it slip.
        for (Purchase p : in.purchases()) {
            for (int kind = 0; kind < 2; kind++) {
                boolean isRenewal = kind == 0;
                LocalDate date = isRenewal ? p.renewalOn() : p.warrantyUntil();
                if (date == null || !date.isBefore(today) || days(date, today) > RENEWAL_PASSED_DAYS
                        || (lastContact != null && !lastContact.isBefore(date.minusDays(DUE_SOON_DAYS)))
                        || (passed != null && !date.isAfter(passed)) || !isRenewal && p.renewalOn() != null) {
                    continue;
                }
                String said = spoken(itemName(p, in));
                if (isRenewal) {
                    passed = date;
                    renewalPassed = true;
                    values.put("renewalPassedItem", said);
                    values.put("renewalPassedWhat", said + " was due for renewal");
                    values.put("renewalPassedDate", dayInWords(date, today));
                } else if (p == lastPurchase || !(minor(p, in, mainValue) || smallBeside(p, in, mainValue))) {
                    // the end of a small extra's warranty (a kettle beside an oven) is worth an open item, not an apology on the call
                    values.put("warrantyEndedItem", said);
                    values.put("warrantyEndedDate", dayInWords(date, today));
                }
                openItems.add(new BriefLine((isRenewal ? "Renewal of " : "Warranty of ") + itemName(p, in)
                        + (isRenewal ? " was due on " : " ended on ") + dayInWords(date, today) + ", with no contact from us around it",
                        "fact:renewal-passed", null, "it passed without a word from us"));
            }
        }
    }

    /** How far ahead a warranty or a term's end is worth a word on the call: about a season, time to decide without a rush. */
    static final int AHEAD_DAYS = 92;
    private static final Pattern COVER = Pattern.compile("\\b(warrant\\w*|cover|protection|guarantee)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A warranty or a term that ends one to three months from now: "the warranty on the fridge freezer ends on January 13",
     * the nearest one. Not a monthly plan (it rolls over), not a small extra beside the main thing, and not the maker's
     * warranty of a thing whose extended cover, bought with it, runs on after it.
     */
    private void endAhead(Purchase p, BriefInput in, boolean isRenewal, LocalDate date) {
        if (isRenewal && p.purchasedOn() != null && days(p.purchasedOn(), date) <= ROLLOVER_TERM_DAYS
                || !isRenewal && p.renewalOn() != null
                || !isRenewal && p != lastPurchase && (minor(p, in, mainValue) || smallBeside(p, in, mainValue))) {
            return;
        }
        String item = itemName(p, in);
        // renewed already (a newer purchase of the same thing), or covered on by an extended warranty bought with it
        if (isRenewal ? renewedSince(p, in) : coveredOn(p, in, date)) {
            return;
        }
        String on = values.get("dateAheadOn");
        if (on != null && daysToDateAhead != null && daysToDateAhead <= days(today, date)) {
            return;
        }
        daysToDateAhead = days(today, date);
        String said = isRenewal ? spoken(item) : many(p, spoken(item));
        boolean isCover = !isRenewal && COVER.matcher(item).find();
        values.put("dateAheadWhat", isRenewal ? said + " is up for renewal" : isCover ? "their " + said + " ends" : "the warranty on " + said + " ends");
        values.put("dateAheadOn", dayInWords(date, today));
        values.put("dateAheadIn", "in " + TimeWords.span(days(today, date)));
        values.put("dateAheadThing", said);
        values.put("dateAheadChoices", isRenewal ? RenewalTerms.RENEWAL_CHOICES : RenewalTerms.WARRANTY_CHOICES);
        values.remove("dateAheadFix");
        values.remove("dateAheadFixOn");
        if (!isRenewal) {
            fixOnTheThing(p, item, in);
        }
    }

    /**
     * Cover bought with the thing or later ("Extended warranty (3 years)" three months on), with no end on record or one
     * past the maker's warranty's {@code end}: that end is no date to call about, a month away or three. A wrong "your
     * warranty ends" costs more than a date left unsaid.
     */
    private boolean coveredOn(Purchase p, BriefInput in, LocalDate end) {
        for (Purchase other : in.purchases()) {
            if (other != p && other.purchasedOn() != null && p.purchasedOn() != null && !other.purchasedOn().isBefore(p.purchasedOn())
                    && (other.warrantyUntil() == null || other.warrantyUntil().isAfter(end)) && COVER.matcher(itemName(other, in)).find()) {
                return true;
            }
        }
        return false;
    }

    /** What a fix of ours says it did: "Swapped the cordless vacuum for a new one", "Engineer repaired the door seal". */
    private static final Pattern FIX_DONE = Pattern.compile("(?i)\\b(swapped|replaced|exchanged|repaired|fixed|put right)\\b");

    /**
     * A complaint about the very thing whose warranty ends, put right by us ("Cordless vacuum stopped working within a
     * month", closed won): the warranty call says we remember it ("the one we swapped for you"), in the words of the contact
     * that put it right when one says so, else the complaint's own.
     */
    private void fixOnTheThing(Purchase p, String item, BriefInput in) {
        String last = item == null ? null : lastWord(item.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}() ]", " "));
        String word = last == null || last.length() < 4 ? null : last; // "vacuum" of "Vento cordless stick vacuum"
        for (Opportunity o : in.opportunities()) {
            if (o.kind() != OpportunityKind.COMPLAINT || o.status() != OpportunityStatus.WON || o.openedOn() == null
                    || p.purchasedOn() != null && o.openedOn().isBefore(p.purchasedOn()) || o.openedOn().isAfter(today)
                    || !(p.productId() != null && p.productId().equals(o.productId())
                    || word != null && o.summary() != null && o.summary().toLowerCase(Locale.ROOT).contains(word))) {
                continue;
            }
            LocalDate closed = o.closedOn() == null ? o.openedOn() : o.closedOn();
            String said = null;
            LocalDate on = closed;
            for (Touchpoint t : in.touchpoints()) {
                LocalDate tDay = day(t, in);
                if (!tDay.isBefore(o.openedOn()) && !tDay.isAfter(closed) && t.summary() != null && FIX_DONE.matcher(t.summary()).find()
                        && (word == null || t.summary().toLowerCase(Locale.ROOT).contains(word))) {
                    said = t.summary().split("[;.]")[0].strip();
                    on = tDay;
                }
            }
            values.put("dateAheadFix", said != null ? said : stripEnd(o.summary()) + ", put right");
            values.put("dateAheadFixOn", dayInWords(on, today));
            return;
        }
    }

    private static final Pattern MANY = Pattern.compile("^\\s*(\\d{1,4})\\s*[\u00d7x]\\s+", Pattern.CASE_INSENSITIVE);

    /** "8 × Rugged tablet" is said as "the eight rugged tablets": the warranty of all of them ends, not of one. */
    static String many(Purchase p, String said) {
        Matcher m = p.description() == null ? null : MANY.matcher(p.description());
        if (m == null || !m.find() || Integer.parseInt(m.group(1)) < 2 || !said.startsWith("the ") || !said.matches(".*[\\p{L}&&[^sxy]]$")) {
            return said;
        }
        return "the " + TimeWords.count(Integer.parseInt(m.group(1))) + " " + said.substring(4) + "s";
    }

    /** Days to the end {@link #endAhead} found, to keep the nearest. */
    private Long daysToDateAhead;

    /** How far back a plan that fell due unrenewed is still worth a word: a year, the term it would have run for had it been renewed. */
    private static final int LAPSED_DAYS = 365;

    /**
     * A plan or licence beside the main thing fell due in the last half year and no renewal of it is on record, though we
     * have been in touch ("the standard support plan fell due on June 12", the licence renewed that day): ask whether they
     * still want it. The main thing's own end is {@link #termEnded}'s; one passed with no word from us is renewal-passed's.
     */
    /**
     * A contact or a follow-up from three months before its due day on that names the thing ("Niamh wants to add users to
     * the mobile app add-on", "Close the mobile app add-on renewal", done): its renewal was in hand, so a missing purchase is
     * ours to look into, not their "meant to let it go".
     */
    private static boolean spokenOfAround(String spokenThing, LocalDate due, BriefInput in) {
        String thing = spokenThing.replaceFirst("^(the|their|a|an) ", "").toLowerCase(Locale.ROOT);
        LocalDate from = due.minusDays(90);
        for (Touchpoint t : in.touchpoints()) {
            String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            if (!day(t, in).isBefore(from) && words.contains(thing)) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.reason() != null && !fu.dueOn().isBefore(from) && fu.reason().toLowerCase(Locale.ROOT).contains(thing)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a contact that speak of renewing or pricing on: "a multi-year price", "renewal", "negotiating". */
    private static final Pattern RENEWAL_TALK = Pattern.compile("\\b(?:renew\\w*|multi-year|price|pricing|quote|negotiat\\w*|another year|extend\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The contact from three months before a term's due day on (and since it was bought: talk before that was of the term
     * before) that talks of renewing or pricing the thing, said with its day ("March 6: “Benjamin asked for a multi-year
     * price on the mobile app add-on — Negotiating”"); null when none does.
     */
    private String renewalTalk(String spokenThing, LocalDate bought, LocalDate due, BriefInput in) {
        String thing = spokenThing.replaceFirst("^(the|their|a|an) ", "").toLowerCase(Locale.ROOT);
        LocalDate from = due.minusDays(90).isBefore(bought) ? bought : due.minusDays(90);
        Touchpoint newest = null;
        for (Touchpoint t : in.touchpoints()) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            LocalDate on = day(t, in);
            if (!on.isBefore(from) && on.isBefore(today) && words.toLowerCase(Locale.ROOT).contains(thing) && RENEWAL_TALK.matcher(words).find()
                    && (newest == null || t.occurredAt().isAfter(newest.occurredAt()))) {
                newest = t;
            }
        }
        if (newest == null) {
            return null;
        }
        return dayInWords(day(newest, in), today) + ": \u201c" + stripEnd(newest.summary())
                + (newest.outcome() == null || newest.outcome().isBlank() ? "" : " \u2014 " + stripEnd(newest.outcome())) + "\u201d";
    }

    private void termLapsed(BriefInput in) {
        if (renewalPassed) {
            return;
        }
        List<Purchase> lapsed = new ArrayList<>();
        for (Purchase p : in.purchases()) {
            LocalDate due = p.renewalOn();
            if (due == null || !due.isBefore(today) || days(due, today) > LAPSED_DAYS || p == lastPurchase
                    || p.purchasedOn() != null && days(p.purchasedOn(), due) <= ROLLOVER_TERM_DAYS || renewedSince(p, in)) {
                continue;
            }
            if (!spokenOfAround(spoken(itemName(p, in)), due, in) || mainTerm(p, in)) {
                lapsed.add(p);
            }
        }
        // the dearest first: the licence everything hangs on before the plan beside it
        lapsed.sort(Comparator.comparing((Purchase p) -> value(p, in)).reversed().thenComparing(Purchase::renewalOn, Comparator.reverseOrder()));
        Purchase leads = termEnded ? null : lapsed.stream().filter(p -> leadsWhenLapsed(p, in)).findFirst().orElse(null);
        if (leads != null) {
            lapseLeads(leads, in);
            lapsed.remove(leads);
        } else if (termEnded && leadsWhenLapsed(lastPurchase, in)) {
            lapseLeads(lastPurchase, in);
        }
        if (termEnded || lapsed.isEmpty()) {
            return;
        }
        // a plan beside the main thing whose renewal was in hand is ours to look into, not a line; the main licence itself,
        // lapsed too long ago to lead, is still named, with the talk of its renewal that went nowhere (Redwood, read 40:
        // the fleet tracking licence's renewal quote unanswered, only the support plan beside it said)
        lapsed.removeIf(p -> !mainTerm(p, in) && spokenOfAround(spoken(itemName(p, in)), p.renewalOn(), in));
        if (lapsed.isEmpty()) {
            return;
        }
        Purchase first = lapsed.get(0);
        values.put("lapsedWhat", spoken(itemName(first, in)));
        values.put("lapsedOn", dayInWords(first.renewalOn(), today));
        // things that fell due on one day are one lapse: "the licence and the support plan fell due on February 16"
        java.util.LinkedHashMap<LocalDate, List<String>> byDay = new java.util.LinkedHashMap<>();
        String talk = null;
        String talkOf = null;
        for (Purchase p : lapsed) {
            String name = spoken(itemName(p, in));
            if (byDay.values().stream().noneMatch(names -> names.contains(name))) {
                byDay.computeIfAbsent(p.renewalOn(), day -> new ArrayList<>()).add(name);
                if (talk == null && mainTerm(p, in)) {
                    talk = renewalTalk(name, p.purchasedOn(), p.renewalOn(), in);
                    talkOf = name;
                }
            }
        }
        StringBuilder said = new StringBuilder();
        int count = 0;
        for (Map.Entry<LocalDate, List<String>> due : byDay.entrySet()) {
            List<String> names = due.getValue();
            String together = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            said.append(said.length() == 0 ? together + " fell due on " : " and " + together + " on ").append(dayInWords(due.getKey(), today));
            count += names.size();
        }
        boolean several = count > 1;
        values.put("lapsedSaid", said + (several ? ", and no renewal of either" : " and no renewal of it") + " is on record"
                + (talk == null ? "" : ", though " + (several ? "the renewal of " + talkOf : "its renewal") + " was being talked of (" + talk + ")"));
        String them = several ? "them" : "it";
        values.put("lapsedAsk", talk != null
                // its renewal was in hand: the drop may be ours, so not "meant to let it go"
                ? "whether they still want " + them + ", after checking first that " + (several ? "they were" : "it was") + " not renewed and left unlogged"
                : "whether they still want " + them + ", or meant to let " + them + " go");
    }

    /** How long before its due day a newer purchase of the same thing renews it; one bought sooner in the term is more of it. */
    private static final int RENEWED_EARLY_DAYS = 120;

    /**
     * A newer purchase of the same thing, bought from four months before its due day on: it was renewed. A second licence
     * bought four months into the first one's year is more of it, and the first still falls due on its own day.
     */
    private boolean renewedSince(Purchase p, BriefInput in) {
        for (Purchase other : in.purchases()) {
            if (other != p && other.purchasedOn() != null && p.purchasedOn() != null && other.purchasedOn().isAfter(p.purchasedOn())
                    && (p.renewalOn() == null || !other.purchasedOn().isBefore(p.renewalOn().minusDays(RENEWED_EARLY_DAYS)))
                    && line(other, in, false).equals(line(p, in, false))) {
                return true;
            }
        }
        return false;
    }

    /** How far back the main term's lapse leads the call: half a year. Longer ago, they have been without it a while: a line. */
    private static final int LAPSE_LEADS_DAYS = 183;

    /** A yearly (or longer) main term of a long-time client that fell due in the last half year: the call is about it. */
    private boolean leadsWhenLapsed(Purchase p, BriefInput in) {
        String name = itemName(p, in).toLowerCase(Locale.ROOT);
        return phase == Phase.MATURE && p.renewalOn() != null && days(p.renewalOn(), today) <= LAPSE_LEADS_DAYS
                && (p.purchasedOn() == null || days(p.purchasedOn(), p.renewalOn()) >= 180) && !name.contains("monthly") && !name.contains("per month")
                && mainTerm(p, in);
    }

    /**
     * A term worth at least as much as any other they still hold for a term (renewing from today on), or keep: the thing
     * the rest hangs on, whose lapse is the call, not a side question under a thank-you for the support plan beside it.
     */
    private boolean mainTerm(Purchase lapsed, BriefInput in) {
        BigDecimal worth = value(lapsed, in);
        if (worth.signum() <= 0) {
            return false;
        }
        for (Purchase p : in.purchases()) {
            boolean running = p.renewalOn() != null && !p.renewalOn().isBefore(today)
                    && !(p.purchasedOn() != null && days(p.purchasedOn(), p.renewalOn()) <= ROLLOVER_TERM_DAYS);
            // a thing they keep, bought in the last two years (the trackers the licence is for), weighs as much as a term
            boolean kept = p.renewalOn() == null && p.purchasedOn() != null && days(p.purchasedOn(), today) <= 730 && kind(p, in) == ItemKind.KEPT;
            if (p != lapsed && (running || kept) && value(p, in).compareTo(worth) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The main term fell due in the last year and no renewal of it is on record: the call is about it. Said with what it
     * was ("10 users, 3,600 a year") and, when its renewal was being talked of around then, that talk: a drop that is ours.
     */
    private void lapseLeads(Purchase p, BriefInput in) {
        String said = spoken(itemName(p, in));
        values.put("lapseWhat", said);
        values.put("lapseOn", dayInWords(p.renewalOn(), today));
        values.put("lapseWhen", TimeWords.ago(days(p.renewalOn(), today)));
        values.put("lapseTerms", RenewalTerms.of(List.of(p), List.of(itemName(p, in))).replace(" now", ""));
        String talk = renewalTalk(said, p.purchasedOn(), p.renewalOn(), in);
        if (talk != null) {
            values.put("lapseTalk", talk);
        }
    }

    /**
     * Everything that renews on the same day is one decision: "the fleet tracking licence and the standard support plan are
     * up for renewal on December 20", the dearest first, not only the one the list happened to hold first.
     */
    private void renewTogether(BriefInput in, LocalDate on) {
        List<Purchase> due = new ArrayList<>();
        for (Purchase p : in.purchases()) {
            if (on.equals(p.renewalOn())) {
                due.add(p);
            }
        }
        if (due.size() < 2) {
            return;
        }
        due.sort(Comparator.comparing((Purchase p) -> p.amount() == null ? java.math.BigDecimal.ZERO : p.amount()).reversed());
        List<String> names = new ArrayList<>();
        List<String> fullNames = new ArrayList<>();
        for (Purchase p : due) {
            String said = spoken(itemName(p, in));
            fullNames.add(itemName(p, in));
            if (!names.contains(said)) {
                names.add(said);
            }
        }
        if (names.size() < 2) {
            return;
        }
        values.put("renewalTerms", RenewalTerms.of(due, fullNames));
        String all = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        values.put("renewalItem", all);
        values.put("renewalThing", names.get(0));
        values.put("renewalWhat", all + " are up for renewal");
    }

    private void competitors(BriefInput in) {
        competitorMentioned = !in.competitors().isEmpty();
        for (BriefInput.LinkedCompetitor linked : in.competitors()) {
            CompetitorRelation relation = linked.link() == null ? CompetitorRelation.MENTIONED : linked.link().relation();
            // Weighing them up, then buying from us again: they chose us that time, and the link is history.
            boolean boughtSince = linked.link() != null && linked.link().notedOn() != null && lastPurchaseOn != null
                    && lastPurchaseOn.isAfter(linked.link().notedOn());
            if ((relation == CompetitorRelation.CONSIDERING || relation == CompetitorRelation.SWITCHED_TO_THEM) && !boughtSince) {
                competitorConsidered = true;
                values.putIfAbsent("consideredCompetitor", linked.competitor().name());
                if (relation == CompetitorRelation.SWITCHED_TO_THEM) {
                    CompetitorSwitched.read(this, linked);
                }
            }
        }
    }

    // ---- phase, mood that still leads, trust -----------------------------------------------------

    private void phase(BriefInput in, BriefSettings settings, List<Touchpoint> past, List<Opportunity> opportunities) {
        if (lastPurchase == null) {
            phase = Phase.PROSPECT;
            phaseWhy = "No purchase yet.";
        } else if (daysSincePurchase >= settings.lapsedAfterSilentDays()
                && (daysSinceLastTouchpoint == null || daysSinceLastTouchpoint >= settings.lapsedAfterSilentDays())) {
            phase = Phase.LAPSED;
            phaseWhy = "No purchase and no contact for " + settings.lapsedAfterSilentDays() + " days or more.";
            ourSilence = prior != null && priorAnswered;
            // our note came on the heels of their last word (a tip after the visit): the thread ended with us. A note long after
            // they had gone quiet (a newsletter months later) leaves the quiet theirs, and asking why stays fair.
            quietOursToo = prior != null && !priorAnswered && prior.direction() == Direction.OUTBOUND && lastHeard != null
                    && days(day(lastHeard, in), day(prior, in)) <= QUIET_OURS_TOO_DAYS;
        } else if (days(firstPurchase, today) < settings.honeymoonDays()) {
            // The start went wrong: a complaint, or an unhappy reaction of theirs since the first purchase. It stops
            // counting once they were clearly happy again afterwards, unless a complaint is still open. The stored
            // client state reads it the same way, so Today says what the brief says.
            StartTrouble trouble = StartTrouble.read(firstPurchase, past, opportunities, today, in.zone(), BriefFacts::heard);
            String soured = trouble.how();
            if (trouble.behind()) {
                troubleBehind = true; // "best purchase of the year" after the trouble: it is behind them
                values.put("happyAgainWhen", TimeWords.ago(days(trouble.happyAgain(), today)));
            }
            if (soured != null) {
                values.put("troubleThing", thingIn(trouble.words(), values.getOrDefault("lastPurchase", "what they bought")));
                values.put("troubleWhen", TimeWords.ago(days(trouble.on(), today)));
            }
            long since = days(firstPurchase, today);
            if (soured != null) {
                phase = Phase.HONEYMOON_AT_RISK;
                phaseWhy = "A new client (first purchase " + TimeWords.ago(since) + "), but the start went wrong: " + soured
                        + (troubleBehind ? "; since then they were happy again (" + values.get("happyAgainWhen") + ")." : ".");
            } else {
                phase = Phase.HONEYMOON;
                phaseWhy = "A new client: first purchase " + TimeWords.ago(since) + " (the honeymoon lasts " + settings.honeymoonDays() + " days).";
            }
        } else {
            phase = Phase.MATURE;
            values.put("clientFor", tenure(days(firstPurchase, today)));
            phaseWhy = "A client for " + values.get("clientFor") + ".";
        }
        if (lastPurchase != null) {
            int window = complexity == Complexity.COMPLEX ? settings.ghostingWindowDaysComplex() : settings.ghostingWindowDaysSimple();
            boolean contactedSince = !past.isEmpty() && day(past.get(0), in).isAfter(lastPurchaseOn);
            // A routine repeat (their usual colour, a second kettle) leaves nobody waiting for a first check-in, and
            // neither does a visit done on the day (a cut), something used up, a voucher or an occasion: only what
            // they keep and use, or a project, wants a first check-in.
            boolean needsCheckIn = itemKind == ItemKind.KEPT || itemKind == ItemKind.TERM
                    || complexity == Complexity.COMPLEX && itemKind == ItemKind.SERVICE && !contactOn(past, lastPurchaseOn, in);
            boolean repeat = app.rapport.domain.ClientState.repeatOnLastDay(bought);
            // Ghosted is the fact the stored state, Today and segments share (counted from the last day they bought anything,
            // a present too); whether it calls for an apology is checkInDue, counted from what the call is about.
            int stateWindow = lastBasketComplex ? settings.ghostingWindowDaysComplex() : settings.ghostingWindowDaysSimple();
            ghosted = !(!past.isEmpty() && day(past.get(0), in).isAfter(lastBoughtAnything))
                    && days(lastBoughtAnything, today) > stateWindow && !repeat;
            boolean silentSinceAnchor = !contactedSince && daysSincePurchase > window && !repeat;
            // Something bought and still to come ("balance on delivery") is no silence after it yet: its arrival is the call.
            anchorWantsCheckIn = needsCheckIn;
            checkInDue = silentSinceAnchor && needsCheckIn && !weWroteOn(past, lastPurchaseOn, in) && !awaitingDelivery
                    && !spokenSinceAnchor(past, in);
        }
    }

    /**
     * The call names the anchor (the washing machine), while the silence is counted from the last day they bought
     * anything (a service plan signed months later): a contact between the two means someone has been in touch since
     * the anchor was bought, so "nobody has checked in since you chose the washing machine" would be false.
     */
    private boolean spokenSinceAnchor(List<Touchpoint> past, BriefInput in) {
        LocalDate anchorOn = lastPurchase.purchasedOn();
        return anchorOn.isBefore(lastPurchaseOn) && !past.isEmpty() && day(past.get(0), in).isAfter(anchorOn);
    }

    /** A message or call of ours on the purchase day, besides the sale itself: the thank-you was sent. */
    private static boolean weWroteOn(List<Touchpoint> past, LocalDate on, BriefInput in) {
        for (Touchpoint t : past) {
            LocalDate day = day(t, in);
            if (day.isBefore(on)) {
                return false;
            }
            if (day.equals(on) && t.direction() == Direction.OUTBOUND && (t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE || t.channel() == Channel.CALL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contactOn(List<Touchpoint> past, LocalDate on, BriefInput in) {
        for (Touchpoint t : past) {
            LocalDate day = day(t, in);
            if (day.equals(on)) {
                return true;
            }
            if (day.isBefore(on)) {
                return false;
            }
        }
        return false;
    }

    /**
     * An unsure or unhappy mood leads the call only while it is the last word: once a later contact
     * of theirs, or the same one, says it went well (they thanked us, renewed, said they are
     * pleased), or they bought from us since, it no longer does; and a doubt older than the days an
     * unhappy reaction leads is no longer what is on their mind.
     */
    private void leadingMood(BriefInput in, BriefSettings settings, List<Touchpoint> past) {
        leadingMood = mood;
        boolean unsure = mood == Mood.DOUBTFUL || mood == Mood.FRUSTRATED || mood == Mood.REGRETFUL;
        if (!unsure || moodTouchpoint == null) {
            return;
        }
        LocalDate moodDay = day(moodTouchpoint, in);
        boolean thanked = false;
        boolean wentWell = false;
        boolean heardSince = false;
        for (Touchpoint t : past) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if ((heard(t) || t == moodTouchpoint) && TextSignals.saysWentWell(words)) {
                wentWell = true;
                thanked |= words.toLowerCase(Locale.ROOT).contains("thank");
            }
            if (t == moodTouchpoint) {
                break;
            }
            heardSince |= heard(t);
        }
        for (Purchase p : bought) {
            wentWell |= p.purchasedOn().isAfter(moodDay);
        }
        // A new client's doubt that is still their last word is the one thing they have told us of it: it leads through the honeymoon.
        long doubtFadesAfter = phase == Phase.HONEYMOON && !heardSince ? settings.honeymoonDays() : settings.unhappyLeadsDays();
        if (wentWell) {
            leadingMood = thanked ? Mood.HAPPY : Mood.NEUTRAL;
        } else if (mood == Mood.DOUBTFUL && days(moodDay, today) > doubtFadesAfter) {
            leadingMood = Mood.NEUTRAL;
        }
    }

    /** An unhappy reaction leads the next call while it is theirs, recent, and nothing since says it was put right. */
    private void unhappy(BriefInput in, BriefSettings settings, List<Touchpoint> past) {
        if (leadingMood != Mood.FRUSTRATED && leadingMood != Mood.REGRETFUL) {
            return;
        }
        Touchpoint unhappy = moodTouchpoint;
        if (unhappy == null || days(day(unhappy, in), today) > settings.unhappyLeadsDays()) {
            return;
        }
        for (Touchpoint t : past) {
            if (TextSignals.saysSettled(t.outcome()) || (t != unhappy && TextSignals.saysSettled(t.summary()))) {
                fixedOnRecord = true;
                values.putIfAbsent("lastFix", stripEnd(t.outcome() != null && TextSignals.saysSettled(t.outcome()) ? t.outcome() : t.summary()));
                return;
            }
            if (t == unhappy) {
                break;
            }
        }
        unhappyNow = true;
        values.put("lastMood", mood.label().toLowerCase(Locale.ROOT));
    }

    /**
     * An open complaint, and since its day a visit or a purchase of theirs that went well ("had the
     * bond-repair treatment today and loved the head massage"), with nothing unhappy after it: the
     * book still says open, but the call is whether this time felt right, and then closing it.
     */
    private void complaintMended(BriefInput in, List<Touchpoint> past) {
        if (!openComplaint || complaintOn == null) {
            return;
        }
        for (Touchpoint t : past) {
            LocalDate on = day(t, in);
            if (!on.isAfter(complaintOn)) {
                return;
            }
            if (t.mood() != null && t.mood().tone() < 0) {
                return; // unhappy or unsure since: the complaint is still the call
            }
            boolean cameBack = t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT || boughtOn(on);
            if (cameBack && heard(t) && (t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED)) {
                complaintMended = true;
                values.put("mendedOn", dayInWords(on, today));
                values.put("mendedWhen", TimeWords.ago(days(on, today)));
                values.put("mendedWords", stripEnd(t.summary()));
                return;
            }
        }
    }

    /** How long a note that says they are at risk stands, unpinned, while nothing happy of theirs answers it. */
    private static final int AT_RISK_STANDS_DAYS = 365;

    /** A word of theirs after the day that was happy, or a contact that says it was put right. */
    private boolean happySince(LocalDate day, BriefInput in) {
        for (Touchpoint t : in.touchpoints()) {
            if (day(t, in).isAfter(day) && !day(t, in).isAfter(today) && (heard(t) && (t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED)
                    || TextSignals.saysSettled(t.outcome()))) {
                return true;
            }
        }
        return false;
    }

    private void trust(BriefInput in, List<Touchpoint> past) {
        LocalDate since = firstPurchase;
        if (!past.isEmpty()) {
            LocalDate firstContact = day(past.get(past.size() - 1), in);
            since = since == null || firstContact.isBefore(since) ? firstContact : since;
        }
        long tenure = since == null ? 0 : days(since, today);
        int conversations = 0;
        for (Touchpoint t : past) {
            if (conversations == 10) {
                break; // trust counts conversations up to ten
            }
            conversations += heard(t) ? 1 : 0;
        }
        int score = (tenure >= 180 ? 1 : 0) + (tenure >= 365 ? 1 : 0) + (conversations >= 3 ? 1 : 0) + (conversations >= 10 ? 1 : 0);
        int moodSum = 0;
        for (Mood m : moods) {
            moodSum += m.tone();
        }
        score += moods.isEmpty() ? 0 : moodSum > 0 ? 1 : moodSum < 0 ? -1 : 0;
        trust = score >= 4 ? TrustLevel.HIGH : score >= 2 ? TrustLevel.MEDIUM : TrustLevel.LOW;
        // Settled problems and fixes already recorded on one of the last touchpoints of the last year.
        for (Touchpoint t : past.subList(0, Math.min(past.size(), FIX_REMEMBERED_TOUCHPOINTS))) {
            if (days(day(t, in), today) > FIX_REMEMBERED_DAYS) {
                break;
            }
            if (TextSignals.saysSettled(t.outcome())) {
                fixedOnRecord = true;
                values.putIfAbsent("lastFix", stripEnd(t.summary()));
                break;
            }
        }
        asks(in, past);
    }

    /**
     * The latest thing they asked of us that is still live: a question with no answer logged, a
     * price or a quote they wanted, something they are still deciding about, a request not yet
     * acted on. Read from the last months' contacts in which they spoke (in our own summaries only
     * from a clause that has them as its subject), newest first; a refusal is no ask, and an ask
     * answered or acted on (there and then, in a later contact of ours on the same topic, or by a
     * later purchase of it) is over. Asked in a call or a visit, a question was answered there and
     * then unless the outcome says something is to come.
     */
    private void asks(BriefInput in, List<Touchpoint> past) {
        Touchpoint newestTheirs = null;
        for (Touchpoint t : past) {
            if (heard(t)) {
                newestTheirs = t;
                break;
            }
        }
        java.util.Set<String> settled = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            long age = days(day(t, in), today);
            if (age > OLDER_ASK_DAYS) {
                return;
            }
            if (!heard(t) || TextSignals.saysRefusal(t.summary()) || TextSignals.saysReferral(t.summary())) {
                continue; // "says Priya is looking for a new salon": someone they sent our way, not an ask of theirs
            }
            boolean ours = t.direction() == Direction.OUTBOUND;
            if (TextSignals.invitedTo(t.summary(), !ours) != null) {
                continue; // "asked us to come and see the new shop": an invitation of theirs, not something they want of us
            }
            TextSignals.Ask ask = askIn(t.summary(), ours);
            String after;
            boolean askedInOutcome = false;
            if (!ours && TextSignals.asksForACall(t.summary())) {
                // "Call me back": owed until we called, met, wrote, or the outcome says it was done there and then.
                if (spokeSince(past.subList(0, i)) || TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.DONE
                        || TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.INFORMED) {
                    continue;
                }
                ask = new TextSignals.Ask(TextSignals.AskKind.REQUEST, "for a call back", "");
                after = "";
            } else if (ask != null) {
                after = ask.rest() + (t.outcome() == null ? "" : " " + t.outcome());
            } else {
                ask = askIn(t.outcome(), false);
                after = t.outcome(); // "Wants a quote": the ask's own words say what is owed
                askedInOutcome = true;
                if (ours && ask != null && ask.kind() == TextSignals.AskKind.QUESTION) {
                    // "Told them about the new price list" — "Asked about the new prices": a question about our own news, answered by it
                    continue;
                }
                if (ask != null && TextSignals.saysStepNeeded(t.outcome())) {
                    continue; // "Week-one check — Needs another session": our own finding, a step of ours to take (VisitUnsaid), not their ask
                }
            }
            if (ask == null) {
                continue;
            }
            TextSignals.Thread thread = TextSignals.thread(t.summary(), t.outcome());
            if (thread != null && thread.kind() == TextSignals.ThreadKind.DOUBT) {
                continue; // "wondering whether it was worth the price": a doubt to answer as theirs (threads), not a question owed
            }
            String phrase = ask.phrase();
            if (ask.kind() == TextSignals.AskKind.PLAN) {
                if (cameSince(past.subList(0, i), day(t, in)) || age > TIMED_WISH_DAYS && TIMED.matcher(phrase).find()) {
                    continue; // come since, or "before the holidays" with the holidays long gone
                }
                askState = "plan";
                askAgeDays = age;
                values.put("askWhat", phrase);
                values.put("askWhatYou", phrase);
                values.put("askWhen", TimeWords.ago(age));
                values.put("askOn", dayInWords(day(t, in), today));
                values.put("askThing", "a time");
                values.put("askPlanNext", DatesAhead.planStep(phrase, day(t, in), today));
                return;
            }
            if (ask.topic().isEmpty()) {
                // "Wants a quote" after "Offered Maggie the gloss package": a quote for the gloss package.
                String thing = TextSignals.theThing(t.summary());
                thing = thing == null ? TextSignals.firstThing(t.summary()) : thing;
                if (thing == null) {
                    continue;
                }
                phrase = phrase.equals("about it") ? "about " + thing : phrase + (ask.kind() == TextSignals.AskKind.PRICE ? " for " : " about ") + thing;
            }
            TextSignals.AskOutcome outcome = after.isEmpty() && phrase.equals("for a call back") ? TextSignals.AskOutcome.OWED : TextSignals.askOutcome(after);
            if (ours && ask.kind() == TextSignals.AskKind.PRICE && askedInOutcome
                    && TextSignals.saysPriceOrProposalSent(t.summary())) {
                // "Proposal for the support plan sent" — "Proposal requested": the outcome says why we sent it; it is theirs to weigh now
                outcome = TextSignals.AskOutcome.INFORMED;
            }
            boolean written = t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE;
            if (outcome == TextSignals.AskOutcome.INFORMED && ask.kind() == TextSignals.AskKind.QUESTION && askedThing(phrase) != null
                    && (TextSignals.saysPriceSent(after) || READING_GIVEN.matcher(after).find())) {
                // "Asked how the analytics module handles overruns" — "Sent pricing": they are weighing up the thing itself now
                ask = new TextSignals.Ask(TextSignals.AskKind.PRICE, phrase, ask.rest());
            }
            if (outcome == TextSignals.AskOutcome.DONE && ask.kind() == TextSignals.AskKind.QUESTION && askedThing(phrase) != null
                    && TextSignals.saysStepBooked(after) && STEP_TO_BUY.matcher(after).find()) {
                // "Asked whether we take the old one away when delivering the washing machine" — "Booked a home measure": weighing up the thing itself
                Matcher named = THING_AT_END.matcher(phrase);
                phrase = named.find() ? "about the " + named.group(1) : phrase;
                ask = new TextSignals.Ask(TextSignals.AskKind.PRICE, phrase, ask.rest());
            }
            if (outcome == TextSignals.AskOutcome.DONE && ask.kind() == TextSignals.AskKind.PRICE && TextSignals.saysStepBooked(after)) {
                // "Looked at the dishwasher" — "Booked a home measure": a step on the way to deciding, not the end of it
                outcome = TextSignals.AskOutcome.DECIDING;
            }
            if (outcome == TextSignals.AskOutcome.UNSAID && ask.kind() == TextSignals.AskKind.REQUEST && t.channel() == Channel.VISIT
                    && boughtOn(day(t, in))) {
                continue; // "Cut today. Asked for a softer finish than last time": asked of whoever did it, there and then
            }
            String state = switch (outcome) {
                case DONE -> null;
                case INFORMED -> ask.kind() == TextSignals.AskKind.PRICE ? "deciding" : null;
                case DECIDING -> "deciding";
                case OWED -> "owed";
                case UNSAID -> written ? "owed"
                        : ask.kind() == TextSignals.AskKind.PRICE ? "deciding"
                        : ask.kind() == TextSignals.AskKind.REQUEST ? "owed"
                        : !ours && lastWord(t, past.subList(0, i)) ? "owed" : null;
            };
            TextSignals.Ask asked = new TextSignals.Ask(ask.kind(), phrase, ask.rest());
            if (settled.stream().anyMatch(asked.topic()::contains)) {
                continue; // a newer ask on the same thing was booked, bought or done: this one is over too
            }
            if (state != null && boughtWhatWasAsked(asked, day(t, in), in)) {
                continue; // "a rough price for the full head colour", and the full head colour the next day: decided
            }
            // "asked for a demo of the Dispatch licence", then only pricing sent: no demo yet, so the ask stands (Riverside Lift Services,
            // read 53)
            boolean demoStillToCome = DEMO_ASKED.matcher(phrase).find() && !demoSince(past.subList(0, i), day(t, in), in);
            if (state != null && !demoStillToCome && (answeredSince(asked, state.equals("deciding"), past.subList(0, i), day(t, in), in)
                    || state.equals("owed") && takenUpSince(asked, past.subList(0, i)))) {
                state = ask.kind() == TextSignals.AskKind.PRICE && state.equals("owed") ? "deciding" : null;
            }
            if (outcome == TextSignals.AskOutcome.DONE) {
                settled.addAll(asked.topic());
            }
            if (state != null && (requestClosedSince(asked, day(t, in), in) || closedSince(asked, day(t, in), in)
                    || refusedSince(asked, day(t, in), in))) {
                // "Asked us to stock a fragrance-free shampoo": the request on record was closed since, so it was answered; an opening
                // of ours on it closed since ("Offer the extended warranty", lost the next day) ended the thread the same way
                state = null;
            }
            if (state == null) {
                continue; // answered or acted on: an older ask may still be live
            }
            LocalDate on = day(t, in);
            if (state.equals("owed") && askedAgain(asked, age)) {
                return; // the request on record, asked again: one request, as old as its newest ask
            }
            String again = askedBefore(asked, past.subList(i + 1, past.size()), on, in);
            if (state.equals("deciding") && age > OFFER_PENDING_DAYS) {
                // Thinking it over three months on is no decision still being made: it has gone quiet
                String thing = askedThing(phrase);
                thing = thing == null ? whichThing(phrase) : wholeName(phrase, thing);
                Mention since = lastSpokenOf(asked.topic(), past.subList(0, i), on, in);
                if (since != null && days(since.on(), today) <= OFFER_PENDING_DAYS) {
                    return; // they or we spoke of it lately: whatever is going on, it has not gone quiet
                }
                if (thing != null && age <= OFFER_QUIET_DAYS) {
                    since = OpenThreads.theirsOverOurReminder(since); // our own reminder is no word of theirs: what they said is
                    goneQuiet(thing, since == null ? on : since.on(), since != null ? since.words()
                            : said(t));
                    openItems.add(new BriefLine("Gone quiet, " + values.get("quietOn") + ": " + values.get("quietWords"),
                            "fact:offer-gone-quiet", null, "they were thinking it over, and nothing has been heard of it since"));
                }
                return;
            }
            askState = state.equals("deciding") ? "deciding" : ask.kind().name().toLowerCase(Locale.ROOT);
            askAgeDays = age;
            askTouchpoint = t;
            values.put("askWhat", phrase);
            values.put("askWhatYou", asked.spoken());
            values.put("askWhen", TimeWords.ago(age));
            values.put("askOn", dayInWords(on, today) + (again == null ? "" : ", and " + again + " before that"));
            String thing = askedThing(phrase);
            values.put("askThing", thing == null ? "it" : thing);
            String words = said(t);
            openItems.add(new BriefLine("They asked, " + dayInWords(on, today) + ": " + words
                    + (state.equals("deciding") ? (OpenThreads.saysNotAFit(t.outcome()) ? "" : " (still deciding)") : " (no answer logged)"),
                    "fact:asked-in-words", null, "it is what they asked for, in the words logged"));
            if (state.equals("owed") && t == newestTheirs && age <= ASK_FRESH_DAYS && !openRequest) {
                askedInWords = true;
                request(stripEnd(t.summary()), on);
            } else if (state.equals("owed")) {
                values.put("olderAsk", phrase);
                values.put("olderAskWhen", TimeWords.ago(age));
                // "Will call back after checking with Maya", three months ago, and nothing from them or us since: a promise we broke
                answerOwedLong = t == newestTheirs && !openRequest && TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.OWED;
            }
            return;
        }
    }

    /**
     * Their question is the last word on record: asked on a call or at a visit with nothing logged of what was said back
     * (no outcome at all), and nothing since but notices of ours. A question answered there and then leaves a word of it,
     * or a contact after it; one left with nothing is still theirs to have answered (Charlotte Hoffman, read 51: "asked
     * whether we take the old appliance away when delivering the range cooker", October 7, and nothing since).
     */
    private static boolean lastWord(Touchpoint t, List<Touchpoint> since) {
        return (t.outcome() == null || t.outcome().isBlank()) && since.stream().allMatch(BriefFacts::notice);
    }

    /** Asks of theirs still open that the brief says, at most this many: the newest first. */
    private static final int THEIRS_OPEN_SAID = 2;
    /** Younger than this, an ask is the newest ask's own to answer (the request and ask frames); older than this, history. */
    private static final int THEIRS_OPEN_MIN_DAYS = 14;
    /** A question answered with something of another kind (the price list for "how often") is said once this old: nothing more is coming. */
    private static final int SENT_INSTEAD_MIN_DAYS = 3;
    /** An answer of another kind with a meeting of ours since is said for this long; older, the meetings since had their chance. */
    private static final int SENT_INSTEAD_MAX_DAYS = 180;
    private static final int THEIRS_OPEN_MAX_DAYS = 365;
    /** A request of theirs that wants word from us, not something done: "Wants a roadmap update", "asked for the details". */
    private static final Pattern WANTS_WORD = Pattern.compile(
            "\\b(?:update|news|answer|details|information|info|roadmap|figures|options|availability|slots?|dates?|times?|advice|recommendation)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A choice they asked us to make with them: "which washing machine would fit", "whether the dryer would fit under the counter". */
    private static final Pattern CHOICE_ASKED = Pattern.compile(
            "^(?:which\\b|whether\\b[^.;]{0,60}\\b(?:fit|fits|suit|suits|go|goes)\\b|what size\\b)", Pattern.CASE_INSENSITIVE);
    /** A follow-up that only books a step towards the answer ("Book a home measure for Luca"): the answer is still to come. */
    private static final Pattern BOOKS_A_STEP = Pattern.compile("^\\s*(?:book|arrange|schedule|set up)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Every ask, question or choice of theirs from the last year with nothing since that answers it, beyond
     * the one the brief already speaks of: the one reading of "they asked, and nobody came back to them".
     * An ask is theirs in their own contact, or as the last word of one of ours ("Told Hanna about the
     * booking page — Asked about the new prices", "Account review — Wants a roadmap update"). It is
     * answered by our words since on its topic, a conversation since on it, a follow-up of ours since that
     * names it or gives an answer, the thing bought, or its opening closed; a step booked towards a choice
     * ("Booked a home measure" for "which washing machine would fit") is no answer to it. Asked in a call or
     * a visit with nothing said of it after, it was answered there and then. Reads {@code theirsOpenSaid}
     * (one or two asks, the newest first, said with a sorry once when they waited weeks) and, for the newest
     * one within half a year, the values a call led by it needs.
     */
    private void theirsOpen(BriefInput in, List<Touchpoint> past) {
        List<String> said = new ArrayList<>();
        List<java.util.Set<String>> seen = new ArrayList<>();
        for (int i = 0; i < Math.min(past.size(), WORDS_READ) && said.size() < THEIRS_OPEN_SAID; i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            long age = days(on, today);
            if (age > THEIRS_OPEN_MAX_DAYS) {
                break;
            }
            if (!heard(t) || t == askTouchpoint || TextSignals.saysRefusal(t.summary()) || TextSignals.saysReferral(t.summary())) {
                continue;
            }
            boolean ours = t.direction() == Direction.OUTBOUND;
            String outcome = t.outcome() == null ? "" : t.outcome();
            TextSignals.Ask ask = TextSignals.invitedTo(t.summary(), !ours) != null ? null : askIn(t.summary(), ours);
            boolean lastWord = false;
            TextSignals.Ask toSend = ours ? null : thingToSendAsked(t.summary());
            if (toSend == null && !ours) {
                toSend = thingToSendAsked(outcome);
                lastWord = toSend != null;
            }
            if (toSend != null) {
                ask = toSend; // "wanted references before looking at the licence": something for us to send, whatever else the words are about
            }
            if (ours && A_QUESTION.matcher(outcome).matches()) {
                // "Notice to Tariq: new warranty terms apply — Asked a question": a question on what we told them, its words not logged
                String line = questionOnOurWord(t, past.subList(0, i), in, said.isEmpty());
                if (line != null) {
                    said.add(line);
                }
                continue;
            }
            if (ask == null && !TextSignals.saysStepNeeded(outcome)) {
                ask = askIn(outcome, false); // the last word of the contact: what was left open at its end
                lastWord = true;
            }
            if (ask == null || ask.kind() == TextSignals.AskKind.PLAN || ask.topic().isEmpty()) {
                continue;
            }
            TextSignals.Thread doubt = TextSignals.thread(t.summary(), t.outcome());
            if (doubt != null && doubt.kind() == TextSignals.ThreadKind.DOUBT) {
                continue; // "asked if going for the short cut was a mistake": a doubt, which the doubt lines answer as theirs
            }
            java.util.Set<String> topic = ask.topic();
            if (seen.stream().anyMatch(newer -> sameQuestion(topic, newer))) {
                continue; // asked again since: the newer ask is the one
            }
            seen.add(topic);
            boolean choice = CHOICE_ASKED.matcher(ask.phrase()).find();
            boolean arrange = ask.kind() == TextSignals.AskKind.REQUEST && ARRANGE_ASKED.matcher(ask.phrase()).find();
            boolean wanted = toSend != null || arrange || ask.kind() == TextSignals.AskKind.QUESTION || ReportedQuestion.of(ask)
                    || ask.kind() == TextSignals.AskKind.REQUEST && WANTS_WORD.matcher(ask.phrase()).find();
            // "how often does it need refreshing — Sent the price list": an answer of another kind leaves the question theirs, however fresh
            String instead = lastWord || ours ? null : ReportedQuestion.sentInstead(ask, outcome);
            if (!wanted || age < (instead != null ? SENT_INSTEAD_MIN_DAYS : THEIRS_OPEN_MIN_DAYS)) {
                continue;
            }
            String after = lastWord ? ask.rest() : ask.rest() + " " + outcome;
            TextSignals.AskOutcome state = TextSignals.askOutcome(after.strip());
            boolean stepBooked = TextSignals.saysStepBooked(after);
            // "whether we take the old appliance away when delivering the oven": an errand around the thing, which buying it does not answer
            TextSignals.Ask errand = errandAsked(ask);
            boolean open = toSend != null ? !THING_SENT.matcher(after).find() : instead != null || switch (state) {
                case OWED -> true;
                case UNSAID -> lastWord || t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE;
                case DONE -> choice && stepBooked;
                case INFORMED -> false;
                case DECIDING -> errand != null; // "No decision yet": on the thing itself; the errand got no answer
            };
            if (arrange && visitSince(past.subList(0, i)) != null) {
                continue; // "asked for a session", and we have met since: whatever was arranged, it was theirs to raise there
            }
            if (!open || answeredSinceAsked(errand != null ? errand : ask, choice, instead != null, past.subList(0, i), on, in) || alreadySaid(topic)
                    || refusedSince(ask, on, in)) {
                continue;
            }
            String errandThing = errand == null ? null : askedThing(ask.phrase());
            if (errandThing != null && OpenThreads.purchasedSince(in, on, today, errandThing)) {
                // they have the oven since: whether the old one went with it is a thing to check on, not an answer still to find;
                // months after it came, it was seen to one way or another
                if (!OpenThreads.purchasedSince(in, today.minusDays(ERRAND_CHECKED_DAYS), today, errandThing)) {
                    continue;
                }
                said.add((said.isEmpty() ? "They asked " : "They also asked ") + ask.phrase() + " (" + dayInWords(on, today)
                        + "), and no answer of ours is logged; they have had " + errandThing + " since: ask whether that was seen to, and put it right if not.");
                continue;
            }
            // a question in passing is for whoever they see next; a choice to work out or word we owe them is not given in passing
            if (toSend != null && past.subList(0, i).stream().anyMatch(since -> since.channel() != Channel.EMAIL && since.channel() != Channel.MESSAGE
                    && (since.direction() == Direction.INBOUND || heard(since)))) {
                continue; // we have spoken with them since: what became of the references is not ours to say was never done
            }
            Touchpoint visit = ask.kind() == TextSignals.AskKind.QUESTION && !choice ? visitSince(past.subList(0, i)) : null;
            boolean cameIn = visit != null && visit.channel() == Channel.VISIT && visit.direction() == Direction.INBOUND;
            // an answer of another kind is owned even after a meeting of ours since, for half a year; once they came in, they were answered there
            if (visit != null && age > CAME_IN_ANSWERS_DAYS && (instead == null || cameIn || age > SENT_INSTEAD_MAX_DAYS)) {
                continue; // we met since, weeks after: whatever they asked in passing was theirs to raise there
            }
            // the call already says sorry for the answer we owe them on the same thing ("about the balayage"): this one is more of it
            boolean onOwed = answerOwedLong && sharesTopic(values.getOrDefault("askWhat", ""), topic);
            boolean sorry = age >= LiveThread.ASK_LATE_DAYS && visit == null && !onOwed;
            String day = dayInWords(on, today);
            String text = (said.isEmpty() && !onOwed ? "They asked " : "They also asked ") + ask.phrase() + " (" + day + ")"
                    + (instead != null ? ", and we sent " + instead + ", which does not answer it"
                    : stepBooked ? ", and we " + stepBooked(after) + ", but nothing since gives the answer"
                    : arrange ? ", and nothing since shows it was arranged" : toSend != null ? ", and nothing since shows we sent them" : ", and no answer of ours is logged")
                    + (visit != null ? (visit.channel() == Channel.VISIT && visit.direction() == Direction.INBOUND ? "; they came in since (" : "; we met since (")
                    + dayInWords(day(visit, in), today) + "): make sure it was answered then"
                    : said.isEmpty() ? (instead != null ? ": have the answer itself ready" : arrange ? ": offer them a time" : toSend != null ? ": have them ready" : ": have it ready")
                    + (sorry ? ", and say sorry once for the wait" : "") : "")
                    + ".";
            // "three-year warranty? — Sent pricing", then they wrote twice more about the scanners: the talk went on, so the question is a point in it, not the call
            boolean wroteOnSince = instead != null && past.subList(0, i).stream().anyMatch(since -> since.direction() == Direction.INBOUND
                    && sharesTopic(since.summary() + " " + (since.outcome() == null ? "" : since.outcome()), topic));
            if (said.isEmpty() && sorry && !wroteOnSince && (age <= LiveThread.LIVE_DAYS || t == lastHeard && (toSend != null || arrange))) {
                // their last word was an ask for something we never sent: the months since are our silence, not theirs
                values.put("theirsOpenWhat", ask.phrase());
                values.put("theirsOpenWhatYou", ask.spoken());
                values.put("theirsOpenWhen", TimeWords.ago(age));
            }
            said.add(text);
        }
        if (!said.isEmpty()) {
            values.put("theirsOpenSaid", String.join(" ", said));
        }
    }

    /** Their answer to a contact of ours was a question, and what it asked is not logged: "Asked a question", "Asked a few questions." */
    private static final Pattern A_QUESTION = Pattern.compile(
            "^\\s*(?:they |she |he )?(?:asked|had) (?:a|one|two|some|a few|a couple of) (?:quick |short |small )?questions?\\W*$", Pattern.CASE_INSENSITIVE);

    /**
     * Their question, in writing, on something we told them ("Notice to Tariq: new warranty terms apply to purchases from next month
     * — Asked a question", read 51), with nothing heard from them and no conversation of ours since: what it asked is not logged, so the
     * caller finds out and answers it, with a sorry once when it has waited weeks. Null when it is fresh, a year old, or when they
     * or we have spoken since (the answer was theirs to have there).
     */
    private String questionOnOurWord(Touchpoint t, List<Touchpoint> since, BriefInput in, boolean first) {
        LocalDate on = day(t, in);
        long age = days(on, today);
        boolean written = t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE; // asked on a call or at a visit, it was answered there
        if (!written || age < THEIRS_OPEN_MIN_DAYS || age > THEIRS_OPEN_MAX_DAYS
                || since.stream().anyMatch(newer -> newer.direction() == Direction.INBOUND || heard(newer))) {
            return null;
        }
        String words = stripEnd(t.summary());
        int end = words.indexOf(". ");
        words = end > 0 ? words.substring(0, end) : words; // what we told them, without our note on how it went ("Warm conversation")
        return (first ? "They asked a question" : "They also asked a question") + " on our " + (t.channel() == Channel.EMAIL ? "email" : "message")
                + " of " + dayInWords(on, today) + " (\u201c" + words
                + "\u201d), and no answer of ours is logged: find out what it was and answer it" + (age >= LiveThread.ASK_LATE_DAYS ? ", with a sorry for the wait." : ".");
    }

    /** A request closed on our side longer ago than this has had its day: history, not a thread. */
    private static final int CLOSED_UNANSWERED_DAYS = 365;
    /** With a visit or meeting since, a request closed is asked after for half a year; older, that meeting had its chance. */
    private static final int CLOSED_MET_SINCE_DAYS = 180;

    /**
     * A request of theirs we closed as lost with no reason given and no word of ours to them on it since they
     * asked ("Asked for a loyalty card", closed two weeks later; "Asked if we stock a slimline combination
     * microwave — Said we would look into it", closed a month later): our books were tidied, but nobody told
     * them. It is theirs still, so the brief says it with a sorry (Deborah Khan and Hana Novak, read 49). A
     * reason on record, our words on it since, their word on it again, the thing bought, a request of the same
     * open again or a line that already says it: none of this is said. Reads {@code closedUnansweredSaid}.
     */
    private void closedUnanswered(BriefInput in, List<Touchpoint> past) {
        if (doNotContact) {
            return;
        }
        List<Opportunity> closed = new ArrayList<>();
        for (Opportunity o : in.opportunities()) {
            if (o.kind() == OpportunityKind.REQUEST && o.status() == OpportunityStatus.LOST && o.openedOn() != null && o.closedOn() != null
                    && o.summary() != null && (o.reasonText() == null || o.reasonText().isBlank()) && (o.reasonCode() == null || o.reasonCode().isBlank())
                    && !o.closedOn().isAfter(today) && days(o.openedOn(), today) <= CLOSED_UNANSWERED_DAYS) {
                closed.add(o);
            }
        }
        closed.sort(Comparator.comparing(Opportunity::closedOn).reversed());
        for (Opportunity o : closed) {
            TextSignals.Ask ask = askIn(o.summary(), false);
            java.util.Set<String> topic = ask == null ? java.util.Set.of() : ask.topic();
            if (topic.isEmpty() || alreadySaid(topic) || namesWholeTopic(values.getOrDefault("theirsOpenSaid", ""), topic)
                    || spokenOfSinceAsked(topic, o.openedOn(), past, in) || openRequestOn(topic, in)
                    || refusedSince(ask, o.openedOn(), in)) {
                continue;
            }
            boolean bought = false;
            for (Purchase p : in.purchases()) {
                bought |= p.purchasedOn() != null && !p.purchasedOn().isBefore(o.openedOn()) && !p.purchasedOn().isAfter(today) && sharesTopic(itemName(p, in), topic);
            }
            if (bought) {
                continue;
            }
            // a visit or meeting since is a conversation the answer may have had its place in, unlogged: ask, rather than say sorry outright
            List<Touchpoint> since = past.stream().filter(t -> day(t, in).isAfter(o.openedOn())).toList();
            Touchpoint met = visitSince(since);
            if (met != null && days(o.openedOn(), today) > CLOSED_MET_SINCE_DAYS) {
                continue; // asked long ago and they have been in since: whatever came of it, it is history now
            }
            String closedSaid = "They asked " + ask.phrase() + " (" + dayInWords(o.openedOn(), today) + "), and the request was closed on "
                    + dayInWords(o.closedOn(), today) + " with no answer to them on record";
            values.put("closedUnansweredSaid", closedSaid + (met == null ? ": tell them where it stands, and say sorry once that nobody came back to them."
                    : (met.channel() == Channel.VISIT && met.direction() == Direction.INBOUND ? "; they came in since (" : "; we met since (")
                    + dayInWords(day(met, in), today) + "): check whether it came up then, and if not, tell them where it stands and say sorry once."));
            return;
        }
    }

    /**
     * Since they asked, our words on it to them, or their word on it again, or the contact they asked in ending
     * with an answer ("Told them we don't run one"): the request was not left unanswered, or is spoken of anew.
     */
    private boolean spokenOfSinceAsked(java.util.Set<String> topic, LocalDate asked, List<Touchpoint> past, BriefInput in) {
        for (Touchpoint t : past) {
            LocalDate on = day(t, in);
            if (on.isBefore(asked)) {
                break;
            }
            // "Paid by card" is not the loyalty card: two of its words, when it has two, make it the same thing
            String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            if (topic.stream().filter(words::contains).count() < Math.min(2, topic.size())) {
                continue;
            }
            TextSignals.AskOutcome outcome = TextSignals.askOutcome(t.outcome());
            boolean answered = outcome == TextSignals.AskOutcome.DONE || outcome == TextSignals.AskOutcome.INFORMED;
            if (answered || on.isAfter(asked) || t.direction() == Direction.OUTBOUND && !notice(t)) {
                return true;
            }
        }
        return false;
    }

    /** A request of theirs on the same thing is open again: the open-request lines speak of it. */
    private static boolean openRequestOn(java.util.Set<String> topic, BriefInput in) {
        return in.opportunities().stream().anyMatch(o -> o.kind() == OpportunityKind.REQUEST && o.status() == OpportunityStatus.OPEN
                && o.summary() != null && sharesTopic(o.summary(), topic));
    }

    /**
     * Something they asked us to send that no other reading owns (prices, quotes and slots have their own):
     * references, a reference site, case studies. "Yuki wanted references from a company of a similar size
     * before looking at the Fleet Tracking licence" reads as a question about the licence elsewhere; what
     * waits on us is the references.
     */
    private static final Pattern SEND_ASKED = Pattern.compile(
            "\\b(?:wants?|wanted|asked (?:us )?for|would like|requested|needs?|is waiting for|was waiting for)\\s+(?:some |a |an |the |a few |two |three )?"
                    + "((?:references?|reference (?:sites?|customers?|calls?)|case stud(?:y|ies)|testimonials?)\\b"
                    + "(?:[^.;,]{1,40}?(?=\\s*(?:$|[.;,]|\\s(?:before|so|to|as|because|ahead)\\b)))?)",
            Pattern.CASE_INSENSITIVE);
    /** Something they asked us to arrange with them: "Asked for a session", "wants a demo of the Dispatch licence". */
    private static final Pattern ARRANGE_ASKED = Pattern.compile(
            "^(?:for|to have|to book)\\s+(?:a|an|another|one more|a further|a follow-up)\\s+(?:[\\p{L}-]+\\s+)?(?:session|demo|trial|workshop|walkthrough|training)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Our words that say we sent them: "Sent references", "Emailed two case studies", "References shared". */
    private static final Pattern THING_SENT = Pattern.compile(
            "\\b(?:sent|emailed|gave|shared|forwarded|passed on|put (?:them|her|him) in touch)\\b[^.;]{0,30}?\\b(?:references?|case stud(?:y|ies)|testimonials?|reference)\\b"
                    + "|\\b(?:references?|case stud(?:y|ies)|testimonials?) (?:sent|emailed|given|shared)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Their ask for something to send them ({@link #SEND_ASKED}), as an ask "for references from …"; null when the words ask none. */
    static TextSignals.Ask thingToSendAsked(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        Matcher asked = SEND_ASKED.matcher(words);
        return asked.find() ? new TextSignals.Ask(TextSignals.AskKind.REQUEST, "for " + asked.group(1).strip(), words.substring(asked.end())) : null;
    }

    /** An errand around a thing they asked about ("take the old appliance away"), once it came this long ago, is history. */
    private static final int ERRAND_CHECKED_DAYS = 60;

    /** A question in passing older than this, with a visit or a meeting since, was theirs to raise there. */
    private static final int CAME_IN_ANSWERS_DAYS = 45;

    /** The newest time we met since (a visit of theirs, or a visit or meeting of ours that reached them), or null. */
    private static Touchpoint visitSince(List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            if ((t.channel() == Channel.VISIT || t.channel() == Channel.MEETING) && (t.direction() == Direction.INBOUND || heard(t))) {
                return t;
            }
        }
        return null;
    }

    /**
     * Something since they asked answers it: our words on its topic, a conversation on it, a follow-up of ours
     * done that names it or gives an answer (not one that only books a step towards a choice), the thing bought,
     * its opening or request closed.
     */
    private boolean answeredSinceAsked(TextSignals.Ask ask, boolean choice, boolean inKind, List<Touchpoint> newer, LocalDate on, BriefInput in) {
        java.util.Set<String> topic = ask.topic();
        for (Touchpoint t : newer) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (inKind && t.direction() == Direction.OUTBOUND && ReportedQuestion.onlySendsAgain(t.summary())) {
                continue; // the price list again is still not the answer to how often, or to a warranty
            }
            if (t.direction() == Direction.INBOUND && TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.OWED) {
                continue; // they rang about it again and we said we would call back after checking: that call answered nothing either
            }
            if ((inKind ? speaksToQuestion(words, topic) : sharesTopic(words, topic)) && (t.direction() == Direction.OUTBOUND || t.channel() != Channel.EMAIL && t.channel() != Channel.MESSAGE
                    || TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.DONE || TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.INFORMED)) {
                return true; // we wrote about it, spoke of it with them, or saw to it when they wrote of it again ("Booked a consultation")
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null || LocalDate.ofInstant(fu.doneAt(), in.zone()).isBefore(on)
                    || LocalDate.ofInstant(fu.doneAt(), in.zone()).isAfter(today) || TextSignals.saysSalesReminder(fu.reason())) {
                continue;
            }
            if (choice && BOOKS_A_STEP.matcher(fu.reason()).find() && !sharesTopic(fu.reason(), topic)) {
                continue;
            }
            if (inKind && ReportedQuestion.onlySendsAgain(fu.reason())) {
                continue;
            }
            if ((inKind ? speaksToQuestion(fu.reason(), topic) : sharesTopic(fu.reason(), topic)) || fu.dueOn() != null && days(on, fu.dueOn()) <= DUE_SOON_DAYS && !aboutSomethingElse(fu.reason(), topic)
                    && GIVES_AN_ANSWER.matcher(fu.reason()).find()) {
                return true;
            }
        }
        for (Purchase p : in.purchases()) {
            if (p.purchasedOn() != null && !p.purchasedOn().isBefore(on) && !p.purchasedOn().isAfter(today) && sharesTopic(itemName(p, in), topic)) {
                return true;
            }
        }
        return requestClosedSince(ask, on, in) || OpenThreads.openingClosedSince(in, on, today, ask.phrase());
    }

    /**
     * The words speak of the question itself, not only of its thing: most of its topic's words are in them
     * ("Told Ethan the dash cams come with a three-year warranty" answers "dash cams with a three-year
     * warranty"; "Suggested the dash cams" does not).
     */
    private static boolean speaksToQuestion(String words, java.util.Set<String> topic) {
        String lower = words.toLowerCase(Locale.ROOT);
        long shared = topic.stream().filter(lower::contains).count();
        return topic.size() <= 2 ? shared > 0 : shared * 2 >= topic.size() + 1;
    }

    private static final Pattern STEP_NAMED = Pattern.compile("\\b(booked|arranged|scheduled)\\s+((?:a|an|the)\\s+[^.;,]{2,30}?)\\s*(?:[.;,]|$)",
            Pattern.CASE_INSENSITIVE);

    /** "booked a home measure" from "Booked a home measure."; "booked a step towards it" when the words do not name it. */
    private static String stepBooked(String words) {
        Matcher step = STEP_NAMED.matcher(words);
        return step.find() ? step.group(1).toLowerCase(Locale.ROOT) + " " + step.group(2).strip() : "booked a step towards it";
    }

    /** What the brief's lines say of the threads between us: an ask already said in one of these is not said again. */
    private static final List<String> THREADS_SAID = List.of("askWhat", "olderAsk", "request", "requestWhat", "quietThing", "quietWords",
            "threadSaid", "threadWords", "threadThing", "offerWhat", "offerReply", "stepSaid", "stepPoint", "visitSaid", "quoteOwedSaid",
            "interestThing", "interestStep", "owedSaid", "underWaySaid", "underWayWords", "liveSaid", "liveWords", "liveThing", "aheadSaid",
            "aheadWhat", "asideSaid", "asideThing", "awaitedSaid", "problemWhat", "lastWordWords", "noteToAct", "invitedTo",
            "hookWhat", "complaint", "metSaid", "mendedWords", "hardWords", "ratingWords", "freshSaid", "bookSaid", "dayPassedSaid",
            "threadForSaid", "upsell");

    /** A line of the brief already speaks of it: every word of its topic is in something it says. */
    private boolean alreadySaid(java.util.Set<String> topic) {
        for (String key : THREADS_SAID) {
            String value = values.get(key);
            if (value != null && namesWholeTopic(value, topic)) {
                return true;
            }
        }
        return timeAheadTopic != null && namesWholeTopic(timeAheadTopic, topic)
                || openItems.stream().anyMatch(line -> line.rule().equals("fact:asked-in-words") && namesWholeTopic(line.text(), topic));
    }

    /**
     * The newest thing we offered them in the last months that they said they would think over
     * ("Suggested the blow-dry club to Noor; interested, will think about it", "Proposal for the
     * support plan sent — needs approval"), and that nothing since has decided: no purchase of it,
     * no refusal of it, no contact that says it was signed, bought or turned down.
     */
    private void offers(BriefInput in, List<Touchpoint> past, List<Opportunity> opportunities) {
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            long age = days(on, today);
            if (age > OFFER_QUIET_DAYS || age > OFFER_PENDING_DAYS && offerGoneQuiet && quietAgeDays <= age) {
                return;
            }
            if (t.direction() != Direction.OUTBOUND) {
                continue;
            }
            String thing = TextSignals.offeredThing(t.summary());
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = t.summary() + " " + outcome;
            if (thing == null || TextSignals.saysRefusal(words) || !TextSignals.saysWeighingUp(words)
                    || TextSignals.askOutcome(outcome) == TextSignals.AskOutcome.DONE) {
                continue;
            }
            java.util.Set<String> topic = new TextSignals.Ask(TextSignals.AskKind.REQUEST, thing, "").topic();
            if (topic.isEmpty() || decidedSince(topic, past.subList(0, i), on, in, opportunities) || OpenThreads.openingClosedSince(in, on, today, thing)) {
                continue;
            }
            if (age > OFFER_PENDING_DAYS) {
                Mention since = lastSpokenOf(topic, past.subList(0, i), on, in);
                if (since != null && days(since.on(), today) <= OFFER_PENDING_DAYS) {
                    continue; // they or we spoke of it lately: it has not gone quiet
                }
                String whole = wholeName(t.summary(), thing);
                quietOurs = !THEY_ASKED.matcher(t.summary()).find() && past.subList(i + 1, past.size()).stream()
                        .noneMatch(older -> heard(older) && speaksOf(older.summary() == null ? "" : older.summary(), topic));
                since = OpenThreads.theirsOverOurReminder(since);
                goneQuiet(whole.startsWith("The ") ? "t" + whole.substring(1) : whole, since == null ? on : since.on(), since != null ? since.words()
                        : stripEnd(t.summary()) + (outcome.isBlank() ? "" : " \u2014 " + stripEnd(outcome)));
                openItems.removeIf(line -> line.rule().equals("fact:offer-gone-quiet"));
                openItems.add(new BriefLine("Gone quiet, " + values.get("quietOn") + ": " + values.get("quietWords"),
                        "fact:offer-gone-quiet", null, "we offered it, they wanted to think it over, and nothing has been heard of it since"));
                return;
            }
            offerPending = true;
            offerAgeDays = age;
            // "Will decide after payday", yesterday: theirs to weigh until then, not ours to chase
            offerLater = age <= DECIDE_LATER_DAYS && TextSignals.decidesLater(words);
            // "Demoed the Premium support plan": the whole name, not "the Premium" cut off at "support"
            String named = wholeName(t.summary(), thing);
            values.put("offerWhat", named.startsWith("The ") ? "t" + named.substring(1) : named);
            values.put("offerWhen", TimeWords.ago(age));
            values.put("offerOn", dayInWords(on, today));
            // "Presented the Dispatch licence to Lars; interested, needs budget approval": their reply is after the semicolon
            int reply = t.summary().indexOf(';');
            String theirs = OpenThreads.noReply(outcome) ? "" : outcome; // our "No reply yet" is no word of theirs
            values.put("offerReply", stripEnd(!theirs.isBlank() ? theirs : reply > 0 ? t.summary().substring(reply + 1).strip() : t.summary()));
            openItems.add(new BriefLine("Waiting for their decision: " + stripEnd(t.summary())
                    + (outcome.isBlank() ? "" : " \u2014 " + stripEnd(outcome)) + " (" + dayInWords(on, today) + ")",
                    "fact:offer-pending", null, "we offered it and they wanted to think it over"));
            return;
        }
    }

    /** A contact that spoke of a thing: on which day, in its own words. */
    record Mention(LocalDate on, String words) {
    }

    /**
     * The newest contact after {@code on} that speaks of the thing (most of its topic's words): a
     * touchpoint of theirs or ours, or a follow-up of ours done ("Send Dev the quote for the
     * dishwasher"); null when none. What they were thinking over has gone quiet only since then:
     * they came to look at it in September, we sent the quote in October, so nothing since July is
     * untrue.
     */
    private Mention lastSpokenOf(java.util.Set<String> topic, List<Touchpoint> newer, LocalDate on, BriefInput in) {
        Mention newest = null;
        for (Touchpoint t : newer) {
            String words = stripEnd(t.summary() == null ? "" : t.summary())
                    + (t.outcome() == null || t.outcome().isBlank() ? "" : " \u2014 " + stripEnd(t.outcome()));
            if (day(t, in).isAfter(on) && speaksOf(words, topic)) {
                newest = new Mention(day(t, in), words);
                break; // newest first
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null) {
                continue;
            }
            LocalDate done = fu.doneAt().atZone(in.zone()).toLocalDate();
            if (done.isAfter(on) && !done.isAfter(today) && (newest == null || done.isAfter(newest.on())) && speaksOf(fu.reason(), topic)) {
                newest = new Mention(done, stripEnd(fu.reason()) + " \u2014 done");
            }
        }
        return newest;
    }

    /** Whether the words name most of a thing's topic: "a bond-repair treatment" speaks of the bond-repair treatment, "a treatment" does not. */
    private static boolean speaksOf(String words, java.util.Set<String> topic) {
        if (topic.isEmpty()) {
            return false;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        long named = topic.stream().filter(lower::contains).count();
        return named * 3 >= topic.size() * 2L;
    }

    private void goneQuiet(String thing, LocalDate on, String words) {
        offerGoneQuiet = true;
        quietAgeDays = days(on, today);
        values.put("quietThing", thing);
        values.put("quietOn", dayInWords(on, today));
        values.put("quietWhen", TimeWords.ago(quietAgeDays));
        values.put("quietWords", words);
    }

    private static final Pattern NAME_GOES_ON = Pattern.compile(
            "^\\s+(?:[\\p{L}-]+\\s+)?(?:plan|package|licence|license|contract|module|add-on|service|treatment|kit|set|bundle|subscription|pack|programme|program)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The thing's whole name in these words: "the Premium support plan", not "the Premium" (a word
     * like "support" also reads as a verb), and "the cut and blow-dry", not "the cut".
     */
    static String wholeName(String words, String thing) {
        String whole = wholeThing(words, thing);
        int at = words.toLowerCase(Locale.ROOT).indexOf(whole.toLowerCase(Locale.ROOT));
        Matcher more = at < 0 ? null : NAME_GOES_ON.matcher(words.substring(at + whole.length()));
        return more != null && more.find() ? whole + more.group() : whole;
    }

    private static final Pattern WHICH_THING = Pattern.compile(
            "\\bwhich ([\\p{L}-]+(?: [\\p{L}-]+){0,2}?) (?:would|will|could|might|we|they|to|is|fits?|suits?|for|works?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What they asked us to help them choose: "a dryer" in "which dryer would fit" (their measurements sent), "a capsule coffee
     * maker" in "which capsule coffee maker we would recommend"; null when the words name none.
     */
    static String whichThing(String phrase) {
        Matcher m = WHICH_THING.matcher(phrase);
        if (!m.find()) {
            return null;
        }
        String thing = m.group(1).toLowerCase(Locale.ROOT);
        return (thing.matches("[aeiou].*") ? "an " : "a ") + thing;
    }

    /** The thing an ask is about: "the oven" in "about the energy rating and running costs of the oven". */
    /** A question about a service around the thing: "whether we take the old appliance away when delivering the washer-dryer". */
    private static final Pattern AROUND_THE_THING = Pattern.compile(
            "\\b(?:when|while|on|after|before|with)\\s+(?:(?:you|we)\\s+)?(?:deliver(?:ing|s)?|install(?:ing|s)?|fit(?:ting|s)?|collect(?:ing|s)?|fitting|delivery of|installation of)\\s+(the\\s.*)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The errand in a question about a service around the thing ("whether we take the old appliance away" of
     * "… when delivering the oven"), as an ask of its own, so that only words about the errand answer it;
     * null when the question is about the thing itself.
     */
    static TextSignals.Ask errandAsked(TextSignals.Ask ask) {
        if (ask.kind() != TextSignals.AskKind.QUESTION) {
            return null;
        }
        Matcher around = AROUND_THE_THING.matcher(ask.phrase());
        if (!around.find() || TextSignals.theThing(around.group(1)) == null) {
            return null;
        }
        TextSignals.Ask errand = new TextSignals.Ask(ask.kind(), ask.phrase().substring(0, around.start()).strip(), ask.rest());
        return errand.topic().isEmpty() ? null : errand;
    }

    static String askedThing(String phrase) {
        // the thing the question is about, not the errand around it: "the washer-dryer", not "the old appliance away"
        Matcher around = AROUND_THE_THING.matcher(phrase);
        String delivered = around.find() ? TextSignals.theThing(around.group(1)) : null;
        if (delivered != null) {
            return delivered;
        }
        int of = phrase.lastIndexOf(" of the ");
        String thing = of < 0 ? null : TextSignals.theThing(phrase.substring(of + 4));
        return thing != null ? thing : TextSignals.theThing(phrase);
    }

    /**
     * They are deciding about two things: what they asked about, and what we offered since. The newer
     * one is what they are weighing up now and leads the call; the older stays among the open items.
     */
    private void newestInterestLeads() {
        if (offerPending && "deciding".equals(askState) && askAgeDays != null && offerAgeDays != null && offerAgeDays < askAgeDays) {
            askState = "none";
        }
    }

    private void requestOutrun() {
        if (!openRequest || requestAgeDays == null) {
            return;
        }
        boolean newerAsk = "deciding".equals(askState) && askAgeDays != null && askAgeDays < requestAgeDays;
        boolean newerOffer = offerPending && offerAgeDays != null && offerAgeDays < requestAgeDays;
        requestOutrun = newerAsk || newerOffer;
    }

    private static final Pattern STEP_BOOKED = Pattern.compile(
            "\\b(?:(demo|consultation|patch test|trial|pilot|site visit|site survey|viewing|fitting)\\b[^.;]{0,30}\\b(?:booked|arranged|scheduled)"
                    + "|book(?:ed)?\\b[^.;]{0,40}?\\b(demo|consultation|patch test|trial|pilot|site visit|site survey|viewing|fitting))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEP_SHOWN = Pattern.compile("\\b(demoed|demonstrated|showed|put (one|it) aside|will come in\\b[^.;]{0,30}\\bto see it)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Our price list, which prices every thing they may ask about: sent again, it is the price sent again. */
    private static final Pattern PRICE_LIST = Pattern.compile("\\bprice lists?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STEP_PRICED = Pattern.compile(
            "\\b(sent|send)\\b[^.;]{0,40}?\\b(pricing|price list|prices|price|quote|proposal)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A prospect who has asked about the same thing in two contacts or more: what it is ("the
     * barcode scanners"), how often and since when, and the latest step taken on it (a demo or a
     * consultation booked, shown to them, the price sent), so the call picks up where it was left
     * instead of asking what they need as if we had never spoken.
     */
    private void prospectHistory(BriefInput in, List<Touchpoint> past) {
        if (phase != Phase.PROSPECT) {
            return;
        }
        List<Touchpoint> theirs = past.stream().filter(t -> heard(t) && !notice(t)).toList();
        String thing = null;
        int most = 1;
        for (Touchpoint t : theirs) {
            String candidate = wholeThing(t.summary(), TextSignals.theThing(t.summary()));
            if (candidate == null || candidate.equals(thing)) {
                continue;
            }
            String bare = candidate.substring(4).toLowerCase(Locale.ROOT);
            int times = (int) theirs.stream().filter(o -> o.summary().toLowerCase(Locale.ROOT).contains(bare)).count();
            if (times > most) { // newest first: a tie keeps the thing they spoke of last
                most = times;
                thing = candidate;
            }
        }
        if (thing == null) {
            return;
        }
        String bare = thing.substring(4).toLowerCase(Locale.ROOT);
        LocalDate first = null;
        String step = null;
        LocalDate stepOn = null;
        int raisedByThem = 0;
        int spokenOf = 0;
        for (Touchpoint t : theirs) {
            if (t.summary().toLowerCase(Locale.ROOT).contains(bare)) {
                spokenOf++;
                raisedByThem += raisedByThem(t) ? 1 : 0;
                interestLastOn = interestLastOn == null ? day(t, in) : interestLastOn;
                first = day(t, in);
                if (step == null) {
                    step = stepOf(t);
                    stepOn = step == null ? null : day(t, in);
                }
            }
        }
        // "Dev said no to the mobile app add-on after the board meeting": a no since their last ask settles it, and nothing is
        // left to decide (Pinecrest Pest Control, read 48)
        if (refusedSince(thing, interestLastOn, in)) {
            interestLastOn = null;
            return;
        }
        for (FollowUp fu : in.followUps()) {
            String done = fu.doneAt() == null ? null : step(fu.reason());
            // the day it was done, not the day it was due: a quote sent on the 26th is not "sent on the 28th" (Inês Brennan, read 48)
            LocalDate doneOn = fu.doneAt() == null ? null : LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (done != null && fu.reason().toLowerCase(Locale.ROOT).contains(bare) && (stepOn == null || doneOn.isAfter(stepOn))) {
                done = stepThatDay(done, doneOn, bare, past, in);
                if (done != null) {
                    step = done;
                    stepOn = doneOn;
                }
            }
        }
        if (step != null) {
            // the same step taken again since by us: "Sent Deborah the price list" in July after the price sent in May is the price sent in July
            for (Touchpoint t : past) {
                LocalDate on = day(t, in);
                if (!on.isAfter(stepOn)) {
                    break;
                }
                String words = t.summary() + ". " + (t.outcome() == null ? "" : t.outcome());
                if (t.direction() == Direction.OUTBOUND && !notice(t) && step.equals(step(words))
                        && (words.toLowerCase(Locale.ROOT).contains(bare) || step.equals("we sent the price") && PRICE_LIST.matcher(words).find())) {
                    stepOn = on;
                    break;
                }
            }
        }
        prospectHistory = true;
        interestAsks = most;
        values.put("interestThing", thing);
        // we suggested it, demoed it and chased it, and they only answered: "they have asked about it" would tell the caller the opposite
        // (Falcon Logistics, read 52); one call-back of ours among seven asks of theirs leaves it theirs (Priya Nowak, book 9341)
        values.put("interestTalked", raisedByThem * 2 >= spokenOf && raisedByThem >= 2 ? "they have asked about" : "we have talked with them about");
        values.put("interestTimes", (most == 2 ? "twice" : TimeWords.count(most) + " times") + " since " + dayInWords(first, today));
        values.put("interestStep", step == null ? "" : ", and " + step + " (" + dayInWords(stepOn, today) + ")");
        interestStepOn = stepOn;
    }

    /** A contact where they raised the thing: theirs, or ours with their own ask in it ("Noah asked for a quote", "Wants a quote"). */
    private static boolean raisedByThem(Touchpoint t) {
        return t.direction() == Direction.INBOUND || TextSignals.ask(t.summary(), true) != null
                || t.outcome() != null && TextSignals.ask(t.outcome(), false) != null;
    }

    /** How lately a prospect must have spoken of the thing they keep asking about for it to lead over something older gone quiet. */
    private static final int INTEREST_LEADS_DAYS = 60;
    /** How often a prospect must have asked about their own thing for it to lead over a suggestion of ours gone quiet, however old. */
    private static final int ASKS_OVER_OURS = 3;
    /** Longer ago than this, even a thing they asked about again and again is no longer what they are after. */
    private static final int ASKS_OVER_OURS_DAYS = 180;
    /** Our contact says they asked for it ("Frank asked for a written quote"): what went quiet was theirs too, not only our suggestion. */
    private static final Pattern THEY_ASKED = Pattern.compile("\\b(?:asked|requested|enquired)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A prospect's own thread is newer than what went quiet: they have kept asking about the balayage (a
     * patch test booked two weeks ago) since the cut and blow-dry they were thinking over in August. What
     * they raised last leads the call; the older thing stays a line under it.
     */
    private void quietOutrun() {
        if (!offerGoneQuiet || !prospectHistory || interestLastOn == null || quietAgeDays == null) {
            return;
        }
        String interest = values.get("interestThing").toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        String quiet = values.getOrDefault("quietThing", "").toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        if (quiet.isEmpty() || interest.contains(quiet) || quiet.contains(interest)) {
            return; // the same thing: the gone-quiet frame is its history already
        }
        long interestAge = days(interestLastOn, today);
        // Something we suggested once, never asked about by them, does not lead over the thing they have asked about again and
        // again, even if our suggestion came after: the coffee machine asked about six times leads, the fridge freezer we
        // suggested is a line under it (Olivia Anderson, read 50)
        quietOutrun = interestAge < quietAgeDays && interestAge <= INTEREST_LEADS_DAYS
                || quietOurs && interestAsks >= ASKS_OVER_OURS && interestAge <= ASKS_OVER_OURS_DAYS;
    }

    private static final Pattern AND_MORE = Pattern.compile(
            "^ (?:and|&) ((?!(?:the|a|an|our|your|their|its|how|what|whether|when|if|which|who)\\b)[\\p{L}-]+)\\b", Pattern.CASE_INSENSITIVE);

    /** "the cut" of "the cut and blow-dry on shoulder-length hair" is the cut and blow-dry: one thing with "and" in its name. */
    private static String wholeThing(String words, String thing) {
        if (thing == null) {
            return null;
        }
        int at = words.toLowerCase(Locale.ROOT).indexOf(thing.toLowerCase(Locale.ROOT));
        Matcher more = at < 0 ? null : AND_MORE.matcher(words.substring(at + thing.length()));
        return more != null && more.find() ? thing + " and " + more.group(1).toLowerCase(Locale.ROOT) : thing;
    }

    private static final Pattern BOOKED_SAID = Pattern.compile("^a (.+) was booked$");
    private static final Pattern DATES_OFFERED = Pattern.compile("\\bdates?\\b|\\bslots?\\b|\\btimes\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A follow-up "Book the barcode scanners demo" ticked off says only that someone acted on it; our contact of that day says
     * what was done. "Emailed Johan dates for the barcode scanners demo", unanswered, booked nothing (Windmere Engineering,
     * read 51; Leila Moreau and Pinecrest, read 48): dates were offered. With no contact of ours that day, the tick stands.
     */
    private static String stepThatDay(String done, LocalDate doneOn, String thing, List<Touchpoint> past, BriefInput in) {
        Matcher booked = BOOKED_SAID.matcher(done);
        if (!booked.matches()) {
            return done;
        }
        for (Touchpoint t : past) {
            String words = summaryAndOutcome(t);
            if (t.direction() == Direction.OUTBOUND && day(t, in).equals(doneOn) && words.toLowerCase(Locale.ROOT).contains(thing)) {
                String said = stepOf(t);
                return said != null ? said : DATES_OFFERED.matcher(words).find() ? "we offered dates for a " + booked.group(1) : null;
            }
        }
        return done;
    }

    /** The step a contact took towards a decision, read from its summary and outcome. */
    private static String stepOf(Touchpoint t) {
        return step(t.summary() + ". " + (t.outcome() == null ? "" : t.outcome()));
    }

    /** The step a contact or follow-up took towards a decision, said after "and": "a demo was booked", "we sent the price". */
    private static String step(String words) {
        Matcher booked = STEP_BOOKED.matcher(words);
        if (booked.find()) {
            return "a " + (booked.group(1) != null ? booked.group(1) : booked.group(2)).toLowerCase(Locale.ROOT) + " was booked";
        }
        Matcher shown = STEP_SHOWN.matcher(words);
        if (shown.find()) {
            return shown.group(1).toLowerCase(Locale.ROOT).startsWith("put") ? "we put one aside for them"
                    : shown.group(1).toLowerCase(Locale.ROOT).startsWith("will") ? "they were coming in to see it" : "we showed it to them";
        }
        Matcher priced = STEP_PRICED.matcher(words);
        if (priced.find()) {
            String what = priced.group(2).toLowerCase(Locale.ROOT);
            return "we sent " + (what.equals("proposal") || what.equals("quote") ? "the " + what : "the price");
        }
        return null;
    }

    /** Since the offer, they bought it, turned it down, or a contact about it says it was signed, bought or refused. */
    private boolean decidedSince(java.util.Set<String> topic, List<Touchpoint> newer, LocalDate on, BriefInput in, List<Opportunity> opportunities) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (sharesTopic(words, topic) && (TextSignals.saysRefusal(words) || TextSignals.askOutcome(t.outcome()) == TextSignals.AskOutcome.DONE
                    && !TextSignals.saysWeighingUp(words))) {
                return true;
            }
        }
        for (Purchase p : in.purchases()) {
            if (p.purchasedOn() != null && !p.purchasedOn().isBefore(on) && !p.purchasedOn().isAfter(today) && namesWholeTopic(itemName(p, in), topic)) {
                return true; // the Fleet Tracking licence renewed is no decision on the Dispatch licence: a purchase names all of it
            }
        }
        for (Opportunity o : opportunities) {
            if (o.kind() == OpportunityKind.REFUSAL && o.openedOn() != null && !o.openedOn().isBefore(on) && sharesTopic(o.summary(), topic)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ask is the open request on record, asked again since it was opened: the request is then as
     * old as this newest ask, and it is said once.
     */
    private boolean askedAgain(TextSignals.Ask ask, long age) {
        String request = values.get("request");
        if (!openRequest || request == null || requestAgeDays == null || age >= requestAgeDays) {
            return false;
        }
        java.util.Set<String> requested = new TextSignals.Ask(TextSignals.AskKind.REQUEST, request, "").topic();
        java.util.Set<String> topic = ask.topic();
        long shared = topic.stream().filter(requested::contains).count();
        if (shared == 0 || shared * 3 < Math.min(topic.size(), requested.size()) * 2L) {
            return false;
        }
        requestAgeDays = age;
        values.put("requestWhen", TimeWords.ago(age));
        return true;
    }

    /**
     * Since they asked, we had a conversation with them (a call, a visit, a meeting that reached
     * them) about the same thing, and they did not ask again: what they asked was taken up there.
     */
    private static boolean takenUpSince(TextSignals.Ask ask, List<Touchpoint> newer) {
        java.util.Set<String> topic = ask.topic();
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if ((t.channel() == Channel.CALL || t.channel() == Channel.VISIT || t.channel() == Channel.MEETING) && heard(t) && sharesTopic(words, topic)) {
                return true;
            }
        }
        return false;
    }

    /** We were in touch since: a message or call of ours, or a conversation of any kind. */
    private static boolean spokeSince(List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            if (t.direction() == Direction.OUTBOUND || t.channel() == Channel.CALL || t.channel() == Channel.VISIT || t.channel() == Channel.MEETING) {
                return true;
            }
        }
        return false;
    }

    /** They came in or bought since, or a visit was booked: a plan to come back has happened. */
    private boolean cameSince(List<Touchpoint> newer, LocalDate on) {
        for (Touchpoint t : newer) {
            if ((t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT) || TextSignals.saysBooked(t.summary() + " " + t.outcome())) {
                return true;
            }
        }
        for (Purchase p : bought) {
            if (p.purchasedOn().isAfter(on)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A later contact of ours says it was answered on the same topic, or they bought what they asked
     * about, or the follow-up promised for it was done. While they are {@code deciding}, a done
     * follow-up that only asked whether they had decided says nothing of what they decided.
     */
    private static final Pattern DEMO_ASKED = Pattern.compile("^for (?:a|the|another) (?:\\w+ )?demo(?:nstration)?\\b", Pattern.CASE_INSENSITIVE);

    /** A demo spoken of since the ask, by us or them, or a follow-up about one done: the ask for a demo was taken up. */
    private boolean demoSince(List<Touchpoint> newer, LocalDate on, BriefInput in) {
        if (newer.stream().anyMatch(t -> summaryAndOutcome(t).toLowerCase(Locale.ROOT).contains("demo"))) {
            return true;
        }
        return in.followUps().stream().anyMatch(fu -> fu.doneAt() != null && fu.reason() != null && fu.reason().toLowerCase(Locale.ROOT).contains("demo")
                && !LocalDate.ofInstant(fu.doneAt(), in.zone()).isBefore(on) && !LocalDate.ofInstant(fu.doneAt(), in.zone()).isAfter(today));
    }

    private boolean answeredSince(TextSignals.Ask ask, boolean deciding, List<Touchpoint> newer, LocalDate on, BriefInput in) {
        java.util.Set<String> topic = ask.topic();
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (t.direction() == Direction.OUTBOUND && TextSignals.saysAnswered(words) && sharesTopic(words, topic)) {
                return true;
            }
        }
        for (Purchase p : in.purchases()) {
            if (p.purchasedOn() != null && !p.purchasedOn().isBefore(on) && !p.purchasedOn().isAfter(today)
                    && sharesTopic(itemName(p, in), topic)) {
                return true;
            }
        }
        // The follow-up promised for it ("Send Kenji the price list", due within weeks of the ask, or "Share the roadmap
        // outcome with Mathieu", naming what they asked for, whenever it was due) was done.
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() != null && !LocalDate.ofInstant(fu.doneAt(), in.zone()).isBefore(on)
                    && !LocalDate.ofInstant(fu.doneAt(), in.zone()).isAfter(today)
                    && !fu.dueOn().isBefore(on) && (days(on, fu.dueOn()) <= DUE_SOON_DAYS || fu.reason() != null && sharesTopic(fu.reason(), topic))
                    && (!TextSignals.saysSalesReminder(fu.reason()) || TextSignals.saysChaseDecision(fu.reason()) && !deciding)) {
                if (deciding && STEP_PRICED.matcher(fu.reason()).find()) {
                    continue; // "Send Inês the quote for the dishwasher": a step on the way to their decision, not the end of it
                }
                if (ask.kind() == TextSignals.AskKind.REQUEST && aboutSomethingElse(fu.reason(), topic)) {
                    continue; // "Introduce Ana to the onboarding lead", done after she asked for a roadmap update: another step of ours
                }
                return true;
            }
        }
        return false;
    }

    /**
     * They bought, on or after the day they asked, the thing the ask was about: every word of the
     * item's name is in the ask ("Full head colour" for "a rough price for the full head colour on
     * shoulder-length hair"), not just one ("Colour-protect shampoo").
     */
    private boolean boughtWhatWasAsked(TextSignals.Ask ask, LocalDate on, BriefInput in) {
        java.util.Set<String> topic = ask.topic();
        for (Purchase p : in.purchases()) {
            if (p.purchasedOn() == null || p.purchasedOn().isBefore(on) || p.purchasedOn().isAfter(today)) {
                continue;
            }
            // the item's words read as the ask's are ("Cut & blow-dry" is about the blow-dry), so a short word of its name is no bar
            java.util.Set<String> named = new TextSignals.Ask(ask.kind(), itemName(p, in), "").topic();
            if (!named.isEmpty() && topic.containsAll(named)) {
                return true;
            }
        }
        return false;
    }

    /** "Gave the brochure", "Sent the spec sheet": something to read it over with, so they are weighing up the thing itself. */
    private static final Pattern READING_GIVEN = Pattern.compile(
            "\\b(?:sent|gave|emailed|handed|posted|took)\\b[^.;]{0,30}?\\b(?:brochures?|leaflets?|catalogues?|spec(?:ification)?s?(?: sheets?)?|data ?sheets?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMES_A_THING = Pattern.compile("\\b(?:the|a|an)\\s+\\p{L}", Pattern.CASE_INSENSITIVE);

    /** What a follow-up gives that answers an ask whatever it was about: a price, a quote, details, an answer. */
    private static final Pattern GIVES_AN_ANSWER = Pattern.compile(
            "\\b(?:price|prices|pricing|quote|quotation|proposal|estimate|details|answer|info|information|options|availability|slots?|dates?|times?|call|ring|phone)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A follow-up that names a thing of its own, none of whose words the ask shares, and gives no answer of
     * any kind ("Introduce Ana to the onboarding lead"): it saw to something else.
     */
    private static boolean aboutSomethingElse(String reason, java.util.Set<String> topic) {
        return !topic.isEmpty() && reason != null && NAMES_A_THING.matcher(reason).find() && !sharesTopic(reason, topic)
                && !GIVES_AN_ANSWER.matcher(reason).find();
    }

    /**
     * Two asks are one question asked twice when their words mostly agree, not when they merely name
     * the same thing: "about the energy rating of the fridge freezer" and "for a quote for the fridge
     * freezer" are two questions.
     */
    static boolean sameQuestion(java.util.Set<String> topic, java.util.Set<String> earlier) {
        long shared = earlier.stream().filter(topic::contains).count();
        return shared > 0 && shared * 3 >= Math.max(topic.size(), earlier.size()) * 2L;
    }

    /** The day of an earlier ask of the same question in the half-year before, or null. */
    private String askedBefore(TextSignals.Ask ask, List<Touchpoint> older, LocalDate on, BriefInput in) {
        java.util.Set<String> topic = ask.topic();
        for (Touchpoint t : older) {
            if (days(day(t, in), on) > ASK_AGAIN_DAYS) {
                return null;
            }
            if (heard(t)) {
                TextSignals.Ask earlier = askIn(t.summary(), t.direction() == Direction.OUTBOUND);
                if (earlier != null && sameQuestion(topic, earlier.topic())) {
                    return dayInWords(day(t, in), today);
                }
                // they wanted a price for the same thing when we spoke of it ("Mentioned the extended warranty — Wants a quote"):
                // an ask of theirs as much as one in their own words, so this one is not the first (Pierre, read 40)
                if (earlier == null && t.outcome() != null && WANTED_A_PRICE.matcher(t.outcome()).find() && namesWholeTopic(t.summary(), topic)) {
                    return dayInWords(day(t, in), today);
                }
            }
        }
        return null;
    }

    private static final Pattern WANTED_A_PRICE = Pattern.compile(
            "\\b(?:wants?|wanted|asked for|would like|requested)\\s+(?:a |an |the )?(?:written |rough |firm )?(?:quote|quotation|price|estimate)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * An opening on the thing asked about decided since, won or lost: "Offer the extended warranty", lost the day after "Wants a
     * quote". One we only dismissed decides nothing of theirs, and so does not close their ask.
     */
    private boolean closedSince(TextSignals.Ask ask, LocalDate on, BriefInput in) {
        for (Opportunity o : in.opportunities()) {
            if ((o.status() == OpportunityStatus.LOST || o.status() == OpportunityStatus.WON) && o.closedOn() != null
                    && !o.closedOn().isBefore(on) && !o.closedOn().isAfter(today) && OpenThreads.names(o.summary(), subject(ask))) {
                return true;
            }
        }
        return false;
    }

    /** A no on record since {@code on} to what they asked about ("Can the mobile app add-on …?"): they have decided it. */
    private boolean refusedSince(TextSignals.Ask ask, LocalDate on, BriefInput in) {
        return refusedSince(subject(ask), on, in);
    }

    /** The thing an ask is about ("the mobile app add-on"), or its whole phrase when it names none. */
    private static String subject(TextSignals.Ask ask) {
        return Objects.requireNonNullElse(askedThing(ask.phrase()), ask.phrase());
    }

    /** A no to the thing on record since {@code on} ("Said no to the mobile app add-on this year"), open or closed: nothing is left to decide. */
    private boolean refusedSince(String thing, LocalDate on, BriefInput in) {
        for (Opportunity o : in.opportunities()) {
            if (o.kind() == OpportunityKind.REFUSAL && o.openedOn() != null && !o.openedOn().isBefore(on) && !o.openedOn().isAfter(today)
                    && o.summary() != null && OpenThreads.names(o.summary(), thing) && !supersededByPurchase(o, in)) {
                return true;
            }
        }
        return false;
    }

    private boolean requestClosedSince(TextSignals.Ask ask, LocalDate on, BriefInput in) {
        for (Opportunity o : in.opportunities()) {
            if (o.kind() == OpportunityKind.REQUEST && o.status() != OpportunityStatus.OPEN && o.closedOn() != null
                    && !o.closedOn().isBefore(on) && !o.closedOn().isAfter(today) && o.summary() != null && sharesTopic(o.summary(), ask.topic())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesWholeTopic(String words, java.util.Set<String> topic) {
        String lower = words.toLowerCase(Locale.ROOT);
        return !topic.isEmpty() && topic.stream().allMatch(lower::contains);
    }

    private static boolean sharesTopic(String words, java.util.Set<String> topic) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String word : topic) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // ---- notes: what to remember, and lately ---------------------------------------------------------

    private void notes(BriefInput in, Instant at) {
        List<Note> notes = new ArrayList<>();
        for (Note note : in.notes()) {
            if (note.createdAt() == null || !note.createdAt().isAfter(at)) {
                notes.add(note);
            }
        }
        notes.sort(Comparator.comparing(Note::pinned).reversed().thenComparing(Note::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        int cautions = 0;
        for (Note note : notes) {
            if (theirHoursWhy == null && !TextSignals.bookingHours(note.body()).isEmpty()) {
                theirHoursWhy = shorten(note.body());
                theirHours = TextSignals.bookingHours(note.body());
            }
            boolean caution = TextSignals.isCaution(note.body());
            if (!note.pinned() && (!caution || cautions >= CAUTION_NOTES)) {
                if (!caution) {
                    stepCautions.note(note, shorten(note.body()), note.createdAt() == null ? "note"
                            : "note of " + dayInWords(LocalDate.ofInstant(note.createdAt(), in.zone()), today));
                }
                continue;
            }
            String text = shorten(note.body());
            if (note.pinned() && note.createdAt() != null) {
                LocalDate written = LocalDate.ofInstant(note.createdAt(), in.zone());
                LocalDate ends = TimeWords.planEnds(note.body(), written);
                if (ends != null && days(ends, today) > PLAN_PAST_DAYS) {
                    // A plan of theirs long past ("decision after twelve weeks", from last year): bought since, it was decided
                    // and the note is history; with nothing since, the caller asks how it turned out rather than reads it as now.
                    boolean boughtSince = in.purchases().stream().anyMatch(p -> p.purchasedOn() != null && !p.purchasedOn().isBefore(written)
                            && !p.purchasedOn().isAfter(today));
                    if (boughtSince) {
                        pastPlans.add(note.id());
                        continue;
                    }
                    text = text + " That was for " + TimeWords.monthAndYear(ends) + ": ask how it turned out.";
                }
            }
            cautions += note.pinned() ? 0 : 1;
            remember.add(new BriefLine(text, note.pinned() ? "fact:pinned-note" : "fact:caution-note",
                    note.createdAt() == null ? "note" : "note of " + dayInWords(LocalDate.ofInstant(note.createdAt(), in.zone()), today),
                    note.pinned() ? "it is pinned on their profile" : "it reads like a caution for whoever contacts them"));
            if (writtenChannel == null) {
                TextSignals.writtenPreference(note.body()).ifPresent(channel -> {
                    writtenChannel = channel;
                    writtenWhy = shorten(note.body());
                });
            }
            if (videoWhy == null && TextSignals.saysVideo(note.body())) {
                videoWhy = shorten(note.body());
            }
            if (goBetween == null) {
                TextSignals.goBetween(note.body()).ifPresent(who -> {
                    goBetween = who;
                    goBetweenWhy = shorten(note.body());
                });
            }
            if (callWindow == null) {
                TextSignals.callWindow(note.body()).ifPresent(when -> {
                    callWindow = when;
                    callWindowWhy = shorten(note.body());
                });
            }
            if (decider == null) {
                TextSignals.decider(note.body()).ifPresent(who -> decider = who);
            }
            if (keepShortWhy == null && TextSignals.wantsItShort(note.body())) {
                keepShortWhy = shorten(note.body());
            }
        }
        this.readNotes = notes;
        if (goBetween != null) {
            goBetweenName = goBetweenName(in, notes, at);
        }
        // A note, pinned or recent, that says the relationship is at risk ("At risk: unhappy with support response times"),
        // or one of the last year that nothing happy of theirs has answered since: it stands until it settles.
        for (Note note : notes) {
            if (!TextSignals.saysAtRisk(note.body())) {
                continue;
            }
            boolean current = note.pinned() || (note.createdAt() != null
                    && days(LocalDate.ofInstant(note.createdAt(), in.zone()), today) <= NOTE_TO_ACT_DAYS)
                    || note.createdAt() != null && days(LocalDate.ofInstant(note.createdAt(), in.zone()), today) <= AT_RISK_STANDS_DAYS
                    && !happySince(LocalDate.ofInstant(note.createdAt(), in.zone()), in);
            if (current) {
                values.put("atRiskNote", stripEnd(shorten(note.body())));
                values.put("atRiskAbout", AtRiskAbout.of(note.body()));
                // While it stands, whoever calls reads it first, pinned or not.
                if (remember.stream().noneMatch(line -> line.text().startsWith(shorten(note.body())))) {
                    remember.add(new BriefLine(shorten(note.body()), "fact:at-risk-note",
                            note.createdAt() == null ? "note" : "note of " + dayInWords(LocalDate.ofInstant(note.createdAt(), in.zone()), today),
                            "it says the relationship is at risk, and nothing since has settled it"));
                }
                break;
            }
        }
        // A note, pinned or recent, that asks whoever calls to do something ("ask about a group booking"), or a pinned one
        // that says what they want ahead ("wants to go lighter gradually over the year").
        for (Note note : notes) {
            boolean recent = note.createdAt() != null && days(LocalDate.ofInstant(note.createdAt(), in.zone()), today) <= NOTE_TO_ACT_DAYS;
            boolean remembered = remember.stream().anyMatch(line -> line.text().startsWith(shorten(note.body())));
            if (remembered || pastPlans.contains(note.id())) {
                continue; // already read first, under Remember: said once; or a plan long past
            }
            if ((recent || note.pinned()) && TextSignals.asksToAct(note.body()) || note.pinned() && TextSignals.saysWish(note.body())) {
                values.put("noteToAct", stripEnd(shorten(note.body())));
                break;
            }
        }
    }


    /** How long their word that we contact them too often ("too many messages") is kept in mind. */
    private static final int TOO_MUCH_CONTACT_DAYS = 365;

    /**
     * Their own word, this last year, that we get in touch too much ("gave feedback on the delivery texts: too many
     * messages"): whoever contacts them reads it first, keeps to one message, and asks for nothing on top.
     */
    private void tooMuchContact(BriefInput in, List<Touchpoint> past) {
        for (Touchpoint t : past) {
            LocalDate on = day(t, in);
            if (days(on, today) > TOO_MUCH_CONTACT_DAYS) {
                return;
            }
            if (!TextSignals.saysTooMuchContact(t.summary()) && !TextSignals.saysTooMuchContact(t.outcome())
                    || t.direction() != Direction.INBOUND && !heard(t)) {
                continue;
            }
            String words = said(t);
            tooMuchContactWhy = dayInWords(on, today) + ": \u201c" + shorten(words) + "\u201d";
            remember.add(new BriefLine("They told us we get in touch too often (" + tooMuchContactWhy
                    + "): one contact, with only what they need.", "fact:too-much-contact", "touchpoint of " + dayInWords(on, today),
                    "they said so themselves"));
            return;
        }
    }

    /** The name the record gives the one who speaks for them: in a note, or in what was said or done with them; null when none does. */
    private String goBetweenName(BriefInput in, List<Note> notes, Instant at) {
        String firstName = greeting == null ? "" : greeting;
        for (Note note : notes) {
            java.util.Optional<String> name = TextSignals.nameOf(goBetween, note.body());
            if (name.isPresent() && !name.get().equals(firstName)) {
                return name.get();
            }
        }
        for (Touchpoint t : in.touchpoints()) {
            if (t.occurredAt().isAfter(at)) {
                continue;
            }
            for (String text : new String[] {t.summary(), t.outcome()}) {
                java.util.Optional<String> name = TextSignals.nameOf(goBetween, text);
                if (name.isPresent() && !name.get().equals(firstName)) {
                    return name.get();
                }
            }
        }
        return null;
    }

    // ---- rhythm: how often they come back, and for what ------------------------------------------------

    /**
     * The client's own rhythm: the thing they have come back for most often (a product, else a
     * category of things without a warranty, else their own visits), with the usual number of days
     * between two times. Due from four fifths of that gap, overdue past one and a half times it. A
     * line needs three times on record, and gaps that mostly agree, to count as a rhythm.
     */
    private void rhythm(BriefInput in, List<Touchpoint> past) {
        Map<String, java.util.TreeSet<LocalDate>> lines = new LinkedHashMap<>();
        Map<String, Purchase> latest = new HashMap<>();
        for (Purchase p : bought) { // newest first
            String product = line(p, in, false);
            lines.computeIfAbsent(product, k -> new java.util.TreeSet<>()).add(p.purchasedOn());
            latest.putIfAbsent(product, p);
            String category = p.warrantyUntil() == null && p.renewalOn() == null ? line(p, in, true) : null;
            if (category != null) {
                lines.computeIfAbsent(category, k -> new java.util.TreeSet<>()).add(p.purchasedOn());
                latest.putIfAbsent(category, p);
            }
        }
        String best = null;
        long[] bestGap = null;
        for (Map.Entry<String, java.util.TreeSet<LocalDate>> entry : lines.entrySet()) {
            long[] gap = usualGap(entry.getValue(), false);
            // The most times wins; a product line beats its category at equal counts (it says more).
            if (gap != null && (best == null || entry.getValue().size() > lines.get(best).size())) {
                best = entry.getKey();
                bestGap = gap;
            }
        }
        String what;
        String yours;
        LocalDate last;
        if (best != null) {
            Purchase item = latest.get(best);
            String said = best.startsWith("category:") ? categorySaid(product(item, in).category(), spoken(itemName(item, in)))
                    : spoken(itemName(item, in));
            what = said;
            String bare = said.replaceFirst("^(the|a|an|their) ", "");
            yours = "your " + bare;
            last = lines.get(best).last();
        } else {
            java.util.TreeSet<LocalDate> visits = new java.util.TreeSet<>();
            for (Touchpoint t : past.subList(0, Math.min(past.size(), RHYTHM_TOUCHPOINTS))) {
                // Visits before they first bought were shopping around, not a habit.
                if (t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT && firstPurchase != null && !day(t, in).isBefore(firstPurchase)) {
                    visits.add(day(t, in));
                }
            }
            // Coming back on a rhythm is a habit of services and things used up (a salon, a florist), not of a shop for
            // things kept for years: four visits to an appliance shop are four purchases, not a rhythm.
            boolean visitsAreTheCustom = itemKind == ItemKind.SERVICE || itemKind == ItemKind.CONSUMABLE || itemKind == ItemKind.PREPAID;
            bestGap = visitsAreTheCustom && visits.size() >= RHYTHM_VISITS ? usualGap(visits, true) : null;
            if (bestGap == null) {
                dueAgain(in, past);
                return;
            }
            what = "a visit";
            yours = "a visit";
            last = visits.last();
        }
        long usual = bestGap[0];
        usualGapDays = usual;
        long since = days(last, today);
        if (since * 5 >= usual * 4 && since * 2 <= usual * 3) {
            rhythm = "due";
        } else if (since * 2 > usual * 3) {
            // Heard from within their usual gap, they have not gone missing: it is only time for their usual.
            boolean inTouch = daysSinceLastHeard != null && daysSinceLastHeard < usual;
            // Many of their gaps gone by is a habit that ended, not one that is due: "about the time you usually come" would ring false.
            rhythm = !inTouch ? "overdue" : since <= usual * RHYTHM_BROKEN_GAPS ? "due" : "none";
        }
        values.put("usualWhat", what);
        values.put("usualYour", yours);
        values.put("usualEvery", every(usual));
        values.put("usualLast", TimeWords.ago(since));
        values.put("usualSince", TimeWords.span(since));
    }

    /**
     * A service done on the day, with no rhythm of their own yet, whose next time is due about now: a cut eleven weeks ago,
     * nothing booked since (read 43, Daniel Kaplan: "share their joy in the cut" eleven weeks on, when the reason to write
     * was his next cut). Measured against a salon's usual cycle of some weeks; past two cycles it is a long time away, which
     * other rules say.
     */
    private void dueAgain(BriefInput in, List<Touchpoint> past) {
        if (lastPurchase == null || itemKind != ItemKind.SERVICE || !repeatable || lastBoughtOn == null) {
            return;
        }
        long since = days(lastBoughtOn, today);
        if (since < VISIT_CYCLE_DAYS || since > VISIT_CYCLE_DAYS * 2) {
            return;
        }
        for (Touchpoint t : past) {
            LocalDate on = day(t, in);
            if (!on.isAfter(lastBoughtOn)) {
                break; // newest first
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (TextSignals.saysBooked(words)) {
                return; // the next one is booked already
            }
        }
        String what = spoken(lastPurchaseName);
        rhythm = "again";
        values.put("againWhat", what);
        values.put("againBare", what.replaceFirst("^(the|a|an|their) ", ""));
        values.put("againOn", dayInWords(lastBoughtOn, today));
        values.put("againLast", TimeWords.ago(since));
        values.put("againSince", TimeWords.span(since));
    }

    /**
     * Whether the silence since they last bought weighs (see {@link #silenceWeighs}). Without a rhythm of their own, a visit
     * done on the day is measured against a salon's usual cycle of some weeks.
     */
    private void silenceWeighed() {
        if (!ghosted || lastBoughtAnything == null) {
            return;
        }
        long cycle = usualGapDays > 0 ? usualGapDays : VISIT_CYCLE_DAYS;
        silenceWeighs = anchorWantsCheckIn || days(lastBoughtAnything, today) * 2 > cycle * 3;
    }

    /**
     * The usual days between the days of a line, as {median}, or null when there are too few or they do not agree. Visits
     * of any kind ({@code visits}) are a looser record than purchases of one line (a pick-up, a chat at the desk): a few of
     * them make a habit only when every gap agrees, or May, then three visits in August and September, would read as
     * "every four weeks".
     */
    private static long[] usualGap(java.util.TreeSet<LocalDate> days, boolean visits) {
        if (days.size() < RHYTHM_TIMES || days(days.first(), days.last()) < RHYTHM_SPAN_DAYS) {
            return null; // three visits in three weeks are a busy month, not a habit
        }
        List<Long> gaps = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate day : days) {
            if (previous != null) {
                gaps.add(days(previous, day));
            }
            previous = day;
        }
        List<Long> sorted = new ArrayList<>(gaps);
        sorted.sort(null);
        long median = sorted.get(sorted.size() / 2);
        if (median < RHYTHM_SHORTEST_DAYS || median > RHYTHM_LONGEST_DAYS) {
            return null;
        }
        long agreeing = gaps.stream().filter(gap -> gap * 2 >= median && gap <= median * 2).count();
        boolean fewVisits = visits && gaps.size() < RHYTHM_VISITS;
        return fewVisits ? agreeing == gaps.size() ? new long[] {median} : null
                : agreeing * 3 >= gaps.size() * 2 ? new long[] {median} : null;
    }

    /** A category said as a thing they come for ("their colour"), when it is one plain word; else the latest item's name. */
    private static String categorySaid(String category, String latestItem) {
        String plain = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        return plain.matches("\\p{L}+") ? "their " + plain : latestItem;
    }

    /** "every six weeks or so", "every three months or so", "about once a year". */
    static String every(long days) {
        if (days < 11) {
            return "about once a week";
        }
        if (days < 60) {
            return "every " + TimeWords.count(Math.round(days / 7.0)) + " weeks or so";
        }
        if (days < 320) {
            return "every " + TimeWords.count(Math.round(days / 30.4)) + " months or so";
        }
        return "about once a year";
    }

    // ---- their wishes about being contacted, birthdays ----------------------------------------------

    /** A birthday treat of ours they have not had the chance to use yet. */
    private void treatWaiting(BriefInput in, List<Touchpoint> past) {
        TreatWaiting.Treat treat = TreatWaiting.find(past, bought, in, today);
        if (treat != null) {
            values.put("treatWhat", treat.what());
            values.put("treatOn", dayInWords(treat.on(), today));
        }
    }

    /** A day of the week they named for a booking in other words: a cancellation list, the first slot, a booking moved. */
    private static final Pattern DAY_THEY_NAMED = Pattern.compile(
            "\\b(?:asked|cancellation list|waiting list|first slot|rebooked|moved|booked(?: in)?)\\b[^.;]{0,60}?"
                    + "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b", Pattern.CASE_INSENSITIVE);
    /** How far back a time of day they asked for is still theirs to be offered again. */
    private static final int THEIR_TIME_DAYS = 365;

    /**
     * The day and time of day they asked for when they last wanted a slot ("a slot for a fringe trim on a Tuesday
     * evening"), said where the brief offers them a time with their person: the time they named, not any time. Not
     * when the wait-list line already speaks of that slot.
     */
    private void theirTime(BriefInput in, List<Touchpoint> past) {
        values.put("theirPersonTime", "");
        if (!values.containsKey("theirPerson") || !values.getOrDefault("waitListPoint", "").isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            if (days(on, today) > THEIR_TIME_DAYS) {
                return;
            }
            String slot = t.direction() == Direction.INBOUND ? TextSignals.slotDayAsked(t.summary()) : null;
            if (slot == null && t.direction() == Direction.INBOUND && DAY_THEY_NAMED.matcher(t.summary()).find()) {
                return; // "asked to be on the cancellation list for Monday", "rebooked for Tuesday" since: the newer day is theirs now
            }
            if (slot != null) {
                String day = slot.split(" ")[0].toLowerCase(Locale.ROOT);
                if (values.values().stream().anyMatch(said -> said != null && said.toLowerCase(Locale.ROOT).contains(day))) {
                    return; // "whether we have a slot on a Wednesday evening", "the cancellation list for Tuesday": the day is said there
                }
                if (WaitListed.movedSince(slot, past.subList(0, i)) != null) {
                    return; // the late opening moved off that day since: it is not ours to offer
                }
                values.put("theirPersonTime", ", on " + (slot.matches("(?i)^[aeiou].*") ? "an " : "a ") + slot
                        + " if that still suits them (they asked for one on " + dayInWords(on, today) + ")");
                return;
            }
        }
    }

    /** The person of ours they come to, and a life event of theirs lately told, to ask after once ({@link PersonalTouch}). */
    private void personalTouch(BriefInput in, List<Touchpoint> past) {
        String first = in.client().displayName() == null ? null : in.client().displayName().split(" ")[0];
        List<String> notes = in.notes().stream().sorted(Comparator.comparing(Note::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(Note::body).toList();
        PersonalTouch.Person person = PersonalTouch.theirPerson(in.client().customFields(), notes, past, visit -> workDone(visit, in),
                in.client().displayName(), greeting, first);
        if (person != null) {
            values.put("theirPerson", person.name());
            values.put("theirPersonWhy", person.on() == null ? person.why()
                    : person.why() + " " + dayInWords(LocalDate.ofInstant(person.on(), in.zone()), today));
            values.put("theirPersonIs", person.is());
        }
        List<Note> notesNewestFirst = in.notes().stream().filter(note -> note.createdAt() != null)
                .sorted(Comparator.comparing(Note::createdAt).reversed()).toList();
        Handover.Handed handed = Handover.find(past, today, in.zone());
        if (handed != null) {
            values.put("handoverTo", handed.to());
            values.put("handoverOn", dayInWords(handed.on(), today));
        }
        PersonalTouch.Hook hook = PersonalTouch.hook(past, notesNewestFirst, today, in.zone());
        // our newest contact, this week, talked it through ("chatted about the kitchen renovation" yesterday): asking after it
        // again is one ask too many
        boolean talkedThrough = hook != null && prior != null && days(hook.on(), today) <= HOOK_TALKED_DAYS && day(prior, in).equals(hook.on());
        if (hook != null && !talkedThrough) {
            long ago = days(hook.on(), today);
            values.put("hookWhat", hook.what());
            values.put("hookSaid", hook.said());
            values.put("hookOn", dayInWords(hook.on(), today));
            values.put("hookWhen", TimeWords.ago(hook.on(), today));
            values.put("hookAsk", hookAsk(hook, ago));
        }
    }

    /**
     * What we did for them at a visit, said as theirs ("their updo"): the main service or occasion they had that day, not
     * a shampoo bought at the desk nor a thing they keep. Null when the day holds none.
     */
    private String workDone(Touchpoint visit, BriefInput in) {
        LocalDate on = day(visit, in);
        List<Purchase> that = bought.stream().filter(p -> p.purchasedOn().equals(on)).toList();
        Purchase main = anchor(that, in);
        ItemKind kind = main == null ? null : kind(main, in);
        if (kind != ItemKind.SERVICE && kind != ItemKind.OCCASION) {
            return null;
        }
        return spoken(itemName(main, in)).replaceFirst("^(?:the|a|an) ", "their ");
    }

    /** A thing of their life our newest contact talked of this many days ago or less is still fresh: nobody asks after it again yet. */
    private static final int HOOK_TALKED_DAYS = 7;

    /**
     * How to ask after it: a project by what it is and how long ago it was told (the kitchen coming along, or how it
     * turned out; how they have settled in to the new house; how the second depot is going), a life event as before.
     */
    private static String hookAsk(PersonalTouch.Hook hook, long ago) {
        boolean underWay = ago <= PersonalTouch.HOOK_DAYS;
        // a chat names it already ("They talked with us about the kitchen renovation"); a quoted contact or note may not
        boolean named = hook.said().startsWith("They talked with us about");
        String it = named ? "it" : hook.what();
        return switch (hook.kind()) {
            case LIFE -> hook.family() ? "ask how they are"
                    : !hook.ahead() ? (PersonalTouch.over(hook, ago) ? "ask how it went" : "ask how it is going")
                    : ago > 30 ? "ask how it went" : "ask about it, and wish them well";
            case HOME -> hook.ahead() && underWay ? "ask how the plans are going, and wish them well"
                    : hook.what().equals("the move") ? "ask how the move went and how they have settled in"
                    : "ask how they have settled in" + (named ? "" : " to " + hook.what());
            case SITE -> "ask how " + it + " is going";
            case WORKS -> hook.ahead() && underWay ? "ask about " + it + ", and wish them well"
                    : underWay ? "ask how " + it + " is coming along" : "ask how " + it + " turned out";
        };
    }

    /** A birthday today or within the week ahead. */
    private void birthday(BriefInput in) {
        LocalDate born = in.client().birthday();
        if (born == null) {
            return;
        }
        LocalDate next = born.withYear(today.getYear());
        if (next.isBefore(today)) {
            next = born.withYear(today.getYear() + 1);
        }
        long ahead = days(today, next);
        if (ahead <= BIRTHDAY_AHEAD_DAYS) {
            String when = ahead == 0 ? "today" : ahead == 1 ? "tomorrow" : "on " + dayInWords(next, today);
            values.put("birthdayWhen", when);
            openItems.add(new BriefLine("Birthday " + when, "fact:birthday", null, "a birthday is a warm reason to be in touch"));
        }
    }

    /**
     * What they told us about being contacted: that we should stop, or that they moved away, in a
     * note or in their own words at a contact. A later contact they made, a purchase, or a visit
     * since says it no longer holds.
     */
    private void wishes(BriefInput in, List<Touchpoint> past) {
        LocalDate stopOn = null;
        String stopWords = null;
        LocalDate movedOn = null;
        String movedWords = null;
        for (Note note : readNotes) {
            LocalDate on = note.createdAt() == null ? null : LocalDate.ofInstant(note.createdAt(), in.zone());
            if (TextSignals.saysStopContact(note.body()) && (stopOn == null || on != null && on.isAfter(stopOn))) {
                stopOn = on == null ? today : on;
                stopWords = shorten(note.body());
            }
            if (TextSignals.saysMovedAway(note.body()) && (movedOn == null || on != null && on.isAfter(movedOn))) {
                movedOn = on == null ? today : on;
                movedWords = shorten(note.body());
            }
        }
        LocalDate lastTheirs = null;
        LocalDate lastCame = null;
        // Only the recent contacts: a busy client has thousands, and reading their words is the costly part.
        for (Touchpoint t : past.subList(0, Math.min(past.size(), WISHES_TOUCHPOINTS))) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            LocalDate on = day(t, in);
            boolean theirs = heard(t);
            if (theirs && TextSignals.saysStopContact(words) && (stopOn == null || on.isAfter(stopOn))) {
                stopOn = on;
                stopWords = stripEnd(t.summary());
            } else if (theirs && TextSignals.saysMovedAway(words) && (movedOn == null || on.isAfter(movedOn))) {
                movedOn = on;
                movedWords = stripEnd(t.summary());
            } else if (t.direction() == Direction.INBOUND && lastTheirs == null) {
                lastTheirs = on;
                if (t.channel() == Channel.VISIT) {
                    lastCame = on;
                }
            } else if (t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT && lastCame == null) {
                lastCame = on;
            }
        }
        if (lastPurchaseOn != null && (lastCame == null || lastPurchaseOn.isAfter(lastCame))) {
            lastCame = lastPurchaseOn;
        }
        if (stopOn != null && (lastTheirs == null || !lastTheirs.isAfter(stopOn))) {
            doNotContact = true;
            values.put("stopWords", stopWords);
            values.put("stopOn", dayInWords(stopOn, today));
            if (writtenChannel == null) {
                writtenChannel = Channel.EMAIL;
                writtenWhy = stopWords;
                writtenSaid = "they said";
            }
        }
        if (movedOn != null && (lastCame == null || !lastCame.isAfter(movedOn))) {
            movedAway = true;
            values.put("movedWords", movedWords);
            values.put("movedOn", dayInWords(movedOn, today));
        }
    }

    private void lately(BriefInput in, List<Touchpoint> past) {
        for (Touchpoint t : LatelyChoice.touchpoints(past, LATELY_TOUCHPOINTS)) {
            boolean fromThem = heard(t);
            String what = t.channel().label() + (t.direction() == Direction.INBOUND ? " from them" : " from us")
                    + (fromThem ? "" : notice(t) ? ", no reply needed" : ", no reply");
            lately.add(new Brief.Recent(day(t, in), what, t.summary(), t.outcome(), fromThem ? t.mood() : null));
        }
        int shown = 0;
        for (Note note : readNotes) {
            boolean inRemember = remember.stream().anyMatch(line -> line.text().startsWith(shorten(note.body())));
            if (!inRemember && !pastPlans.contains(note.id()) && shown < LATELY_NOTES && note.createdAt() != null) {
                lately.add(new Brief.Recent(LocalDate.ofInstant(note.createdAt(), in.zone()), "Note", shorten(note.body()), null, null));
                shown++;
            }
        }
        lately.sort(Comparator.comparing(Brief.Recent::on).reversed());
    }

    private static final Pattern PASSED_ON = Pattern.compile(
            "(?i)\\bpassed (?:on )?our (details|name|number) (?:on )?to\\s+(.+?)(?:[,;.(]|\\s+who\\b|$)");
    /** "Brought their neighbour in to see the showroom": someone they brought along themselves. */
    private static final Pattern BROUGHT = Pattern.compile(
            "(?i)\\bbrought\\s+((?:their|his|her|a|an|two|some)\\s+[\\p{L}' -]{2,30}?)\\s+((?:in|along|round|over)(?:\\s+to (?:see|try|look at|meet) [\\p{L}' -]{2,40}?)?)(?=[,;.(]|\\s+(?:and|who|for)\\b|$)");
    private static final Pattern REFERRED = Pattern.compile(
            "(?i)(?:^|\\b(?:has|have|they|she|he|[A-Z][\\p{L}'-]+)\\s+)(?:referred|sent|introduced)\\s+(?!us\\b|a (?:photo|message|note|review))(.+?)(?:[,;.(]|\\s+to us\\b|\\s+who\\b|\\s+our way\\b|$)");

    /**
     * The things our records name, as said in a sentence: what upset them ("the balayage" of "Zoë
     * called, a bit anxious: the balayage feels different"), what a complaint or a fix was about,
     * whom they sent our way; when the words name nothing plainly, what they bought last (or "it", "someone").
     */
    /** A referral in the words of a recent contact ("Joanna referred Giulia, who booked a cut"), when none is on record. */
    private void referralInWords(BriefInput in, List<Touchpoint> past) {
        if (values.containsKey("referral")) {
            return;
        }
        for (Touchpoint t : past.subList(0, Math.min(past.size(), WORDS_READ))) {
            if (days(day(t, in), today) > REFERRAL_WORDS_DAYS) {
                return;
            }
            if (heard(t) && TextSignals.saysReferral(t.summary())) {
                if (!Superseded.thankedFor(day(t, in), in, today) && !TextSignals.saysReferralPromised(t.summary())) {
                    values.put("referral", stripEnd(t.summary()));
                    referralThanksStale = ThanksOnce.stale(day(t, in), in, today);
                }
                return;
            }
        }
    }

    /**
     * The newest problem they told us of in the last weeks, read from the words logged (their own
     * contact's summary, or the outcome of ours: "Mentioned a small rattle; booked a check"), that
     * nothing since has put right: no contact that says it was fixed, and no contact since in which
     * they were clearly happy.
     */
    private void problemTold(BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            long age = days(day(t, in), today);
            if (age > PROBLEM_TOLD_DAYS) {
                return;
            }
            String words = t.direction() == Direction.OUTBOUND ? t.outcome()
                    : (t.summary() == null ? "" : t.summary()) + (t.outcome() == null ? "" : ". " + t.outcome());
            String problem = TextSignals.problem(words);
            if (problem == null) {
                continue;
            }
            if (TextSignals.saysSettled(t.outcome())) {
                return;
            }
            for (Touchpoint since : past.subList(0, i)) {
                boolean happy = since.mood() == Mood.HAPPY || since.mood() == Mood.EXCITED;
                if (TextSignals.saysSettled(since.outcome()) || TextSignals.saysSettled(since.summary()) || (heard(since) && happy)) {
                    return;
                }
            }
            problemTold = true;
            values.put("problemWhat", problem);
            values.put("problemWhen", TimeWords.ago(age));
            values.put("problemOn", dayInWords(day(t, in), today));
            return;
        }
    }

    /** Purchases or visits that make a relationship, not a single sale. */
    private static final int LOYAL_PURCHASES = 3;
    /** Contacts of theirs over this many days, still in touch within the last year, are a relationship too. */
    private static final int LOYAL_CONTACT_DAYS = 730;
    private static final int LOYAL_CONTACTS = 4;

    private void relationship(BriefInput in, List<Touchpoint> past) {
        // Times they bought, not lines: a washing machine and its installation on one day are one purchase.
        int times = (int) bought.stream().map(Purchase::purchasedOn).distinct().count();
        // Two purchases are a relationship only when they are a year or more apart: a cut and a shampoo months later are not.
        boolean yearApart = times >= 2 && firstPurchase != null && lastPurchaseOn != null && days(firstPurchase, lastPurchaseOn) >= 365;
        relationship = times >= LOYAL_PURCHASES || yearApart;
        if (!relationship && firstPurchase != null && !past.isEmpty()) {
            // Read from both ends, as far as other readings go: the newest contacts of theirs, and the first one.
            int heardCount = 0;
            LocalDate lastHeard = null;
            int read = Math.min(past.size(), WORDS_READ);
            for (Touchpoint t : past.subList(0, read)) {
                if (heard(t)) {
                    heardCount++;
                    lastHeard = lastHeard == null ? day(t, in) : lastHeard;
                }
            }
            LocalDate firstHeard = null;
            for (int i = past.size() - 1; i >= Math.max(0, past.size() - WORDS_READ) && firstHeard == null; i--) {
                firstHeard = heard(past.get(i)) ? day(past.get(i), in) : null;
            }
            relationship = heardCount >= LOYAL_CONTACTS && firstHeard != null && lastHeard != null
                    && days(firstHeard, today) >= LOYAL_CONTACT_DAYS && days(lastHeard, today) <= 365;
        }
        if (relationship && values.containsKey("clientFor")) {
            values.put("loyalFor", values.get("clientFor"));
        }
    }

    /** Away this long without buying or a word of theirs, a client who comes back is returning, not staying. */
    private static final int AWAY_DAYS = 365;
    /** A return this recent is still what the call should know of them. */
    private static final int BACK_LATELY_DAYS = 180;
    /** A word of theirs this close before coming back is the booking of the return, not a sign they were around. */
    private static final int BOOKED_BACK_DAYS = 60;

    /** Set when they came back lately after a year or more away, or when their only visit was a year or more ago. */
    boolean longAway;

    /**
     * A long time away, said as it is: a client back after twenty months is welcomed back, not thanked for staying; one
     * whose only visit was almost two years ago is no regular, whatever has been said between us since.
     */
    /** A visit of theirs logged after the day, paid or not ("dropped in yesterday to look at the new colours"): they have not been away. */
    private static boolean cameInSince(LocalDate day, List<Touchpoint> past, BriefInput in) {
        for (Touchpoint t : past) {
            if (!day(t, in).isAfter(day)) {
                return false; // newest first
            }
            if (t.channel() == Channel.VISIT && (t.direction() == Direction.INBOUND || heard(t))) {
                return true;
            }
        }
        return false;
    }

    private void longAway(BriefInput in, List<Touchpoint> past) {
        if (phase != Phase.MATURE || lastPurchase == null || bought.isEmpty()) {
            return;
        }
        List<LocalDate> daysBought = bought.stream().map(Purchase::purchasedOn).distinct().toList(); // newest first
        LocalDate last = daysBought.get(0);
        Purchase latest = anchor(bought.stream().filter(p -> p.purchasedOn().equals(last)).toList(), in);
        String thing = spoken(itemName(latest, in));
        ItemKind kind = kind(latest, in);
        boolean visit = kind == ItemKind.SERVICE || kind == ItemKind.OCCASION;
        if (daysBought.size() == 1) {
            // One thing kept (an oven two years on) is a mature client's usual story; one cut two years ago is not a habit.
            long since = days(last, today);
            if (since < AWAY_DAYS || kind == ItemKind.KEPT || kind == ItemKind.TERM || cameInSince(last, past, in)) {
                return;
            }
            longAway = true;
            String when = TimeWords.ago(since);
            values.put("awaySaid", "Their only " + (visit ? "visit" : "purchase") + " was " + when + " (" + thing + ", "
                    + dayInWords(last, today) + "): speak to them as someone coming back after a long time, not as a regular");
            phaseWhy = "Their only " + (visit ? "visit" : "purchase") + " was " + when + ".";
            return;
        }
        LocalDate before = daysBought.get(1);
        long away = days(before, last);
        // A year between an oven and a fridge is how appliances are bought; a year between two cuts is a time away.
        if (away < AWAY_DAYS || days(last, today) > BACK_LATELY_DAYS || kind == ItemKind.KEPT || kind == ItemKind.TERM) {
            return;
        }
        for (Touchpoint t : past) {
            LocalDate on = day(t, in);
            if (!on.isAfter(before)) {
                break; // newest first
            }
            if (on.isBefore(last.minusDays(BOOKED_BACK_DAYS)) && heard(t)) {
                return; // they were in touch while not buying: around, not away
            }
        }
        longAway = true;
        if (daysBought.size() < LOYAL_PURCHASES) {
            relationship = false; // two purchases a year apart made it one; with the time away between them they are a return
            values.remove("loyalFor");
        }
        String backWhen = TimeWords.ago(days(last, today));
        values.put("awaySaid", "They came back " + backWhen + " (" + thing + ", " + dayInWords(last, today)
                + ") after " + TimeWords.span(away) + " away: welcome them back, and say how glad we are to see them again");
        phaseWhy = "A client since " + TimeWords.monthAndYear(firstPurchase) + ", back " + backWhen + " after " + TimeWords.span(away) + " away.";
    }

    /** How long a rating stays theirs to answer. */
    private static final int RATING_DAYS = 180;

    /**
     * Their newest score for us (a survey answer, "Rated 4/5; the installers were late"), within
     * half a year: below the top with words of what fell short is for us to own; a low one is a
     * problem until something since says it was put right, or they were clearly happy again.
     */
    private void rating(BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            long age = days(day(t, in), today);
            if (age > RATING_DAYS) {
                return;
            }
            TextSignals.Rating given = TextSignals.rating(t.outcome());
            given = given != null ? given : heard(t) ? TextSignals.rating(t.summary()) : null;
            if (given == null) {
                continue;
            }
            if (given.top() || (!given.low() && given.words() == null)) {
                rating = given.top() ? "top" : "none";
                return;
            }
            boolean settled = false;
            boolean happyAgain = false;
            for (Touchpoint since : past.subList(0, i)) {
                settled |= TextSignals.saysSettled(since.outcome()) || TextSignals.saysSettled(since.summary());
                happyAgain |= heard(since) && (since.mood() == Mood.HAPPY || since.mood() == Mood.EXCITED);
            }
            // A rating that fell short, then happy words and another purchase from us: they have moved past it.
            boolean movedPast = happyAgain && !given.low() && Superseded.boughtSince(day(t, in), this);
            if (settled || (happyAgain && given.words() == null) || movedPast) {
                return;
            }
            rating = given.low() && !happyAgain ? "low" : "short";
            values.put("ratingScore", given.said());
            values.put("ratingOn", dayInWords(day(t, in), today));
            ratingDay = day(t, in);
            values.put("ratingWhen", TimeWords.ago(age));
            values.put("ratingSaid", given.words() == null ? "" : " and said \u201c" + given.words() + "\u201d");
            if (given.words() != null) {
                values.put("ratingWords", given.words());
            }
            return;
        }
    }

    /** How far back words of something still to finish are read. */
    private static final int UNFINISHED_DAYS = 30;

    /**
     * What is still to finish for them, first found of: a delivery or set-up awaited, an open
     * complaint, a problem they told us of, a rating below the top not yet answered, an open
     * follow-up about a delivery or set-up, or recent words saying something is not done yet
     * ("a few drivers still on paper") with no word since that it is.
     */
    private void unfinished(BriefInput in, Instant at, List<Touchpoint> past) {
        if (awaitingDelivery) {
            unfinished = values.getOrDefault("awaitedItem", "what they bought") + " is still to be delivered or set up";
        } else if (openComplaint) {
            unfinished = "their complaint is still open";
        } else if (problemTold) {
            unfinished = values.get("problemWhat") + " is not put right yet";
        } else if (rating.equals("low")) {
            unfinished = "they rated us " + values.get("ratingScore") + " (" + values.get("ratingOn") + ")";
        }
        if (unfinished == null) {
            for (FollowUp fu : in.followUps()) {
                if (openAt(fu, at) && !fu.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS)) && TextSignals.saysDelivery(fu.reason())) {
                    unfinished = "\u201c" + stripEnd(fu.reason()) + "\u201d is still to do (" + dayInWords(fu.dueOn(), today) + ")";
                    break;
                }
            }
        }
        if (unfinished == null) {
            for (Touchpoint t : past.subList(0, Math.min(past.size(), WORDS_READ))) {
                LocalDate on = day(t, in);
                if (days(on, today) > UNFINISHED_DAYS) {
                    break;
                }
                String words = (t.summary() == null ? "" : t.summary()) + (t.outcome() == null ? "" : ". " + t.outcome());
                if (TextSignals.saysFinished(words)) {
                    break;
                }
                String said = TextSignals.unfinished(words);
                if (said != null) {
                    unfinished = "\u201c" + said + "\u201d (" + dayInWords(on, today) + ")";
                    break;
                }
            }
        }
        if (unfinished != null) {
            values.put("unfinishedWhat", unfinished);
        }
    }

    /**
     * A thread the client opened that nobody closed: something they wanted that nothing came of (the
     * waiting list, a visit, a treatment "next time", someone they would bring), a doubt of theirs
     * nobody answered, an event they said they would come to, a review they said they would write.
     * Closed by what fulfils it (they came in, booked or bought since; the review was written; a later
     * word about the event) or by a later word of theirs that ends it (a doubt settled, a visit since,
     * a contact that speaks of the same thing). The most pressing open thread leads: a doubt, then a
     * wish, then an event, then a review.
     */
    private void threads(BriefInput in, List<Touchpoint> past) {
        java.util.EnumMap<TextSignals.ThreadKind, Object[]> open = new java.util.EnumMap<>(TextSignals.ThreadKind.class);
        java.util.EnumSet<TextSignals.ThreadKind> seen = java.util.EnumSet.noneOf(TextSignals.ThreadKind.class);
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            long age = days(on, today);
            if (age > WISH_DAYS) {
                break;
            }
            if (!heard(t)) {
                continue; // our own words, unanswered: no thread of theirs
            }
            TextSignals.Thread thread = TextSignals.thread(t.summary(), t.outcome());
            if (thread == null || !seen.add(thread.kind())) {
                continue; // only the newest thread of each kind: an older one of the same kind is its history
            }
            List<Touchpoint> newer = past.subList(0, i);
            boolean closed = switch (thread.kind()) {
                case WISH -> TextSignals.saysBooked(t.outcome()) || cameSince(newer, on) || followedUpSince(on, FOLLOW_UP_FOR_WISH, thread.thing(), in)
                        || age > TIMED_WISH_DAYS && TIMED.matcher(thread.said()).find()
                        || age > WaitListed.WAIT_DAYS && ONE_DAY.matcher(thread.said()).find();
                case DOUBT -> age > DOUBT_DAYS || TextSignals.saysSettled(t.outcome()) || answeredThen(t.outcome()) || followedUpSince(on, FOLLOW_UP_FOR_DOUBT, thread.thing(), in) || doubtEnded(thread, newer, on, in);
                case COMING -> age > COMING_DAYS || spokeOfSince(thread.thing(), newer);
                case REVIEW -> age > REVIEW_PROMISE_DAYS || reviewedSince(newer);
            };
            if (!closed) {
                open.put(thread.kind(), new Object[] {thread, t, on});
            }
        }
        for (TextSignals.ThreadKind kind : List.of(TextSignals.ThreadKind.DOUBT, TextSignals.ThreadKind.WISH,
                TextSignals.ThreadKind.COMING, TextSignals.ThreadKind.REVIEW)) {
            Object[] found = open.get(kind);
            if (found == null) {
                continue;
            }
            TextSignals.Thread th = (TextSignals.Thread) found[0];
            Touchpoint t = (Touchpoint) found[1];
            LocalDate on = (LocalDate) found[2];
            thread = kind.name().toLowerCase(Locale.ROOT);
            threadAgeDays = days(on, today);
            String named = kind == TextSignals.ThreadKind.DOUBT ? boughtNamedIn(t.summary() + " " + t.outcome(), in) : null;
            String thing = named != null ? named : th.thing() != null ? th.thing() : values.getOrDefault("lastPurchase", "it");
            values.put("threadSaid", th.said());
            values.put("threadSaidYou", TextSignals.toSecondPerson(th.said()));
            values.put("threadWhen", TimeWords.ago(threadAgeDays));
            values.put("threadOn", dayInWords(on, today));
            values.put("threadThing", thing);
            values.put("threadWords", said(t));
            return;
        }
    }

    /** What they bought that the words name, newest first, as it is said ("the bond-repair treatment"), or null. */
    private String boughtNamedIn(String words, BriefInput in) {
        for (Purchase p : bought.subList(0, Math.min(bought.size(), WORDS_READ))) { // newest first
            String name = spoken(itemName(p, in));
            if (spokeOf(name, words)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The contact's own outcome is our answer to their doubt: "Sent photos of how it will settle", "Explained it fades
     * within two washes", "Reassured; will give it a week". Whether the answer landed is the lines on the answer's
     * own words to ask (a reassurance still settling); "nobody answered it" would contradict the record.
     */
    private static boolean answeredThen(String outcome) {
        return outcome != null && !outcome.isBlank() && !TextSignals.saysNoReply(outcome) // "not answered yet" is no answer
                && (TextSignals.saysAnswered(outcome) || TextSignals.saysReassured(outcome));
    }

    /** A doubt is over once they came in or bought from us since, or a contact since speaks of it or says all is well. */
    private boolean doubtEnded(TextSignals.Thread doubt, List<Touchpoint> newer, LocalDate on, BriefInput in) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT) {
                return true; // they were here since: whoever saw them heard how it is
            }
            if (TextSignals.saysSettled(words) || heard(t) && (TextSignals.saysWentWell(words) || spokeOf(doubt.thing(), words))) {
                return true;
            }
        }
        // They bought from us since: whatever they doubted, they came back to us.
        return lastPurchaseOn != null && lastPurchaseOn.isAfter(on);
    }

    static final Pattern FOLLOW_UP_FOR_WISH = Pattern.compile(
            "\\b(fit|book|booking|slot|appointment|visit|cancellation|waiting|wait-?list|come in|a time)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_UP_FOR_DOUBT = Pattern.compile(
            "\\b(unsure|not sure|doubts?|doubtful|worried|reassure|check in|check on|how .{0,40}(going|holding|settling))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A follow-up of ours for it (its words speak of the thing, or of what such a thread needs), due
     * within weeks of their words, was done since: someone went back to them about it.
     */
    boolean followedUpSince(LocalDate on, Pattern forIt, String thing, BriefInput in) {
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() != null && !fu.dueOn().isBefore(on) && days(on, fu.dueOn()) <= DUE_SOON_DAYS
                    && (forIt.matcher(fu.reason()).find() || spokeOf(thing, fu.reason()))) {
                LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
                if (!done.isBefore(on) && !done.isAfter(today)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean spokeOfSince(String thing, List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            if (spokeOf(thing, t.summary()) || spokeOf(thing, t.outcome())) {
                return true;
            }
        }
        return false;
    }

    /** The words name the thing: its last word ("the client evening" → "evening"), as a word. */
    static boolean spokeOf(String thing, String words) {
        if (thing == null || words == null) {
            return false;
        }
        String last = lastWord(thing);
        return last != null && last.length() >= 3
                && Pattern.compile("\\b" + Pattern.quote(last) + "s?\\b", Pattern.CASE_INSENSITIVE).matcher(words).find();
    }

    private static boolean reviewedSince(List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (TextSignals.saysReviewWritten(words) || heard(t) && TextSignals.saysRefusal(words) && words.toLowerCase(Locale.ROOT).contains("review")) {
                return true;
            }
        }
        return false;
    }

    /** They reviewed or praised us in public lately: asking them for a review again says we did not notice. */
    private void reviewed(BriefInput in, List<Touchpoint> past) {
        for (Touchpoint t : past.subList(0, Math.min(past.size(), WORDS_READ))) {
            if (days(day(t, in), today) > REVIEWED_DAYS) {
                return;
            }
            if (heard(t) && TextSignals.saysReviewed(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))) {
                values.put("reviewedWhen", dayInWords(day(t, in), today));
                reviewThanked = ThanksOnce.reviewThanked(day(t, in), in, today);
                reviewThanksStale = ThanksOnce.stale(day(t, in), in, today);
                return;
            }
        }
    }

    private void spokenThings() {
        thing("moodThing", values.get("moodWords"));
        thing("complaintThing", values.get("complaint"));
        // A slip of ours in the service (a delivery window missed, a charge refunded) was put right, but nothing was wrong with
        // the thing itself: "all well with the oven since we put it right" asks after a fault it never had (Chloé Castillo, read 46).
        if (fixedOnRecord && TextSignals.slipInService(values.get("lastFix"))) {
            fixedOnRecord = false;
            values.remove("lastFix");
        }
        thing("lastFixThing", values.get("lastFix"));
        if (fixedOnRecord) {
            values.put("lastFixDone", workaroundOnly());
        }
        String referral = values.get("referral");
        if (referral != null) {
            java.util.regex.Matcher who = REFERRED.matcher(referral);
            String lower = referral.toLowerCase(Locale.ROOT);
            values.put("referralWho", who.find() ? who.group(1).strip() : "someone");
            java.util.regex.Matcher passed = PASSED_ON.matcher(referral);
            java.util.regex.Matcher brought = BROUGHT.matcher(referral);
            values.put("referralThanks", who.find(0) ? "sending " + who.group(1).strip() + " our way"
                    : brought.find() ? "bringing " + brought.group(1).strip() + " " + brought.group(2).strip()
                    : passed.find() ? "passing our " + passed.group(1).toLowerCase(Locale.ROOT) + " on to " + passed.group(2).strip()
                    : lower.contains("review") ? "the review they left us"
                    : lower.contains("recommend") || lower.contains("mention") ? "recommending us"
                    : "speaking up for us (" + referral + ")");
        }
    }

    private void thing(String key, String words) {
        if (words != null) {
            values.put(key, thingIn(words, values.getOrDefault("lastPurchase", "it")));
        }
    }

    /** Whether {@code word} starts a word somewhere in {@code lower} ("dash" in "for dash cams", not in "slapdash"). */
    private static boolean startsAWord(String lower, String word) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORKAROUND = Pattern.compile("\\b(?:work-?around|stopgap|stop-gap|temporary fix|interim fix)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIX_CAME = Pattern.compile("\\b(?:shipped|released|went live|is live|fixed|resolved|put right|sorted)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What we did about their complaint, said after "since we": a workaround agreed "until the feature ships", with nothing since
     * that says the fix came, is no fix (Marlow Removals, read 52), so the call asks how the workaround holds and says where the fix
     * stands.
     */
    private String workaroundOnly() {
        Touchpoint workaround = null;
        for (Touchpoint t : input.touchpoints()) {
            LocalDate on = day(t, input);
            if (on.isAfter(today) || days(on, today) > FIX_REMEMBERED_DAYS) {
                continue;
            }
            String words = summaryAndOutcome(t);
            if (WORKAROUND.matcher(words).find()) {
                workaround = workaround == null || t.occurredAt().isAfter(workaround.occurredAt()) ? t : workaround;
            }
        }
        if (workaround == null) {
            return "put it right";
        }
        LocalDate agreedOn = day(workaround, input);
        for (Touchpoint t : input.touchpoints()) {
            LocalDate on = day(t, input);
            if (t.occurredAt().isAfter(workaround.occurredAt()) && !on.isAfter(today) && FIX_CAME.matcher(summaryAndOutcome(t)).find()) {
                return "put it right";
            }
        }
        return "agreed the workaround (" + dayInWords(agreedOn, today) + "), and say where the proper fix stands";
    }

    /** Words of an item's name that many items share: no sign of which one the words are about. */
    private static final java.util.Set<String> GENERIC_ITEM_WORDS = java.util.Set.of("annual", "monthly", "licence", "license", "plan", "support",
            "standard", "premium", "service", "module", "add-on", "pack", "units", "unit", "with", "year", "years", "extended", "warranty", "fieldline",
            "installation", "removal", "treatment", "set-up", "setup");

    /** What the words are about: one of their purchases they name, else the first thing they name, else {@code otherwise}. */
    private String thingIn(String words, String otherwise) {
        String lower = words.toLowerCase(Locale.ROOT);
        // "the Dispatch licence" is not the newer fleet tracking licence: a head word many items share ("licence", "plan") names this
        // one only when no other item is named by a word of its own (Marlow Removals, read 52)
        String sharedHead = null;
        for (Purchase p : bought) {
            String said = spoken(itemName(p, input));
            String head = said.substring(said.lastIndexOf(' ') + 1);
            head = TextSignals.singular(head);
            if (head.length() >= 3 && lower.contains(head)) {
                if (!GENERIC_ITEM_WORDS.contains(head) || namedByOwnWord(lower, said)) {
                    return said;
                }
                sharedHead = sharedHead == null ? said : sharedHead;
            }
        }
        for (Purchase p : bought) {
            // "Warranty replacement for dash cams shipped": the six vehicle dash cameras, by a word of their own
            String said = spoken(itemName(p, input));
            if (namedByOwnWord(lower, said)) {
                return said;
            }
        }
        if (sharedHead != null) {
            return sharedHead;
        }
        String thing = TextSignals.theThing(words);
        return thing != null ? thing : otherwise;
    }

    /** A word of the item's own (not one many items share) starts a word of {@code lower}. */
    private static boolean namedByOwnWord(String lower, String itemSaid) {
        for (String word : NOT_LETTERS_OR_HYPHEN.split(itemSaid.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 4 && !GENERIC_ITEM_WORDS.contains(word) && startsAWord(lower, word)) {
                return true;
            }
        }
        return false;
    }

    /** Our strengths that fit this client: what {@link #fitsThem} keeps, in the map's order. */
    List<app.rapport.domain.SwotItem> ourStrengths = List.of();

    private static final Pattern LINE_OF_OURS = Pattern.compile("\\btheir ([\\p{L} -]+?)(?=,|\\s+and\\b|\\s+who\\b|\\s+that\\b|$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A strength that lists what we do for a client across our lines ("One team for their hair,
     * their home appliances and their business software") speaks to someone who has two of those
     * with us; said to a client of one line, it names trades they have nothing to do with.
     */
    private boolean fitsThem(app.rapport.domain.SwotItem strength, BriefInput in) {
        Matcher line = LINE_OF_OURS.matcher(strength.text());
        List<String> lines = new ArrayList<>();
        while (line.find()) {
            lines.add(lastWord(line.group(1)).toLowerCase(Locale.ROOT));
        }
        if (lines.size() < 3) {
            return true;
        }
        StringBuilder record = new StringBuilder(recentWords);
        for (Purchase p : bought) {
            Product product = product(p, in);
            record.append(' ').append(itemName(p, in)).append(' ').append(product == null ? "" : product.category());
        }
        String words = record.toString().toLowerCase(Locale.ROOT);
        return lines.stream().filter(thing -> mentions(words, thing)).count() >= 2;
    }

    /** What the client said of a competitor: the link's note, and the sentences of their recent words that name it. */
    private String saidOf(BriefInput.LinkedCompetitor linked) {
        StringBuilder said = new StringBuilder(linked.link() == null || linked.link().note() == null ? "" : linked.link().note());
        String name = linked.competitor().name().toLowerCase(Locale.ROOT);
        if (!name.isBlank() && recentWords.contains(name)) {
            for (String sentence : recentWords.split("(?<=[.!?;])\\s+")) {
                if (sentence.contains(name)) {
                    said.append(' ').append(sentence);
                }
            }
        }
        return said.toString();
    }

    CompetitorAnswers answers(BriefInput.LinkedCompetitor linked, List<app.rapport.domain.SwotItem> ours) {
        return answers.computeIfAbsent(linked, competitor -> new CompetitorAnswers(competitor, ours, saidOf(competitor)));
    }

    // ---- presentation ------------------------------------------------------------------------------

    Brief.PriorTouchpoint priorTouchpoint() {
        if (prior == null) {
            return null;
        }
        return new Brief.PriorTouchpoint(prior.occurredAt(), prior.channel(), prior.direction(), prior.summary(), prior.outcome(),
                priorAnswered ? prior.mood() : null, priorAnswered, prior.followUpOn(), priorFollowUpOverdue);
    }

    /** ", renewed a few days ago", ", renewed 3 times, last a year ago": the renewals of one thing bought on {@code timesBought} days. */
    private String renewedSoFar(long timesBought, LocalDate last) {
        return ", renewed " + (timesBought == 2 ? "" : (timesBought - 1) + " times, last ") + TimeWords.ago(days(last, today));
    }

    /** Everything they bought is one thing running for a term, bought once and renewed since (a licence, year after year). */
    private boolean renewedOnly() {
        if (purchaseDays < 2 || purchases != purchaseDays) {
            return false;
        }
        String line = line(bought.get(0), input, false);
        for (Purchase p : bought) {
            if (p.renewalOn() == null || !line.equals(line(p, input, false))) {
                return false;
            }
        }
        return true;
    }

    BriefLine headline() {
        StringBuilder text = new StringBuilder(name);
        if (!greeting.equals(name)) {
            text.append(" (greet as ").append(greeting).append(")");
        }
        text.append(" · ").append(phase.label().toLowerCase(Locale.ROOT));
        if (lastPurchase != null) {
            // Counted as the talking points count them, by the days they bought, with the items when there are more.
            if (renewedOnly()) {
                // One licence renewed is one thing they have, not "2 purchases".
                text.append(" · ").append(lastBoughtName).append(" since ").append(TimeWords.monthAndYear(firstPurchase))
                        .append(renewedSoFar(purchaseDays, lastBoughtOn));
            } else {
                text.append(" · ").append(purchaseDays == 1 ? "1 purchase" : purchaseDays + " purchases")
                        .append(purchases > purchaseDays ? " (" + purchases + " items)" : "")
                        .append(", last: ").append(lastBoughtName).append(", ").append(TimeWords.ago(days(lastBoughtOn, today)));
            }
        } else {
            text.append(" · no purchase yet");
        }
        if (daysSinceLastTouchpoint != null) {
            text.append(" · last contact ").append(TimeWords.ago(daysSinceLastTouchpoint));
            if (!priorAnswered) {
                text.append(notice(prior) ? " (a notice of ours)" : " (no reply)");
            }
        }
        return new BriefLine(text.toString(), "fact:headline");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static String channelPhrase(Touchpoint t) {
        return switch (t.channel()) {
            case CALL -> "on the phone";
            case VISIT -> "in person";
            case MEETING -> "at our meeting";
            case EMAIL -> "by email";
            case MESSAGE -> "by message";
        };
    }

    /**
     * What the contact of a day or two ago was about, by the name of a thing of theirs or ours it names (" about the bond-repair
     * treatment", " for the kids' cut"), so the opener that follows straight on picks up that contact, not a stock "anything
     * else?" (Olivia Kovač, read 51: our call about the bond-repair treatment two days before). Empty when it names nothing.
     */
    private void lastSpokeAbout(BriefInput in) {
        if (lastHeard == null) {
            return;
        }
        // a thing they said no to there is not brought up again first thing (Antonio Rossi, read 52: "not for now" to the bond-repair
        // treatment the day before)
        String about = daysSinceLastHeard < JUST_SPOKE_DAYS && !TextSignals.saysRefusal(summaryAndOutcome(lastHeard))
                ? WhatFor.thingNamed(lastHeard.summary(), this, in) : null;
        boolean theirVisit = lastHeard.channel() == Channel.VISIT && lastHeard.direction() == Direction.INBOUND;
        values.put("lastSpokeAbout", about == null ? "" : (theirVisit ? " for " : " about ") + about);
    }

    private static String spokeAs(Touchpoint t) {
        boolean theirs = t.direction() == Direction.INBOUND;
        return switch (t.channel()) {
            case CALL -> theirs ? "your call" : "our call";
            case VISIT -> theirs ? "your visit" : "our visit"; // a visit of ours to them (a field call) is no visit of theirs (Antonio Rossi, read 52)
            case MEETING -> "our meeting";
            case EMAIL -> theirs ? "your email" : "our emails";
            case MESSAGE -> theirs ? "your message" : "our messages";
        };
    }

    private String when(LocalDate day) {
        return day == null ? "some time ago" : TimeWords.ago(day, today);
    }

    private static String tenure(long days) {
        if (days < 365) {
            return "about " + Math.max(3, Math.round(days / 30.4)) + " months";
        }
        return TimeWords.span(days);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }

    static LocalDate day(Touchpoint t, BriefInput in) {
        return LocalDate.ofInstant(t.occurredAt(), in.zone());
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

    /** They bought something on this day: a visit that day was the service itself. */
    private boolean boughtOn(LocalDate on) {
        for (Purchase p : bought) {
            if (p.purchasedOn().equals(on)) {
                return true;
            }
        }
        return false;
    }

    /** How long after a purchase a day named for it ("training day scheduled for Tuesday") is read, and how long after that day it is asked after. */
    private static final int DAY_NAMED_DAYS = 30;
    private static final int DAY_PASSED_ASK_DAYS = 14;

    /**
     * A day named for what they bought lately that has passed ("scheduled with our consultants for
     * Tuesday", "kick-off meeting set for Friday"), with nothing since saying how it went: the call
     * asks how it went. A delivery's own day is the awaited delivery's to ask about.
     */
    private void dayPassed(BriefInput in, List<Touchpoint> past) {
        if (lastPurchaseOn == null || daysSincePurchase > DAY_NAMED_DAYS || values.containsKey("awaitedDue")) {
            return;
        }
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            if (on.isBefore(lastPurchaseOn)) {
                return;
            }
            String words = summaryAndOutcome(t);
            TimeWords.NamedDay named = TimeWords.named(words, on);
            if (named == null) {
                continue;
            }
            String item = boughtLatelyNamedIn(words.toLowerCase(Locale.ROOT), DAY_NAMED_DAYS, in);
            if (item == null) {
                continue; // "suggested early Saturday slots": a day, but not one for what they bought
            }
            if (named.day().equals(on) && t.channel() == Channel.VISIT) {
                return; // "had the cut today", written at the visit: we did it ourselves, and how it went is this very record
            }
            String passed = TimeWords.passed(words, on, today, day -> dayInWords(day, today));
            if (passed == null || days(named.day(), today) > DAY_PASSED_ASK_DAYS || awaitingDelivery) {
                return; // the newest day named is still ahead, long gone, or an awaited delivery's
            }
            for (Touchpoint since : past.subList(0, i)) {
                String sinceWords = since.summary() + " " + (since.outcome() == null ? "" : since.outcome());
                if (!day(since, in).isBefore(named.day()) && (TextSignals.saysWentWell(sinceWords) || TextSignals.saysFinished(sinceWords)
                        || TextSignals.saysDelivered(sinceWords))) {
                    return; // how it went is on record
                }
                if (!day(since, in).isBefore(named.day()) && heard(since) && OpenThreads.names(since.summary(), spoken(item))) {
                    return; // we talked it over with them since (a set-up call about it): asking how the day went is a touch too many
                }
            }
            String thing = spoken(item);
            values.put("dayPassedSaid", Character.toUpperCase(thing.charAt(0)) + thing.substring(1) + " was set for " + passed.replaceFirst("^on ", "")
                    + " (" + dayInWords(on, today) + ": \u201c" + stripEnd(words) + "\u201d)");
            return;
        }
    }

    // ---- time and tone: hard times, a silence on their side, an invitation -------------------------

    /** How long hard times they told us of set the tone of the next call. */
    private static final int HARD_TIMES_DAYS = 150;

    /**
     * Hard times they told us of lately ("a difficult few months", an illness, a bereavement, a move,
     * money tight), in their words or in ours about them, or in a note; over once a later contact of
     * theirs was glad or says things are better, or they came back and bought.
     */
    private void hardTimes(BriefInput in, Instant at, List<Touchpoint> past) {
        LocalDate told = null;
        String words = null;
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            if (days(on, today) > HARD_TIMES_DAYS) {
                break;
            }
            String said = TextSignals.hardTimes(t.summary());
            said = said != null ? said : TextSignals.hardTimes(t.outcome());
            if (said != null) {
                told = on;
                words = said;
                for (Touchpoint since : past.subList(0, i)) {
                    String sinceWords = since.summary() + " " + (since.outcome() == null ? "" : since.outcome());
                    if (heard(since) && (since.mood() == Mood.HAPPY || since.mood() == Mood.EXCITED || TextSignals.saysBetter(sinceWords))) {
                        return; // glad again, or "feeling much better": it is behind them
                    }
                }
                break;
            }
        }
        for (Note note : in.notes()) {
            if (note.createdAt().isAfter(at) || days(LocalDate.ofInstant(note.createdAt(), in.zone()), today) > HARD_TIMES_DAYS) {
                continue;
            }
            String said = TextSignals.hardTimes(note.body());
            LocalDate on = LocalDate.ofInstant(note.createdAt(), in.zone());
            if (said != null && (told == null || on.isAfter(told))) {
                told = on;
                words = said;
            }
        }
        if (told == null || lastPurchaseOn != null && lastPurchaseOn.isAfter(told)) {
            return;
        }
        values.put("hardWords", words);
        values.put("hardSay", TextSignals.hardTimesToThem(words));
        values.put("hardWhen", TimeWords.ago(days(told, today)));
        values.put("hardOn", dayInWords(told, today));
    }

    /** How long since their last word before the quiet on their side is worth naming. */
    private static final int QUIET_THEIR_SIDE_DAYS = 90;
    /** How long since they last came or bought before the quiet is a regular's silence, not a pause. */
    private static final int QUIET_SINCE_BOUGHT_DAYS = 120;

    /**
     * A client who has gone quiet on their side: months since their last word, our messages since
     * unanswered, and months since they last came or bought. Said honestly, it is no "how have
     * things been since we last spoke".
     */
    private void quietTheirSide(BriefInput in, List<Touchpoint> past) {
        if (phase != Phase.MATURE || lastHeard == null || unansweredInARow + givenUnanswered < 1 || daysSinceLastHeard < QUIET_THEIR_SIDE_DAYS
                || lastPurchaseOn == null) {
            return;
        }
        // When they were last in: their newest visit, bought or not ("told us about a trip; promised photos next time"), not only their last purchase.
        LocalDate lastIn = lastPurchaseOn;
        for (Touchpoint t : past) {
            LocalDate on = day(t, in);
            if (!on.isAfter(lastIn)) {
                break; // newest first
            }
            if (t.channel() == Channel.VISIT && (t.direction() == Direction.INBOUND || heard(t))) {
                lastIn = on;
                break;
            }
        }
        if (days(lastIn, today) < QUIET_SINCE_BOUGHT_DAYS) {
            return;
        }
        // Their last word: a thank-you to a message of ours ("Thanked us", "Sent a photo back") is no word of theirs.
        Touchpoint theirs = lastHeard;
        Touchpoint thanksSince = null; // the newest such thank-you, said as what it was so no line claims we never heard a word
        for (Touchpoint t : past.subList(past.indexOf(lastHeard), Math.min(past.size(), WORDS_READ))) {
            boolean written = t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE;
            boolean courtesy = t.direction() == Direction.OUTBOUND && written && TextSignals.saysOnlyCourtesy(t.outcome());
            if (heard(t) && !courtesy) {
                theirs = t;
                break;
            }
            if (courtesy && thanksSince == null) {
                thanksSince = t;
            }
        }
        LocalDate heardOn = day(theirs, in);
        long sinceHeard = days(heardOn, today);
        String butThanks = thanksSince == null ? "" : " but a quick reply to our note of " + dayInWords(day(thanksSince, in), today);
        values.put("quietSince", (thanksSince == null ? "we last heard from you " : "our last real talk was ") + TimeWords.ago(sinceHeard));
        boolean visits = itemKind == ItemKind.SERVICE || itemKind == ItemKind.OCCASION; // a cut, an updo: they came in
        LocalDate lastOn = visits ? lastIn : lastPurchaseOn; // "you were last in" is their last visit; "you last bought" their last purchase
        long sinceBought = days(lastOn, today);
        boolean longer = lastOn.isBefore(heardOn) && !TimeWords.ago(sinceBought).equals(TimeWords.ago(sinceHeard));
        values.put("quietLast", !longer ? ""
                : visits ? ", and you were last in " + TimeWords.ago(sinceBought)
                : ", and you last bought from us " + TimeWords.ago(sinceBought));
        values.put("quietWhy", "no word from them since " + dayInWords(heardOn, today) + butThanks
                + (!longer ? "" : visits ? " (their last visit " + TimeWords.ago(sinceBought) + ")"
                : " (their last purchase " + TimeWords.ago(sinceBought) + ")"));
        values.put("heardLastOn", dayInWords(heardOn, today) + butThanks);
        values.put("quietOurs", unansweredInARow > 0 ? ", and our messages since went unanswered" : ", and since then only news and tips from us");
        LocalDate ourLastTry = day(past.get(0), in);
        if (days(ourLastTry, today) >= QUIET_THEIR_SIDE_DAYS) {
            // we stopped trying months ago as well: the quiet is as much ours, and the caller says so
            values.put("quietOurs", unansweredInARow > 0 ? ", and nothing from us either since our last unanswered try on " + dayInWords(ourLastTry, today)
                    : ", and nothing from us either since " + dayInWords(ourLastTry, today));
            String ourSpan = TimeWords.span(days(ourLastTry, today));
            values.put("quietLast", values.get("quietLast") + ". I'm sorry we haven't been in touch ourselves "
                    + (ourSpan.equals(TimeWords.span(sinceHeard)) ? "since then either" : "for " + ourSpan));
            // a renewal ahead leads such a quiet, and owns our part of it in the same breath (read 50: the renewal call of a client we
            // had not written to for eleven months said nothing of it)
            values.put("dateAheadSorry", " I'm sorry we haven't been in touch for " + ourSpan + ".");
        }
        // a playbook edited before heardLastOn still says quietOn here; the day of something they were thinking over wins it
        values.putIfAbsent("quietOn", dayInWords(heardOn, today));
    }

    /** How long an invitation of theirs stays one to take up: three months on, with no answer from us, it is asked after, not dropped. */
    private static final int INVITATION_DAYS = 120;
    /** Past this, an invitation is asked after only while nothing has been heard from them since. */
    private static final int INVITATION_FRESH_DAYS = 60;
    /** An invitation older than this, with no day named, is asked about: does it still stand? */
    private static final int INVITATION_ASK_DAYS = 30;

    /**
     * An invitation of theirs ("invited us to their site", "asked us to come and see the new shop
     * this week") that nothing since has taken up: no visit of ours, no contact that speaks of a
     * site visit or of being there.
     */
    private void invitation(BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            long age = days(on, today);
            if (age > INVITATION_DAYS) {
                return;
            }
            String words = t.summary() + (t.outcome() == null || t.outcome().isBlank() ? "" : ". " + t.outcome());
            String place = TextSignals.invitedTo(words, t.direction() == Direction.INBOUND);
            if (place == null) {
                continue;
            }
            for (Touchpoint since : past.subList(0, i)) {
                String sinceWords = since.summary() + " " + (since.outcome() == null ? "" : since.outcome());
                if (since.channel() == Channel.VISIT && since.direction() == Direction.OUTBOUND || TextSignals.saysWeVisited(sinceWords)) {
                    return; // taken up, or a day for it agreed
                }
                if (age > INVITATION_FRESH_DAYS && heard(since)) {
                    return; // they have spoken with us since about other things: what they said since leads, not an old invitation
                }
            }
            String passed = TimeWords.passed(words, on, today, day -> dayInWords(day, today));
            values.put("invitedTo", place);
            invitedAgeDays = age;
            values.put("invitedToYou", place.replaceFirst("(?i)^(their|his|her)\\s+", "your "));
            values.put("invitedWhen", TimeWords.ago(age));
            values.put("invitedOn", dayInWords(on, today));
            boolean ask = passed != null || age > INVITATION_ASK_DAYS;
            values.put("invitedStill", !ask ? "" : passed != null ? "; the day they meant was " + passed + ", so ask whether the invitation still stands"
                    : "; it was a while ago, so ask whether the invitation still stands");
            values.put("invitedAsk", ask ? "Does the invitation still stand?" : "When would suit you?");
            return;
        }
    }


    // ---- something of ours under way ----------------------------------------------------------------

    /** How long a set-up, a guide sent again, a repair or a demo booked stays ours to check on. */
    private static final int UNDER_WAY_DAYS = 45;
    /** How long a proposal we sent waits for an answer before it is one gone quiet. */
    private static final int PROPOSAL_DAYS = 60;
    /** How long a doubt we reassured is asked after, once the time they would give it has passed. */
    private static final int SETTLING_DAYS = 120;
    private static final Pattern FOLLOW_UP_FOR_SETUP = Pattern.compile("\\b(kick-?off|onboarding|set-?up|go-live|training)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_UP_FOR_GUIDE = Pattern.compile("\\b(guide|video|instructions|set up|settings|how .{0,40}going)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_UP_FOR_REPAIR = Pattern.compile("\\b(warranty|claim|engineer|repair|replacement|RMA|fix)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_UP_FOR_CHECK = Pattern.compile("\\b(check(?![- ]in\\b)|engineer|technician|rattle|noise|leak|fault|repair|look at)\\b", // "Check in with Inês" checks nothing
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_UP_FOR_PROPOSAL = Pattern.compile("\\bproposal\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_UP_FOR_DEMO = Pattern.compile("\\bdemo\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEVER = Pattern.compile("(?!)");
    /** A set-up started fewer days ago than this is too new to ask how it is going. */
    private static final int SETUP_SETTLES_DAYS = 7;
    /** Words of something still to finish that are about a set-up ("a few drivers still on paper"), not a doubt ("not fully convinced yet"). */
    private static final Pattern SETUP_CONTEXT = Pattern.compile(
            "\\b(onboarding|go-live|set-?up|kick-?off|install\\w*|configur\\w*|migrat\\w*|training|roll-?out|live|on paper|drivers|users)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_THE_THING = Pattern.compile("\\s+(brochure|leaflet|price list|pricing|demo|quote|spec sheet)$", Pattern.CASE_INSENSITIVE);
    /** Plans and cover bought alongside the thing they serve: signing one sets nothing up of its own. */
    private static final Pattern NOTHING_TO_SET_UP = Pattern.compile(
            "\\b(?:(?:support|service|care|maintenance) (?:plan|contract)|warranty|insurance|cover|protection)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WARRANTY_CHASE = Pattern.compile("\\b(chase|follow up on|check on)\\b.{0,30}\\bwarranty claim\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Something of ours still under way: the newest of a set-up we started, a guide we had to send
     * again, a warranty claim we are seeing to, a proposal we sent that nobody answered, a demo booked
     * for something they asked about, or a doubt of theirs we reassured ("will give it a month") that
     * nobody asked after. Over once something since fulfils it (the kick-off held, it went live, the
     * repair done, the demo given, a purchase), a word of theirs since ends it, or a follow-up of ours
     * about it was done. The call checks in on it; no review or score is asked while it is open.
     */
    private void underWay(BriefInput in, Instant at, List<Touchpoint> past) {
        if (doNotContact) {
            return;
        }
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = day(t, in);
            long age = days(on, today);
            if (age > SETTLING_DAYS) {
                break;
            }
            String summary = t.summary() == null ? "" : t.summary();
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = summary + (outcome.isBlank() ? "" : ". " + outcome);
            String said = stripEnd(summary) + (outcome.isBlank() ? "" : " \u2014 " + stripEnd(outcome));
            List<Touchpoint> newer = past.subList(0, i);
            boolean setupWords = TextSignals.setupStarted(words) != null
                    || age <= UNFINISHED_DAYS && TextSignals.unfinished(words) != null && SETUP_CONTEXT.matcher(words).find();
            if (age <= UNDER_WAY_DAYS && setupWords && !TextSignals.saysSetupProgress(words)) {
                String thing = boughtNamedFully(words, in);
                thing = thing != null ? thing : boughtBy(on, in);
                if (thing != null && NOTHING_TO_SET_UP.matcher(thing).find()) {
                    thing = null; // a support plan signed alongside sets nothing up: what is being set up is in an older contact
                }
                // our own steps towards the start since ("the onboarding plan", answered with the team list) prepare it: they say
                // nothing of it under way, and a product nobody has started on is not one in use
                List<Touchpoint> beyondPlans = newer.stream().filter(n -> !preparesSetup(n)).toList();
                if (thing != null && !underWayClosed(beyondPlans, on, in, FOLLOW_UP_FOR_SETUP, thing, (t2, w) -> TextSignals.saysSetupProgress(w))) {
                    if (rolloutNews(beyondPlans, thing, in)) {
                        return;
                    }
                    LocalDate named = TimeWords.dayNamed(words, on);
                    if (named != null && named.isAfter(today)) {
                        String day = TimeWords.passed(words, on, named.plusDays(1), d -> dayInWords(d, today));
                        day = day == null ? "on " + dayInWords(named, today) : day;
                        String start = TextSignals.setupStarted(words);
                        String step = start == null ? "the start of " : start.toLowerCase(Locale.ROOT).contains("go-live") ? "the go-live of "
                                : start.toLowerCase(Locale.ROOT).contains("kick") ? "the kick-off of " : "the start of ";
                        String training = training(start, thing);
                        underWay("setup", on, said,
                                "the set-up of " + thing + " is about to start (" + dayInWords(on, today) + ": \u201c" + said + "\u201d)",
                                "I wanted to make sure everything is ready for " + (training != null ? training : step + thing) + " " + day + ". Is there anything you need from us before then?",
                                "Make the start of " + thing + " easy for " + greeting + ": what happens " + day + ", who will be there, and what to have ready.",
                                "Confirm the day and who comes in writing, and check in after it has happened.");
                        return;
                    }
                    if (age < SETUP_SETTLES_DAYS) {
                        // Signed days ago: too soon to ask how the set-up goes, but no time for a review either.
                        if (unfinished == null) {
                            unfinished = "the set-up of " + thing + " has only just started";
                            values.put("unfinishedWhat", unfinished);
                        }
                    } else if (named != null && TextSignals.setupStarted(words) != null) {
                        // "kick-off meeting set for Tuesday", and Tuesday has gone by with nothing logged: set is not held
                        String start = TextSignals.setupStarted(words).toLowerCase(Locale.ROOT);
                        String step = start.contains("go-live") ? "the go-live" : start.contains("kick") ? "the kick-off"
                                + (start.contains("meeting") ? " meeting" : start.contains("call") ? " call" : start.contains("session") ? " session" : "")
                                : "the start";
                        String when = named.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", " + dayInWords(named, today);
                        String training = training(start, thing);
                        if (training != null) {
                            // "ordered the training day; scheduled for Friday", and Friday has gone by with nothing logged: the training itself is the thread
                            underWay("setup", on, said,
                                    training + " was set for " + when + " (" + dayInWords(on, today) + ": \u201c" + said
                                            + "\u201d), and nothing on record since shows it took place or how it went",
                                    "I wanted to check " + training + " on " + when + " went ahead, as I can't see it noted, and how it went. Is there anything left for us to do?",
                                    "Find out whether " + training + " on " + when + " took place and how it went, then see to anything left with " + greeting
                                            + ", and who does it by when.",
                                    "Note whether " + training + " happened (book it with a date if not), and what is left and who does it by when.");
                            return;
                        }
                        underWay("setup", on, said,
                                step + " for " + thing + " was set for " + when + " (" + dayInWords(on, today) + ": \u201c" + said
                                        + "\u201d), and nothing on record since shows it took place or says how the set-up is going",
                                "I wanted to check " + step + " on " + when + " went ahead, as I can't see it noted, and how the set-up of " + thing
                                        + " is going since. Is there anything left for us to do?",
                                "Find out whether " + step + " for " + thing + " on " + when + " took place, then see the set-up through with " + greeting
                                        + ": what is left, and who does it by when.",
                                "Note whether " + step + " happened (book it with a date if not), and what is left of the set-up and who does it by when.");
                        return;
                    } else {
                        // "Check the kick-off is scheduled", ticked off with nothing logged: the kick-off itself is still to be accounted for
                        FollowUp diaried = onlyDiaried(in, on, FOLLOW_UP_FOR_SETUP);
                        Matcher start = diaried == null ? null : FOLLOW_UP_FOR_SETUP.matcher(diaried.reason());
                        String step = start != null && start.find() ? start.group(1).toLowerCase(Locale.ROOT) : null;
                        underWay("setup", on, said,
                                "the set-up of " + thing + " is under way (" + dayInWords(on, today) + ": \u201c" + said + "\u201d), and nothing since says how it is going"
                                        + (step == null ? "" : "; our follow-up \u201c" + stripEnd(diaried.reason()) + "\u201d was ticked off on "
                                        + dayInWords(LocalDate.ofInstant(diaried.doneAt(), in.zone()), today) + ", but no " + step + " is on record"),
                                step != null ? "I wanted to check the " + step + " for " + thing + " has happened, as I can't see it noted, and how the set-up is going."
                                        + " Is there anything left for us to do?"
                                        : "I wanted to check in on how the set-up of " + thing + " is going. Is there anything left for us to do?",
                                "See the set-up of " + thing + " through with " + greeting + ": how it is going, what is left, and who does it by when.",
                                "Note what is left of the set-up of " + thing + " and who does it by when as a follow-up, and check back once it is done.");
                        return;
                    }
                }
            }
            if (age <= UNDER_WAY_DAYS && t.direction() == Direction.OUTBOUND && TextSignals.saysGuideAgain(words)) {
                String thing = boughtNamedFully(words, in);
                thing = thing != null ? thing : values.get("lastPurchase");
                if (thing != null && !underWayClosed(newer, on, in, FOLLOW_UP_FOR_GUIDE, thing, (t2, w) -> heard(t2) && t2.direction() == Direction.INBOUND || TextSignals.saysWentWell(w) || TextSignals.saysSettled(w))) {
                    underWay("guide", on, said,
                            "we had to send the guide for " + thing + " again (" + dayInWords(on, today) + "), and nothing since says they got on with it",
                            "I wanted to see how you are getting on with " + thing + " since we sent the guide again. Is it all making sense now?",
                            "Make sure " + greeting + " gets on with " + thing + ": whether the guide we sent again helped, and what is still unclear.",
                            "If anything is still unclear, offer a short walk-through in whatever way suits them best, and note it as a follow-up.");
                    return;
                }
            }
            if (age <= UNDER_WAY_DAYS && TextSignals.saysRepairUnderWay(words)) {
                String thing = boughtNamedFully(words, in); // null: bought elsewhere, or named otherwise
                String claim = thing == null ? "warranty claim" : "warranty claim for " + thing;
                if (!underWayClosed(newer, on, in, FOLLOW_UP_FOR_REPAIR, thing, (t2, w) -> TextSignals.saysSettled(w) || heard(t2) && TextSignals.saysWentWell(w))) {
                    String lower = words.toLowerCase(Locale.ROOT);
                    String check = lower.contains("engineer") ? "has the engineer been, and is it working again?"
                            : lower.contains("replace") || lower.contains("rma") || lower.contains("ship") ? "has the replacement arrived, and is all well?"
                            : "has it been put right?";
                    underWay("repair", on, said,
                            "their " + claim + " is under way (" + dayInWords(on, today) + ": \u201c" + said + "\u201d), and nothing since says it was put right",
                            "I wanted to check on your " + claim + ": " + check,
                            "See that " + greeting + "'s " + claim + " is put right, and that they know what happens next.",
                            "Note where the claim stands and what happens next as a follow-up with a date, and check back once it is done.");
                    return;
                }
            }
            String problem = age <= UNDER_WAY_DAYS && age >= 1 ? OurCheck.booked(words) : null;
            // A fix of ours booked after a problem told in any words ("the dryer door does not close properly — Engineer booked") is
            // ours under way as much as a check after a rattle: their good mood at another talk since does not say it was done.
            String told = problem == null && age <= UNDER_WAY_DAYS && age >= 1 && OurCheck.fixBooked(outcome) ? TextSignals.problem(words) : null;
            boolean toldNamed = told != null && told.matches("(?i)(the|their|a|an) .*");
            problem = toldNamed ? told.replaceFirst("^(?i)(a|an|their) ", "the ") : problem;
            if (problem != null) {
                String thing = boughtNamedFully(words, in);
                if (!checkDoneSince(newer, on, in)) {
                    String of = thing == null || toldNamed ? "" : " with " + thing;
                    String aProblem = toldNamed ? problem : (problem.matches("[aeiou].*") ? "an " : "a ") + problem;
                    problem = toldNamed ? problem.substring("the ".length()) : problem;
                    underWay("repair", on, said,
                            "they mentioned " + aProblem + of + " " + TimeWords.ago(age) + " and we booked a check (" + dayInWords(on, today) + ": \u201c" + said
                                    + "\u201d), and nothing since says it was done",
                            "I wanted to follow up on the " + problem.replaceFirst("^(small|slight|little|tiny|bit of a) ", "") + of
                                    + " you mentioned: I'd like to make sure our check was done and all is well now, and if it wasn't, to find you a time for it.",
                            "See that the " + problem + " " + greeting + " mentioned is looked at (look up first whether our check was done: it is ours to know),"
                                    + " and that they know what happens next.",
                            "Note whether the check was done and what it found; if not, book it with a date as a follow-up and keep it.");
                    return;
                }
            }
            String left = age <= ACTIONS_LEFT_DAYS && age >= SETUP_SETTLES_DAYS && t.direction() == Direction.OUTBOUND ? OurCheck.actionsLeft(outcome) : null;
            if (left != null && !actionsDoneSince(newer, on, in)) {
                String noun = left.replace(" for us", "");
                // a month and more with no word from us on what we took away is a promise of ours gone unkept: the opener owns it
                String opener = age >= ACTIONS_OWNED_DAYS
                        ? "I'm sorry we haven't come back to you about the " + noun + " from " + dayInWords(on, today) + ". I'd like to tell you where each one"
                                + " stands, and hear whether anything is still getting in your way."
                        : "I'm calling about the " + noun.replaceFirst("^(one|two|three|four|five|a few|some|several|\\d+) ", "")
                                + " from " + TimeWords.ago(age) + ": I'd like to tell you where each one stands, and hear whether anything is still getting in your way.";
                underWay("repair", on, said,
                        "we were left with " + noun + " " + TimeWords.ago(age) + " (" + dayInWords(on, today) + ": \u201c" + said
                                + "\u201d), and nothing since says they were dealt with",
                        opener,
                        "Look up where what was left for us after " + dayInWords(on, today) + " (" + left + ") stands before the call: it is ours to know, not "
                                + greeting + "'s to tell us. Then tell them where each stands, and see it done.",
                        "Note where each of them stands and who finishes it by when as a follow-up, and tell them once all are done.");
                return;
            }
            boolean newerInterest = offerPending && offerAgeDays != null && offerAgeDays < age
                    || !"none".equals(askState) && askAgeDays != null && askAgeDays < age;
            if (age <= PROPOSAL_DAYS && !newerInterest && t.direction() == Direction.OUTBOUND && !TextSignals.saysProposalAnswered(outcome)) {
                String proposed = TextSignals.proposalSent(summary);
                if (proposed != null) {
                    String named = proposed.isEmpty() ? null : proposed.replaceFirst("(?i)^(the|our|a)\\s+", "");
                    boolean before = named != null && summary.toLowerCase(Locale.ROOT).contains((named + " proposal").toLowerCase(Locale.ROOT));
                    String what = named == null ? "the proposal" : before ? "the " + named + " proposal" : "the proposal for the " + named;
                    String thing = named == null ? "proposal" : named;
                    if (!underWayClosed(newer, on, in, FOLLOW_UP_FOR_PROPOSAL, thing, (t2, w) -> heard(t2) && spokeOf("proposal", w))
                            && !boughtSince(thing, on, in)) {
                        underWay("proposal", on, said,
                                "we sent them " + what + " " + TimeWords.ago(age) + " (" + dayInWords(on, today) + "), and nothing has been heard of it since",
                                "I wanted to make sure " + what + " we sent " + TimeWords.ago(age) + " reached you, and to hear what you made of it.",
                                "Find out whether " + greeting + " got " + what + ", and what they made of it: questions, a no, or a later are all fine answers.",
                                "Note what they made of " + what + ": questions to answer (by when), a day to talk again, or a no (and why).");
                        return;
                    }
                }
            }
            if (age <= UNDER_WAY_DAYS && !newerInterest && TextSignals.saysDemoBooked(words)) {
                String thing = demoThing(words, in);
                if (!underWayClosed(newer, on, in, FOLLOW_UP_FOR_DEMO, thing, (t2, w) -> TextSignals.speaksOfDemo(w))
                        && (lastPurchaseOn == null || lastPurchaseOn.isBefore(on))) {
                    String demo = thing == null ? "the demo" : "the demo of " + thing;
                    String ask = age <= SETUP_SETTLES_DAYS ? "is it still a good time for you, and is there anything you'd like us to show?"
                            : "did it go ahead, and what did you make of it?";
                    String stillAsked = "";
                    if ("deciding".equals(askState) && askAgeDays != null && askAgeDays == age) {
                        askState = "none"; // the ask the demo was booked for: said once, as the demo
                        TextSignals.Ask question = askTouchpoint == null ? null : TextSignals.ask(askTouchpoint.summary(), false);
                        if (ReportedQuestion.of(question) && !values.getOrDefault("overdueAsked", "").contains(question.phrase())) {
                            // "asked about data hosting and GDPR — Demo booked": the demo is no answer to where their data lives
                            stillAsked = " You also asked us " + question.spoken() + ", and I want to make sure you have a proper answer.";
                            values.put("underWayAsked", "What they asked when it was booked (" + question.phrase() + ") has no answer logged: have the answer itself ready, not only the demo.");
                        }
                    }
                    underWay("demo", on, said,
                            (thing == null ? "a demo was booked " : "a demo of " + thing + " was booked ") + TimeWords.ago(age) + " (" + dayInWords(on, today)
                                    + ": \u201c" + said + "\u201d), and nothing since says how it went",
                            "I wanted to follow up on " + demo + " we booked: " + ask + stillAsked,
                            "Make " + demo + " count for " + greeting + ": whether it went ahead (or still suits them), and what they made of it.",
                            "Note how " + demo + " went (or confirm its day), and agree the next step with a date.");
                    return;
                }
            }
            if (heard(t) && TextSignals.saysReassured(outcome.isBlank() ? summary : outcome)
                    && (t.mood() == Mood.DOUBTFUL || t.mood() == Mood.REGRETFUL || TextSignals.thread(summary, null) != null
                    && TextSignals.thread(summary, null).kind() == TextSignals.ThreadKind.DOUBT)) {
                int giveIt = TextSignals.giveItDays(words);
                String thing = boughtNamedFully(words, in);
                thing = thing != null ? thing : values.getOrDefault("lastPurchase", "what they bought");
                if (age >= giveIt && !settled(newer, on, in, thing)) {
                    String gave = giveIt == 0 ? "" : giveIt >= 30 ? ", and the month they would give it has passed" : ", and the time they would give it has passed";
                    underWay("settling", on, said,
                            "they were unsure about " + thing + " " + TimeWords.ago(age) + " and we reassured them" + gave + ", with no word since of how it is settling",
                            "I wanted to see how " + thing.replaceFirst("^the ", "your ") + " is settling in, now you've had a while with it. How are you finding it?",
                            "Ask " + greeting + " gently how " + thing + " is settling in, and answer anything still on their mind.",
                            "Note how it has settled; if anything still bothers them, agree what we do about it and by when.");
                    return;
                }
            }
        }
        // A warranty claim we said we would chase: has it come through?
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || !WARRANTY_CHASE.matcher(fu.reason()).find()) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (done.isAfter(today) || days(done, today) > UNDER_WAY_DAYS) {
                continue;
            }
            String thing = boughtNamedFully(fu.reason(), in);
            thing = thing != null ? thing : values.getOrDefault("lastPurchase", "what they bought");
            List<Touchpoint> newer = new ArrayList<>();
            for (Touchpoint t : past) {
                if (day(t, in).isAfter(done)) {
                    newer.add(t);
                }
            }
            if (!underWayClosed(newer, done, in, NEVER, thing, (t2, w) -> TextSignals.saysSettled(w))) {
                underWay("repair", done, stripEnd(fu.reason()),
                        "we chased their warranty claim " + TimeWords.ago(days(done, today)) + " (" + dayInWords(done, today) + "), and nothing since says it came through",
                        "I wanted to let you know we've been chasing your warranty claim, and to check where things stand for you. Has anything come through?",
                        "See that " + greeting + "'s warranty claim comes through, and that they know what happens next.",
                        "Note where the claim stands and what happens next as a follow-up with a date, and check back once it is done.");
                return;
            }
        }
    }

    /** The newest follow-up of ours about the thing ({@code about}) done since {@code on} that only saw a step put in the diary, or null. */
    private FollowUp onlyDiaried(BriefInput in, LocalDate on, Pattern about) {
        FollowUp newest = null;
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null || !TextSignals.onlySchedules(fu.reason()) || !about.matcher(fu.reason()).find()) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (!done.isBefore(on) && !done.isAfter(today) && (newest == null || fu.doneAt().isAfter(newest.doneAt()))) {
                newest = fu;
            }
        }
        return newest;
    }

    /** A contact of ours that only prepares a set-up ("Thank-you email with the onboarding plan"): about the start, and no word it moved on. */
    private static boolean preparesSetup(Touchpoint t) {
        String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
        return t.direction() == Direction.OUTBOUND && PREPARES_SETUP.matcher(words).find() && !TextSignals.saysSetupProgress(words);
    }

    private static final Pattern PREPARES_SETUP = Pattern.compile(
            "\\b(?:onboarding|kick-?off|go-live|set-?up|rollout|roll-out)\\s+(?:plan|agenda|schedule|timeline|pack|checklist|date|invite|invitation)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /** The training set for a day, named as itself ("the training day"), when that is what the words started; else null. */
    private static String training(String start, String thing) {
        if (start == null || !start.toLowerCase(Locale.ROOT).startsWith("training")) {
            return null;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        String named = lower.startsWith("training day") ? "training day" : lower.startsWith("training session") ? "training session" : "training";
        return thing != null && thing.toLowerCase(Locale.ROOT).contains(named) ? thing : "the " + named;
    }

    private static final Pattern PLAN_AGREED = Pattern.compile("\\bagreed (?:a|the|on a) (?:[\\w-]+ )?plan\\b", Pattern.CASE_INSENSITIVE);

    /**
     * News of the roll-out since it began ("a few days after go-live; a few drivers still on paper, agreed a plan") is what the
     * call builds on: how the plan or what was left has gone since, never "nothing since says how it is going". News that it
     * went live with nothing left and no doubt ends it. True when such news was found (and read).
     */
    private boolean rolloutNews(List<Touchpoint> newer, String thing, BriefInput in) {
        for (Touchpoint n : newer) {
            String summary = n.summary() == null ? "" : n.summary();
            String outcome = n.outcome() == null ? "" : n.outcome();
            String words = summary + (outcome.isBlank() ? "" : ". " + outcome);
            if (!TextSignals.saysRolloutNews(words)) {
                continue;
            }
            String left = TextSignals.rolloutLeft(words);
            boolean unsure = n.mood() == Mood.DOUBTFUL || n.mood() == Mood.FRUSTRATED || n.mood() == Mood.REGRETFUL;
            if (left == null && !unsure) {
                return true; // it went live, and nothing was left open: the set-up is over
            }
            LocalDate on = day(n, in);
            String when = dayInWords(on, today);
            String said = stripEnd(summary) + (outcome.isBlank() ? "" : " \u2014 " + stripEnd(outcome));
            boolean plan = PLAN_AGREED.matcher(words).find();
            rolloutMidWay = true;
            underWay("setup", on, said,
                    "the set-up of " + thing + " is under way, and when we last spoke of it (" + when + ") "
                            + (left == null ? "they sounded unsure (\u201c" + said + "\u201d)"
                            : plan && PLAN_AGREED.matcher(left).find() ? "some of it was still left, and we agreed a plan"
                            : "some of it was still left (\u201c" + left + "\u201d)" + (plan ? ", and we agreed a plan" : "")),
                    (plan ? "I wanted to ask how the plan we agreed on " + when + " for " + thing + " is going."
                            : "I wanted to ask how the set-up of " + thing + " has gone since we spoke on " + when + ".")
                            + " Is there anything left for us to do?",
                    "See the set-up of " + thing + " through with " + greeting + ": how " + (plan ? "the plan agreed on " + when + " is going"
                            : "it has gone since " + when) + ", what is still left, and who does it by when.",
                    "Note what is still left of the set-up of " + thing + " and who does it by when as a follow-up, and check back once it is done.");
            return true;
        }
        return false;
    }

    /**
     * A set-up whose last news left something open or them unsure is the live thread of the call: for a new or doubtful client
     * it leads over an older request of theirs, which is said as a line under it.
     */
    private void requestOutrunBySetup() {
        if (!openRequest || requestOutrun || !rolloutMidWay || requestAgeDays == null || underWayAgeDays == null
                || underWayAgeDays >= requestAgeDays) {
            return;
        }
        boolean unsure = leadingMood == Mood.DOUBTFUL || mood == Mood.DOUBTFUL || trend == MoodTrend.WORSENING;
        if (unsure || phase != null && phase.isNew()) {
            requestOutrun = true;
        }
    }

    void underWay(String kind, LocalDate on, String words, String said, String opener, String goal, String next) {
        underWay = kind;
        values.putIfAbsent("underWayAsked", "");
        underWayAgeDays = days(on, today);
        values.put("underWaySaid", said);
        values.put("underWayOpener", opener);
        values.put("underWayGoal", goal);
        values.put("underWayNext", next);
        values.put("underWayOn", dayInWords(on, today));
        values.put("underWayWords", words);
        if (unfinished == null && !kind.equals("proposal")) {
            unfinished = said; // no review while it is open; said once, by the rule that owns it, not again as "not finished yet"
        }
    }

    /**
     * Something of ours under way is over: a contact since says so ({@code ends}), a word of theirs
     * since speaks of the thing, or a follow-up of ours about it was done since.
     */
    private boolean underWayClosed(List<Touchpoint> newer, LocalDate on, BriefInput in, Pattern followUpFor, String thing,
                                   java.util.function.BiPredicate<Touchpoint, String> ends) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            boolean glad = t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED;
            if (ends.test(t, words) || heard(t) && (t.direction() == Direction.INBOUND || glad) && spokeOf(thing, words)) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            // "Check the kick-off is scheduled", ticked off with nothing logged: it was set, which says nothing of how it went
            if (!done.isBefore(on) && !done.isAfter(today) && !fu.dueOn().isBefore(on) && followUpFor.matcher(fu.reason()).find()
                    && !TextSignals.onlySchedules(fu.reason())) {
                return true;
            }
        }
        return false;
    }


    /**
     * A check we booked is done once words since say so (checked, fixed, the engineer came) or a follow-up of ours about it
     * was done; a happy purchase since does not say the rattle was seen to.
     */
    boolean checkDoneSince(List<Touchpoint> newer, LocalDate on, BriefInput in) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (OurCheck.done(words) || TextSignals.saysSettled(words)) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (!done.isBefore(on) && !done.isAfter(today) && FOLLOW_UP_FOR_CHECK.matcher(fu.reason()).find()) {
                return true;
            }
        }
        return false;
    }

    /** How long tickets or actions left for us after a review stay ours to ask after, when nothing says they were done. */
    private static final int ACTIONS_LEFT_DAYS = 100;
    /** Tickets or actions of ours this old with no word since are a wait of ours to say sorry for, not only to report on. */
    private static final int ACTIONS_OWNED_DAYS = 30;
    private static final Pattern FOLLOW_UP_FOR_ACTIONS = Pattern.compile("\\b(tickets?|actions?|open points?|fix|confirm)\\b", Pattern.CASE_INSENSITIVE);

    /** Tickets or actions left for us are done once words since say so, or a follow-up of ours about them was done. */
    boolean actionsDoneSince(List<Touchpoint> newer, LocalDate on, BriefInput in) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (OurCheck.actionsDone(words) || TextSignals.saysSettled(words) || TextSignals.saysSetupProgress(words)) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            // a step of the set-up ticked off since ("Check the kick-off is scheduled", "Second onboarding session") does not say
            // the actions we were left with were done (Cedar and Omar, reads 41 and 43): only one about them does
            if (!done.isBefore(on) && !done.isAfter(today) && FOLLOW_UP_FOR_ACTIONS.matcher(fu.reason()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A doubt we reassured is over once they came in, bought, were glad, said it went well, or someone asked after it since. */
    private boolean settled(List<Touchpoint> newer, LocalDate on, BriefInput in, String thing) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT) {
                return true;
            }
            if (heard(t) && (t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED || TextSignals.saysWentWell(words) || TextSignals.saysSettled(words))) {
                return true;
            }
        }
        return lastPurchaseOn != null && lastPurchaseOn.isAfter(on) || followedUpSince(on, FOLLOW_UP_FOR_DOUBT, thing, in);
    }

    /** They bought the thing a proposal was for since it was sent. */
    private boolean boughtSince(String thing, LocalDate on, BriefInput in) {
        for (Purchase p : bought) {
            if (p.purchasedOn().isBefore(on)) {
                break; // newest first
            }
            if (spokeOf(thing, itemName(p, in)) || spokeOf(spoken(itemName(p, in)), thing)) {
                return true;
            }
        }
        return false;
    }

    /** What they bought that the words name in full ("the washing machine", not any "machine"), newest first, or null. */
    String boughtNamedFully(String words, BriefInput in) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (Purchase p : bought.subList(0, Math.min(bought.size(), WORDS_READ))) {
            String name = spoken(itemName(p, in));
            String bare = name.replaceFirst("^(the|a|an|their|your) ", "").toLowerCase(Locale.ROOT);
            if (bare.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(bare) + "s?\\b").matcher(lower).find()) {
                return name;
            }
        }
        return null;
    }

    /** The newest thing they had bought by that day, as it is said, or null. */
    private String boughtBy(LocalDate on, BriefInput in) {
        for (Purchase p : bought) { // newest first
            if (!p.purchasedOn().isAfter(on)) {
                return spoken(itemName(p, in));
            }
        }
        return null;
    }

    /** What a demo was booked for: the catalog item the words name, else the first thing they name, or null. */
    private String demoThing(String words, BriefInput in) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (Product product : in.products().values()) {
            String name = spoken(product.name());
            if (spokeOf(name, lower)) {
                return NOT_THE_THING.matcher(name).replaceFirst("");
            }
        }
        String thing = ThingAsked.in(words); // "asked about lead times for dash cams": the dash cams, not the fleet after it
        thing = thing != null ? thing : TextSignals.theThing(words);
        return thing != null ? NOT_THE_THING.matcher(thing).replaceFirst("") : null;
    }

    /** A day in a sentence, in the business's date format ("7 January"; the year when not this year's). */
    String dayInWords(LocalDate day, LocalDate today) {
        return input.settings().format().dayInWords(day, today);
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** What a contact says, as a caller would quote it: "Checked in with Lucía \u2014 Happy with it", the ends' full stops dropped. */
    static String said(Touchpoint t) {
        return stripEnd(t.summary()) + (t.outcome() == null || t.outcome().isBlank() ? "" : " \u2014 " + stripEnd(t.outcome()));
    }

    /** A contact's summary and outcome as logged, for reading what it says. */
    static String summaryAndOutcome(Touchpoint t) {
        return t.summary() + (t.outcome() == null || t.outcome().isBlank() ? "" : " \u2014 " + t.outcome());
    }

    static String stripEnd(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith(".") || t.endsWith("!")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String shorten(String text) {
        String t = text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
        return t.length() <= NOTE_CHARS ? t : t.substring(0, NOTE_CHARS - 1).strip() + "…";
    }
}
