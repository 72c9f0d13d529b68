package app.rapport.cli;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.change.Change;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `rapport log`: a script or a phone system logs a touchpoint, and it is on the timeline, with its
 * follow-up and its author, as if logged in the window. Runs on H2 and, in the PostgreSQL pass, on a server.
 */
class LogCommandTest {
    @TempDir
    Path folder;

    private StoreLocation location;
    private Client anna;

    @BeforeEach
    void aBookWithAnna() {
        location = TestStores.location(folder, "book");
        try (RapportServices services = RapportServices.open(location)) {
            anna = services.clients().save(ClientBuilder.person("Anna", "Berg").phone("mobile", "+44 7700 900123").build());
            services.clients().save(ClientBuilder.person("Anna", "Lind").build());
        }
    }

    @Test
    void aLoggedCallIsOnTheTimelineWithItsMoodFollowUpAndWhoLoggedIt() {
        CommandRun run = log(anna.id().toString(), "--channel", "Call", "--summary", "Asked whether the dryer's warranty covers the drum",
                "--mood", "doubtful", "--at", "2026-05-14T09:30:00Z", "--follow-up", "2026-05-20", "--as", "Ana");

        assertThat(run.code()).as(run.err()).isZero();
        try (RapportServices services = RapportServices.open(location)) {
            List<TimelineEntry> timeline = services.touchpoints().timeline(anna.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of());
            assertThat(timeline).singleElement().satisfies(entry -> {
                assertThat(entry.channel()).isEqualTo(Channel.CALL);
                assertThat(entry.detail()).contains("Asked whether the dryer's warranty covers the drum");
                assertThat(entry.mood()).isEqualTo(Mood.DOUBTFUL);
                assertThat(run.out()).contains("Logged call with Anna Berg").contains(entry.sourceId().toString());
            });
            assertThat(services.followUps().forClient(anna.id())).extracting(FollowUp::dueOn).containsExactly(LocalDate.of(2026, 5, 20));
            List<Change> changes = services.changes().since(0, anna.id(), 100);
            assertThat(changes).filteredOn(change -> change.entity().equals("touchpoint"))
                    .singleElement().satisfies(change -> assertThat(change.author()).isEqualTo("Ana"));
            assertThat(changes).filteredOn(change -> change.entity().equals("client") && change.operation() == Change.Operation.INSERT)
                    .singleElement().satisfies(change -> assertThat(change.author()).as("Anna was saved before, by the default author").isEqualTo("me"));
        }
    }

    @Test
    void aClientNamedByANameOnlyOneMatchesIsEnough() {
        CommandRun run = log("anna berg", "--channel", "email", "--summary", "Sent the care guide");

        assertThat(run.code()).as(run.err()).isZero();
        try (RapportServices services = RapportServices.open(location)) {
            assertThat(services.touchpoints().timeline(anna.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of())).hasSize(1);
        }
    }

    @Test
    void badInputIsNamedAndNothingIsLogged() {
        CommandRun fax = log("Anna Berg", "--channel", "fax", "--summary", "Sent the form");
        assertThat(fax.code()).isEqualTo(2);
        assertThat(fax.err()).contains("'fax' is not a channel; choose one of visit, meeting, call, email, message");

        CommandRun ambiguous = log("Anna", "--channel", "call", "--summary", "Called");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("'Anna' matches 2 clients").contains("Anna Lind");

        CommandRun early = log("Anna Berg", "--channel", "call", "--summary", "Called", "--at", "2026-05-14T09:30:00Z",
                "--follow-up", "2026-05-01");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("The follow-up (2026-05-01) cannot be before the touchpoint (2026-05-14)").doesNotContain("Exception");

        CommandRun blank = log("Anna Berg", "--channel", "call", "--summary", " ");
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.err()).contains("Write a short summary of what happened.");

        try (RapportServices services = RapportServices.open(location)) {
            assertThat(services.touchpoints().timeline(anna.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of())).isEmpty();
            assertThat(services.followUps().forClient(anna.id())).isEmpty();
        }
    }

    @Test
    void aBookWithPeopleTakesOnlyItsPeopleAsAuthorsAndSpellsThemAsListed() {
        CommandRun added = CommandRun.of(TestStores.environmentFor(location), where -> { }, "--db", location.toString(), "people", "add", "Ana");
        assertThat(added.code()).as(added.err()).isZero();

        CommandRun stranger = log("Anna Berg", "--channel", "call", "--summary", "Called", "--as", "Cleo");
        assertThat(stranger.code()).isEqualTo(1);
        assertThat(stranger.err()).contains("Nobody called \u201cCleo\u201d works at this book; the people are Ana.").doesNotContain("Exception");

        CommandRun ana = log("Anna Berg", "--channel", "call", "--summary", "Called", "--as", "ana");
        assertThat(ana.code()).as(ana.err()).isZero();
        try (RapportServices services = RapportServices.open(location)) {
            assertThat(services.touchpoints().timeline(anna.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of()))
                    .extracting(TimelineEntry::byline).containsExactly("Ana logged a call");
        }
    }

    private CommandRun log(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = location.toString();
        all[2] = "log";
        System.arraycopy(args, 0, all, 3, args.length);
        return CommandRun.of(TestStores.environmentFor(location), where -> { }, all);
    }
}
