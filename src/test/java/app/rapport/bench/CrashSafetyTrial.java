package app.rapport.bench;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.service.RapportServices;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.jooq.DSLContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * Crash safety, measured: a child JVM writes random transactions through the real services
 * (new clients, notes, touchpoints with follow-ups) and prints the id of each one once its commit
 * has returned; the parent kills it with SIGKILL at a random moment, reopens the store, and checks
 * that the store opens and that every transaction reported as committed is there. The same store
 * goes through every trial, so each trial also starts from a store that was killed before.
 *
 * <pre>java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.CrashSafetyTrial [TRIALS] [SEED]</pre>
 *
 * Prints one line per trial and a summary; exits with 1 when anything committed was lost or the
 * store did not open.
 */
public final class CrashSafetyTrial {
    private static final String COMMITTED = "committed ";

    private CrashSafetyTrial() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path folder = Files.createTempDirectory("rapport-crash-");
        Result result = run(trials, seed, folder, System.out);
        System.out.printf("%d trials (seed %d): %d transactions reported committed, %d lost, %d failed opens; store %s%n",
                result.trials(), seed, result.committed(), result.lost(), result.failedOpens(), folder);
        System.exit(result.lost() == 0 && result.failedOpens() == 0 ? 0 : 1);
    }

    /** What the trials found. */
    public record Result(int trials, int committed, int lost, int failedOpens) {
    }

    /** Runs {@code trials} kill-and-check rounds on one store in {@code folder}, printing a line per trial. */
    public static Result run(int trials, long seed, Path folder, PrintStream log) throws Exception {
        Random random = new Random(seed);
        StoreLocation location = StoreLocation.of(folder.resolve("crash").toString());
        Store.open(location, Clock.systemDefaultZone()).close();
        Map<UUID, String> committed = new ConcurrentHashMap<>();
        int lost = 0;
        int failedOpens = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), location.toString(),
                    Long.toString(random.nextLong()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch writing = new CountDownLatch(1);
            List<UUID> reportedThisTrial = new ArrayList<>();
            Thread reader = new Thread(() -> readReports(child, writing, committed, reportedThisTrial), "crash-trial-reader");
            reader.start();
            // The clock starts at the first commit: a cold JVM's first writes are slow, and the kill
            // should land while transactions are flowing, mid-commit as often as not.
            if (!writing.await(120, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
                throw new IllegalStateException("the writer did not commit anything within two minutes");
            }
            long killAfterMillis = random.nextInt(2500);
            Thread.sleep(killAfterMillis);
            child.destroyForcibly();
            child.waitFor();
            reader.join();

            int missing;
            try (Store store = Store.open(location, Clock.systemDefaultZone())) {
                missing = countMissing(store.dsl(), committed);
            } catch (RuntimeException e) {
                failedOpens++;
                log.printf("trial %d: the store did not open after the kill: %s%n", trial, e.getMessage());
                continue;
            }
            lost += missing;
            log.printf("trial %2d: killed %4d ms after its first commit, %3d committed in this run, %5d in all, %d missing%n",
                    trial, killAfterMillis, reportedThisTrial.size(), committed.size(), missing);
        }
        return new Result(trials, committed.size(), lost, failedOpens);
    }

    private static void readReports(Process child, CountDownLatch writing, Map<UUID, String> committed, List<UUID> reportedThisTrial) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(COMMITTED)) {
                    String[] parts = line.substring(COMMITTED.length()).split(" ");
                    // The kill may cut the last line short: a partial id was not fully reported.
                    if (parts.length == 2 && parts[1].length() == 36) {
                        UUID id = UUID.fromString(parts[1]);
                        committed.put(id, parts[0]);
                        reportedThisTrial.add(id);
                        writing.countDown();
                    }
                }
            }
        } catch (java.io.IOException e) {
            // the pipe closes when the child is killed
        } finally {
            writing.countDown();
        }
    }

    private static int countMissing(DSLContext dsl, Map<UUID, String> committed) {
        int missing = 0;
        for (Map.Entry<UUID, String> entry : committed.entrySet()) {
            boolean found = switch (entry.getValue()) {
                case "client" -> dsl.fetchExists(CLIENT, CLIENT.ID.eq(entry.getKey()));
                case "note" -> dsl.fetchExists(NOTE, NOTE.ID.eq(entry.getKey()));
                case "touchpoint" -> dsl.fetchExists(TOUCHPOINT, TOUCHPOINT.ID.eq(entry.getKey()));
                default -> throw new IllegalStateException("unknown kind " + entry.getValue());
            };
            if (!found) {
                missing++;
            }
        }
        return missing;
    }

    /** The child: writes random transactions until it is killed, reporting each after its commit. */
    public static final class Writer {
        private Writer() {
        }

        public static void main(String[] args) {
            StoreLocation location = StoreLocation.of(args[0]);
            Random random = new Random(Long.parseLong(args[1]));
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            RapportServices services = RapportServices.open(location, Clock.systemUTC());
            List<UUID> clients = new ArrayList<>(services.clients().search("", 200).clients().stream().map(c -> c.id()).toList());
            for (long n = 0; ; n++) {
                if (clients.isEmpty() || random.nextInt(4) == 0) {
                    Client saved = services.clients().save(newClient(random, n));
                    clients.add(saved.id());
                    report(out, "client", saved.id());
                } else if (random.nextBoolean()) {
                    UUID client = clients.get(random.nextInt(clients.size()));
                    report(out, "note", services.notes().add(client, "Crash trial note " + n + ": " + "x".repeat(random.nextInt(400)), false).id());
                } else {
                    UUID client = clients.get(random.nextInt(clients.size()));
                    Instant now = Instant.now();
                    Touchpoint logged = services.touchpoints().log(new Touchpoint(null, client, now.minus(Duration.ofMinutes(5)), Channel.CALL,
                            Direction.OUTBOUND, "Crash trial call " + n, null, Mood.values()[random.nextInt(Mood.values().length)],
                            random.nextBoolean() ? java.time.LocalDate.now().plusDays(7) : null));
                    report(out, "touchpoint", logged.id());
                }
            }
        }

        private static void report(PrintStream out, String kind, UUID id) {
            out.println(COMMITTED + kind + " " + id);
            out.flush();
        }

        private static Client newClient(Random random, long n) {
            Instant now = Instant.now();
            String first = List.of("Ada", "Ben", "Chloé", "Dev", "Erin", "Farid").get(random.nextInt(6));
            String last = "Trial" + n;
            return ClientBuilder.person(first, last).phone("mobile", "+44 7700 9" + String.format("%05d", random.nextInt(100_000)))
                    .email("personal", first.toLowerCase(java.util.Locale.ROOT) + n + "@example.org")
                    .source("crash trial").preferredChannel(Channel.CALL).tags("trial").createdAt(now).updatedAt(now).build();
        }
    }
}
