package app.rapport.cli;

import app.rapport.service.ArchiveService;
import app.rapport.service.RapportServices;
import app.rapport.store.archive.ArchiveProblem;
import app.rapport.store.archive.ArchiveRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Add everything in an archive made by export to the store, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    /** Problems listed on standard error before the count of the rest. */
    static final int PROBLEMS_SHOWN = 10;

    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The archive (.json) to read.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (RapportServices services = RapportServices.open(parent.location())) {
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
}
