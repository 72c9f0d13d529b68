package app.rapport.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A team server location on the command line: what goes wrong on the way to it is said in one plain line. */
class TeamServerCommandTest {
    @Test
    void aServerThatIsNotThereIsNamedWithWhatToCheck() {
        // nothing listens on port 1 of this computer: the connection is refused at once
        CommandRun run = CommandRun.of("--db", "postgresql://rapport@127.0.0.1:1/salon", "info");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("rapport: Cannot reach the team server at 127.0.0.1:1")
                .contains("Is PostgreSQL running there").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aLocationWithAPasswordInItIsRefusedBeforeAnythingConnects() {
        CommandRun run = CommandRun.of("--db", "postgresql://rapport:secret@127.0.0.1/salon", "info");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Rapport never keeps one in a location").contains("--password-file").doesNotContain("secret");
    }

    @Test
    void aLocationWithoutADatabaseSaysTheFormItNeeds() {
        CommandRun run = CommandRun.of("--db", "postgresql://127.0.0.1", "info");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is not of the form postgresql://[user@]host[:port]/database");
    }
}
