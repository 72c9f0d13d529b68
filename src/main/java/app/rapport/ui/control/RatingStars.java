package app.rapport.ui.control;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import javafx.scene.layout.HBox;

/**
 * A rating from 1 to 5 as five small stars (0: not rated), narrow enough for a table cell. A
 * click on a star sets it, a click on the star already set clears it; with the focus on the
 * stars, the digits 0–5 and Left/Right change it.
 */
public final class RatingStars extends HBox {
    private static final List<String> WORDS = List.of("not rated", "1 of 5: weak", "2 of 5", "3 of 5: average", "4 of 5", "5 of 5: strong");

    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating", 0);
    private final Tooltip tooltip = new Tooltip();

    public RatingStars(int initial) {
        getStyleClass().add("rating-stars");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SPINNER);
        for (int star = 1; star <= 5; star++) {
            int value = star;
            Button button = new Button(null, new FontIcon(Material2MZ.STAR_BORDER));
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "rating-star");
            button.setFocusTraversable(false);
            button.setOnAction(event -> {
                rating.set(rating.get() == value ? 0 : value);
                requestFocus();
            });
            getChildren().add(button);
        }
        Tooltip.install(this, tooltip);
        setOnKeyPressed(event -> {
            KeyCode code = event.getCode();
            if (code.isDigitKey() && code.getChar().length() == 1) {
                int digit = code.getChar().charAt(0) - '0';
                if (digit >= 0 && digit <= 5) {
                    rating.set(digit);
                    event.consume();
                }
            } else if (code == KeyCode.RIGHT || code == KeyCode.UP) {
                rating.set(Math.min(5, rating.get() + 1));
                event.consume();
            } else if (code == KeyCode.LEFT || code == KeyCode.DOWN) {
                rating.set(Math.max(0, rating.get() - 1));
                event.consume();
            }
        });
        rating.addListener((observable, before, now) -> paint());
        rating.set(Math.max(0, Math.min(5, initial)));
        paint();
    }

    /** The rating from 1 to 5; 0 when not rated. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    private void paint() {
        int value = rating.get();
        for (int i = 0; i < 5; i++) {
            Button button = (Button) getChildren().get(i);
            ((FontIcon) button.getGraphic()).setIconCode(i < value ? Material2MZ.STAR : Material2MZ.STAR_BORDER);
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("lit"), i < value);
        }
        tooltip.setText("Rating: " + WORDS.get(value) + ". Click a star, or type 0\u20135.");
        setAccessibleText("Rating " + WORDS.get(value));
    }
}
