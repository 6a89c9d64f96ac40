package org.triptych.ui;

/** What the benchmark needs of the find bar (package-private in the window): open it, find all, replace all. */
public final class BenchFinding {

    private BenchFinding() {
    }

    /** Opens the find bar (with its replace row) and finds every match of a regular expression in every column. */
    public static void findAll(MainWindow window, String regex) {
        FindBar bar = window.findBar();
        bar.open(true);
        bar.model().regexProperty().set(true);
        bar.model().textProperty().set(regex);
        bar.model().findAll();
    }

    public static void replaceAll(MainWindow window, String replacement) {
        window.findBar().model().replacementProperty().set(replacement);
        window.findBar().model().replaceAll();
    }

    /** "1 of 15000 matches". */
    public static String summary(MainWindow window) {
        return window.findBar().model().summaryProperty().get();
    }

    public static int hits(MainWindow window) {
        return window.findBar().model().hits().size();
    }

    /** F3: the next match. */
    public static void next(MainWindow window) {
        window.findBar().model().next();
    }
}
