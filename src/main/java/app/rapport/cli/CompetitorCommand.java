package app.rapport.cli;

import app.rapport.domain.Competitor;
import app.rapport.service.CompetitorService.SwotMap;
import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "competitor", description = "Print a competitor's SWOT map (or ours, with 'us') as Markdown; with no name, list the competitors.")
final class CompetitorCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "The competitor's name (a unique start will do) or id; 'us' for our own map.")
    String name;

    @Option(names = "--markdown", description = "Print the map as Markdown (the only format so far, and the default).")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RapportServices services = RapportServices.open(parent.location())) {
            if (name == null) {
                List<Competitor> all = services.competitors().competitors();
                if (all.isEmpty()) {
                    out.println("No competitors yet.");
                }
                all.forEach(c -> out.println(c.name() + (c.area() == null ? "" : "  (" + c.area() + ")")));
                return 0;
            }
            Optional<SwotMap> map;
            if (name.strip().equalsIgnoreCase("us")) {
                map = services.competitors().map(null);
            } else {
                Optional<Competitor> competitor = services.competitors().find(name);
                if (competitor.isEmpty()) {
                    err.println("rapport: no competitor matches '" + name + "' (run 'competitor' without a name to list them)");
                    return 1;
                }
                map = services.competitors().map(competitor.get().id());
            }
            out.print(map.orElseThrow().markdown());
            out.flush();
            return 0;
        }
    }
}
