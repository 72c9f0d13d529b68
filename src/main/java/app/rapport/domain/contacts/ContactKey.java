package app.rapport.domain.contacts;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.SearchTokens;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What two records of the same person share: phone numbers (their E.164 form, see
 * {@link PhoneNumbers#matchKey}, so "+49 151 2345 6789" and "0151 23456789" read in Germany agree,
 * and a French landline never matches a German mobile), email addresses without case, and the
 * name's words without accents, case or order ("Smith, Ada" is "Ada Smith").
 */
public record ContactKey(UUID id, String displayName, String nameKey, Set<String> phones, Set<String> emails) {
    /** What separates a name's words: compiled once, as every row of an import makes a key. */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The key of a client whose numbers are read in {@code region}. */
    public static ContactKey of(Client client, String region) {
        return of(client, typed -> PhoneNumbers.matchKey(typed, region));
    }

    /**
     * The key of a client whose numbers' match keys {@code phoneKeys} gives (see
     * {@link PhoneNumbers#matchKey}; null for none): a file's import reads each distinct number once.
     */
    public static ContactKey of(Client client, Function<String, String> phoneKeys) {
        Set<String> phoneKeySet = new LinkedHashSet<>();
        for (ContactPoint phone : client.phones()) {
            String key = phoneKeys.apply(phone.value());
            if (key != null) {
                phoneKeySet.add(key);
            }
        }
        Set<String> emailKeys = new LinkedHashSet<>();
        for (ContactPoint email : client.emails()) {
            addEmail(emailKeys, email.value());
        }
        return new ContactKey(client.id(), client.displayName(), nameKey(client.displayName()), phoneKeySet, emailKeys);
    }

    /** The key of a stored client, whose phones' match keys were worked out when they were saved. */
    public static ContactKey of(UUID id, String displayName, Iterable<String> phoneKeys, Iterable<String> emails) {
        Set<String> phones = new LinkedHashSet<>();
        phoneKeys.forEach(phones::add);
        Set<String> emailKeys = new LinkedHashSet<>();
        for (String email : emails) {
            addEmail(emailKeys, email);
        }
        return new ContactKey(id, displayName, nameKey(displayName), phones, emailKeys);
    }

    private static void addEmail(Set<String> emailKeys, String email) {
        if (email != null && !email.isBlank()) {
            emailKeys.add(email.strip().toLowerCase(Locale.ROOT));
        }
    }

    static String nameKey(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = WORD_SEPARATORS.split(SearchTokens.normalise(name));
        Arrays.sort(words);
        StringBuilder key = new StringBuilder(name.length());
        for (String word : words) {
            if (!word.isEmpty()) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.toString();
    }
}
