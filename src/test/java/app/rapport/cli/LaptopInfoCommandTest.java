package app.rapport.cli;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.ClientService;
import app.rapport.service.DemoDataService;
import app.rapport.service.Progress;
import app.rapport.service.SegmentService;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code info --json} on a laptop store says what {@code info} says: its server and its territory (issue 19). PostgreSQL only. */
@Tag("postgresql")
class LaptopInfoCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void infoJsonOfASegmentLaptopNamesItsSegmentAndTheClientsItHoldsOfTheBooks() throws Exception {
        StoreLocation server = bookWithSegment("North", 12, 3);
        String laptop = folder.resolve("ana").toString();
        link(laptop, server, "--name", "Ana", "--segment", "North");

        CommandRun info = CommandRun.of("--db", laptop, "info", "--json");

        assertThat(info.code()).as(info.err()).isZero();
        JsonNode laptopInfo = new ObjectMapper().readTree(info.out()).get("laptop");
        assertThat(laptopInfo.get("server").asText()).isEqualTo(server.toString());
        assertThat(laptopInfo.get("wholeBook").asBoolean()).isFalse();
        assertThat(laptopInfo.get("segment").asText()).isEqualTo("North");
        assertThat(laptopInfo.get("clientsHeld").asInt()).isEqualTo(3);
        assertThat(laptopInfo.get("bookClients").asInt()).isEqualTo(12);
        assertThat(CommandRun.of("--db", laptop, "info").out()).contains("My territory: 3 of 12 clients");
    }

    @Test
    void infoJsonOfAWholeBookLaptopSaysSoAndOfAPlainStoreSaysNothingOfLaptops() throws Exception {
        StoreLocation server = bookWithSegment("North", 5, 1);
        String laptop = folder.resolve("office-laptop").toString();
        link(laptop, server);

        JsonNode laptopInfo = new ObjectMapper().readTree(CommandRun.of("--db", laptop, "info", "--json").out()).get("laptop");
        assertThat(laptopInfo.get("wholeBook").asBoolean()).isTrue();
        assertThat(laptopInfo.get("segment").isNull()).isTrue();

        String plain = folder.resolve("plain").toString();
        CommandRun.of("--db", plain, "demo", "--clients", "3", "--business", "salon");
        assertThat(new ObjectMapper().readTree(CommandRun.of("--db", plain, "info", "--json").out()).has("laptop")).isFalse();
    }

    private void link(String laptop, StoreLocation server, String... options) throws Exception {
        Path passwordFile = folder.resolve("server-password");
        char[] password = TestStores.server().password();
        Files.writeString(passwordFile, password == null ? "unused" : new String(password));
        List<String> args = new ArrayList<>(List.of("--db", laptop, "link", server.toString(), "--server-password-file", passwordFile.toString()));
        args.addAll(List.of(options));
        CommandRun link = CommandRun.of(args.toArray(String[]::new));
        assertThat(link.code()).as(link.err()).isZero();
    }

    /** A salon book of {@code clients} on a new server database, with a saved segment of its first {@code inSegment} clients. */
    private static StoreLocation bookWithSegment(String name, int clients, int inSegment) {
        StoreLocation server = TestStores.emptyServerDatabase();
        try (Store office = Store.open(server, CLOCK)) {
            new DemoDataService(office, CLOCK).load(DemoBusiness.SALON, clients, 5, Progress.NONE);
            new SegmentService(office, CLOCK).save(new Segment(null, name, SegmentCriteria.EVERYONE.withTags(Set.of("territory-" + name)), null, null));
            ClientService people = new ClientService(office, CLOCK);
            List<UUID> ids = office.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).limit(inSegment).fetch(CLIENT.ID);
            for (UUID id : ids) {
                ClientBuilder client = ClientBuilder.from(people.profile(id).orElseThrow().client());
                people.save(client.tags(List.of("territory-" + name)).build());
            }
        }
        return server;
    }
}
