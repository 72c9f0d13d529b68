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
 * They answered a notice of ours with a question ("Asked a question"), and what it asked is not logged: with nothing heard
 * from them since, the question is still theirs to have answered, and the brief says so (Tariq Flanagan, read 51).
 */
class BriefQuestionOnOurWordTest {
    private static final Product HOB = new Product(UUID.randomUUID(), "Castello 80 cm induction hob", "Cooking", Complexity.SIMPLE, new BigDecimal("899"));

    private static Given askedOnOurNotice() {
        return new Given().bought(HOB, 240, "899")
                .touchpoint(230, Channel.EMAIL, Direction.OUTBOUND, "Follow-up after the induction hob installation: any noises or error codes?", "All working.", Mood.HAPPY)
                .touchpoint(98, Channel.MESSAGE, Direction.OUTBOUND, "Notice to Morgan: new warranty terms apply to purchases from next month.", "Asked a question.", Mood.DOUBTFUL)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Told Morgan that the repair line now has evening hours.", "No reply needed.", null);
    }

    @Test
    void theirQuestionOnOurNoticeWithNothingSinceIsSaidWithTheNotice() {
        String spoken = BriefEngineTest.spokenText(askedOnOurNotice().brief());
        assertThat(spoken).contains("They asked a question on our message of").contains("new warranty terms apply").contains("find out what it was");
    }

    @Test
    void aConversationSinceWasTheirChanceToHaveItAnswered() {
        String spoken = BriefEngineTest.spokenText(askedOnOurNotice()
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Morgan rang to check the delivery times for a fridge.", "Told them Tuesdays.", Mood.NEUTRAL)
                .brief());
        assertThat(spoken).doesNotContain("asked a question on our");
    }
}
