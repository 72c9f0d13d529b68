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
    /** The shortest phone-digit suffix that is a token: a fragment must start at least this far from the end. */
    public static final int MIN_PHONE_FRAGMENT = 4;
    private static final int MAX_PHONE_DIGITS = 15;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_QUERY = Pattern.compile("[+()\\-./\\d]+");

    private SearchTokens() {
    }

    public static Set<String> forClient(Client client) {
        Set<String> tokens = wordsOf(List.of(nullToEmpty(client.displayName()), nullToEmpty(client.firstName()),
                        nullToEmpty(client.lastName()), nullToEmpty(client.companyName()), nullToEmpty(client.addressAs())),
                client.emails().stream().map(ContactPoint::value).toList(), client.tags());
        for (ContactPoint phone : client.phones()) {
            addPhoneSuffixes(tokens, digitsOf(phone.value()));
        }
        return tokens;
    }

    /**
     * The tokens of a client's names, email addresses and tags: every token but the phone
     * suffixes, which {@link #phoneMatches} answers from the digits themselves.
     */
    public static Set<String> wordsOf(List<String> names, List<String> emails, List<String> tags) {
        Set<String> tokens = new LinkedHashSet<>();
        names.forEach(name -> addWords(tokens, name));
        for (String email : emails) {
            String address = normalise(email).strip();
            addToken(tokens, address);
            addWords(tokens, address);
        }
        for (String tag : tags) {
            addToken(tokens, normalise(tag).strip());
            addWords(tokens, tag);
        }
        return tokens;
    }

    /** The digits of a phone that a fragment can be found in: the last fifteen, as for {@link #forClient}. */
    public static String searchableDigits(String digits) {
        return digits.length() > MAX_PHONE_DIGITS ? digits.substring(digits.length() - MAX_PHONE_DIGITS) : digits;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
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

    /** Whether {@code text} has at least {@code count} digits (0-9): {@code digitsOf(text).length() >= count} without making the string. */
    public static boolean hasDigits(String text, int count) {
        int found = 0;
        for (int i = 0; i < text.length() && found < count; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                found++;
            }
        }
        return found >= count;
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
        if (text == null || text.isEmpty()) {
            return;
        }
        // By hand rather than WORD_SEPARATORS.split: the search index splits every name of the book.
        String normalised = normalise(text);
        int start = -1;
        for (int i = 0; i <= normalised.length(); ) {
            int codePoint = i < normalised.length() ? normalised.codePointAt(i) : ' ';
            boolean inWord = isLetterOrNumber(codePoint);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addToken(tokens, normalised.substring(start, i));
                start = -1;
            }
            i += i < normalised.length() ? Character.charCount(codePoint) : 1;
        }
    }

    /** What {@code \p{L}} or {@code \p{N}} matches, as in {@link #WORD_SEPARATORS}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9') || (codePoint >= 'A' && codePoint <= 'Z');
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void addPhoneSuffixes(Set<String> tokens, String digits) {
        String lastDigits = searchableDigits(digits);
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
