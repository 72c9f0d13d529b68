package app.rapport.cli;

import app.rapport.store.StoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path folder;

    private final List<StoreLocation> guiOpenedOn = new ArrayList<>();

    @Test
    void demoThenSearchPrintsTheMatchingClientsAsJson() throws Exception {
        String db = folder.resolve("x.db").toString();
        CommandRun demo = run("--db", db, "demo", "--clients", "120", "--seed", "7");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("Added 120 demo clients");

        CommandRun search = run("--db", db, "clients", "--search", "an", "--json");
        assertThat(search.code()).isZero();
        JsonNode clients = new ObjectMapper().readTree(search.out());
        assertThat(clients.isArray()).isTrue();
        assertThat(clients.size()).isBetween(1, 119);
        for (JsonNode client : clients) {
            assertThat(client.get("id").asText()).hasSize(36);
            assertThat(client.get("displayName").asText()).isNotBlank();
        }

        CommandRun all = run("--db", db, "clients", "--json");
        assertThat(new ObjectMapper().readTree(all.out()).size()).isEqualTo(120);
    }

    @Test
    void infoTellsCountsSchemaVersionAndSize() throws Exception {
        String db = folder.resolve("info").toString();
        run("--db", db, "demo", "--clients", "30", "--business", "salon");
        CommandRun info = run("--db", db, "info", "--json");
        assertThat(info.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(json.get("schemaVersion").asText()).isEqualTo(app.rapport.store.Migrations.latestVersion());
        assertThat(json.get("counts").get("clients").asInt()).isEqualTo(30);
        assertThat(json.get("counts").get("touchpoints").asInt()).isPositive();
        assertThat(json.get("file").asText()).isEqualTo(folder.resolve("info.mv.db").toString());
        assertThat(json.get("fileSizeBytes").asLong()).isPositive();
    }

    @Test
    void theEnvironmentVariableChoosesTheStoreWhenNoOptionIsGiven() {
        Path db = folder.resolve("from-env");
        CommandRun result = run(Map.of("RAPPORT_DB", db.toString()), "info");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains(db + ".mv.db");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("demo", "--clients", "many").code()).isEqualTo(2);
        assertThat(run("--db", folder.resolve("u").toString(), "demo", "--business", "bakery").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void aFailureExitsWithOneAndAOneLineMessage() throws Exception {
        Path notAStore = folder.resolve("letter.mv.db");
        Files.writeString(notAStore, "Dear Sir or Madam");
        CommandRun result = run("--db", notAStore.toString(), "clients");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("rapport: ").contains("not a Rapport store").doesNotContain("\n").doesNotContain("Exception");
        assertThat(notAStore).hasContent("Dear Sir or Madam");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenStore() {
        Path db = folder.resolve("window");
        assertThat(run("--db", db.toString()).code()).isZero();
        assertThat(run("--db", db.toString(), "gui").code()).isZero();
        assertThat(guiOpenedOn).extracting(StoreLocation::dataFile).containsExactly(
                folder.resolve("window.mv.db"), folder.resolve("window.mv.db"));
    }

    @Test
    void versionComesFromTheBuild() {
        CommandRun result = run("--version");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("Rapport ").doesNotContain("${");
    }

    private CommandRun run(String... args) {
        return run(Map.of(), args);
    }

    private CommandRun run(Map<String, String> environment, String... args) {
        return CommandRun.of(environment, guiOpenedOn::add, args);
    }

}
