package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.service.ClientService.ClientProfile;
import app.rapport.service.RapportServices;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.jooq.Public;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class ArchiveCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aDemoStoreSurvivesExportAndImportIntoAnEmptyStore() throws Exception {
        String source = db("source");
        assertThat(run("--db", source, "demo", "--clients", "150", "--seed", "3").code()).isZero();
        Path archive = folder.resolve("book.json");
        CommandRun exported = run("--db", source, "export", "--format", "json", archive.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("150 clients");

        JsonNode json = MAPPER.readTree(archive.toFile());
        assertThat(json.get("format").asText()).isEqualTo("rapport-archive");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("exportedAt").asText()).endsWith("Z");
        assertThat(json.get("clients")).hasSize(150);
        assertThat(json.get("clients").get(0).get("id").asText()).hasSize(36);

        String target = db("target");
        CommandRun imported = run("--db", target, "import", archive.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("150 clients");

        assertThat(rowCounts(target)).isEqualTo(rowCounts(source));
        assertThat(lastTouchpoints(target)).isEqualTo(lastTouchpoints(source));

        try (RapportServices from = RapportServices.open(StoreLocation.of(source));
             RapportServices to = RapportServices.open(StoreLocation.of(target))) {
            List<ClientSummary> all = from.clients().search("", 1_000).clients();
            assertThat(to.clients().search("", 1_000).clients()).isEqualTo(all);
            for (ClientSummary summary : List.of(all.get(0), all.get(77), all.get(all.size() - 1))) {
                UUID id = summary.id();
                ClientProfile before = from.clients().profile(id).orElseThrow();
                ClientProfile after = to.clients().profile(id).orElseThrow();
                assertThat(after).isEqualTo(before);
                assertThat(after.client().phones()).isEqualTo(before.client().phones());
                assertThat(after.client().tags()).isEqualTo(before.client().tags());
                assertThat(to.notes().forClient(id)).isEqualTo(from.notes().forClient(id));
                assertThat(to.purchases().forClient(id)).isEqualTo(from.purchases().forClient(id));
                assertThat(to.touchpoints().timeline(id, Set.of(), Set.of()))
                        .isEqualTo(from.touchpoints().timeline(id, Set.of(), Set.of())).isNotEmpty();

                String lastName = before.client().lastName() != null ? before.client().lastName() : before.client().displayName();
                assertThat(to.clients().search(lastName, 1_000).clients()).extracting(ClientSummary::id).contains(id);
                if (!before.client().phones().isEmpty()) {
                    String digits = before.client().phones().get(0).value().replaceAll("\\D", "");
                    assertThat(to.clients().search(digits.substring(digits.length() - 4), 1_000).clients())
                            .extracting(ClientSummary::id).contains(id);
                }
            }
        }
    }

    @Test
    void anArchiveWithABrokenReferenceOrABadDateImportsNothingAndSaysWhere() throws Exception {
        Path archive = demoArchive();
        ObjectNode json = (ObjectNode) MAPPER.readTree(archive.toFile());
        ((ObjectNode) json.get("touchpoints").get(3)).put("clientId", UUID.randomUUID().toString());
        ((ObjectNode) json.get("clients").get(5)).put("birthday", "1990-02-30");
        ((ObjectNode) json.get("clients").get(12).get("emails").get(0)).put("address", "not-an-address");
        ((ObjectNode) json.get("notes").get(0)).remove("body");
        Path broken = folder.resolve("broken.json");
        MAPPER.writeValue(broken.toFile(), json);

        String target = db("target");
        CommandRun result = run("--db", target, "import", broken.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("rapport: ").contains("nothing was imported").contains("4 problems")
                .contains("touchpoints[3].clientId: no client with id")
                .contains("clients[5].birthday: not a date")
                .contains("clients[12].emails[0]: not an email address")
                .contains("notes[0].body: required")
                .doesNotContain("Exception");
        assertThat(clientCount(target)).isZero();
    }

    @Test
    void anArchiveThatGivesAnIdTwiceImportsNothingAndNamesBothRecords() throws Exception {
        Path archive = demoArchive();
        ObjectNode json = (ObjectNode) MAPPER.readTree(archive.toFile());
        String touchpointId = json.get("touchpoints").get(2).get("id").asText();
        ((ObjectNode) json.get("touchpoints").get(40)).put("id", touchpointId);
        List<Integer> withPhones = new java.util.ArrayList<>();
        for (int i = 0; i < json.get("clients").size(); i++) {
            if (json.get("clients").get(i).has("phones")) {
                withPhones.add(i);
            }
        }
        int first = withPhones.get(0);
        int again = withPhones.get(1);
        JsonNode phone = json.get("clients").get(first).get("phones").get(0);
        ((ObjectNode) json.get("clients").get(again).get("phones").get(0)).put("id", phone.get("id").asText());
        Path twice = folder.resolve("twice.json");
        MAPPER.writeValue(twice.toFile(), json);

        String target = db("target");
        CommandRun result = run("--db", target, "import", twice.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("nothing was imported")
                .contains("touchpoints[40].id: the same id as touchpoints[2]: " + touchpointId)
                .contains("clients[" + again + "]: a phone or email with the same id as one of clients[" + first + "]");
        assertThat(clientCount(target)).isZero();
    }

    @Test
    void somethingThatIsNotAnArchiveIsRefused() throws Exception {
        Path other = folder.resolve("other.json");
        Files.writeString(other, "{\"format\": \"vcard\", \"clients\": []}");
        CommandRun result = run("--db", db("target"), "import", other.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("format: 'vcard' is not a Rapport archive");

        Files.writeString(other, "{\"format\": \"rapport-archive\", \"version\": 1, \"clients\": [");
        result = run("--db", db("target"), "import", other.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("not valid JSON");
    }

    @Test
    void importingTwiceReportsConflictsAndChangesNothing() throws Exception {
        Path archive = demoArchive();
        String target = db("target");
        assertThat(run("--db", target, "import", archive.toString()).code()).isZero();
        Map<String, Integer> before = rowCounts(target);

        CommandRun again = run("--db", target, "import", archive.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("nothing was imported").contains("already in the store")
                .contains("merging is not supported").contains("products[0]: a product with id").contains("more");
        assertThat(again.err().lines().count()).isLessThanOrEqualTo(ImportCommand.PROBLEMS_SHOWN + 2);
        assertThat(rowCounts(target)).isEqualTo(before);
    }

    @Test
    void exportRefusesToOverwriteWithoutForceAndKnowsOnlyJson() throws Exception {
        String source = db("source");
        run("--db", source, "demo", "--clients", "5");
        Path existing = folder.resolve("existing.json");
        Files.writeString(existing, "keep me");

        CommandRun refused = run("--db", source, "export", "--format", "json", existing.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(existing).hasContent("keep me");

        assertThat(run("--db", source, "export", "--format", "xml", folder.resolve("x.xml").toString()).code()).isEqualTo(2);
        assertThat(folder.resolve("x.xml")).doesNotExist();

        assertThat(run("--db", source, "export", "--format", "json", "--force", existing.toString()).code()).isZero();
        assertThat(MAPPER.readTree(existing.toFile()).get("clients")).hasSize(5);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void anArchiveFromBeforeRulesHadRolesImportsAndItsBuiltInRulesFollowThisRelease() throws Exception {
        String source = db("with-playbook");
        assertThat(run("--db", source, "demo", "--clients", "20").code()).isZero();
        run("--db", source, "brief", "--check"); // reading a brief fills the store's playbook
        Path archive = folder.resolve("with-playbook.json");
        assertThat(run("--db", source, "export", archive.toString()).code()).isZero();
        ObjectNode json = (ObjectNode) MAPPER.readTree(archive.toFile());
        assertThat(json.get("playbookRules")).isNotEmpty();
        for (JsonNode rule : json.get("playbookRules")) {
            ((ObjectNode) rule).remove(List.of("role", "because"));
        }
        if (json.has("settings")) {
            com.fasterxml.jackson.databind.node.ArrayNode settings = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("settings");
            for (int i = settings.size() - 1; i >= 0; i--) {
                if (settings.get(i).toString().contains("playbook.builtIn")) {
                    settings.remove(i);
                }
            }
        }
        Path older = folder.resolve("older.json");
        MAPPER.writeValue(older.toFile(), json);

        String target = db("from-older");
        CommandRun imported = run("--db", target, "import", older.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        try (RapportServices services = RapportServices.open(StoreLocation.of(target))) {
            assertThat(services.playbook().find("situation.late-promise").orElseThrow().role())
                    .isEqualTo(app.rapport.domain.brief.RuleRole.SITUATION);
        }
    }

    private Path demoArchive() {
        String source = db("source");
        assertThat(run("--db", source, "demo", "--clients", "40").code()).isZero();
        Path archive = folder.resolve("demo.json");
        assertThat(run("--db", source, "export", archive.toString()).code()).isZero();
        return archive;
    }

    private String db(String name) {
        return folder.resolve(name).toString();
    }

    /** Every table's row count, the search index included; Flyway's history is the store's own. */
    private static Map<String, Integer> rowCounts(String db) {
        try (Store store = Store.open(StoreLocation.of(db), Clock.systemDefaultZone())) {
            DSLContext dsl = store.dsl();
            Map<String, Integer> counts = new TreeMap<>();
            for (Table<?> table : Public.PUBLIC.getTables()) {
                if (!table.getName().equalsIgnoreCase("flyway_schema_history")) {
                    counts.put(table.getName(), dsl.fetchCount(table));
                }
            }
            return counts;
        }
    }

    private static Map<UUID, Object> lastTouchpoints(String db) {
        try (Store store = Store.open(StoreLocation.of(db), Clock.systemDefaultZone())) {
            Map<UUID, Object> last = new TreeMap<>();
            store.dsl().select(CLIENT.ID, CLIENT.LAST_TOUCHPOINT_AT).from(CLIENT)
                    .forEach(r -> last.put(r.value1(), String.valueOf(r.value2())));
            return last;
        }
    }

    private static int clientCount(String db) {
        try (Store store = Store.open(StoreLocation.of(db), Clock.systemDefaultZone())) {
            return store.dsl().fetchCount(CLIENT);
        }
    }

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

}
