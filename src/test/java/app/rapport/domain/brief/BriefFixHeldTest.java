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
 * Something we put right is asked after by its own name: a complaint about the Dispatch licence is not the fleet tracking licence
 * renewed since, though both are licences (Marlow Removals, read 52). Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefFixHeldTest {
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3600"));

    @Test
    void aFixIsAskedAfterOnTheLicenceTheComplaintNamedNotTheNewestLicence() {
        Given given = new Given().bought(TRACKING, 480, "4460").bought(DISPATCH, 140, "3600").bought(TRACKING, 30, "4460")
                .touchpoint(140, Channel.CALL, Direction.OUTBOUND, "Signed the Dispatch licence with Maggie; handed over to onboarding.", "Contract signed.",
                        Mood.EXCITED)
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Maggie unhappy that a promised Dispatch licence feature is still missing.",
                        "Apologised; passed to product.", Mood.FRUSTRATED)
                .touchpoint(36, Channel.MEETING, Direction.OUTBOUND, "Fixed the missing report in the Dispatch licence with Maggie.", "Working now.",
                        Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Renewed the Fleet Tracking licence for another year.", "Acknowledged.", Mood.NEUTRAL)
                .opportunity(OpportunityKind.COMPLAINT, OpportunityStatus.WON, DISPATCH.id(), "Missing feature promised for the Dispatch licence", 36);
        String said = BriefEngineTest.spokenText(given.brief());
        assertThat(said).doesNotContain("well with the fleet tracking licence since");
        assertThat(said).contains("the dispatch licence since we put it right");
    }

    @Test
    void aWorkaroundUntilTheFeatureShipsIsNoFixPutRight() {
        // Marlow Removals, read 52: "Agreed a workaround with Kenji until the feature ships", and nothing since says it shipped
        Given given = new Given().bought(TRACKING, 480, "4460").bought(DISPATCH, 140, "3600")
                .touchpoint(140, Channel.CALL, Direction.OUTBOUND, "Signed the Dispatch licence with Maggie; handed over to onboarding.", "Contract signed.",
                        Mood.EXCITED)
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Maggie unhappy that a promised Dispatch licence feature is still missing.",
                        "Apologised; passed to product.", Mood.FRUSTRATED)
                .touchpoint(36, Channel.MEETING, Direction.OUTBOUND, "Agreed a workaround with Maggie until the feature ships.", "Workaround accepted.",
                        Mood.NEUTRAL)
                .opportunity(OpportunityKind.COMPLAINT, OpportunityStatus.WON, DISPATCH.id(), "Missing feature promised for the Dispatch licence", 36);
        String said = BriefEngineTest.spokenText(given.brief());
        assertThat(said).doesNotContain("since we put it right").contains("since we agreed the workaround").contains("where the proper fix stands");
    }
}
