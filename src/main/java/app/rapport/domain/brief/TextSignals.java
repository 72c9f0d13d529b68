package app.rapport.domain.brief;

import app.rapport.domain.Channel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words people log say, read the way a colleague would: a call that went to voicemail
 * is no conversation, "fixed; confirmed with Pierre" settles a problem, "email rather than call"
 * is a caution for whoever picks up the phone, "asked for a quote" is a request.
 * Deliberately plain patterns over English words: they recognise the usual ways staff write these
 * things, and a line they miss still shows in the brief's "Lately".
 */
public final class TextSignals {
    /** Patterns of the hot paths, compiled once rather than on every call (String.split/replaceAll/matches compile each time). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern COMPARATIVE_FIRST = Pattern.compile("(?i)(faster|shorter|quicker|better|more|less)\\b.*");
    private static final Pattern A_CALL_FIRST = Pattern.compile("(?i)(a|the)\\s+(call|callback)\\b.*");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;])\\s+");
    private static final Pattern NO_REPLY = Pattern.compile(
            "\\b(no (reply|answer|response|reaction)( yet)?|not answered|unanswered|did(n't| not) (reply|answer|respond|pick up|call back)"
                    + "|voice ?mail|left a (voice )?message|bounced|not picking up|went unanswered|never (replied|answered)"
                    + "|opened (it|the (e-?mail|message|link))|read (it|the message)|(message|e-?mail|text) delivered|link clicked"
                    + "|clicked the link)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTLED = Pattern.compile(
            "\\b(fixed|resolved|sorted( out)?|settled|repaired|replaced|refunded|solved|put right|works (fine|again|now|perfectly)"
                    + "|all good now|happy with the fix|problem gone)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "\\b(not|n't|never|still|yet to be|isn't|wasn't|hasn't|has not|is not|not yet|un)\\s*(been\\s*|being\\s*|quite\\s*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUTION = Pattern.compile(
            "\\b(hard of hearing|deaf|allerg\\w*|intoleran\\w*|do not|don't|dont|never|not before|not after|avoid|prefers?|rather than"
                    + "|only (by )?(e-?mail|text|sms|message|whatsapp|calls?|phone|mornings?|afternoons?|evenings?)"
                    + "|no (calls|phone calls|texts|photos|pictures|visits|mail|emails|marketing)|careful|sensitive|please don't"
                    + "|wheelchair|mobility|pregnan\\w*|divorc\\w*|bereave\\w*|passed away|funeral|illness|in hospital|latex|fragrance"
                    + "|caution|important|warning)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS_EMAIL = Pattern.compile(
            "\\b((prefers?|rather|only|better)\\s+(by\\s+|an?\\s+)?e-?mails?|e-?mails?\\s+(rather|instead|not)\\b|e-?mail,? not (a )?(call|phone)"
                    + "|write to (her|him|them) (rather|instead))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS_TEXT = Pattern.compile(
            "\\b((prefers?|rather|only|better)\\s+(by\\s+|an?\\s+)?(texts?|sms|messages?|whatsapp)|(texts?|sms|messages?|whatsapp)\\s+(rather|instead)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_CALLS = Pattern.compile(
            "\\b(no (phone )?calls|(do not|don't|dont|never|please don't) (phone|call|ring)(?!\\s+(before|after|on|at|during|between|until|in the|at work|early|late|on weekends)))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS = Pattern.compile(
            "\\b(asked (us )?(for|about|if|whether|to)|asks (for|about|if|whether)|(keeps?|kept) asking (for|about|after|whether|if)|wants? (to|a|an|the|us to)|would like|requested|requests"
                    + "|(is |are )?looking for|interested in|needs? a (quote|price|proposal|date)|quote for|price for|can we|could we|enquir\\w+|inquir\\w+)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ANSWERED = Pattern.compile(
            "\\b(sent|answered|explained|told (them|her|him)|confirmed|booked|done|arranged|replied|gave|given|quoted|ordered|sorted"
                    + "|fixed|resolved|shown|walked (them|her|him) through|not covered|covered|approved)\\b",
            Pattern.CASE_INSENSITIVE);

    /** When the words go on to a time or a topic ("not before 10am", "not about offers"), they limit contact rather than end it. */
    private static final String ONLY_LIMITS = "(?!\\s+(?:before|after|on|at|during|between|until|in|early|late|about|for|re|regarding|with|unless|except|during))";
    private static final Pattern STOP_CONTACT = Pattern.compile(
            "\\b(?:stop (?:calling|contacting|emailing|messaging|texting|ringing)(?: (?:me|us|them|her|him))?"
                    + "|(?:do not|don't|dont|never|please don't) (?:contact|call|ring|email|message|text) (?:me|us|them|her|him)( again)?"
                    + "|not to (?:be )?(?:contacted|called)|not to (?:contact|call) (?:me|us|them|her|him)( again)?"
                    + "|no (?:more|further) (?:calls|contact|emails|messages|marketing)|unsubscrib\\w*"
                    + "|(?:take|remove|delete) (?:me|us|them|her|him) (?:off|from) (?:the|your|our) (?:list|lists|mailing list|database)"
                    + "|no longer wants? to (?:hear from us|be contacted)|leave (?:me|us|them|her|him) alone|opted out|opt out)\\b" + ONLY_LIMITS,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVED_AWAY = Pattern.compile(
            "\\b(moved (away|abroad|out of (the )?(area|town|city|country|region))|moved( house)? to (another|a different|a new) (city|town|country|area|region)"
                    + "|is moving (away|abroad)|relocat(ed|ing) (abroad|away)|left the (area|country|region|town|city)|emigrat\\w*"
                    + "|no longer lives? (here|nearby|in the area|locally))\\b",
            Pattern.CASE_INSENSITIVE);

    private TextSignals() {
    }

    /**
     * True when the touchpoint shows the client's own reaction: they came to us, or a two-way contact
     * that reached them. A message of ours is their reaction only where its outcome records an answer.
     */
    public static boolean theirReaction(app.rapport.domain.Touchpoint t) {
        if (t.direction() == app.rapport.domain.Direction.INBOUND) {
            return true;
        }
        if (saysNoReply(t.outcome()) || saysNoReply(t.summary())) {
            return false;
        }
        boolean written = t.channel() == Channel.EMAIL || t.channel() == Channel.MESSAGE;
        // "Invoice sent" records a step of ours, not an answer, whatever mood was logged with it: a mood on our own email is
        // how we felt it went, not a word of theirs.
        return !written || (t.outcome() != null && !t.outcome().isBlank() && !found(OUR_STEP_ONLY, t.outcome()));
    }

    /** The outcome records only a further step of ours ("Invoice sent", "Sent extra aftercare tips"): no answer of theirs, and none asked for. */
    public static boolean saysOurStepOnly(String outcome) {
        return found(OUR_STEP_ONLY, outcome);
    }

    /** An outcome that records only a further step of ours ("Invoice sent", "Sent extra aftercare tips"): no answer of theirs. */
    private static final Pattern OUR_STEP_ONLY = Pattern.compile(
            "^\\s*(?:(?:the |an? )?(?:invoice|agenda|window|pricing|price list|quote|brochure|guide|link|details|reminder|receipt)s? (?:sent|emailed|attached)"
                    + "|sent (?!a photo|us\\b|back\\b)[\\p{L}' -]{2,50})[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** They asked us to stop contacting them ("please stop calling", "unsubscribe me", "asked not to be contacted"). */
    public static boolean saysStopContact(String text) {
        return mayHold(text, STOP_HINTS) && found(STOP_CONTACT, text);
    }

    private static final String[] STOP_HINTS = {"stop", "not to", "n't", "do not", "dont", "never", "no more", "no further", "unsubscri",
            " off ", " from ", "no longer", "alone", "opt"};
    private static final String[] MOVED_HINTS = {"moved", "moving", "relocat", "left the", "emigrat", "no longer live"};

    private static final Pattern HARD_TIMES = Pattern.compile(
            "\\b((?:a |an |been a |had a |going through a |through a )?(?:really |very |pretty )?(?:difficult|hard|tough|rough|awful|terrible|sad)"
                    + " (?:few |couple of |last |past )?(?:time|times|months?|weeks|year|patch|spell|period)"
                    + "|passed away|bereave\\w*|funeral|(?:lost|losing) (?:her|his|their|my|a) (?:mum|mother|dad|father|husband|wife|partner|son|daughter"
                    + "|brother|sister|friend|grandmother|grandfather|nan|gran|job)|death in the family"
                    + "|(?:mum|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|friend|dog|cat) (?:has |had )?died"
                    + "|(?:has been|was|is|been|fell|falling) (?:quite |very |seriously )?(?:ill|unwell|poorly|sick)|in hospital"
                    + "|(?:an?|knee|hip|back|heart|eye|major) (?:operation|surgery)|(?:had|having|after|recovering from) (?:an? |her |his |their )?(?:operation|surgery)"
                    + "|diagnos\\w+|cancer|chemo\\w*|illness|divorc\\w*|made redundant|redundancy|out of work"
                    + "|money(?:'s| is| has been| was) (?:tight|short)|tight on money|struggling (?:financially|with money|with bills)|financial difficult\\w*"
                    + "|(?:in the middle of|busy with|stressful) (?:a|the|their|her|his) (?:house )?move\\b|moving house)",
            Pattern.CASE_INSENSITIVE);
    /** "Illness cover", "the surgery's waiting room": words about things, not about how they are. */
    private static final Pattern NOT_HARD_TIMES = Pattern.compile(
            "\\b(illness cover|cover for illness|surgery (?:hours|waiting)|difficult to (?:reach|fit|install|open|clean)|tough (?:stains?|material|case))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String[] HARD_HINTS = {"difficult", "hard ", "tough", "rough ", "awful", "terrible", "sad ", "passed away",
            "bereave", "funeral", "lost ", "losing ", "death", "died", " ill", "unwell", "poorly", "sick", "hospital", "operation", "surgery",
            "diagnos", "cancer", "chemo", "divorc", "redundan", "out of work", "money", "struggling", "financial", " move", "moving house"};

    /**
     * Hard times in these words ("mentioned a difficult few months", "her mother passed away",
     * "unwell since the autumn", "money is tight", "in the middle of a move"): the clause that tells
     * of them, or null.
     */
    public static String hardTimes(String text) {
        if (text == null || !mayHold(text, HARD_HINTS) || found(NOT_HARD_TIMES, text)) {
            return null;
        }
        Matcher m = HARD_TIMES.matcher(text);
        if (!m.find()) {
            return null;
        }
        int start = Math.max(Math.max(text.lastIndexOf(';', m.start()), text.lastIndexOf(". ", m.start())), -1) + 1;
        int end = text.length();
        for (String stop : new String[] {";", ". "}) {
            int at = text.indexOf(stop, m.end());
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String clause = text.substring(start, end).strip().replaceAll("[.!]+$", "");
        return clause.length() <= 140 ? clause : m.group().strip();
    }

    /**
     * What to say, gently and to them, of the hard times these words tell of, without repeating our
     * note's wording: "I was sorry to hear you've had a difficult few months", "I was so sorry to hear
     * of your loss"; null when they tell of none.
     */
    public static String hardTimesToThem(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = HARD_TIMES.matcher(text);
        if (!m.find()) {
            return null;
        }
        String said = m.group(1).toLowerCase(Locale.ROOT).strip();
        if (said.matches(".*\\b(passed away|bereave\\w*|funeral|died|death in the family)\\b.*")
                || said.matches("(lost|losing) (her|his|their|my|a) (?!job).*")) {
            return "I was so sorry to hear of your loss";
        }
        if (said.matches(".*\\b(job|redundan\\w*|out of work)\\b.*")) {
            return "I was sorry to hear about your work";
        }
        if (said.matches(".*\\b(ill|unwell|poorly|sick|hospital|operation|surgery|diagnos\\w*|cancer|chemo\\w*|illness)\\b.*")) {
            return "I was sorry to hear you've not been well";
        }
        if (said.matches(".*\\b(move|moving house)\\b.*")) {
            return "I hear you've had a move on your hands";
        }
        if (said.matches(".*\\b(difficult|hard|tough|rough|awful|terrible|sad)\\b.*") && !said.contains("divorc")) {
            String period = said.replaceFirst("^(been |had |going through |through )", "");
            period = period.matches("^(a|an) .*") || period.endsWith("times") ? period : "a " + period;
            return "I was sorry to hear you've had " + period;
        }
        return "I know things have been hard for you lately";
    }

    private static final Pattern BETTER = Pattern.compile(
            "\\b((?:feeling|doing|much|a lot|far) better|back on (?:her|his|their|my) feet|back to normal|looking up|on the mend|fully recovered|settled in)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words say things are better again ("feeling much better", "back on her feet", "settled in"). */
    public static boolean saysBetter(String text) {
        return found(BETTER, text);
    }

    private static final String PLACE = "((?:the|their|his|her|our)\\s+[\\p{L}'&-]+(?:\\s+[\\p{L}'&-]+){0,3}?)"
            + "(?=\\s+(?:this|next|on|in|at|for|when|before|after|some|sometime|to|so|and|with|once)\\b|\\s*[.;,!?\u2014]|\\s*$)";
    private static final Pattern INVITED_US = Pattern.compile(
            "\\b(?:invited|asked|wants|wanted|would like|would love|keen for)\\s+us\\s+(?:to\\s+)?"
                    + "(?:(?:come|pop|drop|stop|swing)(?:\\s+(?:by|in|round|over|along))?\\s+(?:and\\s+|to\\s+)?)?"
                    + "(?:(?:see|visit|tour|look round|look around|have a look round|view)\\s+)?(?:over\\s+)?(?:to\\s+|at\\s+|round\\s+)?" + PLACE,
            Pattern.CASE_INSENSITIVE);
    /** Their own words, as they said them: "come and see the new shop", "drop by the site next week". */
    private static final Pattern COME_AND_SEE = Pattern.compile(
            "\\b(?:come|pop|drop|stop|swing)(?:\\s+(?:by|in|round|over|along))?\\s+(?:and\\s+see|to\\s+see|and\\s+visit|and\\s+have a look at)?\\s*(?:at\\s+|to\\s+)?" + PLACE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_PLACE = Pattern.compile(
            "^(?:the|their|his|her|our)\\s+(?:quote|price|prices|proposal|invoice|brochure|offer|email|message|call|phone|details|demo|webinar)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Where they invited us ("their site", "the new shop"), or null: "invited us to
     * their site", "asked us to come and see the new shop this week"; with {@code theirWords}, also
     * their own "come and see our new showroom".
     */
    public static String invitedTo(String text, boolean theirWords) {
        if (!mayHold(text, INVITE_HINTS)) {
            return null;
        }
        Matcher m = INVITED_US.matcher(text);
        boolean found = m.find();
        if (!found && theirWords) {
            m = COME_AND_SEE.matcher(text);
            found = m.find();
        }
        if (!found || NO_PLACE.matcher(m.group(1)).find()) {
            return null;
        }
        // their "our new showroom" is theirs to us
        return m.group(1).replaceFirst("(?i)^our\\s+", "their ").strip();
    }

    private static final String[] INVITE_HINTS = {"invit", "come", "pop ", "drop ", "stop by", "swing by", "visit", "tour", "look round"};

    private static final Pattern WE_VISITED = Pattern.compile(
            "\\b(site visit|on-site|on site|visited (?:them|her|him|their|the)|toured|tour of|came to see (?:them|their)|at their (?:site|office|depot|shop|premises))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words tell of a visit of ours to them, made or agreed ("site visit", "on-site day", "toured the depot"). */
    public static boolean saysWeVisited(String text) {
        return found(WE_VISITED, text);
    }

    /** They moved away from where we serve them ("moved abroad", "has moved to Leeds", "relocated to Spain"). */
    public static boolean saysMovedAway(String text) {
        return mayHold(text, MOVED_HINTS) && found(MOVED_AWAY, text);
    }

    /** Words one of which every no-reply phrase holds: a cheap look before the pattern (briefs read thousands of lines). */
    private static final String[] NO_REPLY_HINTS = {"repl", "answer", "respon", "reaction", "pick", "voice", "message", "bounce",
            "opened", "read", "seen", "deliver", "click"};
    private static final String[] SETTLED_HINTS = {"fix", "resolv", "sort", "settl", "repair", "replac", "refund", "solv", "put right",
            "works", "all good", "problem gone"};

    private static final Pattern NO_REPLY_NEEDED = Pattern.compile(
            "\\b(no (reply|answer|response|action) (needed|required|expected)|for (information|info) only|fyi|nothing to (do|answer))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ASKS_NOTHING = Pattern.compile(
            "^\\W*(thank-you (note|message|email|card)|(sent|posted) (\\w+ ){0,3}(a |an )?(card|thank-you|birthday|christmas|season'?s greetings)"
                    + "|birthday (email|message|card)|congratulated)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Something of ours given, not asked: tips, a guide, a report, a newsletter, news of a change ("Emailed Sam tips on getting
     * the most out of the dishwasher", "Let Jo know our opening hours change", "Message to Ana: the eco setting saves a fifth").
     */
    private static final Pattern GIVES_ONLY = Pattern.compile(
            "^\\W*(?:(?:emailed|e-mailed|sent|messaged|texted|shared|forwarded|posted|mailed)\\b[^?:;]{0,50}?\\b(?:tips?|ideas|guide|checklist"
                    + "|(?:usage |short |monthly |quarterly )?report|case stud(?:y|ies)|newsletter|release notes|photos|pictures|video|before-and-after"
                    + "|article|how-to|features|news)\\b"
                    + "|(?:told|informed|reminded|notified)\\b[^?:;]{0,40}?\\b(?:about|that|of|to register)\\b"
                    + "|let\\b[^?:;]{0,30}?\\bknow\\b"
                    + "|release notes sent\\b"
                    + "|(?:(?:a|an|our)\\s+)?(?:(?:quick|short)\\s+)?(?:message|email|e-mail|notice|note|text)\\s+to\\s+[^:?]{1,40}:)",
            Pattern.CASE_INSENSITIVE);
    /** Words that ask for an answer after all: a survey, an invitation, a signature, an offer to take up, a question. */
    private static final Pattern ASKS_AFTER_ALL = Pattern.compile(
            "\\?|\\b(?:survey|rate|rating|feedback|invit\\w*|ask\\w*|whether|would (?:they|she|he|you) like|fancy|sign\\w*|offer\\w*|quote\\w*"
                    + "|proposal|confirm\\w*|let us know|reply|get back|decide|follow\\w* up|chas\\w*|check\\w* in|how (?:is|are|has|have|did|was)"
                    + "|needed|required)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A message of ours that asks nothing ("Thank-you email with the manual", "Sent them a card"): no reply to it is no silence. */
    public static boolean asksNothing(String summary) {
        return found(ASKS_NOTHING, summary);
    }

    /**
     * A message of ours that gave something and asked nothing ("Emailed tips on the dishwasher", "Let them know the hours
     * change", "Sent our newsletter"): opened and left without a reply, it is no message ignored, though it is no word of
     * theirs either.
     */
    public static boolean givesOnly(String summary) {
        return found(GIVES_ONLY, summary) && !found(ASKS_AFTER_ALL, summary);
    }

    /** A notice of ours that asked for no answer ("No reply needed"): silence after it says nothing. */
    public static boolean saysNoReplyNeeded(String text) {
        return text != null && mayHold(text, NEEDED_HINTS) && found(NO_REPLY_NEEDED, text);
    }

    private static final String[] NEEDED_HINTS = {"needed", "required", "expected", "only", "fyi", "nothing to"};

    /** The logged words say the client did not answer (a message unanswered, a call that reached voicemail). */
    public static boolean saysNoReply(String text) {
        return mayHold(text, NO_REPLY_HINTS) && (found(NO_REPLY, text) || found(ONLY_OPENED, text));
    }

    /** "Opened." and nothing more: they saw it, and said nothing. */
    private static final Pattern ONLY_OPENED = Pattern.compile("^\\s*(opened|seen|read)( it)?\\.?\\s*$", Pattern.CASE_INSENSITIVE);

    private static boolean found(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).find();
    }

    static boolean mayHold(String text, String[] hints) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String hint : hints) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** The logged words say a problem was put right ("fixed", "resolved", "replaced") and not "not fixed yet". */
    public static boolean saysSettled(String text) {
        if (!mayHold(text, SETTLED_HINTS)) {
            return false;
        }
        Matcher matcher = SETTLED.matcher(text);
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - 20), matcher.start());
            if (!NEGATION_BEFORE.matcher(before).find() && !THEIR_OWN_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Already has one that works fine": their own thing working is a reason to say no, not a fix of ours. */
    private static final Pattern THEIR_OWN_BEFORE = Pattern.compile("\\b(one|ones|theirs|their own|his own|her own|the old one)( (that|which))?\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** How they want to be handled: what they hate, how invoices go, who decides, how to get in. */
    private static final Pattern HANDLING = Pattern.compile(
            "\\b(hates?|dislikes?|can't stand|cannot stand|does(n't| not) like|gets? (anxious|nervous|upset)|anxious|nervous|back pain"
                    + "|can't sit|cannot sit|(by|via) post|invoices?|copy (them|her|him|us) (in|on)|owns this account|account owner"
                    + "|ask (before|first)|text a reminder|call on arrival|do not knock|no lift|two-person|must be|always (asks|books|wants|uses)"
                    + "|less than (asked|usual)|involve|coordinate|speaks (mostly|only)|(daughter|son|partner|wife|husband) (handles|deals)"
                    + "|decision maker|three quotes|no discounts|no financing|cash buyer|gate code|park (at|in|on|round)|before noon"
                    + "|(after|before) \\d|video calls?|interpreter|hearing aid|quiet appointment|not much chat)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A note whoever contacts the client must know before they do: a health matter, a "do not", a preference, how to handle them. */
    public static boolean isCaution(String text) {
        return found(CAUTION, text) || found(HANDLING, text) || found(GO_BETWEEN, text) || found(KEEP_IT_SHORT, text);
    }

    /**
     * What a practical note or field is about, beyond a caution for every contact: getting in and round their place or ours
     * (a narrow hallway, a gate, parking, a toddler and the corner chair), a treatment's safety (a patch test that left redness),
     * or how their account is run (a key account with a named engineer). Each matters when the call's step could touch it.
     */
    enum Practical {
        ACCESS, TREATMENT, ACCOUNT
    }

    private static final Pattern ACCESS = Pattern.compile(
            "\\b(hallway|corridor|stairs|staircase|stairwell|lift|elevator|(ground|first|second|third|fourth|top|\\d+(st|nd|rd|th)) floor|narrow|gate"
                    + "|door ?code|entry code|key ?safe|buzzer|intercom|parking|park (at|in|on|round|behind)|side (door|entrance)|back door"
                    + "|trolley|basement|driveway|doorway|(delivery|site|side|rear|back|front|wheelchair|van) access|access (via|through|by|from|is|code)|step-free|toddler|pram|buggy|stroller|corner chair|reclining chair|wheelchair)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TREATMENT_SAFETY = Pattern.compile(
            "\\b(patch test|skin test|strand test|redness|reaction|gentle line|sensitive (scalp|skin)|scalp|irritat\\w*|itch\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCOUNT_TERMS = Pattern.compile(
            "\\b(key account|named (support )?engineer|(quarterly|annual|monthly) (business )?reviews?|service level( agreement)?|SLA|framework agreement)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A field's value that says there is nothing to mind ("Clear, done at first visit", "None", "Ground floor"). */
    private static final Pattern ALL_CLEAR = Pattern.compile("^\\s*(clear|none|no|nil|n/?a|negative|normal|fine|ok|ground floor|nothing)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a practical note or custom field (written "Key: value") is about; empty when it is none of these. */
    static java.util.EnumSet<Practical> practical(String text) {
        java.util.EnumSet<Practical> about = java.util.EnumSet.noneOf(Practical.class);
        if (text == null || text.isBlank()) {
            return about;
        }
        if (found(ACCESS, text)) {
            about.add(Practical.ACCESS);
        }
        if (found(TREATMENT_SAFETY, text)) {
            about.add(Practical.TREATMENT);
        }
        if (found(ACCOUNT_TERMS, text)) {
            about.add(Practical.ACCOUNT);
        }
        return about;
    }

    /** A caution for every contact in the words themselves (an allergy, a "do not", a time not to call), not a way of handling them. */
    static boolean isPlainCaution(String text) {
        return found(CAUTION, text);
    }

    /** A custom field's value that says there is nothing to mind: "Clear, renewed this year", "Ground floor". */
    static boolean allClear(String value) {
        return value == null || value.isBlank() || found(ALL_CLEAR, value);
    }

    /** Words of a call whose step has someone come to their place or them to ours: a time booked, a visit, a delivery, a fitting. */
    private static final Pattern STEP_ON_SITE = Pattern.compile(
            "\\b(book\\w* (?:(?:the|a|an|their|your) )?(?:next (?:one|visit|appointment|colou?r|cut)|time|appointment|visit|slot|day|date|fitting|delivery"
                    + "|installation|measure|site visit|session)|(?:find|offer)\\w* (?:you |them |her |him )?a (?:time|day|date|slot) for (?:the|a|an|your|their) (?:next|visit|appointment|colou?r|cut|fitting|measure|delivery|installation)|time for the next|offer it with"
                    + "|appointments?|come in|coming in|pop in|site visit|visit (?:them|their|the site)|slots?|on site|deliver(?:y|ies)|install\\w*"
                    + "|collect\\w*|measure\\w*|fitting|engineer|technician|call-out|drop (?:it |them )?off|training day|workshop)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of a call whose step is a colour or other chemical service, for which a patch test counts. */
    private static final Pattern STEP_CHEMICAL = Pattern.compile(
            "\\b(colou?rs?|colou?ring|tint\\w*|dye\\w*|bleach\\w*|highlights?|lowlights?|balayage|ombr[eé]|toner|gloss|lighten\\w*|lighter|roots?"
                    + "|touch-?up|perm\\w*|keratin|relax\\w*|lash lift|brow tint)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A next step that books a time with them: an appointment, a visit, a delivery, a day. Not another call or check-in of ours. */
    private static final Pattern STEP_BOOKS_A_TIME = Pattern.compile(
            "\\b(?:book (?:it|them|the \\w+|a (?:time|visit|day|date|slot|fitting|delivery))|dates for|a day and who comes|slots?"
                    + "|appointments?|deliver(?:y|ies))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The next step books a time with them ("Book it for them", "Book it with a day and who comes", "offer two or three dates"). */
    static boolean stepBooksATime(String nextStep) {
        return found(STEP_BOOKS_A_TIME, nextStep);
    }

    /** The call's words bring someone to their place or them to ours (a booking, a visit, a delivery). */
    static boolean stepOnSite(String words) {
        return found(STEP_ON_SITE, words);
    }

    /** The call's words are about a colour or another service a patch test is for. */
    static boolean stepChemical(String words) {
        return found(STEP_CHEMICAL, words);
    }

    /** Who may speak for a client: family, a carer, an assistant. Not a job title at a firm: the caller talks to their contact there. */
    private static final String SPEAKS_FOR = "granddaughter|grandson|daughter|son|wife|husband|partner|mother|mum|mom|father|dad|sister|brother"
            + "|niece|nephew|carer|caregiver|care worker|personal assistant|assistant|secretary|interpreter";
    private static final Pattern GO_BETWEEN = Pattern.compile(
            "\\b(?:(?:his|her|their)\\s+)?(" + SPEAKS_FOR + ")(?:,?\\s+(?-i:\\p{Lu}\\p{Ll}+),?)?\\s+(?:handles|deals with|looks after|manages"
                    + "|takes care of|arranges|sorts out|speaks for|decides|makes the decisions|books|organi[sz]es|answers|does the talking)\\b"
                    + "|\\b(?:speak|talk|deal|go|ask|call|ring|phone|contact)\\s+(?:to|with|through|via|for)?\\s*(?:his|her|their|the)\\s+(" + SPEAKS_FOR + ")\\b"
                    + "|\\b(" + SPEAKS_FOR + ")\\s+is\\s+(?:the|our)\\s+(?:main\\s+|best\\s+)?(?:contact|one to (?:call|talk to|speak to|ask))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Who a note says the caller goes through ("daughter handles the details", "speak to her son first"): "daughter", or
     * empty when the note names nobody who speaks for them.
     */
    public static Optional<String> goBetween(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = GO_BETWEEN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String who = firstGroup(m);
        return Optional.of(who.toLowerCase(Locale.ROOT));
    }

    /** The first group of a pattern of alternatives that took part in the match. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static final Set<String> NOT_A_NAME = Set.of("The", "She", "He", "They", "Her", "His", "Their", "Called", "Said", "Asked", "Came",
            "Will", "Who", "And", "But", "Also", "Is", "Was", "Has", "Had", "Handles", "Deals", "Books");
    private static final Map<String, Pattern> NAMED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The name the record gives the one who speaks for them ("her daughter Ana", "Ana, his daughter"), or empty. */
    public static Optional<String> nameOf(String who, String text) {
        if (who == null || text == null || !text.toLowerCase(Locale.ROOT).contains(who)) {
            return Optional.empty();
        }
        Pattern named = NAMED.computeIfAbsent(who, w -> Pattern.compile(
                "\\b(?:his|her|their)\\s+" + Pattern.quote(w) + ",?\\s+(?-i:(\\p{Lu}\\p{Ll}+))\\b"
                        + "|\\b(?-i:(\\p{Lu}\\p{Ll}+)),?\\s+(?:his|her|their)\\s+" + Pattern.quote(w) + "\\b"
                        + "|\\b" + Pattern.quote(w) + ",?\\s+\\(?(?-i:(\\p{Lu}\\p{Ll}+))\\)?\\s+(?:handles|deals|looks|manages|takes|arranges|sorts|speaks|decides|books|answers|called|rang|said|asked|came|will|is)\\b",
                Pattern.CASE_INSENSITIVE));
        Matcher m = named.matcher(text);
        while (m.find()) {
            String name = firstGroup(m);
            if (!NOT_A_NAME.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static final String CALLED = "(?:phone|call|ring|contact|be called|be phoned|be rung|calls?)";
    private static final String WINDOW = "((?:before|after|during|between|until|on|at|in the|over|from)\\b(?:\\d[:.]\\d|[^.;:!?()])*(?:\\([^)]*\\))?)";
    private static final Pattern NOT_THEN = Pattern.compile(
            "\\b(?<!(?:did|could|does|was|were|has|have) )(?:do not|don't|dont|never|not|no|please don't|please do not)\\s+(?:to\\s+)?" + CALLED
                    + "(?:\\s+(?:them|her|him|me|us))?\\s+" + WINDOW, Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_THEN = Pattern.compile(
            "\\b(?:only|best to|prefers?|please)\\s+(?:to\\s+)?(?:video\\s+)?" + CALLED + "(?:\\s+(?:them|her|him|me|us))?\\s+" + WINDOW
                    + "|\\b(?:call|ring|phone)\\s+(?:them|her|him)?\\s*(?:only\\s+)?((?:after|before|between)\\s+\\d(?:\\d[:.]\\d|[^.;:!?()])*)",
            Pattern.CASE_INSENSITIVE);

    /**
     * When a note says to call, or not to ("Do not call before 10am: briefings" is "not before 10am"; "never phone during school
     * pick-up (3 to 4pm)"; "prefers video calls on Tuesdays"): the words a caller keeps to, or empty.
     */
    public static Optional<String> callWindow(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher not = NOT_THEN.matcher(text);
        if (not.find()) {
            return Optional.of("not " + not.group(1).strip());
        }
        Matcher only = ONLY_THEN.matcher(text);
        if (only.find()) {
            return Optional.of((only.group(1) != null ? only.group(1) : only.group(2)).strip());
        }
        return Optional.empty();
    }

    /** A time of day or week a client keeps ("after 5pm", "before noon", "in the afternoons", "late appointments"). */
    private static final Pattern HOURS = Pattern.compile(
            "\\b(?:(?:after|before|from|until|not before|not after|between)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)\\b|noon|midday|lunch(?:time)?)"
                    + "|(?:in the |on )?(?:mornings?|afternoons?|evenings?|weekends?|weekdays?)|(?:late|early|evening|weekend) appointments?)",
            Pattern.CASE_INSENSITIVE);
    /** Words that tie such a time to being seen: an appointment, a visit, a delivery, being at home. */
    private static final Pattern SEEN = Pattern.compile(
            "\\b(?:appointments?|visits?|deliver\\w*|install\\w*|fitt\\w*|at home|from home|home in|available|free|slots?|come in|comes in)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * When a note (or tag) says they can be seen, booked or delivered to ("Prefers appointments after 5pm", "works from home in
     * the afternoons"): the time words found, in the note's order, or empty. A note about when to ring is a call window instead.
     */
    public static java.util.List<String> bookingHours(String text) {
        if (text == null || !found(SEEN, text) || callWindow(text).isPresent()) {
            return java.util.List.of();
        }
        java.util.List<String> hours = new java.util.ArrayList<>();
        Matcher m = HOURS.matcher(text);
        while (m.find()) {
            hours.add(m.group().strip());
        }
        return hours;
    }

    private static final String ROLE = "(?:(?:finance|managing|operations|purchasing|procurement|commercial|technical|it|sales|general|practice|office)"
            + " (?:director|manager|lead|head)|cfo|ceo|coo|owner|board|head office|landlord)";
    private static final Pattern DECIDER = Pattern.compile(
            "\\bdecision[- ]?maker (?:is|=) (?:the |their |our )?(" + ROLE + "|\\p{Lu}\\p{Ll}+)\\b"
                    + "|\\b(?:the |their )?(" + ROLE + ") (?:decides|signs off|approves|has the (?:final|last) say|makes the (?:final )?decisions?)\\b"
                    + "|\\bneeds? (?:the |their )?(" + ROLE + ")'s (?:approval|sign-off|ok|go-ahead)",
            Pattern.CASE_INSENSITIVE);

    /** Who a note says decides for them ("Decision maker is the finance director"): "the finance director", or empty. */
    public static Optional<String> decider(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DECIDER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String who = firstGroup(m);
        if (Character.isUpperCase(who.charAt(0)) && !who.matches("(?i)" + ROLE)) {
            return Optional.of(who); // "Decision maker is Priya"
        }
        return Optional.of("the " + ACRONYM.matcher(who.toLowerCase(Locale.ROOT)).replaceAll(r -> r.group().toUpperCase(Locale.ROOT)));
    }

    private static final Pattern ACRONYM = Pattern.compile("\\b(cfo|ceo|coo|it)\\b");

    private static final Pattern WAITS_ON_APPROVAL = Pattern.compile(
            "\\b(?:needs?|needed|awaiting|waiting (?:for|on)|pending|subject to|goes? to|going to|has to go to)\\s+(?:the |their |an? )?"
                    + "(?:\\w+ )?(?:approval|sign-off|signoff|go-ahead|board|committee)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Their answer waits on someone else's yes, not on their own thinking: "needs approval", "waiting for the board's sign-off". */
    public static boolean waitsOnApproval(String text) {
        return found(WAITS_ON_APPROVAL, text);
    }

    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\bsomeone else's (approval|say|sign-off|go-ahead)\\b", Pattern.CASE_INSENSITIVE);

    /** A stock line that leaves who decides unnamed ("the price, the timing, someone else's approval"). */
    public static boolean leavesTheDeciderUnnamed(String text) {
        return found(SOMEONE_ELSE, text);
    }

    /** The same line with the one a note says decides: "what the finance director needs to see". */
    public static String withDecider(String text, String decider) {
        return text == null ? null : SOMEONE_ELSE.matcher(text).replaceAll(Matcher.quoteReplacement("what " + decider + " needs to see"));
    }

    private static final Pattern KEEP_IT_SHORT = Pattern.compile(
            "\\b(not much (chat|chatting|small talk)|no (small talk|chit-?chat|chatting)|(brief|short) and to the point|to the point"
                    + "|keep (it|calls?|things) (short|brief)|(short|brief) calls?( only)?|does(n't| not) (like|want) (to chat|chatting|long calls|small talk)"
                    + "|hates (small talk|long calls|chatting))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A note that asks for little talk ("not much chat", "brief and to the point"): the call keeps to a few points. */
    public static boolean wantsItShort(String text) {
        return found(KEEP_IT_SHORT, text);
    }

    private static final Pattern TOO_MUCH_CONTACT = Pattern.compile(
            "\\b(too many (messages|texts|e-?mails|calls|reminders|notifications|newsletters|mailings)"
                    + "|(fewer|less) (messages|texts|e-?mails|calls|reminders|contact)"
                    + "|stop (sending|texting|e-?mailing|messaging) (so much|so many|all the)"
                    + "|(messages|texts|e-?mails|calls|reminders) (are|were|is|was) too (many|frequent|much)"
                    + "|contact(ed|ing)? (us |them |her |him |me )?too often|hear(ing)? from us too often"
                    + "|bombard(ed|ing) (with|by) (messages|texts|e-?mails|calls))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Their word that we get in touch too much ("too many messages", "fewer emails please"): every contact of ours should count. */
    public static boolean saysTooMuchContact(String text) {
        // read on every contact of the year: the words it needs are looked for before the pattern is run
        return mayHold(text, TOO_MUCH_HINTS) && found(TOO_MUCH_CONTACT, text);
    }

    private static final String[] TOO_MUCH_HINTS = {"too", "fewer", "less", "stop", "bombard"};

    private static final Pattern SPOKEN_FRAME = Pattern.compile(
            "\\b(a (quick|short) (phone )?(call|ring)|i'?m (calling|ringing|phoning)|i am (calling|ringing|phoning)|calling (you )?(to|about|because)"
                    + "|give you a (call|ring)|speak to you (now|today)|on the phone (now|today))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A line that speaks of this contact as a call ("a quick call ahead of time", "I'm calling about"): wrong in a message. */
    public static boolean speaksOfCalling(String text) {
        return found(SPOKEN_FRAME, text);
    }

    /** The same line for a message: "a quick call" is "a quick note", "I'm calling" is "I'm writing". */
    public static String asWritten(String text) {
        if (text == null || !found(SPOKEN_FRAME, text)) {
            return text;
        }
        return text.replaceAll("\\b(a (?:quick|short)) (?:phone )?(?:call|ring)\\b", "$1 note")
                .replaceAll("\\b(I'?m|I am) (?:calling|ringing|phoning)\\b", "$1 writing")
                .replaceAll("\\bcalling (you )?(to|about|because)\\b", "writing $1$2")
                .replaceAll("\\bgive you a (?:call|ring)\\b", "write to you");
    }

    private static final Pattern VIDEO = Pattern.compile("\\b(video ?calls?|video meetings?|on video|teams call|zoom|facetime)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A note that asks for video calls ("Prefers video calls on Tuesdays"). */
    public static boolean saysVideo(String text) {
        return found(VIDEO, text) && !found(NO_CALLS, text);
    }

    /** The written channel a note asks for instead of calls ("email rather than call", "prefers texts", "no calls"); empty when none. */
    public static Optional<Channel> writtenPreference(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (WANTS_TEXT.matcher(text).find()) {
            return Optional.of(Channel.MESSAGE);
        }
        if (WANTS_EMAIL.matcher(text).find() || NO_CALLS.matcher(text).find()) {
            return Optional.of(Channel.EMAIL);
        }
        return Optional.empty();
    }

    /** An outcome that says their question was answered or acted on ("quote sent", "booked", "explained"). */
    public static boolean saysAnswered(String text) {
        return found(ANSWERED, text);
    }

    private static final Pattern PENDING = Pattern.compile(
            "\\b(wants?|waiting|awaits?|pending|needs? (a|an|the|to)|quote|price|to (check|confirm|send|follow|find out)|get back|call back"
                    + "|will (let|ring|call|send|check|confirm)|asked us to)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RATING = Pattern.compile("\\b(rated|(?<!energy |efficiency |power )rating|survey|\\d ?/ ?(5|10)|stars?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELIVERY = Pattern.compile(
            "\\b(deliver\\w*|install\\w*|fit(ting)?(?!\\s+(\\S+\\s+){1,2}in\\b)|collect\\w*|set[- ]?up|mount\\w*|hand[- ]?over|go[- ]live|kick-?off|onboard\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_TO_ACT = Pattern.compile(
            "\\b(ask (about|whether|if|for|them)|remind (them|her|him)|mention|offer (them|her|him)|check (whether|if|that)|follow up|bring up|suggest)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEEDS_A_CALL = Pattern.compile(
            "\\b(on the phone|by phone|phone call|call (them|her|him|back)|ring (them|her|him|back)|by call or visit|in person|face to face)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A line that only works spoken ("call them back", "on the phone", "in person"): wrong for a client who asks for writing. */
    public static boolean needsACall(String text) {
        return found(NEEDS_A_CALL, text);
    }

    private static final Pattern SALES_REMINDER = Pattern.compile(
            "^\\s*(offer|suggest|revisit|pitch|upsell|propose|mention the offer)\\b|\\b(again in the|try again|ask again|once more)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CHASE_DECISION = Pattern.compile(
            "^\\s*(?:chase\\b.*\\b(decision|budget|approval|go-ahead|answer)\\b"
                    + "|(?:ask|check|see|find out)\\b.*\\b(?:whether|if)\\b.*\\b(?:decided|made up (?:their|his|her) minds?|made a decision"
                    + "|chosen|picked|gone ahead|want to go ahead|are going ahead|ready to (?:order|book|buy|sign))\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A follow-up that reminds us to sell ("Offer the service plan again in the spring") or to chase
     * their decision ("Chase Jo on the budget decision"), not a promise made to the client.
     */
    public static boolean saysSalesReminder(String text) {
        return found(SALES_REMINDER, text) || saysChaseDecision(text);
    }

    /**
     * A follow-up that only reminds us of a step of our own, with nothing they wait on: a call in some months ("Call Benjamin in
     * three months"), a thank-you ("Thank Kwame for the introduction"), a deal to close ("Close the Dispatch licence renewal with
     * Kestrel"), a check on how a thing runs ("Check the induction hob is still running fine"), a question to ask again ("Ask Aga
     * about the highlights again"). Late, it is ours to pick up, not a promise to say sorry for; "call Sveta back in two days" is one.
     */
    public static boolean saysOwnReminder(String text) {
        return found(OWN_REMINDER, text) && !found(PROMISED_BACK, text);
    }

    private static final Pattern OWN_REMINDER = Pattern.compile(
            "^\\s*(?:call|ring|phone|e-?mail|message|text|contact|visit|see|check in with|touch base with|catch up with)\\b[^.;]{1,40}?\\bin\\s+"
                    + "(?:a|an|one|two|three|four|five|six|nine|twelve|\\d+|a few|a couple of|some)\\s+(?:days?|weeks?|months?|years?)\\b"
                    + "|^\\s*(?:check in|touch base|catch up)\\b"
                    + "|^\\s*thank\\b"
                    + "|^\\s*close\\b[^.;]{0,60}\\b(?:renewal|deal|sale|order|contract)\\b"
                    + "|^\\s*(?:ask|remind|nudge)\\b[^.;]*\\bagain\\W*$"
                    + "|^\\s*check\\b[^.;]{0,60}\\b(?:still (?:running|working)|running (?:fine|well|smoothly)|working (?:fine|well)|getting on|settling in|settled in)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A follow-up that is a step of our own the client need not have heard of: booking their next visit ("Book Keiko's next
     * appointment"), an aftercare check ("Check how the cut and blow-dry is holding up"), a hand-over inside our team
     * ("Introduce Jana to the onboarding lead", "Check the kick-off is scheduled for Summit"), a bare "Follow up with Mariana".
     * Late, it is a promise only when the contact it was set on says we told them; otherwise it is ours to pick up.
     */
    public static boolean saysOwnStep(String text) {
        return found(OWN_STEP, text) && !found(PROMISED_BACK, text);
    }

    private static final Pattern OWN_STEP = Pattern.compile(
            "^\\s*(?:re-?book\\b|book\\b[^.;]{0,40}\\b(?:next|another|follow-up)\\s+(?:appointment|visit|session|treatment)\\b)"
                    + "|^\\s*check\\s+how\\b[^.;]{1,60}\\b(?:is|are)\\s+(?:holding up|going|getting on|working out|settling)\\b"
                    + "|^\\s*check\\s+(?:that\\s+)?the\\s+kick-?off\\b[^.;]{0,20}\\b(?:is|has been)\\s+(?:scheduled|booked|set|arranged|planned)\\b"
                    + "|^\\s*introduce\\b[^.;]{1,40}\\bto\\s+(?:the|our)\\b"
                    + "|^\\s*follow\\s+up\\s+with\\s+[^\\s.;]+(?:\\s+[^\\s.;]+)?\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A contact's words that say we told them of a step to come: "we'll book you in", "promised to send it", "will call back". */
    public static boolean saysToldThem(String text) {
        return found(TOLD_THEM, text);
    }

    private static final Pattern TOLD_THEM = Pattern.compile(
            "\\b(?:we'll|we\u2019ll|we will|promised|said we|told (?:them|him|her|you) we|agreed to"
                    + "|will (?:call|ring|phone|get back|come back|send|book|introduce|confirm|check|let (?:them|him|her) know|be in touch|follow up))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PROMISED_BACK = Pattern.compile("\\b(?:back|as promised|promised)\\b", Pattern.CASE_INSENSITIVE);

    /** A follow-up to ask whether they have decided ("Chase Jo on the GPS trackers budget decision"): what they asked for was given. */
    public static boolean saysChaseDecision(String text) {
        return found(CHASE_DECISION, text);
    }

    private static final Pattern WE_OFFERED = Pattern.compile(
            "^\\s*(?:we\\s+)?(?:suggested|mentioned|offered|presented|proposed|recommended|pitched|demoed|demonstrated|showed)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPOSAL_SENT = Pattern.compile(
            "^\\s*(?:a |the |our )?(?:proposal|quote|quotation|offer) for (.+?)\\s+(?:sent|emailed|posted|went out)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHING_UP = Pattern.compile(
            "\\b(interested|think(ing)? (it over|about it)|will think|decide|deciding|needs? (budget |board )?approval|budget|after payday"
                    + "|not sure yet|considering|will let us know|no decision yet|will bring their partner)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What a contact of ours offered them, in its summary's words ("Suggested the scalp treatment to
     * Thandi": "the scalp treatment"; "Proposal for the support plan sent to …": "the support
     * plan"), or null when the summary offers nothing.
     */
    public static String offeredThing(String summary) {
        if (summary == null) {
            return null;
        }
        Matcher sent = PROPOSAL_SENT.matcher(summary);
        if (sent.find()) {
            return sent.group(1).strip();
        }
        Matcher offered = WE_OFFERED.matcher(summary);
        return offered.find() ? theThing(offered.group(1)) : null;
    }

    private static final Pattern MATCH_ASKED = Pattern.compile(
            "\\b(price[- ]?match\\w*|(?:can|could|would|will) (?:we|you|they) (?:match|beat)|whether (?:we|you) (?:can |could |would |will )?(?:match|beat)"
                    + "|(?:match|beat) (?:it|that|theirs|their (?:price|quote|offer)|the (?:price|quote|offer))\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Words that ask us to match or beat a price they were given elsewhere: "asked whether we can match it", "do you price-match?". */
    public static boolean asksUsToMatch(String text) {
        return found(MATCH_ASKED, text);
    }

    /** Words that say they are weighing up what we offered: "interested, will think about it", "needs budget approval", "will decide after payday". */
    public static boolean saysWeighingUp(String text) {
        return found(WEIGHING_UP, text);
    }

    /** A rating or survey answer ("rated the visit 4/5"): feedback to act on, not a question they asked. */
    public static boolean saysRating(String text) {
        return found(RATING, text);
    }

    private static final Pattern SCORE = Pattern.compile("\\b(\\d{1,2}) ?/ ?(5|10)\\b");
    /** A review's stars said as a count: "a five-star review", "gave us 4 stars". */
    private static final Pattern STARS = Pattern.compile("\\b(one|two|three|four|five|[1-5])[- ]stars?\\b", Pattern.CASE_INSENSITIVE);
    /** What comes after a score: "Rated 4/5; the installers were late", "rated us 4/10 because support was slow". */
    private static final Pattern AFTER_SCORE = Pattern.compile("^\\W*(?:stars?\\b)?\\s*(?:[;,:\\u2014-]|\\bbecause\\b|\\bas\\b)\\s*(?:because\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** A score they gave us ("4/5"), out of what, and the words they gave with it, or null when the text holds none. */
    public record Rating(int score, int outOf, String words) {
        public boolean top() {
            return score >= outOf;
        }

        /** Two fifths or less of the way down from the top: 3/5, 6/10 and below. */
        public boolean low() {
            return score * 10 <= outOf * 6;
        }

        public String said() {
            return score + "/" + outOf;
        }
    }

    /** The score in a rating or survey answer and the words that came with it: "Rated 4/5; the installers were late". */
    public static Rating rating(String text) {
        if (text == null) {
            return null;
        }
        Matcher stars = STARS.matcher(text);
        if (text.indexOf('/') < 0 && stars.find()) {
            // "Left a five-star review": a score in words, out of five, with nothing more said.
            return new Rating(TimeWords.number(stars.group(1)), 5, null);
        }
        if (text.indexOf('/') < 0 || !found(RATING, text)) {
            return null;
        }
        Matcher score = SCORE.matcher(text);
        if (!score.find()) {
            return null;
        }
        int value = Integer.parseInt(score.group(1));
        int outOf = Integer.parseInt(score.group(2));
        if (value > outOf) {
            return null;
        }
        String rest = text.substring(score.end()).strip();
        Matcher after = AFTER_SCORE.matcher(rest);
        String words = null;
        if (after.find()) {
            words = after.group(1).strip();
            while (words.endsWith(".")) {
                words = words.substring(0, words.length() - 1).strip();
            }
            words = words.isEmpty() ? null : words;
        }
        return new Rating(value, outOf, words);
    }

    private static final Pattern UNFINISHED = Pattern.compile(
            "\\b(still (on paper|waiting|to (be )?\\w+|not \\w+|needs? \\w+|missing|open|outstanding)|not (yet|fully|all) \\w+|(two|three|some|a few) open questions"
                    + "|open questions?|teething (problems|troubles)|snags?|half[- ](done|finished)|outstanding)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINISHED = Pattern.compile(
            "\\b(all (working|done|set|live|running|in place)|(all|everyone|every \\w+|all \\w+) now on|now (live|working|running)|working (fine|well)"
                    + "|went live|up and running|finished|completed?|signed off)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The clause of the words that says something is still to finish ("a few drivers still on paper",
     * "two open questions about the reports"), or null when they say nothing of the kind.
     */
    public static String unfinished(String text) {
        if (!mayHold(text, UNFINISHED_HINTS)) {
            return null;
        }
        for (String clause : text.split("(?<=[.!?;])\\s+|;\\s*")) {
            if (clause.contains("?")) {
                continue;
            }
            Matcher m = UNFINISHED.matcher(clause);
            if (m.find() && !FINISHED.matcher(clause).find()) {
                String said = clause.strip();
                // The clause that holds the words, not the whole sentence around it: "a few drivers still on paper".
                int comma = said.lastIndexOf(',', m.start());
                int semicolon = said.lastIndexOf(';', m.start());
                int start = Math.max(comma, semicolon) + 1;
                int end = said.indexOf(',', m.end());
                said = said.substring(start, end < 0 ? said.length() : end).strip();
                while (said.endsWith(".") || said.endsWith(";")) {
                    said = said.substring(0, said.length() - 1).strip();
                }
                return said.isEmpty() ? null : said;
            }
        }
        return null;
    }

    /** Words that say what was being set up or put right is done: "all working", "all teams now on the tablets", "went live". */
    public static boolean saysFinished(String text) {
        return (mayHold(text, FINISHED_HINTS) && FINISHED.matcher(text).find()) || saysSettled(text);
    }

    private static final String[] UNFINISHED_HINTS = {"still", "not ", "open", "teething", "snag", "half", "outstanding"};
    private static final String[] FINISHED_HINTS = {"all ", "now ", "working", "went live", "up and running", "finish", "complet",
            "signed off", "every"};

    /** A slip in our service, not a fault in the thing: a delivery window or a visit missed, a charge refunded. */
    private static final Pattern SERVICE_SLIP = Pattern.compile(
            "\\b(missed|no[- ]show|waited in|waiting in|(?:arrived|came|turned up|ran|running) late|late (?:delivery|arrival)|didn't (?:turn up|show)"
                    + "|never (?:turned|showed) up|(?:delivery|call-out|booking) (?:window|slot|charge|fee)|overcharged|charged twice|double[- ]charged)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A fault in the thing itself: what a fix mends, and what a check afterwards asks after. */
    private static final Pattern THING_FAULT = Pattern.compile(
            "\\b(leak\\w*|broke\\w*|fault\\w*|nois\\w*|rattl\\w*|not working|stopped|error|crack\\w*|damage\\w*|dent\\w*|scratch\\w*"
                    + "|repair\\w*|replac\\w*|fix\\w*|engineer|technician|uneven|patchy|brassy|itch\\w*|sore|burn\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words tell of a slip in our service (a delivery window missed, a charge refunded), and of no fault in the thing itself. */
    public static boolean slipInService(String text) {
        return text != null && SERVICE_SLIP.matcher(text).find() && !THING_FAULT.matcher(text).find();
    }

    /** Words about getting what they bought to them: delivery, installation, collection, set-up, onboarding. */
    public static boolean saysDelivery(String text) {
        return found(DELIVERY, text);
    }

    // "collected the receipt at the counter" is paperwork, not the thing
    private static final String NOT_PAPERWORK = "(?! (?:the |a |their |her |his )?(?:receipt|payment|deposit|invoice|balance|money|paperwork)\\b)";

    private static final Pattern DELIVERED = Pattern.compile(
            "\\b(delivered|installed|arrived|fitted|collected" + NOT_PAPERWORK + "|picked up" + NOT_PAPERWORK + "|handed over|went live|gone live|is live|up and running|in use|set up and"
                    + "|is level|registered the warranty|took it home|how is (the|their|her|his) [\\p{L} -]{1,40} doing|getting on with|running (fine|smoothly)|all working"
                    // "Follow-up after the dishwasher installation: any leaks?" is said once it is in
                    + "|follow-up (after|since) (the|their|its) ([\\p{L}-]+ ){0,4}(installation|delivery|fitting)"
                    // "Checked in with Niall after delivery": a contact made once it was there
                    + "|(checked in|checked on|called|rang|spoke|visited)\\b[^.;]{0,40}\\bafter (the |its |their )?(delivery|installation|fitting))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_COME = Pattern.compile(
            "\\b(delivery (on|to|is|date|booked|slot|this|next)|to be (delivered|installed|fitted|collected)|ships?|shipping|arrives?|on order"
                    + "|(install(ation)?|fitting|delivery) (booked|planned|scheduled|date|on|for)|will (deliver|install|fit|arrive)|waiting for (the|their) (delivery|installation)"
                    + "|(balance|the rest|remainder) (due |payable |to pay |paid )?(on|at) (delivery|installation|collection)"
                    // ordered in for them: it is on its way, not in their kitchen yet
                    + "|ordered (in )?for \\p{L}+|(on )?back[- ]?order(ed)?|(comes?|coming|sent|ships?) (in )?from (the|our) (warehouse|supplier|factory|maker)"
                    + "|ready (for|to) collect(ion)?|for collection (on|next|this|tomorrow))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words say what they bought has arrived or is set up ("delivered and installed", "went live"). */
    private static final Pattern AFTER_ARRIVAL = Pattern.compile(
            "\\bafter (the|their|it|its)\\b([\\p{L} -]{0,40}\\b)?(is |was |has been |gets |got )?(installed|delivered|arrived|fitted|set up|collected)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A follow-up to be made once the thing is there ("Call Adrian after the dishwasher is installed"). */
    public static boolean saysAfterArrival(String text) {
        return found(AFTER_ARRIVAL, text);
    }

    public static boolean saysDelivered(String text) {
        return found(DELIVERED, text) && !found(NOT_YET, text);
    }

    private static final Pattern NOT_YET = Pattern.compile("\\b(not yet|not been|hasn't|has not|still not|never)\\s+(\\w+\\s+)?(delivered|installed|arrived|fitted)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TO_BOOK = Pattern.compile(
            "\\b(delivery|installation|fitting|collection)( date| day| slot)? (is )?(still |yet )?(to be|not yet|yet to be) (booked|arranged|scheduled|agreed|confirmed)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The words leave the day of a delivery or set-up still to be set ("Delivery to be booked"): the step it waits
     * for ("delivery", "installation"), or null when they do not.
     */
    public static String stillToBook(String text) {
        Matcher m = TO_BOOK.matcher(text == null ? "" : text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The words say what they bought is still to come ("delivery on Wednesday", "the dash cams ship this week", "installation booked"). */
    public static boolean saysStillToCome(String text) {
        return found(TO_COME, text) || found(NOT_YET, text);
    }

    private static final Pattern WENT_WELL = Pattern.compile(
            "\\b(thanked us|thanks? (us|you|so much|a lot)|thank-you|grateful|delighted|loves? (it|them|the)|happy with|pleased with|really pleased|very pleased"
                    + "|(said|replied with|sent) thanks|thanks back|went well|all good|all fine|all working|working (well|great|fine|perfectly)|works (well|great|fine|perfectly)|renewed|signed|re-?ordered|bought again|came back)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_WELL = Pattern.compile(
            "\\b(not|n't|no longer|never|unless|if)\\s+(\\w+\\s+)?(happy|pleased|working|renew\\w*|sign\\w*|thank\\w*|good|fine)",
            Pattern.CASE_INSENSITIVE);

    /** The words say it went well for them: they thanked us, renewed, signed, or said they are pleased. */
    public static boolean saysWentWell(String text) {
        return found(WENT_WELL, text) && !found(NOT_WELL, text);
    }

    private static final Pattern CALL_BACK = Pattern.compile(
            "\\b(asked (us )?for a (call|callback|call back|phone call|ring)|asked (us )?to (call|ring|phone) (them|her|him) back|asked (us )?to (call|ring)"
                    + "|(call|ring|phone) (me|us|them|her|him) back|wants? a (call|callback|call back)|would like a (call|callback|call back)"
                    + "|requested a (call|callback|call back)|left a (message|voicemail)[^.;]{0,30}(call|ring) back|please (call|ring))\\b",
            Pattern.CASE_INSENSITIVE);

    /** They asked us to call them (back): "asked for a call", "call me back", "left a voicemail asking us to ring back". */
    public static boolean asksForACall(String text) {
        return found(CALL_BACK, text);
    }

    /** A note that asks whoever contacts the client to do something ("ask about a group booking", "remind them …"). */
    public static boolean asksToAct(String text) {
        return found(ASKS_TO_ACT, text);
    }

    /** An outcome that says something is still to come ("wants a quote", "to check stock", "will get back to them"). */
    public static boolean saysPending(String text) {
        return found(PENDING, text);
    }

    /** The words tell of something the client asked for ("asked for a quote", "would like", "wants to know"). */
    public static boolean saysTheyAsked(String text) {
        return found(ASKS, text);
    }

    // ---- what they asked for or about, in words that can be said back to them ----------------------

    /** What a client asked: a question to answer, an interest in something we sell (a price, a quote), or a request to act on. */
    public enum AskKind {
        QUESTION, PRICE, REQUEST,
        /** Their own plan to come back ("wants to come in before the holidays"): nothing we owe, but a time to offer. */
        PLAN
    }

    /**
     * What the client asked, as a phrase that follows "they asked" / "you asked": "about the balayage",
     * "whether we can do the styling early on a Saturday", "for a written quote", "to be on the
     * cancellation list for Tuesday". {@code rest} is what the words say after the ask (an answer
     * given there and then: "; explained the 48-hour rule").
     */
    public record Ask(AskKind kind, String phrase, String rest) {
        /** The phrase said to them: "your hair type", "you", not "their hair type". */
        public String spoken() {
            return toSecondPerson(phrase);
        }

        /** The words of the phrase worth comparing with another ask (no small words). */
        public java.util.Set<String> topic() {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String word : NOT_WORD.split(phrase.toLowerCase(java.util.Locale.ROOT))) {
                if (word.length() >= 4 && !SMALL_WORDS.contains(word)) {
                    words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
                }
            }
            return words;
        }
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("about", "whether", "what", "which", "when", "where",
            "their", "they", "them", "this", "that", "with", "from", "have", "would", "could", "should", "price", "quote", "rough",
            "written", "proposal", "quotation", "pricing", "much", "long", "does", "work", "well", "after", "before", "some", "more", "other", "than", "then", "there",
            "into", "also", "still", "need", "needs", "your", "ours", "over", "just", "cost", "costs", "take", "takes", "whole");

    private static final Pattern REFUSES = Pattern.compile(
            "\\b(declined|turned (it |them )?down|not interested|said no|says no|passed on|would rather (not|keep)|no,? thanks|not for now"
                    + "|does not want|doesn't want|did not want|didn't want|not needed|cancel(led)? (the|their|her|his|my))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String ASK_VERB = "(?:asked|asks|ask|asking|enquired|inquired|wondered|wondering|wanted to know|wants to know|checked)";
    private static final Pattern ASK_CLAUSE = Pattern.compile(
            "\\b" + ASK_VERB + "\\s+(?:us\\s+)?(?:again\\s+)?(whether|if|how|what|which|when|where|why|who)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASK_ABOUT = Pattern.compile(
            "\\b(?:asked|asks|ask|asking|enquired|enquiry|enquiries|inquired|inquiry|questions?|wondered|query)\\s+(?:us\\s+)?about\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS_TO_KNOW = Pattern.compile(
            "\\b(?:wanted|wants|would like) to know\\s+(?!whether|if|how|what|which|when|where|why|who)((?:the|a|an|their|our)\\s.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASK_FOR = Pattern.compile(
            "\\b(?:asked|asks|ask|asking)\\s+(?:us\\s+)?(?:again\\s+)?(for|to)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS = Pattern.compile(
            "\\b(?:would like|wants|wanted|requested|requests|needs(?= (?:another|a|an|more|new)\\b)|is looking for|are looking for"
                    + "|was looking for|interested in|keen on)\\s+(?!to\\b)(?!(?:an? )?(?:approval|reassurance|sign-off|decision|budget|time|break)\\b)(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS_TO_SEE = Pattern.compile(
            "\\b(?:wanted|wants|would like|came in|come in|asked) to (?:see|try|look at|compare|test|hear)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    /**
     * An interest shown in passing: "looked at the dishwasher on display", "had a good look at the
     * oven", "was eyeing the range cooker", "came in to compare the washing machine".
     */
    private static final Pattern LOOKED_AT = Pattern.compile(
            "\\b(?:looked at|looking at|had (?:a|another) (?:\\w+ )?look at|took (?:a|another) (?:\\w+ )?look at|having (?:a|another) (?:\\w+ )?look at"
                    + "|browsed|browsing|eyed|eyeing|eyes on|tried out|test-drove|came in to (?:see|compare|look at|try))\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A visit they mean to make to see something, said in any tense and with any day: "will come in
     * on Friday to see it", "said she'd pop in next week to have a look at the oven", "plans to drop
     * by on the 14th to try the hob", "coming back Saturday to see the dishwasher again".
     */
    private static final Pattern VISIT_TO_SEE = Pattern.compile(
            "\\b(?:will|'ll|would|'d|to|going to|gonna|might|may|could|plans? to|planning to|hopes? to|hoping to|coming|popping|dropping|stopping)\\s+"
                    + "(?:(?:come|pop|drop|stop|call|swing|be|get)\\s+)?(?:in|by|round|over|back|along|in again)\\b([^.;]{0,40}?)\\s+to\\s+"
                    + "(?:see|look at|have (?:a|another) (?:\\w+ )?look at|take (?:a|another) (?:\\w+ )?look at|try|try out|check out|view|compare|test)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    /** An ask said the short way, in the passive: "Proposal requested", "quote asked for", "demo wanted". */
    private static final Pattern ASKED_PASSIVE = Pattern.compile(
            "^\\s*(?:(?:a|an|the)\\s+)?(?:written\\s+|formal\\s+|new\\s+)?(proposal|quote|quotation|pricing|prices|price|demo|trial|site visit|sample|brochure)"
                    + "\\s+(?:was\\s+|were\\s+)?(?:requested|asked for|wanted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANS = Pattern.compile(
            "\\b(?:wants|wanted|would like|hopes|hoping|plans|planning|keen) to (come in|come back|book|book in|pop in|drop by|visit|book a visit)\\b(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACK_LATER = Pattern.compile("\\b((?:might|may|will|could) be back|(?:will|might) come back) (for .+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKED_WITH_COLON = Pattern.compile(
            "\\b(?:enquiry|inquiry|question|query|quick question|message|asked)\\b[^:;.]{0,40}:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    /** "Inbound enquiry: pricing for the analytics module with 30 users": a price wanted, said without a verb. */
    private static final Pattern PRICE_LED = Pattern.compile(
            "^\\s*((?:a\\s+)?(?:pricing|prices?|quote|quotation|costs?|rates?))\\s+((?:for|of|on)\\s+.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECT_QUESTION = Pattern.compile(
            "^\\s*(can|could|will|would|do|does|is|are|did)\\s+(we|you)\\s+([^?]+)\\??", Pattern.CASE_INSENSITIVE);
    /**
     * A question of theirs about a thing, in their own words: "can the root touch-up be done in one sitting, or does it need two
     * visits?", "is the induction hob quiet enough for an open kitchen?". Its first clause, said as "whether the root touch-up can
     * be done in one sitting".
     */
    private static final Pattern QUESTION_OF_A_THING = Pattern.compile(
            "^\\s*(can|could|will|would|should|is|are|has|have)\\s+((?:the|a|an|their|our|your)\\s+(?:[\\p{L}&/-]+\\s+){0,3}?[\\p{L}&/-]+?)"
                    + "\\s+((?:be|work|need|fit|take|last|come|go|suit|cover|run|handle|include|get|do|still|really|also|ok|okay|safe|quiet|loud|ready|available|suitable|enough)\\b[^?]*?)(?:,\\s*or\\b[^?]*)?\\?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_MARK = Pattern.compile("\\b(can|could|will|would)\\s+(we|you)\\s+([^?.;]+)\\?", Pattern.CASE_INSENSITIVE);
    /** Where the ask ends: a new clause, a sentence end, or a reason tacked on ("having seen…", "after seeing…"). */
    private static final Pattern ASK_END = Pattern.compile(
            "\\s*(;|\\.(\\s|$)|\\?|!|\\s[\u2014\u2013-]\\s|,\\s*(having|after|as|because|since|but|so|then|and (was|is|said|will|took|booked))\\b"
                    + "|\\s(after|before) (seeing|hearing|reading|trying|the (visit|call|meeting|appointment) )|\\s=>)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_THING = Pattern.compile(
            "\\b((?:the|a|an|our|your|their)\\s+(?:[\\p{L}&/-]+\\s+){0,3}?[\\p{L}&/-]+?)(?=\\s+(?:be|been|work|works|need|needs|have|has|come|comes|fit|fits"
                    + "|sold|sent|emailed|used|done|do|does|is|are|in|on|at|for|with|to|and|or|if|would|could|can|will|during|when|after|before|from|while|as|so"
                    + "|because|but|than|by|it|that|which|who|was|were|went|turned|feels?|looks?|did|got|seems?|came|stopped|broke|arrived|keeps|kept"
                    + "|started|leaks?|leaking|made|makes|took|left|never|not|still|again|working|running|installed|delivered|fitted|in action"
                    + "|on display|handles?|integrates?|supports?|copes?|deals?|runs?|connects?|syncs?|shows?|lasts?|holds?|gets?|goes?|cleans?|heats?|saves?)\\b|[?,.;:]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_WORDS = Pattern.compile(
            "\\b(price|prices|pricing|cost|costs|quote|quotation|financing|deal|discount|offer|rate|book|booking|about (the|a|an|our)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Asked about these, they want an answer rather than a price: "about the new prices", "about the next release". */
    private static final Pattern ABOUT_A_QUESTION = Pattern.compile(
            "^(the |a |an |our )?(new|next|latest|difference|differences|hours|opening|terms|policy|deposit|delivery|times?|dates?|prices|price list"
                    + "|progress|status|invoice|bill|payment|refund|release|roadmap|update)\\b|\\b(prices|price list|opening hours|terms)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUR_VERB_FIRST = Pattern.compile(
            "^\\s*(asked|thanked|sent|told|offered|suggested|showed|reminded|called|emailed|messaged|let|invited|shared|checked|followed|congratulated)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Message to Ngozi: …", "Notice to Anouk: …": what follows is the words we sent. */
    private static final Pattern OUR_MESSAGE_FIRST = Pattern.compile(
            "^\\s*(?:(?:a|an|our)\\s+)?(?:(?:quick|short|birthday|thank-you|follow-up|reminder)\\s+)?(?:message|email|e-mail|notice|note|text|sms|letter"
                    + "|reminder|newsletter|card|invitation|invite)\\s+to\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKED_THEM = Pattern.compile(
            "^\\s*(?:them|her|him|[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?)\\s+(to|for|whether|if|about)\\b");
    private static final String[] ASK_HINTS = {"ask", "enquir", "inquir", "wonder", "want", "would like", "request", "need", "looking for",
            "interested", "keen", "question", "query", "?", "message", "back", "book", "come in", "visit", "see", "try", "hop", "plan",
            "look", "brows", "eye", "pop", "drop", "stop by", "compar", "requested"};
    private static final int ASK_WORDS = 14;
    private static final Pattern ASK_VERB_ALONE = Pattern.compile("\\b" + ASK_VERB + "\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * What the client asked of us in these words, or null: a refusal is no ask, and neither is what
     * we asked them ("Asked Maggie for a review", "Thanked her and asked for a photo"). {@code ours}
     * says the words are our own summary of a contact we made, where only a clause with the client
     * as its subject ("…; asked for a written quote", "Freya asked …") tells of their ask.
     */
    public static Ask ask(String text, boolean ours) {
        if (!mayHold(text, ASK_HINTS) || found(REFUSES, text) || found(RATING, text)) {
            return null;
        }
        String[] clauses = text.split(";");
        for (int i = 0; i < clauses.length; i++) {
            String clause = clauses[i];
            if (ours && i == 0 && (OUR_VERB_FIRST.matcher(clause).find() || OUR_MESSAGE_FIRST.matcher(clause).find())) {
                continue; // "Sent Maggie the quote and asked …", "Message to Ngozi: fancy booking the next visit?": our doing
            }
            Matcher verb = ASK_VERB_ALONE.matcher(clause);
            if (verb.find() && ASKED_THEM.matcher(clause.substring(verb.end())).find()) {
                continue; // "asked them to get in touch with any questions": we asked them
            }
            String rest = String.join(";", java.util.Arrays.asList(clauses).subList(i + 1, clauses.length));
            Ask ask = askIn(clause, rest);
            if (ask != null) {
                return ask;
            }
        }
        return ours ? null : question(text);
    }

    private static final Pattern QUESTION_SENTENCE = Pattern.compile("[\u00bf]?[^.!?\u00bf;]*\\p{L}[^.!?\u00bf;]*\\?");

    /**
     * A question in their own words, in whatever language they wrote it: a sentence that ends in a
     * question mark, said back as they put it ("\u201c¿Tienen cita el sábado?\u201d"). Only for words that
     * are theirs: our own summaries hold our questions too.
     */
    private static Ask question(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return null;
        }
        Matcher m = QUESTION_SENTENCE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String asked = m.group().strip();
        return new Ask(AskKind.QUESTION, "\u201c" + asked + "\u201d", text.substring(m.end()));
    }

    private static Ask askIn(String clause, String rest) {
        Matcher m = ASKED_PASSIVE.matcher(clause);
        if (m.find()) {
            // "Proposal requested" after our demo: they asked for it, in the outcome's shorthand
            String what = m.group(1).toLowerCase(Locale.ROOT);
            return new Ask(what.matches("proposal|quote|quotation|price|pricing|prices") ? AskKind.PRICE : AskKind.REQUEST,
                    "for " + (what.matches("pricing|prices") ? "" : "a ") + what, rest + tail(clause.substring(m.end())));
        }
        m = VISIT_TO_SEE.matcher(clause);
        if (m.find()) {
            // "will come in on Friday to see it": an interest in the thing, with the day they mean to come
            String thing = theThing(m.group(2));
            if (thing != null || m.group(2).matches("(?i)^(it|them|one)\\b.*")) {
                return new Ask(AskKind.PRICE, "about " + (thing != null ? thing : "it"), rest + tail(m.group(2)));
            }
        }
        m = PLANS.matcher(clause);
        if (m.find()) {
            String when = cut(m.group(2));
            return new Ask(AskKind.PLAN, "wanted to " + m.group(1).toLowerCase(Locale.ROOT) + (when.isEmpty() ? "" : " " + when), rest);
        }
        m = BACK_LATER.matcher(clause);
        if (m.find()) {
            return new Ask(AskKind.PLAN, m.group(1).toLowerCase(Locale.ROOT) + " " + cut(m.group(2)), rest);
        }
        m = ASKED_WITH_COLON.matcher(clause);
        if (m.find()) {
            Matcher direct = DIRECT_QUESTION.matcher(m.group(1));
            if (direct.find()) {
                return new Ask(AskKind.QUESTION, "whether we " + direct.group(1).toLowerCase(java.util.Locale.ROOT) + " " + cut(direct.group(3)), rest);
            }
            Matcher price = PRICE_LED.matcher(m.group(1));
            if (price.find()) {
                String what = cut(price.group(2));
                if (!what.isEmpty()) {
                    return new Ask(AskKind.PRICE, "for " + price.group(1).toLowerCase(java.util.Locale.ROOT) + " " + what, rest + tail(price.group(2)));
                }
            }
            Matcher thing = FIRST_THING.matcher(m.group(1));
            Matcher ofAThing = QUESTION_OF_A_THING.matcher(m.group(1));
            if (ofAThing.find()) {
                // "can the root touch-up be done in one sitting, or does it need two visits?": their question, not only its thing
                String what = cut(ofAThing.group(3));
                if (!what.isEmpty()) {
                    return new Ask(AskKind.QUESTION, "whether " + ofAThing.group(2) + " " + ofAThing.group(1).toLowerCase(java.util.Locale.ROOT) + " " + what, rest);
                }
            }
            if (m.group(1).contains("?") && thing.find()) {
                return new Ask(AskKind.QUESTION, "about " + thing.group(1), rest);
            }
        }
        m = ASK_CLAUSE.matcher(clause);
        if (m.find() && !askedThem(clause, m.start(1))) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String what = cut(m.group(2));
            if (!what.isEmpty()) {
                return new Ask(AskKind.QUESTION, (word.equals("if") ? "whether" : word) + " " + what, rest + tail(m.group(2)));
            }
        }
        m = WANTS_TO_KNOW.matcher(clause);
        if (m.find()) {
            String what = cut(m.group(1));
            if (!what.isEmpty()) {
                return new Ask(AskKind.QUESTION, "about " + what, rest + tail(m.group(1)));
            }
        }
        m = ASK_ABOUT.matcher(clause);
        if (m.find()) {
            String what = cut(m.group(1));
            if (!what.isEmpty()) {
                return new Ask(ABOUT_A_QUESTION.matcher(what).find() ? AskKind.QUESTION : AskKind.PRICE, "about " + what, rest + tail(m.group(1)));
            }
        }
        m = ASK_FOR.matcher(clause);
        if (m.find() && !askedThem(clause, m.start(1))) {
            String what = cut(m.group(2));
            if (!what.isEmpty() && !A_CALL_FIRST.matcher(what).matches()) {
                String how = m.group(1).toLowerCase(Locale.ROOT);
                AskKind kind = how.equals("for") && PRICE_WORDS.matcher(what).find() ? AskKind.PRICE : AskKind.REQUEST;
                return new Ask(kind, how + " " + what, rest + tail(m.group(2)));
            }
        }
        m = QUESTION_MARK.matcher(clause);
        if (m.find()) {
            return new Ask(AskKind.QUESTION, "whether we " + m.group(1).toLowerCase(Locale.ROOT) + " " + cut(m.group(3)), rest);
        }
        m = LOOKED_AT.matcher(clause);
        if (m.find()) {
            String thing = theThing(m.group(1));
            if (thing != null) {
                return new Ask(AskKind.PRICE, "about " + thing, rest + tail(m.group(1)));
            }
        }
        m = WANTS_TO_SEE.matcher(clause);
        if (m.find()) {
            String thing = theThing(m.group(1));
            if (thing != null) {
                return new Ask(AskKind.PRICE, "about " + thing, rest + tail(m.group(1)));
            }
        }
        m = WANTS.matcher(clause);
        if (m.find()) {
            String what = cut(m.group(1));
            if (!what.isEmpty() && !COMPARATIVE_FIRST.matcher(what).matches()) {
                boolean interest = clause.substring(m.start()).toLowerCase(java.util.Locale.ROOT).startsWith("interested")
                        || clause.substring(m.start()).toLowerCase(java.util.Locale.ROOT).startsWith("keen");
                AskKind kind = interest || PRICE_WORDS.matcher(what).find() ? AskKind.PRICE : AskKind.REQUEST;
                return new Ask(kind, (interest ? "about " : "for ") + what, rest + tail(m.group(1)));
            }
        }
        return null;
    }

    /** "asked Maggie to …", "asked them for …": we asked the client, not the other way round. */
    private static boolean askedThem(String clause, int objectStart) {
        // The words between the verb and the object: a name or a pronoun there means we did the asking.
        Matcher verb = ASK_VERB_ALONE.matcher(clause);
        return verb.find() && verb.end() < objectStart && ASKED_THEM.matcher(clause.substring(verb.end())).find();
    }

    /** The ask's words up to where it ends, at most a sentence's worth; empty when nothing is left. */
    private static String cut(String words) {
        Matcher end = ASK_END.matcher(words);
        String what = end.find() ? words.substring(0, end.start()) : words;
        what = TRAILING_COMMAS.matcher(what.strip()).replaceAll("").strip();
        String[] parts = SPACES.split(what);
        if (parts.length > ASK_WORDS) {
            Matcher thing = FIRST_THING.matcher(what);
            what = thing.find() ? thing.group(1) : String.join(" ", java.util.Arrays.asList(parts).subList(0, ASK_WORDS));
        }
        return what;
    }

    private static String tail(String words) {
        Matcher end = ASK_END.matcher(words);
        return end.find() ? " " + words.substring(end.start()) : "";
    }

    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(their|they|them|themselves|theirs|they're|they've)\\b");

    /** Their words said to them: "their hair" becomes "your hair". */
    static String toSecondPerson(String phrase) {
        Matcher m = THIRD_PERSON.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "their" -> "your";
                case "they", "them" -> "you";
                case "themselves" -> "yourself";
                case "theirs" -> "yours";
                case "they're" -> "you're";
                default -> "you've";
            };
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern STEP_BOOKED = Pattern.compile(
            "\\b(?:booked|arranged|scheduled|set up)\\b[^.;]{0,25}?\\b(?:measure|measuring|survey|site visit|home visit|viewing|demo|demonstration"
                    + "|consultation|trial|test drive|patch test|fitting|showroom visit)\\b"
                    + "|\\b(?:measure|survey|viewing|demo|demonstration|consultation|trial|patch test)\\b[^.;]{0,20}\\b(?:booked|arranged|scheduled)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The words say a step towards a decision was booked ("Booked a home measure", "demo arranged for
     * Tuesday"): for an interest, a step on the way, not the end of it.
     */
    public static boolean saysStepBooked(String text) {
        return found(STEP_BOOKED, text);
    }

    /** What an outcome says became of an ask: acted on, answered with information, left with them to decide, still owed by us. */
    public enum AskOutcome {
        DONE, INFORMED, DECIDING, OWED, UNSAID
    }

    private static final Pattern ASK_OWED = Pattern.compile(
            "\\b(wants? (a|the) (quote|price|call)|(will|to) (call|come|get|ring|write) back|get back|look(ing)? into|passed (it )?on|to (check|confirm|send|find out)"
                    + "|will (check|confirm|send|let)|checking with|noted|waiting for (us|our)|chasing|asked us to|need to send)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASK_DONE = Pattern.compile(
            "\\b(booked|book(ed)? in|rebooked|put (one|it|them) aside|set aside|reserved|on the (waiting|cancellation) list|moved|renewed|paused|exchanged"
                    + "|refunded|bought|ordered|purchased|confirmed|answered|explained|fixed|resolved|sorted|arranged|done|signed|agreed|added"
                    + "|walked (them|her|him) through|showed (them|her|him)|yes\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASK_INFORMED = Pattern.compile(
            "\\b(sent|gave|emailed|posted|handed) (them |her |him )?(the |a |an |our )?(\\w+ )?(price|prices|pricing|quote|quotation|brochure|details|references"
                    + "|info|information|leaflet|list|options|proposal|offer|link|figures)\\b|\\bquoted\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASK_DECIDING = Pattern.compile(
            "\\b(think(ing)? (about )?it|think it over|decide|deciding|no decision|not a fit yet|budget|will bring|no booking yet|maybe|not sure yet|considering"
                    + "|comparing|after payday|later in the year|next (quarter|year|month)|wants? a quote|will come in|coming in|to see it|come back)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What the words logged with an ask (its outcome, or the rest of its sentence) say became of it. */
    public static AskOutcome askOutcome(String text) {
        if (text == null || text.isBlank()) {
            return AskOutcome.UNSAID;
        }
        if (found(ASK_OWED, text)) {
            return AskOutcome.OWED;
        }
        if (found(ASK_INFORMED, text)) {
            return AskOutcome.INFORMED;
        }
        if (found(ASK_DONE, text)) {
            return AskOutcome.DONE;
        }
        if (found(ASK_DECIDING, text)) {
            return AskOutcome.DECIDING;
        }
        return found(ANSWERED, text) ? AskOutcome.DONE : AskOutcome.UNSAID;
    }

    private static final Pattern PRICE_SENT = Pattern.compile(
            "\\b(sent|gave|emailed|handed) (them |her |him )?(the |a |an |our )?(\\w+ )?(price|prices|pricing|quote|quotation|price list|proposal)\\b|\\bquoted\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFERED_AT_A_PRICE = Pattern.compile(
            "\\boffered\\b[^.;]{0,80}?(\\b(at|for) (a |an )?\\d+ ?(%|per ?cent) off\\b|\\bfor [£$€] ?\\d|\\bat [£$€] ?\\d|\\bat a (special|reduced|discounted) price\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Our offer named its price ("Offered Ethan the service plan at 10% off"): a quote they asked for
     * before it has its answer. Said in the same contact as their ask ("… — Wants a quote"), they
     * still want it in writing.
     */
    public static boolean saysOfferedAtAPrice(String text) {
        return found(OFFERED_AT_A_PRICE, text);
    }

    /** The words say we gave them a price, a quote or a proposal ("Sent pricing", "Sent the price list"): the choice is theirs now. */
    public static boolean saysPriceSent(String text) {
        return found(PRICE_SENT, text);
    }

    /** Our own words say the price or the proposal went out, either way round ("Sent pricing", "Proposal for the dash cams sent"). */
    static boolean saysPriceOrProposalSent(String text) {
        return proposalSent(text) != null || saysPriceSent(text);
    }

    /** What a refusal's reason waits for, when a price can answer it: a promotion, payday, or a lower price. */
    public enum WaitsFor {
        PROMOTION, PAYDAY, TOO_DEAR, NOTHING
    }

    private static final Pattern WAITS_FOR_PROMOTION = Pattern.compile(
            "\\b(promotions?|promo|sale|sales|offers?|deals?|discounts?|special price|money off|% off|cheaper (?:time|season))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WAITS_FOR_PAYDAY = Pattern.compile(
            "\\b(pay ?day|pay ?cheque|pay ?check|wages?|salary|bonus|end of the month|tax refund)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOO_DEAR = Pattern.compile(
            "\\b(too (?:dear|expensive|pricey|costly|much)|(?:over|out of) (?:the |their |her |his |our )?budget|can(?:no|')t afford|cost(?:s)? too|"
                    + "price(?:d)? too high|more than (?:they|she|he) (?:wanted|hoped|can) (?:to )?(?:pay|spend)|cheaper elsewhere|expensive)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DECIDES_LATER = Pattern.compile(
            "\\b(?:decide|decision|think|look again|come back)\\b[^.;]{0,30}\\b(?:after (?:pay ?day|the (?:holidays|weekend|summer)|christmas|the new year|new year)"
                    + "|in the new year|next (?:week|month|quarter|year)|(?:at the )?end of the month)\\b", Pattern.CASE_INSENSITIVE);

    /** They will decide at a later time they named ("Will decide after payday", "will think about it next month"). */
    public static boolean decidesLater(String text) {
        return found(DECIDES_LATER, text);
    }

    /**
     * What a refusal's reason in words waits for, so the call can answer it: "Will wait for a
     * promotion" is a promotion; "after payday" is payday; "too dear" is a lower price or a smaller
     * option. Anything else ("moving house") no price answers.
     */
    public static WaitsFor refusalWaitsFor(String reason) {
        if (reason == null || reason.isBlank()) {
            return WaitsFor.NOTHING;
        }
        return found(WAITS_FOR_PROMOTION, reason) ? WaitsFor.PROMOTION : found(WAITS_FOR_PAYDAY, reason) ? WaitsFor.PAYDAY
                : found(TOO_DEAR, reason) ? WaitsFor.TOO_DEAR : WaitsFor.NOTHING;
    }

    /** The words tell of a refusal ("declined", "turned it down", "not for now"): whatever follows is no ask of us. */
    public static boolean saysRefusal(String text) {
        return found(REFUSES, text);
    }

    /** The first thing named in the words ("the balayage", "a quote"), or null. */
    public static String firstThing(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FIRST_THING.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern NOT_A_THING = Pattern.compile(
            "^the (difference|price|prices|cost|quote|way|time|day|week|month|year|first|last|next|rest|same|other|one|team|salon|shop|whole"
                    + "|choice|look|result|end|start|moment|mix-up|wait|phone|call|visit|appointment)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first thing the words name with "the" that is a thing one buys or uses ("the balayage", not "the difference"), or null. */
    private static final Pattern COSTS_AFTER = Pattern.compile("\\s+(?:costs?|is|are|comes to|would cost|will cost)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_BEFORE = Pattern.compile("\\b(?:what|how much)\\s+$", Pattern.CASE_INSENSITIVE);

    public static String theThing(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FIRST_THING.matcher(text);
        while (m.find()) {
            String thing = m.group(1);
            if (thing.regionMatches(true, 0, "the ", 0, 4) && !NOT_A_THING.matcher(thing).find()) {
                Matcher cost = COSTS_AFTER.matcher(thing);
                if (cost.find() && WHAT_BEFORE.matcher(text.substring(0, m.start(1))).find()) {
                    thing = thing.substring(0, cost.start()); // "what the updo costs": the updo
                }
                return "the" + thing.substring(3);
            }
        }
        return null;
    }

    /**
     * A request logged in our own shorthand ("Wants a quote for the dash cams", "Engraving on the
     * kettle") as a phrase that follows "you asked": "for a quote for the dash cams", "about the
     * engraving on the kettle".
     */
    public static String requestPhrase(String summary) {
        String words = summary == null ? "" : summary.strip().replaceAll("[.!]+$", "");
        Ask ask = ask(words, false);
        if (ask != null) {
            return ask.phrase();
        }
        if (words.isEmpty()) {
            return "about it";
        }
        String first = words.split("\\s+")[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT));
        String lowered = acronym ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
        boolean determined = lowered.matches("(?i)^(the|a|an|our|their|some|more|another|new)\\b.*");
        return "about " + (determined ? "" : "the ") + lowered;
    }

    private static final Pattern REFERRAL = Pattern.compile(
            "\\b(referred|recommended (us|[A-Z][\\p{L}'-]+) to|(will|would|is going to) recommend us|recommends us|introduced us to|sent (a friend|a colleague|a neighbour|someone|their \\w+) (to us|our way|in)"
                    + "|passed (on )?our (name|details|number)|brought (a friend|their neighbour|a colleague))",
            Pattern.CASE_INSENSITIVE);

    /** The words tell of someone they sent our way ("referred Giulia", "recommended Ellie to a colleague"). */
    public static boolean saysReferral(String text) {
        return text != null && found(REFERRAL, text) && !found(REFUSES, text);
    }

    /** Someone they only mean to send our way: "Will recommend us at work; says Christian is looking for a new salon". */
    private static final Pattern REFERRAL_PROMISED = Pattern.compile(
            "\\b(?:will|would|is going to|might|may|plans? to) (?:recommend|refer|mention|pass on)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERRAL_MADE = Pattern.compile(
            "\\b(?:referred|recommended|introduced|recommends us|passed (?:on )?our|brought (?:a friend|their neighbour|a colleague)"
                    + "|sent (?:a friend|a colleague|a neighbour|someone|their \\w+) (?:to us|our way|in)|booked in|came in)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words only promise a referral, and tell of none made yet: nobody has been sent our way to thank them for. */
    public static boolean saysReferralPromised(String text) {
        return text != null && found(REFERRAL_PROMISED, text) && !found(REFERRAL_MADE, text);
    }

    private static final String[] REVIEWED_HINTS = {"review", "stars", "mentioned us", "rated us"};
    private static final Pattern REVIEWED = Pattern.compile(
            "\\b(left (us )?an? ([\\w-]+ )?review|wrote (us )?an? ([\\w-]+ )?review|posted an? ([\\w-]+ )?review|reviewed us|rated us (online|on google)"
                    + "|gave us (five|four|5|4) stars|mentioned us on|(five|5)-star review)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words tell that they reviewed or praised us in public ("Left a five-star review", "mentioned us on the community page"). */
    public static boolean saysReviewed(String text) {
        return mayHold(text, REVIEWED_HINTS) && (found(REVIEWED, text) || found(REVIEW_DONE, text)) && !found(REFUSES, text);
    }

    private static final Pattern PROBLEM = Pattern.compile(
            "\\b((?:(?:a|an|the|some|one)\\s+)?(?:(?:small|slight|little|strange|loud|odd|funny|new)\\s+)?"
                    + "(?:rattle|rattling|leak|leaking|drip|dripping|noises?|smell|burning smell|error codes?|fault|crack|scratch|dent|breakage|dryness|frizz|itching)"
                    + "|(?:(?:the|their|her|his)\\s+)?[\\p{L}-]+\\s+(?:went|turned|looks?|looked|is|was|came out|has gone|faded)\\s+(?:too\\s+)?"
                    + "(?:brassy|green|orange|patchy|uneven|dull|flat|dark|frizzy|streaky|faded|wonky)"
                    + "|(?:stopped|keeps stopping|not|isn't|is not|won't|will not|doesn't|does not) (?:working|work|start|drain|heat|spin|close|charge|turn on|connect)"
                    + "|(?:broke|broken|broken down|faulty|damaged|cracked|scratched|dented))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_PROBLEM = Pattern.compile(
            "\\b(no|any|without|never|free of|checked for|avoid|prevent)\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

    /**
     * A problem told in the words logged ("Mentioned a small rattle", "the colour went brassy",
     * "stopped working"), as a short phrase to say back; null when there is none, when it is asked
     * about ("any leaks?") or denied ("no noises").
     */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (String sentence : SENTENCE_BREAK.split(text)) {
            if (sentence.contains("?")) {
                continue;
            }
            Matcher m = PROBLEM.matcher(sentence);
            while (m.find()) {
                if (!NOT_A_PROBLEM.matcher(sentence.substring(0, m.start())).find()) {
                    String phrase = withWhatItHappenedTo(sentence.substring(0, m.start()), m.group(1).strip());
                    return Character.isUpperCase(phrase.charAt(0)) && phrase.length() > 1 && Character.isLowerCase(phrase.charAt(1))
                            && !phrase.startsWith("I ") ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
                }
            }
        }
        return null;
    }

    private static final Pattern BARE_STATE = Pattern.compile(
            "^(?:broke|broken|broken down|faulty|damaged|cracked|scratched|dented|stopped|keeps stopping|not|isn't|is not|won't|will not|doesn't|does not)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(
            "(?:^|[:,;(]\\s*|\\b(?:says|said|mentioned|mentions|reported|reports|told us|noticed|that)\\s+)((?:a|an|the|their|one|two)\\s+[^:,;()]+?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "does not close": said after what it happened to as "the dryer door not closing", which reads in any sentence. */
    private static final Pattern DOES_NOT = Pattern.compile("^(?:doesn't|does not|won't|will not)\\s+(\\p{L}+)(.*)$", Pattern.CASE_INSENSITIVE);

    /** "broke" alone says nothing: "a button on the capsule coffee maker broke" says what broke. */
    private static String withWhatItHappenedTo(String before, String phrase) {
        if (!BARE_STATE.matcher(phrase).find()) {
            return phrase;
        }
        Matcher subject = SUBJECT_BEFORE.matcher(before);
        if (!subject.find() || subject.group(1).split("\\s+").length > 8) {
            return phrase;
        }
        Matcher not = DOES_NOT.matcher(phrase);
        return subject.group(1).strip() + " " + (not.matches() ? "not " + ing(not.group(1).toLowerCase(Locale.ROOT)) + not.group(2) : phrase);
    }

    /** close: closing, stop: stopping, drain: draining. */
    private static String ing(String verb) {
        if (verb.endsWith("e") && !verb.endsWith("ee") && verb.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        boolean shortClosed = verb.length() == 3 && "aeiou".indexOf(verb.charAt(1)) >= 0 && "aeiou".indexOf(verb.charAt(0)) < 0
                && "aeiouwxy".indexOf(verb.charAt(2)) < 0;
        return verb + (shortClosed ? verb.charAt(2) : "") + "ing";
    }

    /**
     * A visit they said they would make, in the future tense with a day or a reason: "Will come in on Thursday to see it",
     * "will bring their partner to see it". Narrower than {@link #VISIT_TO_SEE} (an interest, said in any tense): a promise to come.
     */
    private static final Pattern VISIT_PROMISED = Pattern.compile(
            "\\b(?:will|'ll|going to|promised to|said (?:she|he|they) would)\\s+(come in|come back|pop in|pop by|drop in|drop by|stop by|call in"
                    + "|bring (?:her|his|their) [\\p{L}-]+)((?:\\s+(?:on|this|next)\\s+[\\p{L}]+)?)\\s+to (?:see|look at|try|view) (?:it|them|one|the [\\p{L}-]+(?: [\\p{L}-]+)?)\\b"
                    + "|\\b(?:will|'ll|going to|promised to)\\s+(come in|come back|pop in|drop in|drop by|stop by|call in)\\s+((?:on|this|next)\\s+"
                    + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week))\\b",
            Pattern.CASE_INSENSITIVE);
    /** The next visit booked at the end of one: "Next visit booked in six weeks", "next appointment booked". */
    private static final Pattern NEXT_VISIT_BOOKED = Pattern.compile(
            "\\bnext (?:visit|appointment) (?:booked|made|set)(?:\\s+(?:in|for)\\s+(?:about\\s+)?(a|one|two|three|four|five|six|seven|eight|\\d{1,2})\\s+(weeks?|months?))?",
            Pattern.CASE_INSENSITIVE);
    /** A visit to us booked for a step before deciding: "Booked a consultation", "patch test booked for Tuesday". */
    private static final Pattern STEP_VISIT_BOOKED = Pattern.compile(
            "\\bbooked (?:in )?(?:a|an|the|her|his|their) ((?:colour |bridal |hair )?(?:consultation|patch test|trial|fitting|viewing)"
                    // "Booked a tweak appointment" after a doubt: a visit to put it right, booked by us; the next or first visit is read below
                    + "|(?!next\\b|first\\b)[\\p{L}-]+ appointment)\\b"
                    + "|\\b(?:a |the )?((?:colour |bridal |hair )?(?:consultation|patch test|trial|fitting|viewing)) (?:booked|arranged)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The first or next visit booked for a named day: "first visit booked for Wednesday" (a gift voucher set up). */
    private static final Pattern VISIT_BOOKED_ON_A_DAY = Pattern.compile(
            "\\b(first|next) (?:visit|appointment) (?:booked|made|set) (?:for|on) ((?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A step booked with no day said is due within a fortnight: a patch test, a consultation. */
    private static final int STEP_DUE_DAYS = 14;
    private static final Pattern ON_A_DAY = Pattern.compile(
            "^[^.;]{0,12}?\\b(?:on|for|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A visit they said they would make, a step booked to come in for, or the next visit booked: {@code said} follows
     * "they" ("said they would come in on Thursday to see it", "booked a patch test", "booked their next visit, six weeks
     * on, when they were last in"); {@code inDays} is how long after
     * the contact the visit was due (a named day within the week, a booking's interval, or null when unsaid).
     */
    public record VisitPromise(String said, Integer inDays, boolean dayNamed) {
    }

    /** The visit these words (one contact's summary and outcome) say they would make, or null. A refusal promises nothing. */
    public static VisitPromise visitPromised(String words) {
        if (words == null || found(REFUSES, words) || found(NOT_COMING, words)) {
            return null;
        }
        Matcher m = VISIT_PROMISED.matcher(words);
        if (m.find()) {
            String said = m.group().replaceFirst("(?i)^(?:will|'ll|going to|promised to|said (?:she|he|they) would)\\s+", "")
                    .replaceFirst("(?i)^bring (?:her|his) ", "bring their ");
            boolean dayNamed = m.group(2) != null && !m.group(2).isBlank() || m.group(4) != null;
            return new VisitPromise("said they would " + said, dayNamed ? 7 : null, dayNamed);
        }
        m = STEP_VISIT_BOOKED.matcher(words);
        if (m.find()) {
            String step = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
            boolean dayNamed = ON_A_DAY.matcher(words.substring(m.end())).find();
            return new VisitPromise("booked " + (step.startsWith("a") ? "an " : "a ") + step, dayNamed ? 7 : STEP_DUE_DAYS, dayNamed);
        }
        m = VISIT_BOOKED_ON_A_DAY.matcher(words);
        if (m.find()) {
            String day = m.group(2);
            return new VisitPromise("booked their " + m.group(1).toLowerCase(Locale.ROOT) + " visit for "
                    + Character.toUpperCase(day.charAt(0)) + day.substring(1).toLowerCase(java.util.Locale.ROOT), 7, true);
        }
        m = NEXT_VISIT_BOOKED.matcher(words);
        if (m.find()) {
            if (m.group(1) == null) {
                return new VisitPromise("booked their next visit when they were last in", null, false);
            }
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = count.equals("a") ? 1 : TimeWords.number(count);
            boolean months = m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("month");
            return new VisitPromise("booked their next visit, " + count + " " + m.group(2).toLowerCase(java.util.Locale.ROOT) + " on, when they were last in",
                    months ? n * 30 : n * 7, false);
        }
        return null;
    }

    // ---- a step of ours: a session, training, check or review we found needed, offered, promised or booked ----

    /** What kind of step it is: it decides which words since say it happened. */
    public enum StepKind { SESSION, CHECK, REVIEW, VISIT }

    /**
     * A step of ours still to take: {@code said} follows "we" ("said another session was needed", "offered extra
     * training", "booked a check"); {@code step} is the step itself ("another session"); {@code found} is true when it
     * is our own finding ("Needs another session"), which is never their ask; {@code booked} when a day or a slot was
     * already set for it.
     */
    public record StepOwed(String said, String step, StepKind kind, boolean found, boolean booked) {
        /** Only offered: theirs to take up, so an offer left untaken for months is history, not a debt of ours. */
        public boolean offered() {
            return said.startsWith("offered ");
        }
    }

    private static final String STEP_NOUN = "(?:(?:training |follow-up |refresher |extra |onboarding |remote |on-site |site |quarterly |business )?"
            + "(?:session|training|visit|check(?![- ]in)|meeting|walk-?through|workshop|review))";
    private static final String STEP_ARTICLE = "(?:another|a further|a second|one more|more|extra|a follow-up|a free|a short|an|a|some)";
    /** Our own finding at the end of a contact: "Needs another session", "a follow-up visit is needed". */
    private static final Pattern STEP_FOUND = Pattern.compile(
            "\\bneeds? (" + STEP_ARTICLE + " " + STEP_NOUN + ")s?\\b"
                    + "|\\b(" + STEP_ARTICLE + " " + STEP_NOUN + ")s? (?:is |are |was |were )?(?:needed|required|necessary)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A step we offered: "Offered extra training", "offered a free check with Maya". */
    private static final Pattern STEP_OFFERED = Pattern.compile(
            "\\boffered (?:(?:them|her|him|\\p{Lu}[\\p{L}'-]+) )?(" + STEP_ARTICLE + " (?:[\\p{L}-]+ )?" + STEP_NOUN + "(?: with \\p{Lu}[\\p{L}'-]+)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A step we said we would arrange: "promised to book a refresher session", "we'll set up a training session". */
    private static final Pattern STEP_PROMISED = Pattern.compile(
            "\\b(?:promised to|agreed to|offered to|will|we'll|we will)\\s+(arrange|book|set up|schedule|run|organi[sz]e|send someone for|come back for)\\s+("
                    + STEP_ARTICLE + " (?:[\\p{L}-]+ )?" + STEP_NOUN + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A step we booked: "booked a check", "Booked a review with their team". A consultation, a patch test or the next visit
     * booked ("booked the next visit with extra time") is theirs to come to, and so is "the" thing they bought ("booked the
     * training day for their new depot team").
     */
    private static final Pattern OUR_STEP_BOOKED = Pattern.compile(
            "\\bbooked (?:in )?((?:a|an|another|a follow-up|a second) (?!next\\b)(?:[\\p{L}-]+ )?" + STEP_NOUN + "(?: with (?:their|the|her|his) team)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A step of ours set for a named day: "Confirmed the on-site visit to Flanagan Electrical on Monday", "booked the
     * review with their team for Thursday". Its day passing with nothing logged is what is worth a word.
     */
    private static final Pattern OUR_STEP_ON_A_DAY = Pattern.compile(
            "\\b(confirmed|booked|arranged|scheduled) (?:the|an?|our) (" + STEP_NOUN + ")(?: (?:to|at|with) [^.;]{1,40}?)? (?:on|for) "
                    + "((?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String[] STEP_HINTS = {"session", "training", "visit", "check", "meeting", "walk", "workshop", "review"};

    /**
     * The step of ours these words (one contact's summary and outcome) leave us to take, or null. A refusal leaves none,
     * and neither does a step booked with a check-in's words ("check in").
     */
    public static StepOwed stepOwed(String words) {
        if (words == null || !mayHold(words, STEP_HINTS) || found(REFUSES, words)) {
            return null;
        }
        Matcher m = STEP_FOUND.matcher(words);
        if (m.find()) {
            String step = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
            return new StepOwed("said " + step + " was needed", step, stepKind(step), true, false);
        }
        m = STEP_OFFERED.matcher(words);
        if (m.find()) {
            String step = lowerFirst(m.group(1));
            return new StepOwed("offered " + step, step, stepKind(step), false, false);
        }
        m = STEP_PROMISED.matcher(words);
        if (m.find()) {
            String step = m.group(2).toLowerCase(java.util.Locale.ROOT);
            return new StepOwed("said we would " + m.group(1).toLowerCase(Locale.ROOT) + " " + step, step, stepKind(step), false, false);
        }
        m = OUR_STEP_ON_A_DAY.matcher(words);
        if (m.find()) {
            String step = m.group(2).toLowerCase(java.util.Locale.ROOT);
            String day = m.group(3);
            return new StepOwed(m.group(1).toLowerCase(Locale.ROOT) + " the " + step + " for " + Character.toUpperCase(day.charAt(0))
                    + day.substring(1).toLowerCase(java.util.Locale.ROOT), step, stepKind(step), false, true);
        }
        m = OUR_STEP_BOOKED.matcher(words);
        if (m.find()) {
            String step = m.group(1).toLowerCase(Locale.ROOT);
            return new StepOwed("booked " + step, step, stepKind(step), false, true);
        }
        return null;
    }

    /** Our own finding that a step is needed ("Needs another session"): a note of ours, never their ask. */
    public static boolean saysStepNeeded(String words) {
        if (words == null || !mayHold(words, STEP_HINTS)) {
            return false;
        }
        return STEP_FOUND.matcher(words).find();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static StepKind stepKind(String step) {
        String s = step.toLowerCase(java.util.Locale.ROOT);
        if (s.matches(".*\\bcheck\\b.*")) {
            return StepKind.CHECK;
        }
        if (s.matches(".*\\breview\\b.*")) {
            return StepKind.REVIEW;
        }
        if (s.matches(".*\\b(visit|meeting)\\b.*")) {
            return StepKind.VISIT;
        }
        return StepKind.SESSION;
    }

    private static final Pattern BOOKED = Pattern.compile("\\b(booked|rebooked|booked in|appointment (set|made|confirmed))\\b", Pattern.CASE_INSENSITIVE);

    /** A plural's singular for matching ("trackers" meets "tracker"); a short word ("gas", "kits") is left as it is. */
    static String singular(String word) {
        return word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The words say a visit or appointment was booked. */
    public static boolean saysBooked(String text) {
        return found(BOOKED, text);
    }

    private static final Pattern AT_RISK = Pattern.compile(
            "\\b(at risk|unhappy|upset|complain\\w*|frustrat\\w*|thinking (of|about) (leaving|switching)|threaten\\w* to (leave|cancel)"
                    + "|consider\\w* (leaving|switching|cancelling)|may (leave|cancel)|might (leave|cancel)|losing them)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A note that says the relationship is at risk ("At risk: unhappy with support response times"). */
    public static boolean saysAtRisk(String text) {
        return found(AT_RISK, text) && !found(SETTLED, text);
    }

    private static final Pattern WISH = Pattern.compile(
            "\\b(wants? to|would like to|hoping to|hopes to|planning to|plans to|planned for|saving (up )?for|thinking (of|about) (getting|buying|booking))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A note that says what they want ahead ("wants to go lighter gradually over the year", "wedding planned for next June"). */
    public static boolean saysWish(String text) {
        return found(WISH, text) && !found(REFUSES, text);
    }

    // ---- threads they opened: a wish, a doubt, a place they said they would be ------------------------

    /** A thread the client opened in their own words that asks for no answer of ours, yet is not to be forgotten. */
    public enum ThreadKind {
        /** Something they wanted that nothing came of yet: a visit, the waiting list, a treatment "next time", someone they would bring. */
        WISH,
        /** A doubt of theirs: "was it worth the price?", "not sure it made much difference", "is it normal that…". */
        DOUBT,
        /** Somewhere they said they would be with us: the client evening, an open day, a workshop. */
        COMING,
        /** A review they said they would write. */
        REVIEW
    }

    /**
     * One thread: {@code said} follows "they" or "you" ("asked to go on the cancellation list for
     * Tuesday", "wanted to try the gloss next time"); {@code thing} is what it is about ("the gloss",
     * "the client evening"), or null.
     */
    public record Thread(ThreadKind kind, String said, String thing) {
    }

    private static final String[] THREAD_HINTS = {"list", "come", "pop", "drop", "book", "visit", "try", "bring", "worth", "differen", "normal",
            "sure", "mistake", "wonder", "worr", "anxious", "doubt", "expected", "hoped", "pictured", "review", "evening", "event", "day",
            "workshop", "launch", "signed up", "register", "attend", "session", "webinar", "masterclass", "party", "night", "in for"};
    private static final Pattern WAIT_LIST = Pattern.compile(
            "\\b(?:on|onto|to)\\s+(?:the|our|a|their|her|his)\\s+(cancellation|waiting|wait|standby|reserve)[ -]?list\\b([^.;,]{0,40})"
                    + "|\\b(wait[ -]?listed)\\b([^.;,]{0,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR_A_TIME = Pattern.compile("^\\s*(for\\s+(?:a|an|the|any|their|her|his)?\\s*[^.;,]{1,30}?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRY_NEXT_TIME = Pattern.compile(
            "\\b(?:would love to|would like to|'d love to|'d like to|wants? to|wanted to|keen to|hop(?:e|es|ed|ing) to|going to|plans? to"
                    + "|planning to|fancies|fancied|might|will|'ll)\\s+(try|have|get|book)\\s+(.{2,50}?)\\s+(?:next time|on (?:her|his|their|the|your|my) next visit"
                    + "|at (?:her|his|their|the|your|my) next (?:visit|appointment))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRING_SOMEONE = Pattern.compile(
            "\\b(?:will|'ll|would|'d|going to|plans? to|planning to|wants? to|wanted to|hop(?:e|es|ed|ing) to|promised to|might)\\s+bring\\s+"
                    + "((?:her|his|their|my|a|an)\\s+[\\p{L}-]+(?:\\s+(?!along\\b|in\\b|with\\b|next\\b)[\\p{L}-]+)?)\\s+(?:along\\b|in\\b|with (?:her|him|them)\\b|next time\\b)([^.;]{0,20}?next time)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBT = Pattern.compile(
            "\\b(?:wondering|wondered|wonders|wonder|not (?:really |quite |so )?sure|unsure|doubts?|doubting|worried|worries|anxious|questioning)\\b[^.;]{0,80}?"
                    + "\\b(?:worth (?:it|the (?:price|money|cost|spend))|worth paying|(?:made|makes|making|make) (?:much|any|a real|a big|a) difference|a mistake"
                    + "|the right (?:choice|call|decision|one)|normal|suits? (?:them|her|him|me)|right for (?:them|her|him|me)|working for (?:them|her|him|me))\\b"
                    + "|\\b(?:asked|asks|asking)\\s+(?:us\\s+)?(?:if|whether)\\b[^.;]{0,80}?\\b(?:worth (?:it|the (?:price|money|cost|spend))|a mistake|normal)\\b"
                    + "|\\bis (?:it|this|that) normal\\b"
                    + "|\\b(?:did not|didn't|does not|doesn't|has not|hasn't)\\s+(?:hold|last|work|look|turn out|feel|help)\\b[^.;]{0,30}\\bas (?:well |good |long |much )?as (?:\\w+ )?(?:hoped|expected)\\b"
                    + "|\\b(?:feels?|looks?|looked|felt) different from what (?:they|she|he|I) (?:pictured|expected|imagined)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBT_VERB_AFTER = Pattern.compile("\\s+(?:suits?|feels?|felt|looks?|looked|made|makes|did|does|helped|helps|worked|works)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** What an occasion of ours is called: "the client evening", "our open day". */
    private static final String OCCASION = "(?:evening|event|open day|open evening|open house|launch|workshop|webinar|masterclass|party|demo day|tasting|preview|showcase)";
    private static final Pattern COMING = Pattern.compile(
            "\\b(?:coming|come|will come|'ll come|will be|'ll be|be there|attending|will attend|'ll attend|signed up|registered|booked (?:a place|places|a seat|seats|a ticket|tickets)"
                    + "|has a place|said yes|going)\\s+(?:to|for|at)?\\s*(?:the|our|your)\\s+((?:[\\p{L}-]+\\s+){0,2}?"
                    + OCCASION + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_EVENT = Pattern.compile(
            "\\b(?:the|our)\\s+((?:[\\p{L}-]+\\s+){0,2}?" + OCCASION + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_COMING = Pattern.compile(
            "\\b(cannot|can't|can not|couldn't|could not|won't|will not|not able to|unable to)\\s+(make|come|attend|be there)|\\bnot coming\\b|\\bdeclined\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVIEW_PROMISED = Pattern.compile(
            "\\b(?:will|'ll|going to|promised to|happy to|said (?:she|he|they)(?:'d| would)|offered to)\\s+(?:write|leave|post|do|put up)\\s+(?:us\\s+)?(?:a|an|one|it)\\b"
                    + "|\\breview\\b[^.]{0,40};\\s*happy to\\b|\\bpromised (?:us )?a review\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVIEW_DONE = Pattern.compile("\\breview (?:posted|left|written|is up|went up|is live|received)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The thread the client opened in these words, or null. {@code summary} and {@code outcome} are
     * one contact's; the words must be the client's own (or our record of what they said), which the
     * caller decides. A refusal ("not for now") opens nothing.
     */
    public static Thread thread(String summary, String outcome) {
        String words = (summary == null ? "" : summary) + (outcome == null || outcome.isBlank() ? "" : "; " + outcome);
        if (!mayHold(words, THREAD_HINTS)) {
            return null;
        }
        boolean aboutReview = words.toLowerCase(java.util.Locale.ROOT).contains("review");
        if (aboutReview && found(REVIEW_PROMISED, words) && !saysReviewed(words) && !found(REVIEW_DONE, words) && !found(REFUSES, words)) {
            return new Thread(ThreadKind.REVIEW, "said they would review us", null);
        }
        Matcher m = DOUBT.matcher(words);
        if (m.find() && !found(REFUSES, words)) {
            String thing = theThing(summary);
            thing = thing == null ? null : DOUBT_VERB_AFTER.matcher(thing).replaceFirst(""); // "the balayage suits them": the balayage
            return new Thread(ThreadKind.DOUBT, "were not sure about " + (thing == null ? "it" : thing), thing);
        }
        m = COMING.matcher(words);
        if (m.find() && !found(NOT_COMING, words)) {
            String event = m.group(1).strip();
            Matcher named = NAMED_EVENT.matcher(summary == null ? "" : summary);
            if (named.find() && named.group(1).toLowerCase(java.util.Locale.ROOT).endsWith(event.toLowerCase(java.util.Locale.ROOT))) {
                event = named.group(1).strip(); // "Coming to the evening" after "Invited Anna to our client evening": the client evening
            }
            String thing = "the " + event.toLowerCase(java.util.Locale.ROOT);
            return new Thread(ThreadKind.COMING, "would come to " + thing, thing);
        }
        if (found(REFUSES, words)) {
            return null;
        }
        String listed = waitListed(words);
        if (listed != null) {
            return new Thread(ThreadKind.WISH, listed, null);
        }
        m = TRY_NEXT_TIME.matcher(words);
        if (m.find()) {
            String what = m.group(2).strip();
            String thing = theThing(what);
            return new Thread(ThreadKind.WISH, "wanted to " + m.group(1).toLowerCase(Locale.ROOT) + " " + what + " next time",
                    thing == null ? firstThing(what) : thing);
        }
        m = BRING_SOMEONE.matcher(words);
        if (m.find()) {
            String who = m.group(1).strip().replaceFirst("(?i)^(her|his|my)\\b", "their");
            return new Thread(ThreadKind.WISH, "wanted to bring " + who + " along next time", null);
        }
        m = PLANS.matcher(words);
        if (m.find()) {
            String when = cut(m.group(2));
            return new Thread(ThreadKind.WISH, "wanted to " + m.group(1).toLowerCase(Locale.ROOT) + (when.isEmpty() ? "" : " " + when), null);
        }
        return null;
    }

    /**
     * Their ask to be on a list for a slot, as it follows "they": "asked to go on our cancellation list for
     * Friday", "asked to go on our waiting list"; null when the words hold none, or turn it down.
     */
    public static String waitListed(String words) {
        if (words == null || !mayHold(words, LIST_HINT) || found(REFUSES, words)) {
            return null;
        }
        Matcher m = WAIT_LIST.matcher(words);
        if (!m.find()) {
            return null;
        }
        String list = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : "waiting";
        String rest = m.group(1) != null ? m.group(2) : m.group(4);
        Matcher forWhat = FOR_A_TIME.matcher(rest == null ? "" : rest);
        return "asked to go on our " + list + " list" + (forWhat.find() ? " " + forWhat.group(1).strip() : "");
    }

    private static final String[] LIST_HINT = {"list"};
    private static final String[] DAY_HINT = {"day"};
    private static final Pattern SLOT_ON_A_DAY = Pattern.compile(
            "\\b(?:slot|appointment|time|booking)s?\\b[^.;]{0,40}?\\b(?:on|for)\\s+(?:a|an)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(\\s+(?:evening|morning|afternoon|night))?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The day of the week a slot they asked for falls on, as said: "Thursday evening" for "asked if we have a
     * slot for a fringe trim on a Thursday evening"; null when no day is named.
     */
    public static String slotDayAsked(String words) {
        if (words == null || !mayHold(words, DAY_HINT)) {
            return null;
        }
        Matcher m = SLOT_ON_A_DAY.matcher(words);
        if (!m.find()) {
            return null;
        }
        String day = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1).toLowerCase(java.util.Locale.ROOT);
        return m.group(2) == null ? day : day + " " + m.group(2).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern HOURS_MOVED = Pattern.compile(
            "\\b((?:late|early|evening|weekend|saturday|sunday)\\s+(?:opening|nights?|hours|appointments|slots)|opening hours|opening|our hours)\\b[^.;]{0,30}?"
                    + "\\b(?:moves?|moved|moving|changes?|changed|changing|shifts?|shifted)\\s+(?:from\\s+)?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\s+to\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /** Our hours moved from one day to another ("late opening moves from Thursday to Wednesday"): what moved, from, to; else null. */
    public record HoursMoved(String what, String from, String to) {
    }

    /** The move of our hours these words tell of, or null. */
    public static HoursMoved hoursMoved(String words) {
        if (words == null || !mayHold(words, DAY_HINT)) {
            return null;
        }
        Matcher m = HOURS_MOVED.matcher(words);
        if (!m.find()) {
            return null;
        }
        return new HoursMoved(m.group(1).toLowerCase(Locale.ROOT), capital(m.group(2)), capital(m.group(3)));
    }

    private static String capital(String day) {
        return Character.toUpperCase(day.charAt(0)) + day.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The words say they will not come after all, or that a place was declined ("cannot make it this time"). */
    public static boolean saysNotComing(String text) {
        return text != null && found(NOT_COMING, text);
    }

    private static final Pattern COURTESY = Pattern.compile(
            "^\\s*(?:thanked us|said thanks(?: back)?|thanks|replied with (?:thanks|a heart|a thumbs up|an emoji|a smiley)"
                    + "|sent (?:a|us a) (?:photo|picture|heart|thumbs up|smiley)(?: back)?|acknowledged|liked it|noted)[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** An answer that is only a courtesy ("Thanked us", "Sent a photo back"): they saw our message, and had nothing to say. */
    public static boolean saysOnlyCourtesy(String outcome) {
        return outcome != null && COURTESY.matcher(outcome).find();
    }

    /** The words say a review was written ("Review posted", "left us a five-star review"). */
    public static boolean saysReviewWritten(String text) {
        return text != null && (saysReviewed(text) || found(REVIEW_DONE, text));
    }

    // ---- something of ours under way: a set-up, a guide sent again, a repair, a proposal, a demo, a reassurance ----

    private static final String[] UNDER_WAY_HINTS = {"kick", "onboarding", "go-live", "training", "again", "warranty", "rma", "proposal", "demo", "reassur",
            "give it a"};
    private static final Pattern SETUP_STARTED = Pattern.compile(
            "\\b(kick-?off(?: meeting| call| session)?(?: is)? (?:set|scheduled|booked|planned|arranged|fixed) for\\b[^.;]{0,30}"
                    + "|training(?: day| session)?[;,]?(?: is)? (?:set|scheduled|booked|planned|arranged|fixed)(?: with [^.;]{1,40}?)? for\\b[^.;]{0,30}"
                    + "|handed (?:it )?over to (?:the |our )?onboarding(?: team)?|introduced the onboarding lead"
                    + "|go-live (?:date )?(?:set|confirmed|planned|scheduled|booked)[^.;]{0,30}|onboarding (?:starts|booked|scheduled)[^.;]{0,30})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SETUP_PROGRESS = Pattern.compile(
            "\\b(onboarding kick-?off with|kick-?off (?:held|done|went|took place|meeting held)|went live|(?:is|now) live|live for|up and running"
                    + "|(?:all|every|both) (?:\\w+ )?(?:teams?|drivers|users|staff|vans|sites|depots) (?:are )?now on|everyone (?:is )?now on"
                    + "|week-one check|training (?:done|held|went)|trained (?:the |their |all |every )?[\\w-]*\\s*(?:team|teams|staff|users|drivers|dispatchers)"
                    + "|(?:configuration|set-?up) (?:done|finished|complete))\\b",
            Pattern.CASE_INSENSITIVE);
    /** News of a roll-out since it began that leaves something open: some still on the old way, or a plan agreed for the rest. */
    private static final Pattern ROLLOUT_LEFT = Pattern.compile(
            "\\b(still (?:on paper|on (?:the )?old [\\w-]+|using (?:paper|spreadsheets|the old [\\w-]+))"
                    + "|(?:a few|some|several|two|three|four|half (?:the|of the)) (?:[\\w-]+ ){0,2}?(?:drivers|users|staff|vans|sites|depots|teams?|dispatchers|engineers|technicians|people) (?:are )?still\\b[^.;,]{0,30}"
                    + "|agreed (?:a|the|on a) (?:[\\w-]+ )?plan)\\b",
            Pattern.CASE_INSENSITIVE);
    /** News of how a roll-out is going since it began: it went live ("a few days after go-live"). */
    private static final Pattern ROLLOUT_NEWS = Pattern.compile(
            "\\b(?:(?:days?|weeks?) )?(?:after|since|into) (?:the )?go-?live\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GUIDE_AGAIN = Pattern.compile(
            "\\b(?:sent|send|resent|re-sent|emailed|went through|walked (?:\\w+ )?through) (?:\\w+ )?(?:the |a |our )?(?:[\\w-]+ ){0,3}?"
                    + "(?:guide|instructions|manual|video|leaflet|card|walk-?through) (?:again|a second time)\\b"
                    + "|\\bre-?sent (?:\\w+ )?(?:the |a |our )(?:[\\w-]+ ){0,3}?(?:guide|instructions|manual|video)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPAIR = Pattern.compile("\\b(warranty (?:claim|replacement|repair)|RMA)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPAIR_UNDER_WAY = Pattern.compile(
            "\\b((?<!not )covered|engineer (?:booked|coming|visit booked|on (?:the|their) way)|replacements? (?:ordered|on (?:its|their) way|shipped)"
                    + "|RMA opened|sent (?:it|them) (?:away|off)(?: for repair)?|claim (?:sent|submitted|lodged|chased|with the maker))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUR_PROPOSAL_SENT = Pattern.compile(
            "\\bproposal (?:for|on|about) (?:the |our |a )?(.{2,60}?) (?:sent|emailed|went out|posted)\\b"
                    + "|\\bsent (?:\\p{Lu}[\\p{L}'-]+ |them |him |her )?(?:the |our |a )?(?:([\\p{L}][\\p{L} &-]{1,40}?) )?proposal(?: for (?:the |our |a )?([^.;,]{2,60}?))?(?=[.;,]|$| to )",
            Pattern.CASE_INSENSITIVE);
    /** An answer to a proposal, or words that it is being thought over (an offer pending, not a proposal gone unanswered). */
    private static final Pattern PROPOSAL_ANSWERED = Pattern.compile(
            "\\b(think|thinking|approv|decid|decision|budget|agreed|signed|declin|turned|no thanks|not for|order|accepted|yes|questions?|call|meeting|replied|answered)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEMO_BOOKED = Pattern.compile(
            "\\b(demo (?:is )?booked|booked (?:a|the|them a|\\p{Lu}[\\p{L}'-]+ a|in a) demo|demo (?:is )?(?:set|scheduled|arranged) for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEMO = Pattern.compile("\\bdemo(?:ed|'d|s)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASSURED = Pattern.compile(
            "\\b(reassured|reassurance given|put (?:their|her|his) mind at rest|will give it (?:a|another|two|three|a few) (?:days?|weeks?|months?))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GIVE_IT = Pattern.compile(
            "\\bgive it (a|another|two|three|a few) (days?|weeks?|months?)\\b", Pattern.CASE_INSENSITIVE);

    /** The words of ours that start a set-up ("kick-off meeting set for Wednesday", "handed over to the onboarding team"), or null. */
    public static String setupStarted(String text) {
        if (!mayHold(text, UNDER_WAY_HINTS)) {
            return null;
        }
        Matcher m = SETUP_STARTED.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * A follow-up of ours that only sees a step put in the diary: "Check the kick-off is scheduled", "Book a home measure for
     * Margaret", "Make sure the demo is booked". Ticked off, it says the step was set, never that it took place.
     */
    private static final Pattern ONLY_SCHEDULES = Pattern.compile(
            "^\\s*(?:(?:check|make sure|confirm|see|ensure)\\s+(?:that\\s+)?[^.;]{1,50}?\\s+(?:is|are|has been|have been|gets|get|was)\\s+"
                    + "(?:(?:now|all|properly)\\s+)?(?:scheduled|booked|arranged|set|planned|fixed|in the diary)\\b"
                    + "|(?:book|schedule|arrange|plan|pencil in|fix a date for|find a date for)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** The follow-up's words only put a step in the diary (see {@link #ONLY_SCHEDULES}): done, it is no sign the step happened. */
    public static boolean onlySchedules(String reason) {
        return reason != null && ONLY_SCHEDULES.matcher(reason).find();
    }

    /** The words say a set-up moved on: the kick-off held, it went live, everyone now on it, or it is finished. */
    public static boolean saysSetupProgress(String text) {
        return found(SETUP_PROGRESS, text) || saysFinished(text);
    }

    /**
     * The words tell how a roll-out is going and leave something open ("a few drivers still on paper, agreed a plan"):
     * the piece left, else null.
     */
    public static String rolloutLeft(String text) {
        Matcher m = text == null ? null : ROLLOUT_LEFT.matcher(text);
        return m != null && m.find() ? m.group(1).strip() : null;
    }

    /** The words tell how a roll-out is going since it began ("a few days after go-live"), or leave something of it open. */
    public static boolean saysRolloutNews(String text) {
        return found(ROLLOUT_NEWS, text) || rolloutLeft(text) != null;
    }

    /** The words say we had to send a guide again ("Sent the video guide again"). */
    public static boolean saysGuideAgain(String text) {
        return mayHold(text, UNDER_WAY_HINTS) && found(GUIDE_AGAIN, text);
    }

    /** The words tell of a warranty claim or a return of ours under way ("Warranty claim … Covered; engineer booked", "RMA opened"). */
    public static boolean saysRepairUnderWay(String text) {
        return text != null && found(REPAIR, text) && found(REPAIR_UNDER_WAY, text);
    }

    /**
     * What a proposal we sent is for ("Proposal for the GPS trackers sent to …": "GPS trackers"; "Sent
     * the Premium support proposal": "Premium support"), "" when it names nothing, or null when the
     * words tell of no proposal sent.
     */
    public static String proposalSent(String text) {
        if (!mayHold(text, UNDER_WAY_HINTS)) {
            return null;
        }
        Matcher m = OUR_PROPOSAL_SENT.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int group = 1; group <= 3; group++) {
            if (m.group(group) != null && !m.group(group).isBlank()) {
                return m.group(group).strip();
            }
        }
        return "";
    }

    /** The outcome of a proposal sent says it was answered or is being thought over, not gone unanswered. */
    public static boolean saysProposalAnswered(String outcome) {
        return outcome != null && !outcome.isBlank() && !saysNoReply(outcome) && found(PROPOSAL_ANSWERED, outcome);
    }

    /** The words say a demo was booked for them ("Demo booked", "booked Jo a demo"). */
    public static boolean saysDemoBooked(String text) {
        return mayHold(text, UNDER_WAY_HINTS) && found(DEMO_BOOKED, text);
    }

    /** The words speak of a demo at all ("demoed the dash cams", "after the final demo"). */
    public static boolean speaksOfDemo(String text) {
        return found(DEMO, text);
    }

    /** The words say we reassured them ("Reassured; will give it a month"). */
    public static boolean saysReassured(String text) {
        return mayHold(text, UNDER_WAY_HINTS) && found(REASSURED, text);
    }

    /** How long they said they would give it ("will give it a month": 30), in days, or 0 when the words name no time. */
    public static int giveItDays(String text) {
        Matcher m = text == null ? null : GIVE_IT.matcher(text);
        if (m == null || !m.find()) {
            return 0;
        }
        int times = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three", "a few" -> 3;
            default -> 1;
        };
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return times * (unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 30);
    }

    /** A present they brought or sent us: the cake, chocolates, flowers. */
    private static final Pattern THEIR_GIFT = Pattern.compile(
            "\\b(?:brought|bringing|dropped (?:by|in|off)(?: [\\p{L}]+){0,3}? with|popped (?:by|in)(?: [\\p{L}]+){0,3}? with|came (?:by|in)(?: [\\p{L}]+){0,3}? with|sent(?: us| the team)?|left(?: us| the team)?)"
                    + "(?: us| the team)? (?:a |an |some |home-?made |homemade |a box of |a bunch of |a bottle of )*(cake|cupcakes|biscuits|cookies|chocolates?|flowers|"
                    + "pastries|doughnuts|donuts|treats|sweets)\\b", Pattern.CASE_INSENSITIVE);
    /** Their thanks said as such: "to say thanks for looking after them", "a thank-you card", "wanted to thank the team". */
    private static final Pattern THEIR_THANKS = Pattern.compile(
            "\\b(?:to say (?:thanks|thank you)|thank-?you (?:card|note|gift|present)|wanted to thank|came in to thank|called to thank|rang to thank"
                    + "|(?:just )?to thank (?:us|the team|everyone))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Their own thanks in a contact of theirs: a present brought for the team ("dropped by with cake for the team"), or
     * thanks said for its own sake ("came in to say thank you"); the thing itself ("the cake"), or "their kind words"
     * when nothing was brought. Null when it holds neither: a "thanked us" in reply to a note of ours is politeness, not this.
     */
    public static String theirThanks(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        Matcher gift = THEIR_GIFT.matcher(summary);
        if (gift.find()) {
            String thing = gift.group(1).toLowerCase(java.util.Locale.ROOT);
            return "the " + thing;
        }
        return THEIR_THANKS.matcher(summary).find() ? "their kind words" : null;
    }
}
