package org.triptych.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: as large as it likes to be (1380 × 860) but never larger than the screen's visible
 * area (a 1024 × 640 screen gets the whole of it, title bar and all), and wholly on it.
 */
final class WindowPlacement {

    static final double PREFERRED_WIDTH = 1380;
    static final double PREFERRED_HEIGHT = 860;

    private WindowPlacement() {
    }

    /**
     * The window's bounds on {@code screen} (its visual bounds, without panels and docks): centred, the preferred
     * size or the screen's. {@code decorations} are the title bar and frame the window manager adds around the scene.
     */
    static Rectangle2D on(Rectangle2D screen, double decorationWidth, double decorationHeight) {
        double w = Math.min(PREFERRED_WIDTH + decorationWidth, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT + decorationHeight, screen.getHeight());
        double x = screen.getMinX() + (screen.getWidth() - w) / 2;
        double y = screen.getMinY() + (screen.getHeight() - h) / 2;
        return new Rectangle2D(x, y, w, h);
    }

    /** {@code window} moved and shrunk, if it has to be, so that it lies wholly on {@code screen}. */
    static Rectangle2D inside(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getWidth(), screen.getWidth());
        double h = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
