package app.rapport.store;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capture function on a team server carries a version: a desk of an older release, opening the
 * book, leaves a newer one in place (it would undo what the newer one records), and a desk of a
 * newer release replaces an older one.
 */
@Tag("postgresql")
class PostgresCaptureVersionTest {
    private static final Logger CAPTURE_LOG = Logger.getLogger(PostgresCapture.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler listening = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path folder;

    private Level wasLogging;

    @BeforeEach
    void listen() {
        wasLogging = CAPTURE_LOG.getLevel();
        CAPTURE_LOG.setLevel(Level.ALL); // an install is logged finely: a new book would otherwise print it at every first opening
        CAPTURE_LOG.addHandler(listening);
    }

    @AfterEach
    void stopListening() {
        CAPTURE_LOG.removeHandler(listening);
        CAPTURE_LOG.setLevel(wasLogging);
    }

    @Test
    void aDeskOfAnOlderReleaseLeavesTheNewerCaptureInPlaceAndSaysSo() {
        try (Store store = Store.open(TestStores.location(folder, "book"), Clock.systemUTC())) {
            DSLContext dsl = store.dsl();
            String newer = releaseWithVersion(PostgresCapture.version(PostgresCapture.body(PostgresCapture.script())) + 1);
            PostgresCapture.install(dsl, newer);
            assertThat(installedBody(dsl)).isEqualTo(PostgresCapture.body(newer));

            PostgresCapture.install(dsl, PostgresCapture.script());

            assertThat(installedBody(dsl)).isEqualTo(PostgresCapture.body(newer));
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(record.getMessage()).contains("newer than this release's").contains("left in place").contains("Update Rapport");
            });
        }
    }

    @Test
    void aCaptureOfAReleaseBeforeVersionsIsReplacedAndNeverPutBack() {
        try (Store store = Store.open(TestStores.location(folder, "book"), Clock.systemUTC())) {
            DSLContext dsl = store.dsl();
            String unversioned = PostgresCapture.script().replaceAll("-- rapport capture version \\d+", "-- an earlier release's capture");
            dsl.execute(unversioned); // as a release before versions left it
            assertThat(PostgresCapture.version(installedBody(dsl))).isZero();

            PostgresCapture.install(dsl);
            assertThat(installedBody(dsl)).isEqualTo(PostgresCapture.body(PostgresCapture.script()));
            assertThat(logged).anySatisfy(record -> assertThat(record.getMessage()).contains("Installed change capture version")
                    .contains("it had version 0"));

            PostgresCapture.install(dsl, unversioned);
            assertThat(installedBody(dsl)).isEqualTo(PostgresCapture.body(PostgresCapture.script()));
        }
    }

    @Test
    void theShippedCaptureNamesItsVersion() {
        assertThat(PostgresCapture.version(PostgresCapture.body(PostgresCapture.script()))).isPositive();
    }

    private static String releaseWithVersion(int version) {
        return PostgresCapture.script().replaceAll("-- rapport capture version \\d+", "-- rapport capture version " + version);
    }

    private static String installedBody(DSLContext dsl) {
        return dsl.fetchOne("SELECT prosrc FROM pg_proc WHERE proname = 'rapport_capture' AND pronamespace = to_regnamespace(current_schema())")
                .get(0, String.class);
    }
}
