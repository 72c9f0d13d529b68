package app.rapport.ui.brief;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.brief.Brief;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brief whose opener says all there is has no talking points (the coherence policy leaves out what only asks the opener
 * again): the window then shows no "Talk about" heading over "Nothing here.", and likewise no empty "Avoid".
 */
@ExtendWith(ApplicationExtension.class)
class BriefNothingMoreTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Brief full;
    private BriefView view;
    private final AtomicReference<Brief> shown = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 6, 21, Progress.NONE);
        // A brief with talking points and things to avoid, from a demo client; each test shows it as it is or bared of them.
        full = services.clients().firstPage(10).clients().stream().filter(c -> c.lastTouchpointAt() != null)
                .map(c -> services.briefs().brief(c.id()).orElseThrow())
                .filter(b -> !b.conversation().talkingPoints().isEmpty() && !b.conversation().avoid().isEmpty()).findFirst().orElseThrow();
        view = new BriefView(new BriefViewModel(id -> Optional.of(shown.get()), new CurrentThreadTaskExecutor()), Clock.systemUTC(), null);
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aBriefWithNothingBeyondTheOpenerShowsNoEmptyHeadings(FxRobot robot) {
        Brief.Conversation c = full.conversation();
        Brief bare = withPoints(full, new Brief.Conversation(c.owner(), c.bySituation(), c.type(), c.typeRule(), c.tone(), c.goal(),
                c.opener(), c.offerPolicy(), c.offerPolicyRule(), c.channel(), c.channelWhy(), List.of(), List.of(), c.nextStep()));
        shown.set(bare);
        robot.interact(() -> view.model().setClient(bare.clientId()));
        waitUntil("the bare brief to show", () -> !robot.lookup("#brief-opener").queryAll().isEmpty());

        assertThat(robot.lookup("#brief-talk-about").queryAll()).isEmpty();
        assertThat(robot.lookup("#brief-avoid").queryAll()).isEmpty();
        assertThat(labels(robot)).doesNotContain("Nothing here.", "Talk about", "Avoid");
        assertThat(labels(robot)).anyMatch(text -> text.startsWith("Next step"));
    }

    @Test
    void aBriefWithPointsStillShowsThemUnderTalkAbout(FxRobot robot) {
        shown.set(full);
        robot.interact(() -> view.model().setClient(full.clientId()));
        waitUntil("the brief to show", () -> !robot.lookup("#brief-opener").queryAll().isEmpty());

        assertThat(full.conversation().talkingPoints()).isNotEmpty();
        assertThat(robot.lookup("#brief-talk-about").queryAll()).hasSize(1);
        assertThat(labels(robot)).contains("Talk about", "\u2022 " + full.conversation().talkingPoints().get(0).text());
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAll().stream().filter(Node::isVisible).map(node -> ((Label) node).getText()).toList();
    }

    private static Brief withPoints(Brief b, Brief.Conversation conversation) {
        return new Brief(b.clientId(), b.clientName(), b.greetingName(), b.at(), b.headline(), b.phase(), b.phaseWhy(), b.mood(),
                b.moodTrend(), b.ghosted(), b.silenceWeighs(), b.trust(), b.remember(), b.shownFields(), b.priorTouchpoint(), conversation, b.openItems(),
                b.lately(), b.competitors(), b.dropped(), b.outranked(), b.warnings());
    }
}
