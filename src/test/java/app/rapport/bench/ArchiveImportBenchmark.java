package app.rapport.bench;

import app.rapport.service.ArchiveService;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a whole book's own JSON archive comes back on a laptop: exports a demo store, then imports
 * the archive into an empty store in a JVM capped at {@value #HEAP_CAP} (the cap is the check:
 * without bounded memory the import ends in an OutOfMemoryError, or collects garbage without end),
 * and reports the time and the peak heap: what the import holds (the largest heap left after a
 * garbage collection, from the collectors' notifications) beside what the heap held at most
 * (sampled every 10 ms; with a cap the collector lets garbage fill it, so this says little).
 * A program that prints figures, not a test.
 *
 * <pre>./mvnw -B -q package -DskipTests
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.ArchiveImportBenchmark STORE [folder]</pre>
 */
public final class ArchiveImportBenchmark {
    static final String HEAP_CAP = "-Xmx512m";

    private ArchiveImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("--child")) {
            importInThisJvm(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        BenchTable table = new BenchTable();
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/rapport-bench");
        run(StoreLocation.of(args[0]), folder, table);
        table.print();
    }

    /** Exports {@code store} (once) and imports the archive in a capped JVM; the figures go to {@code table}. */
    static void run(StoreLocation store, Path folder, BenchTable table) throws Exception {
        Files.createDirectories(folder);
        Path archive = folder.resolve(store.h2Base().getFileName() + ".json");
        long clients;
        try (RapportServices services = RapportServices.open(store)) {
            clients = services.clients().count();
            if (!Files.exists(archive)) {
                services.archive().exportTo(archive, false);
            }
        }
        Path target = Files.createTempDirectory(folder, "archive-import").resolve("store");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP_CAP,
                "-cp", System.getProperty("java.class.path"), ArchiveImportBenchmark.class.getName(), "--child", archive.toString(),
                target.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        double seconds = Double.NaN;
        double peakMb = Double.NaN;
        double poolsMb = Double.NaN;
        double liveMb = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("  | " + line);
                if (line.startsWith("RESULT ")) {
                    String[] parts = line.split(" ");
                    seconds = Double.parseDouble(parts[1]);
                    peakMb = Double.parseDouble(parts[2]);
                    poolsMb = Double.parseDouble(parts[3]);
                    liveMb = Double.parseDouble(parts[4]);
                }
            }
        }
        if (child.waitFor() != 0 || Double.isNaN(seconds)) {
            table.add(String.format(Locale.ROOT, "Archive import, %,d clients, %s", clients, HEAP_CAP), "s", Double.NaN, "", 0, "completes", false);
            return;
        }
        table.add(String.format(Locale.ROOT, "Archive import, %,d clients, %s: time", clients, HEAP_CAP), "s", seconds, "", 0, "completes", true);
        table.add(String.format(Locale.ROOT, "Archive import, %,d clients: peak heap held (after a collection)", clients), "MB", liveMb,
                "heap used at most, garbage included", peakMb, "under 256 MB", liveMb < 256);
    }

    private static void importInThisJvm(Path archive, Path store) throws Exception {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap sampler");
        sampler.setDaemon(true);
        AtomicLong held = new AtomicLong();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    held.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler.start();
        long started = System.nanoTime();
        ArchiveService.Result result;
        try (RapportServices services = RapportServices.open(StoreLocation.of(store.toString()))) {
            result = services.archive().importFrom(archive);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        long pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "imported %,d records (%,d clients) in %.1f s%n", result.total(), result.counts().get("clients"), seconds);
        System.out.printf(Locale.ROOT, "RESULT %.2f %.1f %.1f %.1f%n", seconds, peak.get() / 1e6, pools / 1e6, held.get() / 1e6);
    }
}
