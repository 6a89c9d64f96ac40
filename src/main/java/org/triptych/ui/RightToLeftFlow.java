package org.triptych.ui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * A right-to-left paragraph that breaks its own lines, so JavaFX never has to wrap right-to-left text.
 *
 * <p>JavaFX 21 paints a right-to-left {@link Text} wrongly when a {@link TextFlow} wraps it (the first line shows
 * the whole run past the column). The first work-around gave every word its own Text node, which TextFlow wraps
 * correctly, but a row of Arabic then held a hundred nodes, each styled, shaped and drawn on its own: building the
 * rows of a jump through a long article cost 100–400 ms on the FX thread. This flow measures each word once (widths
 * are cached per font), chooses the line breaks itself for the width it is given, ends each line with a hard line
 * break and lets runs of plain Arabic words share one Text (see {@link #rebuild}); each line fits, so nothing is
 * wrapped by JavaFX. The breaks are chosen again only when the width changes enough to move one.
 */
final class RightToLeftFlow extends TextFlow {

    /** Room kept free on each line: measured word widths may differ by a pixel from the shaped line. */
    private static final double SLACK = 6;

    /** A word or a run of white space, with the styles of the spans covering it. */
    record Piece(String text, List<String> styles, List<StyledSpan> spans) {
        boolean isSpace() {
            return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
        }
    }

    private final List<Piece> pieces;
    private final Font font;
    private final boolean shareNodes;
    private double brokenAt = -1;
    private BitSet breaks = new BitSet();

    /** The height last laid out, and for which width and font: layout asks for min and pref height again and again. */
    private double heightFor = -2;
    private Font heightFont;
    private double height;
    private double heightExtra;

    RightToLeftFlow(List<Piece> pieces, Font font) {
        this(pieces, font, true);
    }

    /** {@code shareNodes} false: one node per word and per space run, the known-good layout tests compare with. */
    RightToLeftFlow(List<Piece> pieces, Font font, boolean shareNodes) {
        this.pieces = List.copyOf(pieces);
        this.font = font;
        this.shareNodes = shareNodes;
        getStyleClass().add("paragraph-text");
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setTextAlignment(TextAlignment.LEFT); // LEFT in a right-to-left flow is its start: the right edge
        rebuild(breaks);
    }

    @Override
    protected double computePrefHeight(double width) {
        breakFor(width);
        Font f = measuringFont();
        double extra = getLineSpacing() * 1000 + snappedTopInset() + snappedBottomInset();
        if (width != heightFor || !f.equals(heightFont) || extra != heightExtra) {
            // each call of TextFlow's own shapes every run again (Pango): most of the FX time of a new Arabic row
            height = super.computePrefHeight(width);
            heightFor = width;
            heightFont = f;
            heightExtra = extra;
        }
        return height;
    }

    @Override
    protected void layoutChildren() {
        breakFor(getWidth());
        super.layoutChildren();
    }

    /** The pieces' texts in order: the paragraph (bracket-mirrored) as it is drawn before any line break. */
    String text() {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    /** How many lines the paragraph takes at its last width. */
    int lineCount() {
        return breaks.cardinality() + 1;
    }

    /** Chooses the line breaks for a width (the flow's own, insets included); rebuilds the nodes if they move. */
    void breakFor(double width) {
        if (width <= 0 || Math.abs(width - brokenAt) < 0.5) {
            return;
        }
        brokenAt = width;
        double available = width - snappedLeftInset() - snappedRightInset() - SLACK;
        BitSet chosen = chooseBreaks(available);
        if (!chosen.equals(breaks)) {
            breaks = chosen;
            rebuild(chosen);
            if (getScene() != null) {
                applyCss(); // the new nodes' colours and underlines before they are drawn
            }
        }
    }

    /** Greedy: a word goes on the line if the line's words, the spaces between them and it fit. */
    private BitSet chooseBreaks(double available) {
        Font f = measuringFont();
        BitSet out = new BitSet();
        double line = 0;
        double space = 0;
        int lastSpace = -1;
        boolean lineHasWord = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            double w = Widths.of(f, p.text());
            if (p.isSpace()) {
                space += w;
                lastSpace = i;
                continue;
            }
            if (lineHasWord && lastSpace >= 0 && line + space + w > available) {
                out.set(lastSpace);
                line = w;
            } else {
                line += space + w;
            }
            lineHasWord = true;
            space = 0;
            lastSpace = -1;
        }
        return out;
    }

    /** The font the Text nodes are drawn in: the style sheet's, once applied, else the one given. */
    private Font measuringFont() {
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                return t.getFont();
            }
        }
        return font != null ? font : Font.getDefault();
    }

    /**
     * One Text per run of plain Arabic words (and the spaces between them) with the same styles; every other word
     * (digits, Latin letters, brackets, quotation marks, a dash) keeps a node of its own, as do the spaces
     * beside it. JavaFX 21 orders the runs inside one right-to-left Text wrongly as soon as it holds a number or a
     * neutral sign at its edge ("28" or " - " moved to the wrong end of the line), while a node per such word is laid
     * out right. A chosen break is a Text of its own holding a hard line break in place of the space.
     */
    private void rebuild(BitSet breakAt) {
        List<Text> nodes = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Piece runStyle = null;
        boolean runPlain = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean plain = shareNodes && (p.isSpace() || isPlainRightToLeft(p.text()));
            if (run.length() > 0 && (breakAt.get(i) || !runPlain || !plain || !sameStyle(runStyle, p))) {
                nodes.add(node(run.toString(), runStyle));
                run.setLength(0);
            }
            if (breakAt.get(i)) {
                nodes.add(node("\n", p)); // the space the line ends at becomes the break
                continue;
            }
            if (run.length() == 0) {
                runStyle = p;
                runPlain = plain;
            }
            run.append(p.text());
        }
        if (run.length() > 0) {
            nodes.add(node(run.toString(), runStyle));
        }
        getChildren().setAll(nodes);
        heightFor = -2;
    }

    /** Letters of a right-to-left script and their marks, maybe ending in a comma or stop: such words share a node safely. */
    static boolean isPlainRightToLeft(String word) {
        int end = word.length();
        while (end > 1 && TRAILING.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            byte d = Character.getDirectionality(word.charAt(i));
            if (d != Character.DIRECTIONALITY_RIGHT_TO_LEFT && d != Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    && d != Character.DIRECTIONALITY_NONSPACING_MARK && d != Character.DIRECTIONALITY_BOUNDARY_NEUTRAL) {
                return false;
            }
        }
        return end > 0;
    }

    /**
     * Punctuation that may end a plain word (the Arabic comma and semicolon, full stop, colon, exclamation mark):
     * compared pixel by pixel with one node per word on 291 Arabic news paragraphs, nothing moved, and a quarter
     * fewer nodes; quotation marks and brackets did move, so they keep their own nodes.
     */
    private static final String TRAILING = "\u060C\u061B.:!";

    private static boolean sameStyle(Piece a, Piece b) {
        return a.styles().equals(b.styles()) && a.spans().equals(b.spans());
    }

    private Text node(String s, Piece style) {
        Text t = new Text(s);
        if (font != null) {
            t.setFont(font);
        }
        t.getStyleClass().add("paragraph-word");
        t.getStyleClass().addAll(style.styles());
        if (!style.spans().isEmpty()) {
            t.getProperties().put(ParagraphText.SPANS, style.spans());
        }
        return t;
    }

    /** Advance widths of words, per font, measured once on the FX thread. */
    static final class Widths {

        private static final Map<Font, Map<String, Double>> CACHE = new HashMap<>();
        private static final Text MEASURE = new Text();
        private static int size;

        private Widths() {
        }

        static double of(Font font, String s) {
            Map<String, Double> byText = CACHE.computeIfAbsent(font, f -> new HashMap<>());
            Double w = byText.get(s);
            if (w == null) {
                if (size > 200_000) {
                    CACHE.values().forEach(Map::clear); // bounded: a long session's words do not pile up
                    size = 0;
                }
                w = measure(font, s);
                byText.put(s, w);
                size++;
            }
            return w;
        }

        private static double measure(Font font, String s) {
            if (!s.isEmpty() && s.isBlank()) {
                // trailing white space has no width in a Text's bounds: measure it between two letters
                return measure(font, "x" + s + "x") - measure(font, "xx");
            }
            MEASURE.setFont(Objects.requireNonNull(font));
            MEASURE.setText(s);
            return MEASURE.getLayoutBounds().getWidth();
        }
    }
}
