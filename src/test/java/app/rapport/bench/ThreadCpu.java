package app.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of this JVM's threads by kind, where Linux tells it ({@code /proc/self/task}): the
 * JIT compilers and the collector share the cores with the work measured, which its own threads'
 * figures do not show.
 */
final class ThreadCpu {
    private ThreadCpu() {
    }

    /** CPU seconds of the JVM's threads so far by kind (digits left out of their names), where Linux tells it. */
    static Map<String, Double> secondsByKind() throws IOException {
        Map<String, Double> seconds = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return seconds;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String kind = Files.readString(thread.resolve("comm")).strip().replaceAll("[0-9#]+$", "");
                    String stat = Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // user and system time, in the kernel's clock ticks (100 a second)
                    seconds.merge(kind, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0, Double::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while it was read
                }
            }
        }
        return seconds;
    }

    /**
     * The CPU seconds each kind of thread spent between two readings of {@link #secondsByKind}, the
     * busiest first ("C2 CompilerThre 3.1 s; GC Thread 0.8 s;"); a thread that ended in between is not counted.
     */
    static String spent(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder text = new StringBuilder();
        after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0.0)))
                .filter(entry -> entry.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> text.append(String.format(java.util.Locale.ROOT, " %s %.1f s;", entry.getKey(), entry.getValue())));
        return text.toString();
    }
}
