package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.change.Change;
import app.rapport.service.ClientService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desks on one server, in two processes: one logs touchpoints with the command line, the
 * other only listens to its change feed and hears each one, through PostgreSQL's notifications
 * (nothing in the listening process writes). The delay from the writer's commit to the listener
 * hearing it is printed; it is not asserted, because this machine's load decides it.
 */
@Tag("postgresql")
class OtherDeskChangesTest {
    private static final int TOUCHPOINTS = 3;

    @TempDir
    Path folder;

    @Test
    void aDeskHearsEachTouchpointAnotherProcessLogs() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (Store listening = Store.open(location, Clock.systemUTC())) {
            Client anna = new ClientService(listening, Clock.systemUTC()).save(ClientBuilder.person("Anna", "Berg").build());
            Map<String, Duration> heard = new ConcurrentHashMap<>();
            CountDownLatch all = new CountDownLatch(TOUCHPOINTS);
            listening.changeFeed().listen(batch -> {
                Instant now = Instant.now();
                for (Change change : batch.changes()) {
                    if (change.entity().equals("touchpoint") && heard.putIfAbsent(change.rowId(), Duration.between(change.at(), now)) == null) {
                        all.countDown();
                    }
                }
            });

            List<String> logged = new ArrayList<>();
            for (int i = 1; i <= TOUCHPOINTS; i++) {
                logged.add(logFromAnotherProcess(location, anna, "Call number " + i));
            }

            assertThat(all.await(30, TimeUnit.SECONDS)).as("heard %s of the touchpoints %s", heard.keySet(), logged).isTrue();
            assertThat(heard.keySet()).containsExactlyInAnyOrderElementsOf(logged);
            List<Long> millis = heard.values().stream().map(Duration::toMillis).sorted().toList();
            System.out.println("Another desk's touchpoint reached this desk's change feed after " + millis
                    + " ms (commit to listener; median " + millis.get(millis.size() / 2) + " ms)");
        }
    }

    /** Runs `rapport --db LOCATION log ...` in a process of its own and returns the touchpoint id it printed. */
    private static String logFromAnotherProcess(StoreLocation location, Client client, String summary) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.rapport.app.Main", "--db", location.toString(),
                "log", client.id().toString(), "--channel", "call", "--summary", summary, "--as", "Ana");
        builder.environment().putAll(TestStores.environmentFor(location));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output.substring(output.lastIndexOf(' ') + 1);
    }
}
