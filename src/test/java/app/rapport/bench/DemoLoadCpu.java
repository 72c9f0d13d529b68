package app.rapport.bench;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A demo load as {@code rapport --db FILE demo --business mixed --clients N --seed 1} makes it,
 * printing the whole process's CPU time per 1,000 clients as it goes: whether a batch costs more
 * as the book grows, measurable on a machine shared with other work, where the clock says little.
 * A program that prints figures, not a test.
 *
 * <pre>java -Xmx4g -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.DemoLoadCpu FILE.mv.db [clients]</pre>
 */
public final class DemoLoadCpu {
    private DemoLoadCpu() {
    }

    public static void main(String[] args) {
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int every = clients >= 50_000 ? 10_000 : 2_000;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long started = os.getProcessCpuTime();
        long[] last = {started};
        try (RapportServices services = RapportServices.open(StoreLocation.of(args[0]))) {
            last[0] = os.getProcessCpuTime();
            System.out.printf(Locale.ROOT, "store opened: %.1f s of CPU%n", (last[0] - started) / 1e9);
            var result = services.demoData().load(DemoBusiness.MIXED, clients, 1, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (done % every == 0) {
                        long now = os.getProcessCpuTime();
                        System.out.printf(Locale.ROOT, "%,9d clients: %.2f s of CPU per 1,000%n", done, (now - last[0]) / 1e9 / (every / 1000.0));
                        last[0] = now;
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            System.out.printf(Locale.ROOT, "loaded in %.1f s by its own report, %.1f s of CPU so far%n", result.elapsed().toMillis() / 1000.0,
                    (os.getProcessCpuTime() - started) / 1e9);
        }
        System.out.printf(Locale.ROOT, "with compaction on close: %.1f s of CPU%n", (os.getProcessCpuTime() - started) / 1e9);
    }
}
