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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "export", description = {"Write the client list as CSV or vCard, or everything in the store as a JSON archive (see README)."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv (the client list), vcf (vCard 3.0) or json (the whole store). Default: from FILE's extension, else json.")
    String format;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Override
    public Integer call() throws Exception {
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : fromExtension(file);
        if (!List.of("json", "csv", "vcf").contains(chosen)) {
            throw new ParameterException(spec.commandLine(), "--format must be csv, vcf or json, not '" + format + "'");
        }
        List<String> handed = new ArrayList<>(List.of("export", "--format", chosen));
        if (force) {
            handed.add("--force");
        }
        handed.add(file.toAbsolutePath().toString());
        Optional<Integer> byWindow = parent.handToWindow(spec, handed);
        if (byWindow.isPresent()) {
            return byWindow.get();
        }
        return parent.withServices(services -> {
            try {
                return export(services, chosen);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        });
    }

    private int export(RapportServices services, String chosen) throws java.io.IOException {
        if (chosen.equals("json")) {
            ArchiveService.Result result = services.archive().exportTo(file, force);
            spec.commandLine().getOut().printf(Locale.ROOT, "Exported %d records (%d clients, %d touchpoints) to %s in %.1f s%n",
                    result.total(), result.counts().get("clients"), result.counts().get("touchpoints"), file,
                    result.elapsed().toMillis() / 1000.0);
            return 0;
        }
        List<UUID> ids = services.contacts().allClientIds();
        int written = chosen.equals("csv") ? services.contacts().exportCsv(ids, file, force)
                : services.contacts().exportVCard(ids, file, force);
        spec.commandLine().getOut().printf(Locale.ROOT, "Exported %d clients to %s (%s)%n", written, file,
                chosen.equals("csv") ? "CSV" : "vCard 3.0");
        return 0;
    }

    private static String fromExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return "vcf";
        }
        return "json";
    }
}
