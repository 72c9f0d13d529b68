package app.rapport.bench;

import app.rapport.service.ContactService;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.ImportPreview;
import app.rapport.service.Progress;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How fast a big CSV comes in: writes a 100,000-row contact CSV (names, two phones, an email, a
 * city, tags), imports it through {@link ContactService} (read, check, duplicate flags, one
 * transaction) into a new store, and loads the same file with H2's own
 * {@code CSVREAD} into a bare table of a new database in the same run, for the ratio.
 * A program that prints figures, not a test.
 *
 * <pre>./mvnw -B -q package -DskipTests
 * java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.ImportBenchmark [rows]</pre>
 */
public final class ImportBenchmark {
    private static final String[] FIRST = {"Anna", "Bert", "Chloé", "Dmitri", "Emma", "Farid", "Greta", "Hiro", "Ines", "Jonas",
            "Kofi", "Lena", "Marek", "Nora", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomás"};
    private static final String[] LAST = {"Berg", "Conti", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Ivanova",
            "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Ueda"};
    private static final String[] CITIES = {"Oslo", "Lyon", "Köln", "Porto", "Gent", "Turku", "Graz", "Brno", "Cork", "Bern"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchTable table = new BenchTable();
        run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000, table);
        table.print();
        printThreadCpu();
    }

    /** The whole run's CPU time by thread kind; threads that ended before (the second thread of each write) are not counted. */
    private static void printThreadCpu() throws IOException {
        Map<String, Double> seconds = ThreadCpu.secondsByKind();
        StringBuilder text = new StringBuilder("CPU time by thread, whole run:");
        seconds.entrySet().stream().filter(entry -> entry.getValue() >= 0.5)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> text.append(String.format(Locale.ROOT, " %s %.1f s;", entry.getKey(), entry.getValue())));
        System.out.println(text);
    }

    static void run(int rows, BenchTable table) throws Exception {
        Path folder = Files.createTempDirectory("rapport-import-bench");
        try {
            Path csv = folder.resolve("contacts.csv");
            writeCsv(csv, rows);
            System.out.printf(Locale.ROOT, "CSV of %,d rows: %.1f MB%n", rows, Files.size(csv) / 1e6);

            // Warm both paths up on a small file, so the figures are of steady code, not class loading.
            Path warm = folder.resolve("warm.csv");
            writeCsv(warm, 5_000);
            importThroughService(warm, folder.resolve("warm-store"));
            csvRead(warm, folder.resolve("warm-bare"));

            long[] service = importThroughService(csv, folder.resolve("store"));
            long bare = csvRead(csv, folder.resolve("bare"));
            double serviceSeconds = service[0] / 1e9;
            double bareSeconds = bare / 1e9;
            System.out.printf(Locale.ROOT, "ContactService import: %.2f s (preview: read, check, duplicate flags %.2f s; write %.2f s), %,.0f rows/s%n",
                    serviceSeconds, service[1] / 1e9, service[2] / 1e9, rows / serviceSeconds);
            System.out.printf(Locale.ROOT, "H2 CSVREAD into a bare table: %.2f s, %,.0f rows/s%n", bareSeconds, rows / bareSeconds);
            System.out.printf(Locale.ROOT, "ratio: %.0f%% of CSVREAD's rate%n", 100.0 * bareSeconds / serviceSeconds);
            table.add(String.format("CSV import of %,d rows", rows), "rows/s", rows / serviceSeconds, "H2 CSVREAD into a bare table",
                    rows / bareSeconds, "\u2265 40% of CSVREAD", bareSeconds / serviceSeconds >= 0.4);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Total, preview and write time in nanoseconds. */
    private static long[] importThroughService(Path csv, Path store) throws IOException {
        try (Store opened = Store.open(StoreLocation.of(store.toString()), Clock.systemDefaultZone())) {
            ContactService contacts = new ContactService(opened, Clock.systemUTC());
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long mainStart = threads.getCurrentThreadCpuTime();
            Map<String, Double> kindsStart = ThreadCpu.secondsByKind();
            ImportPreview preview = contacts.preview(csv, Progress.NONE);
            long read = System.nanoTime();
            long cpuRead = processCpuNanos();
            long mainRead = threads.getCurrentThreadCpuTime();
            Map<String, Double> kindsRead = ThreadCpu.secondsByKind();
            PhaseClock phases = new PhaseClock();
            ContactService.ImportResult result = contacts.importContacts(preview, false, DuplicateChoice.IMPORT, Map.of(), phases);
            long end = System.nanoTime();
            phases.phase("end");
            long cpuEnd = processCpuNanos();
            long mainEnd = threads.getCurrentThreadCpuTime();
            Map<String, Double> kindsEnd = ThreadCpu.secondsByKind();
            System.out.printf(Locale.ROOT, "  CPU time of the whole process: preview %.2f s, write %.2f s%n", (cpuRead - cpuStart) / 1e9,
                    (cpuEnd - cpuRead) / 1e9);
            // The calling thread's own CPU time is the path the clock waits for on idle cores (garbage collection pauses aside).
            System.out.printf(Locale.ROOT, "  CPU time of the calling thread: preview %.2f s, write %.2f s%n", (mainRead - mainStart) / 1e9,
                    (mainEnd - mainRead) / 1e9);
            System.out.println("  write phases: " + phases.report());
            System.out.println("  CPU by thread kind, preview:" + ThreadCpu.spent(kindsStart, kindsRead));
            System.out.println("  CPU by thread kind, write:" + ThreadCpu.spent(kindsRead, kindsEnd));
            if (result.imported() != preview.candidates().size()) {
                throw new IllegalStateException("imported " + result.imported() + " of " + preview.candidates().size());
            }
            return new long[] {end - start, read - start, end - read};
        }
    }

    /** CPU time of every thread of this process so far (H2's background writer included): the figure that holds on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Time spent between the import's progress messages, by their first word. */
    private static final class PhaseClock implements Progress {
        private final Map<String, Long> spent = new java.util.LinkedHashMap<>();
        private String current;
        private long since = System.nanoTime();

        @Override
        public void update(long done, long total, String message) {
            phase(message.split(" ")[0]);
        }

        void phase(String name) {
            long now = System.nanoTime();
            if (current != null) {
                spent.merge(current, now - since, Long::sum);
            }
            if (!name.equals(current)) {
                current = name;
            }
            since = now;
        }

        String report() {
            StringBuilder text = new StringBuilder();
            spent.forEach((name, nanos) -> text.append(String.format(Locale.ROOT, "%s %.2f s  ", name, nanos / 1e9)));
            return text.toString().strip();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private static long csvRead(Path csv, Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath() + ";WRITE_DELAY=0", "sa", "");
             Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE bare AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
            statement.execute("CHECKPOINT SYNC");
            long end = System.nanoTime();
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM bare")) {
                count.next();
                if (count.getLong(1) == 0) {
                    throw new IllegalStateException("CSVREAD read nothing");
                }
            }
            return end - start;
        }
    }

    static void writeCsv(Path file, int rows) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,Mobile,Work Phone,Email,City,Tags\n");
            for (int i = 0; i < rows; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                out.write(first + "," + last + ",+44 7700 " + String.format(Locale.ROOT, "%06d", i) + ",020 7946 "
                        + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)) + ","
                        + first.toLowerCase(Locale.ROOT) + "." + i + "@example.com," + CITIES[random.nextInt(CITIES.length)] + ","
                        + (random.nextInt(4) == 0 ? "\"vip, newsletter\"" : "newsletter") + "\n");
            }
        }
    }
}
