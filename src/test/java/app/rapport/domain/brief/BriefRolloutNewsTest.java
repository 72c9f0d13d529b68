package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News of a roll-out since it began ("a few days after go-live; a few drivers still on paper, agreed a plan") is what the brief
 * builds on: how the plan is going, never "nothing since says how it is going"; and for a doubtful new client that set-up is the
 * live thread, ahead of an older side request of theirs (Pinecrest Electrical Ltd, read 49). Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}).
 */
class BriefRolloutNewsTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3530"));
    private static final Product TRACKERS = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware", Complexity.SIMPLE,
            new BigDecimal("1300"));

    /** A new client: trackers two months ago, a request a month old, the licence signed ten days ago and a doubtful go-live call since. */
    private static Given midRollout() {
        return signed()
                .touchpoint(37, Channel.EMAIL, Direction.INBOUND, "Asked for a Spanish-language driver app.", null, Mood.NEUTRAL)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a Spanish-language driver app", 37)
                .touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Called Lena a few days after go-live; a few drivers still on paper, agreed a plan.",
                        "On track.", Mood.DOUBTFUL);
    }

    /** Trackers two months ago, and the licence signed and handed to onboarding ten days ago. */
    private static Given signed() {
        return new Given().bought(TRACKERS, 70, "1300").bought(DISPATCH, 10, "3530")
                .touchpoint(70, Channel.CALL, Direction.INBOUND, "Lena ordered GPS trackers for the new vans.", null, Mood.NEUTRAL)
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Signed the Dispatch licence with Kestrel Cleaning; Ravi handed over to the onboarding team.",
                        "Invoice sent.", Mood.EXCITED);
    }

    @Test
    void aGoLiveCallThatLeftDriversOnPaperIsWhatTheCallBuildsOn() {
        Brief brief = midRollout().brief();
        String spoken = BriefEngineTest.spokenWithWhyAndAvoid(brief);
        assertThat(spoken).doesNotContain("nothing since says how it is going").contains("a few drivers still on paper");
        assertThat(brief.conversation().opener().text()).contains("how the plan we agreed");
    }

    @Test
    void forADoubtfulNewClientTheSetUpLeadsOverAnOlderSideRequest() {
        Brief brief = midRollout().brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.ours-under-way");
        assertThat(BriefEngineTest.spokenText(brief)).contains("Spanish-language driver app");
    }

    @Test
    void aGoLiveWithNothingLeftAndNoDoubtEndsTheSetUp() {
        Brief brief = signed().touchpoint(5, Channel.CALL, Direction.OUTBOUND, "Called Lena a few days after go-live.", "On track.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("nothing since says how it is going");
    }
}
