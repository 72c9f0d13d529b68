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
 * Something we booked, arranged or set (a kick-off, a check, a next visit) is open until the record shows it happened:
 * a follow-up ticked off that only saw it put in the diary, our own plan for it, or talk of the thing since do not make it
 * held, and the brief names its day instead of reading the product as in use or the client as having nothing going on.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefBookedNotHeldTest {
    private static final Product ANALYTICS = new Product(UUID.randomUUID(), "FieldLine Insights analytics module (annual)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("2400"));
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));
    private static final Product SCANNER = new Product(UUID.randomUUID(), "Handheld barcode scanner", "Hardware", Complexity.SIMPLE, new BigDecimal("342"));

    /** Signed 40 days ago and handed to onboarding, our plan sent five days on and answered; the kick-off check ticked off with nothing logged. */
    private static Given handedToOnboarding() {
        return new Given().bought(SCANNER, 230, "342").bought(ANALYTICS, 40, "2400")
                .touchpoint(230, Channel.MEETING, Direction.INBOUND, "Kestrel Cleaning ordered barcode scanners for the depot.", "Invoice sent.", Mood.HAPPY)
                .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, "Signed the analytics module with Kestrel Cleaning; Ravi handed over to the onboarding team.",
                        null, Mood.EXCITED)
                .touchpoint(35, Channel.EMAIL, Direction.OUTBOUND, "Thank-you email to Lena after signing, with the onboarding plan for the analytics module.",
                        "Replied with the team list.", Mood.HAPPY)
                .promised(20, "Check the kick-off is scheduled for Kestrel Cleaning", 20);
    }

    @Test
    void aKickOffCheckTickedOffAndOurOnboardingPlanDoNotMakeTheProductOneInUse() {
        Brief brief = handedToOnboarding().brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.ours-under-way");
        assertThat(BriefEngineTest.spokenText(brief)).contains("the set-up of the analytics module").doesNotContain("day to day");
        assertThat(brief.conversation().opener().text()).contains("the kick-off for the analytics module has happened");
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).contains("no kick-off is on record");
    }

    @Test
    void aWordOfTheirsThatTheSetUpMovedOnOrAFollowUpThatHeldItEndsIt() {
        Brief live = handedToOnboarding()
                .touchpoint(12, Channel.CALL, Direction.INBOUND, "Lena says the analytics module went live for the office team.", "All good.", Mood.HAPPY)
                .brief();
        assertThat(live.conversation().goal().rule()).isNotEqualTo("situation.ours-under-way");
        Brief held = handedToOnboarding().promised(15, "Run the kick-off for Kestrel Cleaning", 15).brief();
        assertThat(held.conversation().goal().rule()).isNotEqualTo("situation.ours-under-way");
    }

    @Test
    void aKickOffSetForADayThatHasPassedIsNamedWithItsDay() {
        // Monday March 2: "set for Tuesday" is March 3, twelve days ago
        Brief brief = new Given().bought(SCANNER, 230, "342").bought(TRACKING, 14, "4460")
                .touchpoint(230, Channel.MEETING, Direction.INBOUND, "Kestrel Haulage ordered barcode scanners for the depot.", "Invoice sent.", Mood.HAPPY)
                .touchpoint(13, Channel.MEETING, Direction.INBOUND, "Kestrel Haulage signed the Fleet Tracking licence contract; kick-off meeting set for Tuesday.",
                        "Invoice sent.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.ours-under-way");
        assertThat(brief.conversation().opener().text()).containsPattern("the kick-off meeting on Tuesday, (?:March 3|3 March) went ahead");
        assertThat(BriefEngineTest.spokenText(brief)).containsPattern("was set for Tuesday, (?:March 3|3 March)").contains("nothing on record since shows it took place");
        // its day still ahead: made ready for, not asked after
        Brief ahead = new Given().bought(SCANNER, 230, "342").bought(TRACKING, 2, "4460")
                .touchpoint(2, Channel.MEETING, Direction.INBOUND, "Kestrel Haulage signed the Fleet Tracking licence contract; kick-off meeting set for Tuesday.",
                        "Invoice sent.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(ahead)).doesNotContain("went ahead").doesNotContain("nothing on record since");
    }

    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Coffee", Complexity.COMPLEX, new BigDecimal("649"));

    /** A rattle check booked 108 days ago; a chat about their kitchen since, and their praise of the machine. */
    private static Given rattleCheckThenPraise(String since) {
        return new Given().bought(COFFEE, 240, "649")
                .touchpoint(240, Channel.CALL, Direction.INBOUND, "Frank ordered the coffee machine by phone.", "Paid in full.", Mood.EXCITED)
                .touchpoint(108, Channel.CALL, Direction.OUTBOUND, "Called Frank: how is the coffee machine doing?", "Mentioned a small rattle; booked a check.",
                        Mood.HAPPY)
                .touchpoint(93, Channel.VISIT, Direction.OUTBOUND, "Chatted with Frank about the kitchen renovation.", "Thanked us.", Mood.EXCITED)
                .touchpoint(77, Channel.VISIT, Direction.INBOUND, since, "Nice chat.", Mood.EXCITED);
    }

    @Test
    void praiseOfTheThingSinceDoesNotSayTheCheckWeBookedForItsTroubleHappened() {
        Brief brief = rattleCheckThenPraise("Frank dropped by to say the coffee machine is the best purchase of the year.").brief();
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).contains("booked a check for the small rattle").doesNotContain("nothing else is going on");
        // a word since about the rattle itself does
        Brief spoken = rattleCheckThenPraise("Frank dropped by: the rattle in the coffee machine has gone since he descaled it.").brief();
        assertThat(BriefEngineTest.spokenText(spoken)).doesNotContain("booked a check");
    }
}
