package app.rapport.cli;

import app.rapport.service.ArchiveService;
import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write everything in the store to one archive file (see README, \"JSON archive\").")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "The archive format; only json for now (default: ${DEFAULT-VALUE}).")
    String format = "json";

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "The archive to write.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!"json".equals(format.toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--format must be json (the only archive format for now), not '" + format + "'");
        }
        try (RapportServices services = RapportServices.open(parent.location())) {
            ArchiveService.Result result = services.archive().exportTo(file, force);
            spec.commandLine().getOut().printf(Locale.ROOT, "Exported %d records (%d clients, %d touchpoints) to %s in %.1f s%n",
                    result.total(), result.counts().get("clients"), result.counts().get("touchpoints"), file,
                    result.elapsed().toMillis() / 1000.0);
        }
        return 0;
    }
}
