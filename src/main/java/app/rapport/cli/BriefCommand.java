package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefLine;
import app.rapport.service.RapportServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "brief", description = "The pre-call brief of a client: who they are, the last contact, and what to say now, with why.")
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLIENT", description = "The client's id, or a name that matches one client only.")
    String client;

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "The brief as of this ISO-8601 instant, e.g. 2026-03-01T09:00:00Z (default: now).")
    Instant at;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RapportServices services = RapportServices.open(parent.location())) {
            Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, err);
            if (chosen.isEmpty()) {
                return 1;
            }
            Instant when = at == null ? Instant.now() : at;
            Brief brief = services.briefs().brief(chosen.get().id(), when)
                    .orElseThrow(() -> new IllegalStateException("the client " + client + " was just removed"));
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(toJson(brief)));
            } else {
                printText(brief, out);
            }
        }
        return 0;
    }

    static Map<String, Object> toJson(Brief brief) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("id", brief.clientId());
        client.put("name", brief.clientName());
        client.put("greeting", brief.greetingName());
        root.put("client", client);
        root.put("at", brief.at());
        root.put("headline", brief.headline().text());
        root.put("phase", brief.phase().code());
        root.put("phaseWhy", brief.phaseWhy().text());
        root.put("mood", brief.mood() == null ? null : lower(brief.mood()));
        root.put("moodTrend", brief.moodTrend().code());
        root.put("ghosted", brief.ghosted());
        root.put("trust", brief.trust().code());
        Brief.PriorTouchpoint prior = brief.priorTouchpoint();
        if (prior == null) {
            root.put("priorTouchpoint", null);
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("occurredAt", prior.occurredAt());
            p.put("channel", lower(prior.channel()));
            p.put("summary", prior.summary());
            p.put("outcome", prior.outcome());
            p.put("mood", prior.mood() == null ? null : lower(prior.mood()));
            p.put("followUpOn", prior.followUpOn());
            p.put("followUpOverdue", prior.followUpOverdue());
            root.put("priorTouchpoint", p);
        }
        Brief.Conversation c = brief.conversation();
        Map<String, Object> conversation = new LinkedHashMap<>();
        conversation.put("type", c.type().code());
        conversation.put("tone", text(c.tone()));
        conversation.put("goal", text(c.goal()));
        conversation.put("opener", text(c.opener()));
        conversation.put("offerPolicy", c.offerPolicy().code());
        conversation.put("talkingPoints", lines(c.talkingPoints()));
        conversation.put("avoid", lines(c.avoid()));
        conversation.put("nextStep", text(c.nextStep()));
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("type", c.typeRule());
        why.put("tone", rule(c.tone()));
        why.put("goal", rule(c.goal()));
        why.put("opener", rule(c.opener()));
        why.put("offerPolicy", c.offerPolicyRule());
        why.put("nextStep", rule(c.nextStep()));
        conversation.put("why", why);
        root.put("conversation", conversation);
        root.put("openItems", lines(brief.openItems()));
        List<Map<String, Object>> competitors = new ArrayList<>();
        for (Brief.CompetitorContext competitor : brief.competitors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", competitor.name());
            m.put("relation", competitor.relation());
            m.put("note", competitor.note());
            m.put("points", lines(competitor.points()));
            m.put("avoid", lines(competitor.avoid()));
            competitors.add(m);
        }
        root.put("competitors", competitors);
        root.put("overrides", brief.overrides());
        root.put("warnings", brief.warnings());
        return root;
    }

    private static void printText(Brief brief, PrintWriter out) {
        Brief.Conversation c = brief.conversation();
        out.println(brief.headline().text());
        out.println("Phase: " + brief.phase().code() + ". " + brief.phaseWhy().text());
        out.println("Mood: " + (brief.mood() == null ? "not recorded" : lower(brief.mood())) + " (" + brief.moodTrend().code() + ")"
                + "  ·  trust: " + brief.trust().code() + (brief.ghosted() ? "  ·  GHOSTED: no contact since the purchase" : ""));
        out.println();
        Brief.PriorTouchpoint prior = brief.priorTouchpoint();
        if (prior == null) {
            out.println("Prior touchpoint: none yet.");
        } else {
            out.println("Prior touchpoint: " + prior.occurredAt() + " by " + lower(prior.channel())
                    + (prior.mood() == null ? "" : ", " + lower(prior.mood())));
            out.println("  " + prior.summary());
            if (prior.outcome() != null && !prior.outcome().isBlank()) {
                out.println("  Outcome: " + prior.outcome());
            }
            if (prior.followUpOn() != null) {
                out.println("  Promised follow-up: " + prior.followUpOn() + (prior.followUpOverdue() ? " (OVERDUE)" : ""));
            }
        }
        out.println();
        out.println("Suggested conversation: " + c.type().code() + "   [" + c.typeRule() + "]");
        print(out, "  Tone: ", c.tone());
        print(out, "  Goal: ", c.goal());
        print(out, "  Opener: ", c.opener());
        out.println("  Offer: " + c.offerPolicy().code() + "   [" + c.offerPolicyRule() + "]");
        list(out, "  Talking points:", c.talkingPoints());
        list(out, "  Avoid:", c.avoid());
        print(out, "  Next step: ", c.nextStep());
        list(out, "Open items:", brief.openItems());
        for (Brief.CompetitorContext competitor : brief.competitors()) {
            list(out, "Competitor " + competitor.name() + " (" + competitor.relation() + ")"
                    + (competitor.note() == null ? "" : ": " + competitor.note()), competitor.points());
            list(out, "  Avoid with " + competitor.name() + ":", competitor.avoid());
        }
        if (!brief.overrides().isEmpty()) {
            out.println("Overridden:");
            for (Brief.Override o : brief.overrides()) {
                out.println("  - " + o.field() + ": " + o.overriddenRule() + " (\"" + o.overriddenValue() + "\") gave way to "
                        + o.winningRule() + " (\"" + o.winningValue() + "\")");
            }
        }
        if (!brief.warnings().isEmpty()) {
            out.println("Warnings:");
            brief.warnings().forEach(w -> out.println("  - " + w));
        }
    }

    private static void print(PrintWriter out, String label, BriefLine line) {
        if (line != null) {
            out.println(label + line.text() + "   [" + line.rule() + "]");
        }
    }

    private static void list(PrintWriter out, String title, List<BriefLine> lines) {
        if (!lines.isEmpty()) {
            out.println(title);
            lines.forEach(line -> out.println("    - " + line.text() + "   [" + line.rule()
                    + (line.source() == null ? "" : "; card: " + line.source()) + "]"));
        }
    }

    private static List<Map<String, String>> lines(List<BriefLine> lines) {
        List<Map<String, String>> result = new ArrayList<>();
        for (BriefLine line : lines) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("text", line.text());
            m.put("rule", line.rule());
            if (line.source() != null) {
                m.put("source", line.source());
            }
            result.add(m);
        }
        return result;
    }

    private static String text(BriefLine line) {
        return line == null ? null : line.text();
    }

    private static String rule(BriefLine line) {
        return line == null ? null : line.rule();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO-8601 instant such as 2026-03-01T09:00:00Z");
            }
        }
    }
}
