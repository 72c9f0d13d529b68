package app.rapport.cli;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport edit`: a script changes a profile, and never over an edit another desk saved after the script read it. */
class EditCommandTest {
    @TempDir
    Path folder;

    private StoreLocation location;
    private Client anna;

    @BeforeEach
    void aBookWithAnna() {
        location = TestStores.location(folder, "book");
        try (RapportServices services = RapportServices.open(location)) {
            anna = services.clients().save(ClientBuilder.person("Anna", "Berg").build());
        }
    }

    @Test
    void theProfileIsShownWithTheVersionAScriptSavesAgainst() {
        CommandRun run = edit(anna.id().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Shown as: Anna Berg", "First name: Anna", "Version: 1");
    }

    @Test
    void aSaveOverANewerVersionSavesNothingSaysWhoChangedWhatAndWhenAndExitsWithOne() {
        CommandRun ana = edit("Anna Berg", "--set", "city=Porto", "--set", "source=Instagram", "--if-version", "1", "--as", "Ana");
        assertThat(ana.code()).as(ana.err()).isZero();
        assertThat(ana.out()).contains("Saved Anna Berg (version 2)");

        CommandRun ben = edit("Anna Berg", "--set", "city=Faro", "--if-version", "1", "--as", "Ben");

        assertThat(ben.code()).isEqualTo(1);
        assertThat(ben.err()).containsPattern("rapport: Ana changed Anna Berg at \\d\\d:\\d\\d, after this was read, so nothing was saved.")
                .contains("Address: theirs \u201cPorto\u201d, mine \u201cFaro\u201d.")
                .as("a field the script did not set is no conflict").doesNotContain("Source");
        try (RapportServices services = RapportServices.open(location)) {
            Client stored = services.clients().profile(anna.id()).orElseThrow().client();
            assertThat(stored.address().city()).isEqualTo("Porto");
            assertThat(stored.version()).isEqualTo(2);
        }
    }

    @Test
    void withoutAVersionTheChangeIsSavedOverWhatIsStoredNow() {
        edit("Anna Berg", "--set", "city=Porto");

        CommandRun run = edit("Anna Berg", "--set", "tags=vip, colour", "--set", "birthday=1990-04-23");

        assertThat(run.code()).as(run.err()).isZero();
        try (RapportServices services = RapportServices.open(location)) {
            Client stored = services.clients().profile(anna.id()).orElseThrow().client();
            assertThat(stored.address().city()).isEqualTo("Porto");
            assertThat(stored.tags()).containsExactlyInAnyOrder("vip", "colour");
            assertThat(stored.birthday()).hasToString("1990-04-23");
        }
    }

    @Test
    void anUnknownFieldOrADayThatIsNoneIsBadUsageAndNothingIsSaved() {
        CommandRun colour = edit("Anna Berg", "--set", "colour=red");
        CommandRun birthday = edit("Anna Berg", "--set", "birthday=23/04/1990");

        assertThat(colour.code()).isEqualTo(2);
        assertThat(colour.err()).contains("'colour=red' is not FIELD=VALUE with one of the fields name, first-name");
        assertThat(birthday.code()).isEqualTo(2);
        assertThat(birthday.err()).contains("'23/04/1990' is not a day such as 1990-04-23").doesNotContain("Exception");
        try (RapportServices services = RapportServices.open(location)) {
            assertThat(services.clients().profile(anna.id()).orElseThrow().client().version()).isEqualTo(1);
        }
    }

    private CommandRun edit(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", location.toString(), "edit"));
        all.addAll(List.of(args));
        return CommandRun.of(TestStores.environmentFor(location), where -> { }, all.toArray(String[]::new));
    }
}
