package app.rapport.domain.dashboard;

import app.rapport.domain.Channel;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.brief.Phase;

import java.time.LocalDate;
import java.time.YearMonth;

/** One bar (or stacked part of a bar) of a dashboard chart: what it counts, so its clients can be listed. */
public sealed interface Slice {
    /** Words for the dialog that lists the clients behind the bar. */
    String describe();

    record InPhase(Phase phase) implements Slice {
        public String describe() {
            return "Clients in the " + phase.label().toLowerCase(java.util.Locale.ROOT) + " phase";
        }
    }

    record MoodInMonth(YearMonth month, MoodGroup group) implements Slice {
        public String describe() {
            return "Clients who felt " + group.label().toLowerCase(java.util.Locale.ROOT) + " at a touchpoint in "
                    + month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.ENGLISH));
        }
    }

    record GhostedOn(LocalDate day) implements Slice {
        public String describe() {
            return "Clients being ghosted on " + day;
        }
    }

    record RefusedFor(String reasonCode, String reasonLabel) implements Slice {
        public String describe() {
            return "Clients who refused for: " + reasonLabel;
        }
    }

    record Opportunities(OpportunityKind kind, OpportunityStatus status) implements Slice {
        public String describe() {
            return "Clients with a " + status.name().toLowerCase(java.util.Locale.ROOT) + " "
                    + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record TouchpointsInWeek(LocalDate weekStart, Channel channel) implements Slice {
        public String describe() {
            return "Clients contacted by " + channel.name().toLowerCase(java.util.Locale.ROOT) + " in the week of " + weekStart;
        }
    }
}
