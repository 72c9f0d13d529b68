package app.rapport.cli;

import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", description = {"Replace the store with a backup (a backup .zip or a .mv.db store file).",
        "The backup is checked first; a bad one changes nothing. The replaced store is kept in backups/."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Override
    public Integer call() {
        parent.refuseWhileWindowOpen("restore");
        RapportServices.Restored restored = RapportServices.restore(parent.location(), file);
        spec.commandLine().getOut().println("Restored " + Counts.clients(restored.clients()) + " from " + file
                + restored.replacedStore().map(replaced -> "; the replaced store is kept as " + replaced).orElse(""));
        return 0;
    }
}
