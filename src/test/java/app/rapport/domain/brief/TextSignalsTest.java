package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The logged words read the way a colleague reads them. */
class TextSignalsTest {
    @Test
    void aCallToVoicemailOrAMessageLeftUnansweredIsNoReply() {
        assertThat(TextSignals.saysNoReply("No reply yet.")).isTrue();
        assertThat(TextSignals.saysNoReply("Left a voicemail")).isTrue();
        assertThat(TextSignals.saysNoReply("Opened the message")).isTrue();
        assertThat(TextSignals.saysNoReply("Replied with thanks.")).isFalse();
        assertThat(TextSignals.saysNoReply(null)).isFalse();
    }

    @Test
    void aProblemIsSettledWhenTheWordsSaySoAndNotWhenTheySayNotYet() {
        assertThat(TextSignals.saysSettled("Fixed; confirmed with Pierre")).isTrue();
        assertThat(TextSignals.saysSettled("Replaced the seal; works now")).isTrue();
        assertThat(TextSignals.saysSettled("Not fixed yet; part ordered")).isFalse();
        assertThat(TextSignals.saysSettled("Still not resolved")).isFalse();
        assertThat(TextSignals.saysSettled("The kettle leaks")).isFalse();
        assertThat(TextSignals.saysSettled("Turned down the extended warranty — Already has one that works fine.")).isFalse();
        assertThat(TextSignals.saysSettled("Their own one works fine, thanks")).isFalse();
        assertThat(TextSignals.saysSettled("Replaced the pump; works fine now")).isTrue();
    }

    @Test
    void aReviewsStarsSaidInWordsAreItsScore() {
        assertThat(TextSignals.rating("Left a five-star review.")).isEqualTo(new TextSignals.Rating(5, 5, null));
        assertThat(TextSignals.rating("Left a five-star review.").top()).isTrue();
        assertThat(TextSignals.rating("Gave us 2 stars on Google").low()).isTrue();
        assertThat(TextSignals.rating("Rated 4/5; the installers were late").words()).isEqualTo("the installers were late");
        assertThat(TextSignals.rating("Starred the email for later")).isNull();
    }

    @Test
    void anOfferWithItsPriceIsAPriceGiven() {
        assertThat(TextSignals.saysOfferedAtAPrice("Offered Ethan the annual service plan at 10% off as a returning customer.")).isTrue();
        assertThat(TextSignals.saysOfferedAtAPrice("Offered them the gloss for €45 on their next visit")).isTrue();
        assertThat(TextSignals.saysOfferedAtAPrice("Offered to call back after checking with Marco")).isFalse();
        assertThat(TextSignals.saysOfferedAtAPrice("Offered Ethan the annual service plan")).isFalse();
    }

    @Test
    void cautionsAndTheWrittenChannelANoteAsksFor() {
        assertThat(TextSignals.isCaution("Hard of hearing on the left side")).isTrue();
        assertThat(TextSignals.isCaution("Do NOT post photos online")).isTrue();
        assertThat(TextSignals.isCaution("Allergic to nickel")).isTrue();
        assertThat(TextSignals.isCaution("Keeps the receipts in a folder")).isFalse();
        assertThat(TextSignals.writtenPreference("Hard of hearing; email rather than call.")).contains(Channel.EMAIL);
        assertThat(TextSignals.writtenPreference("Prefers texts over calls; works night shifts.")).contains(Channel.MESSAGE);
        assertThat(TextSignals.writtenPreference("No phone calls please")).contains(Channel.EMAIL);
        assertThat(TextSignals.writtenPreference("Do not call before 10am")).isEmpty();
        assertThat(TextSignals.writtenPreference("Hard of hearing on the left side")).isEmpty();
    }

    @Test
    void whatTheyAskedAndWhetherItWasAnswered() {
        assertThat(TextSignals.saysTheyAsked("Fatima asked for a quote for the onboarding project")).isTrue();
        assertThat(TextSignals.saysTheyAsked("Wants a roadmap update")).isTrue();
        assertThat(TextSignals.saysTheyAsked("Lovely chat at the counter")).isFalse();
        assertThat(TextSignals.saysAnswered("Quote sent the same day")).isTrue();
        assertThat(TextSignals.saysAnswered("Wants a quote")).isFalse();
        assertThat(TextSignals.saysPending("Wants a quote")).isTrue();
        assertThat(TextSignals.saysPending("Will come in on Tuesday to see it")).isFalse();
    }

    @Test
    void linesThatSellOrAskForAdvocacyAreToldFromLinesThatCare() {
        assertThat(LineIntent.guess("Suggest one complementary product that fits the kettle.")).isEqualTo(LineIntent.SELL);
        assertThat(LineIntent.guess("Any offer or upsell until the problem is resolved.")).isEqualTo(LineIntent.SELL);
        assertThat(LineIntent.guess("Ask whether they would share their experience in a short review.")).isEqualTo(LineIntent.ADVOCACY);
        assertThat(LineIntent.guess("Ask whether a friend or colleague could use the same.")).isEqualTo(LineIntent.ADVOCACY);
        assertThat(LineIntent.guess("Propose a short review of their concerns this week.")).isEqualTo(LineIntent.CARE);
        assertThat(LineIntent.guess("Offer help with anything that has not gone as expected.")).isEqualTo(LineIntent.CARE);
        assertThat(BriefCritic.ownWords("Deliver it (\u201cSend the referral discount code\u201d) now")).doesNotContain("referral");
    }

    @Test
    void whatTheyAskedIsReadAsAPhraseThatCanBeSaidBackToThem() {
        assertThat(TextSignals.ask("Freya asked about the balayage after seeing another client's result.", false))
                .satisfies(ask -> {
                    assertThat(ask.phrase()).isEqualTo("about the balayage");
                    assertThat(ask.kind()).isEqualTo(TextSignals.AskKind.PRICE);
                });
        assertThat(TextSignals.ask("Enquiry from Freya: can we do the wedding-day styling early on a Saturday morning?", false).phrase())
                .isEqualTo("whether we can do the wedding-day styling early on a Saturday morning");
        assertThat(TextSignals.ask("Sent a photo of the look they are after and asked whether a root touch-up would get there.", false).phrase())
                .isEqualTo("whether a root touch-up would get there");
        assertThat(TextSignals.ask("Asked what the balayage could do for their hair type", false).spoken())
                .isEqualTo("what the balayage could do for your hair type");
        // What we asked them, a refusal and their own plans are no ask of us.
        assertThat(TextSignals.ask("Thanked Freya for coming in and asked for a photo once they have styled it themselves.", true)).isNull();
        assertThat(TextSignals.ask("Thanked Ana for choosing us; asked them to get in touch with any questions about the dryer.", true)).isNull();
        assertThat(TextSignals.ask("Maggie declined the gloss package after hearing the price", false)).isNull();
        assertThat(TextSignals.ask("Wants to come in before the holidays", false)).satisfies(plan -> {
            assertThat(plan.kind()).isEqualTo(TextSignals.AskKind.PLAN);
            assertThat(plan.phrase()).isEqualTo("wanted to come in before the holidays");
        });
        assertThat(TextSignals.ask("Rated the visit 4/5; would like shorter waits", false)).isNull();
        assertThat(TextSignals.ask("Called Keiko: how is the hob doing? => Might be back for a dryer next year.", true)).isNull();
        assertThat(TextSignals.ask("Might be back for a dryer next year.", false).phrase()).isEqualTo("might be back for a dryer next year");
        assertThat(TextSignals.askOutcome("Will decide after payday")).isEqualTo(TextSignals.AskOutcome.DECIDING);
        assertThat(TextSignals.askOutcome("Will call back after checking with Ellie")).isEqualTo(TextSignals.AskOutcome.OWED);
        assertThat(TextSignals.askOutcome("Sent the price list")).isEqualTo(TextSignals.AskOutcome.INFORMED);
        assertThat(TextSignals.askOutcome("Booked a patch test")).isEqualTo(TextSignals.AskOutcome.DONE);
        assertThat(TextSignals.requestPhrase("Wants a quote for the dash cams")).isEqualTo("for a quote for the dash cams");
        assertThat(TextSignals.requestPhrase("Engraving on the kettle")).isEqualTo("about the engraving on the kettle");
    }

    @Test
    void catalogueNamesAreSaidTheWayPeopleSayThem() {
        assertThat(SpokenName.of("FieldLine Fleet Tracking licence (annual, 25 vehicles)", "")).isEqualTo("the fleet tracking licence");
        assertThat(SpokenName.of("Nordvik 8 kg washing machine", "")).isEqualTo("the washing machine");
        assertThat(SpokenName.of("Vento robot vacuum", "the robot vacuum keeps getting stuck")).isEqualTo("the robot vacuum");
        assertThat(SpokenName.of("Vento robot vacuum", "")).isEqualTo("the vento robot vacuum");
        assertThat(SpokenName.of("Root colour touch-up", "came in for the root touch-up")).isEqualTo("the root colour touch-up");
        assertThat(SpokenName.of("Colour-protect shampoo (250 ml)", "")).isEqualTo("the colour-protect shampoo");
        assertThat(SpokenName.of("Halden American-style fridge freezer", "the fridge freezer is noisy")).isEqualTo("the fridge freezer");
        assertThat(SpokenName.of("American-style fridge freezer", "")).isEqualTo("the American-style fridge freezer");
        assertThat(SpokenName.of("GPS tracker units (pack of 10)", "")).isEqualTo("the GPS tracker units");
        assertThat(SpokenName.of("Annual appliance service plan", "")).isEqualTo("the service plan");
        assertThat(SpokenName.of("Gloss & tone package (3 visits)", "")).isEqualTo("the gloss and tone package");
        assertThat(SpokenName.of("Castello built-in pyrolytic oven", "sent our seasonal cleaning checklist for the oven")).isEqualTo("the oven");
    }
    @Test
    void aProblemToldWithABareWordSaysWhatItHappenedTo() {
        assertThat(TextSignals.problem("Warranty claim from Sasha: a button on the capsule coffee maker broke."))
                .isEqualTo("a button on the capsule coffee maker broke");
        assertThat(TextSignals.problem("Called: the dryer stopped working on Sunday")).isEqualTo("the dryer stopped working");
        assertThat(TextSignals.problem("Mentioned a small rattle; booked a check.")).isEqualTo("a small rattle");
    }

    @Test
    void anAskToMatchAPriceFromElsewhereIsReadAndAMatchingColourIsNot() {
        assertThat(TextSignals.asksUsToMatch("Has a quote from Henley & Sons and asked whether we can match it.")).isTrue();
        assertThat(TextSignals.asksUsToMatch("Do you price-match on the fridge freezer?")).isTrue();
        assertThat(TextSignals.asksUsToMatch("Wanted to know if we could beat their quote")).isTrue();
        assertThat(TextSignals.asksUsToMatch("Can you match the price at MegaVolt?")).isTrue();
        assertThat(TextSignals.asksUsToMatch("The new cooker is a perfect match for her kitchen.")).isFalse();
        assertThat(TextSignals.asksUsToMatch("Chose a colour that matches the tiles.")).isFalse();
        assertThat(TextSignals.asksUsToMatch(null)).isFalse();
    }

    @Test
    void aRefusalsReasonSaysWhatAPriceCouldAnswer() {
        assertThat(TextSignals.refusalWaitsFor("Will wait for a promotion.")).isEqualTo(TextSignals.WaitsFor.PROMOTION);
        assertThat(TextSignals.refusalWaitsFor("Waiting for the January sale")).isEqualTo(TextSignals.WaitsFor.PROMOTION);
        assertThat(TextSignals.refusalWaitsFor("Maybe after payday")).isEqualTo(TextSignals.WaitsFor.PAYDAY);
        assertThat(TextSignals.refusalWaitsFor("Too dear for now")).isEqualTo(TextSignals.WaitsFor.TOO_DEAR);
        assertThat(TextSignals.refusalWaitsFor("Over their budget this year")).isEqualTo(TextSignals.WaitsFor.TOO_DEAR);
        assertThat(TextSignals.refusalWaitsFor("Moving house in the spring")).isEqualTo(TextSignals.WaitsFor.NOTHING);
        assertThat(TextSignals.refusalWaitsFor(null)).isEqualTo(TextSignals.WaitsFor.NOTHING);
    }

    @Test
    void aReminderOfOursIsToldFromAPromiseTheyWaitOn() {
        assertThat(TextSignals.saysOwnReminder("Call Benjamin in three months")).isTrue();
        assertThat(TextSignals.saysOwnReminder("Thank Kwame for the introduction")).isTrue();
        assertThat(TextSignals.saysOwnReminder("Close the Dispatch licence renewal with Kestrel Vending B.V")).isTrue();
        assertThat(TextSignals.saysOwnReminder("Check the induction hob is still running fine")).isTrue();
        assertThat(TextSignals.saysOwnReminder("Ask Aga about the highlights again")).isTrue();
        assertThat(TextSignals.saysOwnReminder("Call Sveta back in two days")).isFalse();
        assertThat(TextSignals.saysOwnReminder("Check whether Jonas can fit Sveta in")).isFalse();
        assertThat(TextSignals.saysOwnReminder("Chase the warranty claim for Lars")).isFalse();
        assertThat(TextSignals.saysOwnReminder("Send Jana a written quote for the annual service plan")).isFalse();
        assertThat(TextSignals.saysOwnReminder("Share the roadmap outcome with Eleanor")).isFalse();
    }
}
