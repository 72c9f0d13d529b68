package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.service.PrivacyService;
import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "export-client", description = "Write everything the store holds about one client to a readable JSON file (a data-protection request).")
final class ExportClientCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(index = "0", paramLabel = "CLIENT", description = "The client's id, or a name that matches one client only.")
    String client;

    @Parameters(index = "1", paramLabel = "FILE", description = "The JSON file to write.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (RapportServices services = RapportServices.open(parent.location())) {
            Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, spec.commandLine().getErr());
            if (chosen.isEmpty()) {
                return 1;
            }
            Optional<PrivacyService.Export> export = services.privacy().exportClient(chosen.get().id(), file, force);
            if (export.isEmpty()) {
                spec.commandLine().getErr().println("rapport: " + chosen.get().displayName() + " is no longer in the store");
                return 1;
            }
            spec.commandLine().getOut().println("Exported " + export.get().records() + " records about " + chosen.get().displayName()
                    + " to " + export.get().file());
        }
        return 0;
    }
}
