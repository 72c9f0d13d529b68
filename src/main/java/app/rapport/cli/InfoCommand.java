package app.rapport.cli;

import app.rapport.service.LaptopService;
import app.rapport.service.RapportServices;
import app.rapport.service.StoreStatistics;
import app.rapport.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "info", description = "Show what the store holds, its schema version and file size.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation location = parent.location();
        StoreStatistics statistics;
        Optional<LaptopService.Link> link;
        Optional<LaptopService.Territory> territory;
        try (RapportServices services = RapportServices.open(location)) {
            statistics = services.statistics();
            link = services.laptops().link();
            territory = services.laptops().territory();
        }
        // An open H2 file keeps room to grow that it gives back when closed: the size worth telling
        // is the one the file has on disk once Rapport lets go of it.
        if (!location.isServer() && Files.isRegularFile(location.dataFile())) {
            statistics = statistics.withFileSize(Files.size(location.dataFile()));
        }
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode tree = Json.MAPPER.valueToTree(statistics);
            link.ifPresent(linked -> tree.putPOJO("laptop", new LaptopInfo(linked.server(), territory.isEmpty(),
                    territory.map(LaptopService.Territory::segment).orElse(null), territory.map(LaptopService.Territory::held).orElse(null),
                    territory.map(LaptopService.Territory::bookClients).orElse(null))));
            out.println(Json.MAPPER.writeValueAsString(tree));
            return 0;
        }
        out.println("Store:          " + statistics.file());
        out.println("Schema version: " + statistics.schemaVersion());
        out.println("File size:      " + statistics.fileSizeBytes() + " bytes");
        statistics.counts().forEach((name, count) -> out.printf("%-15s %d%n", name + ":", count));
        link.ifPresent(linked -> out.println("Laptop of:      " + linked.server() + " \u00b7 " + territory.map(LaptopService.Territory::sentence)
                .orElse("the whole book")));
        return 0;
    }

    /**
     * What {@code info --json} says of a laptop store: its server, and unless it holds the whole book
     * its territory — the segment (null when that was deleted at the office), the clients held here
     * and the book's clients as of the last sync, as plain {@code info} says "1,240 of 5,000 clients".
     */
    record LaptopInfo(String server, boolean wholeBook, String segment, Integer clientsHeld, Integer bookClients) {
    }
}
