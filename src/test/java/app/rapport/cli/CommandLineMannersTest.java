package app.rapport.cli;

import app.rapport.domain.ClientBuilder;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the command line treats the person at the terminal: it asks before what cannot be undone, and says what to do next. */
class CommandLineMannersTest {
    @TempDir
    Path folder;

    @Test
    void eraseWithNoOneToAskErasesNothingUnlessToldYes() throws Exception {
        String db = demo("erase");
        String id = firstClientId(db);

        CommandRun refused = CommandRun.of("--db", db, "erase", id);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was erased", "--yes");
        assertThat(clientCount(db)).isEqualTo(6);

        CommandRun erased = CommandRun.of("--db", db, "erase", id, "--yes");
        assertThat(erased.code()).as(erased.err()).isZero();
        assertThat(clientCount(db)).isEqualTo(5);
    }

    @Test
    void eraseAsksThePersonAtTheTerminalAndGoesOnOnlyOnYes() throws Exception {
        String db = demo("ask");
        String id = firstClientId(db);
        List<String> questions = new ArrayList<>();

        CommandRun declined = CommandRun.at(errors -> new Terminal(answering("no", questions), null, errors), "--db", db, "erase", id);
        assertThat(declined.code()).isEqualTo(1);
        assertThat(questions).singleElement().asString().contains("cannot be undone", id);
        assertThat(clientCount(db)).isEqualTo(6);

        CommandRun confirmed = CommandRun.at(errors -> new Terminal(answering("yes", questions), null, errors), "--db", db, "erase", id);
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(clientCount(db)).isEqualTo(5);
    }

    @Test
    void thePasswordQuestionGoesToStandardErrorSoJsonOutputStaysJson() throws Exception {
        String db = folder.resolve("locked").toString();
        CommandRun created = CommandRun.at(errors -> new Terminal(null, lines("a long enough phrase"), errors),
                "--db", db, "--password", "demo", "--clients", "3");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(StoreLocation.of(db).isEncrypted()).isTrue();

        CommandRun listed = CommandRun.at(errors -> new Terminal(null, lines("a long enough phrase"), errors),
                "--db", db, "--password", "clients", "--json");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(new ObjectMapper().readTree(listed.out()).size()).isEqualTo(3);
        assertThat(listed.err()).contains("Password for " + StoreLocation.of(db));
    }

    @Test
    void aNewEncryptedStoreNeedsTenCharactersOnTheCommandLineToo() throws Exception {
        Path passwordFile = Files.writeString(folder.resolve("password.txt"), "short\n");
        String db = folder.resolve("weak").toString();
        CommandRun refused = CommandRun.of("--db", db, "--password-file", passwordFile.toString(), "demo", "--clients", "3");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("at least 10 characters").doesNotContain("Exception");
        assertThat(StoreLocation.of(db).dataFile()).doesNotExist();
    }

    @Test
    void thePasswordFileHelpDoesNotCallTheEnvironmentVariableItsDefaultFile() {
        CommandRun help = CommandRun.of("--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--password-file").doesNotContain("Default: $RAPPORT_PASSWORD")
                .contains("taken from the $RAPPORT_PASSWORD environment variable");
    }

    @Test
    void aLimitOfZeroIsBadUsageNotAnEmptyStore() throws Exception {
        String db = demo("limit");
        CommandRun none = CommandRun.of("--db", db, "clients", "--limit", "0");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--limit must be 1 or more").doesNotContain("No clients yet");
    }

    @Test
    void aFolderGivenAsTheStoreIsRefusedAndNothingIsCreatedBesideIt() throws Exception {
        Path shelf = Files.createDirectory(folder.resolve("shelf"));
        CommandRun run = CommandRun.of("--db", shelf.toString(), "demo", "--clients", "2");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(shelf + " is a folder", shelf.resolve("rapport").toString());
        assertThat(folder.resolve("shelf.mv.db")).doesNotExist();
    }

    @Test
    void anAmbiguousNameListsWhatTellsTheClientsApart() {
        String db = folder.resolve("roofers").toString();
        try (RapportServices services = RapportServices.open(StoreLocation.of(db))) {
            services.clients().save(ClientBuilder.named("Riverside").displayName("Riverside Roofing").companyName("Riverside Roofing")
                    .phone("work", "+44 117 496 0001").build());
            services.clients().save(ClientBuilder.named("Riverside").displayName("Riverside Roofing").companyName("Riverside Roofing")
                    .phone("work", "+44 117 496 0002").build());
        }
        CommandRun run = CommandRun.of("--db", db, "brief", "Riverside Roofing");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("matches 2 clients").doesNotContain("Riverside Roofing (Riverside Roofing)")
                .contains("0001").contains("0002");
    }

    private String demo(String name) {
        String db = folder.resolve(name).toString();
        CommandRun demo = CommandRun.of("--db", db, "demo", "--clients", "6", "--seed", "5");
        assertThat(demo.code()).as(demo.err()).isZero();
        return db;
    }

    private static String firstClientId(String db) throws Exception {
        return new ObjectMapper().readTree(CommandRun.of("--db", db, "clients", "--json").out()).get(0).get("id").asText();
    }

    private static int clientCount(String db) throws Exception {
        JsonNode clients = new ObjectMapper().readTree(CommandRun.of("--db", db, "clients", "--json").out());
        return clients.size();
    }

    private static BufferedReader lines(String text) {
        return new BufferedReader(new StringReader(text + "\n"));
    }

    private static Terminal.Person answering(String answer, List<String> questions) {
        return new Terminal.Person() {
            @Override
            public String answer(String question) {
                questions.add(question);
                return answer;
            }

            @Override
            public char[] password(String prompt) {
                throw new AssertionError("no password was expected, asked: " + prompt);
            }
        };
    }
}
