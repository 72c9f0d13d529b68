package app.rapport.demo;

import app.rapport.domain.Competitor;
import app.rapport.domain.Ids;
import app.rapport.domain.Product;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The catalog of one business for one seed: its products, competitors and SWOT maps, with ids.
 * Drawn from its own random stream, so a business looks the same alone and inside MIXED.
 */
final class Part {
    static final long DAY = 86_400L;

    final Profile profile;
    final Product[] products;
    final Competitor[] competitors;
    final List<SwotItem> usMap;
    final List<SwotItem> competitorMaps;
    /** How this trade's competitors do on each factor; {@link #ourRatings} how we do. */
    final List<DemoRating> competitorRatings;
    final List<DemoRating> ourRatings;

    Part(long seed, DemoBusiness business, Profile profile, long nowSec) {
        this.profile = profile;
        SplittableRandom r = new SplittableRandom(DemoGenerator.mix(seed ^ 0x6A09E667F3BCC909L, 1_000_003L + business.ordinal()));
        long nowDay = Math.floorDiv(nowSec, DAY);
        long openedSec = nowSec - 729L * DAY;

        Profile.ProductSpec[] specs = profile.products;
        products = new Product[specs.length];
        for (int i = 0; i < specs.length; i++) {
            Profile.ProductSpec s = specs[i];
            UUID id = Ids.seeded(Instant.ofEpochSecond(openedSec + 600L + 97L * i), r);
            products[i] = new Product(id, s.name(), s.category(), s.complexity(), s.price());
        }

        Profile.CompetitorSpec[] cs = profile.competitors;
        competitors = new Competitor[cs.length];
        long[] noticedDay = new long[cs.length];
        for (int i = 0; i < cs.length; i++) {
            Profile.CompetitorSpec c = cs[i];
            noticedDay[i] = nowDay - 90 - r.nextInt(600);
            UUID id = Ids.seeded(Instant.ofEpochSecond(noticedDay[i] * DAY + 9 * 3600 + r.nextInt(8 * 3600)), r);
            competitors[i] = new Competitor(id, c.name(), "https://" + c.website(), c.area(), c.priceLevel(), c.notes());
        }

        usMap = map(null, profile.usSwot, nowDay - 700, nowDay, nowSec, r);
        List<SwotItem> maps = new ArrayList<>();
        for (int i = 0; i < cs.length; i++) {
            maps.addAll(map(competitors[i].id(), cs[i].swot(), noticedDay[i], nowDay, nowSec, r));
        }
        competitorMaps = List.copyOf(maps);
        List<DemoRating> theirs = new ArrayList<>();
        List<DemoRating> ours = new ArrayList<>();
        for (Profile.FactorLine line : profile.positioning) {
            ours.add(new DemoRating(line.factor(), null, line.us().rating(), line.us().note()));
            for (int i = 0; i < cs.length; i++) {
                theirs.add(new DemoRating(line.factor(), competitors[i].id(), line.competitors()[i].rating(), line.competitors()[i].note()));
            }
        }
        competitorRatings = List.copyOf(theirs);
        ourRatings = List.copyOf(ours);
    }

    static List<SwotItem> map(UUID competitorId, Profile.Card[][] cards, long fromDay, long nowDay, long nowSec,
                                      SplittableRandom r) {
        List<SwotItem> out = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            Profile.Card[] pool = cards[q.ordinal()];
            int[] order = new int[pool.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int count = Math.min(pool.length, 3 + r.nextInt(pool.length - 2));
            for (int pos = 0; pos < count; pos++) {
                Profile.Card card = pool[order[pos]];
                long day = fromDay + r.nextLong(nowDay - fromDay + 1);
                long sec = Math.min(day * DAY + 11 * 3600 + r.nextInt(6 * 3600), nowSec - 60);
                UUID id = Ids.seeded(Instant.ofEpochSecond(sec), r);
                out.add(new SwotItem(id, competitorId, q, card.text(), card.evidence(), LocalDate.ofEpochDay(day), null, pos));
            }
        }
        return List.copyOf(out);
    }
}
