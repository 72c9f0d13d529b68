package app.rapport.domain.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds records that may be the same person, and says how sure it is. <em>Certain</em>: the same
 * email address, or the same phone number and a name at most a typing mistake away ("Jon Smith"
 * and "John Smith"). <em>Possible</em>: the same phone with a different name (a family's landline,
 * an office's switchboard), the same or a similar name with nothing else in common. Certain ones
 * follow the user's duplicate choice; possible ones are imported and listed for review.
 * A finder that is no longer added to may be asked from several threads at once.
 */
public final class DuplicateFinder {
    /** Names shorter than this are compared exactly only: "Al Li" and "Al Lu" are different people. */
    private static final int SIMILAR_NAME_MIN_LENGTH = 7;
    private static final int LONG_NAME_LENGTH = 12;
    /** Names are compared for typing mistakes only within groups sharing their first letters. */
    private static final int BLOCK_PREFIX = 2;
    /** How many records sharing one number are compared by name: a switchboard shared by thousands stays quick. */
    private static final int SHARED_PHONE_COMPARED = 64;

    private final Map<String, List<Known>> byPhone = new HashMap<>();
    private final Map<String, Known> byEmail = new HashMap<>();
    private final Map<String, Known> byName = new HashMap<>();
    private final Map<String, List<Known>> byNameBlock = new HashMap<>();

    /**
     * What the finder keeps of a record it was given: enough to name it and compare names. Its
     * phones and emails are only map keys, so a finder over a whole file or store stays small.
     */
    public record Known(UUID id, String displayName, String nameKey) {
        static Known of(ContactKey key) {
            return new Known(key.id(), key.displayName(), key.nameKey());
        }
    }

    /** What a candidate matched, why ("same email ada@example.com"), and whether it is certainly the same person. */
    public record Match(Known existing, String reason, boolean certain) {
    }

    /** Two records of the store that may be one person. */
    public record Pair(Known first, Known second, String reason, boolean certain) {
    }

    public DuplicateFinder(Iterable<ContactKey> existing) {
        existing.forEach(this::add);
    }

    public void add(ContactKey key) {
        Known known = Known.of(key);
        for (String phone : key.phones()) {
            List<Known> sharing = byPhone.computeIfAbsent(phone, p -> new ArrayList<>(1));
            if (sharing.size() < SHARED_PHONE_COMPARED) {
                sharing.add(known);
            }
        }
        key.emails().forEach(email -> byEmail.putIfAbsent(email, known));
        if (!key.nameKey().isEmpty()) {
            byName.putIfAbsent(key.nameKey(), known);
            byNameBlock.computeIfAbsent(block(key.nameKey()), b -> new ArrayList<>()).add(known);
        }
    }

    /** The record {@code candidate} most likely duplicates, other than itself: a certain match before a possible one. */
    public Optional<Match> match(ContactKey candidate) {
        for (String email : candidate.emails()) {
            Known found = byEmail.get(email);
            if (found != null && !found.id().equals(candidate.id())) {
                return Optional.of(new Match(found, "same email " + email, true));
            }
        }
        Match possible = null;
        for (String phone : candidate.phones()) {
            for (Known found : byPhone.getOrDefault(phone, List.of())) {
                if (found.id().equals(candidate.id())) {
                    continue;
                }
                if (sameOrSimilarName(candidate.nameKey(), found.nameKey())) {
                    return Optional.of(new Match(found, "same phone number and name", true));
                }
                if (possible == null) {
                    possible = new Match(found, "same phone number, different name", false);
                }
            }
        }
        if (possible != null || candidate.nameKey().isEmpty()) {
            return Optional.ofNullable(possible);
        }
        Known sameName = byName.get(candidate.nameKey());
        if (sameName != null && !sameName.id().equals(candidate.id())) {
            return Optional.of(new Match(sameName, "same name", false));
        }
        if (candidate.nameKey().length() >= SIMILAR_NAME_MIN_LENGTH) {
            for (Known other : byNameBlock.getOrDefault(block(candidate.nameKey()), List.of())) {
                if (!other.id().equals(candidate.id()) && similar(candidate.nameKey(), other.nameKey())) {
                    return Optional.of(new Match(other, "similar name", false));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameOrSimilarName(String a, String b) {
        return !a.isEmpty() && (a.equals(b) || similar(a, b));
    }

    /**
     * Duplicate pairs among {@code keys}, certain and possible, each pair once, at most {@code limit}.
     * Records are matched against those before them, so three records of one person make two pairs.
     */
    public static List<Pair> pairs(List<ContactKey> keys, int limit) {
        DuplicateFinder seen = new DuplicateFinder(List.of());
        List<Pair> pairs = new ArrayList<>();
        Set<UUID> paired = new HashSet<>();
        for (ContactKey key : keys) {
            if (pairs.size() >= limit) {
                break;
            }
            Optional<Match> match = seen.match(key);
            if (match.isPresent() && paired.add(key.id())) {
                pairs.add(new Pair(match.get().existing(), Known.of(key), match.get().reason(), match.get().certain()));
            }
            seen.add(key);
        }
        return pairs;
    }

    private static String block(String nameKey) {
        return nameKey.length() <= BLOCK_PREFIX ? nameKey : nameKey.substring(0, BLOCK_PREFIX);
    }

    /** At most one edit apart, two for long names. */
    static boolean similar(String a, String b) {
        int allowed = Math.min(a.length(), b.length()) >= LONG_NAME_LENGTH ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > allowed || Math.min(a.length(), b.length()) < SIMILAR_NAME_MIN_LENGTH) {
            return false;
        }
        return editDistance(a, b, allowed) <= allowed;
    }

    /** Levenshtein distance, giving up once every path is past {@code limit}. */
    private static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
