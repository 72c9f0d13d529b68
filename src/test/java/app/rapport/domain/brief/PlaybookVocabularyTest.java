package app.rapport.domain.brief;

import app.rapport.domain.brief.PlaybookVocabulary.ConditionKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the playbook form offers are words the engine reads: a form cannot write a rule the engine refuses. */
class PlaybookVocabularyTest {
    private final PlaybookVocabulary vocabulary = BriefEngine.vocabulary();

    @Test
    void everyConditionTakesAValueOfTheKindTheFormWritesAndRefusesAnotherKind() {
        assertThat(vocabulary.conditions()).containsKeys("phase", "mood", "daysSincePurchase", "openComplaint", "renewalWithinDays", "productCategory");
        vocabulary.conditions().forEach((name, kind) -> {
            Object written = switch (kind) {
                case CHOICE -> List.of(vocabulary.choices().get(name).get(0));
                case TEXT -> "Colour";
                case RANGE -> Map.of("min", 0, "max", 30);
                case NUMBER -> 30;
                case FLAG -> true;
            };
            assertThat(BriefEngine.conditionsProblem(Map.of(name, written))).as(name + " as " + kind).isEmpty();
            Object wrongKind = kind == ConditionKind.FLAG ? "yes" : kind == ConditionKind.TEXT || kind == ConditionKind.CHOICE ? Map.of("min", 1) : "soon";
            if (kind != ConditionKind.TEXT) {
                assertThat(BriefEngine.conditionsProblem(Map.of(name, wrongKind))).as(name + " given " + wrongKind).isPresent();
            }
        });
    }

    @Test
    void theChoicesAreTheOnesTheEngineKnowsAndThePlaceholdersFillABrief() {
        assertThat(vocabulary.choices().get("phase")).contains("honeymoon", "honeymoon-at-risk", "mature");
        assertThat(vocabulary.choices().get("mood")).contains("excited", "regretful", "none");
        assertThat(BriefEngine.conditionsProblem(Map.of("mood", "thrilled"))).isPresent();
        assertThat(vocabulary.placeholders()).contains("greeting", "lastPurchase");
        vocabulary.placeholders().forEach(name ->
                assertThat(BriefEngine.suggestionProblem(Map.of("goal", "{" + name + "}"))).as(name).isEmpty());
        assertThat(vocabulary.suggestions()).contains("type", "goal", "talkingPoints", "avoid");
    }
}
