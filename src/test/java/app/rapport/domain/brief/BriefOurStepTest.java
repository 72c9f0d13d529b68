package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session, training, check or review of ours that we found needed, offered or booked, with nothing on record since
 * that shows it happened, is said kindly and as ours (issue 15, reads 30-31: Greystone's "Needs another session" a year
 * before renewing the same licence, Omar's extra training, Fernhill's rattle check). Our own finding "Needs another
 * session" is never read as their ask ("yesterday you asked us for another session", Saltmarsh).
 */
class BriefOurStepTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software",
            Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Small appliances",
            Complexity.SIMPLE, new BigDecimal("366"));

    private static List<String> stepLines(Brief brief) {
        return brief.conversation().talkingPoints().stream()
                .filter(line -> line.rule().contains("step-") && line.text().startsWith("We ")).map(BriefLine::text).toList();
    }

    private static List<String> allText(Brief brief) {
        List<String> text = new ArrayList<>();
        brief.conversation().talkingPoints().forEach(line -> text.add(line.text()));
        brief.openItems().forEach(line -> text.add(line.text()));
        if (brief.conversation().opener() != null) {
            text.add(brief.conversation().opener().text());
        }
        if (brief.conversation().goal() != null) {
            text.add(brief.conversation().goal().text());
        }
        return text;
    }

    private static Given dispatchSignedLastYear() {
        return new Given().bought(DISPATCH, 344, "3600")
                .touchpoint(344, Channel.MEETING, Direction.INBOUND, "Greystone signed the Dispatch licence contract; kick-off meeting set for Tuesday.",
                        null, Mood.HAPPY);
    }

    @Test
    void aSessionWeFoundNeededAYearAgoWithNothingSinceIsSaidAsOursBeforeTheRenewal() {
        Brief brief = dispatchSignedLastYear()
                .touchpoint(342, Channel.MEETING, Direction.OUTBOUND, "Week-one check with Jana: the Dispatch licence is live for the first team; drivers logging in.",
                        "Needs another session.", Mood.HAPPY)
                .touchpoint(7, Channel.EMAIL, Direction.INBOUND, "Greystone renewed the fleet tracking licence for another year; invoice sent.", "Acknowledged.",
                        Mood.NEUTRAL)
                .renewal(21)
                .brief();
        List<String> lines = stepLines(brief);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("We said another session on the dispatch licence was needed")
                .contains("nothing on record since shows it happened").contains("ask kindly");
        assertThat(allText(brief)).noneMatch(text -> text.contains("they asked for another session") || text.contains("you asked us for another session"));
    }

    @Test
    void ourFindingYesterdayIsNeverTheirAskAndTheCallOffersATime() {
        Brief brief = dispatchSignedLastYear()
                .touchpoint(1, Channel.CALL, Direction.OUTBOUND, "Checked with Tomasz that the Dispatch licence works for all drivers; two needed a new login.",
                        "Needs another session.", Mood.HAPPY)
                .brief();
        assertThat(stepLines(brief)).singleElement().asString()
                .isEqualTo("We said another session on the dispatch licence was needed (yesterday): offer a time for it.".replace("(yesterday)",
                        "(" + stepDay(brief) + ")"));
        assertThat(allText(brief)).noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("asked us for another session")
                || text.toLowerCase(java.util.Locale.ROOT).contains("asked for another session"));
    }

    private static String stepDay(Brief brief) {
        String line = stepLines(brief).get(0);
        return line.substring(line.indexOf('(') + 1, line.indexOf(')'));
    }

    @Test
    void trainingWeOfferedIsSaidWhenOnlyAnInvitationByEmailCameSince() {
        Brief brief = dispatchSignedLastYear()
                .touchpoint(60, Channel.MEETING, Direction.INBOUND, "Omar worried about the time the team spends on the Dispatch licence set-up.",
                        "Offered extra training.", Mood.REGRETFUL)
                .touchpoint(59, Channel.EMAIL, Direction.OUTBOUND, "Invited Omar to a webinar on route planning.", "Forwarded to the team.", Mood.HAPPY)
                .brief();
        assertThat(stepLines(brief)).singleElement().asString().startsWith("We offered extra training on the dispatch licence")
                .contains("ask kindly whether it did");
    }

    @Test
    void aSessionHeldSinceOrAnyMeetingSinceOrAFollowUpDoneForItSaysNothing() {
        Brief held = dispatchSignedLastYear()
                .touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Onboarding kick-off with Oisín: imported the job types for the Dispatch licence.",
                        "Needs another session.", Mood.HAPPY)
                .touchpoint(50, Channel.CALL, Direction.OUTBOUND, "Claire ran a remote session to finish the configuration.", "Go-live date confirmed.",
                        Mood.HAPPY)
                .brief();
        assertThat(stepLines(held)).isEmpty();
        Brief met = dispatchSignedLastYear()
                .touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Onboarding kick-off with Oisín: imported the job types for the Dispatch licence.",
                        "Needs another session.", Mood.HAPPY)
                .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, "Lunch with Oisín; talked about the second depot.", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(stepLines(met)).isEmpty();
        Brief followedUp = dispatchSignedLastYear()
                .touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Onboarding kick-off with Oisín: imported the job types for the Dispatch licence.",
                        "Needs another session.", Mood.HAPPY)
                .promised(45, "Second onboarding session with Silverline", 44)
                .brief();
        assertThat(stepLines(followedUp)).isEmpty();
    }

    @Test
    void aRattleCheckWeBookedIsSaidUntilACheckOrTheThingPutRightIsOnRecord() {
        Given booked = new Given().bought(VACUUM, 600, "366")
                .touchpoint(338, Channel.MESSAGE, Direction.OUTBOUND, "Sent Inês a short \"how's it going?\" message about the cordless vacuum.",
                        "Mentioned a small rattle; booked a check.", Mood.HAPPY)
                .touchpoint(250, Channel.VISIT, Direction.INBOUND, "Inês stopped for a coffee at the demo counter and talked about the grandchildren.",
                        "Will come in soon.", Mood.HAPPY);
        assertThat(stepLines(booked.brief())).singleElement().asString()
                .startsWith("We booked a check for the small rattle they mentioned with the cordless stick vacuum");
        Brief checked = booked
                .touchpoint(200, Channel.CALL, Direction.OUTBOUND, "Called Inês: the engineer tightened the brush bar on the cordless vacuum.",
                        "All fine now.", Mood.HAPPY)
                .brief();
        assertThat(stepLines(checked)).isEmpty();
    }

    @Test
    void whatIsAStepOfOursAndWhatIsNot() {
        assertThat(TextSignals.stepOwed("Week-one check with Jana. Needs another session.").found()).isTrue();
        assertThat(TextSignals.stepOwed("Omar worried about set-up time. Offered extra training.").said()).isEqualTo("offered extra training");
        assertThat(TextSignals.stepOwed("Wondered whether the cut was worth it. Offered a free check with Maya.").said())
                .isEqualTo("offered a free check with Maya");
        assertThat(TextSignals.stepOwed("Doubts about adoption. Booked a review with their team.").kind()).isEqualTo(TextSignals.StepKind.REVIEW);
        assertThat(TextSignals.stepOwed("Drivers struggling with the app; we'll arrange a refresher session.").said())
                .isEqualTo("said we would arrange a refresher session");
        assertThat(TextSignals.stepOwed("Showed them the dashboard. Asked for a session.")).isNull(); // their ask, read as theirs
        assertThat(TextSignals.stepOwed("Check in with Inês.")).isNull();
        assertThat(TextSignals.stepOwed("Offered extra training; declined, not needed.")).isNull();
        assertThat(TextSignals.saysStepNeeded("Needs another session.")).isTrue();
        assertThat(TextSignals.saysStepNeeded("Wants a quote.")).isFalse();
    }
}
