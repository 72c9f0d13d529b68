package app.rapport.service;

import app.rapport.domain.brief.BriefCritic;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief critic over the demo books of all three businesses (3,000 clients): every brief reads
 * as one conversation, on real H2 files.
 */
class BriefCheckTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = DemoBusiness.class, names = {"SALON", "SHOP", "FIELD"})
    void everyBriefOfADemoBookReadsAsOneConversation(DemoBusiness business) {
        try (RapportServices services = RapportServices.open(TestStores.location(folder, business.name()))) {
            services.demoData().load(business, 1_000, 5, Progress.NONE);
            AtomicInteger reported = new AtomicInteger();
            BriefService.Check check = services.briefs().check(Instant.now(), (done, total) -> reported.set(done));

            assertThat(check.briefs()).isEqualTo(1_000);
            assertThat(reported.get()).isEqualTo(1_000);
            assertThat(check.incoherences()).extracting(BriefCheckTest::describe).isEmpty();
        }
    }

    private static String describe(BriefCritic.Incoherence found) {
        return found.clientName() + ": " + found.kind() + ": " + found.detail() + " " + found.rules();
    }
}
