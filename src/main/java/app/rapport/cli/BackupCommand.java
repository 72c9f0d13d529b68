package app.rapport.cli;

import app.rapport.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        List<String> handed = new ArrayList<>(List.of("backup"));
        if (force) {
            handed.add("--force");
        }
        if (file != null) {
            handed.add(file.toAbsolutePath().toString());
        }
        Optional<Integer> byWindow = parent.handToWindow(spec, handed);
        if (byWindow.isPresent()) {
            return byWindow.get();
        }
        return parent.withServices(services -> {
            BackupService.Backup backup = file == null ? services.backups().backUpNow() : services.backups().backUpTo(file, force);
            spec.commandLine().getOut().println("Backed up " + Counts.clients(backup.clients()) + " to " + backup.file()
                    + " (" + Counts.size(backup.sizeBytes()) + ", verified)"
                    + (backup.removedOldBackups() > 0 ? "; removed " + backup.removedOldBackups() + " older backup"
                    + (backup.removedOldBackups() == 1 ? "" : "s") : ""));
            return 0;
        });
    }
}
