package app.rapport.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The topics a SWOT card is about, named like the default positioning factors (price, service,
 * ...), read from the words of the card. It lets the brief pair a competitor's weakness with the
 * strength of ours that answers it, and spot where they are stronger, without anyone tagging cards.
 * Words are matched by prefix ("repair" finds "repairs"), a keyword ending in a space as a whole
 * word ("fee " is no "feel"); a card may have several topics or none.
 */
public final class SwotTopics {
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Map<String, List<String>> KEYWORDS = orderedKeywords();

    private SwotTopics() {
    }

    private static Map<String, List<String>> orderedKeywords() {
        Map<String, List<String>> words = new java.util.LinkedHashMap<>();
        words.put("price", List.of("price", "pricing", "cheap", "cost", "expensive", "low-cost", "budget", "afford", "fee ", "fees",
                "discount", "per user", "per vehicle", "per visit", "undercut", "money"));
        words.put("promotions", List.of("promotion", "promo", "voucher", "coupon", "loyalty", "deal", "bundle", "bundling", "free",
                "offer", "sale", "gift", "trade-in"));
        words.put("service", List.of("service", "support", "repair", "install", "on-site", "onboarding", "set up", "set-up", "help",
                "warranty", "deliver", "after-sales", "aftercare", "advice", "response", "answer", "staff", "team", "booking",
                "appointment", "waiting", "wait", "implementation", "go-live", "migration", "rushed", "attention"));
        words.put("proximity", List.of("local", "near", "close to", "parking", "location", "region", "town", "street", "centre",
                "center", "home", "opening hours", "open late", "evening", "weekend", "drive", "travel", "offline", "van"));
        words.put("range", List.of("range", "choice", "selection", "brand range", "product", "feature", "suite", "integration",
                "stock", "model", "dispatch", "workflow", "colour", "color", "treatment", "menu", "catalog", "extensions",
                "accessor", "spare"));
        words.put("quality", List.of("quality", "reliab", "skilled", "expert", "experience", "durable", "outage", "careful", "result",
                "trained", "complex", "slow", "mistake", "consistent", "flexible", "modern", "simple"));
        words.put("brand", List.of("brand", "reputation", "known", "famous", "review", "trend", "image", "name", "community",
                "loyal", "instagram", "social", "word of mouth", "analyst", "marketing", "advertis"));
        return words;
    }

    /** The topics of a card's text, in the order price, promotions, service, proximity, range, quality, brand. */
    public static Set<String> of(String text) {
        Set<String> topics = new LinkedHashSet<>();
        if (text == null) {
            return topics;
        }
        String words = " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        for (Map.Entry<String, List<String>> topic : KEYWORDS.entrySet()) {
            for (String keyword : topic.getValue()) {
                if (words.contains(" " + keyword)) {
                    topics.add(topic.getKey());
                    break;
                }
            }
        }
        return topics;
    }

    /** Whether two cards share a topic. */
    public static boolean overlap(String a, String b) {
        Set<String> first = of(a);
        for (String topic : of(b)) {
            if (first.contains(topic)) {
                return true;
            }
        }
        return false;
    }
}
