package app.rapport.ui.competitors;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Competitor;
import app.rapport.domain.PositioningFactor;
import app.rapport.domain.PriceLevel;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.control.RatingStars;
import app.rapport.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static app.rapport.ui.FxTestSupport.newStoreLocation;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Rating us against a competitor with the stars of the positioning table, which fit their cell. */
@ExtendWith(ApplicationExtension.class)
class PositioningViewTest {
    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = RapportServices.open(newStoreLocation(folder));
        services.clients().save(ClientBuilder.named("Ada Stone").build());
        services.competitors().save(new Competitor(null, "Cut & Go", "cutandgo.example", "High street", PriceLevel.LOWER, null));
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.setWidth(1024);
        stage.setHeight(640);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Integer ourPriceRating() {
        var positioning = services.competitors().positioning();
        PositioningFactor price = positioning.factors().stream().filter(f -> f.name().equals("Price")).findFirst().orElseThrow();
        return positioning.cell(price.id(), null).rating();
    }

    @Test
    void aClickOnTheFourthStarRatesUsFourAndTheStarsFitTheirCell(FxRobot robot) throws Exception {
        waitUntil("the main window to open", () -> robot.lookup("#client-search").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil("the Competitors section to open", () -> robot.lookup("#tab-positioning").tryQuery().isPresent()
                || robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().anyMatch(t -> t.getTabs().stream()
                .anyMatch(tab -> "tab-positioning".equals(tab.getId()))));
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).forEach(pane -> pane.getTabs().stream()
                .filter(tab -> "tab-positioning".equals(tab.getId())).findFirst().ifPresent(tab -> pane.getSelectionModel().select(tab))));
        waitUntil("our Price rating to show", () -> robot.lookup("#rating-price-us").tryQuery().isPresent());
        RatingStars stars = robot.lookup("#rating-price-us").queryAs(RatingStars.class);

        robot.clickOn(stars.getChildren().get(3));
        waitUntil("four stars to be saved for our price", () -> Integer.valueOf(4).equals(ourPriceRating()));
        assertThat(stars.ratingProperty().get()).isEqualTo(4);

        waitUntil("the stars to keep the focus when the table is shown again",
                () -> robot.lookup("#rating-price-us").queryAs(RatingStars.class).isFocused());
        robot.type(KeyCode.DIGIT2);
        waitUntil("typing 2 to save two stars", () -> Integer.valueOf(2).equals(ourPriceRating()));

        stars = robot.lookup("#rating-price-us").queryAs(RatingStars.class);
        robot.clickOn(stars.getChildren().get(1));
        waitUntil("a click on the star already set to clear the rating", () -> ourPriceRating() == null);

        RatingStars shown = robot.lookup("#rating-price-us").queryAs(RatingStars.class);
        assertThat(shown.getWidth()).as("the five stars are not squeezed").isGreaterThanOrEqualTo(shown.prefWidth(-1) - 0.5);
    }
}
