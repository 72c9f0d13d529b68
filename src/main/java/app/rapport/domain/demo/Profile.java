package app.rapport.domain.demo;

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

    /** Moods per kind of touchpoint: EXCITED, HAPPY, NEUTRAL, DOUBTFUL, FRUSTRATED, REGRETFUL. */
    static final int[][] MOOD_WEIGHTS = {
            {10, 32, 43, 13, 2, 0},   // ENQUIRY
            {38, 45, 13, 3, 0, 1},    // SALE
            {18, 42, 22, 14, 3, 1},   // AFTER
            {26, 55, 16, 2, 0, 1},    // THANKS
            {0, 4, 14, 45, 12, 25},   // DOUBT
            {0, 0, 8, 24, 52, 16},    // COMPLAINT
            {6, 52, 32, 7, 3, 0},     // FIX
            {16, 46, 30, 6, 1, 1},    // VALUE
            {9, 44, 34, 9, 3, 1},     // CHECKIN
            {2, 26, 64, 6, 2, 0},     // INFO
            {22, 56, 20, 1, 1, 0},    // RELATION
            {16, 36, 34, 12, 1, 1},   // OFFER
            {0, 8, 50, 26, 9, 7},     // REFUSAL
            {6, 36, 40, 13, 4, 1},    // RENEWAL
            {38, 54, 8, 0, 0, 0},     // REFERRAL
            {22, 50, 24, 3, 1, 0},    // COLLAB
            {5, 44, 47, 2, 2, 0},     // BOOKING
            {0, 18, 40, 22, 15, 5},   // WARRANTY
    };

    /** Per kind: percentage of touchpoints the client started. */
    static final int[] INBOUND_PCT = {88, 60, 10, 5, 75, 90, 20, 4, 10, 3, 40, 12, 18, 20, 55, 15, 60, 88};
    /** Per kind: percentage of touchpoints that set a next step. */
    static final int[] FOLLOW_PCT = {32, 18, 14, 4, 35, 60, 18, 5, 12, 0, 3, 40, 25, 45, 15, 20, 8, 40};

    record ProductSpec(String name, String category, Complexity complexity, BigDecimal price, long priceCents,
                       int group, int warrantyMonths, int renewalMonths, String ref, int weight,
                       int[] companions, int[] upsells, int issuePct, int maxQty) {
    }

    record FreeText(String description, String ref, long cents, int group) {
    }

    record Card(String text, String evidence) {
    }

    record CompetitorSpec(String name, String website, String area, PriceLevel priceLevel, String notes, Card[][] swot) {
    }

    final String key;
    final ProductSpec[] products;
    final int[] productCum;
    final FreeText[] freeTexts;
    final CompetitorSpec[] competitors;
    final Card[][] usSwot;

    final Tpl[][][] summaries = new Tpl[TYPES][][];
    final Tpl[][][] outcomes = new Tpl[TYPES][][];
    final Tpl[][] followReasons = new Tpl[TYPES][];
    final Tpl[][] opportunities = new Tpl[OpportunityKind.values().length][];
    final Tpl[][] reasons;           // by refusal reason code, in REASON_CODES order
    final Tpl[][] linkNotes = new Tpl[CompetitorRelation.values().length][];
    final Tpl[][] moodTails = new Tpl[Mood.values().length][];
    final Tpl[] notes;
    final Map<String, Tpl[]> tagNotes = new HashMap<>();

    final String[] staff;
    final String[] tags;
    final String[] customKeys;
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

        for (int t = 0; t < TYPES; t++) {
            String base = "T." + TYPE_KEYS[t];
            Tpl[][] byGroup = new Tpl[groups][];
            for (int g = 0; g < groups; g++) {
                String[] lines = text.get(base + "/" + g);
                if (lines == null) {
                    lines = need(text, base);
                }
                byGroup[g] = Tpl.all(lines);
            }
            summaries[t] = byGroup;
            Tpl[][] outByGroup = new Tpl[groups][];
            for (int g = 0; g < groups; g++) {
                String[] lines = text.get("O." + TYPE_KEYS[t] + "/" + g);
                outByGroup[g] = Tpl.all(lines != null ? lines : need(text, "O." + TYPE_KEYS[t]));
            }
            outcomes[t] = outByGroup;
            String[] reasonsForType = text.get("F." + TYPE_KEYS[t]);
            followReasons[t] = Tpl.all(reasonsForType != null ? reasonsForType : need(shared, "F.ANY"));
        }
        for (OpportunityKind kind : OpportunityKind.values()) {
            opportunities[kind.ordinal()] = Tpl.all(need(text, "OPP." + kind.name()));
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
        tags = need(text, "TAGS");
        for (String tag : tagNotes.keySet()) {
            if (!java.util.Arrays.asList(tags).contains(tag)) {
                throw new IllegalStateException(key + ": note for unknown tag " + tag);
            }
        }
        String[] customLines = need(text, "CUSTOM");
        customKeys = new String[customLines.length];
        customValues = new String[customLines.length][];
        for (int i = 0; i < customLines.length; i++) {
            String[] kv = customLines[i].split("=", 2);
            customKeys[i] = kv[0].strip();
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

    // name | category | SIMPLE/COMPLEX | price | group | warranty months | renewal months | ref | weight
    //      | companions | upsells | issue % | max quantity
    private static ProductSpec[] parseProducts(String[] lines) {
        ProductSpec[] out = new ProductSpec[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = splitTrim(lines[i], "|");
            if (f.length != 13) {
                throw new IllegalStateException("Product line needs 13 fields: " + lines[i]);
            }
            BigDecimal price = new BigDecimal(f[3]).setScale(2);
            out[i] = new ProductSpec(f[0], f[1], Complexity.valueOf(f[2]), price, price.movePointRight(2).longValueExact(),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], Integer.parseInt(f[8]),
                    ints(f[9]), ints(f[10]), Integer.parseInt(f[11]), Integer.parseInt(f[12]));
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
