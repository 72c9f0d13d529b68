package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load may keep more of the heap free while it runs; the window's small heap comes back after it. */
class BulkHeapTest {
    private static final HotSpotDiagnosticMXBean VM = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    @TempDir
    Path folder;
    private String testMin;
    private String testMax;

    @BeforeEach
    void startLikeTheLauncher() {
        testMin = VM.getVMOption("MinHeapFreeRatio").getValue();
        testMax = VM.getVMOption("MaxHeapFreeRatio").getValue();
        VM.setVMOption("MinHeapFreeRatio", "0");
        VM.setVMOption("MaxHeapFreeRatio", "30");
        VM.setVMOption("MinHeapFreeRatio", "10");
    }

    @AfterEach
    void putBackTheTestsHeap() {
        VM.setVMOption("MinHeapFreeRatio", "0");
        VM.setVMOption("MaxHeapFreeRatio", testMax);
        VM.setVMOption("MinHeapFreeRatio", testMin);
    }

    @Test
    void aBulkLoadKeepsMoreOfTheHeapFreeAndGivesItBackAfter() {
        try (Store store = Store.open(StoreLocation.of(folder.resolve("book").toString()), Clock.systemUTC())) {
            String during = store.inBulkMode(() -> ratios());
            assertThat(during).isEqualTo("60/80");
            assertThat(ratios()).isEqualTo("10/30");
        }
    }

    @Test
    void aFailedBulkLoadGivesTheHeapBackToo() {
        try (Store store = Store.open(StoreLocation.of(folder.resolve("book").toString()), Clock.systemUTC())) {
            assertThatThrownBy(() -> store.inBulkMode(() -> {
                throw new IllegalStateException("a broken line");
            })).hasMessage("a broken line");
            assertThat(ratios()).isEqualTo("10/30");
        }
    }

    private static String ratios() {
        return VM.getVMOption("MinHeapFreeRatio").getValue() + "/" + VM.getVMOption("MaxHeapFreeRatio").getValue();
    }
}
