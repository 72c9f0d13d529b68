package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static app.rapport.domain.brief.BriefAheadAndAsideTest.DRYER;
import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates coming up are read as dates: a warranty or a plan that ends in one to three months, and time words of theirs
 * ("next year", "in the spring") read from the day they were written, when what they name is weeks away. The brief is
 * read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefDatesAheadTest {
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Cooling", Complexity.SIMPLE,
            new BigDecimal("649"));
    private static final Product COVER = new Product(UUID.randomUUID(), "Extended warranty (3 years)", "Services", Complexity.SIMPLE,
            new BigDecimal("128"));

    /** A content client who bought the fridge freezer almost two years ago, its warranty ending {@code endsInDays} from today. */
    private static Given fridgeEndingIn(int endsInDays) {
        Given given = new Given();
        given.products.put(FRIDGE.id(), FRIDGE);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, FRIDGE.id(), null, TODAY.plusDays(endsInDays).minusYears(2),
                new BigDecimal("649"), TODAY.plusDays(endsInDays), null));
        return given.touchpoint(200, Channel.EMAIL, Direction.OUTBOUND, "Checked in with Maggie; everything running smoothly", "Happy with it.",
                Mood.HAPPY);
    }

    @Test
    void periodsAreReadFromTheDayTheyWereWritten() {
        assertThat(TimeWords.period("Uses the old routing system until next year.", LocalDate.of(2026, 6, 5)).start())
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(TimeWords.period("Might be back for a dryer next year", LocalDate.of(2026, 2, 24)).name()).isEqualTo("2027");
        assertThat(TimeWords.period("Will decide in January", LocalDate.of(2026, 10, 1)).start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(TimeWords.period("Thinking of a new kitchen in the spring", LocalDate.of(2025, 11, 10)).start())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(TimeWords.period("Back after Christmas", LocalDate.of(2026, 11, 20)).start()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(TimeWords.period("Wants to come in before the holidays", LocalDate.of(2026, 5, 4))).isNull();
        assertThat(TimeWords.period("Budget next quarter", LocalDate.of(2026, 8, 9)).start()).isEqualTo(LocalDate.of(2026, 10, 1));
        // a day is a day, not a stretch; a sale is no season
        assertThat(TimeWords.period("Fitting on 14 January", LocalDate.of(2026, 10, 1))).isNull();
        assertThat(TimeWords.period("Fitting in January 14", LocalDate.of(2026, 10, 1))).isNull();
        assertThat(TimeWords.period("Asked about the summer sale", LocalDate.of(2026, 4, 1))).isNull();
    }

    @Test
    void aWarrantyEndingSoonLeadsOverAQuietOnTheirSideThatOnlyOurTipsMet() {
        Brief brief = fridgeEndingIn(60)
                .touchpoint(120, Channel.CALL, Direction.INBOUND, "Maggie rang to ask about our opening hours over the summer.", "Told her.", Mood.HAPPY)
                .touchpoint(90, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie our newsletter: care tips for the autumn.", "No reply.", null)
                .touchpoint(45, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a tip on keeping the fridge door seal clean.", "No reply.", null)
                .brief();
        // the quiet was met only by our news: the warranty ending in two months is the reason to call, not a hello with nothing in it
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.date-ahead");
        assertThat(brief.conversation().opener().text()).contains("warranty").doesNotContain("just wanted to say hello").doesNotContain("sorry");
    }

    @Test
    void aWarrantyEndingSoonAfterOurOwnLongSilenceOwnsTheSilenceInTheOpener() {
        Brief brief = fridgeEndingIn(60)
                .touchpoint(190, Channel.CALL, Direction.INBOUND, "Maggie rang to ask about our opening hours over the summer.", "Told her.", Mood.HAPPY)
                .touchpoint(180, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie our newsletter: care tips for the autumn.", "No reply.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.date-ahead");
        assertThat(brief.conversation().opener().text()).contains("warranty").contains("I'm sorry we haven't been in touch for");
    }

    @Test
    void aWarrantyEndingInFiveWeeksLeadsAContentClientsCall() {
        Brief brief = fridgeEndingIn(38).brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.date-ahead");
        assertThat(c.opener().text()).contains("the warranty on the fridge freezer ends on");
        assertThat(BriefEngineTest.spokenText(brief)).contains("extended cover, a service check before it ends, or nothing for now");
    }

    @Test
    void aMeetingLatelyLeadsAndTheWarrantyIsALineOfIt() {
        Brief brief = fridgeEndingIn(60)
                .touchpoint(25, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the agenda for Monday", "Added two points of their own.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.talkingPoints()).anySatisfy(line -> assertThat(line.text()).startsWith("Mention that the warranty on the fridge freezer ends on"));
    }

    @Test
    void aWarrantyHalfAYearAwayIsNotYetSaid() {
        assertThat(BriefEngineTest.spokenText(fridgeEndingIn(180).brief())).doesNotContain("warranty");
    }

    @Test
    void theMakersWarrantyWithExtendedCoverRunningOnIsNoDateToCallAbout() {
        Given given = fridgeEndingIn(40);
        given.products.put(COVER.id(), COVER);
        LocalDate boughtOn = given.purchases.get(0).purchasedOn();
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, COVER.id(), null, boughtOn, new BigDecimal("128"), boughtOn.plusYears(3), null));
        assertThat(BriefEngineTest.spokenText(given.brief())).doesNotContain("warranty on the fridge freezer ends");
    }

    @Test
    void extendedCoverKeepsAWarrantyEndingWithinAMonthOffTheCallSoTheOneReallyEndingLeads() {
        // the fridge freezer's maker's warranty ends in 17 days, but 3-year cover was bought with it; the dryer bought
        // five days later, with no cover of its own, ends in 22 days: that is the end to call about
        Given given = fridgeEndingIn(17);
        given.products.put(COVER.id(), COVER);
        given.products.put(DRYER.id(), DRYER);
        LocalDate boughtOn = given.purchases.get(0).purchasedOn();
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, COVER.id(), null, boughtOn, new BigDecimal("128"), boughtOn.plusYears(3), null));
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, DRYER.id(), null, boughtOn.plusDays(5), new BigDecimal("729"),
                TODAY.plusDays(22), null));
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal");
        assertThat(brief.conversation().opener().text()).contains("the warranty on the heat-pump dryer ends on");
        assertThat(BriefEngineTest.allText(brief)).doesNotContain("warranty on the fridge freezer ends")
                .doesNotContain("Warranty of Halden 70 cm fridge freezer ends");
    }

    @Test
    void aRenewalDueSoonerIsTheOneDateSaid() {
        Brief brief = fridgeEndingIn(60).renewal(20).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("warranty on the fridge freezer");
    }

    @Test
    void theirSummerIsSaidWhenItIsWeeksAway() {
        // "in the summer", said last August: June 1 is eleven weeks from today
        Brief brief = fridgeEndingIn(400)
                .touchpoint(200, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short how's-it-going message about the fridge freezer",
                        "Might be back for a dryer in the summer.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("\u201cMight be back for a dryer in the summer\u201d").contains("Summer starts in"));
    }

    @Test
    void aPlanOfTheirsSaidLatelyIsSaidOnce() {
        // "in April", said in December: their plan is already a line of its own, the date is not said again beside it
        Brief brief = fridgeEndingIn(400)
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short how's-it-going message about the fridge freezer",
                        "Might be back for a dryer in April.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().talkingPoints()).filteredOn(line -> line.text().contains("dryer")).hasSize(1);
    }

    @Test
    void aNoteIsReadFromTheDayItWasWritten() {
        // written last August: "next year" is this January, gone by; written in December, "in the spring" is two weeks gone
        Brief longAgo = fridgeEndingIn(400).note("Uses the old routing system in the northern depot until next year.", true, 200).brief();
        assertThat(BriefEngineTest.spokenText(longAgo)).doesNotContain("routing");
        Brief lately = fridgeEndingIn(400).note("Keeps the old boiler until the summer, then wants a quote.", true, 120).brief();
        assertThat(lately.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("until the summer").contains("Summer starts in"));
    }

    @Test
    void whatTheyBoughtSinceAnswersTheirWords() {
        Brief brief = fridgeEndingIn(400)
                .touchpoint(200, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short how's-it-going message about the fridge freezer",
                        "Might be back for a dryer in the summer.", Mood.HAPPY)
                .bought(DRYER, 30, "627")
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("back for a dryer");
    }

    private static final Product SUPPORT = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Services", Complexity.SIMPLE,
            new BigDecimal("900"));

    /** A licence and its support plan bought together, both due 175 days ago; the licence renewed that day. */
    private static Given licenceRenewedWithoutItsPlan() {
        Given given = new Given();
        given.products.put(BriefAheadAndAsideTest.LICENCE.id(), BriefAheadAndAsideTest.LICENCE);
        given.products.put(SUPPORT.id(), SUPPORT);
        LocalDate first = TODAY.minusDays(540);
        LocalDate due = TODAY.minusDays(175);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, BriefAheadAndAsideTest.LICENCE.id(), null, first, new BigDecimal("3460"), null, due));
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, SUPPORT.id(), null, first, new BigDecimal("900"), null, due));
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, BriefAheadAndAsideTest.LICENCE.id(), null, due, new BigDecimal("3420"), null,
                due.plusYears(1)));
        return given.touchpoint(20, Channel.MEETING, Direction.OUTBOUND, "Brainstorm with Maggie on an integration", "Feedback recorded.", Mood.HAPPY);
    }

    @Test
    void aPlanThatFellDueWithNoRenewalOnRecordIsAsked() {
        assertThat(BriefEngineTest.spokenText(licenceRenewedWithoutItsPlan().brief()))
                .contains("the standard support plan fell due on").contains("no renewal of it is on record");
    }

    @Test
    void aPlanRenewedIsNoLapse() {
        Given given = licenceRenewedWithoutItsPlan();
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, SUPPORT.id(), null, TODAY.minusDays(170), new BigDecimal("900"), null,
                TODAY.plusDays(195)));
        assertThat(BriefEngineTest.spokenText(given.brief())).doesNotContain("fell due");
    }

    @Test
    void ourOwnNoticeIsNotTheirTime() {
        Brief brief = fridgeEndingIn(400)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Notice to Maggie: new warranty terms apply to purchases from next month",
                        "No reply needed.", null)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("new warranty terms");
    }
}
