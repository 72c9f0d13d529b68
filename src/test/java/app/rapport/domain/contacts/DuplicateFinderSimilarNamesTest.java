package app.rapport.domain.contacts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The name comparison finds exactly what a full Levenshtein table finds, one or two edits allowed by length,
 * and the quick test before it never rules out a name that it finds.
 */
class DuplicateFinderSimilarNamesTest {

    @Test
    void oneTypingMistakeIsSimilarAndTwoAreNotForAShortName() {
        assertTrue(DuplicateFinder.similar("jon smith", "john smith"));
        assertTrue(DuplicateFinder.similar("anna berg", "anna borg"));
        assertTrue(DuplicateFinder.similar("anna berg", "ann berg"));
        assertFalse(DuplicateFinder.similar("anna berg", "anne borg"));
        assertFalse(DuplicateFinder.similar("al li", "al lu"), "names under seven letters are compared exactly only");
    }

    @Test
    void twoTypingMistakesAreSimilarForALongName() {
        assertTrue(DuplicateFinder.similar("alexander hansen", "alexandre hansen"));
        assertTrue(DuplicateFinder.similar("christopher moreau", "kristopher moreau"));
        assertFalse(DuplicateFinder.similar("christopher moreau", "kristofer morea"));
    }

    @Test
    void theQuickTestRulesOutNamesFarApartButNeverTheSameName() {
        assertTrue(DuplicateFinder.maySameOrSimilar(9, DuplicateFinder.letters("anna berg"), 9, DuplicateFinder.letters("anna berg")));
        assertFalse(DuplicateFinder.maySameOrSimilar(9, DuplicateFinder.letters("anna berg"), 10, DuplicateFinder.letters("hiro conti")));
        assertFalse(DuplicateFinder.maySameOrSimilar(0, 0, 0, 0), "an empty name is no one's name");
    }

    @Test
    void agreesWithTheFullTableOnManyNearNames() {
        Random random = new Random(17);
        String letters = "abcdeéz \u0140\u0100";
        int similar = 0;
        for (int round = 0; round < 200_000; round++) {
            String a = word(random, letters, 5 + random.nextInt(12));
            String b = edited(random, letters, a, random.nextInt(4));
            int allowed = Math.min(a.length(), b.length()) >= 12 ? 2 : 1;
            boolean expected = Math.min(a.length(), b.length()) >= 7 && levenshtein(a, b) <= allowed;
            assertEquals(expected, DuplicateFinder.similar(a, b), () -> "'" + a + "' and '" + b + "'");
            if (expected || a.equals(b)) {
                assertTrue(DuplicateFinder.maySameOrSimilar(a.length(), DuplicateFinder.letters(a), b.length(), DuplicateFinder.letters(b)),
                        () -> "the quick test ruled out '" + a + "' and '" + b + "'");
            }
            similar += expected ? 1 : 0;
        }
        assertTrue(similar > 10_000, "the rounds compared similar names too, not only different ones");
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String edited(Random random, String letters, String text, int edits) {
        StringBuilder edited = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(edited.length() + 1);
            char letter = letters.charAt(random.nextInt(letters.length()));
            switch (random.nextInt(3)) {
                case 0 -> edited.insert(at, letter);
                case 1 -> {
                    if (at < edited.length()) {
                        edited.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < edited.length()) {
                        edited.setCharAt(at, letter);
                    }
                }
            }
        }
        return edited.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            table[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            table[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                table[i][j] = Math.min(Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1), table[i - 1][j - 1] + cost);
            }
        }
        return table[a.length()][b.length()];
    }
}
