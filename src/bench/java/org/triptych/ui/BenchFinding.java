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

    /** Find (and replace) plain words, for a screenshot: the bar open with its replace row, every match found. */
    public static void findWords(MainWindow window, String words, String replacement, boolean regex) {
        FindBar bar = window.findBar();
        bar.open(true);
        bar.model().regexProperty().set(regex);
        bar.model().textProperty().set(words);
        bar.model().replacementProperty().set(replacement);
        bar.model().findAll();
    }

    /** The preferences dialog, shown without waiting (a screenshot is taken of it). */
    public static javafx.stage.Stage showPreferences(MainWindow window) {
        PreferencesDialog d = new PreferencesDialog(org.triptych.io.settings.Preferences.defaults().withMt("deepl",
                "https://api-free.deepl.com/", ""), org.triptych.workbench.DraftCommands.providerNames(),
                java.util.List.of("/home/translator/glossaries/yemen-names.tbx"), java.util.List.of("en", "ar", "ru"),
                PreferencesDialog.families(), true);
        d.initOwner(window.root().getScene().getWindow());
        d.show();
        return (javafx.stage.Stage) d.getDialogPane().getScene().getWindow();
    }
}
