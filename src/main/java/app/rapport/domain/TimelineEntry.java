package app.rapport.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a client's timeline. {@code channel} and {@code mood} are set for touchpoints only;
 * {@code sourceId} is the id of the touchpoint, purchase, note or opportunity it shows.
 */
public record TimelineEntry(TimelineKind kind, Instant at, String title, String detail, Channel channel, Mood mood, UUID sourceId) {
}
