package app.rapport.demo;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything that makes one kind of business look like itself: products, competitors, SWOT cards,
 * what is said at each kind of touchpoint, and the weights that shape its clients. Built once per
 * business from a block of text and a few tables; read-only afterwards, so generators share it.
 */
final class Profile {

    // Kinds of touchpoint the generator plans; each has its own sentences, channels and moods.
    static final int ENQUIRY = 0;
    static final int SALE = 1;
    static final int AFTER = 2;
    static final int THANKS = 3;
    static final int DOUBT = 4;
    static final int COMPLAINT = 5;
    static final int FIX = 6;
    static final int VALUE = 7;
    static final int CHECKIN = 8;
    static final int INFO = 9;
    static final int RELATION = 10;
    static final int OFFER = 11;
    static final int REFUSAL = 12;
    static final int RENEWAL = 13;
    static final int REFERRAL = 14;
    static final int COLLAB = 15;
    static final int BOOKING = 16;
    static final int WARRANTY = 17;
    static final int TYPES = 18;

    static final String[] TYPE_KEYS = {"ENQUIRY", "SALE", "AFTER", "THANKS", "DOUBT", "COMPLAINT", "FIX", "VALUE",
            "CHECKIN", "INFO", "RELATION", "OFFER", "REFUSAL", "RENEWAL", "REFERRAL", "COLLAB", "BOOKING", "WARRANTY"};

    /**
     * Moods per kind of touchpoint: EXCITED, HAPPY, NEUTRAL, DOUBTFUL, FRUSTRATED, REGRETFUL. Frustration
     * comes only with a complaint (which is always on record) and regret only with a complaint or second
     * thoughts, so a mood never turns sour without a reason the owner can read; a fix calms things down.
     * Saying no to an offer or asking about something new is seldom a sign of doubt about us.
     */
    static final int[][] MOOD_WEIGHTS = {
            {10, 34, 49, 7, 0, 0},    // ENQUIRY
            {38, 45, 14, 3, 0, 0},    // SALE
            {18, 42, 22, 18, 0, 0},   // AFTER
            {26, 55, 17, 2, 0, 0},    // THANKS
            {0, 0, 14, 61, 0, 25},    // DOUBT
            {0, 0, 0, 28, 56, 16},    // COMPLAINT
            {0, 60, 40, 0, 0, 0},     // FIX
            {16, 46, 31, 7, 0, 0},    // VALUE
            {9, 44, 35, 12, 0, 0},    // CHECKIN
            {0, 26, 68, 6, 0, 0},     // INFO
            {22, 56, 21, 1, 0, 0},    // RELATION
            {16, 38, 40, 6, 0, 0},    // OFFER
            {0, 20, 72, 8, 0, 0},     // REFUSAL
            {6, 36, 41, 17, 0, 0},    // RENEWAL
            {38, 54, 8, 0, 0, 0},     // REFERRAL
            {22, 50, 25, 3, 0, 0},    // COLLAB
            {5, 44, 49, 2, 0, 0},     // BOOKING
            {0, 18, 45, 37, 0, 0},    // WARRANTY
    };

    /** Per kind: percentage of touchpoints the client started. */
    static final int[] INBOUND_PCT = {88, 60, 10, 5, 75, 90, 20, 4, 10, 3, 40, 12, 18, 20, 55, 15, 60, 88};
    /** Per kind: percentage of our emails and messages the client answers (the rest get no reply, and so no mood). */
    static final int[] REPLY_PCT = {75, 90, 70, 45, 85, 85, 75, 35, 60, 30, 55, 60, 90, 65, 70, 60, 70, 85};
    /** Per kind: percentage of touchpoints that set a next step. */
    static final int[] FOLLOW_PCT = {32, 18, 14, 4, 35, 60, 18, 5, 12, 0, 3, 40, 25, 45, 15, 20, 8, 40};

    record ProductSpec(String name, String category, Complexity complexity, BigDecimal price, long priceCents,
                       int group, int warrantyMonths, int renewalMonths, String ref, int weight,
                       int[] companions, int[] upsells, int issuePct, int maxQty, boolean companionOnly) {
    }

    /** A complaint, the fix that answers it, and the line it goes on record with. */
    record ComplaintStory(Tpl complaint, Tpl fix, Tpl summary) {
    }

    record FreeText(String description, String ref, long cents, int group) {
    }

    record Card(String text, String evidence) {
    }

    record CompetitorSpec(String name, String website, String area, PriceLevel priceLevel, String notes, Card[][] swot) {
    }

    /** A rating from 1 to 5 with a short note. */
    record Rated(int rating, String note) {
    }

    /** One factor of the positioning table: how we do, then each competitor in @COMPETITORS order. */
    record FactorLine(String factor, Rated us, Rated[] competitors) {
    }

    final String key;
    final ProductSpec[] products;
    final int[] productCum;
    final FreeText[] freeTexts;
    final CompetitorSpec[] competitors;
    final Card[][] usSwot;
    final FactorLine[] positioning;

    final Tpl[][][] summaries = new Tpl[TYPES][][];
    final Tpl[][][] outcomes = new Tpl[TYPES][][];
    final Tpl[][] followReasons = new Tpl[TYPES][];
    final Tpl[][] opportunities = new Tpl[OpportunityKind.values().length][];
    final Tpl[][] reasons;           // by refusal reason code, in REASON_CODES order
    final Tpl[][] linkNotes = new Tpl[CompetitorRelation.values().length][];
    final Tpl[][] moodTails = new Tpl[Mood.values().length][];
    final Tpl[] notes;
    final Map<String, Tpl[]> tagNotes = new HashMap<>();
    /** Complaints with their fixes, per product group. */
    final ComplaintStory[][] complaintStories;

    final String[] staff;
    final String[] tags;
    /** What each tag says about the client: its flags, from markers such as [nophotos] before the tag. */
    final Tpl[] tagInfo;
    /** Next steps for any kind of touchpoint, with no product in them. */
    final Tpl[] followAny;
    /** What we said when a client asked for something. */
    final Tpl[] requestOutcomes;
    final String[] customKeys;
    /** What each custom field needs to be true of the client (markers before its key, as on a sentence). */
    final Tpl[] customNeeds;
    final String[][] customValues;
    final String[] sources;
    final int[] sourceCum;
    final int[][] channelCum = new int[TYPES][];
    final int[] preferredChannelCum;
    final int[] fillerCum;
    final int[] prospectFillerCum;
    final String[] companyWords;
    final String[] companyKinds;
    final String[] companyWordsAscii;
    final String[] companyKindsAscii;

    // Shape of the client base.
    int companyPct;
    int femalePct;
    int nicknamePct;
    int honorificPct;
    int ageMin;
    int ageMax;
    int[] localeCum;
    int companionPct;
    int maxGroups;
    /** Bit g set when products of group g are what conversations are about (not add-ons or plans). */
    int anchorGroups = 1;
    /** Bit g set when buying a product of group g is followed by booking its delivery or installation. */
    int bookingGroups = 0;
    /** Bit g set when products of group g serve another product (a plan, a service), so are bought only beside one. */
    int serviceGroups = 0;
    /** How many of People.WEEKDAYS the business works (5: not on Saturdays). */
    int weekdays = 6;
    /** Bit g set when a product of group g is an appointment, often booked a few days ahead. */
    int appointmentGroups = 0;
    /** Whether clients buy the same product again (a haircut, more tablets); not a second oven. */
    boolean repeatPurchases = true;

    static final String[] REASON_CODES = {"PRICE", "TIMING", "NO_NEED", "COMPETITOR", "QUALITY", "OTHER"};

    Profile(String key, Map<String, String[]> text, Map<String, String[]> shared, int[][] channelWeights,
            int[] preferredChannelWeights, int[] fillerWeights, int[] prospectFillerWeights) {
        this.key = key;
        this.products = parseProducts(need(text, "PRODUCTS"));
        this.productCum = new int[products.length];
        int acc = 0;
        int groups = 1;
        for (int i = 0; i < products.length; i++) {
            acc += products[i].weight();
            productCum[i] = acc;
            groups = Math.max(groups, products[i].group() + 1);
        }
        this.maxGroups = groups;
        this.freeTexts = parseFreeTexts(need(text, "FREETEXT"));
        this.competitors = parseCompetitors(text);
        this.usSwot = parseSwot(text, "SWOT.us");
        this.positioning = parsePositioning(need(text, "POSITIONING"), competitors.length);
        this.complaintStories = new ComplaintStory[groups][];
        for (int g = 0; g < groups; g++) {
            String[] lines = text.get("STORY.COMPLAINT/" + g);
            complaintStories[g] = parseStories(lines != null ? lines : need(text, "STORY.COMPLAINT"));
        }

        // One sentence is one Tpl however many groups and kinds share it: a client is never told the same thing
        // twice, and a sentence parsed once per group had an id per group (two "closed for staff training" notices).
        Map<String, Tpl> said = new HashMap<>();
        for (int t = 0; t < TYPES; t++) {
            String base = "T." + TYPE_KEYS[t];
            Tpl[][] byGroup = new Tpl[groups][];
            for (int g = 0; g < groups; g++) {
                if (t == COMPLAINT || t == FIX) {
                    ComplaintStory[] stories = complaintStories[g];
                    byGroup[g] = new Tpl[stories.length];
                    for (int i = 0; i < stories.length; i++) {
                        byGroup[g][i] = t == COMPLAINT ? stories[i].complaint() : stories[i].fix();
                    }
                    continue;
                }
                String[] lines = forGroup(text, base, g);
                byGroup[g] = new Tpl[lines.length];
                for (int i = 0; i < lines.length; i++) {
                    byGroup[g][i] = said.computeIfAbsent(lines[i], Tpl::of);
                }
            }
            summaries[t] = byGroup;
            Tpl[][] outByGroup = new Tpl[groups][];
            for (int g = 0; g < groups; g++) {
                outByGroup[g] = Tpl.all(forGroup(text, "O." + TYPE_KEYS[t], g));
            }
            outcomes[t] = outByGroup;
            String[] reasonsForType = text.get("F." + TYPE_KEYS[t]);
            followReasons[t] = Tpl.all(reasonsForType != null ? reasonsForType : need(shared, "F.ANY"));
        }
        followAny = Tpl.all(need(shared, "F.ANY"));
        requestOutcomes = Tpl.all(need(shared, "O.REQUEST"));
        for (OpportunityKind kind : OpportunityKind.values()) {
            // A complaint goes on record with the line of its story.
            opportunities[kind.ordinal()] = kind == OpportunityKind.COMPLAINT ? new Tpl[0] : Tpl.all(need(text, "OPP." + kind.name()));
        }
        reasons = new Tpl[REASON_CODES.length][];
        for (int i = 0; i < REASON_CODES.length; i++) {
            reasons[i] = Tpl.all(need(text, "WHY." + REASON_CODES[i]));
        }
        for (CompetitorRelation relation : CompetitorRelation.values()) {
            String[] own = text.get("LINK." + relation.name());
            linkNotes[relation.ordinal()] = Tpl.all(own != null ? own : need(shared, "LINK." + relation.name()));
        }
        for (Mood mood : Mood.values()) {
            moodTails[mood.ordinal()] = Tpl.all(need(shared, "TAIL." + mood.name()));
        }
        notes = Tpl.all(need(text, "NOTES"));
        text.forEach((k, v) -> {
            if (k.startsWith("NOTE.")) {
                tagNotes.put(k.substring(5), Tpl.all(v));
            }
        });
        staff = need(text, "STAFF");
        tagInfo = Tpl.all(need(text, "TAGS"));
        tags = new String[tagInfo.length];
        for (int i = 0; i < tagInfo.length; i++) {
            tags[i] = tagInfo[i].text();
        }
        for (String tag : tagNotes.keySet()) {
            if (!java.util.Arrays.asList(tags).contains(tag)) {
                throw new IllegalStateException(key + ": note for unknown tag " + tag);
            }
        }
        String[] customLines = need(text, "CUSTOM");
        customKeys = new String[customLines.length];
        customNeeds = new Tpl[customLines.length];
        customValues = new String[customLines.length][];
        for (int i = 0; i < customLines.length; i++) {
            String[] kv = customLines[i].split("=", 2);
            customNeeds[i] = Tpl.of(kv[0]);
            customKeys[i] = customNeeds[i].text();
            customValues[i] = splitTrim(kv[1], ";");
        }
        String[] sourceLines = need(text, "SOURCES");
        sources = new String[sourceLines.length];
        sourceCum = new int[sourceLines.length];
        acc = 0;
        for (int i = 0; i < sourceLines.length; i++) {
            String[] sw = sourceLines[i].split("\\|");
            sources[i] = sw[0].strip();
            acc += Integer.parseInt(sw[1].strip());
            sourceCum[i] = acc;
        }
        companyWords = need(text, "COMPANY.WORDS");
        companyKinds = need(text, "COMPANY.KINDS");
        companyWordsAscii = new String[companyWords.length];
        for (int i = 0; i < companyWords.length; i++) {
            companyWordsAscii[i] = People.ascii(companyWords[i]);
        }
        companyKindsAscii = new String[companyKinds.length];
        for (int i = 0; i < companyKinds.length; i++) {
            companyKindsAscii[i] = People.ascii(companyKinds[i]);
        }

        if (channelWeights.length != TYPES || fillerWeights.length != TYPES || prospectFillerWeights.length != TYPES) {
            throw new IllegalStateException(key + ": one weight per kind of touchpoint expected");
        }
        for (int t = 0; t < TYPES; t++) {
            if (channelWeights[t].length != Channel.values().length) {
                throw new IllegalStateException(key + ": channel weights for " + TYPE_KEYS[t]);
            }
            channelCum[t] = cumulative(channelWeights[t]);
        }
        preferredChannelCum = cumulative(preferredChannelWeights);
        fillerCum = cumulative(fillerWeights);
        prospectFillerCum = cumulative(prospectFillerWeights);
    }

    static int[] cumulative(int[] weights) {
        int[] cum = new int[weights.length];
        int acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            cum[i] = acc;
        }
        if (acc <= 0) {
            throw new IllegalStateException("weights add up to nothing");
        }
        return cum;
    }

    /** Index drawn with probability proportional to the weights whose running sums are {@code cum}. */
    static int pick(int[] cum, java.util.SplittableRandom r) {
        int x = r.nextInt(cum[cum.length - 1]);
        int i = 0;
        while (cum[i] <= x) {
            i++;
        }
        return i;
    }

    /** The section for product group g: KEY/g, else KEY/0 (what the main products say), else KEY. */
    private static String[] forGroup(Map<String, String[]> text, String key, int g) {
        String[] lines = text.get(key + "/" + g);
        if (lines == null && g != 0) {
            lines = text.get(key + "/0");
        }
        return lines != null ? lines : need(text, key);
    }

    static String[] need(Map<String, String[]> text, String key) {
        String[] lines = text.get(key);
        if (lines == null || lines.length == 0) {
            throw new IllegalStateException("Demo text lacks section " + key);
        }
        return lines;
    }

    static String[] splitTrim(String s, String sep) {
        String[] parts = s.split(java.util.regex.Pattern.quote(sep), -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static int[] ints(String s) {
        if (s.isBlank()) {
            return new int[0];
        }
        String[] parts = splitTrim(s, ",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    // complaint || fix || the line it goes on record with
    private static ComplaintStory[] parseStories(String[] lines) {
        ComplaintStory[] out = new ComplaintStory[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = splitTrim(lines[i], "||");
            if (f.length != 3) {
                throw new IllegalStateException("A complaint story needs a complaint, a fix and a summary: " + lines[i]);
            }
            out[i] = new ComplaintStory(Tpl.of(f[0]), Tpl.of(f[1]), Tpl.of(f[2]));
        }
        return out;
    }

    // name | category | SIMPLE/COMPLEX | price | group | warranty months | renewal months | ref | weight
    //      | companions | upsells | issue % | max quantity [| companion-only]
    private static ProductSpec[] parseProducts(String[] lines) {
        ProductSpec[] out = new ProductSpec[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = splitTrim(lines[i], "|");
            if (f.length != 13 && !(f.length == 14 && f[13].equals("companion-only"))) {
                throw new IllegalStateException("Product line needs 13 fields (and maybe companion-only): " + lines[i]);
            }
            BigDecimal price = new BigDecimal(f[3]).setScale(2);
            out[i] = new ProductSpec(f[0], f[1], Complexity.valueOf(f[2]), price, price.movePointRight(2).longValueExact(),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], Integer.parseInt(f[8]),
                    ints(f[9]), ints(f[10]), Integer.parseInt(f[11]), Integer.parseInt(f[12]), f.length == 14);
        }
        for (ProductSpec p : out) {
            for (int c : p.companions()) {
                check(c, out.length, p.name());
            }
            for (int u : p.upsells()) {
                check(u, out.length, p.name());
            }
        }
        return out;
    }

    private static void check(int index, int size, String name) {
        if (index < 0 || index >= size) {
            throw new IllegalStateException("Bad product index " + index + " in " + name);
        }
    }

    // description | ref | price | group
    private static FreeText[] parseFreeTexts(String[] lines) {
        FreeText[] out = new FreeText[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = splitTrim(lines[i], "|");
            out[i] = new FreeText(f[0], f[1], new BigDecimal(f[2]).setScale(2).movePointRight(2).longValueExact(),
                    Integer.parseInt(f[3]));
        }
        return out;
    }

    // name | website | area | price level | notes
    private static CompetitorSpec[] parseCompetitors(Map<String, String[]> text) {
        String[] lines = need(text, "COMPETITORS");
        CompetitorSpec[] out = new CompetitorSpec[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = splitTrim(lines[i], "|");
            out[i] = new CompetitorSpec(f[0], f[1], f[2], PriceLevel.valueOf(f[3]), f[4], parseSwot(text, "SWOT." + i));
        }
        return out;
    }

    // factor | us | one cell per competitor, each "rating note"
    private static FactorLine[] parsePositioning(String[] lines, int competitorCount) {
        FactorLine[] out = new FactorLine[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = splitTrim(lines[i], "|");
            if (f.length != competitorCount + 2) {
                throw new IllegalStateException("POSITIONING line " + (i + 1) + " needs a factor, us and " + competitorCount + " competitors: " + lines[i]);
            }
            Rated[] competitors = new Rated[competitorCount];
            for (int c = 0; c < competitorCount; c++) {
                competitors[c] = rated(f[c + 2]);
            }
            out[i] = new FactorLine(f[0], rated(f[1]), competitors);
        }
        return out;
    }

    private static Rated rated(String cell) {
        int space = cell.indexOf(' ');
        int rating = Integer.parseInt(space < 0 ? cell : cell.substring(0, space));
        if (rating < 1 || rating > 5) {
            throw new IllegalStateException("A positioning rating is from 1 to 5: " + cell);
        }
        return new Rated(rating, space < 0 ? null : cell.substring(space + 1).strip());
    }

    static Card[][] parseSwot(Map<String, String[]> text, String prefix) {
        Card[][] out = new Card[Quadrant.values().length][];
        for (Quadrant q : Quadrant.values()) {
            String[] lines = need(text, prefix + "." + q.name());
            if (lines.length < 3) {
                throw new IllegalStateException(prefix + "." + q + " needs at least three cards");
            }
            Card[] cards = new Card[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String[] te = splitTrim(lines[i], "||");
                cards[i] = new Card(te[0], te.length > 1 ? te[1] : null);
            }
            out[q.ordinal()] = cards;
        }
        return out;
    }
}
