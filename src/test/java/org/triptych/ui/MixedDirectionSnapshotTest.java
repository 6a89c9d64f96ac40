package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.text.BidiIsolates;

/**
 * Messages that mix English with Arabic terms read in order, checked from the pixels: the words of a line are drawn,
 * each term's Text node painted in a colour of its own (painting changes no layout), and the colours' columns must
 * come left to right in the order the sentence says them. Without the isolates the same check sees the bug the
 * translators saw ("use 'هالفورسن' → هالفورسن" drawn with the second name before the arrow).
 */
class MixedDirectionSnapshotTest {

    private static final String OLD = "هالفورسون";
    private static final String NEW = "هالفورسن";
    private static final Font FONT = Font.font("Noto Sans", 14);

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Ink columns of each colour, left to right. */
    private record Ink(int redMin, int redMax, int greenMin, int greenMax, int blueMin, int blueMax) {
    }

    private static Ink draw(TextFlow flow, Predicate<String> red, Predicate<String> green, Predicate<String> blue)
            throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.scene.Node n : flow.getChildren()) {
                Text t = (Text) n;
                String s = BidiIsolates.strip(t.getText());
                t.setFill(red.test(s) ? Color.RED : green.test(s) ? Color.LIME : blue.test(s) ? Color.BLUE : Color.BLACK);
            }
            flow.setPrefWidth(1400);
            flow.relocate(10, 10);
            Pane pane = new Pane(flow);
            Scene scene = new Scene(pane, 1500, 80, Color.WHITE);
            flow.resize(1400, flow.prefHeight(1400));
            return scene.snapshot(null);
        }).get(30, TimeUnit.SECONDS);
        PixelReader px = image.getPixelReader();
        int[] r = {Integer.MAX_VALUE, -1};
        int[] g = {Integer.MAX_VALUE, -1};
        int[] b = {Integer.MAX_VALUE, -1};
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = px.getColor(x, y);
                int[] into = c.getRed() > 0.6 && c.getGreen() < 0.45 && c.getBlue() < 0.45 ? r
                        : c.getGreen() > 0.6 && c.getRed() < 0.45 && c.getBlue() < 0.45 ? g
                        : c.getBlue() > 0.6 && c.getRed() < 0.45 && c.getGreen() < 0.45 ? b : null;
                if (into != null) {
                    into[0] = Math.min(into[0], x);
                    into[1] = Math.max(into[1], x);
                }
            }
        }
        return new Ink(r[0], r[1], g[0], g[1], b[0], b[1]);
    }

    private static TextFlow line(String s) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ParagraphText.create(s, false, FONT)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anIsolatedTermKeepsItsQuotesAndTheArrowBetweenTwoArabicNamesStaysBetweenThem() throws Exception {
        String advice = "use '" + BidiIsolates.isolate(OLD) + "' → " + BidiIsolates.isolate(NEW) + " instead";
        Ink ink = draw(line(advice), s -> s.contains(OLD), s -> s.equals("→"), s -> s.contains(NEW));
        assertTrue(ink.redMax() >= 0 && ink.greenMax() >= 0 && ink.blueMax() >= 0, "all three drawn: " + ink);
        assertTrue(ink.redMax() < ink.greenMin(), "the first name left of the arrow: " + ink);
        assertTrue(ink.greenMax() < ink.blueMin(), "the arrow left of the second name: " + ink);

        // the control: the same line without isolates is drawn in the wrong order, and this check sees it
        Ink raw = draw(line("use '" + OLD + "' → " + NEW + " instead"), s -> s.contains(OLD), s -> s.equals("→"),
                s -> s.contains(NEW));
        assertTrue(raw.blueMax() < raw.greenMin(), "without isolates the run reverses (the second name before the arrow): " + raw);
    }

    @Test
    void aFindingsLineReadsInOrder() throws Exception {
        Finding f = new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, OLD, "c-erik-halvorsen",
                "'" + OLD + "' is a deprecated term for Erik Halvorsen; use '" + NEW + "'", List.of(NEW), "terms.deprecated");
        String described = FindingsPanel.describe(f, 3);
        assertTrue(described.startsWith("warning · deprecated · ar ¶4 — "), "numbered by the row the window shows: " + described);
        // the flagged term is in the message: "'OLD' is a deprecated term for Erik Halvorsen; use 'NEW'  →  NEW"
        Ink ink = draw(line(described), s -> s.contains(OLD), s -> s.equals("term"),
                s -> s.equals("'" + NEW + "'"));
        assertTrue(ink.redMax() < ink.greenMin(), "the deprecated form first: " + ink);
        assertTrue(ink.greenMax() < ink.blueMin(), "the preferred form after the advice: " + ink);
    }

    @Test
    void arabicIndicNumbersAreDrawnWithoutBoxesAndInOrder() throws Exception {
        Finding f = new Finding("number", Severity.ERROR, Language.ARABIC, 4, 0, 4, "١٢٠٥", null,
                "'١٢٠٥' differs from the English '1,250'", List.of("١٢٥٠"), "terms.number");
        TextFlow flow = line(FindingsPanel.describe(f, 4));
        for (javafx.scene.Node n : flow.getChildren()) {
            String text = ((Text) n).getText();
            assertTrue(BidiIsolates.strip(text).equals(text) || text.length() == 1,
                    "a direction control shares a node with other text: '" + text + "'");
        }
        // the controls drawn red: nothing of them may show (the digits' font drew them as boxes over the first digit)
        Ink ink = draw(flow, String::isEmpty, s -> s.contains("١٢٠٥"), s -> s.contains("١٢٥٠"));
        assertEquals(-1, ink.redMax(), "the isolates around the numbers left ink: " + ink);
        assertTrue(ink.greenMax() >= 0 && ink.greenMax() < ink.blueMin(), "the number found, then the suggestion: " + ink);
    }

    @Test
    void theStatusLineIsolatesTheQuotedTermsOfAMessage() throws Exception {
        String message = "'" + OLD + "' is a deprecated term for Erik Halvorsen; use '" + NEW + "'";
        StatusMessage[] status = new StatusMessage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            status[0] = new StatusMessage();
            status[0].textProperty().set(message);
        }).get(10, TimeUnit.SECONDS);
        assertEquals("'\u2068" + OLD + "\u2069' is a deprecated term for Erik Halvorsen; use '\u2068" + NEW + "\u2069'",
                status[0].shownText());
        Ink ink = draw(status[0].flow(), s -> s.contains(OLD), s -> s.equals("Halvorsen;"), s -> s.contains(NEW));
        assertTrue(ink.redMax() < ink.greenMin() && ink.greenMax() < ink.blueMin(), "term, English, term: " + ink);
    }

    @Test
    void anArabicMessageReadsRightToLeftWithItsBracketsTheRightWayRound() throws Exception {
        // an Arabic LanguageTool message in an English line: isolated whole, read right to left
        String message = "كلمة (غير) صحيحة";
        String line = "warning · grammar · ar ¶2 — " + BidiIsolates.isolateTerms(message);
        TextFlow flow = line(line);
        String shown = flow.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertTrue(shown.contains(")غير("), "brackets of the right-to-left run mirrored, as JavaFX does not: " + shown);
        Ink ink = draw(flow, s -> s.equals("كلمة"), s -> s.equals("warning"), s -> s.equals("صحيحة"));
        assertTrue(ink.greenMax() < ink.blueMin(), "the English start stays on the left: " + ink);
        assertTrue(ink.blueMax() < ink.redMin(), "the message's first word on its right, its last on its left: " + ink);
    }

    @Test
    void theHoverBoxOfADeprecatedTermIsolatesBothForms() {
        Finding f = new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, OLD, "c",
                "'" + OLD + "' is deprecated; use '" + NEW + "'", List.of(NEW), "terms.deprecated");
        String hover = Highlights.describe(f);
        assertTrue(hover.contains("'\u2068" + OLD + "\u2069' is deprecated; use '\u2068" + NEW + "\u2069'"), hover);
        assertTrue(hover.endsWith("Suggestions: \u2068" + NEW + "\u2069"), hover);
    }
}
