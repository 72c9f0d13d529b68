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

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "erase", description = {"Erase a client for good: profile, touchpoints, notes, purchases, follow-ups and the audit log's entries.",
        "This cannot be undone (backups taken before keep the client until they are rotated out). Asks first; --yes in scripts."})
final class EraseCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CLIENT", description = "The client's id, or a name that matches one client only.")
    String client;

    @Option(names = "--yes", description = "Erase without asking (needed when no person is at a terminal to answer, as in a script).")
    boolean yes;

    @Override
    public Integer call() {
        parent.refuseWhileWindowOpen("erase");
        try (RapportServices services = RapportServices.open(parent.location())) {
            Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, spec.commandLine().getErr());
            if (chosen.isEmpty()) {
                return 1;
            }
            if (!yes && !parent.terminal.confirms("Erase " + chosen.get().displayName() + " (" + chosen.get().id()
                    + ") and everything recorded about them for good? This cannot be undone.")) {
                spec.commandLine().getErr().println(parent.terminal.hasPerson() ? "rapport: nothing was erased."
                        : "rapport: nothing was erased; erasing asks first, and no one is at a terminal to answer. Add --yes to erase "
                                + chosen.get().displayName() + " without asking.");
                return 1;
            }
            Optional<PrivacyService.Erased> erased = services.privacy().erase(chosen.get().id());
            if (erased.isEmpty()) {
                spec.commandLine().getErr().println("rapport: " + chosen.get().displayName() + " is no longer in the store");
                return 1;
            }
            spec.commandLine().getOut().println("Erased " + chosen.get().displayName() + " (" + chosen.get().id() + "): "
                    + erased.get().total() + " records, the audit log's included");
        }
        return 0;
    }
}
