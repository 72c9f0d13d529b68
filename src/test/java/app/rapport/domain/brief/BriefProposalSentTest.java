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
 * A proposal they asked for months ago is "nothing since: still of interest?" only while nothing
 * answered it: a follow-up of ours that sent it, done, is what came since (Harbourside Medical
 * Supplies, read 24's contradiction). Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefProposalSentTest {
    private static final Product LICENCE = new Product(UUID.randomUUID(), "Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3900"));

    private static Given askedForTheTrainingDayProposal() {
        return new Given().bought(LICENCE, 400, "3900")
                .touchpoint(174, Channel.VISIT, Direction.OUTBOUND, "Demoed the training day to Björn and their finance lead.",
                        "Proposal requested", Mood.HAPPY)
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Björn wrote to say the licence is working well for the new drivers.",
                        "Thanked him.", Mood.HAPPY);
    }

    private static boolean saysNothingSinceOfTheTrainingDay(Brief brief) {
        return brief.conversation().talkingPoints().stream().anyMatch(line -> line.text().contains("proposal for the training day")
                && (line.text().contains("nothing since") || line.text().contains("none is on record as sent")));
    }

    @Test
    void aProposalNobodySentIsAskedAfter() {
        assertThat(saysNothingSinceOfTheTrainingDay(askedForTheTrainingDayProposal().brief())).isTrue();
    }

    @Test
    void aProposalOurDoneFollowUpSentIsNotNothingSince() {
        Brief brief = askedForTheTrainingDayProposal()
                .promised(160, "Send Harbourside the proposal for the training day", 160)
                .brief();
        assertThat(saysNothingSinceOfTheTrainingDay(brief)).isFalse();
    }
}
