package app.rapport.domain.brief;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a talking point does in the conversation, so that the brief's coherence policy can keep a
 * frame whole: under "no-offer" or "only-what-needed" nothing {@link #SELL}s and nothing asks for
 * {@link #ADVOCACY} (a review, a referral); an avoid line can forbid intents. The playbook declares
 * the intent of its lines; a line without one is classified by its words ({@link #guess}), which
 * is also how the brief critic reads lines an owner wrote.
 */
public enum LineIntent {
    /** Offers, upsells, complementary products, upgrades, promotions. */
    SELL,
    /** Asks for a review, a referral, a testimonial, their story. */
    ADVOCACY,
    /** Looks after them: how it is going, fixing, reassuring. */
    CARE,
    /** Asks and listens: their needs, their feedback. */
    LISTEN,
    /** Tells them something useful: a tip, what comes with what they have. */
    INFORM,
    /** States a fact of this client's record the caller must have: a refusal, a competitor's weak spot, a due date. */
    FACT,
    /**
     * A step of ours, booked or promised, that the record does not show happened (a check, a visit, a session): ours to
     * own whatever the call is about, so no frame leaves it out as not serving the call (Camila's rattle check, read 38).
     */
    OWED;

    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201d]*\u201d");
    private static final Pattern SELLS = Pattern.compile(
            "\\b(upsell\\w*|upgrades?|complementary|promotions?|(?<!referral )discounts?|special offers?|sell\\w*|buy (another|more|again)"
                    + "|suggest (one|a|an|the) (\\w+ )?(product|service|plan|package|treatment|add-on)"
                    + "|propose the option|offer(ing|s)? (anything|more|something)|any offers?"
                    + "|offer (them )?(a|an|one|our|the) (new |better |bigger )?(product|service|upgrade|deal|package|plan|bundle))\\b",
            Pattern.CASE_INSENSITIVE);
    // A referral code or voucher we give them (and its discount) is ours to send, not a referral asked of them nor a sale.
    private static final Pattern ASKS_ADVOCACY = Pattern.compile(
            "\\b((write|leave|ask (them )?for|share|give( us)?|post) (us )?(an? )?(short |quick |online |google )?reviews?|review (link|site|page)"
                    + "|referrals?(?! (discount )?(codes?|vouchers?|rewards?|credits?))|refer (us|a friend|someone)|recommend (us|it to)|testimonials?|share their (story|experience)"
                    + "|friend or colleague)\\b",
            Pattern.CASE_INSENSITIVE);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LineIntent> fromCode(String code) {
        for (LineIntent intent : values()) {
            if (intent.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    /** The intent a line's words show: selling and asking for advocacy are recognised, anything else is care. */
    public static LineIntent guess(String text) {
        if (text == null) {
            return CARE;
        }
        // the record's own words, quoted ("Will wait for a promotion"), say what happened, not what this line does
        text = QUOTED.matcher(text).replaceAll("");
        if (ASKS_ADVOCACY.matcher(text).find()) {
            return ADVOCACY;
        }
        if (SELLS.matcher(text).find()) {
            return SELL;
        }
        return CARE;
    }

    /** True for the intents an offer policy other than "offer-new" keeps out. */
    public boolean promotes() {
        return this == SELL || this == ADVOCACY;
    }
}
