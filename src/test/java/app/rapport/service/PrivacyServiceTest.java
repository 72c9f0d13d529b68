package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import app.rapport.store.jooq.Public;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyServiceTest {
    @TempDir
    Path folder;

    @Test
    void exportHoldsEverythingAboutTheClientAndEraseRemovesThemFromEveryTable() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        UUID ada;
        UUID other;
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            new DemoDataService(store, clock).load(DemoBusiness.SHOP, 20, 3, Progress.NONE);
            ClientService clients = new ClientService(store, clock);
            PrivacyService privacy = new PrivacyService(store, clock);
            Client saved = clients.save(ClientServiceTest.person("Ada", "Quillfeather", List.of("+44 7700 900321"), List.of("ada@example.org"), "vip"));
            ada = saved.id();
            other = clients.search("", 100).clients().stream().filter(c -> !c.id().equals(saved.id())).findFirst().orElseThrow().id();
            new NoteService(store, clock).add(ada, "Prefers calls after 5pm; allergic to lavender", true);
            new TouchpointService(store, clock).log(new Touchpoint(null, ada, Instant.parse("2026-03-02T10:00:00Z"), Channel.CALL, Direction.OUTBOUND,
                    "Asked Ada Quillfeather about the new washer", "Will visit", Mood.HAPPY, LocalDate.of(2026, 3, 20)));
            clients.save(ClientBuilder.from(withCity(clients.profile(ada).orElseThrow().client(), "Quillton"))
                    .customFields(Map.of("Locker", "Q-14")).build());

            assertThat(rowsAbout(store, ada).values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(5);
            Map<String, Integer> otherBefore = rowsAbout(store, other);

            Path exported = folder.resolve("ada.json");
            PrivacyService.Export export = privacy.exportClient(ada, exported, false).orElseThrow();
            assertThat(export.records()).isGreaterThanOrEqualTo(5);
            JsonNode json = new ObjectMapper().readTree(exported.toFile());
            assertThat(json.get("format").asText()).isEqualTo("rapport-client-export");
            assertThat(json.get("client").get(0).get("displayName").asText()).isEqualTo("Ada Quillfeather");
            assertThat(json.get("note").get(0).get("body").asText()).contains("lavender");
            assertThat(json.get("touchpoint").get(0).get("summary").asText()).contains("washer");
            assertThat(json.get("changeLog").size()).isGreaterThanOrEqualTo(3);
            assertThat(json.has("clientState")).isFalse();

            PrivacyService.Erased erased = privacy.erase(ada).orElseThrow();
            // her phone, email, tag and state have no foreign key to cascade from her row (V73): erase removes them itself
            assertThat(erased.rows()).containsKeys("client", "change_log", "note", "touchpoint", "follow_up", "client_state", "client_phone",
                    "client_email", "client_tag", "client_custom_field");
            Map<String, Integer> left = rowsAbout(store, ada);
            assertThat(left.remove(CHANGE_LOG.getName())).as("the change log keeps the erase alone, so linked laptops erase her too").isEqualTo(1);
            assertThat(left.values()).allMatch(count -> count == 0);
            assertThat(store.dsl().selectFrom(CHANGE_LOG).where(CHANGE_LOG.CLIENT_ID.eq(ada)).fetchOne())
                    .satisfies(erase -> assertThat(erase.getOperation()).isEqualTo("ERASE"))
                    .satisfies(erase -> assertThat(erase.getChangedColumns()).isIn(null, "{}"));
            assertThat(clients.count()).isEqualTo(20);
            assertThat(rowsAbout(store, other)).isEqualTo(otherBefore);
            assertThat(privacy.erase(ada)).isEmpty();
        }
        if (!location.isServer()) { // a server's own files are its administrator's (VACUUM); its tables are checked above
            String file = new String(Files.readAllBytes(location.dataFile()), StandardCharsets.ISO_8859_1);
            assertThat(file).doesNotContain("Quillfeather").doesNotContain("lavender").doesNotContain("Quillton");
        }
    }

    private static Client withCity(Client client, String city) {
        return ClientBuilder.from(client).address(new app.rapport.domain.Address("1 Mill Lane", "QT1 1AA", city, null, "United Kingdom")).build();
    }

    /** Rows naming the client in every table with a client_id, and changes to their own row. */
    private static Map<String, Integer> rowsAbout(Store store, UUID clientId) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            @SuppressWarnings("unchecked")
            Field<UUID> column = (Field<UUID>) java.util.Arrays.stream(table.fields())
                    .filter(field -> field.getName().equalsIgnoreCase("client_id")).findFirst().orElse(null);
            if (column != null) {
                rows.put(table.getName(), store.dsl().fetchCount(table, column.eq(clientId)));
            }
        }
        rows.put("change_log by row", store.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ROW_ID.eq(clientId.toString())));
        rows.put("client", store.dsl().fetchCount(app.rapport.store.jooq.Tables.CLIENT,
                app.rapport.store.jooq.Tables.CLIENT.ID.eq(clientId)));
        return rows;
    }
}
