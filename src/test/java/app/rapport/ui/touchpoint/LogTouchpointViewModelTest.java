package app.rapport.ui.touchpoint;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's rules, on a fake backend and a fixed clock: what it refuses, and what it keeps. */
@ExtendWith(ApplicationExtension.class)
class LogTouchpointViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T13:05:00Z"), ZONE);
    private static final ClientSummary ANA = new ClientSummary(UUID.randomUUID(), "Ana Novak", null, "555 0100", null,
            List.of(), null, null);

    private final List<Touchpoint> logged = new ArrayList<>();
    private Function<Touchpoint, Touchpoint> log = touchpoint -> {
        logged.add(touchpoint);
        return touchpoint;
    };
    private Channel preferred = Channel.VISIT;
    /** Whom this desk says it is on a call with, as the other desks would hear it. */
    private final List<UUID> onCallWith = new ArrayList<>();

    private LogTouchpointViewModel model(ClientSummary client) {
        LogTouchpointViewModel.Backend backend = new LogTouchpointViewModel.Backend() {
            @Override
            public List<ClientSummary> searchClients(String text, int limit) {
                return List.of(ANA);
            }

            @Override
            public Channel preferredChannel(UUID clientId) {
                return preferred;
            }

            @Override
            public Touchpoint log(Touchpoint touchpoint) {
                return log.apply(touchpoint);
            }

            @Override
            public AutoCloseable onCall(UUID clientId) {
                onCallWith.add(clientId);
                return () -> onCallWith.remove(clientId);
            }
        };
        return new LogTouchpointViewModel(backend, new CurrentThreadTaskExecutor(), CLOCK, Locale.US, client);
    }

    @Test
    void startsNowWithTheClientsPreferredChannelAndSavesWhatWasTyped(FxRobot robot) {
        LogTouchpointViewModel model = model(ANA);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dateTextProperty().get()).isEqualTo("3/12/2025");
        assertThat(model.timeTextProperty().get()).isEqualTo("2:05 PM");
        assertThat(model.channelProperty().get()).isEqualTo(Channel.VISIT);

        robot.interact(() -> {
            model.summaryProperty().set("  Came to pick up the order  ");
            model.moodProperty().set(Mood.EXCITED);
            model.followUpTextProperty().set("3/19/2025");
            assertThat(model.save()).isTrue();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logged).hasSize(1);
        Touchpoint saved = logged.get(0);
        assertThat(saved.clientId()).isEqualTo(ANA.id());
        assertThat(saved.occurredAt()).isEqualTo(Instant.parse("2025-03-12T13:05:00Z"));
        assertThat(saved.channel()).isEqualTo(Channel.VISIT);
        assertThat(saved.summary()).isEqualTo("Came to pick up the order");
        assertThat(saved.outcome()).isNull();
        assertThat(saved.followUpOn()).isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(model.savedProperty().get()).isEqualTo(saved);
    }

    @Test
    void theOtherDesksHearThatThisDeskIsOnACallWithTheChosenClientUntilTheFormCloses(FxRobot robot) {
        ClientSummary bo = new ClientSummary(UUID.randomUUID(), "Bo Lind", null, null, null, List.of(), null, null);
        LogTouchpointViewModel model = model(null);
        assertThat(onCallWith).as("no client chosen yet").isEmpty();

        robot.interact(() -> model.chooseClient(ANA));
        assertThat(onCallWith).containsExactly(ANA.id());

        robot.interact(() -> model.chooseClient(bo));
        assertThat(onCallWith).as("choosing another client ends the call with the first").containsExactly(bo.id());

        robot.interact(model::closed);
        assertThat(onCallWith).isEmpty();
    }

    @Test
    void aChannelTheUserChoseIsNotOverwrittenByThePreferredOne(FxRobot robot) {
        LogTouchpointViewModel model = model(null);
        robot.interact(() -> {
            model.channelProperty().set(Channel.EMAIL);
            model.chooseClient(ANA);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.channelProperty().get()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void aFollowUpBeforeTheTouchpointOrAnImpossibleDayIsRefused(FxRobot robot) {
        LogTouchpointViewModel model = model(ANA);
        robot.interact(() -> {
            model.summaryProperty().set("Called");
            model.followUpTextProperty().set("3/11/2025");
            assertThat(model.save()).isFalse();
        });
        assertThat(model.followUpErrorProperty().get()).isEqualTo("The follow-up cannot be before the touchpoint (3/12/2025).");

        robot.interact(() -> model.followUpTextProperty().set("4/31/2025"));
        assertThat(model.followUpErrorProperty().get()).isEqualTo("April 2025 has no day 31: it has 30 days.");

        robot.interact(() -> model.followUpTextProperty().set("4/30/2025"));
        assertThat(model.followUpErrorProperty().get()).isEmpty();
        assertThat(logged).isEmpty();
    }

    @Test
    void moreThanADayAheadOrAShortYearIsRefused(FxRobot robot) {
        LogTouchpointViewModel model = model(ANA);
        robot.interact(() -> {
            model.summaryProperty().set("Called");
            model.dateTextProperty().set("3/14/2025");
            assertThat(model.save()).isFalse();
        });
        assertThat(model.whenErrorProperty().get()).startsWith("That is more than a day from now");

        robot.interact(() -> model.dateTextProperty().set("3/12/25"));
        assertThat(model.whenErrorProperty().get()).isEqualTo("Type the year in full, like 3/12/2025.");
        assertThat(logged).isEmpty();
    }

    @Test
    void withoutAClientNothingIsSaved(FxRobot robot) {
        LogTouchpointViewModel model = model(null);
        robot.interact(() -> {
            model.summaryProperty().set("Called");
            assertThat(model.save()).isFalse();
        });
        assertThat(model.clientErrorProperty().get()).isEqualTo(LogTouchpointViewModel.CHOOSE_CLIENT);

        robot.interact(() -> model.clientQueryProperty().set("ana"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.clientMatches()).containsExactly(ANA);
        robot.interact(() -> model.chooseClient(ANA));
        assertThat(model.clientErrorProperty().get()).isEmpty();
        assertThat(model.clientQueryProperty().get()).isEqualTo("Ana Novak");
        assertThat(model.clientMatches()).isEmpty();
    }

    @Test
    void theServicesObjectionsAreShownAndNothingTypedIsLost(FxRobot robot) {
        log = touchpoint -> {
            throw new ValidationException(List.of(new FieldProblem("summary", "The summary is too long."),
                    new FieldProblem("outcome", "The outcome is too long.")));
        };
        LogTouchpointViewModel model = model(ANA);
        robot.interact(() -> {
            model.summaryProperty().set("A long story");
            model.outcomeProperty().set("Another long story");
            model.save();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.summaryErrorProperty().get()).isEqualTo("The summary is too long.");
        assertThat(model.formErrorProperty().get()).isEqualTo("Nothing was saved: The outcome is too long.");
        assertThat(model.summaryProperty().get()).isEqualTo("A long story");
        assertThat(model.outcomeProperty().get()).isEqualTo("Another long story");
        assertThat(model.savingProperty().get()).isFalse();
        assertThat(model.savedProperty().get()).isNull();
    }
}
