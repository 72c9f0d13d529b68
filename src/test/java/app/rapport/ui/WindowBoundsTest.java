package app.rapport.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A remembered window opens whole on a screen that is there now. */
class WindowBoundsTest {
    /** A 1280×800 laptop screen with a 32-pixel panel at the top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 32, 1280, 768);
    /** A big monitor to the right of it. */
    private static final Rectangle2D MONITOR = new Rectangle2D(1280, 0, 2560, 1440);

    @Test
    void aWindowFromABiggerScreenIsShrunkAndMovedIntoTheVisibleArea() {
        Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(300, 200, 1600, 1000), List.of(LAPTOP), LAPTOP);

        assertThat(fitted).isEqualTo(new Rectangle2D(0, 32, 1280, 768));
    }

    @Test
    void aWindowHangingOverTheRightEdgeIsMovedBackWholeKeepingItsSize() {
        Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(400, 100, 1180, 760), List.of(LAPTOP), LAPTOP);

        assertThat(fitted).isEqualTo(new Rectangle2D(100, 40, 1180, 760));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D remembered = new Rectangle2D(1500, 200, 1180, 760);

        assertThat(WindowBounds.fit(remembered, List.of(LAPTOP, MONITOR), LAPTOP)).isEqualTo(remembered);
    }

    @Test
    void aWindowOnAMonitorNoLongerAttachedOpensOnThePrimaryScreen() {
        Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(2000, 300, 1180, 760), List.of(LAPTOP), LAPTOP);

        assertThat(fitted).isEqualTo(new Rectangle2D(100, 40, 1180, 760));
    }

    @Test
    void aWindowAcrossTwoScreensGoesToTheOneItMostlyCovers() {
        Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(1000, 100, 1180, 760), List.of(LAPTOP, MONITOR), LAPTOP);

        assertThat(fitted).isEqualTo(new Rectangle2D(1280, 100, 1180, 760));
    }
}
