package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FollowUp(UUID id, UUID clientId, LocalDate dueOn, String reason, Instant doneAt) {
}
