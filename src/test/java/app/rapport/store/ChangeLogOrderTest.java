package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.change.Change;
import app.rapport.service.RapportServices;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Desks on a server commit side by side, so a transaction numbered first in the change log may
 * commit after one numbered later. A reader by cursor (the change feed after a notification,
 * {@code changes --since}, a laptop's pull) must not take the later change and move its cursor
 * past the earlier one, which would then never be read. Two connections, interleaved by hand.
 */
@Tag("postgresql")
class ChangeLogOrderTest {
    @TempDir
    Path folder;

    @Test
    void aChangeCommittedAfterALaterNumberedOneIsStillReadByACursorThatWaitedForIt() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        UUID ada;
        UUID bo;
        try (RapportServices desk = RapportServices.open(location, Clock.systemUTC())) {
            ada = desk.clients().save(ClientBuilder.person("Ada", "Byron").build()).id();
            bo = desk.clients().save(ClientBuilder.person("Bo", "Ek").build()).id();
        }
        try (Store reader = Store.open(location, Clock.systemUTC());
             Connection first = connect(location);
             Connection later = connect(location)) {
            ChangeLog log = new ChangeLog(reader.dsl());
            long cursor = log.lastSeq();
            first.setAutoCommit(false);
            later.setAutoCommit(false);
            renameCompany(first, ada, "First & Co"); // its transaction started writing first: the lower numbers
            renameCompany(later, bo, "Later Ltd");
            later.commit();

            ChangeLog.Committed whileFirstRuns = log.committedAfter(cursor, DSL.noCondition(), 100);
            assertThat(whileFirstRuns.rows()).as("the later change waits while the earlier-numbered transaction runs").isEmpty();
            assertThat(whileFirstRuns.heldBack()).as("the reader is told something waits").isTrue();
            assertThat(log.lastSeq()).as("a cursor taken now stays before the running transaction").isEqualTo(cursor);

            first.commit();

            assertThat(log.changesOnly(cursor, null, 100)).extracting(Change::clientId)
                    .as("both changes, the earlier-numbered one first").containsExactly(ada, bo);
            assertThat(log.committedAfter(cursor, DSL.noCondition(), 100).heldBack()).isFalse();
        }
    }

    private static Connection connect(StoreLocation location) throws java.sql.SQLException {
        return DriverManager.getConnection(location.server().jdbcUrl(), location.server().driverLogin());
    }

    private static void renameCompany(Connection connection, UUID client, String company) throws java.sql.SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE client SET company_name = ? WHERE id = ?")) {
            update.setString(1, company);
            update.setObject(2, client);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
