package app.rapport.bench;

import app.rapport.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync kill trial in a reduced form for every PostgreSQL pass: three rounds killed with SIGKILL, then resumed, nothing lost or twice. */
@Tag("postgresql")
class SyncKillTrialTest {
    @TempDir
    Path folder;

    @Test
    void aSyncKilledAtRandomMomentsIsResumedWithBothStoresHoldingEveryChangeOnceAndEachConflictListedOnce() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SyncKillTrial.Result result = SyncKillTrial.run(3, 19, 8, folder, TestStores.emptyServerDatabase(), null,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(result.problems()).as(log.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(result.trials()).isEqualTo(3);
    }
}
