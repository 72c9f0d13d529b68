package app.rapport.bench;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.DemoDataService;
import app.rapport.service.LaptopService;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.FieldLaptops;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static app.rapport.store.jooq.Tables.CLIENT;

/**
 * Sync safety, measured (issue 19): a laptop store and its team server each get changes while
 * apart (the same field of some clients edited on both sides, different fields of others, new
 * calls, notes and clients), a child JVM runs a sync round through the real services, and at a
 * random moment of the round the child is killed with SIGKILL, or, with {@code --restart-server},
 * the server itself is restarted under it (a private PostgreSQL cluster the trial starts, never the
 * machine's own). Then a fresh round completes, and both stores are checked: the same book, every
 * call and note once, nothing lost, each crossing edit in Conflicts once. The same laptop and server
 * go through every trial, so each trial also starts from stores a cut round left behind.
 * <p>
 * The moment is drawn over the span of an uncut round of the same size, timed first.
 *
 * <pre>java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.SyncKillTrial [TRIALS] [SEED] [--restart-server] [--changes N]</pre>
 *
 * Without {@code --restart-server} the server is a new database on the PostgreSQL named by
 * RAPPORT_TEST_POSTGRESQL (and RAPPORT_TEST_PASSWORD). Prints a line per trial and a summary;
 * exits with 1 when any trial found a problem.
 */
public final class SyncKillTrial {
    private static final String SYNCING = "syncing";
    private static final String SYNCED = "synced ";
    private static final String CHANGE = "change ";
    private static final String PASSWORD_VARIABLE = "RAPPORT_TRIAL_SERVER_PASSWORD";
    private static final int PRIVATE_PORT = 55432;

    private SyncKillTrial() {
    }

    /** What the trials found: how many cuts landed inside the round, and every problem a check found. */
    public record Result(int trials, int cutMidRound, long calibrationMillis, List<String> problems) {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean restartServer = arguments.remove("--restart-server");
        int changes = 40;
        int changesAt = arguments.indexOf("--changes");
        if (changesAt >= 0) {
            changes = Integer.parseInt(arguments.remove(changesAt + 1));
            arguments.remove(changesAt);
        }
        int trials = !arguments.isEmpty() ? Integer.parseInt(arguments.get(0)) : 20;
        long seed = arguments.size() > 1 ? Long.parseLong(arguments.get(1)) : System.nanoTime();
        Path folder = Files.createTempDirectory("rapport-synctrial-");
        Result result;
        if (restartServer) {
            try (PrivateCluster cluster = PrivateCluster.start(folder.resolve("pg"), PRIVATE_PORT)) {
                result = run(trials, seed, changes, folder, cluster.newDatabase("synctrial"), cluster, System.out);
            }
        } else {
            result = run(trials, seed, changes, folder, TestStores.emptyServerDatabase(), null, System.out);
        }
        System.out.printf("%d trials (seed %d, %s, %d changes a side each): %d cut inside the round, %d problems; an uncut round took %d ms;"
                        + " load %s; folder %s%n", result.trials(), seed, restartServer ? "server restarted" : "sync killed with SIGKILL", changes,
                result.cutMidRound(), result.problems().size(), result.calibrationMillis(), uptime(), folder);
        result.problems().forEach(problem -> System.out.println("  problem: " + problem));
        System.exit(result.problems().isEmpty() ? 0 : 1);
    }

    /**
     * Runs {@code trials} cut-and-resume rounds between a laptop store in {@code folder} and the
     * book at {@code server}; with a {@code cluster}, the cut restarts the server instead of
     * killing the syncing process. {@code changes} is each side's calls, notes and new clients a trial.
     */
    public static Result run(int trials, long seed, int changes, Path folder, StoreLocation server, PrivateCluster cluster, PrintStream log)
            throws Exception {
        Random random = new Random(seed);
        Clock clock = Clock.systemUTC();
        StoreLocation laptopLocation = StoreLocation.of(folder.resolve("laptop").toString());
        List<UUID> clients;
        try (Store office = Store.open(server, clock); Store laptop = Store.open(laptopLocation, clock)) {
            new DemoDataService(office, clock).load(DemoBusiness.SALON, 40, seed, Progress.NONE);
            clients = office.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
            FieldLaptops.link(laptop, server, "trial laptop", clock);
        }
        OfflineWork work = new OfflineWork();
        List<String> problems = new ArrayList<>();
        work(work, 0, changes, clients, random, laptopLocation, server, clock);
        Child calibration = syncInChild(laptopLocation, server, -1, null);
        if (calibration.millis() < 0) {
            throw new IllegalStateException("the uncut round did not finish: " + calibration.said());
        }
        long span = calibration.millis();
        // opening the server store is most of a cold round: the cuts are drawn mostly over the part where changes flow
        long from = calibration.firstChangeMillis() * 4 / 5;
        problems.addAll(check(work, 0, laptopLocation, server, clock, log, "calibration: an uncut round took " + span + " ms, its first change "
                + calibration.firstChangeMillis() + " ms in; cuts are drawn from " + from + " to " + (span + span / 10) + " ms"));
        int cutMidRound = 0;
        for (int trial = 1; trial <= trials; trial++) {
            work(work, trial, changes, clients, random, laptopLocation, server, clock);
            long cutAfter = from + random.nextInt((int) Math.max(1, span + span / 10 - from));
            Child child = syncInChild(laptopLocation, server, cutAfter, cluster);
            boolean midRound = child.millis() < 0;
            if (midRound) {
                cutMidRound++;
            }
            String what = (cluster == null ? "killed " : "server restarted ") + cutAfter + " ms into the round, "
                    + (midRound ? "mid-round, " + child.changesApplied() + " changes applied in its transactions so far"
                    : child.millis() > cutAfter ? "the round carried on through it and ended after " + child.millis() + " ms"
                    : "after it ended (" + child.millis() + " ms)");
            if (cluster != null && !child.plain()) {
                problems.add("trial " + trial + ": the cut round said: " + child.said());
            }
            problems.addAll(check(work, trial, laptopLocation, server, clock, log, what + (cluster == null ? "" : "; it said: " + child.said())));
        }
        return new Result(trials, cutMidRound, span, problems);
    }

    /** One side's work between syncs: the same field of one client on both sides, different fields of another, calls, notes, a client. */
    private static void work(OfflineWork work, int trial, int changes, List<UUID> clients, Random random, StoreLocation laptopLocation,
                             StoreLocation server, Clock clock) {
        UUID bothSameField = clients.get((2 * trial) % clients.size());
        UUID bothOtherFields = clients.get((2 * trial + 1) % clients.size());
        try (Store laptop = Store.open(laptopLocation, clock); Store office = Store.open(server, clock)) {
            laptop.workAs("Ana (laptop)");
            office.workAs("Office");
            work.edit(laptop, true, bothSameField, OfflineWork.EditedField.SOURCE, "trial " + trial + " laptop's source");
            work.edit(office, false, bothSameField, OfflineWork.EditedField.SOURCE, "trial " + trial + " office's source");
            work.edit(laptop, true, bothOtherFields, OfflineWork.EditedField.COMPANY_NAME, "Laptop & Co " + trial);
            work.edit(office, false, bothOtherFields, OfflineWork.EditedField.ADDRESS_AS, "Office's form " + trial);
            for (Store side : List.of(laptop, office)) {
                String who = side == laptop ? "laptop" : "office";
                for (int n = 0; n < changes; n++) {
                    UUID client = clients.get(random.nextInt(clients.size()));
                    switch (random.nextInt(5)) {
                        case 0, 1 -> work.logCall(side, client, "Trial " + trial + " " + who + " call " + n);
                        case 2, 3 -> work.addNote(side, client, "Trial " + trial + " " + who + " note " + n);
                        default -> work.newClient(side, "Trial" + trial, who + n);
                    }
                }
            }
        }
    }

    /** The fresh round after the cut, then the checks of both stores, printed as the trial's line. */
    private static List<String> check(OfflineWork work, int trial, StoreLocation laptopLocation, StoreLocation server, Clock clock,
                                      PrintStream log, String what) {
        try (Store laptop = Store.open(laptopLocation, clock); Store office = Store.open(server, clock)) {
            FieldLaptops.Round round = FieldLaptops.sync(laptop, server, clock, FieldLaptops.Progress.NONE);
            work.synced();
            List<String> problems = work.problems(office, laptop);
            log.printf("trial %2d: %s; then a fresh round sent %d, received %d, %d new conflicts; %d open in all; %s%n", trial, what,
                    round.pushed(), round.pulled(), round.conflicts(), FieldLaptops.openConflicts(office.dsl()).size(),
                    problems.isEmpty() ? "same book, every change once" : "PROBLEMS: " + String.join("; ", problems));
            return problems.stream().map(problem -> "trial " + trial + ": " + problem).toList();
        }
    }

    /**
     * What the child said: how long its round took (-1: cut before it ended), when it applied its
     * first change (-1: none), how many it had applied, and its last line.
     */
    private record Child(long millis, long firstChangeMillis, int changesApplied, String said) {
        /** A sentence for a person, not a program's error. */
        boolean plain() {
            return millis >= 0 || said.startsWith("Kept ") && !said.contains("SQL") && !said.contains("Exception");
        }
    }

    /**
     * Runs a round in a child JVM; after {@code cutAfterMillis} from the round's start (negative:
     * never) kills it, or restarts {@code cluster}'s server under it.
     */
    private static Child syncInChild(StoreLocation laptop, StoreLocation server, long cutAfterMillis, PrivateCluster cluster) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Syncer.class.getName(), laptop.toString())
                .redirectErrorStream(true);
        if (server.server().password() != null) {
            builder.environment().put(PASSWORD_VARIABLE, new String(server.server().password()));
        }
        Process child = builder.start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = output.readLine()) != null; ) {
                    lines.add(line);
                    if (line.equals(SYNCING)) {
                        started.complete(null);
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the child is killed
            } finally {
                started.complete(null);
            }
        }, "sync-trial-reader");
        reader.start();
        started.get(120, TimeUnit.SECONDS);
        if (cutAfterMillis >= 0) {
            Thread.sleep(cutAfterMillis);
            if (cluster == null) {
                child.destroyForcibly();
            } else if (child.isAlive()) {
                cluster.restart();
            }
        }
        if (!child.waitFor(180, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
        }
        reader.join();
        List<String> changes = lines.stream().filter(line -> line.startsWith(CHANGE)).toList();
        long firstChange = changes.isEmpty() ? -1 : Long.parseLong(changes.get(0).substring(CHANGE.length()));
        List<String> said = lines.stream().filter(line -> !line.startsWith(CHANGE) && !line.equals(SYNCING)).toList();
        String last = said.isEmpty() ? "" : said.get(said.size() - 1);
        if (last.startsWith(SYNCED)) {
            String[] parts = last.substring(SYNCED.length()).split(" ", 2);
            long millis = Long.parseLong(parts[0]);
            // a round that ended offline was cut by the restart: its sentence is what the person reads
            return new Child(parts[1].startsWith("Kept ") ? -1 : millis, firstChange, changes.size(), parts[1]);
        }
        return new Child(-1, firstChange, changes.size(), String.join(" | ", said.subList(Math.max(0, said.size() - 3), said.size())));
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The child: one sync round of the laptop store through the services, as the command line runs it. */
    public static final class Syncer {
        private Syncer() {
        }

        public static void main(String[] args) {
            String password = System.getenv(PASSWORD_VARIABLE);
            try (RapportServices services = RapportServices.open(StoreLocation.of(args[0]), Clock.systemUTC())) {
                System.out.println(SYNCING);
                System.out.flush();
                long start = System.nanoTime();
                LaptopService.SyncRound round = services.laptops().sync(password == null ? null : password.toCharArray(), (done, total) -> {
                    System.out.println(CHANGE + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    System.out.flush();
                });
                System.out.println(SYNCED + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " " + round.sentence());
                System.out.flush();
            }
        }
    }
}
