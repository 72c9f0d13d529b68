package app.rapport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CompetitorCommandTest {
    @TempDir
    Path folder;

    @Test
    void printsACompetitorsMapAndOursAsMarkdown() {
        String db = folder.resolve("demo").toString();
        assertThat(run("--db", db, "demo", "--clients", "10", "--seed", "4", "--business", "salon").code()).isZero();

        CommandRun list = run("--db", db, "competitor");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Studio Mirelle");

        CommandRun map = run("--db", db, "competitor", "studio mirelle", "--markdown");
        assertThat(map.code()).as(map.err()).isZero();
        assertThat(map.out()).startsWith("# SWOT map: Studio Mirelle\n")
                .contains("## Strengths", "## Weaknesses", "## Opportunities", "## Threats", "- Website: https://");

        CommandRun ours = run("--db", db, "competitor", "us");
        assertThat(ours.code()).isZero();
        assertThat(ours.out()).startsWith("# SWOT map: our business\n").contains("## Strengths");

        CommandRun unknown = run("--db", db, "competitor", "Nobody Ltd");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no competitor matches 'Nobody Ltd'");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

}
