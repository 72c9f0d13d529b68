package app.rapport.demo;

import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each phrase of a demo history only where the history it stands in makes it true: a note about a thing only
 * after (or, for a pilot, before) the thing; sizes that follow the story; family words
 * that fit the age; dates in phrases that fit the season they are said in. Every rule is checked over every
 * client of a few mixed books, as readers of the briefs found each of them broken.
 */
class DemoStoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final long[] SEEDS = {6029L, 5167L, 11L};
    private static final int CLIENTS = 3_000;

    /** One client of a book, with the catalog's products by id. */
    private record Book(List<DemoGenerator.Traced> clients, Map<UUID, Product> products) {
    }

    private static final Map<Long, Book> BOOKS = new HashMap<>();

    private static synchronized Book book(long seed) {
        return BOOKS.computeIfAbsent(seed, s -> {
            DemoGenerator generator = new DemoGenerator(s, DemoBusiness.MIXED, NOW);
            Map<UUID, Product> products = new HashMap<>();
            generator.catalog().products().forEach(p -> products.put(p.id(), p));
            List<DemoGenerator.Traced> clients = new ArrayList<>(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(generator.traced(i));
            }
            return new Book(clients, products);
        });
    }

    private static List<DemoGenerator.Traced> every() {
        List<DemoGenerator.Traced> all = new ArrayList<>();
        for (long seed : SEEDS) {
            all.addAll(book(seed).clients());
        }
        return all;
    }

    private static Map<UUID, Product> products() {
        Map<UUID, Product> all = new HashMap<>();
        for (long seed : SEEDS) {
            all.putAll(book(seed).products());
        }
        return all;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static String said(Touchpoint tp) {
        return (tp.summary() + " " + (tp.outcome() == null ? "" : tp.outcome())).toLowerCase(Locale.ROOT);
    }

    private static String who(DemoClient demo, Object what) {
        return demo.client().displayName() + ": " + what;
    }

    private static int quantity(Purchase p) {
        int times = p.description().indexOf(" × ");
        return times < 0 ? 1 : Integer.parseInt(p.description().substring(0, times));
    }

    @Test
    void aRenewalIsOfWhatTheyHadAndGrowsOnlyWhenTheStorySaysSo() {
        Map<UUID, Product> products = products();
        int grown = 0;
        int renewals = 0;
        for (DemoGenerator.Traced traced : every()) {
            DemoClient demo = traced.client();
            Profile pf = traced.profile();
            List<Purchase> bought = demo.purchases();
            for (Purchase later : bought) {
                Product product = later.productId() == null ? null : products.get(later.productId());
                int months = product == null ? 0 : spec(pf, product).renewalMonths();
                for (Purchase earlier : bought) {
                    if (months > 0 && earlier.productId() != null && earlier.productId().equals(later.productId())
                            && earlier.purchasedOn().plusMonths(months).equals(later.purchasedOn())) {
                        renewals++;
                        // Renewed at the same size or one pack more, never quietly fewer: nothing says why.
                        assertThat(quantity(later)).as(who(demo, later)).isBetween(quantity(earlier), quantity(earlier) + 1);
                        if (quantity(later) > quantity(earlier)) {
                            grown++;
                        }
                    }
                }
            }
            List<Touchpoint> tps = demo.touchpoints();
            for (int j = 0; j < tps.size(); j++) {
                Touchpoint tp = tps.get(j);
                String text = said(tp);
                if (!text.contains("more users") && !text.contains("add users")) {
                    continue;
                }
                // Wanting more users, or renewing with them, is said of a renewal that has them.
                LocalDate on = day(tp.occurredAt());
                boolean grows = false;
                for (Purchase later : bought) {
                    for (Purchase earlier : bought) {
                        grows |= later.productId() != null && later.productId().equals(earlier.productId())
                                && earlier.purchasedOn().isBefore(later.purchasedOn())
                                && !later.purchasedOn().isBefore(on.minusDays(5)) && !later.purchasedOn().isAfter(on.plusDays(45))
                                && quantity(later) > quantity(earlier);
                    }
                }
                assertThat(grows).as(who(demo, tp.summary() + " / " + tp.outcome())).isTrue();
            }
        }
        assertThat(renewals).isGreaterThan(100);
        assertThat(grown).as("some renewals grow").isPositive();
    }

    @Test
    void aPilotStillToBeDecidedIsNotedBeforeTheyBought() {
        int pilots = 0;
        for (DemoGenerator.Traced traced : every()) {
            DemoClient demo = traced.client();
            LocalDate firstBought = demo.purchases().stream().map(Purchase::purchasedOn).min(LocalDate::compareTo).orElse(null);
            for (Note note : demo.notes()) {
                if (note.body().toLowerCase(Locale.ROOT).contains("pilot runs") && firstBought != null) {
                    pilots++;
                    assertThat(day(note.createdAt())).as(who(demo, note.body() + " " + note.createdAt()))
                            .isBefore(firstBought);
                    assertThat(day(note.updatedAt())).as(who(demo, note.body())).isBeforeOrEqualTo(firstBought);
                }
            }
        }
        assertThat(pilots).isPositive();
    }

    @Test
    void aColourFormulaIsKeptOnlyForAClientWhoHasHadAColour() {
        Map<UUID, Product> products = products();
        int formulas = 0;
        for (DemoGenerator.Traced traced : every()) {
            DemoClient demo = traced.client();
            if (!traced.profile().key.equals("salon")) {
                continue;
            }
            LocalDate firstColour = demo.purchases().stream()
                    .filter(p -> p.productId() != null && products.get(p.productId()).category().equals("Colour")
                            || p.description().toLowerCase(Locale.ROOT).contains("colour correction"))
                    .map(Purchase::purchasedOn).min(LocalDate::compareTo).orElse(null);
            if (demo.client().customFields().containsKey("Colour formula")) {
                formulas++;
                assertThat(firstColour).as(who(demo, demo.client().customFields())).isNotNull();
            }
            for (Note note : demo.notes()) {
                if (note.body().toLowerCase(Locale.ROOT).contains("colour formula")) {
                    formulas++;
                    assertThat(firstColour).as(who(demo, note.body())).isNotNull();
                    assertThat(day(note.createdAt())).as(who(demo, note.body())).isAfterOrEqualTo(firstColour);
                }
            }
        }
        assertThat(formulas).isPositive();
    }

    /** Family words and the ages they fit: grandchildren for an older client, a new baby for a younger one. */
    private static final String[] OLDER_WORDS = {"grandchildren", "daughter handles"};
    private static final String[] YOUNGER_WORDS = {"new baby", "kids' cut slot", "school pick-up"};

    @Test
    void familyWordsFitTheClientsAgeAndAHouseholdIsAPersons() {
        int checked = 0;
        for (DemoGenerator.Traced traced : every()) {
            DemoClient demo = traced.client();
            Client client = demo.client();
            List<Object[]> texts = new ArrayList<>();
            demo.touchpoints().forEach(tp -> texts.add(new Object[] {said(tp), day(tp.occurredAt())}));
            // A note stands for what is true of the client now.
            demo.notes().forEach(n -> texts.add(new Object[] {n.body().toLowerCase(Locale.ROOT), day(NOW)}));
            demo.opportunities().forEach(o -> texts.add(new Object[] {o.summary().toLowerCase(Locale.ROOT), o.openedOn()}));
            for (Object[] t : texts) {
                String text = (String) t[0];
                LocalDate on = (LocalDate) t[1];
                Integer age = client.birthday() == null ? null : Period.between(client.birthday(), on).getYears();
                for (String w : OLDER_WORDS) {
                    if (text.contains(w)) {
                        checked++;
                        assertThat(age).as(who(demo, text + " (born " + client.birthday() + ")")).isNotNull()
                                .isGreaterThanOrEqualTo(55);
                    }
                }
                for (String w : YOUNGER_WORDS) {
                    if (text.contains(w) && age != null) {
                        checked++;
                        assertThat(age).as(who(demo, text + " (born " + client.birthday() + ")")).isBetween(18, 50);
                    }
                }
            }
            if (client.customFields().containsKey("Household")) {
                checked++;
                assertThat(client.kind()).as(who(demo, client.customFields())).isEqualTo(ClientKind.PERSON);
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    /** A phrase that names a season, and the months it can be said in (a range may wrap past December). */
    private record Season(String words, int from, int to) {
        boolean fits(LocalDate on) {
            int m = on.getMonthValue();
            return from <= to ? m >= from && m <= to : m >= from || m <= to;
        }
    }

    private static final Season[] SEASONS = {
            new Season("before the summer holiday", 2, 6),
            new Season("over the summer", 4, 8),
            new Season("preview the autumn looks", 7, 10),
            new Season("come in before the holidays", 9, 12),
            new Season("opening hours change over the holidays", 11, 12),
            new Season("after a busy winter", 2, 5),
            new Season("revisit after the summer", 1, 7),
            new Season("come back in the autumn", 1, 7),
            new Season("moving house in the spring", 9, 3),
            new Season("in the spring sale", 8, 2),
    };

    @Test
    void aPhraseThatNamesASeasonIsSaidBeforeThatSeason() {
        int checked = 0;
        for (DemoGenerator.Traced traced : every()) {
            DemoClient demo = traced.client();
            List<Object[]> texts = new ArrayList<>();
            // The next steps are listed in the order of the touchpoints that set them.
            int next = 0;
            for (Touchpoint tp : demo.touchpoints()) {
                texts.add(new Object[] {said(tp), day(tp.occurredAt())});
                if (tp.followUpOn() != null) {
                    FollowUp f = demo.followUps().get(next++);
                    texts.add(new Object[] {f.reason().toLowerCase(Locale.ROOT), day(tp.occurredAt())});
                }
            }
            for (Opportunity o : demo.opportunities()) {
                String reason = o.reasonText() == null ? "" : " " + o.reasonText();
                texts.add(new Object[] {(o.summary() + reason).toLowerCase(Locale.ROOT), o.openedOn()});
            }
            for (Object[] t : texts) {
                for (Season s : SEASONS) {
                    if (((String) t[0]).contains(s.words())) {
                        checked++;
                        assertThat(s.fits((LocalDate) t[1])).as(who(demo, t[0] + " on " + t[1])).isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void aRefusalsReasonFitsWhatWasRefused() {
        Map<UUID, Product> products = products();
        int checked = 0;
        for (DemoGenerator.Traced traced : every()) {
            for (Opportunity o : traced.client().opportunities()) {
                if (o.reasonText() != null && o.reasonText().contains("warranty costs too much")) {
                    checked++;
                    Product refused = products.get(o.productId());
                    assertThat(refused.category()).as(who(traced.client(), refused.name() + ": " + o.reasonText()))
                            .isIn("Services", "Service plans");
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aNextStepSetAtAComplaintIsDueByTheFixNotAfterIt() {
        int checked = 0;
        for (DemoGenerator.Traced traced : every()) {
            List<Touchpoint> tps = traced.client().touchpoints();
            int[] kinds = traced.kinds();
            int[] prods = traced.products();
            for (int j = 0; j < tps.size(); j++) {
                if (kinds[j] != Profile.COMPLAINT || tps.get(j).followUpOn() == null) {
                    continue;
                }
                final int complaint = j;
                IntPredicate sameProduct = k -> prods[k] == prods[complaint];
                long complaints = java.util.stream.IntStream.range(0, tps.size())
                        .filter(k -> kinds[k] == Profile.COMPLAINT && sameProduct.test(k)).count();
                if (complaints > 1) {
                    continue; // which fix answers which complaint is not on record
                }
                for (int k = j + 1; k < tps.size(); k++) {
                    if (kinds[k] == Profile.FIX && sameProduct.test(k)) {
                        checked++;
                        assertThat(tps.get(j).followUpOn()).as(who(traced.client(), tps.get(j).summary() + " then "
                                + tps.get(k).summary() + " " + tps.get(k).occurredAt())).isBeforeOrEqualTo(day(tps.get(k).occurredAt()));
                        break;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static Profile.ProductSpec spec(Profile pf, Product product) {
        for (Profile.ProductSpec s : pf.products) {
            if (s.name().equals(product.name())) {
                return s;
            }
        }
        throw new IllegalStateException(product.name());
    }
}
