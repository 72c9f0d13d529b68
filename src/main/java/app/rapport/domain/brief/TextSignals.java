package app.rapport.domain.brief;

import app.rapport.domain.Channel;

import java.util.Optional;
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
    private static final Pattern NO_REPLY = Pattern.compile(
            "\\b(no (reply|answer|response|reaction)( yet)?|not answered|unanswered|did(n't| not) (reply|answer|respond|pick up|call back)"
                    + "|voice ?mail|left a (voice )?message|bounced|not picking up|went unanswered|never (replied|answered)"
                    + "|opened (it|the (e-?mail|message|link))|read (it|the message)|delivered|link clicked|clicked the link)\\b",
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
            "\\b(asked (us )?(for|about|if|whether|to)|asks (for|about|if|whether)|wants? (to|a|an|the|us to)|would like|requested|requests"
                    + "|(is |are )?looking for|interested in|needs? a (quote|price|proposal|date)|quote for|price for|can we|could we|enquir\\w+|inquir\\w+)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ANSWERED = Pattern.compile(
            "\\b(sent|answered|explained|told (them|her|him)|confirmed|booked|done|arranged|replied|gave|given|quoted|ordered|sorted"
                    + "|fixed|resolved|shown|walked (them|her|him) through|not covered|covered|approved)\\b",
            Pattern.CASE_INSENSITIVE);

    private TextSignals() {
    }

    /** Words one of which every no-reply phrase holds: a cheap look before the pattern (briefs read thousands of lines). */
    private static final String[] NO_REPLY_HINTS = {"repl", "answer", "respon", "reaction", "pick", "voice", "message", "bounce",
            "opened", "read ", "read the", "deliver", "click"};
    private static final String[] SETTLED_HINTS = {"fix", "resolv", "sort", "settl", "repair", "replac", "refund", "solv", "put right",
            "works", "all good", "problem gone"};

    /** The logged words say the client did not answer (a message unanswered, a call that reached voicemail). */
    public static boolean saysNoReply(String text) {
        return mayHold(text, NO_REPLY_HINTS) && found(NO_REPLY, text);
    }

    private static boolean found(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).find();
    }

    private static boolean mayHold(String text, String[] hints) {
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
            if (!NEGATION_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** A note whoever contacts the client must know before they do: a health matter, a "do not", a preference. */
    public static boolean isCaution(String text) {
        return found(CAUTION, text);
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

    private static final Pattern RATING = Pattern.compile("\\b(rated|rating|survey|\\d ?/ ?(5|10)|stars?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELIVERY = Pattern.compile(
            "\\b(deliver\\w*|install\\w*|fit(ting)?|collect\\w*|set[- ]?up|mount\\w*|hand[- ]?over|go[- ]live|kick-?off|onboard\\w*)\\b",
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

    /** A follow-up that reminds us to sell ("Offer the service plan again in the spring"), not a promise made to the client. */
    public static boolean saysSalesReminder(String text) {
        return found(SALES_REMINDER, text);
    }

    /** A rating or survey answer ("rated the visit 4/5"): feedback to act on, not a question they asked. */
    public static boolean saysRating(String text) {
        return found(RATING, text);
    }

    /** Words about getting what they bought to them: delivery, installation, collection, set-up, onboarding. */
    public static boolean saysDelivery(String text) {
        return found(DELIVERY, text);
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
}
