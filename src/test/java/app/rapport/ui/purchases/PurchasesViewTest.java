package app.rapport.ui.purchases;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.UndoManager;
import app.rapport.ui.purchases.PurchasesViewModel.PurchaseRow;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.styledScene;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording what a client bought, through the purchase form, as a shop assistant would. */
@ExtendWith(ApplicationExtension.class)
class PurchasesViewTest {
    @TempDir
    static Path folder;

    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private RapportServices services;
    private UndoManager undo;
    private Stage stage;
    private UUID clientId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SHOP, 20, 9, Progress.NONE);
        clientId = services.clients().search("", 20).clients().stream().map(ClientSummary::id)
                .filter(id -> !services.purchases().forClient(id).isEmpty()).findFirst().orElseThrow();
        TaskExecutor background = FxTaskExecutor.daemonPool();
        undo = new UndoManager(background);
        PurchasesView view = new PurchasesView(services.purchases(), background, undo, statuses::add, services.clock());
        stage.setScene(styledScene(view, 900, 600));
        stage.show();
        view.setClient(clientId);
    }

    @AfterEach
    void close(FxRobot robot) {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void aPurchaseOfACatalogProductAddedThroughTheFormAppearsInTheTable(FxRobot robot) throws Exception {
        TableView<PurchaseRow> table = shownPurchases(robot);
        int before = table.getItems().size();
        Product product = typeableProduct();

        robot.clickOn("#add-purchase");
        waitUntil("the purchase form to open", () -> robot.lookup("#purchase-product").tryQuery().isPresent());
        robot.clickOn("#purchase-product").write(product.name()).type(KeyCode.TAB);

        TextField amount = robot.lookup("#purchase-amount").queryAs(TextField.class);
        waitUntil("the form to fill in the product's price", () -> amount.getText().equals(Formats.amount(product.price())));
        assertThat(robot.lookup("#purchase-date").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo(Formats.date(LocalDate.now()));
        robot.clickOn("#purchase-save");

        waitUntil("the table to show the new purchase", () -> table.getItems().size() == before + 1);
        waitUntil("the purchase form to close", () -> robot.lookup("#purchase-product").tryQuery().isEmpty());
        PurchaseRow added = table.getItems().stream().filter(row -> product.id().equals(row.purchase().productId())
                && row.purchase().purchasedOn().equals(LocalDate.now())).findFirst().orElseThrow();
        assertThat(added.what()).isEqualTo(product.name());
        assertThat(added.purchase().amount()).isEqualByComparingTo(product.price());
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(added);
        assertThat(services.purchases().forClient(clientId)).extracting(Purchase::id).contains(added.purchase().id());
        assertThat(statuses).contains("Purchase saved");
    }

    @Test
    void aNegativeAmountKeepsTheFormOpenWithAMessageAndSavesNothing(FxRobot robot) throws Exception {
        shownPurchases(robot);
        List<Purchase> stored = services.purchases().forClient(clientId);
        Product product = typeableProduct();

        robot.clickOn("#add-purchase");
        waitUntil("the purchase form to open", () -> robot.lookup("#purchase-product").tryQuery().isPresent());
        robot.clickOn("#purchase-product").write(product.name()).type(KeyCode.TAB);
        TextField amount = robot.lookup("#purchase-amount").queryAs(TextField.class);
        waitUntil("the form to fill in the product's price", () -> !amount.getText().isEmpty());
        robot.doubleClickOn(amount).eraseText(amount.getText().length()).write("-25");
        robot.clickOn("#purchase-save");

        Label problem = robot.lookup("#purchase-amount-problem").queryAs(Label.class);
        waitUntil("the form to say the amount can't be negative", problem::isVisible);
        assertThat(problem.getText()).isEqualTo("The amount can't be negative.");
        assertThat(robot.lookup("#purchase-save").tryQuery()).isPresent();
        assertThat(robot.lookup("#purchase-product").query().getScene().getWindow().isShowing()).isTrue();
        assertThat(services.purchases().forClient(clientId)).isEqualTo(stored);

        robot.doubleClickOn(amount).eraseText(amount.getText().length()).write("25");
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void anImpossibleDateTypedIntoThePickerIsRefusedNotQuietlyReplaced(FxRobot robot) throws Exception {
        shownPurchases(robot);
        List<Purchase> stored = services.purchases().forClient(clientId);

        robot.clickOn("#add-purchase");
        waitUntil("the purchase form to open", () -> robot.lookup("#purchase-product").tryQuery().isPresent());
        robot.clickOn("#purchase-product").write("Gift wrapping").type(KeyCode.TAB);
        String impossible = Formats.date(LocalDate.of(2025, 2, 28)).replace("28", "31");
        javafx.scene.control.DatePicker date = robot.lookup("#purchase-date").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(date.getEditor()).eraseText(date.getEditor().getText().length()).write(impossible).type(KeyCode.TAB);
        assertThat(date.getEditor().getText()).isEqualTo(impossible);
        robot.clickOn("#purchase-save");

        Label problem = robot.lookup("#purchase-purchased-on-problem").queryAs(Label.class);
        waitUntil("the form to say the typed date is not a date", problem::isVisible);
        assertThat(problem.getText()).startsWith("\u201c" + impossible + "\u201d is not a date.");
        assertThat(services.purchases().forClient(clientId)).isEqualTo(stored);
    }

    @Test
    void typingNarrowsTheProductListAndTheArrowKeysPickOne(FxRobot robot) throws Exception {
        shownPurchases(robot);
        Product product = typeableProduct();
        String typed = product.name().substring(0, product.name().length() - 2).toLowerCase();

        robot.clickOn("#add-purchase");
        waitUntil("the purchase form to open", () -> robot.lookup("#purchase-product").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Product> combo = robot.lookup("#purchase-product").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(combo).write(typed);

        waitUntil("the product list to drop down with the products matching what was typed", combo::isShowing);
        assertThat(combo.getItems()).contains(product).allMatch(p -> p.name().toLowerCase().contains(typed));
        assertThat(combo.getItems().size()).isLessThan(services.purchases().products().size());
        assertThat(combo.getEditor().getText()).isEqualTo(typed);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil("the arrow keys to pick a product and close the list", () -> combo.getValue() != null && !combo.isShowing());
        assertThat(combo.getValue()).isEqualTo(product);
        waitUntil("the product list to hold the whole catalog again", () -> combo.getItems().size() == services.purchases().products().size());
        assertThat(combo.getValue()).isEqualTo(product);
        assertThat(combo.getEditor().getText()).isEqualTo(product.name());
        TextField amount = robot.lookup("#purchase-amount").queryAs(TextField.class);
        assertThat(amount.getText()).isEqualTo(Formats.amount(product.price()));
    }

    @Test
    void theDeleteKeyDeletesTheSelectedPurchaseAndUndoBringsItBack(FxRobot robot) throws Exception {
        TableView<PurchaseRow> table = shownPurchases(robot);
        int before = table.getItems().size();
        PurchaseRow first = table.getItems().get(0);

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class)).type(KeyCode.DELETE);

        waitUntil("the deleted purchase to leave the table", () -> table.getItems().size() == before - 1);
        assertThat(table.getItems()).extracting(row -> row.purchase().id()).doesNotContain(first.purchase().id());
        assertThat(statuses).contains("Purchase deleted \u2014 Ctrl+Z to undo");

        robot.interact(() -> undo.undo(statuses::add));

        waitUntil("Undo to bring the purchase back to the table", () -> table.getItems().size() == before);
        assertThat(table.getItems()).extracting(row -> row.purchase().id()).contains(first.purchase().id());
    }

    @Test
    void savingOverAnotherDesksNewerEditOpensTheConflictDialogAndSavesTheChoicesMade(FxRobot robot) throws Exception {
        TableView<PurchaseRow> table = shownPurchases(robot);
        Purchase read = table.getItems().get(0).purchase();
        waitUntil("the table to draw its first row", () -> robot.lookup(".table-row-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#edit-purchase");
        waitUntil("the purchase form to open", () -> robot.lookup("#purchase-amount").tryQuery().isPresent());
        TextField amount = robot.lookup("#purchase-amount").queryAs(TextField.class);
        robot.doubleClickOn(amount).eraseText(amount.getText().length()).write("12.34");

        // Meanwhile Ana, at another desk, saves the same purchase.
        String thisDesk = services.workingAs();
        services.workAs("Ana");
        services.purchases().save(new Purchase(read.id(), read.clientId(), read.productId(), "Bought for her sister", read.purchasedOn(),
                read.amount(), read.warrantyUntil(), read.renewalOn(), read.version()));
        services.workAs(thisDesk);
        robot.clickOn("#purchase-save");

        waitUntil("the conflict dialog to open", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane conflict = robot.lookup("#conflict-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(conflict.getHeaderText()).startsWith("Ana changed the purchase ");
        javafx.scene.control.RadioButton myAmount = robot.lookup("#amount-mine").queryAs(javafx.scene.control.RadioButton.class);
        assertThat(myAmount.getText()).isEqualTo("12.34");
        assertThat(myAmount.isSelected()).as("a field changed at this desk starts on mine").isTrue();
        assertThat(robot.lookup("#description-theirs").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("a field only Ana changed starts on theirs").isTrue();
        robot.clickOn("#save-conflict-choices");

        waitUntil("the choices to be saved", () -> services.purchases().forClient(clientId).stream()
                .anyMatch(p -> p.id().equals(read.id()) && p.version() == read.version() + 2));
        Purchase saved = services.purchases().forClient(clientId).stream().filter(p -> p.id().equals(read.id())).findFirst().orElseThrow();
        assertThat(saved.amount()).isEqualByComparingTo("12.34");
        assertThat(saved.description()).isEqualTo("Bought for her sister");
    }

    @Test
    void theCatalogAddsAProductAndRefusesANegativePrice(FxRobot robot) throws Exception {
        int before = services.purchases().products().size();
        robot.interact(() -> ProductCatalogDialog.open(stage, services.purchases(), FxTaskExecutor.daemonPool(), statuses::add));
        TableView<Product> table = robot.lookup("#catalog-table").queryTableView();
        waitUntil("the catalog to list every product", () -> table.getItems().size() == before);

        robot.clickOn("#catalog-new");
        robot.clickOn("#catalog-name").write("Descaling kit");
        robot.clickOn("#catalog-category").write("Care");
        robot.clickOn("#catalog-price").write("-4");
        robot.clickOn("#catalog-save");
        Label problem = robot.lookup("#catalog-price-problem").queryAs(Label.class);
        waitUntil("the catalog to say the price can't be negative", problem::isVisible);
        assertThat(problem.getText()).isEqualTo("The price can't be negative.");
        assertThat(services.purchases().products()).hasSize(before);

        TextField price = robot.lookup("#catalog-price").queryAs(TextField.class);
        robot.clickOn(price).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("14.90");
        robot.clickOn("#catalog-save");

        waitUntil("the catalog to show the new product", () -> table.getItems().size() == before + 1);
        Product added = services.purchases().products().stream().filter(p -> p.name().equals("Descaling kit")).findFirst().orElseThrow();
        assertThat(added.category()).isEqualTo("Care");
        assertThat(added.price()).isEqualByComparingTo("14.90");
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(added);
        assertThat(statuses).contains("Product saved");
    }

    /** A catalog product with a price and a name the robot can type. */
    private Product typeableProduct() {
        return services.purchases().products().stream()
                .filter(p -> p.price() != null && p.name().matches("[A-Za-z0-9 ]+"))
                .findFirst().orElseThrow();
    }

    private TableView<PurchaseRow> shownPurchases(FxRobot robot) throws Exception {
        TableView<PurchaseRow> table = robot.lookup("#purchases-table").queryTableView();
        int stored = services.purchases().forClient(clientId).size();
        waitUntil("the table to show the client's purchases", () -> table.getItems().size() == stored);
        return table;
    }
}
