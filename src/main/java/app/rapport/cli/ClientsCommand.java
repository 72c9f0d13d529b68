package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "clients", description = "List clients, or those matching a search (name, phone digits, email, tag).")
final class ClientsCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only clients matching every word, by prefix.")
    String search = "";

    @Option(names = "--limit", paramLabel = "N", description = "At most N clients (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit + " (leave it off to list every client)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (RapportServices services = RapportServices.open(parent.location())) {
            List<ClientSummary> clients = services.clients().search(search, limit).clients();
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(clients));
            } else if (clients.isEmpty()) {
                out.println(search.isBlank() ? "No clients yet." : "No client matches '" + search + "'.");
            } else {
                for (ClientSummary client : clients) {
                    out.println(String.join("\t", client.displayName(), orEmpty(client.primaryPhone()),
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
