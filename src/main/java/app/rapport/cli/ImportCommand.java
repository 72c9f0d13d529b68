package app.rapport.cli;

import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ArchiveService;
import app.rapport.service.ContactService;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.ImportPreview;
import app.rapport.service.ImportRejectedException;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.contacts.ContactFormat;
import app.rapport.service.contacts.UnreadableFileException;
import app.rapport.store.archive.ArchiveProblem;
import app.rapport.store.archive.ArchiveRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", description = {
        "Add contacts (CSV, Excel .xlsx, vCard, LDIF) or an archive made by export (JSON) to the store; the format is told by the content.",
        "All or nothing: a bad row is listed on standard error as LINE: reason, and nothing is imported (exit 1)."})
final class ImportCommand implements Callable<Integer> {
    /** Archive problems listed on standard error before the count of the rest. */
    static final int PROBLEMS_SHOWN = 10;
    /** Duplicates, certain and possible, named on standard error before the count of the rest. */
    static final int DUPLICATES_SHOWN = 50;

    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--skip-bad", description = "Import the good rows of a contact file and list the bad ones.")
    boolean skipBad;

    @Option(names = "--duplicates", paramLabel = "CHOICE",
            description = "Rows that are certainly a client already in the store, or a row above them in the file (the same email, "
                    + "or the same phone and name): skip, import (anyway) or merge (into that client, or with that row into one client "
                    + "with the phones, emails, tags and notes of both). Possible duplicates (the same phone with another name, the same "
                    + "name only) are always imported and listed on standard error for review. Default: ${DEFAULT-VALUE}.")
    String duplicates = "skip";

    @Option(names = "--sheet", paramLabel = "NAME", description = "Of an .xlsx workbook, the sheet to import (default: the first).")
    String sheet;

    @Parameters(paramLabel = "FILE", description = "The file to read: .csv, .xlsx, .vcf or .json.")
    Path file;

    @Override
    public Integer call() throws Exception {
        DuplicateChoice choice = switch (duplicates.toLowerCase(Locale.ROOT)) {
            case "skip" -> DuplicateChoice.SKIP;
            case "import" -> DuplicateChoice.IMPORT;
            case "merge" -> DuplicateChoice.MERGE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--duplicates must be skip, import or merge, not '" + duplicates + "'");
        };
        PrintWriter err = spec.commandLine().getErr();
        try (RapportServices services = RapportServices.open(parent.location())) {
            if (services.contacts().sniff(file).format() == ContactFormat.JSON_ARCHIVE) {
                return importArchive(services);
            }
            ImportPreview preview = services.contacts().preview(file, sheet, Progress.NONE);
            preview.notices().forEach(notice -> err.println("rapport: " + file + ": " + notice));
            reportDuplicates(preview, err);
            try {
                ContactService.ImportResult result = services.contacts().importContacts(preview, skipBad, choice, Map.of(), Progress.NONE);
                result.warnings().forEach(err::println);
                result.badLeftOut().forEach(bad -> err.println(bad.problemLine()));
                if (!result.badLeftOut().isEmpty()) {
                    err.println("rapport: " + file + ": left out " + rows(result.badLeftOut().size(), "bad row"));
                }
                err.flush();
                spec.commandLine().getOut().printf(Locale.ROOT, "Imported %s from %s (%s, %s%s) in %.1f s%s%s%s%s%s%n",
                        rows(result.imported(), "client"), file, preview.formatLabel(), preview.encoding(),
                        preview.delimiter() == null ? "" : ", " + preview.delimiter() + "-separated",
                        result.elapsed().toMillis() / 1000.0,
                        result.merged() > 0 ? "; merged " + rows(result.merged(), "row") + " into existing clients" : "",
                        result.mergedWithinFile() > 0 ? "; merged " + rows(result.mergedWithinFile(), "repeated row") + " with an earlier row of the file" : "",
                        result.skippedDuplicates() > 0 ? "; skipped " + rows(result.skippedDuplicates(), "certain duplicate")
                                + " (--duplicates import or merge to take them)" : "",
                        result.possibleDuplicates() > 0 ? "; " + rows(result.possibleDuplicates(), "possible duplicate")
                                + " imported, to review in Clients > Find duplicates" : "",
                        result.warnings().isEmpty() ? "" : "; " + rows(result.warnings().size(), "value") + " left out (listed above)");
                return 0;
            } catch (ImportRejectedException rejected) {
                for (ImportCandidate bad : rejected.bad()) {
                    err.println(bad.problemLine());
                }
                err.println("rapport: " + file + ": " + rejected.getMessage() + " (--skip-bad imports the "
                        + rows(rejected.good(), "good row") + ")");
                err.flush();
                return 1;
            }
        } catch (UnreadableFileException unreadable) {
            err.println("rapport: " + file + ": " + unreadable.getMessage() + " Nothing was imported.");
            err.flush();
            return 1;
        }
    }

    private Integer importArchive(RapportServices services) throws Exception {
        try {
            ArchiveService.Result result = services.archive().importFrom(file);
            spec.commandLine().getOut().printf(Locale.ROOT, "Imported %d records (%d clients, %d touchpoints) from %s in %.1f s%n",
                    result.total(), result.counts().get("clients"), result.counts().get("touchpoints"), file,
                    result.elapsed().toMillis() / 1000.0);
            return 0;
        } catch (ArchiveRejectedException rejected) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("rapport: " + file + ": " + rejected.getMessage());
            rejected.problems().stream().limit(PROBLEMS_SHOWN).forEach((ArchiveProblem problem) -> err.println("  " + problem));
            if (rejected.total() > PROBLEMS_SHOWN) {
                err.println("  ... and " + (rejected.total() - PROBLEMS_SHOWN) + " more");
            }
            err.flush();
            return 1;
        }
    }

    /**
     * Every row that looks like a client in the store or a row above it, certain or possible, with
     * why; what happened to them is in the summary line (certain ones follow --duplicates).
     */
    private void reportDuplicates(ImportPreview preview, PrintWriter err) {
        List<ImportCandidate> flagged = preview.good().stream().filter(preview::isFlagged).toList();
        flagged.stream().limit(DUPLICATES_SHOWN).forEach(row -> err.println("rapport: " + file + ": line " + row.line() + " "
                + (preview.isCertainDuplicate(row) ? "is" : "may be") + " the same person as " + preview.duplicateOf(row)
                .map(match -> match.existing().displayName() + " in the store (" + match.reason() + ")")
                .orElseGet(() -> "line " + preview.repeatOf(row).orElseThrow().earlier().line() + " (" + preview.repeatOf(row).orElseThrow().reason() + ")")));
        if (flagged.size() > DUPLICATES_SHOWN) {
            err.println("rapport: " + file + ": ... and " + (flagged.size() - DUPLICATES_SHOWN) + " more rows that may be someone already there");
        }
    }

    private static String rows(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
