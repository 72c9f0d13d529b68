package app.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BackupCommandTest {
    @TempDir
    Path folder;

    @Test
    void backupThenRestoreBringsTheStoreBackAndKeepsTheReplacedOne() throws Exception {
        String db = folder.resolve("shop").toString();
        assertThat(run("--db", db, "demo", "--clients", "25", "--seed", "2").code()).isZero();

        CommandRun automatic = run("--db", db, "backup");
        assertThat(automatic.code()).isZero();
        assertThat(automatic.out()).startsWith("Backed up 25 clients to " + folder.resolve("backups")).contains("verified");

        Path file = folder.resolve("friday.zip");
        assertThat(run("--db", db, "backup", file.toString()).code()).isZero();
        CommandRun again = run("--db", db, "backup", file.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains(file + " already exists");
        assertThat(run("--db", db, "backup", "--force", file.toString()).code()).isZero();

        String someone = clientNames(db).get(0).asText();
        CommandRun erase = run("--db", db, "erase", someone, "--yes");
        assertThat(erase.code()).isZero();
        assertThat(erase.out()).startsWith("Erased " + someone);
        assertThat(clientNames(db)).hasSize(24);

        CommandRun restore = run("--db", db, "restore", file.toString());
        assertThat(restore.code()).isZero();
        assertThat(restore.out()).startsWith("Restored 25 clients from " + file).contains("the replaced store is kept as " + folder.resolve("backups"));
        assertThat(clientNames(db)).hasSize(25);
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("shop-replaced-"));
        }
    }

    @Test
    void aBadBackupExitsWithOneAndChangesNothing() throws Exception {
        String db = folder.resolve("shop").toString();
        run("--db", db, "demo", "--clients", "10");
        Path good = folder.resolve("good.zip");
        run("--db", db, "backup", good.toString());
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length - 200));
        Path letter = Files.writeString(folder.resolve("letter.mv.db"), "Dear Sir or Madam");
        byte[] store = Files.readAllBytes(folder.resolve("shop.mv.db"));

        for (Path bad : new Path[] {truncated, letter, folder.resolve("missing.zip")}) {
            CommandRun result = run("--db", db, "restore", bad.toString());
            assertThat(result.code()).as(bad.toString()).isEqualTo(1);
            assertThat(result.err().strip()).startsWith("rapport: " + bad).doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(folder.resolve("shop.mv.db"))).isEqualTo(store);
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void eraseAndExportNeedOneClient() throws Exception {
        String db = folder.resolve("book").toString();
        run("--db", db, "demo", "--clients", "40", "--seed", "4");
        CommandRun none = run("--db", db, "erase", "Nobody Atall");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no client matches 'Nobody Atall'");

        String first = clientNames(db).get(0).asText().split(" ")[0].substring(0, 1);
        CommandRun ambiguous = run("--db", db, "erase", first);
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("matches").contains("give the id or the full name of one:");
        assertThat(clientNames(db)).hasSize(40);

        String someone = clientNames(db).get(3).asText();
        Path json = folder.resolve("request.json");
        CommandRun export = run("--db", db, "export-client", someone, json.toString());
        assertThat(export.code()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("client").get(0).get("displayName").asText()).isEqualTo(someone);
    }

    @Test
    void anEncryptedStoreNeedsItsPasswordFromAFileTheEnvironmentOrThePrompt() throws Exception {
        String db = folder.resolve("secret").toString();
        Path passwordFile = Files.writeString(folder.resolve("password.txt"), "plum tree in winter\n");
        assertThat(run("--db", db, "--password-file", passwordFile.toString(), "demo", "--clients", "5").code()).isZero();
        String name = clientNames(db, Map.of("RAPPORT_PASSWORD", "plum tree in winter")).get(0).asText();
        assertThat(new String(Files.readAllBytes(folder.resolve("secret.mv.db")), StandardCharsets.ISO_8859_1)).doesNotContain(name);

        CommandRun without = run("--db", db, "clients");
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("is encrypted").contains("--password-file FILE").contains("RAPPORT_PASSWORD");

        CommandRun wrong = run(Map.of("RAPPORT_PASSWORD", "plum tree in summer"), "--db", db, "clients");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("rapport: The password for " + folder.resolve("secret.mv.db") + " is not right. Nothing was opened or changed.");

        CommandRun backup = run(Map.of("RAPPORT_PASSWORD", "plum tree in winter"), "--db", db, "backup");
        assertThat(backup.code()).isZero();
        assertThat(run("--db", db, "--password-file", passwordFile.toString(), "restore",
                backup.out().substring(backup.out().indexOf(" to ") + 4, backup.out().indexOf(" (")).strip()).code()).isZero();
    }

    private JsonNode clientNames(String db) throws Exception {
        return clientNames(db, Map.of());
    }

    private JsonNode clientNames(String db, Map<String, String> environment) throws Exception {
        CommandRun clients = run(environment, "--db", db, "clients", "--json");
        assertThat(clients.code()).as(clients.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(clients.out());
        return new ObjectMapper().valueToTree(java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(client -> client.get("displayName").asText()).toList());
    }

    private CommandRun run(String... args) {
        return run(Map.of(), args);
    }

    private CommandRun run(Map<String, String> environment, String... args) {
        return CommandRun.of(environment, location -> { }, args);
    }

}
