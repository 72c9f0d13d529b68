package app.rapport.domain.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a person says the name of a thing from the catalogue: "the robot vacuum", not "Vento robot
 * vacuum"; "the fleet tracking licence", not "FieldLine Fleet Tracking licence (annual, 25
 * vehicles)". Sizes, packs and what is in brackets go, a brand goes when the name says enough
 * without it, a long name keeps its last words, and the words take the article a sentence needs.
 * The headline keeps the catalogue's name; the lines said aloud use this one.
 */
final class SpokenName {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
    private static final Pattern PACK = Pattern.compile("(?i)\\b(pack|set|box|case) of \\d+\\b");
    private static final Pattern UNIT = Pattern.compile("(?i)^(kg|g|cm|mm|m|ml|l|cl|litres?|liters?|w|kw|v|in|inch(es)?|\"|gb|tb|mb|hz|x|pcs?|pieces?|users?|seats?)$");
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(the|a|an|their|our|your|his|her|its|some)$");
    /** Words that keep their capital in a sentence: peoples, places and feasts. */
    private static final Set<String> PROPER = Set.of("american", "british", "english", "french", "italian", "german", "spanish", "swedish",
            "japanese", "european", "scandinavian", "irish", "scottish", "welsh", "dutch", "christmas", "easter", "sunday", "saturday");
    private static final int MOST_WORDS = 3;
    /** Words after which a long name says what goes with the thing, not what it is ("Kids' cut alongside parent"). */
    private static final Set<String> GOES_WITH = Set.of("alongside", "with", "for", "including", "plus", "incl.");

    private SpokenName() {
    }

    /**
     * The name as said in a sentence, with its article. {@code recentWords} is what was lately
     * written about the client, lower case: a first word that never appears there while the
     * rest of the name does is a brand ("Vento" of "Vento robot vacuum", where the notes say
     * "the robot vacuum").
     */
    static String of(String name, String recentWords) {
        if (name == null || name.isBlank()) {
            return "their purchase";
        }
        String plain = PACK.matcher(BRACKETS.matcher(name).replaceAll("")).replaceAll("").strip();
        String[] raw = SPACES.split(plain);
        List<String> words = new ArrayList<>();
        boolean brandBySize = false;
        for (int i = 0; i < raw.length; i++) {
            String word = raw[i];
            if (word.chars().anyMatch(Character::isDigit)) {
                brandBySize |= words.size() == 1; // "Nordvik 8 kg washing machine": a brand, then its size
                if (i + 1 < raw.length && UNIT.matcher(raw[i + 1]).matches()) {
                    i++;
                }
                continue;
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return "the " + plain;
        }
        if (DETERMINER.matcher(words.get(0)).matches()) {
            return String.join(" ", words);
        }
        if (words.size() >= 2 && isBrand(words, brandBySize, recentWords)) {
            words.remove(0);
        }
        if (words.size() > MOST_WORDS) {
            // the head of "Kids' cut alongside parent" comes before "alongside": its last words name no thing at all
            for (int i = 1; i < words.size(); i++) {
                if (GOES_WITH.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                    words = new ArrayList<>(words.subList(0, i));
                    break;
                }
            }
        }
        if (words.size() > MOST_WORDS) {
            boolean joined = words.contains("&") || words.contains("and");
            int keep = joined ? Math.min(words.size(), MOST_WORDS + 1) : 2;
            words = new ArrayList<>(words.subList(words.size() - keep, words.size()));
            if (words.get(0).equals("&") || words.get(0).equals("and")) {
                words.remove(0);
            }
        }
        List<String> said = new ArrayList<>();
        for (String word : words) {
            said.add(word.equals("&") ? "and" : inSentence(word));
        }
        String full = "the " + String.join(" ", said);
        if (recentWords != null && !recentWords.isEmpty() && !recentWords.contains(full.toLowerCase(Locale.ROOT))) {
            // The record says it shorter ("the oven" for "the built-in pyrolytic oven"): say it the way they do. A name of two
            // things joined ("short cut and finish") keeps both, and "the finish" of "the finished look" is no name of it.
            int joinedAt = said.indexOf("and");
            for (int from = 1; from < said.size() && (joinedAt < 0 || from < joinedAt); from++) {
                String shorter = "the " + String.join(" ", said.subList(from, said.size()));
                if (Pattern.compile("\\b" + Pattern.quote(shorter.toLowerCase(Locale.ROOT)) + "\\b").matcher(recentWords).find()) {
                    return shorter;
                }
            }
        }
        return full;
    }

    private static boolean isBrand(List<String> words, boolean bySize, String recentWords) {
        String first = words.get(0);
        if (!Character.isUpperCase(first.charAt(0)) || first.equals("&")) {
            return false;
        }
        if (bySize) {
            return true;
        }
        for (int i = 1; i < first.length(); i++) {
            if (Character.isUpperCase(first.charAt(i)) && !first.equals(first.toUpperCase(Locale.ROOT))) {
                return true; // "FieldLine"
            }
        }
        if (recentWords == null || recentWords.isEmpty()) {
            return false;
        }
        String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        String stem = head.length() > 4 ? head.substring(0, head.length() - 1) : head;
        return recentWords.contains(stem) && !recentWords.contains(first.toLowerCase(Locale.ROOT));
    }

    private static String inSentence(String word) {
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word; // GPS, ERP
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String root = lower.contains("-") ? lower.substring(0, lower.indexOf('-')) : lower;
        if (PROPER.contains(root)) {
            return word;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
        return capitalised ? lower : word;
    }
}
