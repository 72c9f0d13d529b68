package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desks edit the same clients at the same time, each in its own thread (on PostgreSQL through
 * two stores, as two computers would; an H2 file has one store, shared by both threads). Each desk
 * counts its own visits in a custom field of the profile: read, add one, save, and on a conflict
 * read again and retry. A lost write would leave a counter short of the saves its desk made.
 */
class ConcurrentEditsTest {
    private static final int CLIENTS = 3;
    private static final int VISITS_PER_CLIENT = 12;

    @TempDir
    Path folder;

    @Test
    void everyConflictIsReportedAndNoWriteIsLost() throws Exception {
        StoreLocation location = TestStores.location(folder, "desks");
        Clock clock = Clock.systemUTC();
        try (Store first = Store.open(location, clock); Store second = TestStores.onServer() ? Store.open(location, clock) : null) {
            ClientService setUp = new ClientService(first, clock);
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                ids.add(setUp.save(ClientBuilder.person("Client", "Number " + i).build()).id());
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService desks = Executors.newFixedThreadPool(2);
            try {
                Future<Desk> ana = desks.submit(desk("Ana", new ClientService(first, clock), ids, start));
                Future<Desk> ben = desks.submit(desk("Ben", new ClientService(second != null ? second : first, clock), ids, start));
                start.countDown();
                Desk anaDid = ana.get(5, TimeUnit.MINUTES);
                Desk benDid = ben.get(5, TimeUnit.MINUTES);

                for (UUID id : ids) {
                    Map<String, String> counts = setUp.profile(id).orElseThrow().client().customFields();
                    assertThat(counts).as("visits counted on client %s", id)
                            .containsEntry("Ana", String.valueOf(VISITS_PER_CLIENT))
                            .containsEntry("Ben", String.valueOf(VISITS_PER_CLIENT));
                }
                System.out.printf("Two desks, %d saves each on the same %d clients (%s): %d and %d conflicts reported and retried%n",
                        CLIENTS * VISITS_PER_CLIENT, CLIENTS, TestStores.onServer() ? "PostgreSQL" : "H2", anaDid.conflicts, benDid.conflicts);
            } finally {
                desks.shutdownNow();
            }
        }
    }

    /** A desk counting its visits to each client; any failure other than a conflict ends it (and the test). */
    private static Callable<Desk> desk(String name, ClientService clients, List<UUID> ids, CountDownLatch start) {
        return () -> {
            Desk desk = new Desk();
            start.await();
            for (int visit = 0; visit < VISITS_PER_CLIENT; visit++) {
                for (UUID id : ids) {
                    while (true) {
                        Client read = clients.profile(id).orElseThrow().client();
                        Map<String, String> counts = new LinkedHashMap<>(read.customFields());
                        counts.merge(name, "1", (before, one) -> String.valueOf(Integer.parseInt(before) + 1));
                        try {
                            clients.save(ClientBuilder.from(read).customFields(counts).build());
                            break;
                        } catch (ClientConflictException conflict) {
                            desk.conflicts++;
                        }
                    }
                }
            }
            return desk;
        };
    }

    private static final class Desk {
        int conflicts;
    }
}
