package app.rapport.store;

import app.rapport.domain.Competitor;
import app.rapport.domain.Ids;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The SWOT cards of a map on a real store file: their order, moves between quadrants, and delete with undo. */
class SwotRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-04-02T08:00:00Z");

    @TempDir
    Path folder;

    private StoreLocation location;
    private Store store;
    private Competitor rival;

    @BeforeEach
    void open() {
        location = TestStores.location(folder, "swot");
        store = Store.open(location, Clock.systemDefaultZone());
        rival = new Competitor(Ids.next(), "Cut & Go", "cutandgo.example", "High street", PriceLevel.LOWER, null);
        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).saveCompetitor(rival, NOW);
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SwotItem add(UUID competitorId, Quadrant quadrant, String text) {
        return store.inTransaction(dsl -> new CompetitorRepository(dsl).addCard(
                new SwotItem(Ids.next(), competitorId, quadrant, text, null, LocalDate.of(2026, 3, 1), null, 0), NOW));
    }

    private List<String> texts(UUID competitorId, Quadrant quadrant) {
        return new CompetitorRepository(store.dsl()).map(competitorId).stream()
                .filter(card -> card.quadrant() == quadrant).map(SwotItem::text).toList();
    }

    private void reopen() {
        store.close();
        store = Store.open(location, Clock.systemDefaultZone());
    }

    @Test
    void cardsKeepTheOrderTheyWereAddedInAndEachMapIsItsOwn() {
        add(rival.id(), Quadrant.WEAKNESS, "Rushed cuts");
        add(rival.id(), Quadrant.WEAKNESS, "No evening hours");
        add(rival.id(), Quadrant.STRENGTH, "Cheap");
        add(null, Quadrant.STRENGTH, "Open until 8pm");

        reopen();

        List<SwotItem> map = new CompetitorRepository(store.dsl()).map(rival.id());
        assertThat(map).extracting(SwotItem::text).containsExactly("Cheap", "Rushed cuts", "No evening hours");
        assertThat(map).extracting(SwotItem::position).containsExactly(0, 0, 1);
        assertThat(new CompetitorRepository(store.dsl()).map(null)).extracting(SwotItem::text).containsExactly("Open until 8pm");
    }

    @Test
    void aCardMovesToAnotherQuadrantAtTheChosenPlaceAndBothQuadrantsStayNumbered() {
        SwotItem rushed = add(rival.id(), Quadrant.WEAKNESS, "Rushed cuts");
        add(rival.id(), Quadrant.WEAKNESS, "No evening hours");
        add(rival.id(), Quadrant.THREAT, "Opening a second shop");
        add(rival.id(), Quadrant.THREAT, "Loyalty card");

        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).moveCard(rushed.id(), Quadrant.THREAT, 1);
            return null;
        });
        reopen();

        assertThat(texts(rival.id(), Quadrant.WEAKNESS)).containsExactly("No evening hours");
        assertThat(texts(rival.id(), Quadrant.THREAT)).containsExactly("Opening a second shop", "Rushed cuts", "Loyalty card");
        assertThat(new CompetitorRepository(store.dsl()).map(rival.id())).extracting(SwotItem::position).containsExactly(0, 0, 1, 2);
    }

    @Test
    void reorderingWithinAQuadrantAndAnIndexPastTheEndPutsTheCardLast() {
        SwotItem first = add(rival.id(), Quadrant.OPPORTUNITY, "A");
        add(rival.id(), Quadrant.OPPORTUNITY, "B");
        add(rival.id(), Quadrant.OPPORTUNITY, "C");

        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).moveCard(first.id(), Quadrant.OPPORTUNITY, 99);
            return null;
        });
        assertThat(texts(rival.id(), Quadrant.OPPORTUNITY)).containsExactly("B", "C", "A");
        store.inTransaction(dsl -> {
            new CompetitorRepository(dsl).moveCard(first.id(), Quadrant.OPPORTUNITY, 0);
            return null;
        });
        assertThat(texts(rival.id(), Quadrant.OPPORTUNITY)).containsExactly("A", "B", "C");
    }

    @Test
    void aDeletedCardLeavesNoGapAndComesBackToItsPlaceOnUndo() {
        add(rival.id(), Quadrant.STRENGTH, "Cheap");
        SwotItem middle = add(rival.id(), Quadrant.STRENGTH, "Central location");
        add(rival.id(), Quadrant.STRENGTH, "Walk-ins welcome");

        assertThat((boolean) store.inTransaction(dsl -> new CompetitorRepository(dsl).deleteCard(middle.id(), NOW))).isTrue();
        reopen();
        assertThat(texts(rival.id(), Quadrant.STRENGTH)).containsExactly("Cheap", "Walk-ins welcome");
        assertThat(new CompetitorRepository(store.dsl()).map(rival.id())).extracting(SwotItem::position).containsExactly(0, 1);

        assertThat((boolean) store.inTransaction(dsl -> new CompetitorRepository(dsl).restoreCard(middle.id()))).isTrue();
        reopen();
        assertThat(texts(rival.id(), Quadrant.STRENGTH)).containsExactly("Cheap", "Central location", "Walk-ins welcome");
        assertThat((boolean) store.inTransaction(dsl -> new CompetitorRepository(dsl).restoreCard(middle.id()))).isFalse();
    }

    @Test
    void aDeletedCompetitorHidesItsMapFromTheBriefAndComesBackWhole() {
        add(rival.id(), Quadrant.WEAKNESS, "Rushed cuts");
        store.inTransaction(dsl -> new CompetitorRepository(dsl).deleteCompetitor(rival.id(), NOW));
        assertThat(new CompetitorRepository(store.dsl()).competitors()).isEmpty();

        store.inTransaction(dsl -> new CompetitorRepository(dsl).restoreCompetitor(rival.id()));
        reopen();
        assertThat(new CompetitorRepository(store.dsl()).competitors()).containsExactly(rival.withVersion(1));
        assertThat(texts(rival.id(), Quadrant.WEAKNESS)).containsExactly("Rushed cuts");
    }
}
