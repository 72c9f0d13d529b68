package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefCritic;
import app.rapport.domain.brief.BriefLine;
import app.rapport.service.BriefService;
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

@Command(name = "brief", description = {
        "The pre-call brief of a client: who they are, what to remember, the last contact, and what to say now, with why.",
        "With --check, reads the brief of every client and reports each incoherence (exit 1 when there is any)."})
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CLIENT", description = "The client's id, or a name that matches one client only.")
    String client;

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "The brief as of this ISO-8601 instant, e.g. 2026-03-01T09:00:00Z (default: now).")
    Instant at;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--details", description = "Show the playbook rule behind every line, for the playbook's author.")
    boolean details;

    @Option(names = "--check", description = "Check the brief of every client for incoherences instead of printing one brief.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (check == (client != null)) {
            err.println(check ? "brief --check reads every client's brief: leave out CLIENT." : "Name a CLIENT, or use --check to check every brief.");
            return 2;
        }
        try (RapportServices services = RapportServices.open(parent.location())) {
            if (check) {
                return check(services, out, err);
            }
            Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, err);
            if (chosen.isEmpty()) {
                return 1;
            }
            Brief brief = (at == null ? services.briefs().brief(chosen.get().id()) : services.briefs().brief(chosen.get().id(), at))
                    .orElseThrow(() -> new IllegalStateException("the client " + client + " was just removed"));
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(toJson(brief)));
            } else {
                printText(brief, out, details);
            }
        }
        return 0;
    }

    private int check(RapportServices services, PrintWriter out, PrintWriter err) throws Exception {
        // A big book takes a while: say how far it has got, every tenth, on standard error.
        java.util.function.BiConsumer<Integer, Integer> progress = (done, total) -> {
            if (total >= 2_000 && done % Math.max(1, total / 10) == 0 && done < total) {
                err.printf(Locale.ENGLISH, "Read %,d of %,d briefs\u2026%n", done, total);
                err.flush();
            }
        };
        BriefService.Check result = at == null ? services.briefs().check(progress) : services.briefs().check(at, progress);
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("briefs", result.briefs());
            List<Map<String, Object>> found = new ArrayList<>();
            for (BriefCritic.Incoherence issue : result.incoherences()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("clientId", issue.clientId());
                m.put("client", issue.clientName());
                m.put("kind", issue.kind());
                m.put("detail", issue.detail());
                m.put("rules", issue.rules());
                found.add(m);
            }
            root.put("incoherences", found);
            out.println(Json.MAPPER.writeValueAsString(root));
        } else if (result.incoherences().isEmpty()) {
            out.println("Read " + result.briefs() + (result.briefs() == 1 ? " brief" : " briefs") + ": each reads as one conversation.");
        } else {
            Map<String, Integer> byKind = new java.util.TreeMap<>();
            for (BriefCritic.Incoherence issue : result.incoherences()) {
                byKind.merge(issue.kind(), 1, Integer::sum);
                out.println(issue.clientName() + " (" + issue.clientId() + "): " + issue.kind() + ": " + issue.detail()
                        + (issue.rules().isEmpty() ? "" : "   [" + String.join(", ", issue.rules()) + "]"));
            }
            out.println();
            out.println("Read " + result.briefs() + " briefs: " + result.incoherences().size() + " incoherences ("
                    + byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")) + ").");
        }
        return result.incoherences().isEmpty() ? 0 : 1;
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
        root.put("silenceWeighs", brief.silenceWeighs());
        root.put("trust", brief.trust().code());
        root.put("remember", lines(brief.remember()));
        root.put("shownFields", brief.shownFields());
        Brief.PriorTouchpoint prior = brief.priorTouchpoint();
        if (prior == null) {
            root.put("priorTouchpoint", null);
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("occurredAt", prior.occurredAt());
            p.put("channel", lower(prior.channel()));
            p.put("direction", lower(prior.direction()));
            p.put("summary", prior.summary());
            p.put("outcome", prior.outcome());
            p.put("answered", prior.answered());
            p.put("mood", prior.mood() == null ? null : lower(prior.mood()));
            p.put("followUpOn", prior.followUpOn());
            p.put("followUpOverdue", prior.followUpOverdue());
            root.put("priorTouchpoint", p);
        }
        Brief.Conversation c = brief.conversation();
        Map<String, Object> conversation = new LinkedHashMap<>();
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("rule", c.owner().rule());
        owner.put("situation", c.bySituation());
        owner.put("because", c.owner().because());
        conversation.put("owner", owner);
        conversation.put("type", c.type().code());
        conversation.put("channel", lower(c.channel()));
        conversation.put("channelWhy", text(c.channelWhy()));
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
        why.put("channel", rule(c.channelWhy()));
        why.put("nextStep", rule(c.nextStep()));
        conversation.put("why", why);
        root.put("conversation", conversation);
        root.put("openItems", lines(brief.openItems()));
        List<Map<String, Object>> lately = new ArrayList<>();
        for (Brief.Recent recent : brief.lately()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", recent.on());
            m.put("what", recent.what());
            m.put("text", recent.text());
            m.put("outcome", recent.outcome());
            m.put("mood", recent.mood() == null ? null : lower(recent.mood()));
            lately.add(m);
        }
        root.put("lately", lately);
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
        List<Map<String, Object>> dropped = new ArrayList<>();
        for (Brief.Dropped line : brief.dropped()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", line.text());
            m.put("rule", line.rule());
            m.put("reason", line.reason());
            dropped.add(m);
        }
        root.put("dropped", dropped);
        root.put("outranked", brief.outranked());
        root.put("warnings", brief.warnings());
        return root;
    }

    private static void printText(Brief brief, PrintWriter out, boolean details) {
        Brief.Conversation c = brief.conversation();
        out.println(brief.headline().text());
        out.println("Phase: " + brief.phase().label() + ". " + brief.phaseWhy().text());
        out.println("Mood: " + (brief.mood() == null ? "not shown yet" : lower(brief.mood())) + " (" + brief.moodTrend().code() + ")"
                + "  ·  trust: " + brief.trust().code() + (brief.silenceWeighs() ? "  ·  GHOSTED: no contact since the purchase" : ""));
        if (!brief.remember().isEmpty()) {
            out.println();
            out.println("REMEMBER");
            brief.remember().forEach(line -> out.println("  ! " + line.text() + "   (" + line.source() + ")"));
        }
        brief.shownFields().forEach((name, value) -> out.println("  " + name + ": " + value));
        out.println();
        Brief.PriorTouchpoint prior = brief.priorTouchpoint();
        if (prior == null) {
            out.println("Prior touchpoint: none yet.");
        } else {
            out.println("Prior touchpoint: " + prior.occurredAt() + ", " + lower(prior.channel())
                    + (prior.direction() == app.rapport.domain.Direction.INBOUND ? " from them" : " from us")
                    + (prior.answered() ? "" : ", no reply") + (prior.mood() == null ? "" : ", " + lower(prior.mood())));
            out.println("  " + prior.summary());
            if (prior.outcome() != null && !prior.outcome().isBlank()) {
                out.println("  Outcome: " + prior.outcome());
            }
            if (prior.followUpOn() != null) {
                out.println("  Promised follow-up: " + prior.followUpOn() + (prior.followUpOverdue() ? " (OVERDUE)" : ""));
            }
        }
        out.println();
        out.println("Why this call: " + c.owner().text() + (details ? "   [" + c.owner().rule() + "]" : ""));
        out.println("Suggested conversation: " + c.type().code() + (details ? "   [" + c.typeRule() + "]" : ""));
        print(out, "  How: ", c.channelWhy(), details);
        print(out, "  Tone: ", c.tone(), details);
        print(out, "  Goal: ", c.goal(), details);
        print(out, "  Opener: ", c.opener(), details);
        out.println("  Offer: " + c.offerPolicy().code() + (details ? "   [" + c.offerPolicyRule() + "]" : ""));
        list(out, "  Talking points:", c.talkingPoints(), details);
        list(out, "  Avoid:", c.avoid(), details);
        print(out, "  Next step: ", c.nextStep(), details);
        list(out, "Open items:", brief.openItems(), details);
        if (!brief.lately().isEmpty()) {
            out.println("Lately:");
            for (Brief.Recent recent : brief.lately()) {
                out.println("    - " + recent.on() + ", " + recent.what() + (recent.mood() == null ? "" : " (" + lower(recent.mood()) + ")")
                        + ": " + recent.text() + (recent.outcome() == null || recent.outcome().isBlank() ? "" : " Outcome: " + recent.outcome()));
            }
        }
        for (Brief.CompetitorContext competitor : brief.competitors()) {
            String heading = "Competitor " + competitor.name() + " (" + competitor.relation() + ")" + (competitor.note() == null ? "" : ": " + competitor.note());
            if (competitor.points().isEmpty()) {
                out.println(heading); // a rival this call is not about: who it is, without its card
            }
            list(out, heading, competitor.points(), details);
            list(out, "  Avoid with " + competitor.name() + ":", competitor.avoid(), details);
        }
        if (details && !brief.dropped().isEmpty()) {
            out.println("Left out by the coherence policy:");
            for (Brief.Dropped line : brief.dropped()) {
                out.println("  - " + line.text() + "   [" + line.rule() + ": " + line.reason() + "]");
            }
        }
        if (!brief.warnings().isEmpty()) {
            out.println("Warnings:");
            brief.warnings().forEach(w -> out.println("  - " + w));
        }
    }

    private static void print(PrintWriter out, String label, BriefLine line, boolean details) {
        if (line != null) {
            out.println(label + line.text() + (details ? "   [" + line.rule() + "]" : ""));
        }
    }

    private static void list(PrintWriter out, String title, List<BriefLine> lines, boolean details) {
        if (!lines.isEmpty()) {
            out.println(title);
            lines.forEach(line -> out.println("    - " + line.text() + (details ? "   [" + line.rule()
                    + (line.source() == null ? "" : "; card: " + line.source()) + "]" : "")));
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
            if (line.because() != null) {
                m.put("because", line.because());
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
