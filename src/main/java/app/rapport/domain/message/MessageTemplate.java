package app.rapport.domain.message;

import java.time.Instant;
import java.util.UUID;

/** A reusable email or text message with merge fields such as {@code {{addressAs}}}. */
public record MessageTemplate(UUID id, String name, MessageChannel channel, String subject, String body,
                              Instant createdAt, Instant updatedAt) {
    public MessageTemplate {
        name = name == null ? "" : name;
        channel = channel == null ? MessageChannel.EMAIL : channel;
        body = body == null ? "" : body;
    }

    public MessageTemplate withId(UUID newId) {
        return new MessageTemplate(newId, name, channel, subject, body, createdAt, updatedAt);
    }
}
