package app.rapport.cli;

import app.rapport.service.BackupService;
import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", description = {"Back up the store while it may stay open elsewhere, and verify the backup.",
        "Without FILE the backup goes to backups/ beside the store, where the newest ones are kept (setting backup.keep, default 10)."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write the backup (a .zip).")
    Path file;

    @Override
    public Integer call() {
        try (RapportServices services = RapportServices.open(parent.location())) {
            BackupService.Backup backup = file == null ? services.backups().backUpNow() : services.backups().backUpTo(file, force);
            spec.commandLine().getOut().println("Backed up " + Counts.clients(backup.clients()) + " to " + backup.file()
                    + " (" + Counts.size(backup.sizeBytes()) + ", verified)"
                    + (backup.removedOldBackups() > 0 ? "; removed " + backup.removedOldBackups() + " older backup"
                    + (backup.removedOldBackups() == 1 ? "" : "s") : ""));
        }
        return 0;
    }
}
