package app.rapport.domain;

import java.time.Instant;
import java.util.UUID;

public record Note(UUID id, UUID clientId, String body, boolean pinned, Instant createdAt, Instant updatedAt) {
}
