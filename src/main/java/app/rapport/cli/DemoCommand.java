package app.rapport.cli;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.DemoDataService;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "demo", description = "Add realistic demo clients, purchases, touchpoints and competitors to the store.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", description = "How many clients (default: ${DEFAULT-VALUE}).")
    int clients = 500;

    @Option(names = "--seed", paramLabel = "S", description = "The same seed always gives the same data (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--business", paramLabel = "KIND",
            description = "salon, shop, field or mixed (default: ${DEFAULT-VALUE}).")
    String business = "mixed";

    @Override
    public Integer call() throws IOException {
        if (clients < 0) {
            throw new ParameterException(spec.commandLine(), "--clients must be 0 or more, not " + clients);
        }
        DemoBusiness kind = parseBusiness();
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation location = parent.location();
        DemoDataService.DemoResult result;
        try (RapportServices services = RapportServices.open(location)) {
            result = services.demoData().load(kind, clients, seed, Progress.NONE);
        }
        out.printf(Locale.ROOT, "Added %d demo clients with %d touchpoints to %s in %.1f s", result.clients(), result.touchpoints(),
                location, result.elapsed().toMillis() / 1000.0);
        // Measured after closing: the store is compacted on close after a bulk load.
        out.println(location.isServer() ? "" : String.format(Locale.ROOT, " (file: %d bytes)", Files.size(location.dataFile())));
        return 0;
    }

    private DemoBusiness parseBusiness() {
        try {
            return DemoBusiness.valueOf(business.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--business must be salon, shop, field or mixed, not '" + business + "'");
        }
    }
}
