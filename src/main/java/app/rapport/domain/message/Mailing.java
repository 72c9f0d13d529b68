package app.rapport.domain.message;

import java.time.Instant;
import java.util.UUID;

/** A template sent to a saved segment; sending it again resumes it for the clients not reached yet. */
public record Mailing(UUID id, String name, UUID segmentId, UUID templateId, Instant createdAt) {
}
