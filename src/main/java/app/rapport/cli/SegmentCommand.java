package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.service.SegmentService.Saved;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "segment", description = "List the clients of a saved segment, as of today.")
final class SegmentCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The segment's name (case does not matter).")
    String name;

    @Option(names = "--count", description = "Print only how many clients the segment has.")
    boolean count;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RapportServices services = RapportServices.open(parent.location())) {
            Optional<Saved> found = services.segments().findByName(name);
            if (found.isEmpty()) {
                List<Saved> saved = services.segments().segments();
                err.println("rapport: there is no segment called '" + name + "'"
                        + (saved.isEmpty() ? "; none are saved yet (Clients > Segments... in the window)." : "; the saved ones are:"));
                saved.forEach(s -> err.println("  " + s.segment().name()));
                return 1;
            }
            Saved segment = found.get();
            if (!segment.readable()) {
                err.println("rapport: the segment '" + segment.segment().name() + "' cannot be read: " + segment.problem());
                return 1;
            }
            if (count) {
                int n = services.segments().count(segment.segment().criteria());
                if (json) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("segment", segment.segment().name());
                    result.put("count", n);
                    out.println(Json.MAPPER.writeValueAsString(result));
                } else {
                    out.println(n);
                }
                return 0;
            }
            List<ClientSummary> clients = services.segments().clients(segment.segment().criteria());
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("segment", segment.segment().name());
                result.put("count", clients.size());
                result.put("clients", clients);
                out.println(Json.MAPPER.writeValueAsString(result));
            } else if (clients.isEmpty()) {
                out.println("No client is in '" + segment.segment().name() + "' today.");
            } else {
                for (ClientSummary client : clients) {
                    out.println(String.join("\t", client.id().toString(), client.displayName(), orEmpty(client.primaryPhone()),
                            orEmpty(client.primaryEmail()), String.join(",", client.tags())));
                }
            }
        }
        return 0;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
