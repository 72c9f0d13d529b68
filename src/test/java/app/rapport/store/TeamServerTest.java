package app.rapport.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A team server's location, read the way PostgreSQL's own tools read one; its password never shows. */
class TeamServerTest {
    @Test
    void aLocationNamesTheLoginHostPortDatabaseAndTheDriversSettings() {
        StoreLocation location = StoreLocation.of("postgresql://ana@bookshop-pc:6543/salon?sslmode=verify-full");

        assertThat(location.isServer()).isTrue();
        assertThat(location.dataFile()).isNull();
        TeamServer server = location.server();
        assertThat(server.user()).isEqualTo("ana");
        assertThat(server.address()).isEqualTo("bookshop-pc:6543");
        assertThat(server.database()).isEqualTo("salon");
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://bookshop-pc:6543/salon?sslmode=verify-full");
        assertThat(location).hasToString("postgresql://ana@bookshop-pc:6543/salon?sslmode=verify-full");
    }

    @Test
    void withoutAUserOrPortTheLoginNameAndPostgresqlsPortAreTaken() {
        TeamServer server = TeamServer.parse("postgresql://10.0.0.7/salon", "front-desk");

        assertThat(server.user()).isEqualTo("front-desk");
        assertThat(server.port()).isEqualTo(TeamServer.DEFAULT_PORT);
    }

    @Test
    void thePasswordGoesToTheDriverButNeverIntoWhatIsShown() {
        StoreLocation location = StoreLocation.of("postgresql://ana@bookshop-pc/salon").withServerPassword("violet hour".toCharArray());

        assertThat(location.server().password()).containsExactly("violet hour".toCharArray());
        assertThat(location.toString()).doesNotContain("violet");
        assertThat(location.server().toString()).doesNotContain("violet");
    }

    @Test
    void aPasswordWrittenIntoTheLocationIsRefused() {
        assertThatThrownBy(() -> StoreLocation.of("postgresql://ana:violet@bookshop-pc/salon"))
                .hasMessageContaining("Rapport never keeps one in a location").hasMessageNotContaining("violet");
        assertThatThrownBy(() -> StoreLocation.of("postgresql://bookshop-pc/salon?password=violet"))
                .hasMessageContaining("Rapport never keeps one in a location").hasMessageNotContaining("violet");
    }

    @Test
    void aServerAskingForAPasswordNoneWasGivenForIsAPasswordProblemNotANetworkOne() {
        TeamServer server = TeamServer.parse("postgresql://ana@office-pc/salon", "me");
        StoreException said = ServerConnection.explain(server, new org.postgresql.util.PSQLException(
                "The server requested SCRAM-based authentication, but no password was provided.", org.postgresql.util.PSQLState.CONNECTION_REJECTED));

        assertThat(said).isInstanceOf(ServerLoginException.class)
                .hasMessageContaining("asks for the password of the login 'ana'")
                .hasMessageContaining("--password-file")
                .hasMessageNotContaining("Cannot reach");
    }
}
