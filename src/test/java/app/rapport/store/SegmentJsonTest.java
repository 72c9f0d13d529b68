package app.rapport.store;

import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.SegmentCriteria;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phases in a segment's stored JSON: written by their code, read by their code or their enum name. */
class SegmentJsonTest {
    @Test
    void everyPhaseIsWrittenByItsCodeAndReadBack() {
        SegmentCriteria criteria = SegmentCriteria.EVERYONE.withPhases(EnumSet.allOf(Phase.class)).withMoods(Set.of(Mood.FRUSTRATED));

        String json = SegmentJson.write(criteria);

        assertThat(json).isEqualTo("{\"version\":1,\"phases\":[\"honeymoon\",\"honeymoon-at-risk\",\"lapsed\",\"mature\",\"prospect\"],"
                + "\"moods\":[\"frustrated\"]}");
        assertThat(SegmentJson.read(json)).isEqualTo(criteria);
    }

    @Test
    void phasesAreReadByTheirCodeOrTheirEnumNameInAnyCase() {
        SegmentCriteria read = SegmentJson.read("{\"version\": 1, \"phases\": [\"mature\", \"HONEYMOON_AT_RISK\", \" Honeymoon \", \"lapsed\"]}");

        assertThat(read.phases()).containsExactlyInAnyOrder(Phase.MATURE, Phase.HONEYMOON_AT_RISK, Phase.HONEYMOON, Phase.LAPSED);
        assertThat(SegmentJson.read("{\"phases\": [\"honeymoon_at_risk\"]}").phases()).containsExactly(Phase.HONEYMOON_AT_RISK);
    }

    @Test
    void anUnknownPhaseIsNamedInTheError() {
        assertThatThrownBy(() -> SegmentJson.read("{\"version\": 1, \"phases\": [\"at-risk\"]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Segment criterion 'phases' has an unknown value 'at-risk'");
        assertThatThrownBy(() -> SegmentJson.read("{\"phases\": [\"\"]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Segment criterion 'phases' has an unknown value ''");
    }
}
