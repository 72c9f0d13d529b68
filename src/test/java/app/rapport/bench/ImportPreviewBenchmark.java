package app.rapport.bench;

import app.rapport.service.ContactService;
import app.rapport.service.ImportPreview;
import app.rapport.service.Progress;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The preview of {@link ImportBenchmark}'s file alone (read, check, duplicate flags; nothing written), after the
 * same warm-up (a 5,000-row import), so that the preview's CPU can be compared between builds without waiting
 * for the write. Prints each preview's clock, the process's and the calling thread's CPU, the CPU of the JVM's
 * threads by kind (on Linux: the compilers and the collector share the cores with the preview), and its answers.
 * A program that prints figures, not a test.
 *
 * <pre>java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.ImportPreviewBenchmark [rows] [previews]</pre>
 */
public final class ImportPreviewBenchmark {
    private ImportPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int previews = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path folder = Files.createTempDirectory("rapport-preview-bench");
        try {
            Path csv = folder.resolve("contacts.csv");
            ImportBenchmark.writeCsv(csv, rows);
            Path warm = folder.resolve("warm.csv");
            ImportBenchmark.writeCsv(warm, 5_000);
            try (Store store = Store.open(StoreLocation.of(folder.resolve("warm-store").toString()), Clock.systemDefaultZone())) {
                ContactService contacts = new ContactService(store, Clock.systemUTC());
                contacts.importContacts(contacts.preview(warm, Progress.NONE), false, ContactService.DuplicateChoice.IMPORT, Map.of(),
                        Progress.NONE);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            try (Store store = Store.open(StoreLocation.of(folder.resolve("store").toString()), Clock.systemDefaultZone())) {
                ContactService contacts = new ContactService(store, Clock.systemUTC());
                for (int i = 1; i <= previews; i++) {
                    Map<String, Double> threadsBefore = ThreadCpu.secondsByKind();
                    long start = System.nanoTime();
                    long processStart = processCpuNanos();
                    long callingStart = threads.getCurrentThreadCpuTime();
                    ImportPreview preview = contacts.preview(csv, Progress.NONE);
                    long calling = threads.getCurrentThreadCpuTime() - callingStart;
                    long process = processCpuNanos() - processStart;
                    long clock = System.nanoTime() - start;
                    StringBuilder byKind = new StringBuilder();
                    ThreadCpu.secondsByKind().forEach((kind, seconds) -> {
                        double spent = seconds - threadsBefore.getOrDefault(kind, 0.0);
                        if (spent >= 0.05) {
                            byKind.append(String.format(Locale.ROOT, " %s %.2f s;", kind, spent));
                        }
                    });
                    System.out.printf(Locale.ROOT, "preview %d: clock %.2f s, CPU of the process %.2f s, of the calling thread %.2f s%n"
                                    + "  by thread:%s%n  %,d rows, %,d bad, %,d values left out, %,d stored duplicates, %,d repeats"
                                    + " (%,d certain, %,d possible)%n",
                            i, clock / 1e9, process / 1e9, calling / 1e9, byKind, preview.candidates().size(), preview.bad().size(),
                            preview.warningLines().size(), preview.duplicateCount(), preview.repeatCount(), preview.certainDuplicateCount(),
                            preview.possibleDuplicateCount());
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
