package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.NOW;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static app.rapport.domain.brief.BriefOurPromiseTest.wholeCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A late follow-up that is a call of ours is the call itself, not a thing to hand over: the brief says what the call is about,
 * from the follow-up's own words ("after the oven is installed") or, when it names nothing ("Call Jana back"), from the contact
 * it was made on, and asks that. Read 49: Chloé Ahmed's "Call Ms Ahmed after the oven is installed" and Jana Stewart's "Call
 * Jana back" (the repair call-out) were both said as "Have what we promised (“Call …”) ready". Read on Sunday 15 March 2026.
 */
class BriefPromisedCallTest {
    private static final Product OVEN = new Product(UUID.randomUUID(), "Castello built-in pyrolytic oven", "Cooking", Complexity.SIMPLE,
            new BigDecimal("899"));

    @Test
    void aCallPromisedForOnceTheOvenIsInstalledAsksHowTheOvenIsAndWhetherItWasFittedWell() {
        Brief brief = new Given().bought(OVEN, 300)
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Maggie bought the oven after comparing it with two others.", "Financing approved.",
                        Mood.HAPPY)
                .promised(282, "Call Maggie after the oven is installed", null)
                .brief();
        String call = wholeCall(brief);
        assertThat(call).contains("ask how the oven has been since").contains("whether it was fitted well")
                .doesNotContain("Have what we promised").doesNotContain("Deliver what we promised");
        assertThat(brief.conversation().opener().text()).contains("I'm sorry it has taken longer");
    }

    @Test
    void aBareCallBackTakesItsSubjectFromTheContactItWasMadeOn() {
        Given given = new Given();
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Repair call-out for a dishwasher bought elsewhere", TODAY.minusDays(40),
                new BigDecimal("85"), null, null));
        given.touchpoints.add(new Touchpoint(UUID.randomUUID(), CLIENT, NOW.minus(40, ChronoUnit.DAYS), Channel.EMAIL, Direction.INBOUND,
                "Added the repair call-out to Maggie's account. Thanked us twice.", "Confirmation emailed.", Mood.HAPPY, null));
        given.touchpoints.add(new Touchpoint(UUID.randomUUID(), CLIENT, NOW.minus(33, ChronoUnit.DAYS), Channel.EMAIL, Direction.OUTBOUND,
                "Short thank-you to Maggie with the direct number for the repair call-out.", "Registered the warranty.", Mood.HAPPY,
                TODAY.minusDays(23)));
        Brief brief = given.promised(23, "Call Maggie back", null).brief();
        String call = wholeCall(brief);
        assertThat(call).contains("the repair call-out").contains("went as it should")
                .doesNotContain("Have what we promised").doesNotContain("Deliver what we promised");
    }

    @Test
    void aCallBackAboutSomethingIsThatCallWithWhatTheyWaitToHear() {
        Brief brief = new Given().bought(BriefEngineTest.KETTLE, 300).talked(30, Mood.NEUTRAL, "Maggie asked about it")
                .promised(9, "Call Maggie back about delivery times", null).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise.call");
        assertThat(brief.conversation().opener().text()).contains("we said we'd call you back about delivery times by ");
        assertThat(wholeCall(brief)).contains("We promised to get back to them about delivery times by 6 March")
                .doesNotContain("Have what we promised");
    }

    @Test
    void aBareCallBackWithNothingToSayWhatItWasAboutKeepsThePromiseFrame() {
        Brief brief = new Given().bought(OVEN, 200)
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Maggie bought the oven.", "Paid in full.", Mood.HAPPY)
                .promised(10, "Call Maggie back", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
    }

    @Test
    void aCallIsReadFromTheFollowUpsWords() {
        java.util.List<String> names = java.util.List.of("Chloé Ahmed", "Ms Ahmed", "Chloé");
        assertThat(OwedWords.call("Call Ms Ahmed after the oven is installed", names)).isEqualTo(new OwedWords.Call(null, "the oven is installed"));
        assertThat(OwedWords.call("Call Chloé back", names)).isEqualTo(new OwedWords.Call(null, null));
        assertThat(OwedWords.call("Call Chloé back about delivery times", names)).isEqualTo(new OwedWords.Call("delivery times", null));
        assertThat(OwedWords.call("Call the supplier about the part", names)).isNull();
        assertThat(OwedWords.call("Send Chloé the quote", names)).isNull();
    }
}
