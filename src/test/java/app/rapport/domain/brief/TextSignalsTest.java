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
}
