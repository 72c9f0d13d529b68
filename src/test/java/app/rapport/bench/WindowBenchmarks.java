package app.rapport.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Whole-app figures from child processes: time from process start to the main window with its
 * client list filled, and resident memory after scrolling the list end to end, each beside a bare
 * JavaFX window that shows one label, started with the same libraries and JVM flags. Needs a
 * display: run under {@code xvfb-run -a}.
 * <p>
 * Both start as the installed launcher starts Rapport: from jars, with the launcher's options and
 * a class-data-sharing archive of their own, made by a training run (packaging/train-cds.sh makes
 * the installed app's). Without an archive the JVM parses and verifies every class it loads.
 */
final class WindowBenchmarks {
    /** The installed launcher's own JVM options, so the figures are what an installed app gets. */
    static final Path LAUNCHER_OPTIONS = Path.of("packaging", "java-options.txt");
    private static final Path APP_JAR = Path.of("target", "rapport.jar");
    private static final Path LIBRARIES = Path.of("target", "lib");
    private static final String SHOWN = "rapport-benchmark: clients shown";
    private static final String SCROLLED = "rapport-benchmark: clients scrolled";
    private static final int START_UPS = 5;

    private WindowBenchmarks() {
    }

    static boolean canRun() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    /** Rapport and the bare window, each with its class path and start-up archive (null when none could be made). */
    record Programs(Program app, Program bare) {
        static Programs prepare(Path store, Path work) throws IOException, InterruptedException {
            if (!Files.isRegularFile(APP_JAR) || !Files.isDirectory(LIBRARIES)) {
                throw new IllegalStateException("The window figures start " + APP_JAR + " with " + LIBRARIES
                        + "; build them first: ./mvnw -B package -DskipTests");
            }
            List<String> libraries;
            try (var jars = Files.list(LIBRARIES)) {
                libraries = jars.filter(jar -> jar.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
            }
            Program app = new Program("Rapport", classPath(APP_JAR, libraries),
                    List.of("app.rapport.app.Main", "--db", store.toString()), null);
            Program bare = new Program("bare window", classPath(bareWindowJar(work), libraries), List.of(BareWindow.class.getName()), null);
            return new Programs(app.trained(work.resolve("rapport")), bare.trained(work.resolve("bare")));
        }

        private static List<String> classPath(Path jar, List<String> libraries) {
            List<String> path = new ArrayList<>();
            path.add(jar.toAbsolutePath().toString());
            path.addAll(libraries.stream().map(library -> Path.of(library).toAbsolutePath().toString()).toList());
            return path;
        }

        /** The bare window's classes in a jar of their own: archives can only hold classes from jars. */
        private static Path bareWindowJar(Path work) throws IOException {
            Path jar = work.resolve("bare-window.jar");
            Path classes;
            try {
                classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IOException("Cannot find the bare window's classes", e);
            }
            Path folder = classes.resolve(BareWindow.class.getPackageName().replace('.', '/'));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(BareWindow.class.getSimpleName())).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            return jar;
        }
    }

    /** A program to start: its class path, main class and arguments, and its start-up archive. */
    record Program(String name, List<String> classPath, List<String> mainAndArguments, Path archive) {
        /**
         * This program with an archive of the classes a start loads: one start writes their list,
         * then the JVM dumps them. When that fails the program runs without one, and says so.
         */
        Program trained(Path prefix) throws IOException, InterruptedException {
            Path classList = Path.of(prefix + ".classlist");
            Path archive = Path.of(prefix + ".jsa");
            startUntil(command(List.of("-XX:DumpLoadedClassList=" + classList), "startup"), SHOWN);
            List<String> dump = new ArrayList<>(java(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + archive)));
            dump.add("-cp");
            dump.add(String.join(File.pathSeparator, classPath));
            Process dumping = new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (dumping.waitFor() != 0 || !Files.isRegularFile(archive)) {
                System.out.println("  no start-up archive for the " + name + " (the dump failed); it starts without one");
                return this;
            }
            System.out.printf("  start-up archive for the %s: %,d classes, %,d MB%n", name, Files.readAllLines(classList).size(),
                    Files.size(archive) >> 20);
            return new Program(name, classPath, mainAndArguments, archive);
        }

        List<String> command(String probe) {
            return command(archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive), probe);
        }

        private List<String> command(List<String> extraFlags, String probe) {
            List<String> command = java(extraFlags);
            command.add("-Drapport.benchmark=" + probe);
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classPath));
            command.addAll(mainAndArguments);
            return command;
        }
    }

    static void coldStart(Programs programs, BenchTable table) throws IOException, InterruptedException {
        long[] app = new long[START_UPS];
        long[] bare = new long[START_UPS];
        for (int run = 0; run < START_UPS; run++) {
            bare[run] = startUntil(programs.bare().command("startup"), SHOWN).nanos;
            app[run] = startUntil(programs.app().command("startup"), SHOWN).nanos;
        }
        double appMillis = median(app);
        double bareMillis = median(bare);
        table.add("Cold start to a filled client list (median of " + START_UPS + ")", "ms", appMillis,
                "bare JavaFX window", bareMillis, "\u2264 1.5\u00d7", appMillis <= 1.5 * bareMillis);
    }

    static void memory(Programs programs, BenchTable table) throws IOException, InterruptedException {
        double app = startUntil(programs.app().command("scroll"), SCROLLED).residentKilobytes / 1024.0;
        double bare = startUntil(programs.bare().command("startup"), SHOWN).residentKilobytes / 1024.0;
        table.add("Resident memory after scrolling the whole client list", "MB", app,
                "bare JavaFX window", bare, "\u2264 400 MB", app <= 400);
    }

    private static List<String> java(List<String> extraFlags) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherFlags());
        command.addAll(extraFlags);
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
