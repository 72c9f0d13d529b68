package app.rapport.store;

import app.rapport.bench.OtherDeskLatencyBenchmark;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desks on one server, in two processes: one logs touchpoints with the command line's `log`,
 * the other only listens to its change feed and hears each one, through PostgreSQL's
 * notifications (nothing in the listening process writes). The delays are printed, not asserted:
 * this machine's load decides them ({@link OtherDeskLatencyBenchmark} reports p50 and p95).
 */
@Tag("postgresql")
class OtherDeskChangesTest {
    private static final int TOUCHPOINTS = 5;

    @TempDir
    Path folder;

    @Test
    void aDeskHearsEachTouchpointAnotherProcessLogs() throws Exception {
        List<Duration> delays = OtherDeskLatencyBenchmark.measure(TestStores.location(folder, "book"), TOUCHPOINTS);

        assertThat(delays).hasSize(TOUCHPOINTS).doesNotContainNull();
        System.out.println("Another desk's touchpoints reached this desk's change feed after "
                + delays.stream().map(Duration::toMillis).toList() + " ms");
    }
}
