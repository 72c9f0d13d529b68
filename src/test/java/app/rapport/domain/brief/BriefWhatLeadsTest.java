package app.rapport.domain.brief;

import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leads the call and what is said in it is about this client: what they come to us for, not
 * a gift or an add-on; the people and the plans they told us of; and, when a rival comes up, an
 * answer that meets its weak spot or none at all. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}); the histories are hand-written from reads 21–27.
 */
class BriefWhatLeadsTest {

    // ---- competitor answers that meet the weakness ------------------------------------------------------------

    private static final String[] GROUP_STRENGTHS = {
            "Local people answer the phone, never a call centre",
            "Our own trained team does the work, never subcontractors",
            "Known in town for twenty years"};

    private static List<String> rivalLines(Brief brief, String rival) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text)
                .filter(text -> text.contains("If " + rival + " comes up")).toList();
    }

    @Test
    void aRivalsRetiringOwnerIsNotAnsweredByWhoPicksUpThePhone() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Asked whether we match their quote")
                .competitor(CompetitorRelation.CONSIDERING, "Henley & Sons", "Small range, mostly older models", "No online shop",
                        "Owner close to retirement")
                .ours(GROUP_STRENGTHS).brief();

        assertThat(rivalLines(brief, "Henley & Sons")).noneMatch(line -> line.contains("Local people answer the phone"))
                .allMatch(line -> line.contains("Owner close to retirement") && line.contains("Known in town for twenty years"));
    }

    @Test
    void aRushedRivalWithADifferentStylistEveryTimeIsAnsweredByTheSameFaces() {
        Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Has a quote from them")
                .competitor(CompetitorRelation.CONSIDERING, "QuickSnip", "No colour services", "Rushed, fifteen-minute cuts",
                        "A different stylist every time")
                .ours(GROUP_STRENGTHS).brief();

        assertThat(rivalLines(brief, "QuickSnip")).singleElement().satisfies(line -> assertThat(line)
                .contains("A different stylist every time").contains("Our own trained team").doesNotContain("Local people"));
    }

    @Test
    void aWeakSpotNothingOfOursMeetsIsLeftUnsaid() {
        for (String weakness : List.of("Limited multi-depot support", "Limited colour work at home", "Only two chairs: waits of three weeks")) {
            Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared notes")
                    .competitor("Rival", weakness).ours(GROUP_STRENGTHS).brief();
            assertThat(rivalLines(brief, "Rival")).as(weakness).isEmpty();
        }
    }

    @Test
    void aWeakSpotAboutReachingSomeoneIsAnsweredByWhoPicksUp() {
        for (String weakness : List.of("Hard to reach after-sales", "No one to talk to after the sale", "Support by email only")) {
            Brief brief = new Given().bought(KETTLE, 200).talked(3, Mood.NEUTRAL, "Compared notes")
                    .competitor("Rival", weakness).ours(GROUP_STRENGTHS).brief();
            assertThat(rivalLines(brief, "Rival")).as(weakness).singleElement()
                    .satisfies(line -> assertThat(line).contains(weakness).contains("Local people answer the phone"));
        }
    }
}
