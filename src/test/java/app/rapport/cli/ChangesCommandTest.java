package app.rapport.cli;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport changes`: the writes of a session, in order, with old and new values. */
class ChangesCommandTest {
    @TempDir
    Path folder;

    @Test
    void theWritesOfAScriptedSessionArePrintedInOrderWithOldAndNewValues() throws Exception {
        String db = folder.resolve("book").toString();
        try (RapportServices services = RapportServices.open(StoreLocation.of(db))) {
            Client jo = services.clients().save(ClientBuilder.person("Jo", "Marsh").phone("mobile", "+44 7700 900777").build());
            services.clients().save(ClientBuilder.from(jo).companyName("Marsh Bakery").build());
            services.touchpoints().log(new Touchpoint(null, jo.id(), Instant.now(), Channel.CALL, Direction.OUTBOUND,
                    "Called about the wedding cake order", null, Mood.EXCITED, null));
            services.clients().delete(jo.id());
            services.clients().restore(jo.id());
        }

        CommandRun json = run("--db", db, "changes", "--client", "Jo Marsh", "--json");

        assertThat(json.code()).as(json.err()).isZero();
        JsonNode changes = new ObjectMapper().readTree(json.out());
        List<String> clientRow = new ArrayList<>();
        long previous = 0;
        for (JsonNode change : changes) {
            assertThat(change.get("seq").asLong()).isGreaterThan(previous);
            previous = change.get("seq").asLong();
            assertThat(change.get("author").asText()).isEqualTo("me");
            if (change.get("entity").asText().equals("client")) {
                clientRow.add(change.get("operation").asText());
            }
        }
        assertThat(clientRow).containsExactly("insert", "update", "update", "delete", "restore");
        JsonNode edit = find(changes, "client", 1);
        assertThat(edit.get("columns").get("company_name").get("old").isNull()).isTrue();
        assertThat(edit.get("columns").get("company_name").get("new").asText()).isEqualTo("Marsh Bakery");
        JsonNode call = find(changes, "touchpoint", 0);
        assertThat(call.get("columns").get("summary").get("new").asText()).isEqualTo("Called about the wedding cake order");

        long afterEdit = edit.get("seq").asLong();
        JsonNode later = new ObjectMapper().readTree(run("--db", db, "changes", "--since", String.valueOf(afterEdit), "--json").out());
        assertThat(later).isNotEmpty().allMatch(change -> change.get("seq").asLong() > afterEdit);

        CommandRun text = run("--db", db, "changes", "--client", "Jo Marsh");
        assertThat(text.out()).contains("update client " + edit.get("row").asText()).contains("company_name: (none) -> Marsh Bakery");
    }

    private static JsonNode find(JsonNode changes, String entity, int nth) {
        int seen = 0;
        for (JsonNode change : changes) {
            if (change.get("entity").asText().equals(entity) && seen++ == nth) {
                return change;
            }
        }
        throw new AssertionError("no " + entity + " change number " + nth);
    }

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

}
