package app.rapport.ui.segments;

import app.rapport.domain.brief.Phase;
import app.rapport.demo.DemoBusiness;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.SegmentService.Saved;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import app.rapport.ui.task.QueuedTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.rapport.ui.FxTestSupport.openStore;
import static org.assertj.core.api.Assertions.assertThat;

/** Building a segment as the owner does, on a real store with demo clients, with no FX toolkit. */
class SegmentViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;
    private final List<String> reported = new ArrayList<>();

    @BeforeEach
    void open() {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SHOP, 60, 3, Progress.NONE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private SegmentViewModel model(TaskExecutor executor) {
        SegmentViewModel model = new SegmentViewModel(services.segments(), executor, reported::add);
        model.load();
        return model;
    }

    @Test
    void theCountFollowsTheConditions() {
        SegmentViewModel model = model(new CurrentThreadTaskExecutor());
        model.newSegment();
        assertThat(model.countProperty().get()).isEqualTo(clients(services.clients().count()) + " (no criteria: everyone)");

        model.phases().add(Phase.MATURE);

        int mature = services.segments().count(SegmentCriteria.EVERYONE.withPhases(Set.of(Phase.MATURE)));
        assertThat(mature).isBetween(1, services.clients().count() - 1);
        assertThat(model.countProperty().get()).isEqualTo(clients(mature));

        model.phases().remove(Phase.MATURE);

        assertThat(model.countProperty().get()).isEqualTo(clients(services.clients().count()) + " (no criteria: everyone)");
    }

    @Test
    void onlyTheCountOfTheLatestConditionsIsShownWhicheverAnswersFirst() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SegmentViewModel model = model(executor);
        executor.runAll();
        model.newSegment();
        executor.runAll();

        model.phases().add(Phase.MATURE);
        model.phases().add(Phase.LAPSED);
        executor.runNewestFirst();

        int both = services.segments().count(SegmentCriteria.EVERYONE.withPhases(Set.of(Phase.MATURE, Phase.LAPSED)));
        assertThat(model.countProperty().get()).isEqualTo(clients(both));
    }

    @Test
    void aNumberOfDaysThatIsNotANumberIsMarkedAndNotSaved() {
        SegmentViewModel model = model(new CurrentThreadTaskExecutor());
        model.newSegment();
        model.nameProperty().set("Quiet ones");

        model.silentForDaysProperty().set("ninety");

        assertThat(model.problems()).containsEntry("silentForDays", "\u201cninety\u201d is not a number of days.");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo(SegmentViewModel.FIX_FIRST);
        assertThat(services.segments().findByName("Quiet ones")).isEmpty();
    }

    @Test
    void aSavedSegmentIsListedAndChosen() {
        SegmentViewModel model = model(new CurrentThreadTaskExecutor());
        model.newSegment();
        model.nameProperty().set("Grown-up clients");
        model.phases().add(Phase.MATURE);

        model.save();

        Saved stored = services.segments().findByName("Grown-up clients").orElseThrow();
        assertThat(stored.segment().criteria()).isEqualTo(SegmentCriteria.EVERYONE.withPhases(Set.of(Phase.MATURE)));
        assertThat(model.saved()).contains(stored);
        assertThat(model.selectedProperty().get()).isEqualTo(stored);
        assertThat(model.messageProperty().get()).isEqualTo("Saved Grown-up clients.");
        assertThat(reported).containsExactly("Segment saved: Grown-up clients");
    }

    @Test
    void choosingASavedSegmentFillsTheFormWithItsCriteria() {
        SegmentViewModel model = model(new CurrentThreadTaskExecutor());
        Saved withPhases = model.saved().stream().filter(s -> !s.segment().criteria().phases().isEmpty()).findFirst().orElseThrow();

        model.selectedProperty().set(withPhases);

        assertThat(model.nameProperty().get()).isEqualTo(withPhases.segment().name());
        assertThat(model.phases()).containsExactlyInAnyOrderElementsOf(withPhases.segment().criteria().phases());
        assertThat(model.countProperty().get()).startsWith(clients(services.segments().count(withPhases.segment().criteria())));
    }

    @Test
    void aDeletedSegmentComesBackWithUndo() {
        SegmentViewModel model = model(new CurrentThreadTaskExecutor());
        Saved first = model.saved().get(0);
        model.selectedProperty().set(first);

        model.delete();

        assertThat(services.segments().findByName(first.segment().name())).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Deleted " + first.segment().name() + ".");
        assertThat(model.undoableProperty().get()).isNotNull();

        model.undoDelete();

        assertThat(services.segments().findByName(first.segment().name())).isPresent();
        assertThat(model.undoableProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Brought back " + first.segment().name() + ".");
        assertThat(model.selectedProperty().get().segment().name()).isEqualTo(first.segment().name());
    }

    @Test
    void anActionOnASegmentWithUnsavedChangesSavesItFirst() {
        SegmentViewModel model = model(new CurrentThreadTaskExecutor());
        model.newSegment();
        model.nameProperty().set("Lapsed ones");
        model.phases().add(Phase.LAPSED);
        List<Segment> shown = new ArrayList<>();

        model.withSaved(shown::add);

        assertThat(shown).singleElement().satisfies(segment -> assertThat(segment.name()).isEqualTo("Lapsed ones"));
        assertThat(services.segments().findByName("Lapsed ones")).isPresent();
    }

    private static String clients(int n) {
        return n == 1 ? "1 client matches" : NumberFormat.getIntegerInstance().format(n) + " clients match";
    }
}
