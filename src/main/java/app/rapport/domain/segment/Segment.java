package app.rapport.domain.segment;

import java.time.Instant;
import java.util.UUID;

/** A saved, named filter over clients; its members are worked out whenever it is shown. */
public record Segment(UUID id, String name, SegmentCriteria criteria, Instant createdAt, Instant updatedAt) {
    public Segment {
        name = name == null ? "" : name;
        criteria = criteria == null ? SegmentCriteria.EVERYONE : criteria;
    }
}
