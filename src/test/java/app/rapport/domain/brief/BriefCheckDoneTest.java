package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.ConversationType;
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
 * A check already done is not asked again for months (reads 34 and 35: Dmitri, Marco): a follow-up done, a call of ours
 * that checked and heard nothing wrong, or their own word that it works well, says what the check found instead. The end
 * of a small extra's warranty is no apology, and a "brainstorm" colour rule does not name the job of a call about
 * something else. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefCheckDoneTest {
    private static final Product KETTLE_SET = new Product(UUID.randomUUID(), "Brio kettle & toaster set", "Small appliances", Complexity.SIMPLE,
            new BigDecimal("89"));
    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik washer-dryer", "Laundry", Complexity.COMPLEX, new BigDecimal("703"));
    private static final Product MIXER = new Product(UUID.randomUUID(), "Brio stand mixer", "Small appliances", Complexity.SIMPLE, new BigDecimal("299"));
    private static final Product OVEN = new Product(UUID.randomUUID(), "Castello built-in pyrolytic oven", "Kitchen", Complexity.COMPLEX,
            new BigDecimal("899"));

    /** A long-time client (a kettle set, then a washer-dryer) who got the stand mixer ten weeks ago. */
    private static Given mixerClient() {
        return new Given().bought(KETTLE_SET, 500, "89").bought(WASHER, 420, "703").bought(MIXER, 70, "299")
                .touchpoint(500, Channel.VISIT, Direction.INBOUND, "Sold the kettle and toaster; very enthusiastic.", "Paid in full.", Mood.EXCITED)
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Sold the ex-display washer-dryer with a small discount.", null, Mood.HAPPY)
                .touchpoint(380, Channel.EMAIL, Direction.OUTBOUND, "Sent our seasonal cleaning checklist for the washer-dryer.", "No reply.", null)
                .touchpoint(70, Channel.CALL, Direction.INBOUND, "Ordered the stand mixer by phone for collection on Monday.", null, Mood.EXCITED)
                .touchpoint(66, Channel.MESSAGE, Direction.OUTBOUND, "Sent a thank-you message and three tips for the stand mixer.", "Replied with thanks.",
                        Mood.HAPPY);
    }

    @Test
    void aCheckFollowUpDoneIsNotAskedAgainAndTheBriefSaysWhatItFound() {
        Brief asked = mixerClient().brief();
        assertThat(BriefEngineTest.spokenText(asked)).contains("still doing everything you need");

        Brief checked = mixerClient().promised(64, "Check Maggie is getting on with the stand mixer", 64).brief();
        String said = BriefEngineTest.spokenText(checked);
        assertThat(said).doesNotContain("still doing everything you need").doesNotContain("ask whether it still does everything")
                .contains("We checked on the stand mixer on 10 January (a follow-up, done)")
                .contains("the stand mixer was checked lately, so there is no need to ask about it again");
        assertThat(checked.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(line -> line.startsWith("We checked on the stand mixer") && line.contains("leave it unless they bring it up"));
    }

    @Test
    void aCheckOnSomethingElseIsNoCheckOnThisThing() {
        Brief brief = mixerClient().promised(480, "Check Maggie is getting on with the kettle and toaster", 480)
                .promised(60, "Chase the engineer for the stand mixer", 60).brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("still doing everything you need").doesNotContain("checked on");
    }

    @Test
    void aCheckInThatNamesNothingAndFoundAllWellCoversWhatTheyHave() {
        // Lucía Nguyen, read 46: "Checked in with Lucía; everything running smoothly" in September, and the brief asked again in December
        Brief brief = mixerClient().touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Checked in with Maggie; everything running smoothly.",
                "Happy with it.", Mood.HAPPY).brief();
        String said = BriefEngineTest.spokenText(brief);
        assertThat(said).doesNotContain("still doing everything you need").contains("the stand mixer was checked lately");
    }

    @Test
    void ourCheckEmailWithNoReplyIsNoWordOfTheirsThatItIsFine() {
        // Jordan Doyle, read 52: "Emailed Jordan to check the dryer is still running fine", no reply, read as "they told us that the dryer
        // is doing well", and its follow-up ticked off as a check made
        Brief brief = mixerClient().promised(40, "Check the stand mixer is still running fine", 40)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie to check the stand mixer is still running fine.", null, null).brief();
        String said = BriefEngineTest.spokenText(brief) + BriefEngineTest.spokenWithWhyAndAvoid(brief);
        assertThat(said).doesNotContain("they told us").doesNotContain("They told us").doesNotContain("checked lately").doesNotContain("We checked on");
    }

    @Test
    void aCheckInThatLeftAnAskOpenIsNoCheckThatCoversEverything() {
        Brief brief = mixerClient().touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Checked in with Maggie after the busy season; all good.",
                "Asked about the new attachments.", Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("the stand mixer was checked lately");
    }

    /** A long-time client who got the oven for a new kitchen four months ago. */
    private static Given ovenClient() {
        return new Given().bought(KETTLE_SET, 400, "89").bought(OVEN, 130, "899")
                .touchpoint(400, Channel.CALL, Direction.INBOUND, "Ordered the kettle and toaster by phone for collection on Saturday.", "Paid in full.",
                        Mood.NEUTRAL)
                .touchpoint(130, Channel.VISIT, Direction.INBOUND, "Bought the oven for the new kitchen; fitter will be there on Saturday.",
                        "Financing approved.", Mood.EXCITED);
    }

    @Test
    void aCallOfOursThatCheckedAndHeardNothingWrongCountsAsTheCheck() {
        Brief brief = ovenClient().touchpoint(126, Channel.CALL, Direction.OUTBOUND, "Nadia called to check the oven is level and not vibrating.",
                "Minor question answered.", null).brief();
        String said = BriefEngineTest.spokenText(brief);
        assertThat(said).doesNotContain("still doing everything you need")
                .contains("We checked on the oven on 9 November 2025 (\u201cNadia called to check the oven is level and not vibrating \u2014 Minor question answered\u201d)");
    }

    private static final Product STICK_VACUUM = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Floor care", Complexity.SIMPLE,
            new BigDecimal("349"));

    @Test
    void aCallThatNamedTheThingShortStillCountsAsTheCheck() {
        // Ananya (read 46): "how is the cordless vacuum doing?" four weeks ago, and the brief asked again about "the cordless stick vacuum"
        Brief brief = new Given().bought(KETTLE_SET, 400, "89").bought(STICK_VACUUM, 190, "349")
                .touchpoint(190, Channel.VISIT, Direction.INBOUND, "Bought the cordless vacuum after a demo from Lucy.", null, Mood.EXCITED)
                .touchpoint(27, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the cordless vacuum doing?", "Might be back for a dryer next year.",
                        Mood.EXCITED)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("still doing everything you need").contains("We checked on the cordless stick vacuum");
    }

    @Test
    void aNextCheckThatFallsThisMonthIsSaidWithinItsMonth() {
        // Wei Nakamura (read 47): "the next check can wait until about December", read on December 6
        Brief brief = new Given().bought(KETTLE_SET, 400, "89").bought(STICK_VACUUM, 300, "349")
                .touchpoint(175, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the cordless vacuum doing?", "Happy with it.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().nextStep().text()).contains("can wait until about late March");
    }

    @Test
    void aCheckWithNoAnswerFoundNothing() {
        Brief brief = ovenClient().touchpoint(60, Channel.MESSAGE, Direction.OUTBOUND, "Sent a short \"how's it going?\" message about the oven.", null, null)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("checked on the oven");
    }

    @Test
    void aCheckThatFoundTroubleIsNoAllWell() {
        Brief brief = ovenClient().touchpoint(126, Channel.CALL, Direction.OUTBOUND, "Called to check the oven is running fine.",
                "Mentioned a small rattle from the fan.", Mood.NEUTRAL).brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("checked on the oven");
    }

    @Test
    void severalChecksAreCountedAndTheNewestNamed() {
        Brief brief = ovenClient().touchpoint(126, Channel.CALL, Direction.OUTBOUND, "Called to check the oven is level.", "All fine.", null)
                .promised(119, "Check the oven is still running fine", 118).brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("We checked on the oven twice since they got it, last on 17 November 2025 (a follow-up, done)");
    }

    @Test
    void theirOwnWordThatItWorksWellIsTheAnswer() {
        Brief brief = ovenClient().touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Wrote that the oven works a treat, and the pyrolytic clean is magic.",
                null, Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("still doing everything you need")
                .contains("they told us lately that the oven is doing well")
                .contains("They told us on 14 January that the oven is doing well (\u201cWrote that the oven works a treat");
    }

    @Test
    void aCheckMoreThanHalfAYearAgoIsDueAgain() {
        Given given = new Given().bought(KETTLE_SET, 700, "89").bought(OVEN, 400, "899")
                .touchpoint(700, Channel.CALL, Direction.INBOUND, "Ordered the kettle and toaster by phone.", "Paid in full.", Mood.NEUTRAL)
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Bought the oven for the new kitchen.", "Financing approved.", Mood.EXCITED)
                .promised(390, "Check the oven is still running fine", 390);
        assertThat(BriefFacts.derive(given.input(), BriefEngineTest.NOW).values).doesNotContainKey("checkedLately");
        assertThat(BriefEngineTest.spokenText(given.brief())).doesNotContain("checked on the oven");
    }

    @Test
    void theEndOfASmallExtrasWarrantyIsNoApology() {
        Given given = ovenClient();
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, KETTLE_SET.id(), null, TODAY.minusDays(380), new BigDecimal("89"),
                TODAY.minusDays(15), null));
        Brief brief = given.brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("did not mention");
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(line -> line.startsWith("Warranty of Brio kettle & toaster set ended"));

        Given main = new Given().bought(KETTLE_SET, 700, "89")
                .touchpoint(700, Channel.CALL, Direction.INBOUND, "Ordered the kettle and toaster by phone.", "Paid in full.", Mood.NEUTRAL);
        main.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, OVEN.id(), null, TODAY.minusDays(380), new BigDecimal("899"), TODAY.minusDays(15), null));
        main.products.put(OVEN.id(), OVEN);
        main.touchpoint(380, Channel.VISIT, Direction.INBOUND, "Bought the oven for the new kitchen.", "Financing approved.", Mood.EXCITED);
        assertThat(BriefEngineTest.spokenText(main.brief())).contains("The warranty on the oven ended on 28 February and we did not mention it");
    }

    @Test
    void aHappyTrustingClientsCallAboutTheirMixerIsNoBrainstorm() {
        Given given = mixerClient().promised(64, "Check Maggie is getting on with the stand mixer", 64);
        for (int i = 0; i < 8; i++) {
            given.talked(360 - i * 30, Mood.HAPPY, "Chat " + i);
        }
        Brief brief = given.touchpoint(66, Channel.MESSAGE, Direction.INBOUND, "Loved the tips.", "Thanked us.", Mood.HAPPY).brief();
        assertThat(brief.trust()).isEqualTo(TrustLevel.HIGH);
        assertThat(brief.conversation().type()).isNotEqualTo(ConversationType.COLLABORATION);
    }
    @Test
    void aQuestionAboutAnErrandAroundTheThingIsAboutTheThing() {
        assertThat(BriefFacts.askedThing("whether we take the old appliance away when delivering the washer-dryer")).isEqualTo("the washer-dryer");
        assertThat(BriefFacts.askedThing("whether you can fit the hob when you install the oven")).isEqualTo("the oven");
        assertThat(BriefFacts.askedThing("about the energy rating of the washer-dryer")).isEqualTo("the washer-dryer");
        Brief brief = new Given()
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Wanted to know the running costs of the washer-dryer.", "Sent a quote.", Mood.HAPPY)
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Asked whether we take the old appliance away when delivering the washer-dryer.",
                        "Sent a quote.", Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("the old appliance away easy").doesNotContain("dates for the old appliance away");
    }
    @Test
    void ourCallAskingHowItIsDoingIsACheckEvenAYearOn() {
        Brief brief = new Given().bought(KETTLE_SET, 700, "89").bought(OVEN, 400, "899")
                .touchpoint(700, Channel.CALL, Direction.INBOUND, "Ordered the kettle and toaster by phone.", "Paid in full.", Mood.NEUTRAL)
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Bought the oven for the new kitchen.", "Financing approved.", Mood.EXCITED)
                .touchpoint(120, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the oven doing?", "Happy with it.", Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("still does everything they need").doesNotContain("still doing everything you need");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .contains("We checked on the oven on 15 November 2025 (\u201cCalled Maggie: how is the oven doing? \u2014 Happy with it\u201d), and nothing since"
                        + " tells of trouble: leave it unless they bring it up.");
    }
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento robot vacuum", "Floor care", Complexity.SIMPLE, new BigDecimal("429"));

    @Test
    void whatTheyBoughtSinceTheCheckedThingIsStillAskedAfter() {
        Brief brief = ovenClient().bought(VACUUM, 122, "429")
                .touchpoint(122, Channel.CALL, Direction.INBOUND, "Ordered the robot vacuum by phone.", "Took it home the same day.", Mood.EXCITED)
                .promised(125, "Check the oven is still running fine", 125).brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .anyMatch(line -> line.startsWith("We checked on the oven"))
                .anyMatch(line -> line.startsWith("They have also got the robot vacuum since"));
    }
}
