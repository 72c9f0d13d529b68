package app.rapport.domain.message;

import java.time.Instant;
import java.util.UUID;

/** Where one client stands in a mailing; {@code reason} is the mail server's answer when it failed. */
public record MailingRecipient(UUID clientId, Status status, String address, String reason, Instant updatedAt) {
    public enum Status {
        /** Handed to the mail server when the run stopped: it may have gone out, so it is never sent again by itself. */
        SENDING,
        SENT,
        /** The server refused it or could not be reached; resuming the mailing tries again. */
        FAILED
    }
}
