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
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renewals, warranty ends, set-ups, demos and asks a few days old, said as a thoughtful owner would
 * on the phone: what they have and what it costs, cover rather than a "renewal" of a warranty, the
 * thing a demo or a set-up is for, and nothing for anyone under an ask that is the whole call.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefRenewalAndSetUpTest {
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.SIMPLE,
            new BigDecimal("729"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE,
            new BigDecimal("55"));

    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4800"));
    private static final Product SUPPORT = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Support plans",
            Complexity.SIMPLE, new BigDecimal("873"));
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Coffee",
            Complexity.SIMPLE, new BigDecimal("662"));

    /** A purchase of {@code product} ({@code description} as written on the sale) renewing or its warranty ending in {@code inDays}. */
    private static Given bought(Given given, Product product, String description, String amount, int daysAgo, Integer renewsIn,
                                Integer warrantyEndsIn) {
        given.products.put(product.id(), product);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), description, TODAY.minusDays(daysAgo), new BigDecimal(amount),
                warrantyEndsIn == null ? null : TODAY.plusDays(warrantyEndsIn), renewsIn == null ? null : TODAY.plusDays(renewsIn)));
        return given;
    }

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    // ---- an ask a few days old is the whole call ------------------------------------------------------

    @Test
    void anAskAFewDaysOldTakesNoLineOfTheFrameThatCouldBeSaidToAnyone() {
        List<String[]> asks = List.of(
                new String[] {"OUT", "Suggested the annual service plan to Tariq; interested, wants to think it over. Busy, kept it quick.", "Wants a quote."},
                new String[] {"IN", "Asked how often the keratin treatment needs refreshing and what the aftercare involves.",
                        "Will call back after checking with Maya."},
                new String[] {"IN", "Maggie rang to ask whether the dryer comes in white, and how soon.", "Will get back to her on Monday."});
        for (int daysAgo : new int[] {3, 7, 12}) {
            for (String[] ask : asks) {
                Given given = new Given().bought(DRYER, 200, "729").bought(CUT, 150, "55")
                        .talked(160, Mood.HAPPY, "Checked the dryer is level; all good")
                        .touchpoint(daysAgo, Channel.CALL, ask[0].equals("IN") ? Direction.INBOUND : Direction.OUTBOUND, ask[1], ask[2], Mood.NEUTRAL);
                Brief brief = given.brief();
                String as = daysAgo + " days: " + ask[1];
                assertThat(brief.conversation().owner().rule()).as(as).isIn("situation.asked-in-words", "situation.open-request");
                assertThat(points(brief)).as(as).isNotEmpty()
                        .noneMatch(text -> text.startsWith("Say who is handling it") || text.startsWith("Check it is still what they need"))
                        .noneMatch(text -> text.contains("bothered them lately") || text.contains("could do better"));
                assertThat(brief.dropped()).as(as).anyMatch(d -> d.reason().contains("they asked only days ago"));
                assertThat(BriefCritic.check(given.input(), brief)).as(as).isEmpty();
            }
        }
    }

    @Test
    void anAskThatHasWaitedWeeksStillSaysWhoIsHandlingIt() {
        Given given = new Given().bought(DRYER, 200, "729")
                .touchpoint(21, Channel.CALL, Direction.INBOUND, "Maggie rang to ask whether the dryer comes in white, and how soon.",
                        "Will get back to her on Monday.", Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isIn("situation.asked-in-words", "situation.open-request");
        assertThat(points(brief)).anyMatch(text -> text.startsWith("Say who is handling it"));
    }

    // ---- a renewal says what they have now and what it costs --------------------------------------

    @Test
    void aRenewalSaysWhatTheyHaveNowAndWhatItCosts() {
        Given one = bought(new Given(), DISPATCH, null, "3600", 352, 13, null)
                .talked(20, Mood.HAPPY, "Sent the quarterly usage report");
        Brief brief = one.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal");
        assertThat(points(brief)).anyMatch(text -> text.contains("the dispatch licence (10 users now, 3,600 a year)")
                && text.contains("renew, extend, replace or let it go"));
        assertThat(BriefCritic.check(one.input(), brief)).isEmpty();

        Brief three = bought(new Given(), DISPATCH, "3 × FieldLine Dispatch licence (annual, 10 users)", "10800", 352, 13, null)
                .talked(20, Mood.HAPPY, "Account review: all teams on the Dispatch licence").brief();
        assertThat(points(three)).anyMatch(text -> text.contains("(30 users now, 10,800 a year)"));

        Given both = bought(bought(new Given(), TRACKING, null, "4800", 340, 25, null), SUPPORT, null, "873", 340, 25, null)
                .talked(30, Mood.NEUTRAL, "Sent the quarterly usage report");
        assertThat(points(both.brief())).anyMatch(text -> text.contains("the fleet tracking licence and the standard support plan")
                && text.contains("(25 vehicles now, 5,673 a year together)"));
    }

    @Test
    void aRenewalWithNothingToCountSaysNoEmptyBrackets() {
        Given given = new Given().renewal(20).talked(40, Mood.HAPPY, "Serviced the boiler; all fine");
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal");
        assertThat(points(brief)).anyMatch(text -> text.startsWith("For the boiler service plan (10 paid last time), walk through"))
                .noneMatch(text -> text.contains("()"));
        Given yearly = new Given();
        yearly.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Boiler service plan", TODAY.minusDays(345), new BigDecimal("180"),
                null, TODAY.plusDays(20)));
        assertThat(points(yearly.talked(40, Mood.HAPPY, "Serviced the boiler; all fine").brief()))
                .anyMatch(text -> text.startsWith("For the boiler service plan (180 a year now), walk through"));
    }

    // ---- a warranty end offers cover, not a renewal; a long silence before it is owned ---------------

    @Test
    void aWarrantyEndOffersCoverOrACheckNotARenewal() {
        Given given = bought(new Given(), COFFEE, null, "662", 716, null, 14)
                .talked(60, Mood.HAPPY, "Descaling tips for the coffee machine; all fine");
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal");
        assertThat(points(brief)).anyMatch(text -> text.startsWith("For the warranty on the coffee machine, walk through the options")
                        && text.contains("extended cover") && text.contains("service check"))
                .noneMatch(text -> text.contains("renew,") || text.contains("(renew"));
        assertThat(brief.conversation().opener().text()).doesNotContain("far too long");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aLongSilenceBeforeARenewalOrAWarrantyEndIsOwnedByTheOpener() {
        for (int quietDays : new int[] {200, 400, 545}) {
            Given given = bought(new Given(), COFFEE, null, "662", 716, null, 14)
                    .touchpoint(quietDays, Channel.EMAIL, Direction.OUTBOUND, "Sent the descaling guide for the coffee machine", "Opened it.", null);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(quietDays + " days").isEqualTo("situation.renewal");
            assertThat(brief.conversation().opener().text()).as(quietDays + " days")
                    .startsWith("Hi Maggie, it has been far too long since we were last in touch, and that's on us.")
                    .contains("the warranty on the coffee machine ends on");
        }
        Brief licence = bought(new Given(), DISPATCH, null, "3600", 352, 13, null)
                .touchpoint(300, Channel.MEETING, Direction.INBOUND, "Kenji signed for the Dispatch licence", "PO received.", Mood.HAPPY).brief();
        assertThat(licence.conversation().opener().text()).contains("far too long").contains("the dispatch licence is up for renewal");
    }

    // ---- a demo booked for what they asked names the thing -----------------------------------------

    @Test
    void aDemoBookedForWhatTheyAskedNamesTheThingItself() {
        List<String[]> asks = List.of(
                new String[] {"Freya asked about lead times for dash cams for the whole fleet.", "Demo booked.", "the dash cams"},
                new String[] {"Wanted prices on rugged tablets before the budget meeting.", "Demo booked for next week.", "the rugged tablets"},
                new String[] {"Asked for a demo of the route planner for the dispatchers.", "Demo booked.", "the route planner"});
        for (String[] ask : asks) {
            Given given = bought(new Given(), TRACKING, null, "4800", 200, null, null)
                    .talked(150, Mood.HAPPY, "Account review: drivers all on the tracking licence")
                    .touchpoint(18, Channel.CALL, Direction.INBOUND, ask[0], ask[1], Mood.NEUTRAL);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(ask[0]).isEqualTo("situation.ours-awaiting-answer");
            assertThat(brief.conversation().opener().text()).as(ask[0]).contains("the demo of " + ask[2]);
            assertThat(points(brief)).as(ask[0]).anyMatch(text -> text.startsWith("Ask after it: a demo of " + ask[2] + " was booked"));
        }
        assertThat(ThingAsked.in("Asked whether prices for everyone went up")).isNull();
        assertThat(ThingAsked.in("Asked for a quote for 20 tablets")).isNull();
    }

    // ---- an opener from the frame's own facts, not a colour rule's "how have things been since?" ----------

    @Test
    void aHappyNewClientIsAskedAboutWhatTheyGotNotHowThingsHaveBeen() {
        Product fridge = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Cooling", Complexity.SIMPLE, new BigDecimal("649"));
        Given given = new Given().bought(fridge, 16, "649")
                .touchpoint(16, Channel.VISIT, Direction.INBOUND, "Sold the ex-display fridge freezer to Maggie with a small discount.",
                        "Deposit taken.", Mood.EXCITED)
                .touchpoint(14, Channel.CALL, Direction.INBOUND, "Maggie rang to check the delivery time on Thursday.", "Confirmed.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("honeymoon.excited");
        assertThat(brief.conversation().opener().text()).isEqualTo(
                "Hi Maggie, I wanted to hear how you're getting on with the fridge freezer: is it everything you hoped?");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
        // Spoken with yesterday, the call follows straight on; an updo for an evening out is not something to get on with.
        Brief yesterday = new Given().bought(fridge, 16, "649")
                .touchpoint(1, Channel.CALL, Direction.INBOUND, "Maggie rang to say the fridge freezer is lovely and quiet.", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(yesterday.conversation().opener().text()).doesNotContain("getting on with");
        Product updo = new Product(UUID.randomUUID(), "Event updo", "Occasions", Complexity.SIMPLE, new BigDecimal("65"));
        Brief occasion = new Given().bought(updo, 12, "65")
                .touchpoint(12, Channel.VISIT, Direction.INBOUND, "Maggie came in for the updo; really pleased with the result.", "Paid in full.", Mood.EXCITED)
                .brief();
        assertThat(occasion.conversation().opener().text()).doesNotContain("getting on with");
    }

    @Test
    void anAtRiskNoteOpensTheCallWithWhatItIsAbout() {
        List<String[]> notes = List.of(
                new String[] {"At risk: unhappy with support response times; weekly check-in until it settles.", " about our support response times:"},
                new String[] {"At risk - frustrated by the new invoicing since March", " about our new invoicing:"},
                new String[] {"At risk: renewal in doubt, keep close.", " personally: how has it been lately"});
        for (String[] note : notes) {
            Given given = bought(new Given(), TRACKING, null, "4800", 300, null, null)
                    .talked(40, Mood.NEUTRAL, "Sent the quarterly usage report")
                    .note(note[0], true, 20);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(note[0]).isEqualTo("notes.at-risk");
            assertThat(brief.conversation().opener().text()).as(note[0]).startsWith("Hi Maggie, I wanted to check in with you personally")
                    .contains(note[1]).doesNotContain("doing what you hoped").doesNotContain("how have things been since");
            assertThat(BriefCritic.check(given.input(), brief)).as(note[0]).isEmpty();
        }
    }

    // ---- a set-up is named by what is being set up; an invitation months old is asked after ------------

    @Test
    void aSetUpIsNamedByWhatIsBeingSetUpNotByThePlanSignedAlongside() {
        Product trackers = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware", Complexity.COMPLEX, new BigDecimal("1490"));
        Given given = bought(new Given(), DISPATCH, null, "3600", 250, null, null)
                .talked(110, Mood.HAPPY, "Account review: all teams now on the Dispatch licence");
        bought(given, trackers, null, "1490", 24, null, 700)
                .touchpoint(24, Channel.MEETING, Direction.INBOUND, "Sterling ordered GPS trackers; delivery to the main depot on Friday.",
                        "Handed over to onboarding.", null);
        bought(given, SUPPORT, null, "900", 11, 354, null)
                .touchpoint(11, Channel.MEETING, Direction.INBOUND, "Noah signed the Standard support plan alongside the licence renewal.",
                        "Handed over to onboarding.", Mood.NEUTRAL)
                .touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Thanked Noah for the order; introduced the onboarding lead.",
                        "Replied with the team list.", Mood.HAPPY);
        Brief brief = given.brief();
        String frame = brief.conversation().owner().because() + " | " + brief.conversation().goal().text() + " | "
                + brief.conversation().opener().text();
        assertThat(brief.conversation().owner().rule()).as(frame).isEqualTo("situation.ours-under-way");
        assertThat(frame).doesNotContain("set-up of the standard support plan").contains("the set-up of the GPS tracker");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void anInvitationThreeMonthsOldWithNoAnswerIsAskedAfterNotDropped() {
        for (int daysAgo : new int[] {70, 87, 110}) {
            Given given = bought(new Given(), TRACKING, null, "4800", 200, null, null)
                    .touchpoint(daysAgo, Channel.VISIT, Direction.INBOUND, "Met Adrian at the trade fair; caught up on their year.",
                            "Invited us to their site.", Mood.EXCITED)
                    .touchpoint(13, Channel.EMAIL, Direction.OUTBOUND, "Sent Adrian our newsletter: customer stories and the dates of the next user day.",
                            "No reply yet.", null);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(daysAgo + " days").isEqualTo("situation.invitation");
            assertThat(brief.conversation().opener().text()).as(daysAgo + " days").contains("Does the invitation still stand?");
            assertThat(BriefCritic.check(given.input(), brief)).as(daysAgo + " days").isEmpty();
        }
        // Heard from them since about something else: what they asked leads, not an invitation three months old.
        Brief askedSince = bought(new Given(), TRACKING, null, "4800", 200, null, null)
                .touchpoint(87, Channel.VISIT, Direction.INBOUND, "Met Marta at the trade fair; caught up on their year.",
                        "Invited us to their site.", Mood.EXCITED)
                .touchpoint(7, Channel.EMAIL, Direction.INBOUND, "Marta asked for a quote for the mobile app add-on.", "Thinking about it.",
                        Mood.NEUTRAL).brief();
        assertThat(askedSince.conversation().owner().rule()).isNotEqualTo("situation.invitation");
        Brief old = bought(new Given(), TRACKING, null, "4800", 300, null, null)
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Met Adrian at the trade fair; caught up on their year.",
                        "Invited us to their site.", Mood.EXCITED).brief();
        assertThat(old.conversation().owner().rule()).isNotEqualTo("situation.invitation");
    }
}
