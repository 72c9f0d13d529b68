package app.rapport.cli;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ContactPoint;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README promises about the files the command line writes and reads, and about the
 * store itself: plain messages that say what to do, never a temporary path or a database's error
 * code, and nothing lost or left behind when a command fails.
 */
class FilesAndStoresPromisesTest {
    @TempDir
    Path folder;

    @Test
    void anExportIntoAFolderThatDoesNotExistYetMakesTheFolder() {
        String db = demo("book");
        Path file = folder.resolve("exports").resolve("2026").resolve("clients.csv");

        CommandRun run = CommandRun.of("--db", db, "export", file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(file).isRegularFile();
        assertThat(run.out()).contains("Exported 6 clients to " + file);
    }

    @Test
    void forcingAnExportOntoAFolderIsRefusedAndTheFolderIsLeftAlone() throws Exception {
        String db = demo("book");
        Path shelf = Files.createDirectory(folder.resolve("shelf"));
        Files.writeString(shelf.resolve("kept.txt"), "mine");

        for (String format : new String[] {"csv", "json"}) {
            CommandRun run = CommandRun.of("--db", db, "export", "--force", "--format", format, shelf.toString());

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains(shelf + " is a folder; give the name of a file to write (nothing was written)")
                    .doesNotContain(".part").doesNotContain("Is a directory");
        }
        try (var left = Files.list(shelf)) {
            assertThat(left).containsExactly(shelf.resolve("kept.txt"));
        }
    }

    @Test
    void everyRefusalToReplaceAFileNamesForceAsTheWayOut() throws Exception {
        String db = demo("book");
        Path taken = Files.writeString(folder.resolve("taken"), "keep me");
        String id = CommandRun.of("--db", db, "clients", "--json").out().replaceAll("(?s).*?\"id\" *: *\"([^\"]+)\".*", "$1");

        for (String[] command : new String[][] {{"export", taken.toString()}, {"export", "--format", "csv", taken.toString()},
                {"backup", taken.toString()}, {"export-client", id, taken.toString()}}) {
            CommandRun run = CommandRun.of(concat(new String[] {"--db", db}, command));

            assertThat(run.code()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err()).as(String.join(" ", command)).contains(taken + " already exists").contains("--force");
            assertThat(Files.readString(taken)).isEqualTo("keep me");
        }
    }

    @Test
    void restoringADamagedStoreFileNamesItPlainlyAndChangesNothing() throws Exception {
        String db = demo("book");
        Path damaged = folder.resolve("damaged.mv.db");
        byte[] bytes = Files.readAllBytes(StoreLocation.of(db).dataFile());
        for (int i = 16_384; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        Files.write(damaged, bytes);

        CommandRun run = CommandRun.of("--db", db, "restore", damaged.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(damaged + " cannot be used: it is damaged", "Nothing was changed")
                .doesNotContain("rapport-work").doesNotContain("restore.mv.db").doesNotContainPattern("\\[\\d{5}-\\d+]");
        assertThat(CommandRun.of("--db", db, "clients", "--json").out()).contains("\"id\"");
        CommandRun info = CommandRun.of("--db", db, "info");
        assertThat(info.out()).contains("clients:        6");
    }

    @Test
    void infoTellsTheSizeTheStoreFileHasOnDisk() throws Exception {
        for (String db : new String[] {folder.resolve("new").toString(), demo("book")}) {
            CommandRun run = CommandRun.of("--db", db, "info");

            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("File size:      " + Files.size(StoreLocation.of(db).dataFile()) + " bytes");
        }
    }

    @Test
    void rapportsOwnCsvExportIsReadBackAsRapportsWithEveryCustomFieldWhereItWas() throws Exception {
        String db = folder.resolve("first").toString();
        try (RapportServices services = RapportServices.open(StoreLocation.of(db))) {
            services.clients().save(ClientBuilder.person("Maya", "Okafor").phone("mobile", "+44 7700 900123")
                    .email("work", "maya@okafor.example")
                    .customFields(Map.of("Work email", "old@firm.example", "Mobile notes", "calls after six", "Note to self", "VIP"))
                    .build());
        }
        Path file = folder.resolve("clients.csv");
        assertThat(CommandRun.of("--db", db, "export", file.toString()).code()).isZero();

        String again = folder.resolve("second").toString();
        CommandRun imported = CommandRun.of("--db", again, "import", file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("(Rapport CSV export,").doesNotContain("Google");
        try (RapportServices services = RapportServices.open(StoreLocation.of(again))) {
            Client maya = services.clients().profile(services.clients().search("Maya", 5).clients().get(0).id()).orElseThrow().client();
            assertThat(maya.phones()).containsExactly(new ContactPoint("mobile", "+44 7700 900123"));
            assertThat(maya.emails()).containsExactly(new ContactPoint("work", "maya@okafor.example"));
            assertThat(maya.customFields()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("Work email", "old@firm.example", "Mobile notes", "calls after six", "Note to self", "VIP"));
        }
    }

    @Test
    void anArchiveImportedTwiceCountsItsClashesAgainstTheRecordsTheExportCounted() {
        String db = demo("book");
        Path archive = folder.resolve("everything.json");
        CommandRun exported = CommandRun.of("--db", db, "export", archive.toString());
        Matcher records = Pattern.compile("Exported (\\d+) records").matcher(exported.out());
        assertThat(records.find()).as(exported.out()).isTrue();
        long written = Long.parseLong(records.group(1));

        CommandRun again = CommandRun.of("--db", db, "import", archive.toString());

        assertThat(again.code()).isEqualTo(1);
        Matcher clashes = Pattern.compile("nothing was imported: (\\d+) of the archive's (\\d+) records are already in the store")
                .matcher(again.err());
        assertThat(clashes.find()).as(again.err()).isTrue();
        assertThat(Long.parseLong(clashes.group(2))).isEqualTo(written);
        // Every client, touchpoint, note... clashes once, however many of its phones and emails clash too.
        assertThat(Long.parseLong(clashes.group(1))).isPositive().isLessThanOrEqualTo(written);
    }

    @Test
    void aWindowThatCannotOpenLeavesNoNewStoreBehind() throws Exception {
        Path store = folder.resolve("never");
        ProcessBuilder gui = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.rapport.app.Main", "--db", store.toString(), "gui")
                .redirectErrorStream(true);
        gui.environment().remove("DISPLAY");
        gui.environment().remove("WAYLAND_DISPLAY");
        Process process = gui.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("rapport: The Rapport window cannot open here").doesNotContain("Exception");
        assertThat(StoreLocation.of(store.toString()).dataFile()).doesNotExist();
    }

    private String demo(String name) {
        String db = folder.resolve(name).toString();
        CommandRun demo = CommandRun.of("--db", db, "demo", "--clients", "6", "--seed", "5");
        assertThat(demo.code()).as(demo.err()).isZero();
        return db;
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
