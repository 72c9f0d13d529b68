package app.rapport.cli;

import app.rapport.service.TodayService;
import app.rapport.store.StoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TodayCommandTest {
    private static final Set<String> REASONS = Set.of("follow-up-overdue", "open-complaint", "ghosted", "follow-up-due",
            "honeymoon-check-in", "warranty-ending", "renewal-due", "mature-silent", "birthday");

    @TempDir
    Path folder;

    private final List<StoreLocation> guiOpenedOn = new ArrayList<>();

    @Test
    void theQueueOfADemoStoreAsJsonAndText() throws Exception {
        String db = folder.resolve("demo").toString();
        assertThat(run("--db", db, "demo", "--clients", "150", "--seed", "4").code()).isZero();

        CommandRun json = run("--db", db, "today", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode items = root.get("items");
        assertThat(items.size()).isPositive();
        Set<String> clients = new HashSet<>();
        Set<String> reasons = new HashSet<>();
        for (JsonNode item : items) {
            assertThat(clients.add(item.get("client").get("id").asText())).as("one row per client").isTrue();
            assertThat(item.get("client").get("name").asText()).isNotBlank();
            assertThat(item.get("reason").asText()).isIn(REASONS);
            assertThat(item.has("conversationType")).as("the kind of conversation is the brief's alone").isFalse();
            assertThat(item.get("why").asText()).isNotBlank();
            reasons.add(item.get("reason").asText());
        }
        assertThat(reasons).contains("ghosted", "follow-up-overdue");

        // One engine: what Today lists a client for, the client's brief leads with or shows.
        for (JsonNode item : items) {
            JsonNode brief = new ObjectMapper().readTree(run("--db", db, "brief", item.get("client").get("id").asText(), "--json").out());
            String owner = brief.get("conversation").get("owner").get("rule").asText();
            List<String> situations = new ArrayList<>();
            situations.add(owner);
            brief.get("outranked").forEach(code -> situations.add(code.asText()));
            String openItems = brief.get("openItems").toString();
            switch (item.get("reason").asText()) {
                case "follow-up-overdue" -> assertThat(openItems).as(item.toString()).contains("Overdue follow-up");
                case "open-complaint" -> assertThat(owner).as(item.toString()).isEqualTo("situation.open-complaint");
                case "ghosted" -> assertThat(brief.get("ghosted").asBoolean()).as(item.toString()).isTrue();
                case "warranty-ending", "renewal-due" -> assertThat(situations).as(item.toString()).contains("situation.renewal");
                default -> { }
            }
        }

        CommandRun text = run("--db", db, "today");
        assertThat(text.out()).startsWith("Today, ").contains(items.get(0).get("client").get("name").asText());
    }

    @Test
    void textShowsTheMostUrgentAndCountsTheRestWhileJsonAndAllListEveryone() throws Exception {
        String db = folder.resolve("big").toString();
        assertThat(run("--db", db, "demo", "--clients", "2600", "--seed", "5").code()).isZero();

        JsonNode root = new ObjectMapper().readTree(run("--db", db, "today", "--json").out());
        int total = root.get("total").asInt();
        assertThat(total).as("a queue longer than the text shows").isGreaterThan(TodayService.SHOWN);
        assertThat(root.get("items").size()).isEqualTo(total);
        int counted = 0;
        for (JsonNode count : root.get("counts")) {
            counted += count.asInt();
        }
        assertThat(counted).isEqualTo(total);
        assertThat(root.get("counts").get(root.get("items").get(0).get("reason").asText()).asInt()).isPositive();

        String[] text = run("--db", db, "today").out().split("\\R");
        assertThat(text[0]).endsWith(String.format(Locale.ENGLISH, ": %,d clients to contact", total));
        assertThat(text).hasSize(1 + TodayService.SHOWN + 1);
        assertThat(text[TodayService.SHOWN + 1]).startsWith(String.format(Locale.ENGLISH, "... and %,d more after these: ", total - TodayService.SHOWN))
                .endsWith("(--all lists every one)");
        for (int i = 0; i < TodayService.SHOWN; i++) {
            assertThat(text[i + 1]).as("row %d", i).contains(root.get("items").get(i).get("why").asText());
        }

        assertThat(run("--db", db, "today", "--all").out().split("\\R")).hasSize(1 + total);
    }

    @Test
    void aPastInstantIsRefusedWithTheWayToLookBack() throws Exception {
        String db = folder.resolve("past").toString();
        assertThat(run("--db", db, "demo", "--clients", "5", "--seed", "2").code()).isZero();

        CommandRun result = run("--db", db, "today", "--at", "2001-01-01T10:00:00Z");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("today --at cannot look back: 2001-01-01T10:00:00Z has passed",
                "brief CLIENT --at 2001-01-01T10:00:00Z").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aLaterInstantShowsWhoWillBeDueByThen() throws Exception {
        String db = folder.resolve("ahead").toString();
        assertThat(run("--db", db, "demo", "--clients", "5", "--seed", "2").code()).isZero();

        CommandRun result = run("--db", db, "today", "--at", "2099-01-01T10:00:00Z", "--json");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("day").asText()).isEqualTo("2099-01-01");
    }

    @Test
    void aBadInstantIsBadUsage() {
        CommandRun result = run("--db", folder.resolve("x").toString(), "today", "--at", "yesterday");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'yesterday' is not an ISO-8601 instant");
    }

    private CommandRun run(String... args) {
        return CommandRun.of(Map.of(), guiOpenedOn::add, args);
    }

}
