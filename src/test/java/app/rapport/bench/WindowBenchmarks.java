package app.rapport.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-app figures from child processes: time from process start to the main window with its
 * client list filled, and resident memory after scrolling the list end to end, each beside a bare
 * JavaFX window that shows one label, started with the same class path and JVM flags. Needs a
 * display: run under {@code xvfb-run -a}.
 */
final class WindowBenchmarks {
    /** The installed launcher's own JVM options, so the figures are what an installed app gets. */
    static final Path LAUNCHER_OPTIONS = Path.of("packaging", "java-options.txt");
    private static final String SHOWN = "rapport-benchmark: clients shown";
    private static final String SCROLLED = "rapport-benchmark: clients scrolled";
    private static final int START_UPS = 5;

    private WindowBenchmarks() {
    }

    static boolean canRun() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    static void coldStart(Path store, BenchTable table) throws IOException, InterruptedException {
        long[] app = new long[START_UPS];
        long[] bare = new long[START_UPS];
        for (int run = 0; run < START_UPS; run++) {
            bare[run] = startUntil(bareWindow(), SHOWN).nanos;
            app[run] = startUntil(rapport(store, "startup"), SHOWN).nanos;
        }
        double appMillis = median(app);
        double bareMillis = median(bare);
        table.add("Cold start to a filled client list (median of " + START_UPS + ")", "ms", appMillis,
                "bare JavaFX window", bareMillis, "\u2264 1.5\u00d7", appMillis <= 1.5 * bareMillis);
    }

    static void memory(Path store, BenchTable table) throws IOException, InterruptedException {
        double app = startUntil(rapport(store, "scroll"), SCROLLED).residentKilobytes / 1024.0;
        double bare = startUntil(bareWindow(), SHOWN).residentKilobytes / 1024.0;
        table.add("Resident memory after scrolling the whole client list", "MB", app,
                "bare JavaFX window", bare, "\u2264 400 MB", app <= 400);
    }

    private static List<String> rapport(Path store, String probe) {
        List<String> command = java();
        command.add("-Drapport.benchmark=" + probe);
        command.add("app.rapport.app.Main");
        command.add("--db");
        command.add(store.toString());
        return command;
    }

    private static List<String> bareWindow() {
        List<String> command = java();
        command.add(BareWindow.class.getName());
        return command;
    }

    private static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherFlags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    /** The options of packaging/java-options.txt, less those that name files of an installed app. */
    static List<String> launcherFlags() {
        try {
            return Files.readAllLines(LAUNCHER_OPTIONS).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.contains("$APPDIR")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Run the benchmarks from the project folder: " + LAUNCHER_OPTIONS + " is not readable", e);
        }
    }

    private record Started(long nanos, long residentKilobytes) {
    }

    /** Starts the command, waits for {@code line} on its output, measures, and ends the process. */
    private static Started startUntil(List<String> command, String line) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("rapport-bench", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String read;
            while ((read = out.readLine()) != null) {
                if (read.equals(line)) {
                    long nanos = System.nanoTime() - start;
                    return new Started(nanos, residentKilobytes(process.pid()));
                }
            }
            throw new IllegalStateException("The process ended before saying \"" + line + "\": " + command + "\n" + Files.readString(errors));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(errors);
        }
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String status : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (status.startsWith("VmRSS:")) {
                return Long.parseLong(status.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
