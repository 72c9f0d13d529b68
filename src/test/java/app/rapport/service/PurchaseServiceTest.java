package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.Complexity;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaseServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 2);

    @TempDir
    Path folder;

    private Store store;
    private PurchaseService purchases;
    private Client client;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "purchases"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        purchases = new PurchaseService(store, clock);
        client = new ClientService(store, clock).save(ClientServiceTest.person("Anna", "Berg", List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void productsAreSavedAndListedByCategoryThenName() {
        Product dryer = purchases.saveProduct(new Product(null, "  Dryer X2 ", "Appliances", Complexity.COMPLEX, new BigDecimal("499.00")));
        Product cut = purchases.saveProduct(new Product(null, "Cut", "Hair", null, new BigDecimal("45")));
        Product blender = purchases.saveProduct(new Product(null, "Blender", "Appliances", Complexity.SIMPLE, null));
        Product voucher = purchases.saveProduct(new Product(null, "Voucher", null, Complexity.SIMPLE, BigDecimal.TEN));

        assertThat(dryer.name()).isEqualTo("Dryer X2");
        assertThat(cut.complexity()).isEqualTo(Complexity.SIMPLE);
        assertThat(purchases.products()).extracting(Product::name).containsExactly("Blender", "Dryer X2", "Cut", "Voucher");

        Product renamed = purchases.saveProduct(new Product(dryer.id(), "Dryer X3", "Appliances", Complexity.COMPLEX, new BigDecimal("549.50")));
        assertThat(renamed).isEqualTo(new Product(dryer.id(), "Dryer X3", "Appliances", Complexity.COMPLEX, new BigDecimal("549.50")));
        assertThat(purchases.products()).hasSize(4).contains(renamed);
        assertThat(blender.price()).isNull();
        assertThat(voucher.category()).isNull();
    }

    @Test
    void aProductNeedsANameAndANonNegativePrice() {
        assertThatThrownBy(() -> purchases.saveProduct(new Product(null, " ", null, null, new BigDecimal("-1"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("name", "price"));
        assertThatThrownBy(() -> purchases.saveProduct(new Product(null, "Cut", null, null, new BigDecimal("12.345"))))
                .isInstanceOf(ValidationException.class);
        assertThat(store.dsl().fetchCount(PRODUCT)).isZero();
    }

    @Test
    void purchasesAreSavedUpdatedAndListedNewestFirst() {
        Product dryer = purchases.saveProduct(new Product(null, "Dryer X2", "Appliances", Complexity.COMPLEX, new BigDecimal("499.00")));
        Purchase older = purchases.save(new Purchase(null, client.id(), dryer.id(), null, DAY.minusMonths(3), new BigDecimal("499.00"),
                DAY.plusYears(2), null));
        Purchase newer = purchases.save(new Purchase(null, client.id(), null, " Gift wrapping ", DAY, null, null, DAY.plusYears(1)));

        assertThat(newer.id()).isNotNull();
        assertThat(newer.description()).isEqualTo("Gift wrapping");
        assertThat(purchases.forClient(client.id())).containsExactly(newer, older);

        Purchase corrected = purchases.save(new Purchase(older.id(), client.id(), dryer.id(), "with stand", DAY.minusMonths(3),
                new BigDecimal("449.00"), DAY.plusYears(2), null, older.version()));
        assertThat(corrected.amount()).isEqualByComparingTo("449.00");
        assertThat(purchases.forClient(client.id())).containsExactly(newer, corrected);
        assertThat(store.dsl().fetchCount(PURCHASE)).isEqualTo(2);
    }

    @Test
    void anInvalidPurchaseIsRefusedWithEachProblemAndNothingIsWritten() {
        assertThatThrownBy(() -> purchases.save(new Purchase(null, client.id(), null, "  ", DAY, new BigDecimal("-5"),
                DAY.minusDays(1), DAY.minusDays(2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("description", "warrantyUntil", "renewalOn", "amount"));
        assertThatThrownBy(() -> purchases.save(new Purchase(null, client.id(), null, "Cut", null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("purchasedOn"));
        assertThatThrownBy(() -> purchases.save(new Purchase(null, UUID.randomUUID(), UUID.randomUUID(), null, DAY, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("clientId", "productId"));
        assertThat(store.dsl().fetchCount(PURCHASE)).isZero();
    }

    @Test
    void aDeletedPurchaseIsHiddenUntilRestored() {
        Purchase cut = purchases.save(new Purchase(null, client.id(), null, "Cut", DAY, new BigDecimal("45"), null, null));
        Purchase colour = purchases.save(new Purchase(null, client.id(), null, "Colour", DAY.minusDays(7), new BigDecimal("80"), null, null));

        purchases.delete(cut.id());
        assertThat(purchases.forClient(client.id())).containsExactly(colour);
        purchases.restore(cut.id());
        assertThat(purchases.forClient(client.id())).containsExactly(cut, colour);
        assertThatThrownBy(() -> purchases.restore(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
