package app.rapport.cli;

import app.rapport.domain.PhoneNumbers;
import app.rapport.service.RapportServices;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/** `rapport import` of contact files and `rapport export --format csv|vcf`. */
class ContactCommandTest {
    @TempDir
    Path folder;

    @Test
    void aBadRowFailsTheWholeImportAndEveryBadLineIsOnStandardError() throws Exception {
        // Named .txt: the command goes by what is in the file.
        Path file = Files.copy(sample("broken-rows.csv"), folder.resolve("contacts.txt"));

        CommandRun refused = run("--db", db(), "import", file.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        List<String> lines = refused.err().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("3: has 4 values but the header has 3 columns");
        assertThat(lines.get(1)).isEqualTo("5: has no name, company, email or phone");
        assertThat(lines.get(2)).isEqualTo("rapport: " + file + ": 2 bad rows; nothing was imported (--skip-bad imports the 4 good rows)");
        assertThat(clientCount()).isZero();
    }

    @Test
    void skipBadImportsTheGoodRowsAndListsTheBadRowsAndTheValuesLeftOut() throws Exception {
        CommandRun result = run("--db", db(), "import", "--skip-bad", sample("broken-rows.csv").toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Imported 4 clients from ").contains("CSV with a header row, UTF-8, comma-separated")
                .contains("2 values left out");
        assertThat(result.err().lines()).contains(
                "4: Email 'not-an-email' is not an email address \u2014 imported without it",
                "7: Phone '12' is not a phone number \u2014 imported without it");
        assertThat(result.err().lines()).filteredOn(line -> line.matches("\\d+: .*")).hasSize(4);
        assertThat(result.err()).contains("left out 2 bad rows");
        assertThat(clientCount()).isEqualTo(4);
    }

    @Test
    void aVCardIsRecognisedByItsContentAndCertainDuplicatesAreSkippedUnlessAsked() throws Exception {
        Path file = Files.copy(sample("vcard-2.1-quoted-printable.vcf"), folder.resolve("phone-export.dat"));

        assertThat(run("--db", db(), "import", file.toString()).out()).startsWith("Imported 2 clients").contains("vCard");
        CommandRun again = run("--db", db(), "import", file.toString());
        assertThat(again.out()).startsWith("Imported 0 clients").contains("skipped 2 certain duplicates");
        CommandRun merged = run("--db", db(), "import", "--duplicates", "merge", file.toString());
        assertThat(merged.out()).contains("merged 2 rows into existing clients");
        assertThat(clientCount()).isEqualTo(2);
        assertThat(run("--db", db(), "import", "--duplicates", "maybe", file.toString()).code()).isEqualTo(2);
    }

    @Test
    void rowsRepeatingAnEarlierRowAreNamedWithHowSureAndOnlyCertainOnesFollowTheDuplicatesChoice() throws Exception {
        Path file = sample("in-file-duplicates.csv");
        inRegion(db(), "GB");

        CommandRun skipped = run("--db", db(), "import", file.toString());

        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.err().lines()).containsExactly(
                "rapport: " + file + ": line 4 is the same person as line 2 (same phone number and name)",
                "rapport: " + file + ": line 5 is the same person as line 3 (same email charles@example.com)",
                "rapport: " + file + ": line 7 may be the same person as line 6 (similar name)",
                "rapport: " + file + ": line 9 may be the same person as line 2 (same name)");
        assertThat(skipped.out()).startsWith("Imported 6 clients").contains("skipped 2 certain duplicates")
                .contains("2 possible duplicates imported, to review in Clients > Find duplicates");
        assertThat(clientCount()).isEqualTo(6);

        String other = folder.resolve("merged").toString();
        inRegion(other, "GB");
        CommandRun merged = run("--db", other, "import", "--duplicates", "merge", file.toString());
        assertThat(merged.out()).startsWith("Imported 6 clients").contains("merged 2 repeated rows with an earlier row of the file")
                .doesNotContain("skipped");
        String both = folder.resolve("both").toString();
        assertThat(run("--db", both, "import", "--duplicates", "import", file.toString()).out()).startsWith("Imported 8 clients");
    }

    private static void inRegion(String db, String region) {
        try (RapportServices services = RapportServices.open(StoreLocation.of(db))) {
            services.contacts().changePhoneFormat(region, PhoneNumbers.Style.INTERNATIONAL);
        }
    }

    @Test
    void emptyAndBinaryFilesChangeNothing() throws Exception {
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(folder.resolve("photo.vcf"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 3, 0, 0, 9, 0, 0, 0, 7});

        CommandRun first = run("--db", db(), "import", empty.toString());
        CommandRun second = run("--db", db(), "import", binary.toString());

        assertThat(first.code()).isEqualTo(1);
        assertThat(first.err()).isEqualTo("rapport: " + empty + ": The file is empty. Nothing was imported." + System.lineSeparator());
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).contains("This is not a text file");
        assertThat(clientCount()).isZero();
    }

    @Test
    void exportWritesCsvAndVCardThatImportBack() throws Exception {
        assertThat(run("--db", db(), "import", sample("google.csv").toString()).code()).isZero();
        Path csv = folder.resolve("book.csv");
        Path vcf = folder.resolve("book.vcf");

        CommandRun toCsv = run("--db", db(), "export", "--format", "csv", csv.toString());
        CommandRun toVcf = run("--db", db(), "export", vcf.toString());

        assertThat(toCsv.out()).isEqualTo("Exported 3 clients to " + csv + " (CSV)" + System.lineSeparator());
        assertThat(toVcf.out()).contains("(vCard 3.0)");
        assertThat(Files.readString(vcf)).contains("BEGIN:VCARD", "FN:Zoë Ångström");
        String other = folder.resolve("other").toString();
        assertThat(run("--db", other, "import", csv.toString()).out()).startsWith("Imported 3 clients");
        assertThat(run("--db", other, "import", "--duplicates", "import", vcf.toString()).out()).startsWith("Imported 3 clients");
    }

    private String db() {
        return folder.resolve("store").toString();
    }

    private int clientCount() {
        try (Store store = Store.open(StoreLocation.of(db()), Clock.systemDefaultZone())) {
            return store.dsl().fetchCount(CLIENT);
        }
    }

    static Path sample(String name) throws URISyntaxException {
        return Path.of(ContactCommandTest.class.getResource("/contacts/" + name).toURI());
    }

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

}
