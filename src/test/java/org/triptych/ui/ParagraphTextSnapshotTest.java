package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Guards the work-around for JavaFX's right-to-left wrapping bug: a long Arabic paragraph rendered into a narrow
 * column must stay inside the column, wrap onto several lines and be right-aligned. With the bug, the first line
 * paints the whole paragraph past the column's edge.
 */
class ParagraphTextSnapshotTest {

    private static final String ARABIC = "قال المبعوث الخاص للأمم المتحدة إن الأطراف وافقت على هدنة مدتها ثلاثة أيام "
            + "للسماح بدخول قوافل المساعدات إلى المدينة المحاصرة، مضيفا أن المحادثات المباشرة ستستأنف في جنيف "
            + "الأسبوع المقبل إذا صمد وقف إطلاق النار، وأن (رويترز) نقلت عن مصادر قولها إن ١٢٠٥ أسر نزحت.";

    private static final int LEFT = 40;
    private static final int WIDTH = 300;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void longArabicParagraphWrapsInsideItsColumnAndIsRightAligned() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            TextFlow flow = ParagraphText.create(ARABIC, true, Font.font("Noto Naskh Arabic", 16));
            flow.setPrefWidth(WIDTH);
            flow.setMaxWidth(WIDTH);
            flow.relocate(LEFT, 10);
            Pane pane = new Pane(flow);
            pane.setStyle("-fx-background-color: white;");
            Scene scene = new Scene(pane, 800, 400, Color.WHITE);
            flow.resize(WIDTH, flow.prefHeight(WIDTH));
            return scene.snapshot(null);
        }).get(30, TimeUnit.SECONDS);

        PixelReader px = image.getPixelReader();
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        TreeSet<Integer> inkRows = new TreeSet<>();
        int firstLineRight = -1;
        int firstInkY = -1;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = px.getColor(x, y);
                if (c.getBrightness() < 0.5) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    inkRows.add(y);
                    if (firstInkY < 0) {
                        firstInkY = y;
                    }
                    if (y < firstInkY + 12) {
                        firstLineRight = Math.max(firstLineRight, x);
                    }
                }
            }
        }
        assertTrue(maxX >= 0, "the paragraph was drawn");
        assertTrue(minX >= LEFT - 2, "no ink left of the column: " + minX);
        assertTrue(maxX <= LEFT + WIDTH + 2, "no ink right of the column (the bug paints past it): " + maxX);
        assertTrue(lines(inkRows) >= 4, "wrapped onto several lines, was " + lines(inkRows));
        assertTrue(firstLineRight >= LEFT + WIDTH - 12, "first line starts at the right edge: " + firstLineRight);
    }

    @Test
    void mixedLatinAndArabicInALeftToRightFlowIsOneNodePerWordAndStaysInItsColumn() throws Exception {
        String message = "warning · spelling · ar ¶5 — Possible spelling mistake in " + ARABIC;
        TextFlow[] built = new TextFlow[1];
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            TextFlow flow = ParagraphText.create(message, false, Font.font("Noto Naskh Arabic", 16));
            built[0] = flow;
            flow.setPrefWidth(WIDTH);
            flow.setMaxWidth(WIDTH);
            flow.relocate(LEFT, 10);
            Pane pane = new Pane(flow);
            Scene scene = new Scene(pane, 800, 500, Color.WHITE);
            flow.resize(WIDTH, flow.prefHeight(WIDTH));
            return scene.snapshot(null);
        }).get(30, TimeUnit.SECONDS);
        assertTrue(built[0].getChildren().size() > 20, "one node per word: " + built[0].getChildren().size());
        assertEquals(ParagraphText.mirrorBrackets(message, false), built[0].getChildren().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat),
                "the words together are the text, the brackets of its Arabic run mirrored (JavaFX does not)");
        assertTrue(ParagraphText.mirrorBrackets(message, false).contains(")رويترز("), "mirrored inside the Arabic run");
        PixelReader px = image.getPixelReader();
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        TreeSet<Integer> inkRows = new TreeSet<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (px.getColor(x, y).getBrightness() < 0.5) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    inkRows.add(y);
                }
            }
        }
        assertTrue(minX >= LEFT - 2, "no ink left of the column: " + minX);
        assertTrue(maxX <= LEFT + WIDTH + 2, "no ink right of the column: " + maxX);
        assertTrue(lines(inkRows) >= 4, "wrapped onto several lines, was " + lines(inkRows));
        // purely left-to-right text stays one node
        assertEquals(1, ParagraphText.create("plain English text", false, null).getChildren().size());
        // Arabic-Indic digits open a right-to-left run too
        assertTrue(ParagraphText.create("'١٢٠٥' differs from the English '1,250'", false, null).getChildren().size() > 1);
    }

    /**
     * Words sharing a Text node must be drawn exactly as with one node per word (the layout known to be right): JavaFX
     * orders the runs inside one right-to-left node wrongly when it holds a number or starts with a dash. Every
     * paragraph of the bundled Arabic sample, broken at the same width both ways, must give the same pixels.
     */
    @Test
    void sharedNodesDrawTheArabicSampleExactlyAsOneNodePerWord() throws Exception {
        java.util.List<String> paragraphs = org.triptych.io.document.SampleArticle.load().version(org.triptych.model.Language.ARABIC)
                .orElseThrow().paragraphs().stream().map(org.triptych.model.Paragraph::text).toList();
        java.util.List<String> different = WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            Font font = Font.font("Noto Naskh Arabic", 16);
            int sharedNodes = 0;
            int wordNodes = 0;
            for (String p : paragraphs) {
                RightToLeftFlow shared = ParagraphText.rightToLeft(p, font, java.util.List.of(), true);
                RightToLeftFlow perWord = ParagraphText.rightToLeft(p, font, java.util.List.of(), false);
                WritableImage a = snapshot(shared);
                WritableImage b = snapshot(perWord);
                sharedNodes += shared.getChildren().size();
                wordNodes += perWord.getChildren().size();
                if (!samePixels(a, b)) {
                    out.add(p);
                }
            }
            assertTrue(sharedNodes * 3 < wordNodes, "far fewer nodes: " + sharedNodes + " against " + wordNodes);
            return out;
        }).get(60, TimeUnit.SECONDS);
        assertEquals(java.util.List.of(), different, "paragraphs drawn differently with shared nodes");
    }

    /**
     * A quotation mark opening an Arabic word is painted on the word's right (where reading starts), a closing one on
     * its left. Inside one right-to-left Text JavaFX paints them at the opposite ends. A one-word line shows which:
     * its right edge must change when an opening mark is added, and must not when a closing mark is.
     */
    @Test
    void quotationMarksArePaintedOnTheirOwnSideOfTheWord() throws Exception {
        boolean[] same = WaitForAsyncUtils.asyncFx(() -> {
            Font font = Font.font("Noto Naskh Arabic", 22);
            WritableImage alone = snapshot(ParagraphText.rightToLeft("إنه", font, java.util.List.of(), true));
            WritableImage opening = snapshot(ParagraphText.rightToLeft("\"إنه", font, java.util.List.of(), true));
            WritableImage closing = snapshot(ParagraphText.rightToLeft("إنه\"", font, java.util.List.of(), true));
            // the last 14 px of the column: a third of the word, or the mark and a sliver of the word
            double to = (LEFT_OF_SNAPSHOT + WIDTH) / (double) (WIDTH + 20);
            double from = (LEFT_OF_SNAPSHOT + WIDTH - 14) / (double) (WIDTH + 20);
            return new boolean[] {sameColumns(alone, opening, from, to), sameColumns(alone, closing, from, to)};
        }).get(30, TimeUnit.SECONDS);
        assertFalse(same[0], "the opening mark is painted at the right edge, before the word");
        assertTrue(same[1], "the word keeps the right edge: the closing mark is painted after it, on its left");
    }

    /** Whether the two images hold the same ink in the given fraction of their width (0 = left edge, 1 = right). */
    private static boolean sameColumns(WritableImage a, WritableImage b, double from, double to) {
        int x0 = (int) (a.getWidth() * from);
        int x1 = (int) Math.min(a.getWidth(), b.getWidth() * to);
        PixelReader x = a.getPixelReader();
        PixelReader y = b.getPixelReader();
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int j = 0; j < h; j++) {
            for (int i = x0; i < x1; i++) {
                if (Math.abs(x.getColor(i, j).getBrightness() - y.getColor(i, j).getBrightness()) > 0.35) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final int LEFT_OF_SNAPSHOT = 10;

    private static WritableImage snapshot(RightToLeftFlow flow) {
        flow.setPrefWidth(WIDTH); // a Pane sizes its children to their preferred size: the column's width
        Pane pane = new Pane(flow);
        new Scene(pane, WIDTH + 20, 900, Color.WHITE);
        flow.resize(WIDTH, flow.prefHeight(WIDTH));
        flow.relocate(LEFT_OF_SNAPSHOT, 0);
        return pane.snapshot(null, null);
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader x = a.getPixelReader();
        PixelReader y = b.getPixelReader();
        for (int j = 0; j < (int) a.getHeight(); j++) {
            for (int i = 0; i < (int) a.getWidth(); i++) {
                if (Math.abs(x.getColor(i, j).getBrightness() - y.getColor(i, j).getBrightness()) > 0.35) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Counts separate horizontal bands of ink (text lines). */
    private static int lines(TreeSet<Integer> rows) {
        int bands = 0;
        int last = -10;
        for (int y : rows) {
            if (y > last + 3) {
                bands++;
            }
            last = y;
        }
        return bands;
    }

    @Test
    void bracketsInRightToLeftRunsAreMirroredAndLengthKept() {
        String in = "نقلت (رويترز) عن «مصادر» مطلعة";
        String out = ParagraphText.mirrorBrackets(in);
        assertEquals(in.length(), out.length());
        assertEquals("نقلت )رويترز( عن »مصادر« مطلعة", out);
        // brackets between Arabic and a Latin word resolve to the paragraph's right-to-left level as well
        assertEquals("قال )Reuters( اليوم", ParagraphText.mirrorBrackets("قال (Reuters) اليوم"));
    }
}
