package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** The styled overload of {@link ParagraphText}: which Text nodes carry which classes, and nothing lost. */
class StyledParagraphTextTest {

    private static String joined(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (Node n : flow.getChildren()) {
            b.append(((Text) n).getText());
        }
        return b.toString();
    }

    private static List<Text> withClass(TextFlow flow, String styleClass) {
        return flow.getChildren().stream().map(n -> (Text) n).filter(t -> t.getStyleClass().contains(styleClass)).toList();
    }

    @Test
    void latinTextIsCutAtSpanEdgesEvenInsideAWord() {
        String text = "The envoy Erik Halvorsen's talks resumed.";
        int name = text.indexOf("Erik Halvorsen");
        StyledSpan term = new StyledSpan(name, name + "Erik Halvorsen".length(), "term-preferred", "t");
        StyledSpan typo = new StyledSpan(text.indexOf("resumed"), text.indexOf("resumed") + 3, "finding-error", "f");
        TextFlow flow = ParagraphText.create(text, false, null, List.of(term, typo));
        assertEquals(text, joined(flow));
        assertEquals(List.of("Erik Halvorsen"), withClass(flow, "term-preferred").stream().map(Text::getText).toList());
        assertEquals(List.of("res"), withClass(flow, "finding-error").stream().map(Text::getText).toList(),
                "a span ending inside a Latin word cuts it");
        Text marked = withClass(flow, "finding-error").get(0);
        assertEquals(List.of(typo), marked.getProperties().get(ParagraphText.SPANS));
        assertTrue(flow.getChildren().stream().allMatch(n -> n.getStyleClass().contains("paragraph-word")));
        assertTrue(flow.getChildren().stream().filter(n -> n.getProperties().get(ParagraphText.SPANS) == null)
                .noneMatch(n -> n.getStyleClass().size() > 1), "unmarked text has no highlight class");
    }

    @Test
    void leftToRightTextWithArabicInItIsStyledWordByWord() {
        String text = "Use 'هالفورسن' here, not the deprecated form.";
        int d = text.indexOf("deprecated");
        StyledSpan finding = new StyledSpan(d + 2, d + 5, "finding-info", "f");
        TextFlow flow = ParagraphText.create(text, false, null, List.of(finding));
        assertEquals(text, joined(flow));
        assertEquals(List.of("deprecated"), withClass(flow, "finding-info").stream().map(Text::getText).toList(),
                "one node per word, as the unstyled layout of mixed text");
        assertEquals(ParagraphText.create(text, false, null).getChildren().size(), flow.getChildren().size());
    }

    @Test
    void overlappingSpansGiveBothClassesToTheSharedPiece() {
        String text = "Гальворсена сказал";
        StyledSpan term = new StyledSpan(0, 11, "term-deprecated", "t");
        StyledSpan finding = new StyledSpan(0, 11, "finding-warning", "f");
        TextFlow flow = ParagraphText.create(text, false, null, List.of(term, finding));
        Text first = (Text) flow.getChildren().get(0);
        assertEquals("Гальворсена", first.getText());
        assertTrue(first.getStyleClass().containsAll(List.of("term-deprecated", "finding-warning")));
        assertEquals(text, joined(flow));
    }

    @Test
    void arabicIsStyledInWholeWordsAndLinesAreBrokenAtSpacesOnly() {
        String text = "قال المبعوث وللأمم المتحدة (رويترز) اليوم إن المحادثات ستستأنف في جنيف الأسبوع المقبل";
        int w = text.indexOf("وللأمم");
        // a term that starts after the clitics و ل: the cut would separate joined letters
        StyledSpan term = new StyledSpan(w + 2, text.indexOf(" (") , "term-admitted", "t");
        int r = text.indexOf("رويترز");
        StyledSpan agency = new StyledSpan(r, r + "رويترز".length(), "term-preferred", "r");
        TextFlow flow = ParagraphText.create(text, true, null, List.of(term, agency));
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, flow.getNodeOrientation());
        assertEquals(ParagraphText.mirrorBrackets(text), joined(flow), "before any width: the text, unbroken");
        assertEquals(List.of("وللأمم المتحدة"), withClass(flow, "term-admitted").stream().map(Text::getText).toList(),
                "the whole word with its clitics takes the style");
        assertEquals(List.of(")رويترز("), withClass(flow, "term-preferred").stream().map(Text::getText).toList(),
                "brackets stay in their word's node (mirrored as without highlights)");
        assertEquals(List.of(term), withClass(flow, "term-admitted").get(0).getProperties().get(ParagraphText.SPANS));
        assertEquals(5, flow.getChildren().size(), "one node per run of equal style, not one per word");

        // a narrow column: several lines, each break a space turned into a hard line break, nothing else changed
        ((RightToLeftFlow) flow).breakFor(140);
        String broken = joined(flow);
        assertTrue(((RightToLeftFlow) flow).lineCount() >= 4, "lines: " + ((RightToLeftFlow) flow).lineCount());
        assertEquals(((RightToLeftFlow) flow).lineCount() - 1, broken.chars().filter(c -> c == '\n').count());
        assertEquals(ParagraphText.mirrorBrackets(text), broken.replace('\n', ' '));
        for (Node n : flow.getChildren()) {
            String s = ((Text) n).getText();
            assertTrue(s.indexOf('\n') < 0 || s.indexOf('\n') == s.length() - 1, "a break ends its node: '" + s + "'");
        }
        assertEquals(List.of(")رويترز("), withClass(flow, "term-preferred").stream().map(Text::getText).map(String::strip).toList(),
                "highlights survive the breaks");
        // wider again: back to fewer lines
        ((RightToLeftFlow) flow).breakFor(2000);
        assertEquals(1, ((RightToLeftFlow) flow).lineCount());
        assertEquals(ParagraphText.mirrorBrackets(text), joined(flow));
    }
}
