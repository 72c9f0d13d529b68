package app.rapport.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised tokens that make a client findable by prefix: words of names and tags without
 * accents or case, email addresses and their parts, and every digit suffix of each phone number so
 * that "0142", "555 014" and "(555) 014-2231" all find the same client.
 */
public final class SearchTokens {
    public static final int MAX_TOKEN_LENGTH = 120;
    private static final int MIN_PHONE_FRAGMENT = 4;
    private static final int MAX_PHONE_DIGITS = 15;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_QUERY = Pattern.compile("[+()\\-./\\d]+");

    private SearchTokens() {
    }

    public static Set<String> forClient(Client client) {
        Set<String> tokens = new LinkedHashSet<>();
        addWords(tokens, client.displayName());
        addWords(tokens, client.firstName());
        addWords(tokens, client.lastName());
        addWords(tokens, client.companyName());
        addWords(tokens, client.addressAs());
        for (ContactPoint email : client.emails()) {
            String address = normalise(email.value()).strip();
            addToken(tokens, address);
            addWords(tokens, address);
        }
        for (String tag : client.tags()) {
            addToken(tokens, normalise(tag).strip());
            addWords(tokens, tag);
        }
        for (ContactPoint phone : client.phones()) {
            addPhoneSuffixes(tokens, digitsOf(phone.value()));
        }
        return tokens;
    }

    /** Query tokens: a client matches when each of them is a prefix of one of its tokens. */
    public static List<String> forQuery(String query) {
        List<String> tokens = new ArrayList<>();
        if (query == null) {
            return tokens;
        }
        for (String part : query.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.indexOf('@') >= 0) {
                addQueryToken(tokens, normalise(part));
            } else if (PHONE_QUERY.matcher(part).matches() && !digitsOf(part).isEmpty()) {
                addQueryToken(tokens, digitsOf(part));
            } else {
                for (String word : WORD_SEPARATORS.split(normalise(part))) {
                    addQueryToken(tokens, word);
                }
            }
        }
        return tokens;
    }

    /** Lower case without accents, so "Zoë" and "zoe" are the same word. */
    public static String normalise(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static void addWords(Set<String> tokens, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String word : WORD_SEPARATORS.split(normalise(text))) {
            addToken(tokens, word);
        }
    }

    private static void addPhoneSuffixes(Set<String> tokens, String digits) {
        String lastDigits = digits.length() > MAX_PHONE_DIGITS ? digits.substring(digits.length() - MAX_PHONE_DIGITS) : digits;
        for (int start = 0; start + MIN_PHONE_FRAGMENT <= lastDigits.length(); start++) {
            tokens.add(lastDigits.substring(start));
        }
    }

    private static void addToken(Set<String> tokens, String token) {
        if (!token.isEmpty()) {
            tokens.add(truncate(token));
        }
    }

    private static void addQueryToken(List<String> tokens, String token) {
        if (!token.isEmpty() && !tokens.contains(token)) {
            tokens.add(truncate(token));
        }
    }

    private static String truncate(String token) {
        return token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token;
    }
}
