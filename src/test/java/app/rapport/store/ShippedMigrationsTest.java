package app.rapport.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that has every shipped migration opens without Flyway; the list it checks must be the scripts' own. */
@Tag("store-file") // the H2 file itself: not run in the PostgreSQL pass
class ShippedMigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theListOfShippedMigrationsIsTheScriptsInTheBuild() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            scripts = files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> match.group(1))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
        assertThat(Store.SHIPPED_MIGRATIONS).isEqualTo(scripts);
    }
}
