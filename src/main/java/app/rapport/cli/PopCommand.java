package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.service.CallService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** `rapport pop NUMBER`: a call is coming in; the window brings up whoever is calling. */
@Command(name = "pop", description = {
        "A call is coming in from NUMBER: the Rapport window comes to the front with that client's brief",
        "(several clients sharing the number are listed; an unknown number offers a new client or a log of the call).",
        "Opens the window when none is open. NUMBER may also be a rapport://call?number=... link."})
final class PopCommand implements Callable<Integer> {
    private static final String SCHEME = "rapport:";

    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NUMBER", description = "The calling number, in any format (+44 20 7946 0018, 020 7946 0018).")
    String number;

    @Override
    public Integer call() {
        String calling = numberOf(number);
        if (parent.inWindow()) {
            CallService.IncomingCall call = parent.withServices(services -> services.calls().ring(calling));
            parent.showCall(call);
            spec.commandLine().getOut().println(describe(call));
            return 0;
        }
        var handed = parent.handToWindow(spec, List.of("pop", calling));
        if (handed.isPresent()) {
            return handed.get();
        }
        // No window holds the store: open one, which shows the call once it is open.
        parent.guiLauncher.open(parent.location(), List.of("pop", calling));
        return 0;
    }

    private String numberOf(String given) {
        String text = given == null ? "" : given.strip();
        if (!text.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return text;
        }
        try {
            // getQuery decodes %2B but leaves a plain + as it is, which a number starts with.
            String query = new URI(text).getQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                if (pair.startsWith("number=") && !pair.substring("number=".length()).isBlank()) {
                    return pair.substring("number=".length()).strip();
                }
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), "'" + text + "' is not a call link: write it as rapport://call?number=+442079460018");
    }

    static String describe(CallService.IncomingCall call) {
        if (call.clients().isEmpty()) {
            return "Call from " + call.shownNumber() + ": no client has this number; the Rapport window offers a new client or a log of the call";
        }
        if (call.clients().size() == 1) {
            ClientSummary client = call.clients().get(0);
            return "Call from " + call.shownNumber() + ": " + client.displayName() + " (" + client.id() + "); the Rapport window shows their brief";
        }
        return "Call from " + call.shownNumber() + ": " + call.clients().size() + " clients have this number ("
                + call.clients().stream().map(ClientSummary::displayName).collect(Collectors.joining(", "))
                + "); the Rapport window lists them";
    }

    /** The arguments with a rapport:// link (as the desktop hands it over) turned into pop LINK. */
    static String[] linksAsPop(String[] args) {
        List<String> result = new ArrayList<>();
        boolean popGiven = false;
        for (String arg : args) {
            popGiven |= arg.equals("pop");
            if (!popGiven && arg.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
                result.add("pop");
                popGiven = true;
            }
            result.add(arg);
        }
        return result.toArray(String[]::new);
    }
}
