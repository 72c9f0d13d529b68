package app.rapport.bench;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.PhoneNumbers;
import app.rapport.service.CallService;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The screen pop, end to end, in two processes as a desk runs it: a Rapport window open on a demo
 * store, and {@code rapport pop NUMBER} started as a softphone starts it, each with the installed
 * launcher's JVM options (no start-up archive: the installed app on Linux has one, so these are
 * upper bounds). Times each run from starting the {@code pop} process to the window laying out the
 * caller's brief (the window prints each brief headline it lays out, {@code -Drapport.benchmark=pop}),
 * and prints every run, the first pop into the fresh window apart, then p50 and p95 of the others,
 * with the load average before and after. Each caller is a different client, their number written
 * in national format where the store's country allows (not as stored). Needs a display (Xvfb).
 * <p>
 * {@code PopLatencyBenchmark STORE [RUNS]}: STORE is made as a 300-client salon demo when it does
 * not exist; each pop leaves a pending call in it, so give it a throw-away store.
 */
public final class PopLatencyBenchmark {
    private static final String CLIENTS_SHOWN = "rapport-benchmark: clients shown";
    private static final String BRIEF = "rapport-benchmark: brief ";

    private PopLatencyBenchmark() {
    }

    private record Caller(String name, String number) {
    }

    private record Line(String text, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !WindowBenchmarks.canRun()) {
            throw new IllegalArgumentException("Usage: PopLatencyBenchmark STORE [RUNS], with DISPLAY set (Xvfb :N)");
        }
        Path store = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (!Files.exists(Path.of(store + ".mv.db"))) {
            run(java(List.of("--db", store.toString(), "demo", "--business", "salon", "--clients", "300")));
        }
        List<Caller> callers = callers(store, runs + 1);
        System.out.println("load average before: " + loadAverage());

        BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        List<String> windowCommand = new ArrayList<>(java(List.of("--db", store.toString())));
        windowCommand.add(1, "-Drapport.benchmark=pop");
        Process window = new ProcessBuilder(windowCommand).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8))) {
                for (String text = out.readLine(); text != null; text = out.readLine()) {
                    lines.add(new Line(text, System.nanoTime()));
                }
            } catch (IOException e) {
                // the window ended; waitFor below says so
            }
        }, "window-output");
        reader.setDaemon(true);
        reader.start();
        try {
            waitFor(lines, CLIENTS_SHOWN, 120);
            long[] millis = new long[callers.size()];
            for (int i = 0; i < callers.size(); i++) {
                Caller caller = callers.get(i);
                lines.clear();
                long start = System.nanoTime();
                Process pop = new ProcessBuilder(java(List.of("--db", store.toString(), "pop", caller.number())))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Line shown = waitFor(lines, BRIEF, caller.name(), 60);
                millis[i] = (shown.nanos() - start) / 1_000_000;
                if (!pop.waitFor(60, TimeUnit.SECONDS) || pop.exitValue() != 0) {
                    throw new IllegalStateException("rapport pop " + caller.number() + " failed");
                }
                System.out.printf("  pop %2d  %-28s %-18s %5d ms%s%n", i, caller.name(), caller.number(), millis[i],
                        i == 0 ? "  (first pop into the fresh window)" : "");
            }
            long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
            Arrays.sort(warm);
            System.out.printf("first pop %d ms; then %d pops: p50 %d ms, p95 %d ms, max %d ms%n", millis[0], warm.length,
                    percentile(warm, 50), percentile(warm, 95), warm[warm.length - 1]);
            System.out.println("load average after: " + loadAverage());
        } finally {
            window.destroy();
            if (!window.waitFor(20, TimeUnit.SECONDS)) {
                window.destroyForcibly();
            }
        }
    }

    /** Clients with a number of their own (a shared one lists several, with no brief), the number written another way. */
    private static List<Caller> callers(Path store, int wanted) {
        try (RapportServices services = RapportServices.open(StoreLocation.of(store.toString()))) {
            String region = services.contacts().phoneRegion();
            List<Caller> callers = new ArrayList<>();
            for (ClientSummary client : services.clients().search("", 2000).clients()) {
                if (callers.size() == wanted) {
                    break;
                }
                if (client.primaryPhone() == null || client.primaryPhone().isBlank()) {
                    continue;
                }
                CallService.IncomingCall call = services.calls().incoming(client.primaryPhone());
                if (call.client().isPresent() && call.e164() != null) {
                    callers.add(new Caller(client.displayName(), PhoneNumbers.display(call.e164(), region, PhoneNumbers.Style.NATIONAL)));
                }
            }
            if (callers.size() < wanted) {
                throw new IllegalStateException("The store has only " + callers.size() + " clients with a number of their own");
            }
            return callers;
        }
    }

    private static Line waitFor(BlockingQueue<Line> lines, String prefix, long seconds) throws InterruptedException {
        return waitFor(lines, prefix, "", seconds);
    }

    private static Line waitFor(BlockingQueue<Line> lines, String prefix, String containing, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (;;) {
            Line line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("The window did not say \"" + prefix + containing + "\" within " + seconds + " s");
            }
            if (line.text().startsWith(prefix) && line.text().contains(containing)) {
                return line;
            }
        }
    }

    /** The app's main class with the launcher's JVM options and this program's class path. */
    private static List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(WindowBenchmarks.launcherFlags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("app.rapport.app.Main");
        command.addAll(arguments);
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + command);
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** What {@code uptime} says: the load average the figures were taken under. */
    private static String loadAverage() throws IOException, InterruptedException {
        Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        String said = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        uptime.waitFor();
        return said;
    }
}
