package app.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentCommandTest {
    @TempDir
    Path folder;

    private String db;

    @BeforeEach
    void demo() {
        db = folder.resolve("demo").toString();
        assertThat(run("--db", db, "demo", "--clients", "60", "--seed", "5", "--business", "salon").code()).isZero();
    }

    @Test
    void aSavedSegmentListsItsClientsAsTextAndJsonAndCountsThem() throws Exception {
        CommandRun text = run("--db", db, "segment", "ghosted AFTER buying");
        CommandRun json = run("--db", db, "segment", "Ghosted after buying", "--json");
        CommandRun count = run("--db", db, "segment", "Ghosted after buying", "--count");

        assertThat(json.code()).as(json.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("segment").asText()).isEqualTo("Ghosted after buying");
        int n = result.get("count").asInt();
        assertThat(n).isPositive();
        assertThat(result.get("clients").size()).isEqualTo(n);
        assertThat(result.get("clients").get(0).get("id").asText()).isNotBlank();
        assertThat(text.code()).isZero();
        assertThat(text.out().lines()).hasSize(n);
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith(result.get("clients").get(0).get("id").asText() + "\t");
        assertThat(count.out().strip()).isEqualTo(String.valueOf(n));
    }

    @Test
    void anUnknownNameListsTheSavedSegmentsAndFails() {
        CommandRun result = run("--db", db, "segment", "VIPs");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("rapport: there is no segment called 'VIPs'; the saved ones are:")
                .contains("\n  Ghosted after buying\n").contains("\n  Lapsed clients\n");
    }

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

}
