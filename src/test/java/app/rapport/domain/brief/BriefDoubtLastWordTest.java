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
 * A new client who told us of a doubt, and has said nothing since, still has that doubt: our own
 * messages since carry no word of theirs, so the call is about clearing it, not "we don't know yet
 * how it is going" (Ngozi Fontaine, read 21). Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefDoubtLastWordTest {
    private static final Product TOUCH_UP = new Product(UUID.randomUUID(), "Root colour touch-up", "Colour", Complexity.SIMPLE,
            new BigDecimal("65"));

    private static Given unsureTenWeeksAgoAndOnlyUsSince() {
        return new Given().bought(TOUCH_UP, 85, "65")
                .touchpoint(76, Channel.CALL, Direction.INBOUND,
                        "Ngozi unsure about the root touch-up: likes the tone, not how bright it is around the face.",
                        "Offered a free check with Ellie.", Mood.DOUBTFUL)
                .touchpoint(74, Channel.MESSAGE, Direction.OUTBOUND, "Message to Ngozi: how to keep the root touch-up fresh between visits.",
                        "Opened the message.", null);
    }

    @Test
    void aNewClientsDoubtThatIsStillTheirLastWordLeadsTheCall() {
        Brief brief = unsureTenWeeksAgoAndOnlyUsSince().brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("honeymoon.doubtful");
        assertThat(brief.conversation().opener().text()).contains("root touch-up");
    }

    @Test
    void aDoubtFollowedByAWordOfTheirsFadesAfterItsDays() {
        Brief brief = unsureTenWeeksAgoAndOnlyUsSince()
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Ngozi asked whether we sell the purple shampoo.",
                        "Told her we do.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("honeymoon.doubtful");
    }
}
