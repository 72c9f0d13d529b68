package app.rapport.ui.competitors;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Competitor;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static app.rapport.ui.FxTestSupport.newStoreLocation;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Building a map in the window: add a card by typing, drag it to another quadrant, and find it there in the store. */
@ExtendWith(ApplicationExtension.class)
class SwotBoardTest {
    @TempDir
    static Path folder;

    private StoreLocation location;
    private RapportServices services;
    private Competitor rival;

    @Start
    void start(Stage stage) {
        location = newStoreLocation(folder);
        services = RapportServices.open(location);
        services.clients().save(ClientBuilder.named("Ada Stone").build());
        rival = services.competitors().save(new Competitor(null, "Cut & Go", "cutandgo.example", "High street", PriceLevel.LOWER, null));
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void openRivalsMap(FxRobot robot) throws Exception {
        waitUntil("the main window to open", () -> robot.lookup("#client-search").tryQuery().isPresent());
        // Today is Ctrl+1, Clients Ctrl+2, Competitors Ctrl+3
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil("the Competitors section to list Cut & Go", () -> robot.lookup("Cut & Go").tryQuery().isPresent());
        robot.clickOn("Cut & Go");
        waitUntil("the Cut & Go map to open", () -> "Cut & Go".equals(robot.lookup("#map-title").queryLabeled().getText()));
    }

    private static List<String> cardTexts(FxRobot robot, String quadrant) {
        VBox cards = robot.lookup("#cards-" + quadrant).queryAs(VBox.class);
        return cards.getChildren().stream().filter(node -> node.getUserData() instanceof SwotItem)
                .map(node -> ((SwotItem) node.getUserData()).text()).toList();
    }

    private Node card(FxRobot robot, String text) {
        return robot.lookup(".swot-card").match(node -> node.getUserData() instanceof SwotItem card && card.text().equals(text)).query();
    }

    @Test
    void aCardAddedByTypingAndDraggedToWeaknessesIsThereAfterReopeningTheStore(FxRobot robot) throws Exception {
        openRivalsMap(robot);

        robot.clickOn("#add-strength").write("Rushed cuts on busy days").type(KeyCode.ENTER);
        waitUntil("the typed card to appear under strengths", () -> cardTexts(robot, "strength").contains("Rushed cuts on busy days"));

        robot.drag(card(robot, "Rushed cuts on busy days")).dropTo("#cards-weakness");
        waitUntil("the dragged card to land under weaknesses", () -> cardTexts(robot, "weakness").contains("Rushed cuts on busy days"));
        assertThat(cardTexts(robot, "strength")).isEmpty();

        services.close();
        services = RapportServices.open(location);
        List<SwotItem> map = services.competitors().map(rival.id()).orElseThrow().cards();
        assertThat(map).singleElement().satisfies(card -> {
            assertThat(card.text()).isEqualTo("Rushed cuts on busy days");
            assertThat(card.quadrant()).isEqualTo(Quadrant.WEAKNESS);
        });
    }

    @Test
    void aNewCardBelowTheFoldIsScrolledIntoViewAndHighlightedForAMoment(FxRobot robot) throws Exception {
        for (int i = 1; i <= 20; i++) {
            services.competitors().addCard(rival.id(), Quadrant.STRENGTH, "Strength number " + i, null, null, null);
        }
        openRivalsMap(robot);
        waitUntil("the twenty stored strengths to show", () -> cardTexts(robot, "strength").size() == 20);
        robot.interact(() -> robot.lookup(".swot-board").queryAs(SwotBoard.class).highlightFor(javafx.util.Duration.seconds(8)));

        robot.clickOn("#add-strength").write("Open late on Thursdays").type(KeyCode.ENTER);
        waitUntil("the typed card to appear under strengths", () -> cardTexts(robot, "strength").contains("Open late on Thursdays"));
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup("#quadrant-strength")
                .lookup(".swot-scroll").query();

        waitUntil("the new card to be scrolled fully into view and highlighted", () -> {
            Node added = card(robot, "Open late on Thursdays");
            javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            javafx.geometry.Bounds card = added.localToScene(added.getLayoutBounds());
            return card.getMinY() >= viewport.getMinY() - 0.5 && card.getMaxY() <= viewport.getMaxY() + 0.5
                    && added.getStyleClass().contains("just-added");
        });
        waitUntil("the highlight to fade after a moment", () -> !card(robot, "Open late on Thursdays").getStyleClass().contains("just-added"));
    }

    @Test
    void theKeyboardMovesACardAndCtrlZBringsBackADeletedOne(FxRobot robot) throws Exception {
        openRivalsMap(robot);
        robot.clickOn("#add-opportunity").write("Their stylist is leaving").type(KeyCode.ENTER);
        waitUntil("the typed card to appear under opportunities", () -> cardTexts(robot, "opportunity").contains("Their stylist is leaving"));

        robot.clickOn(card(robot, "Their stylist is leaving"));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil("Alt+Right to move the card to threats", () -> cardTexts(robot, "threat").contains("Their stylist is leaving"));

        waitUntil("the moved card to keep the focus", () -> card(robot, "Their stylist is leaving").isFocused());
        robot.type(KeyCode.DELETE);
        waitUntil("Delete to remove the card from threats", () -> cardTexts(robot, "threat").isEmpty());
        assertThat(services.competitors().map(rival.id()).orElseThrow().cards()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("Ctrl+Z to bring the deleted card back to threats", () -> cardTexts(robot, "threat").contains("Their stylist is leaving"));
        assertThat(services.competitors().map(rival.id()).orElseThrow().cards()).extracting(SwotItem::quadrant)
                .containsExactly(Quadrant.THREAT);
    }

    @Test
    void theMapExportsAsAPictureOfTheBoard(FxRobot robot) throws Exception {
        services.competitors().addCard(rival.id(), Quadrant.WEAKNESS, "Rushed cuts", "Two clients said so", null, null);
        openRivalsMap(robot);
        waitUntil("the stored card to show under weaknesses", () -> cardTexts(robot, "weakness").contains("Rushed cuts"));
        CompetitorsView view = robot.lookup("#competitors-view").queryAs(CompetitorsView.class);

        javafx.scene.image.WritableImage picture = WaitForAsyncUtils.asyncFx(
                () -> view.mapPicture(view.model().mapProperty().get())).get(15, TimeUnit.SECONDS);

        assertThat(picture.getWidth()).isGreaterThan(900);
        assertThat(picture.getHeight()).isGreaterThan(300);
        java.awt.image.BufferedImage image = javafx.embed.swing.SwingFXUtils.fromFXImage(picture, null);
        assertThat(javax.imageio.ImageIO.write(image, "png", folder.resolve(UUID.randomUUID() + ".png").toFile())).isTrue();
    }
}
