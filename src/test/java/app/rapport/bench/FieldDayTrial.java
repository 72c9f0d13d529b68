package app.rapport.bench;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.DemoDataService;
import app.rapport.service.LaptopService;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.FieldLaptops;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static app.rapport.store.jooq.Tables.CLIENT;

/**
 * The done-when day of issue 19, scripted: a laptop linked to a team server (a private PostgreSQL
 * cluster this program starts, so that it can really stop it), the server stopped, a day on the
 * laptop (20 calls, field edits, notes, a new client; a sync tried meanwhile finds the server gone),
 * the server back and the office editing the same fields of some of the same clients and other
 * fields of others, then one sync. Prints its figures and whatever is wrong: both sides must hold
 * everything, the overlapping field edits in Conflicts with both values.
 *
 * <pre>java -cp "target/test-classes:target/classes:target/lib/*" app.rapport.bench.FieldDayTrial [FOLDER] [--clients N] [--leave-for-window]</pre>
 *
 * With {@code --leave-for-window} it stops before the sync, with the server stopped again, and
 * prints how to open the laptop store in the window and start the server, to watch the round there.
 */
public final class FieldDayTrial {
    private static final int PORT = 55433;

    private FieldDayTrial() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of(args));
        boolean leaveForWindow = arguments.remove("--leave-for-window");
        int clients = 300;
        int clientsAt = arguments.indexOf("--clients");
        if (clientsAt >= 0) {
            clients = Integer.parseInt(arguments.remove(clientsAt + 1));
            arguments.remove(clientsAt);
        }
        Path folder = arguments.isEmpty() ? Files.createTempDirectory("rapport-fieldday-") : Path.of(arguments.get(0));
        Clock clock = Clock.systemUTC();
        PrivateCluster cluster = PrivateCluster.start(folder.resolve("pg"), PORT);
        StoreLocation server = cluster.newDatabase("fieldday");
        StoreLocation laptopLocation = StoreLocation.of(folder.resolve("laptop").toString());
        Files.deleteIfExists(folder.resolve("laptop.mv.db"));
        List<UUID> book;
        try (Store office = Store.open(server, clock); Store laptop = Store.open(laptopLocation, clock)) {
            new DemoDataService(office, clock).load(DemoBusiness.SALON, clients, 19, Progress.NONE);
            book = office.dsl().select(CLIENT.ID).from(CLIENT).where(CLIENT.DELETED_AT.isNull()).orderBy(CLIENT.ID).fetch(CLIENT.ID);
            FieldLaptops.Linked linked = FieldLaptops.link(laptop, server, "Ana's laptop", clock);
            System.out.printf("linked: %,d clients, %,d rows from %s%n", linked.clients(), linked.rows(), server);
        }

        cluster.stop();
        System.out.println("server stopped: the laptop is offline");
        OfflineWork work = new OfflineWork();
        Random random = new Random(19);
        List<UUID> sameFields = book.subList(0, 3);
        List<UUID> otherFields = book.subList(3, 6);
        try (Store laptop = Store.open(laptopLocation, clock)) {
            laptop.workAs("Ana");
            for (int call = 1; call <= 20; call++) {
                work.logCall(laptop, book.get(random.nextInt(book.size())), "Field day call " + call + ": talked through the spring offer");
            }
            for (UUID client : sameFields) {
                work.edit(laptop, true, client, OfflineWork.EditedField.SOURCE, "Ana: met at the trade fair");
            }
            for (UUID client : otherFields) {
                work.edit(laptop, true, client, OfflineWork.EditedField.COMPANY_NAME, "Ana's note of the firm " + client.toString().substring(0, 4));
            }
            for (int note = 1; note <= 5; note++) {
                work.addNote(laptop, book.get(random.nextInt(book.size())), "Field day note " + note + ": wants a call back next week");
            }
            work.newClient(laptop, "Nadia", "Fieldday");
        }
        try (RapportServices services = RapportServices.open(laptopLocation, clock)) {
            LaptopService.SyncRound offline = services.laptops().sync(null, null);
            System.out.println("a sync tried offline says: " + offline.sentence());
        }

        cluster.startAgain();
        System.out.println("server started again; the office edits before the laptop syncs");
        try (Store office = Store.open(server, clock)) {
            office.workAs("Office");
            for (UUID client : sameFields) {
                work.edit(office, false, client, OfflineWork.EditedField.SOURCE, "Office: came through the website");
            }
            for (UUID client : otherFields) {
                work.edit(office, false, client, OfflineWork.EditedField.ADDRESS_AS, "Office's salutation " + client.toString().substring(0, 4));
            }
            work.logCall(office, sameFields.get(0), "Office call: confirmed the appointment");
            work.addNote(office, otherFields.get(0), "Office note: prefers mornings");
        }
        if (leaveForWindow) {
            cluster.stop();
            System.out.printf("left for the window, server stopped. Open the laptop store:%n  java ... app.rapport.app.Main --db %s%n"
                    + "then start the server:%n  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D %s -w -l %s -o \"-p %d -k %s"
                    + " -c listen_addresses=127.0.0.1\" start%n", laptopLocation, folder.resolve("pg/data"), folder.resolve("pg/server.log"),
                    PORT, folder.resolve("pg"));
            return;
        }

        try (Store laptop = Store.open(laptopLocation, clock)) {
            int waiting = FieldLaptops.waiting(laptop);
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            FieldLaptops.Round round = FieldLaptops.sync(laptop, server, clock, FieldLaptops.Progress.NONE);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long cpuMillis = TimeUnit.NANOSECONDS.toMillis(processCpuNanos() - cpuBefore);
            System.out.printf("one sync: %d changes were waiting; pushed %d, pulled %d, merged %d records, %d conflicts; %d ms"
                    + " (process CPU %d ms); load %s%n", waiting, round.pushed(), round.pulled(), round.merged(), round.conflicts(), millis,
                    cpuMillis, Files.readString(Path.of("/proc/loadavg")).strip());
            try (Store office = Store.open(server, clock)) {
                int fieldEdits = work.fieldsEdited();
                work.synced();
                for (FieldLaptops.Conflict conflict : FieldLaptops.openConflicts(office.dsl())) {
                    System.out.printf("  conflict: %s of client %s: kept '%s' (%s), other '%s' (%s)%n", conflict.field(), conflict.rowId(),
                            conflict.keptValue(), conflict.keptBy(), conflict.otherValue(), conflict.otherBy());
                }
                List<String> problems = work.problems(office, laptop);
                System.out.println(problems.isEmpty() ? "both sides hold everything: " + work.callsLogged() + " calls, " + work.notesAdded()
                        + " notes, " + fieldEdits + " field edits, the new client; same book" : "PROBLEMS: " + String.join("; ", problems));
                if (!problems.isEmpty()) {
                    System.exit(1);
                }
            }
        } finally {
            cluster.close();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
