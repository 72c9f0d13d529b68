package app.rapport.demo;

import app.rapport.domain.Product;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Makes a believable, reproducible store for demos, screenshots and load tests: the same seed,
 * business and reference instant always give the same catalog and the same client at each index,
 * whatever the order in which clients are asked for. Everything lies in the two years before
 * {@code now}; only follow-up dates may reach a few weeks past it.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DemoGenerator {

    private static final DemoBusiness[] SINGLE = {DemoBusiness.SALON, DemoBusiness.SHOP, DemoBusiness.FIELD};

    private final long seed;
    private final DemoBusiness business;
    private final long nowSec;
    private final Part[] parts = new Part[SINGLE.length];
    private final DemoCatalog catalog;

    public DemoGenerator(long seed, DemoBusiness business, Instant now) {
        this.seed = seed;
        this.business = Objects.requireNonNull(business, "business");
        this.nowSec = Objects.requireNonNull(now, "now").getEpochSecond();
        for (DemoBusiness b : SINGLE) {
            if (business == DemoBusiness.MIXED || business == b) {
                parts[b.ordinal()] = new Part(seed, b, profile(b), nowSec);
            }
        }
        this.catalog = buildCatalog();
    }

    /** The products, competitors and SWOT maps; the same content on every call. */
    public DemoCatalog catalog() {
        return catalog;
    }

    /** The client at {@code index} (0 or more), with everything recorded about them. */
    public DemoClient client(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        DemoBusiness b = business == DemoBusiness.MIXED ? SINGLE[index % SINGLE.length] : business;
        return new ClientMaker(mix(seed, index), parts[b.ordinal()], nowSec, index).make();
    }

    /** The client at {@code index} with what the generator meant by each touchpoint, for tests. */
    Traced traced(int index) {
        DemoBusiness b = business == DemoBusiness.MIXED ? SINGLE[index % SINGLE.length] : business;
        ClientMaker.Trace trace = new ClientMaker.Trace();
        DemoClient client = new ClientMaker(mix(seed, index), parts[b.ordinal()], nowSec, index).make(trace);
        return new Traced(client, trace.profile, trace.kinds, trace.products);
    }

    /**
     * A client and, for each of their touchpoints in order, its kind (Profile.ENQUIRY, ...) and the
     * product it is about (an index into the profile's products, a negative one for a free-text
     * purchase, or {@link #NO_PRODUCT}).
     */
    record Traced(DemoClient client, Profile profile, int[] kinds, int[] products) {
        static final int NO_PRODUCT = ClientMaker.Trace.NO_PRODUCT;
    }

    /** Mixes a seed and an index into a well-spread 64-bit value (two rounds of Stafford's mix13). */
    static long mix(long seed, long index) {
        long z = stafford(seed ^ 0x9E3779B97F4A7C15L);
        return stafford(z + (index + 1) * 0xD1B54A32D192ED03L);
    }

    private static long stafford(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static Profile profile(DemoBusiness b) {
        return switch (b) {
            case SALON -> SalonProfile.PROFILE;
            case SHOP -> ShopProfile.PROFILE;
            case FIELD -> FieldProfile.PROFILE;
            case MIXED -> throw new IllegalArgumentException("MIXED has no single profile");
        };
    }

    private DemoCatalog buildCatalog() {
        List<Product> products = new ArrayList<>();
        List<app.rapport.domain.Competitor> competitors = new ArrayList<>();
        List<SwotItem> cards = new ArrayList<>();
        List<Part> present = new ArrayList<>();
        for (Part p : parts) {
            if (p != null) {
                present.add(p);
                products.addAll(Arrays.asList(p.products));
                competitors.addAll(Arrays.asList(p.competitors));
            }
        }
        if (present.size() == 1) {
            cards.addAll(present.get(0).usMap);
        } else {
            // One business with three trades has one map of its own: mixing the three trades' maps
            // gave a brief for a salon client that boasted about appliance installers.
            long nowDay = Math.floorDiv(nowSec, Part.DAY);
            cards.addAll(Part.map(null, GroupMap.CARDS, nowDay - 700, nowDay, nowSec,
                    new java.util.SplittableRandom(mix(seed ^ 0xBB67AE8584CAA73BL, 4_000_037L))));
        }
        List<DemoRating> ratings = new ArrayList<>();
        if (present.size() == 1) {
            // A group of three trades rates each trade against its own rivals, and not itself as a whole.
            ratings.addAll(present.get(0).ourRatings);
        }
        for (Part p : present) {
            cards.addAll(p.competitorMaps);
            ratings.addAll(p.competitorRatings);
        }
        return new DemoCatalog(products, competitors, cards, ratings);
    }
}
