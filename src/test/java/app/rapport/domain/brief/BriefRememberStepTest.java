package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remember holds what the caller must know for this call, and nothing stale (reads 40 and 41): a patch-test field that left
 * redness for a colour booking, a narrow hallway for a fridge freezer just bought, a toddler and the corner chair when the call
 * books a visit, a key account's terms for any call; a pinned pilot whose decision fell due long ago and was decided since
 * leaves it; and an avoid line on selling never forbids what they asked for themselves. Histories hand-written after those reads.
 */
class BriefRememberStepTest {

    private static final Product COLOUR = new Product(UUID.randomUUID(), "Full head colour", "Colour", Complexity.SIMPLE, new BigDecimal("95"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("55"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Cooling", Complexity.SIMPLE,
            new BigDecimal("899"));
    private static final Product LICENCE = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4800"));
    private static final Product CLUB = new Product(UUID.randomUUID(), "Blow-dry club membership", "Memberships", Complexity.SIMPLE,
            new BigDecimal("120"));

    private static List<String> remember(Brief brief) {
        return brief.remember().stream().map(BriefLine::text).toList();
    }

    private static Given withFields(Given given, Map<String, String> fields) {
        given.client = ClientBuilder.from(given.client).customFields(fields).build();
        return given;
    }

    private static Given colourLongAgo() {
        return new Given().bought(COLOUR, 540, "95")
                .touchpoint(540, Channel.VISIT, Direction.INBOUND, "Full head colour with Jonas; Maggie loved the shade.", "Paid in full.", Mood.HAPPY)
                .touchpoint(120, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Maggie.", "All good.", Mood.HAPPY);
    }

    // ---- a custom field the step touches --------------------------------------------------------------------------

    @Test
    void aPatchTestThatLeftRednessIsRememberedWhenTheCallOffersAColour() {
        Given given = withFields(colourLongAgo(), Map.of("Patch test", "Mild redness — use the gentle line", "Hair type", "fine, wavy"));

        assertThat(remember(given.brief())).contains("Patch test: Mild redness — use the gentle line.")
                .noneMatch(line -> line.startsWith("Hair type"));
    }

    @Test
    void aClearPatchTestIsNothingToMind() {
        Given given = withFields(colourLongAgo(), Map.of("Patch test", "Clear, renewed this year"));

        assertThat(remember(given.brief())).noneMatch(line -> line.startsWith("Patch test"));
    }

    @Test
    void aPatchTestIsNotForACallAboutACut() {
        Given given = withFields(new Given().bought(CUT, 70, "55")
                .touchpoint(70, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today.", "Paid in full.", Mood.HAPPY),
                Map.of("Patch test", "Mild redness — use the gentle line"));

        assertThat(remember(given.brief())).noneMatch(line -> line.startsWith("Patch test"));
    }

    @Test
    void anAllergyInAFieldIsRememberedForAnyCall() {
        Given given = withFields(new Given().bought(CUT, 70, "55")
                .touchpoint(70, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today.", "Paid in full.", Mood.HAPPY),
                Map.of("Allergies", "Latex gloves"));

        assertThat(remember(given.brief())).contains("Allergies: Latex gloves.");
    }

    @Test
    void aPatchTestDueAgainIsRememberedWhenTheCallBooksATimeForSomethingUnnamed() {
        // Ngozi Silva, read 50: "wants to book soon", with "Patch test: Due again soon" on her card, and nothing said of it
        Given given = withFields(new Given().bought(CUT, 540, "55")
                .touchpoint(540, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today.", "Paid in full.", Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Maggie; all fine, busy month.",
                        "Wants to book soon.", Mood.EXCITED), Map.of("Patch test", "Due again soon"));

        assertThat(remember(given.brief())).contains("Patch test: Due again soon. Arrange the test before any colour or treatment.");
    }

    // ---- a tag the step touches -------------------------------------------------------------------------------------

    private static Given withTags(Given given, String... tags) {
        given.client = ClientBuilder.from(given.client).tags(tags).build();
        return given;
    }

    @Test
    void aSensitiveScalpTagIsRememberedWhenTheCallOffersAColour() {
        // Giulia Silva, read 50: tagged sensitive-scalp, and the call was about a keratin treatment
        Given given = withTags(colourLongAgo(), "balayage", "sensitive-scalp");

        assertThat(remember(given.brief())).contains("Sensitive scalp (a tag on their card).").noneMatch(line -> line.startsWith("Balayage"));
    }

    @Test
    void aSensitiveScalpTagIsNotForACallAboutACut() {
        Given given = withTags(new Given().bought(CUT, 70, "55")
                .touchpoint(70, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today.", "Paid in full.", Mood.HAPPY), "sensitive-scalp");

        assertThat(remember(given.brief())).noneMatch(line -> line.startsWith("Sensitive scalp"));
    }

    @Test
    void aTagIsNotSaidBesideTheNoteThatSaysItInFull() {
        Given given = withTags(colourLongAgo(), "sensitive-scalp").note("Sensitive scalp: no hot towels, lukewarm water only.", false, 200);

        assertThat(remember(given.brief())).contains("Sensitive scalp: no hot towels, lukewarm water only.")
                .noneMatch(line -> line.startsWith("Sensitive scalp (a tag"));
    }

    // ---- an unpinned note the step touches ------------------------------------------------------------------------

    @Test
    void aNarrowHallwayIsRememberedForAFridgeFreezerJustBoughtAndLeavesLately() {
        Given given = new Given().bought(FRIDGE, 3, "899")
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "Maggie ordered the fridge freezer at the counter.", "Paid in full.", Mood.EXCITED)
                .touchpoint(2, Channel.EMAIL, Direction.OUTBOUND, "Thanked Maggie for choosing us.", "Registered the warranty.", Mood.HAPPY)
                .note("Narrow hallway: bring the small trolley.", false, 130);

        Brief brief = given.brief();

        assertThat(remember(brief)).contains("Narrow hallway: bring the small trolley.");
        assertThat(brief.lately()).noneMatch(recent -> recent.text().startsWith("Narrow hallway"));
    }

    @Test
    void aNarrowHallwayIsNotForAWrittenSorryLongAfterAKettleThatBooksACheckIn() {
        Given given = new Given().prefers(Channel.EMAIL).bought(BriefEngineTest.KETTLE, 300, "40")
                .touchpoint(300, Channel.EMAIL, Direction.INBOUND, "Maggie bought the copper kettle online.", "Paid in full.", Mood.HAPPY)
                .note("Narrow hallway: bring the small trolley.", false, 130);

        assertThat(remember(given.brief())).noneMatch(line -> line.startsWith("Narrow hallway"));
    }

    @Test
    void aToddlerAndTheCornerChairAreRememberedWhenTheCallBooksTheNextVisit() {
        Given given = new Given().prefers(Channel.MESSAGE).bought(CUT, 60, "55")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today with Ellie.", "Paid in full.", Mood.EXCITED)
                .note("Sometimes comes in with a toddler; keep the corner chair free.", false, 30);

        Brief brief = given.brief();

        assertThat(remember(brief)).contains("Sometimes comes in with a toddler; keep the corner chair free.");
    }

    @Test
    void aKeyAccountsTermsAreRememberedForAnyCall() {
        Given given = new Given().prefers(Channel.EMAIL);
        given.products.put(LICENCE.id(), LICENCE);
        given.bought(LICENCE, 20, "4800")
                .touchpoint(20, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Maggie.", "Contract signed.", Mood.HAPPY)
                .note("Key account: quarterly business review, named support engineer.", false, 3);

        assertThat(remember(given.brief())).contains("Key account: quarterly business review, named support engineer.");
    }

    // ---- a pinned plan long past ------------------------------------------------------------------------------

    @Test
    void aPinnedPilotDecidedLongAgoLeavesRememberAndTheCriticAgrees() {
        Given given = new Given();
        given.products.put(LICENCE.id(), LICENCE);
        given.note("Pilot runs with one depot; decision after twelve weeks.", true, 620)
                .bought(LICENCE, 600, "4800").bought(LICENCE, 60, "4800")
                .touchpoint(600, Channel.MEETING, Direction.OUTBOUND, "Maggie signed for the Fleet Tracking licence after the pilot.", "Invoice sent.", Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Renewed the Fleet Tracking licence; invoice sent.", "Acknowledged.", Mood.HAPPY);

        Brief brief = given.brief();

        assertThat(remember(brief)).noneMatch(line -> line.startsWith("Pilot runs"));
        assertThat(brief.lately()).noneMatch(recent -> recent.text().startsWith("Pilot runs"));
        assertThat(BriefCritic.check(given.input(), brief)).extracting(BriefCritic.Incoherence::kind).doesNotContain("pinned-note-left-out");
    }

    @Test
    void aPinnedPilotLongPastWithNothingDecidedIsAskedAfter() {
        Given given = new Given().note("Pilot runs with one depot; decision after twelve weeks.", true, 400)
                .touchpoint(390, Channel.MEETING, Direction.OUTBOUND, "Pilot kick-off with Maggie at the main depot.", "Drivers trained.", Mood.HAPPY);

        assertThat(remember(given.brief())).anyMatch(line -> line.startsWith("Pilot runs with one depot; decision after twelve weeks.")
                && line.contains("ask how it turned out"));
    }

    @Test
    void aPinnedPilotStillRunningStaysAsItIs() {
        Given given = new Given().note("Pilot runs with one depot; decision after twelve weeks.", true, 40)
                .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, "Pilot kick-off with Maggie at the main depot.", "Drivers trained.", Mood.HAPPY);

        assertThat(remember(given.brief())).contains("Pilot runs with one depot; decision after twelve weeks.");
    }

    @Test
    void aPinnedNoteWithNoPlanInItStaysHoweverOld() {
        Given given = new Given().note("Budget year starts in April; proposals by January.", true, 700)
                .touchpoint(100, Channel.CALL, Direction.OUTBOUND, "Checked in with Maggie.", "All fine.", Mood.HAPPY);

        assertThat(remember(given.brief())).contains("Budget year starts in April; proposals by January.");
    }

    @Test
    void aWeddingNextJuneWrittenInJanuaryMayBeAYearOffAndStays() {
        Given given = new Given().note("Wedding planned for next June; wants the trial in March.", true, 330)
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; Maggie talked about the venue.", "Paid in full.", Mood.HAPPY);

        assertThat(remember(given.brief())).contains("Wedding planned for next June; wants the trial in March.");
    }

    // ---- avoid lines and their own asks ---------------------------------------------------------------------

    @Test
    void anAvoidLineOnSellingLeavesWhatTheyKeepAskingAbout() {
        Given given = new Given().prefers(Channel.MESSAGE).bought(CUT, 60, "55")
                .touchpoint(150, Channel.VISIT, Direction.OUTBOUND, "Showed Maggie what the blow-dry club membership could do.", "Busy, kept it quick.", Mood.NEUTRAL)
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today with Ellie.", "Paid in full.", Mood.EXCITED);
        given.products.put(CLUB.id(), CLUB);
        given.opportunity(OpportunityKind.UPSELL, OpportunityStatus.OPEN, CLUB.id(),
                "Keeps asking about the blow-dry club membership; ready when the budget allows", 150);

        List<String> avoid = given.brief().conversation().avoid().stream().map(BriefLine::text).toList();

        assertThat(avoid).filteredOn(line -> line.startsWith("Selling anything"))
                .allMatch(line -> line.contains("they asked about the blow-dry club membership themselves"));
    }

    @Test
    void anOfferOfOursTheyNeverAskedForLeavesTheAvoidLineAsItIs() {
        Given given = new Given().prefers(Channel.MESSAGE).bought(CUT, 60, "55")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry today with Ellie.", "Paid in full.", Mood.EXCITED);
        given.products.put(CLUB.id(), CLUB);
        given.opportunity(OpportunityKind.UPSELL, OpportunityStatus.OPEN, CLUB.id(), "Mentioned the blow-dry club membership; might fit", 150);

        assertThat(given.brief().conversation().avoid()).noneMatch(line -> line.text().contains("themselves"));
    }
    // ---- their word that we get in touch too often ------------------------------------------------------------------

    private static final Product WINE_COOLER = new Product(UUID.randomUUID(), "Halden wine cooler", "Cooling", Complexity.SIMPLE, new BigDecimal("379"));

    @Test
    void aNewClientWhoSaidWeSendTooManyMessagesIsToldSoFirstAndAskedForNothingOnTop() {
        Given given = new Given().prefers(Channel.MESSAGE).bought(WINE_COOLER, 24, "379")
                .touchpoint(24, Channel.EMAIL, Direction.INBOUND, "Wine cooler ordered for Lina; it comes from the warehouse, so about a week.",
                        "Paid in full.", Mood.HAPPY)
                .touchpoint(6, Channel.MESSAGE, Direction.INBOUND, "Lina gave feedback on the delivery booking texts: too many messages.",
                        "Passed on to the team.", Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(remember(brief)).anyMatch(line -> line.startsWith("They told us we get in touch too often") && line.contains("too many messages"));
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("honeymoon.excited");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).noneMatch(text -> text.toLowerCase().contains("review"));
        assertThat(brief.conversation().nextStep().text()).doesNotContain("review").doesNotContainIgnoringCase("check-in")
                .contains("leave the next contact to them");
    }

    private static final Product COFFEE_MACHINE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Small appliances",
            Complexity.SIMPLE, new BigDecimal("649"));

    @Test
    void aWaitForDeliveryStillConfirmsTheDayForSomeoneWhoSaidWeSendTooManyMessagesAndBooksNoCheckInAfter() {
        Given given = new Given().prefers(Channel.EMAIL).bought(WINE_COOLER, 80, "379")
                .touchpoint(80, Channel.VISIT, Direction.INBOUND, "Wine cooler bought in the shop.", "Paid in full.", Mood.HAPPY)
                .touchpoint(45, Channel.MESSAGE, Direction.INBOUND, "Gave feedback on the delivery booking texts: too many messages.",
                        "Passed on to the team.", Mood.NEUTRAL)
                .bought(COFFEE_MACHINE, 2, "649")
                .touchpoint(2, Channel.CALL, Direction.INBOUND, "Ordered the coffee machine by phone for delivery on Monday.", "Paid in full.",
                        Mood.HAPPY);
        Brief brief = given.brief();

        BriefLine step = brief.conversation().nextStep();
        assertThat(step.text()).doesNotContainIgnoringCase("check in").contains("leave the next contact to them");
        assertThat(step.rule()).isEqualTo(brief.conversation().goal().rule());
        assertThat(BriefCritic.check(given.input(), brief)).extracting(BriefCritic.Incoherence::kind).doesNotContain("next-step-off-goal");
    }

    @Test
    void aRatingWithWhatFellShortIsOwnedEvenInAQuietHello() {
        Given given = new Given().prefers(Channel.CALL).bought(FRIDGE, 165, "899")
                .touchpoint(160, Channel.EMAIL, Direction.OUTBOUND, "Quick survey about the delivery and the fridge freezer.",
                        "Rated 4/5; delivery was late.", Mood.HAPPY)
                .touchpoint(115, Channel.MESSAGE, Direction.OUTBOUND, "Tip: the eco setting on the fridge freezer saves energy.", "No reply.", null);
        Brief brief = given.brief();

        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text).anyMatch(text -> text.contains("delivery was late"));
        assertThat(BriefCritic.check(given.input(), brief)).extracting(BriefCritic.Incoherence::kind).doesNotContain("rating-not-owned");
    }

    @Test
    void feedbackOnSomethingElseOrOurOwnWordsAreNoCautionAboutContact() {
        Given given = new Given().prefers(Channel.MESSAGE).bought(WINE_COOLER, 24, "379")
                .touchpoint(6, Channel.MESSAGE, Direction.INBOUND, "Lina gave feedback on the new booking page: too many steps.", null, Mood.NEUTRAL)
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Sorry for the too many messages about the delivery, said we fixed the texts.", null, null);

        assertThat(remember(given.brief())).noneMatch(line -> line.startsWith("They told us we get in touch too often"));
    }
}
