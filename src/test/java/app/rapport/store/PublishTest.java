package app.rapport.store;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;
import app.rapport.service.ClientService;
import app.rapport.service.DemoDataService;
import app.rapport.service.NoteService;
import app.rapport.service.Progress;
import app.rapport.service.TouchpointService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * `publish` moves a book from a store file to an empty database on a team server: every table is
 * there with the same rows, the file is as it was, the server's book works on (its change log goes
 * on from the file's), and a database that already holds a book is refused, untouched.
 */
@Tag("postgresql")
class PublishTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void copiesEveryTableIntoAnEmptyDatabaseChecksItAndLeavesTheFileAsItWas() {
        StoreLocation server = TestStores.emptyServerDatabase();
        List<BookCopy.TableCheck> fileBefore;
        List<String> said = new ArrayList<>();
        BookCopy.Copied copied;
        try (Store file = Store.open(StoreLocation.of(folder.resolve("salon").toString()), CLOCK)) {
            new DemoDataService(file, CLOCK).load(DemoBusiness.SALON, 40, 7, Progress.NONE);
            fileBefore = BookCopy.checks(file);
            copied = BookCopy.toServer(file, server, CLOCK, new StoreBackups.Steps() {
                @Override
                public void begin(String message) {
                    said.add(message);
                }

                @Override
                public void pastReturn(String message) {
                    said.add(message);
                }
            });
            assertThat(BookCopy.checks(file)).as("the file's book after publishing").isEqualTo(fileBefore);
        }
        assertThat(copied.tables()).isEqualTo(fileBefore);
        assertThat(copied.rows("client")).isEqualTo(40);
        assertThat(copied.rows("touchpoint")).isPositive();
        assertThat(said).contains("Copying client", "Checking touchpoint", "Copy checked").hasSize(BookCopy.steps());

        try (Store team = Store.open(server, CLOCK)) {
            assertThat(BookCopy.checks(team)).as("the server's book, opened again").isEqualTo(fileBefore);
            long lastCopied = new ChangeLog(team.dsl()).lastSeq();
            ClientSummary someone = new ClientService(team, CLOCK).search("", 1).clients().get(0);
            team.workAs("Ana");
            new TouchpointService(team, CLOCK).log(new Touchpoint(null, someone.id(), CLOCK.instant(), Channel.CALL, Direction.OUTBOUND,
                    "First call from the team server", null, null, null));
            assertThat(team.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.SEQ.gt(lastCopied))).as("the change log goes on after the file's")
                    .isPositive();
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsABookAndChangesNothingThere() {
        StoreLocation server = TestStores.location(folder, "team");
        try (Store team = Store.open(server, CLOCK)) {
            new ClientService(team, CLOCK).save(ClientBuilder.person("Ada", "Byron").build());
        }
        try (Store file = Store.open(StoreLocation.of(folder.resolve("shop").toString()), CLOCK)) {
            new DemoDataService(file, CLOCK).load(DemoBusiness.SHOP, 5, 3, Progress.NONE);
            assertThatThrownBy(() -> BookCopy.toServer(file, server, CLOCK, StoreBackups.Steps.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is not empty").hasMessageContaining("1 client")
                    .hasMessageContaining("Nothing was changed");
        }
        try (Store team = Store.open(server, CLOCK)) {
            assertThat(new ClientService(team, CLOCK).count()).isEqualTo(1);
        }
    }

    @Test
    void textWithTabsLineBreaksAndBackslashesReachesTheServerAndThenALaptopAsItWas() {
        String awkward = "Called twice\tno answer\r\nleft a message: \\N is not nothing, see C:\\Users\\ana\\notes.txt \u00e9t\u00e9 \uD83D\uDE00";
        StoreLocation server = TestStores.emptyServerDatabase();
        Client ada;
        try (Store file = Store.open(StoreLocation.of(folder.resolve("salon").toString()), CLOCK)) {
            ada = new ClientService(file, CLOCK).save(ClientBuilder.person("Ada", "Byron").build());
            new NoteService(file, CLOCK).add(ada.id(), awkward, true);
            BookCopy.toServer(file, server, CLOCK, StoreBackups.Steps.NONE);
        }
        try (Store team = Store.open(server, CLOCK)) {
            assertThat(new NoteService(team, CLOCK).forClient(ada.id())).as("on the server").extracting(Note::body).containsExactly(awkward);
        }
        try (Store laptop = Store.open(StoreLocation.of(folder.resolve("laptop").toString()), CLOCK)) {
            FieldLaptops.link(laptop, server, "Ana's laptop", CLOCK);
            assertThat(new NoteService(laptop, CLOCK).forClient(ada.id())).as("on a laptop linked to it").extracting(Note::body)
                    .containsExactly(awkward);
        }
    }
}
