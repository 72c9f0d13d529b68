package app.rapport.bench;

import app.rapport.service.ArchiveService;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * and reports the time and the peak heap: what the import holds (the largest heap left by a full
 * collection, forced every 20 s, which adds a little to the time) beside what the heap held at
 * most (sampled every 10 ms; with a cap the collector lets garbage fill it, so this says little).
 * A program that prints figures, not a test.
 *
 * <pre>./mvnw -B -q package -DskipTests
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.ArchiveImportBenchmark STORE [folder]</pre>
 */
public final class ArchiveImportBenchmark {
    static final String HEAP_CAP = "-Xmx512m";
    private static final long HELD_EVERY_NANOS = 20_000_000_000L;

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
                "heap used at most, garbage included", peakMb, "under 512 MB", liveMb < 512);
    }

    private static void importInThisJvm(Path archive, Path store) throws Exception {
        AtomicLong peak = new AtomicLong();
        AtomicLong held = new AtomicLong();
        Thread sampler = new Thread(() -> {
            long nextCollection = System.nanoTime() + HELD_EVERY_NANOS;
            while (!Thread.currentThread().isInterrupted()) {
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() >= nextCollection) {
                    // A full collection leaves exactly what the import holds; G1 alone keeps garbage until the cap presses.
                    memory.gc();
                    held.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    nextCollection = System.nanoTime() + HELD_EVERY_NANOS;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap sampler");
        sampler.setDaemon(true);
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
