package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One interaction with a client, with how they felt and what was promised next. */
public record Touchpoint(
        UUID id,
        UUID clientId,
        Instant occurredAt,
        Channel channel,
        Direction direction,
        String summary,
        String outcome,
        Mood mood,
        LocalDate followUpOn) {
}
