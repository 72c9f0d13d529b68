package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Something we owe them leads over what we would sell them: a service they paid for months ago, with our own
 * follow-up to book it still open and nothing since that speaks of it, is the call, with a sorry, and an offer of
 * ours waiting for their answer is a line under it (Kingfisher Medical Supplies, read 49).
 */
class BriefOwedFirstTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product TRAINING = new Product(UUID.randomUUID(), "On-site training day", "Professional services", Complexity.SIMPLE,
            new BigDecimal("950"));

    /** A client of over a year who paid for a training day eight months ago; we suggested GPS trackers lately and they are thinking. */
    private static Given paidForTraining() {
        return new Given().bought(DISPATCH, 440, "3600").bought(TRAINING, 238, "950")
                .touchpoint(239, Channel.EMAIL, Direction.INBOUND, "Lena asked what the training day involves and how long it takes.", "Answered; sent the outline.",
                        Mood.NEUTRAL)
                .touchpoint(238, Channel.EMAIL, Direction.OUTBOUND, "Statement of work for the training day signed by Kestrel Haulage.", "Invoice sent.", Mood.EXCITED)
                .touchpoint(234, Channel.EMAIL, Direction.OUTBOUND, "Thanked Lena for the order; introduced the onboarding lead.", "No reply.", null)
                .touchpoint(76, Channel.EMAIL, Direction.INBOUND, "Kestrel Haulage renewed the Dispatch licence for another year; invoice sent.", "Acknowledged.",
                        Mood.NEUTRAL)
                .touchpoint(12, Channel.CALL, Direction.OUTBOUND, "Suggested the GPS trackers to Lena as the fleet grows.", "Thinking about it.", Mood.EXCITED);
    }

    @Test
    void aServicePaidForAndNeverGivenLeadsWithASorryOverOurOffer() {
        Brief brief = paidForTraining().promised(236, "Book the training day with Lena", null).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.paid-not-given");
        assertThat(brief.conversation().owner().text()).contains("paid for the training day").contains("Book the training day with Lena");
        assertThat(brief.conversation().opener().text()).contains("you paid for the training day").contains("sorry");
        assertThat(brief.conversation().nextStep().text()).startsWith("Book the training day");
        // the offer still waiting for their answer is said, but under what we owe
        assertThat(brief.conversation().talkingPoints().get(0).rule()).isEqualTo("situation.paid-not-given");
    }

    @Test
    void oneGivenOrSpokenOfSinceOrWithNoOpenFollowUpIsNotOwed() {
        Brief held = paidForTraining().promised(236, "Book the training day with Lena", null)
                .touchpoint(150, Channel.VISIT, Direction.OUTBOUND, "Ran the training day at the main depot with eight dispatchers.", "Went well.", Mood.HAPPY)
                .brief();
        assertThat(held.conversation().owner().rule()).isNotEqualTo("situation.paid-not-given");
        Brief booked = paidForTraining().promised(236, "Book the training day with Lena", 236).brief();
        assertThat(booked.conversation().owner().rule()).isNotEqualTo("situation.paid-not-given");
        Brief noFollowUp = paidForTraining().brief();
        assertThat(noFollowUp.conversation().owner().rule()).isNotEqualTo("situation.paid-not-given");
    }
}
