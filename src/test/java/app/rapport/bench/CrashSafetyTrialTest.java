package app.rapport.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The crash-safety program in a reduced form for every build: a few SIGKILLs, nothing committed lost. */
class CrashSafetyTrialTest {
    @TempDir
    Path folder;

    @Test
    void aKilledWriterLosesNothingItReportedCommittedAndTheStoreStillOpens() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashSafetyTrial.Result result = CrashSafetyTrial.run(3, 7, folder, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(result.failedOpens()).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(result.lost()).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(result.trials()).isEqualTo(3);
    }
}
