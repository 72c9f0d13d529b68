package app.rapport.domain.contacts;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.SearchTokens;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What two records of the same person share: phone numbers (their last nine digits, so "+1 555
 * 0142 231" and "(555) 014-2231" agree), email addresses without case, and the name's words
 * without accents, case or order ("Smith, Ada" is "Ada Smith").
 */
public record ContactKey(UUID id, String displayName, String nameKey, Set<String> phones, Set<String> emails) {
    private static final int PHONE_DIGITS_COMPARED = 9;
    private static final int MIN_PHONE_DIGITS = 6;

    public static ContactKey of(Client client) {
        return of(client.id(), client.displayName(), client.phones().stream().map(ContactPoint::value).toList(),
                client.emails().stream().map(ContactPoint::value).toList());
    }

    public static ContactKey of(UUID id, String displayName, Iterable<String> phones, Iterable<String> emails) {
        Set<String> phoneKeys = new LinkedHashSet<>();
        for (String phone : phones) {
            String key = phoneKey(phone);
            if (key != null) {
                phoneKeys.add(key);
            }
        }
        Set<String> emailKeys = new LinkedHashSet<>();
        for (String email : emails) {
            if (email != null && !email.isBlank()) {
                emailKeys.add(email.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new ContactKey(id, displayName, nameKey(displayName), phoneKeys, emailKeys);
    }

    static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = SearchTokens.digitsOf(phone);
        if (digits.length() < MIN_PHONE_DIGITS) {
            return null;
        }
        return digits.length() > PHONE_DIGITS_COMPARED ? digits.substring(digits.length() - PHONE_DIGITS_COMPARED) : digits;
    }

    static String nameKey(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = SearchTokens.normalise(name).split("[^\\p{L}\\p{N}]+");
        Arrays.sort(words);
        return String.join(" ", Arrays.stream(words).filter(w -> !w.isEmpty()).toList());
    }
}
