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

    private final Map<String, List<Sharing>> byPhone;
    private final Map<String, Known> byEmail;
    private final Map<String, Known> byName;
    private final Map<String, List<Known>> byNameBlock;

    /**
     * What the finder keeps of a record it was given: enough to name it and compare names. Its
     * phones and emails are only map keys, so a finder over a whole file or store stays small.
     */
    public record Known(UUID id, String displayName, String nameKey) {
        static Known of(ContactKey key) {
            return new Known(key.id(), key.displayName(), key.nameKey());
        }
    }

    /**
     * A record sharing a phone number, with what rules out most names at once: the name key's length and
     * {@link #letters}, read without going to the name itself (rows sharing a switchboard are compared by name).
     */
    private record Sharing(Known known, int nameLength, long nameLetters) {
    }

    /** What a candidate matched, why ("same email ada@example.com"), and whether it is certainly the same person. */
    public record Match(Known existing, String reason, boolean certain) {
    }

    /** Two records of the store that may be one person. */
    public record Pair(Known first, Known second, String reason, boolean certain) {
    }

    public DuplicateFinder(Iterable<ContactKey> existing) {
        this(0);
        existing.forEach(this::add);
    }

    /** An empty finder that about {@code records} records will be added to: its maps are made that large at once. */
    public static DuplicateFinder expecting(int records) {
        return new DuplicateFinder(records);
    }

    private DuplicateFinder(int records) {
        byPhone = sized(2 * records);
        byEmail = sized(records);
        byName = sized(records);
        byNameBlock = new HashMap<>();
    }

    private static <V> Map<String, V> sized(int entries) {
        return entries == 0 ? new HashMap<>() : new HashMap<>((int) (entries / 0.75f) + 1);
    }

    public void add(ContactKey key) {
        Known known = Known.of(key);
        if (!key.phones().isEmpty()) {
            Sharing entry = new Sharing(known, key.nameKey().length(), letters(key.nameKey()));
            for (String phone : key.phones()) {
                List<Sharing> sharing = byPhone.computeIfAbsent(phone, p -> new ArrayList<>(1));
                if (sharing.size() < SHARED_PHONE_COMPARED) {
                    sharing.add(entry);
                }
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
        String name = candidate.nameKey();
        long letters = letters(name);
        for (String phone : candidate.phones()) {
            for (Sharing sharing : byPhone.getOrDefault(phone, List.of())) {
                boolean maySameName = maySameOrSimilar(name.length(), letters, sharing.nameLength(), sharing.nameLetters());
                if (!maySameName && possible != null) {
                    continue; // another name once a possible match is known: nothing to learn, nothing more to read
                }
                Known found = sharing.known();
                if (found.id().equals(candidate.id())) {
                    continue;
                }
                if (maySameName && sameOrSimilarName(name, found.nameKey())) {
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
     * The characters of a name as bits (each character sets bit {@code c % 64}). One edit takes at most one
     * bit away and adds at most one, so names {@code k} edits apart differ in at most {@code 2k} bits.
     */
    static long letters(String name) {
        long bits = 0;
        for (int i = 0; i < name.length(); i++) {
            bits |= 1L << (name.charAt(i) & 63);
        }
        return bits;
    }

    /**
     * False only when {@link #sameOrSimilarName} is certainly false for names of these lengths and
     * {@link #letters}: most names sharing a number are ruled out without comparing them.
     */
    static boolean maySameOrSimilar(int lengthA, long lettersA, int lengthB, long lettersB) {
        if (lengthA == 0 || lengthB == 0) {
            return false;
        }
        int allowed = Math.min(lengthA, lengthB) >= LONG_NAME_LENGTH ? 2 : 1;
        return Math.abs(lengthA - lengthB) <= allowed && Long.bitCount(lettersA ^ lettersB) <= 2 * allowed;
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
        return withinEdits(a, 0, b, 0, allowed);
    }

    /**
     * Whether {@code a} from {@code i} and {@code b} from {@code j} are at most {@code edits} insertions, deletions or
     * substitutions apart (Levenshtein). With one or two edits allowed, trying each edit at the first difference is
     * cheaper than a table, and allocates nothing: an import compares each row with every row sharing its number.
     */
    private static boolean withinEdits(String a, int i, String b, int j, int edits) {
        // equal characters are always best matched with each other
        while (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
            i++;
            j++;
        }
        int restOfA = a.length() - i;
        int restOfB = b.length() - j;
        if (restOfA == 0 || restOfB == 0) {
            return Math.max(restOfA, restOfB) <= edits;
        }
        if (edits == 0 || Math.abs(restOfA - restOfB) > edits) {
            return false;
        }
        return withinEdits(a, i + 1, b, j + 1, edits - 1) || withinEdits(a, i + 1, b, j, edits - 1)
                || withinEdits(a, i, b, j + 1, edits - 1);
    }
}
