package app.rapport.cli;

import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.service.RapportServices;
import app.rapport.service.TodayService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "today", description = {"The Today queue: whom to contact, why and by when; most urgent first. What to say is in each client's brief.",
        "Text shows the " + TodayService.SHOWN + " most urgent and counts the rest by reason (--all lists every one); --json always lists every one."})
final class TodayCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--at", paramLabel = "INSTANT", converter = BriefCommand.InstantConverter.class,
            description = "The queue as of this later ISO-8601 instant, e.g. 2030-03-01T09:00:00Z: who will be due by then (default: now). A past instant is refused: the queue is built from the clients as they are now.")
    Instant at;

    @Option(names = "--json", description = "Print JSON instead of text (every client in the queue).")
    boolean json;

    @Option(names = "--all", description = "List every client in the queue, not only the " + TodayService.SHOWN + " most urgent.")
    boolean all;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RapportServices services = RapportServices.open(parent.location())) {
            if (at != null && at.isBefore(services.clock().instant())) {
                // The queue reads what is kept about each client now (phase, mood, promises): at a past
                // instant it would mix then and now. A brief can look back; the queue looks ahead only.
                throw new ParameterException(spec.commandLine(), "today --at cannot look back: " + at + " has passed, and the queue is"
                        + " built from each client as they are now, not as they were then. Leave out --at for today's queue, give a"
                        + " later instant to see what will be due by then, or see one client as they stood then with: brief CLIENT --at " + at);
            }
            // Scripts get the whole queue; a person reading it gets the most urgent part and the rest counted.
            int limit = json || all ? Integer.MAX_VALUE : TodayService.SHOWN;
            TodayService.Today today = at == null ? services.today().queue(limit) : services.today().queue(at, limit);
            today.warnings().forEach(warning -> err.println("rapport: " + warning));
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(toJson(today)));
            } else {
                printText(today, out);
            }
        }
        return 0;
    }

    static Map<String, Object> toJson(TodayService.Today today) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("day", today.day());
        root.put("total", today.total());
        Map<String, Integer> counts = new LinkedHashMap<>();
        today.counts().forEach((reason, count) -> counts.put(reason.code(), count));
        root.put("counts", counts);
        List<Map<String, Object>> items = new ArrayList<>();
        for (TodayItem item : today.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("id", item.clientId());
            client.put("name", item.clientName());
            row.put("client", client);
            row.put("reason", item.reason().code());
            row.put("why", item.why());
            row.put("due", item.due());
            row.put("overdue", item.overdue(today.day()));
            row.put("alsoReasons", item.alsoReasons().stream().map(TodayReason::code).toList());
            items.add(row);
        }
        root.put("items", items);
        return root;
    }

    private static void printText(TodayService.Today today, PrintWriter out) {
        if (today.items().isEmpty()) {
            out.println("Nobody to contact on " + today.day() + ": no follow-ups due, nobody left in silence.");
            return;
        }
        out.println("Today, " + today.day() + ": " + String.format(Locale.ENGLISH, "%,d", today.total())
                + (today.total() == 1 ? " client" : " clients") + " to contact");
        int width = Math.min(32, today.items().stream().mapToInt(i -> i.clientName().length()).max().orElse(10));
        for (TodayItem item : today.items()) {
            String name = item.clientName().length() > width ? item.clientName().substring(0, width - 1) + "\u2026" : item.clientName();
            out.printf("%-" + width + "s  %-27s  %s%s  %s%s%n", name, item.reason().label(),
                    item.due() == null ? "          " : item.due(), item.overdue(today.day()) ? "!" : " ",
                    item.why(),
                    item.alsoReasons().isEmpty() ? "" : " (also: " + String.join(", ",
                            item.alsoReasons().stream().map(r -> r.label().toLowerCase(java.util.Locale.ROOT)).toList()) + ")");
        }
        if (today.notShown() > 0) {
            out.printf(Locale.ENGLISH, "... and %,d more after these: %s (--all lists every one)%n", today.notShown(),
                    String.join(", ", today.notShownByReason().entrySet().stream()
                            .map(entry -> String.format(Locale.ENGLISH, "%s %,d", entry.getKey().label().toLowerCase(Locale.ROOT), entry.getValue()))
                            .toList()));
        }
    }
}
