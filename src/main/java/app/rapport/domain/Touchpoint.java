package app.rapport.domain;


import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One interaction with a client, with how they felt and what was promised next;
 * the kind of conversation it was is null when not recorded. */
public record Touchpoint(
        UUID id,
        UUID clientId,
        Instant occurredAt,
        Channel channel,
        Direction direction,
        String summary,
        String outcome,
        Mood mood,
        LocalDate followUpOn,
        ConversationType conversationType) {

    /** A touchpoint whose kind of conversation was not recorded. */
    public Touchpoint(UUID id, UUID clientId, Instant occurredAt, Channel channel, Direction direction, String summary,
                      String outcome, Mood mood, LocalDate followUpOn) {
        this(id, clientId, occurredAt, channel, direction, summary, outcome, mood, followUpOn, null);
    }
}
