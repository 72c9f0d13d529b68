package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.OnCall;
import app.rapport.service.RapportServices;
import app.rapport.service.TeamService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static app.rapport.store.jooq.Tables.DESK_PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desks on one server, the owner's (Ana) and a desk login's (Bo): while Ana has a client open
 * in the log-touchpoint dialog, Bo's desk showing that client hears "Ana is on a call", and hears
 * it end when she closes it; a desk that vanished without a word leaves no ghost.
 */
@Tag("postgresql")
class PresenceTest {
    private static final AtomicInteger LOGINS = new AtomicInteger();
    private static final int PATIENCE_SECONDS = 30;

    @TempDir
    Path folder;

    @Test
    void anotherDeskHearsWhoIsOnACallWithTheClientItShowsUntilTheCallEnds() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (RapportServices ana = RapportServices.open(location, Clock.systemUTC())) {
            TeamService.Roles roles = ana.team().init();
            String login = "rapport_test_presence_" + ProcessHandle.current().pid() + "_" + LOGINS.incrementAndGet();
            execute(location, "CREATE ROLE " + login + " LOGIN PASSWORD 'desk-password' IN ROLE " + roles.desk());
            try {
                ana.workAs("Ana");
                Client ada = ana.clients().save(ClientBuilder.person("Ada", "Byron").build());
                Client eve = ana.clients().save(ClientBuilder.person("Eve", "Moss").build());
                TeamServer server = location.server();
                StoreLocation deskLogin = StoreLocation.onServer(new TeamServer(server.host(), server.port(), server.database(), login,
                        server.parameters(), "desk-password".toCharArray()));
                try (RapportServices bo = RapportServices.open(deskLogin, Clock.systemUTC())) {
                    bo.workAs("Bo");
                    BlockingQueue<List<OnCall>> heardAboutAda = new LinkedBlockingQueue<>();
                    AutoCloseable watching = bo.presence().watch(ada.id(), heardAboutAda::add);
                    awaitPeople(heardAboutAda);
                    assertThat(bo.presence().onCallWith(ada.id())).as("nobody is on a call with Ada yet").isEmpty();

                    AutoCloseable call = ana.presence().onCall(ada.id());
                    List<OnCall> heard = awaitPeople(heardAboutAda, "Ana");
                    assertThat(OnCall.sentence(heard)).isEqualTo("Ana is on a call with this client");
                    assertThat(bo.presence().onCallWith(eve.id())).as("another client").isEmpty();
                    assertThat(ana.presence().onCallWith(ada.id())).as("a desk is not told about itself").isEmpty();

                    call.close();
                    awaitPeople(heardAboutAda); // Ana closed the dialog
                    watching.close();
                }
            } finally {
                execute(location, "DROP OWNED BY " + login);
                execute(location, "DROP ROLE " + login);
            }
        }
    }

    @Test
    void aDeskWhereNobodySaidWhoIsWorkingIsSomeoneAtAnotherDesk() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (RapportServices first = RapportServices.open(location, Clock.systemUTC());
             RapportServices second = RapportServices.open(location, Clock.systemUTC())) {
            Client ada = first.clients().save(ClientBuilder.person("Ada", "Byron").build());
            BlockingQueue<List<OnCall>> heard = new LinkedBlockingQueue<>();
            AutoCloseable watching = second.presence().watch(ada.id(), heard::add);
            awaitPeople(heard);

            AutoCloseable call = first.presence().onCall(ada.id());
            List<OnCall> present = awaitPeople(heard, OnCall.UNNAMED);
            assertThat(OnCall.sentence(present)).isEqualTo("Someone at another desk is on a call with this client");
            call.close();
            watching.close();
        }
    }

    @Test
    void aDeskThatVanishedWithoutAWordIsNoLongerOnTheCall() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (RapportServices bo = RapportServices.open(location, Clock.systemUTC())) {
            Client ada = bo.clients().save(ClientBuilder.person("Ada", "Byron").build());
            UUID crashingDesk = UUID.randomUUID();
            BlockingQueue<List<OnCall>> heard = new LinkedBlockingQueue<>();
            try (Connection deskSession = sessionOfDesk(location, crashingDesk)) {
                // what a desk leaves behind: its row, and its session while it runs
                try (Statement statement = deskSession.createStatement()) {
                    statement.execute("INSERT INTO desk_presence (id, desk_id, person, client_id, since) VALUES ('" + UUID.randomUUID()
                            + "', '" + crashingDesk + "', 'Cy', '" + ada.id() + "', now())");
                }
                assertThat(bo.presence().onCallWith(ada.id())).extracting(OnCall::person).containsExactly("Cy");
                bo.presence().watch(ada.id(), heard::add);
                awaitPeople(heard, "Cy");
            } // the desk crashes: its session ends (the server notices in a moment), its row stays
            awaitPeople(heard); // the desk showing Ada hears it without anyone saying so
            assertThat(bo.presence().onCallWith(ada.id())).as("a row whose desk has no session counts for nobody").isEmpty();
        }
    }

    @Test
    void aStoreFileHasNobodyElseToTellOrHear() throws Exception {
        try (Store alone = Store.open(StoreLocation.of(folder.resolve("file").toString()), Clock.systemUTC())) {
            UUID ada = UUID.randomUUID();
            try (AutoCloseable call = alone.presence().onCall(ada)) {
                assertThat(alone.presence().whoIsOnCallWith(ada)).isEmpty();
                assertThat(alone.dsl().fetchCount(DESK_PRESENCE)).isZero();
            }
        }
    }

    /** A session as a desk's notification session looks to the others: its application name names the desk. */
    private static Connection sessionOfDesk(StoreLocation location, UUID desk) throws Exception {
        Properties login = location.server().driverLogin();
        login.setProperty("ApplicationName", Presence.APPLICATION_NAME_PREFIX + desk);
        return DriverManager.getConnection(location.server().jdbcUrl(), login);
    }

    /** Waits until the desk hears that exactly {@code people} are on the call (nobody, when none are named). */
    private static List<OnCall> awaitPeople(BlockingQueue<List<OnCall>> heard, String... people) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        List<List<String>> seen = new java.util.ArrayList<>();
        while (true) {
            List<OnCall> next = heard.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(next).as("never heard %s on the call within %s s; heard %s", List.of(people), PATIENCE_SECONDS, seen).isNotNull();
            List<String> names = next.stream().map(OnCall::person).toList();
            if (names.equals(List.of(people))) {
                return next;
            }
            seen.add(names);
        }
    }

    private static void execute(StoreLocation location, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.server().jdbcUrl(), location.server().driverLogin());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
