package app.rapport.domain.contacts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderTest {
    private static final String[] NAMES = {"Ada Lovelace", "Ada Lovelance", "Grace Hopper", "Grace Hoper", "Alan Turing", "Al Li", "Al Lu",
            "Katherine Johnson", "Katharine Johnson", "Edsger Dijkstra", ""};

    /**
     * The preview fills one finder with every row of a file and asks each row about the rows above it only:
     * every answer must be the one a finder filled row by row gave, with shared numbers, emails, names and
     * names a typing mistake apart (and more rows on one number than the finder compares).
     */
    @Test
    void aFinderOfTheWholeFileAnswersForTheRowsAboveARowAsOneFilledRowByRow() {
        Random random = new Random(17);
        List<ContactKey> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            List<String> phones = new ArrayList<>();
            if (random.nextInt(3) > 0) {
                phones.add("+4930" + random.nextInt(400));
            }
            if (random.nextInt(50) == 0) {
                phones.add("+4930000000");
            }
            List<String> emails = random.nextInt(4) == 0 ? List.of("Person" + random.nextInt(300) + "@example.com") : List.of();
            rows.add(ContactKey.of(UUID.randomUUID(), NAMES[random.nextInt(NAMES.length)], phones, emails));
        }
        DuplicateFinder rowByRow = new DuplicateFinder(List.of());
        DuplicateFinder wholeFile = new DuplicateFinder(rows);
        int matched = 0;
        for (int i = 0; i < rows.size(); i++) {
            Optional<DuplicateFinder.Match> expected = rowByRow.match(rows.get(i));
            assertThat(wholeFile.matchAmongFirst(rows.get(i), i)).as("row %d", i).isEqualTo(expected);
            matched += expected.isPresent() ? 1 : 0;
            rowByRow.add(rows.get(i));
        }
        assertThat(matched).isGreaterThan(2_000);
        assertThat(wholeFile.matchAmongFirst(rows.get(0), 0)).isEmpty();
    }
}
