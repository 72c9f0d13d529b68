package app.rapport.cli;

import app.rapport.store.StoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BriefCommandTest {
    private static final Set<String> TYPES = Set.of("informational", "transactional", "decision-making", "influential",
            "relationship-building", "collaboration");

    @TempDir
    Path folder;

    private String db;
    private JsonNode clients;
    private final List<StoreLocation> guiOpenedOn = new ArrayList<>();

    @BeforeEach
    void demo() throws Exception {
        db = folder.resolve("demo").toString();
        assertThat(run("--db", db, "demo", "--clients", "40", "--seed", "11", "--business", "shop").code()).isZero();
        clients = new ObjectMapper().readTree(run("--db", db, "clients", "--json").out());
    }

    @Test
    void everyDemoClientGetsAJsonBriefWithTheAgreedFields() throws Exception {
        for (JsonNode client : clients) {
            CommandRun result = run("--db", db, "brief", client.get("id").asText(), "--json");
            assertThat(result.code()).as(result.err()).isZero();
            JsonNode brief = new ObjectMapper().readTree(result.out());
            assertThat(brief.get("client").get("id").asText()).isEqualTo(client.get("id").asText());
            assertThat(brief.get("phase").asText()).isIn("prospect", "honeymoon", "honeymoon-at-risk", "mature", "lapsed");
            assertThat(brief.has("mood")).isTrue();
            assertThat(brief.get("ghosted").isBoolean()).isTrue();
            JsonNode conversation = brief.get("conversation");
            assertThat(conversation.get("type").asText()).isIn(TYPES);
            assertThat(conversation.get("offerPolicy").asText()).isIn("offer-new", "only-what-needed", "no-offer");
            assertThat(conversation.get("tone").asText()).isNotBlank();
            assertThat(conversation.get("goal").asText()).isNotBlank();
            assertThat(conversation.get("opener").asText()).isNotBlank();
            assertThat(conversation.get("nextStep").asText()).isNotBlank();
            // At most six points; none when the opener says all there is (BriefSaidOnceOpenerTest), and lines that could be said
            // to anyone never pad it (BriefFloorTest).
            assertThat(conversation.get("talkingPoints").size()).isBetween(0, 6);
            for (JsonNode point : conversation.get("talkingPoints")) {
                assertThat(point.get("text").asText()).isNotBlank().doesNotContain("{");
                assertThat(point.get("rule").asText()).isNotBlank();
            }
            assertThat(conversation.get("avoid").isArray()).isTrue();
            assertThat(brief.get("openItems").isArray()).isTrue();
            assertThat(brief.get("competitors").isArray()).isTrue();
            assertThat(brief.get("warnings").size()).as(result.out()).isZero();
            JsonNode prior = brief.get("priorTouchpoint");
            if (!prior.isNull()) {
                assertThat(prior.get("occurredAt").asText()).endsWith("Z");
                assertThat(prior.get("channel").asText()).isIn("visit", "meeting", "call", "email", "message");
                assertThat(prior.get("summary").asText()).isNotBlank();
                assertThat(prior.has("mood")).isTrue();
            }
        }
    }

    @Test
    void aUniqueNameWorksAndTheTextFormIsReadable() {
        String name = clients.get(0).get("displayName").asText();
        CommandRun result = run("--db", db, "brief", name, "--at", "2030-01-01T09:00:00Z");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith(name).contains("Phase: ", "Suggested conversation: ", "Talking points:", "Opener: ", "Offer: ");
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndExitsWithOne() {
        CommandRun result = run("--db", db, "brief", "a");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("rapport: 'a' matches ");
        assertThat(result.err().lines().skip(1)).isNotEmpty().allMatch(line -> line.matches("  [0-9a-f-]{36}  .+"));
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownClientsAndBadInstantsAreRefused() {
        CommandRun missing = run("--db", db, "brief", "Zebedee Quixote");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("rapport: no client matches 'Zebedee Quixote'");
        assertThat(run("--db", db, "brief", clients.get(0).get("id").asText(), "--at", "yesterday").code()).isEqualTo(2);
        assertThat(run("--db", db, "brief").code()).isEqualTo(2);
    }

    @Test
    void checkReadsEveryBriefAndExitsWithOneWhenOneContradictsItself() throws Exception {
        CommandRun clean = run("--db", db, "brief", "--check");
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out().strip()).isEqualTo("Read 40 briefs: each reads as one conversation.");
        JsonNode json = new ObjectMapper().readTree(run("--db", db, "brief", "--check", "--json").out());
        assertThat(json.get("briefs").asInt()).isEqualTo(40);
        assertThat(json.get("incoherences").size()).isZero();
        assertThat(run("--db", db, "brief", "--check", clients.get(0).get("id").asText()).code()).isEqualTo(2);

        // An owner's rule that thanks everybody for their loyalty, declared as a fact so no policy stops it.
        try (app.rapport.service.RapportServices services = app.rapport.service.RapportServices.open(StoreLocation.of(db))) {
            services.playbook().save(new app.rapport.domain.brief.PlaybookEntry(null, "mine.thanks", "Thank everyone", null, true, 999, "{}",
                    "{\"talkingPoints\": [{\"text\": \"Thank them for their loyalty.\", \"intent\": \"fact\"}]}", false, null));
        }
        CommandRun found = run("--db", db, "brief", "--check", "--json");
        assertThat(found.code()).isEqualTo(1);
        JsonNode incoherences = new ObjectMapper().readTree(found.out()).get("incoherences");
        assertThat(incoherences.size()).isPositive();
        for (JsonNode incoherence : incoherences) {
            // Thanks for loyalty are wrong to a client who drifted away or is owed something, and to one who bought once or twice.
            assertThat(incoherence.get("kind").asText()).isIn("misplaced-thanks", "loyalty-without-relationship");
            assertThat(incoherence.get("rules").toString()).contains("mine.thanks");
            assertThat(incoherence.get("client").asText()).isNotBlank();
        }
        CommandRun text = run("--db", db, "brief", "--check");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("misplaced-thanks: \u201cThank them for their loyalty.\u201d", "[mine.thanks]")
                .containsPattern("Read 40 briefs: \\d+ incoherences \\((loyalty-without-relationship \\d+, )?misplaced-thanks \\d+\\)\\.");
    }

    private CommandRun run(String... args) {
        return CommandRun.of(Map.of(), guiOpenedOn::add, args);
    }

}
