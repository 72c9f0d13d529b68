package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.change.Change;
import app.rapport.service.RapportServices;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "changes", description = {"Every change written to the book, oldest first: what, which row, old and new values, by whom and when.",
        "Changes older than the setting changes.keepDays (90 by default) are folded away."})
final class ChangesCommand implements Callable<Integer> {
    private static final int PAGE = 5_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "SEQ", description = "Only changes after this sequence number (default: all).")
    long since;

    @Option(names = "--client", paramLabel = "CLIENT", description = "Only the changes about this client (an id, or a name only one client matches).")
    String client;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RapportServices services = RapportServices.open(parent.location())) {
            UUID clientId = null;
            if (client != null) {
                Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, err);
                if (chosen.isEmpty()) {
                    return 1;
                }
                clientId = chosen.get().id();
            }
            // A log of a bulk load holds millions of changes: read and print a page at a time.
            try (SequenceWriter array = json ? Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out) : null) {
                long after = since;
                for (List<Change> page = services.changes().since(after, clientId, PAGE); !page.isEmpty();
                     page = services.changes().since(after, clientId, PAGE)) {
                    for (Change change : page) {
                        if (array != null) {
                            array.write(toJson(change));
                        } else {
                            printText(change, out, services.clock().getZone());
                        }
                    }
                    after = page.get(page.size() - 1).seq();
                }
            }
            if (json) {
                out.println();
            }
        }
        return 0;
    }

    static Map<String, Object> toJson(Change change) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", change.seq());
        row.put("entity", change.entity());
        row.put("row", change.rowId());
        row.put("client", change.clientId());
        row.put("operation", change.operation().name().toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> columns = new LinkedHashMap<>();
        change.columns().forEach((name, value) -> {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("old", value.before());
            pair.put("new", value.after());
            columns.put(name, pair);
        });
        row.put("columns", columns);
        row.put("author", change.author());
        row.put("at", change.at());
        return row;
    }

    /** A change as a line and its columns below it, dated in {@code zone} (the user's, from the one clock). */
    private static void printText(Change change, PrintWriter out, ZoneId zone) {
        out.printf("#%d  %s  %s  %s %s%s%n", change.seq(), WHEN.format(change.at().atZone(zone)), change.author(),
                change.operation().name().toLowerCase(java.util.Locale.ROOT), change.entity(),
                change.rowId() == null ? "" : " " + change.rowId());
        change.columns().forEach((name, value) -> out.printf("      %s: %s -> %s%n", name, shown(value.before()), shown(value.after())));
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString().replace('\n', ' ');
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
