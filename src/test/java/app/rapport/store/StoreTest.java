package app.rapport.store;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Ids;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("store-file") // the H2 file itself: not run in the PostgreSQL pass
class StoreTest {
    @TempDir
    Path folder;

    @Test
    void createsTheSchemaInANewFileAndKeepsDataAcrossReopening() {
        StoreLocation location = TestStores.location(folder, "clients");
        Client client = client("Maya Okafor", "+44 7700 900123", "maya@example.org", "vip");
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            store.inTransaction(dsl -> {
                new ClientRepository(dsl).insert(client);
                return null;
            });
        }
        assertThat(folder.resolve("clients.mv.db")).isRegularFile();
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(store.dsl()).find(client.id())).contains(client);
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void theMvDbSuffixMayBeGivenOrLeftOff() {
        Path withSuffix = folder.resolve("shop.mv.db");
        assertThat(TestStores.location(folder, "shop").dataFile()).isEqualTo(withSuffix);
        assertThat(StoreLocation.of(withSuffix.toString()).dataFile()).isEqualTo(withSuffix);
        assertThat(StoreLocation.of(withSuffix.toString()).h2Base()).isEqualTo(folder.resolve("shop"));
    }

    @Test
    void theDbOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> environment = Map.of("RAPPORT_DB", folder.resolve("env").toString());
        assertThat(StoreLocation.choose(folder.resolve("option").toString(), environment).dataFile())
                .isEqualTo(folder.resolve("option.mv.db"));
        assertThat(StoreLocation.choose(null, environment).dataFile()).isEqualTo(folder.resolve("env.mv.db"));
        assertThat(StoreLocation.defaultFolder("Linux", Map.of(), Path.of("/home/ana")))
                .isEqualTo(Path.of("/home/ana/.local/share/rapport"));
        assertThat(StoreLocation.defaultFolder("Windows 11", Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), Path.of("C:/Users/ana")))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Roaming/Rapport"));
        assertThat(StoreLocation.defaultFolder("Mac OS X", Map.of(), Path.of("/Users/ana")))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Rapport"));
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("notes.mv.db");
        Files.writeString(file, "shopping list: milk, eggs\n");
        assertThatThrownBy(() -> Store.open(StoreLocation.of(file.toString()), Clock.systemDefaultZone()))
                .isInstanceOf(NotARapportStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a Rapport store");
        assertThat(file).hasContent("shopping list: milk, eggs");
    }

    @Test
    void aCorruptStoreIsReportedAndLeftUntouched() throws Exception {
        StoreLocation location = TestStores.location(folder, "damaged");
        Store.open(location, Clock.systemDefaultZone()).close();
        byte[] original = Files.readAllBytes(location.dataFile());
        byte[] damaged = original.clone();
        for (int i = 4096; i < damaged.length; i++) {
            damaged[i] = (byte) 0x5A;
        }
        Files.write(location.dataFile(), damaged);
        assertThatThrownBy(() -> Store.open(location, Clock.systemDefaultZone()))
                .isInstanceOf(NotARapportStoreException.class)
                .hasMessageContaining(location.dataFile().toString())
                .hasMessageContaining("is damaged");
        assertThat(Files.readAllBytes(location.dataFile())).isEqualTo(damaged);
    }

    @Test
    void anotherProgramsH2DatabaseIsReportedAndKeepsItsData() throws Exception {
        Path base = folder.resolve("inventory");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE stock (item VARCHAR(40), quantity INT)");
            statement.execute("INSERT INTO stock VALUES ('bolts', 400)");
        }
        assertThatThrownBy(() -> Store.open(StoreLocation.of(base.toString()), Clock.systemDefaultZone()))
                .isInstanceOf(NotARapportStoreException.class)
                .hasMessageContaining("another program");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT quantity FROM stock WHERE item = 'bolts'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(400);
        }
        assertThat(tableNames(base)).containsExactly("STOCK");
    }

    @Test
    void anOlderStoreIsBackedUpThenMigrated() throws Exception {
        Path base = folder.resolve("old");
        Flyway.configure().dataSource("jdbc:h2:file:" + base, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        StoreLocation location = StoreLocation.of(base.toString());
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(store.dsl().meta().getTables(CLIENT.getName()).get(0).field(CLIENT.LAST_TOUCHPOINT_AT.getName())).isNotNull();
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            backups = files.toList();
        }
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).startsWith("old-before-schema-v" + Migrations.latestVersion() + "-").endsWith(".mv.db");
        Path backupBase = Path.of(backups.get(0).toString().replace(".mv.db", ""));
        assertThat(Flyway.configure().dataSource("jdbc:h2:file:" + backupBase, "sa", "").locations("classpath:db/migration")
                .load().info().current().getVersion().getVersion()).isEqualTo("1");
    }

    @Test
    void aStoreOfANewerRapportIsRefusedAndStaysByteIdentical() throws Exception {
        StoreLocation location = TestStores.location(folder, "future");
        Store.open(location, Clock.systemDefaultZone()).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + location.h2Base(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"installed_by\", \"execution_time\", \"success\") VALUES (999, '99', 'from the future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
        }
        byte[] before = Files.readAllBytes(location.dataFile());
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> Store.open(location, Clock.systemDefaultZone()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("written by a newer version of Rapport (schema version 99)")
                    .hasMessageContaining("Update Rapport to open it");
        }
        assertThat(Files.readAllBytes(location.dataFile())).isEqualTo(before);
    }

    @Test
    void aSecondInstanceOnTheSameFileGetsAClearMessage() throws Exception {
        StoreLocation location = TestStores.location(folder, "shared");
        Store.open(location, Clock.systemDefaultZone()).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), location.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).startsWith("open ");
            assertThatThrownBy(() -> Store.open(location, Clock.systemDefaultZone()))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(location.dataFile().toString())
                    .hasMessageContaining("already open in another Rapport window");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(store.dsl()).count()).isZero();
        }
    }

    /** A client as the store reads it back once inserted: its profile at the first version. */
    static Client client(String name, String phone, String email, String tag) {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        return ClientBuilder.named(name).id(Ids.next()).phone("mobile", phone).email("personal", email)
                .address(new Address("12 Harbour Road", "BS1 4DJ", "Bristol", null, "United Kingdom")).birthday(LocalDate.of(1988, 4, 12))
                .source("referral").preferredChannel(Channel.CALL).tags(tag).customFields(Map.of("Hair type", "fine, wavy"))
                .createdAt(now).updatedAt(now).version(1).build();
    }

    private static List<String> tableNames(Path base) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
