package app.rapport.service;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Competitor;
import app.rapport.domain.Complexity;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.service.EditConflictException.FieldConflict;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two desks editing the same purchase, opportunity, competitor or SWOT card: a save over a newer
 * version writes nothing and says who changed what and when; the choice made per field is saved and
 * checked again.
 */
class RecordConflictTest {
    private static final Instant TEN_FORTY_TWO = Instant.parse("2026-05-14T10:42:00Z");

    @TempDir
    Path folder;

    private Store store;
    private PurchaseService purchases;
    private OpportunityService opportunities;
    private CompetitorService competitors;
    private UUID client;

    @BeforeEach
    void open() {
        TestClock clock = new TestClock(TEN_FORTY_TWO);
        store = Store.open(TestStores.location(folder, "record-conflicts"), clock);
        purchases = new PurchaseService(store, clock);
        opportunities = new OpportunityService(store, clock);
        competitors = new CompetitorService(store, clock);
        client = new ClientService(store, clock).save(ClientBuilder.person("Maria", "Lopes").build()).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPurchaseSavedOverAnotherDesksNewerEditWritesNothingAndNamesWhoWhenAndEachField() {
        Product dryer = purchases.saveProduct(new Product(null, "Dryer X2", "Appliances", Complexity.COMPLEX, new BigDecimal("499")));
        Purchase read = purchases.save(new Purchase(null, client, dryer.id(), null, LocalDate.of(2026, 5, 2), new BigDecimal("499.00"), null, null));
        store.workAs("Ana");
        purchases.save(new Purchase(read.id(), client, dryer.id(), null, read.purchasedOn(), new BigDecimal("450"), null, null, read.version()));

        store.workAs("Ben");
        Purchase mine = new Purchase(read.id(), client, dryer.id(), null, read.purchasedOn(), new BigDecimal("475"), LocalDate.of(2028, 5, 2),
                null, read.version());
        assertThatThrownBy(() -> purchases.save(mine)).isInstanceOfSatisfying(RecordConflictException.class, conflict -> {
            assertThat(conflict.changedBy()).isEqualTo("Ana");
            assertThat(conflict.when()).isEqualTo("at 10:42");
            assertThat(conflict.record()).isEqualTo("the purchase \u201cDryer X2\u201d of 2026-05-02");
            assertThat(conflict.fields()).containsExactly(
                    new FieldConflict("amount", "Amount", "450", "475"),
                    new FieldConflict("warrantyUntil", "Warranty until", "", "2028-05-02"));
        });
        assertThat(purchases.forClient(client)).singleElement().satisfies(stored -> {
            assertThat(stored.amount()).as("Ana's edit stays").isEqualByComparingTo("450");
            assertThat(stored.warrantyUntil()).isNull();
        });
    }

    @Test
    void theChoiceMadePerFieldOnAPurchaseIsSavedAndCheckedAgain() {
        Purchase read = purchases.save(new Purchase(null, client, null, "Colour and cut", LocalDate.of(2026, 5, 2), new BigDecimal("80"), null, null));
        store.workAs("Ana");
        purchases.save(new Purchase(read.id(), client, null, "Colour, cut and blow-dry", read.purchasedOn(), new BigDecimal("95"), null, null,
                read.version()));
        store.workAs("Ben");
        Purchase mine = new Purchase(read.id(), client, null, "Colour and cut", read.purchasedOn(), new BigDecimal("85"), null, null, read.version());
        RecordConflictException conflict = conflictOf(() -> purchases.save(mine));
        assertThat(conflict.changedHere(read, "amount")).isTrue();
        assertThat(conflict.changedHere(read, "description")).isFalse();

        Purchase saved = purchases.save(conflict.merged(Purchase.class, Set.of("amount")));

        assertThat(saved.description()).isEqualTo("Colour, cut and blow-dry");
        assertThat(saved.amount()).isEqualByComparingTo("85");
        assertThat(saved.version()).isEqualTo(read.version() + 2);
        store.workAs("Ana");
        purchases.save(new Purchase(read.id(), client, null, "Colour", read.purchasedOn(), new BigDecimal("60"), null, null, saved.version()));
        store.workAs("Ben");
        assertThatThrownBy(() -> purchases.save(saved)).as("the merged purchase is checked again, too").isInstanceOf(RecordConflictException.class);
    }

    @Test
    void anOpportunitySavedOverAnotherDesksNewerEditWritesNothing() {
        Opportunity read = opportunities.save(new Opportunity(null, client, OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null, null,
                "Wants a trial of the keratin treatment", null, null));
        store.workAs("Ana");
        Opportunity anas = opportunities.setStatus(read.id(), OpportunityStatus.WON);

        store.workAs("Ben");
        Opportunity mine = new Opportunity(read.id(), client, OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null, null,
                "Wants a trial of the keratin treatment next month", read.openedOn(), null, read.version());
        assertThatThrownBy(() -> opportunities.save(mine)).isInstanceOfSatisfying(RecordConflictException.class, conflict -> {
            assertThat(conflict.changedBy()).isEqualTo("Ana");
            assertThat(conflict.fields()).extracting(FieldConflict::label, FieldConflict::theirs, FieldConflict::mine).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Summary", "Wants a trial of the keratin treatment", "Wants a trial of the keratin treatment next month"),
                    org.assertj.core.groups.Tuple.tuple("Status", "Won", "Open"),
                    org.assertj.core.groups.Tuple.tuple("Closed", "2026-05-14", ""));
        });
        assertThat(opportunities.forClient(client)).as("Ana's edit stays").containsExactly(anas);
    }

    @Test
    void aStatusChangedAtTwoDesksInTurnIsNoConflict() {
        Opportunity read = opportunities.save(new Opportunity(null, client, OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null, null,
                "Asked about a gift voucher", null, null));
        store.workAs("Ana");
        opportunities.setStatus(read.id(), OpportunityStatus.WON);
        store.workAs("Ben");

        Opportunity reopened = opportunities.setStatus(read.id(), OpportunityStatus.OPEN);

        assertThat(reopened.status()).as("a status change reads the row it changes").isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopened.version()).isEqualTo(read.version() + 2);
    }

    @Test
    void aCompetitorSavedOverAnotherDesksNewerEditWritesNothing() {
        Competitor read = competitors.save(new Competitor(null, "Cut & Go", "cutandgo.example", "High street", PriceLevel.LOWER, null));
        store.workAs("Ana");
        competitors.save(new Competitor(read.id(), "Cut & Go", "cutandgo.example", "Market square", PriceLevel.LOWER, null, read.version()));

        store.workAs("Ben");
        Competitor mine = new Competitor(read.id(), "Cut & Go", "cutandgo.example", "High street", PriceLevel.SIMILAR, "Opened a second shop",
                read.version());
        RecordConflictException conflict = conflictOf(() -> competitors.save(mine));
        assertThat(conflict.record()).isEqualTo("Cut & Go");
        assertThat(conflict.fields()).extracting(FieldConflict::label).containsExactly("Where", "Price level", "Notes");
        assertThat(competitors.find(read.id().toString()).orElseThrow().area()).as("Ana's edit stays").isEqualTo("Market square");

        Competitor saved = competitors.save(conflict.merged(Competitor.class, Set.of("priceLevel", "notes")));
        assertThat(saved).extracting(Competitor::area, Competitor::priceLevel, Competitor::notes)
                .containsExactly("Market square", PriceLevel.SIMILAR, "Opened a second shop");
    }

    @Test
    void aSwotCardSavedOverAnotherDesksNewerEditWritesNothing() {
        Competitor rival = competitors.save(new Competitor(null, "Cut & Go", null, null, null, null));
        SwotItem read = competitors.addCard(rival.id(), Quadrant.WEAKNESS, "Long waits on Saturdays", null, LocalDate.of(2026, 5, 1), null);
        store.workAs("Ana");
        SwotItem anas = competitors.updateCard(new SwotItem(read.id(), rival.id(), Quadrant.WEAKNESS, "Long waits on Saturdays",
                "Seen twice", read.observedOn(), client, read.position(), read.version()));

        store.workAs("Ben");
        SwotItem mine = new SwotItem(read.id(), rival.id(), Quadrant.WEAKNESS, "Waits of an hour on Saturdays", null, read.observedOn(), null,
                read.position(), read.version());
        RecordConflictException conflict = conflictOf(() -> competitors.updateCard(mine));
        assertThat(conflict.changedBy()).isEqualTo("Ana");
        assertThat(conflict.fields()).containsExactly(
                new FieldConflict("text", "Card", "Long waits on Saturdays", "Waits of an hour on Saturdays"),
                new FieldConflict("evidence", "Evidence", "Seen twice", ""),
                new FieldConflict("clientId", "Told by", "Maria Lopes", ""));
        assertThat(competitors.map(rival.id()).orElseThrow().cards()).as("Ana's edit stays").containsExactly(anas);
    }

    private static RecordConflictException conflictOf(Runnable save) {
        try {
            save.run();
        } catch (RecordConflictException conflict) {
            return conflict;
        }
        throw new AssertionError("The save went through; a conflict was expected");
    }
}
