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
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read 26 (seed 6781) and reads 21–24: a client who has lasted and just got something new is, for
 * that thing, in its honeymoon. The call is how it is settling in, and their years with us only
 * colour it; a stronger situation (a complaint, a late promise) still owns the call. And spans and
 * counts are said one way across the brief: nineteen months is not "a year", thirteen days is not
 * "last week", the header counts purchases as the talking points do.
 */
class BriefFreshEventTest {
    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik washing machine", "Laundry", Complexity.COMPLEX,
            new BigDecimal("571"));
    private static final Product DISHWASHER = new Product(UUID.randomUUID(), "Halden 60 cm dishwasher", "Kitchen", Complexity.COMPLEX,
            new BigDecimal("479"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Kitchen", Complexity.COMPLEX,
            new BigDecimal("584"));
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Kitchen", Complexity.COMPLEX,
            new BigDecimal("649"));
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Cleaning", Complexity.SIMPLE,
            new BigDecimal("349"));
    private static final Product MIXER = new Product(UUID.randomUUID(), "Brio stand mixer", "Kitchen", Complexity.SIMPLE,
            new BigDecimal("299"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Hair", Complexity.SIMPLE, new BigDecimal("55"));
    private static final Product KERATIN = new Product(UUID.randomUUID(), "Keratin smoothing treatment", "Hair", Complexity.SIMPLE,
            new BigDecimal("180"));

    private static Given licence(Given given, int daysAgo, String users) {
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "FieldLine Insights analytics module (annual, " + users + " users)",
                TODAY.minusDays(daysAgo), new BigDecimal("1800"), null, TODAY.minusDays(daysAgo).plusYears(1)));
        return given;
    }

    /** A happy client of a year and a half, the washing machine long settled, who bought a dishwasher last week. */
    private static Given longTimeClientWithANewDishwasher() {
        return new Given().bought(WASHER, 560, "571").bought(VACUUM, 300, "349")
                .touchpoint(299, Channel.VISIT, Direction.INBOUND, "Maggie dropped by to say the washing machine is the best purchase of the year.",
                        "Thanked us.", Mood.EXCITED)
                .bought(DISHWASHER, 9, "479")
                .touchpoint(9, Channel.VISIT, Direction.INBOUND, "Maggie bought the dishwasher in store; balance on delivery.", "Paid in full.",
                        Mood.EXCITED)
                .touchpoint(4, Channel.CALL, Direction.OUTBOUND, "Follow-up after the dishwasher installation: any leaks, noises or error codes?",
                        "Minor question answered.", Mood.HAPPY);
    }

    private static final Product APP_ADD_ON = new Product(UUID.randomUUID(), "FieldLine mobile app add-on (annual)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("1150"));
    private static final Product TRAINING = new Product(UUID.randomUUID(), "On-site training day", "Services", Complexity.COMPLEX,
            new BigDecimal("950"));

    @Test
    void anAddOnRenewedForThreeWhereTheyHadOneIsTheirThingAndTheNewUsersAreItsFirstWeeks() {
        // The licence add-on is all they run with us: it is what the relationship is about, not the one training day
        Given given = new Given();
        given.products.put(APP_ADD_ON.id(), APP_ADD_ON);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, APP_ADD_ON.id(), "FieldLine mobile app add-on (annual)",
                TODAY.minusDays(382), new BigDecimal("1150"), null, TODAY.minusDays(17)));
        given.bought(TRAINING, 43, "950")
                .touchpoint(43, Channel.MEETING, Direction.OUTBOUND, "Statement of work for the training day signed.", "Invoice sent.", Mood.HAPPY);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, APP_ADD_ON.id(), "3 \u00d7 FieldLine mobile app add-on (annual)",
                TODAY.minusDays(17), new BigDecimal("3600"), null, TODAY.minusDays(17).plusYears(1)));
        Brief brief = given.touchpoint(17, Channel.EMAIL, Direction.INBOUND, "Renewed the mobile app add-on for another year; invoice sent.",
                "Thanked us.", Mood.HAPPY).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(brief.conversation().opener().text()).contains("mobile app add-on").contains("more users");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("next one");
    }

    @Test
    void aNewPurchaseOfALongTimeClientOwnsTheCallAsItsFirstWeeks() {
        Brief brief = longTimeClientWithANewDishwasher().brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(brief.conversation().opener().text()).contains("dishwasher").contains("settling in")
                .contains("coming back to us");
        assertThat(brief.conversation().goal().text()).doesNotContainIgnoringCase("thank").doesNotContainIgnoringCase("feedback");
        assertThat(brief.conversation().talkingPoints()).noneMatch(p -> p.text().contains("washing machine"));
        assertThat(brief.conversation().talkingPoints().get(0).text()).contains("Follow-up after the dishwasher installation");
    }

    @Test
    void aFollowUpAfterTheInstallationSaysItArrived() {
        Brief brief = longTimeClientWithANewDishwasher().brief();
        assertThat(brief.conversation().owner().rule()).isNotIn("situation.awaiting-delivery", "situation.delivery-day-passed");
    }

    @Test
    void aStrongerSituationStillOwnsTheCall() {
        Brief late = longTimeClientWithANewDishwasher().promised(3, "Send Maggie the descaler price", null).brief();
        assertThat(late.conversation().owner().rule()).isEqualTo("situation.late-promise");
        Brief complaint = longTimeClientWithANewDishwasher().complaint(true).brief();
        assertThat(complaint.conversation().owner().rule()).isEqualTo("situation.open-complaint");
    }

    @Test
    void aRenewalWithMoreUsersIsNewAndAPlainRenewalIsNot() {
        Given more = licence(new Given(), 410, "10")
                .touchpoint(60, Channel.MEETING, Direction.INBOUND, "Asked for a multi-year price on the analytics module.",
                        "Renewed with more users.", Mood.EXCITED);
        Brief grown = licence(more, 45, "25")
                .touchpoint(45, Channel.CALL, Direction.OUTBOUND, "Renewal of the analytics module signed by Maggie.", "Invoice sent.", Mood.NEUTRAL)
                .brief();
        assertThat(grown.conversation().owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(grown.conversation().opener().text()).contains("with more users").contains("analytics module");

        Given same = licence(new Given(), 410, "10")
                .touchpoint(45, Channel.CALL, Direction.OUTBOUND, "Renewal of the analytics module signed.", "Invoice sent.", Mood.NEUTRAL);
        Brief plain = licence(same, 45, "10").brief();
        assertThat(plain.conversation().owner().rule()).isNotEqualTo("situation.fresh-purchase");
    }

    @Test
    void aLicenceGoneLiveIsAskedAfterSinceItWentLive() {
        Given given = new Given().bought(WASHER, 700, "571")
                .touchpoint(690, Channel.CALL, Direction.INBOUND, "Happy with it.", "All fine.", Mood.HAPPY);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
                TODAY.minusDays(31), new BigDecimal("4800"), null, TODAY.minusDays(31).plusYears(1)));
        Brief brief = given.touchpoint(31, Channel.VISIT, Direction.INBOUND, "Maggie signed for the Fleet Tracking licence after a two-month pilot.",
                        "Handed over to onboarding.", Mood.NEUTRAL)
                .promised(22, "Introduce Maggie to the onboarding lead", 22)
                .touchpoint(28, Channel.CALL, Direction.OUTBOUND, "Remote session to finish the Fleet Tracking licence configuration.",
                        "Went live on Monday.", Mood.NEUTRAL).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(brief.conversation().opener().text()).containsIgnoringCase("Fleet Tracking licence").contains("since it went live");
        assertThat(brief.conversation().goal().text()).doesNotContain("honest feedback");
    }

    @Test
    void theLastWordOnTheNewThingIsOneThatSpeaksOfIt() {
        Brief brief = longTimeClientWithANewDishwasher()
                .touchpoint(2, Channel.VISIT, Direction.INBOUND, "Maggie asked about the dryer after seeing it in the window.", "Wants a quote.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().talkingPoints()).filteredOn(p -> p.rule().equals("situation.fresh-purchase"))
                .noneMatch(p -> p.text().contains("window"));
    }

    @Test
    void aLicenceSignedThisWeekIsStillBeingSetUp() {
        Given given = new Given().bought(WASHER, 700, "571")
                .touchpoint(690, Channel.CALL, Direction.INBOUND, "Happy with it.", "All fine.", Mood.HAPPY);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "FieldLine Insights analytics module (annual)",
                TODAY.minusDays(1), new BigDecimal("1800"), null, TODAY.minusDays(1).plusYears(1)));
        Brief brief = given.touchpoint(1, Channel.MEETING, Direction.OUTBOUND, "Signed the analytics module; handed over to the onboarding team.",
                "Contract signed.", Mood.NEUTRAL).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.fresh-purchase");
    }

    @Test
    void aGiftAndSomethingSettledWeeksAgoAreNotNew() {
        Brief gift = new Given().bought(WASHER, 560, "571").bought(CUT, 500, "55").bought(VACUUM, 10, "349")
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie picked up the cordless vacuum as a gift.", "Paid in full.", Mood.HAPPY)
                .brief();
        assertThat(gift.conversation().owner().rule()).isNotEqualTo("situation.fresh-purchase");

        Brief settled = new Given().bought(WASHER, 560, "571").bought(DISHWASHER, 75, "479")
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Maggie rang: the dishwasher is working great, thanked us again.",
                        "Happy with it.", Mood.HAPPY)
                .brief();
        assertThat(settled.conversation().owner().rule()).isNotEqualTo("situation.fresh-purchase");
    }

    @Test
    void aFirstTreatmentIsNewAndARegularsUsualCutIsNot() {
        Brief first = new Given().bought(CUT, 500, "55").bought(CUT, 300, "55").bought(KERATIN, 3, "180")
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "First keratin treatment; Maggie could not stop smiling.", "Paid.", Mood.EXCITED)
                .brief();
        assertThat(first.conversation().owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(first.conversation().opener().text()).contains("keratin");

        Brief usual = new Given().bought(CUT, 500, "55").bought(CUT, 300, "55").bought(CUT, 3, "55")
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry as usual.", "Paid.", Mood.HAPPY)
                .brief();
        assertThat(usual.conversation().owner().rule()).isNotEqualTo("situation.fresh-purchase");
    }

    @Test
    void wordsOfTimeSayTheSpanAsAPersonWould() {
        assertThat(TimeWords.ago(6)).isEqualTo("a few days ago");
        assertThat(TimeWords.ago(9)).isEqualTo("last week");
        assertThat(TimeWords.ago(13)).isEqualTo("a couple of weeks ago");
        assertThat(TimeWords.ago(16)).isEqualTo("a couple of weeks ago");
        assertThat(TimeWords.ago(380)).isEqualTo("over a year ago");
        assertThat(TimeWords.ago(490)).isEqualTo("well over a year ago");
        assertThat(TimeWords.ago(580)).isEqualTo("a year and a half ago");
        assertThat(TimeWords.ago(680)).isEqualTo("almost two years ago");
        assertThat(TimeWords.ago(800)).isEqualTo("about two years ago");
        assertThat(TimeWords.span(580)).isEqualTo("a year and a half");
        assertThat(TimeWords.span(270)).isEqualTo("nine months");
    }

    @Test
    void aGapOfNineteenMonthsIsNeverSaidAsAYear() {
        Brief brief = new Given().bought(MIXER, 578, "299")
                .touchpoint(578, Channel.VISIT, Direction.INBOUND, "Maggie bought the stand mixer after a demo.", "Took it home.", Mood.HAPPY)
                // a check older than half a year: the call may ask again, and says how long it has been
                .touchpoint(200, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the stand mixer doing?", "All fine.", Mood.HAPPY)
                .brief();
        String said = brief.conversation().opener().text() + " " + brief.conversation().goal().text();
        assertThat(said).contains("stand mixer").contains("a year and a half").doesNotContain("been a year since");
    }

    @Test
    void theHeaderCountsPurchasesAsTheTalkingPointsDo() {
        Brief brief = longTimeClientWithANewDishwasher().bought(new Product(UUID.randomUUID(), "Installation & old-appliance removal", "Service",
                Complexity.SIMPLE, new BigDecimal("79")), 9, "79").brief();
        assertThat(brief.headline().text()).contains("3 purchases (4 items)").contains("last: Halden 60 cm dishwasher, last week");
    }

    @Test
    void aSessionTheyAskedForIsSaidWithWhatItIsFor() {
        Given given = new Given().bought(WASHER, 700, "571")
                .touchpoint(690, Channel.CALL, Direction.INBOUND, "Happy with it.", "All fine.", Mood.HAPPY);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "FieldLine mobile app add-on (annual)",
                TODAY.minusDays(200), new BigDecimal("1200"), null, TODAY.plusDays(165)));
        Brief brief = given.touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Showed Maggie the new dashboard in the mobile app add-on.",
                "Asked for a session.", Mood.HAPPY).brief();
        String said = brief.conversation().opener().text() + " " + brief.conversation().talkingPoints();
        assertThat(said).contains("session on the mobile app add-on").doesNotContain("a session,");
    }

    @Test
    void aNameCutShortIsSaidWhole() {
        Brief brief = new Given().bought(WASHER, 700, "571")
                .touchpoint(13, Channel.MEETING, Direction.OUTBOUND, "Demoed the Premium support plan to Maggie and their finance lead.",
                        "Proposal requested.", Mood.HAPPY).brief();
        String said = brief.conversation().opener().text() + " " + brief.conversation().goal().text() + " " + brief.conversation().nextStep().text()
                + " " + brief.conversation().talkingPoints();
        assertThat(said).contains("Premium support plan").doesNotContainPattern("the Premium(?! support)");
    }

    @Test
    void anExtendedWarrantyBoughtSinceIsNoThingToAskAfter() {
        Product warranty = new Product(UUID.randomUUID(), "Extended warranty (3 years)", "Service", Complexity.SIMPLE, new BigDecimal("129"));
        Given given = new Given().bought(FRIDGE, 500, "584")
                .touchpoint(500, Channel.VISIT, Direction.INBOUND, "Maggie bought the fridge freezer.", "Paid in full.", Mood.HAPPY);
        given.products.put(warranty.id(), warranty);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, warranty.id(), null, TODAY.minusDays(315), new BigDecimal("129"),
                TODAY.plusDays(780), null));
        Brief brief = given
                .touchpoint(315, Channel.VISIT, Direction.INBOUND, "Added the extended warranty to Maggie's account.", "Added to the invoice.", Mood.HAPPY)
                .touchpoint(120, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the fridge freezer doing?", "All fine.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().talkingPoints()).noneMatch(p -> p.text().contains("extended warranty"));
    }

    @Test
    void wordsNamingNoItemSpeakOfTheNewestThingBought() {
        Brief brief = new Given().bought(COFFEE, 16, "649")
                .touchpoint(16, Channel.VISIT, Direction.INBOUND, "Maggie bought the coffee machine in store.", "Took it home the same day.",
                        Mood.NEUTRAL)
                .bought(FRIDGE, 11, "584")
                .touchpoint(11, Channel.VISIT, Direction.INBOUND, "Sold the ex-display fridge freezer to Maggie.", "Paid in full.", Mood.EXCITED)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie rang to check the delivery time on Saturday.", "Confirmed.", Mood.HAPPY)
                .promised(-9, "Confirm the fridge freezer delivery with Maggie", null)
                .brief();
        assertThat(brief.conversation().opener().text()).contains("fridge freezer").doesNotContain("coffee machine");
    }
}
