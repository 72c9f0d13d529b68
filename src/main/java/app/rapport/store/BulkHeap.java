package app.rapport.store;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps more of the heap free while a bulk load runs, and gives it back after. The launcher keeps
 * 10–30% free so a window at rest stays small (a quarter to 40% free kept some 70 MB more resident
 * after scrolling 100,000 clients); a load of 100,000 contacts under those ratios ran 25–30 full
 * collections, with a quarter to 40% free 15 (writing 25.7 s of CPU instead of 28.4 s), with 60–80%
 * free 7 (the import in 14.3–14.7 s instead of 16.5 s with the launcher's options). The two
 * ratios are manageable flags, so they can change while the program runs; the collector reads
 * them at each collection.
 */
final class BulkHeap {
    private static final Logger LOG = Logger.getLogger(BulkHeap.class.getName());
    private static final String MIN = "MinHeapFreeRatio";
    private static final String MAX = "MaxHeapFreeRatio";
    private static final String BULK_MIN = "60";
    private static final String BULK_MAX = "80";
    private static final Object LOCK = new Object();
    private static int loadsRunning;
    private static String restMin;
    private static String restMax;

    private BulkHeap() {
    }

    /** Called as a bulk load starts; every call is paired with {@link #loadEnded}. */
    static void loadStarts() {
        synchronized (LOCK) {
            if (loadsRunning++ == 0) {
                HotSpotDiagnosticMXBean vm = vm();
                if (vm == null) {
                    return;
                }
                restMin = vm.getVMOption(MIN).getValue();
                restMax = vm.getVMOption(MAX).getValue();
                if (Integer.parseInt(restMin) < Integer.parseInt(BULK_MIN)) {
                    // the maximum first: the minimum may never exceed it
                    set(vm, MAX, String.valueOf(Math.max(Integer.parseInt(restMax), Integer.parseInt(BULK_MAX))));
                    set(vm, MIN, BULK_MIN);
                }
            }
        }
    }

    static void loadEnded() {
        synchronized (LOCK) {
            if (--loadsRunning == 0 && restMin != null) {
                HotSpotDiagnosticMXBean vm = vm();
                if (vm != null) {
                    set(vm, MIN, restMin);
                    set(vm, MAX, restMax);
                }
                restMin = null;
                restMax = null;
            }
        }
    }

    private static HotSpotDiagnosticMXBean vm() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            return null; // not a HotSpot JVM: the load runs with the heap as it is
        }
    }

    private static void set(HotSpotDiagnosticMXBean vm, String option, String value) {
        try {
            vm.setVMOption(option, value);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not set " + option + " to " + value, e);
        }
    }
}
