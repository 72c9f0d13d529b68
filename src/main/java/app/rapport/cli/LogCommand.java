package app.rapport.cli;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** `rapport log`: a touchpoint from a script or a phone system, through the same service as the window's dialog. */
@Command(name = "log", description = {
        "Log a touchpoint with a client: a call, visit, meeting, email or message, with how they felt and a follow-up.",
        "Prints the touchpoint's id; the timeline, Today and every open window show it."})
final class LogCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLIENT", description = "The client's id, or a name that matches one client only.")
    String client;

    @Option(names = "--channel", required = true, paramLabel = "C", converter = ChannelConverter.class,
            description = "How it happened: call, visit, meeting, email or message.")
    Channel channel;

    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "What happened, in a sentence or two.")
    String summary;

    @Option(names = "--mood", paramLabel = "M", converter = MoodConverter.class,
            description = "How the client felt: excited, happy, neutral, doubtful, frustrated or regretful.")
    Mood mood;

    @Option(names = "--at", paramLabel = "INSTANT", converter = BriefCommand.InstantConverter.class,
            description = "When it happened, an ISO-8601 instant such as 2026-03-01T09:00:00Z (default: now).")
    Instant at;

    @Option(names = "--follow-up", paramLabel = "DAY", converter = DayConverter.class,
            description = "The day to follow up, e.g. 2026-03-08: it shows in Today when due.")
    LocalDate followUp;

    @Option(names = "--as", paramLabel = "PERSON", description = "Who logged it: one of the book's people (rapport people), as the"
            + " timeline and the change log show it. Default: me.")
    String person;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> handed = new ArrayList<>(List.of("log", client, "--channel", channel.name().toLowerCase(Locale.ROOT), "--summary", summary));
        if (mood != null) {
            handed.addAll(List.of("--mood", mood.name().toLowerCase(Locale.ROOT)));
        }
        if (at != null) {
            handed.addAll(List.of("--at", at.toString()));
        }
        if (followUp != null) {
            handed.addAll(List.of("--follow-up", followUp.toString()));
        }
        if (person != null) {
            handed.addAll(List.of("--as", person));
        }
        Optional<Integer> byWindow = parent.handToWindow(spec, handed);
        if (byWindow.isPresent()) {
            return byWindow.get();
        }
        return parent.withServicesAs(person, services -> log(services, out, err));
    }

    private int log(RapportServices services, PrintWriter out, PrintWriter err) {
        Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, err);
        if (chosen.isEmpty()) {
            return 1;
        }
        Instant when = at == null ? services.clock().instant() : at;
        Touchpoint logged = services.touchpoints().log(new Touchpoint(null, chosen.get().id(), when, channel, Direction.OUTBOUND,
                summary, null, mood, followUp));
        out.println("Logged " + channel.label().toLowerCase(Locale.ROOT) + " with " + chosen.get().displayName() + " at " + logged.occurredAt()
                + (followUp == null ? "" : ", follow up on " + followUp) + ": " + logged.id());
        return 0;
    }

    static final class ChannelConverter implements CommandLine.ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            return choice(Channel.class, value, "a channel");
        }
    }

    static final class MoodConverter implements CommandLine.ITypeConverter<Mood> {
        @Override
        public Mood convert(String value) {
            return choice(Mood.class, value, "a mood");
        }
    }

    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a day such as 2026-03-08");
            }
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not " + what + "; choose one of "
                    + Arrays.stream(type.getEnumConstants()).map(choice -> choice.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
