package app.rapport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "gui", description = "Open the Rapport window (what happens when no command is given).")
final class GuiCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Override
    public Integer call() {
        return parent.call();
    }
}
