package app.rapport.ui;

import javafx.geometry.Rectangle2D;

import java.util.List;

/**
 * Where a remembered window may open: on the screen it was last on if that screen is still
 * attached, else on the primary screen, and never wider, taller or further out than that
 * screen's visible area (without task bar or dock). A window remembered on a big monitor then
 * opens whole on a laptop's screen.
 */
public final class WindowBounds {
    private WindowBounds() {
    }

    /**
     * The bounds to open with: {@code remembered} moved and shrunk into the visible area of the
     * screen it overlaps most among {@code screens}, or of {@code primary} when it overlaps none.
     */
    public static Rectangle2D fit(Rectangle2D remembered, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = primary;
        double bestOverlap = 0;
        for (Rectangle2D candidate : screens) {
            double overlap = overlap(remembered, candidate);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                screen = candidate;
            }
        }
        double width = Math.min(remembered.getWidth(), screen.getWidth());
        double height = Math.min(remembered.getHeight(), screen.getHeight());
        double x = clamp(remembered.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(remembered.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width <= 0 || height <= 0 ? 0 : width * height;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
