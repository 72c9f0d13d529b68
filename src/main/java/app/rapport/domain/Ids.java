package app.rapport.domain;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Time-ordered (version 7) UUIDs: they sort by creation and never collide between machines. */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }

    /**
     * The {@code sequence}-th of a run of version 7 UUIDs that start at {@code base} and increase
     * with the sequence. Records written in one bulk load get ids in load order, so each insert
     * lands at the end of the primary key index instead of at a random page of it.
     */
    public static UUID sequential(Instant base, long sequence, RandomGenerator random) {
        long millis = base.toEpochMilli() + (sequence >>> 12);
        long high = (millis << 16) | 0x7000L | (sequence & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /**
     * A version 7 UUID for a record created at {@code createdAt}, with its random part taken from
     * {@code random}: the demo generator uses it so that one seed always gives the same store.
     */
    public static UUID seeded(Instant createdAt, RandomGenerator random) {
        long millis = createdAt.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
