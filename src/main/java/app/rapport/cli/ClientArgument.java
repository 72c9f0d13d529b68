package app.rapport.cli;

import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A CLIENT argument: an id, or a name only one client matches. */
final class ClientArgument {
    private ClientArgument() {
    }

    /**
     * The one client {@code text} names; when none or several match, says so on {@code err}
     * (listing the candidates) and returns empty, for the command to exit with 1.
     */
    static Optional<ClientSummary> resolve(RapportServices services, String text, PrintWriter err) {
        List<ClientSummary> candidates = services.briefs().candidates(text);
        if (candidates.isEmpty()) {
            err.println("rapport: no client matches '" + text + "'");
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            err.println("rapport: '" + text + "' matches " + candidates.size() + " clients" + (candidates.size() >= 20 ? " or more" : "")
                    + "; give the id or the full name of one:");
            for (ClientSummary candidate : candidates) {
                err.println("  " + candidate.id() + "  " + candidate.displayName() + telling(candidate));
            }
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    /** What tells this candidate from others of the same name: the company when it is not the name itself, the phone, the email. */
    private static String telling(ClientSummary candidate) {
        List<String> details = Stream.of(
                        candidate.companyName() != null && !candidate.companyName().equals(candidate.displayName()) ? candidate.companyName() : null,
                        candidate.primaryPhone(), candidate.primaryEmail())
                .filter(detail -> detail != null && !detail.isBlank()).toList();
        return details.isEmpty() ? "" : " (" + String.join(", ", details) + ")";
    }
}
