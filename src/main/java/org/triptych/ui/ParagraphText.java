package org.triptych.ui;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Builds the node that shows a paragraph's text, wrapped to its column.
 *
 * <p>A single Text (or Label, or a TextFlow with one Text) holding a long Arabic paragraph wraps wrongly in JavaFX 21
 * on Linux: the first line paints the whole paragraph past the column and the wrapped part is painted again below.
 * Right-to-left paragraphs are therefore a {@link RightToLeftFlow}, which breaks its own lines so that JavaFX never
 * wraps right-to-left text ({@code ParagraphTextSnapshotTest} guards this). The same bug hits right-to-left words
 * inside a left-to-right paragraph (an Arabic quotation in an English finding message), so such short texts are
 * split into one Text per word, which TextFlow wraps correctly; purely left-to-right text stays one node (cheap, and
 * wraps correctly).
 */
public final class ParagraphText {

    private ParagraphText() {
    }

    private static volatile Font latin = Font.font("Noto Sans", 14);
    private static volatile Font cyrillic = Font.font("Noto Sans", 14);
    private static volatile Font arabic = Font.font("Noto Naskh Arabic", 16);

    /**
     * The font a version's text is shown and edited in, by its script (Edit ▸ Preferences sets them): Naskh, a size
     * larger, for right-to-left text at first.
     */
    static Font fontFor(org.triptych.model.Language language) {
        if (language.isRightToLeft()) {
            return arabic;
        }
        return org.triptych.text.LanguageProfile.of(language).script().filter(s -> s == Character.UnicodeScript.CYRILLIC)
                .isPresent() ? cyrillic : latin;
    }

    /** The fonts of the text columns per script; rows drawn from now on use them. */
    static void useFonts(Font latinFont, Font cyrillicFont, Font arabicFont) {
        latin = latinFont;
        cyrillic = cyrillicFont;
        arabic = arabicFont;
    }

    public static TextFlow create(String text, boolean rightToLeft, Font font) {
        return create(text, rightToLeft, font, List.of());
    }

    /** Whether any character of the text is right-to-left (Arabic, Hebrew...) or an Arabic-Indic digit (٠١٢): both start a right-to-left run. */
    static boolean containsRightToLeft(String text) {
        return org.triptych.text.BidiIsolates.hasRightToLeft(text);
    }

    /** The key under which a styled Text node keeps the {@link StyledSpan}s that cover it. */
    static final String SPANS = "triptych.spans";

    /**
     * Like {@link #create(String, boolean, Font)}, with runs of the text drawn in styles (glossary terms, findings).
     * The text is cut into pieces at word boundaries (right-to-left text: every word is its own node, as above) and
     * at span boundaries; each piece gets the style classes of the spans that cover it and keeps those spans under
     * {@link #SPANS}. Right-to-left text is never cut inside a word: a bracket or clitic in a node of its own is
     * placed and mirrored differently by JavaFX ("(رويترز)" showed as ")رويترز(" when the name was cut out), so the
     * whole word takes the style and the layout stays exactly that of the unstyled text. In left-to-right text a
     * span edge inside a run of Arabic letters does not cut it either (letters in separate nodes would not join); a
     * left-to-right text holding any right-to-left character is laid out word by word like right-to-left text.
     * The pieces' texts, joined, are the text with the brackets of its right-to-left runs mirrored.
     */
    public static TextFlow create(String text, boolean rightToLeft, Font font, List<StyledSpan> spans) {
        if (rightToLeft) {
            return rightToLeft(text, font, spans, true);
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("paragraph-text");
        if (spans.isEmpty() && !containsRightToLeft(text)) {
            flow.getChildren().add(text(text, font)); // one node: cheap, and left-to-right text wraps correctly
            return flow;
        }
        // brackets inside an embedded right-to-left run are mirrored as for a right-to-left paragraph (JavaFX does not)
        String shown = containsRightToLeft(text) ? mirrorBrackets(text, false) : text;
        for (int[] piece : controlsApart(shown, pieces(shown, containsRightToLeft(text), spans))) {
            Text t = text(shown.substring(piece[0], piece[1]), font);
            List<StyledSpan> on = covering(spans, piece);
            for (StyledSpan s : on) {
                if (!t.getStyleClass().contains(s.styleClass())) {
                    t.getStyleClass().add(s.styleClass());
                }
            }
            if (!on.isEmpty()) {
                t.getProperties().put(SPANS, on);
            }
            flow.getChildren().add(t);
        }
        return flow;
    }

    /** A right-to-left paragraph; {@code shareNodes} false gives the one-node-per-word layout tests compare with. */
    static RightToLeftFlow rightToLeft(String text, Font font, List<StyledSpan> spans, boolean shareNodes) {
        String mirrored = mirrorBrackets(text);
        List<RightToLeftFlow.Piece> pieces = new ArrayList<>();
        for (int[] piece : quotesApart(mirrored, pieces(mirrored, true, spans))) {
            List<StyledSpan> on = covering(spans, piece);
            pieces.add(new RightToLeftFlow.Piece(mirrored.substring(piece[0], piece[1]),
                    on.stream().map(StyledSpan::styleClass).distinct().toList(), on));
        }
        return new RightToLeftFlow(pieces, font, shareNodes);
    }

    /**
     * Punctuation opening an Arabic word ("إن, –عن) and quotation marks or dashes closing one (ومهشمتين"،) get
     * nodes of their own, one per character. Inside one right-to-left Text, JavaFX paints such marks at the wrong
     * end of the word (the opening quote after the word, the closing one before it) although it measures them in
     * the right place; in nodes of their own they are painted where they belong. A full stop, comma, colon or
     * question mark closing a word is painted right and stays with it. Brackets and guillemets are not split: they
     * are mirrored instead ({@link #mirrorBrackets}), and a bracket cut from its word is painted reversed.
     */
    static List<int[]> quotesApart(String text, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : pieces) {
            int from = p[0];
            int to = p[1];
            int lead = from;
            while (lead < to && edgePunctuation(text.charAt(lead))) {
                lead++;
            }
            int trail = to;
            while (trail > lead && edgePunctuation(text.charAt(trail - 1))) {
                trail--;
            }
            boolean arabic = containsRightToLeft(text.substring(lead, trail));
            boolean splitLead = arabic && lead > from;
            boolean splitTrail = arabic && hasQuoteOrDash(text, trail, to);
            if (!splitLead && !splitTrail) {
                out.add(p);
                continue;
            }
            int coreFrom = splitLead ? lead : from;
            int coreTo = splitTrail ? trail : to;
            for (int i = from; i < coreFrom; i++) {
                out.add(new int[] {i, i + 1});
            }
            if (coreTo > coreFrom) {
                out.add(new int[] {coreFrom, coreTo});
            }
            for (int i = coreTo; i < to; i++) {
                out.add(new int[] {i, i + 1});
            }
        }
        return out;
    }

    private static final String QUOTES_AND_DASHES = "\"'\u201C\u201D\u2018\u2019\u201E\u201F-\u2013\u2014";

    private static boolean hasQuoteOrDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QUOTES_AND_DASHES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation that can stand at a word's edge: not a letter, digit, mark, space, bracket or guillemet. */
    private static boolean edgePunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && Character.getType(c) != Character.NON_SPACING_MARK
                && "()[]{}<>«»‹›".indexOf(c) < 0;
    }

    private static List<StyledSpan> covering(List<StyledSpan> spans, int[] piece) {
        List<StyledSpan> on = new ArrayList<>();
        for (StyledSpan s : spans) {
            if (s.covers(piece[0], piece[1])) {
                on.add(s);
            }
        }
        return List.copyOf(on);
    }

    /**
     * Piece boundaries. Word-wise (right-to-left text, or any text holding a right-to-left character): word/space
     * edges only, as the unstyled layout. Otherwise span edges, except between two joining Arabic letters.
     */
    static List<int[]> pieces(String text, boolean wordWise, List<StyledSpan> spans) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (StyledSpan s : spans) {
            if (wordWise) {
                break; // whole words only (see create)
            }
            for (int edge : new int[] {s.start(), s.end()}) {
                if (edge > 0 && edge < text.length() && !(joining(text.charAt(edge - 1)) && joining(text.charAt(edge)))) {
                    cuts.add(edge);
                }
            }
        }
        if (wordWise) {
            for (int i = 1; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(i - 1))) {
                    cuts.add(i);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        Integer prev = null;
        for (int c : cuts) {
            if (prev != null && c > prev) {
                out.add(new int[] {prev, c});
            }
            prev = c;
        }
        return out;
    }

    /**
     * Direction controls (the isolates around an Arabic term, marks) in nodes of their own. In one node with
     * Arabic-Indic digits JavaFX draws them with the digits' font, which has no glyph for them: '١٢٠٥' in a finding
     * showed between two boxes that covered its first digit. Alone in a node they are drawn with the line's font,
     * which has them as nothing, and the bidi order across the nodes is the same.
     */
    static List<int[]> controlsApart(String text, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : pieces) {
            int from = p[0];
            for (int i = p[0]; i < p[1]; i++) {
                if (isDirectionControl(text.charAt(i))) {
                    if (i > from) {
                        out.add(new int[] {from, i});
                    }
                    out.add(new int[] {i, i + 1});
                    from = i + 1;
                }
            }
            if (from < p[1]) {
                out.add(new int[] {from, p[1]});
            }
        }
        return out;
    }

    private static boolean isDirectionControl(char c) {
        return (c >= '\u2066' && c <= '\u2069') || (c >= '\u202A' && c <= '\u202E') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** Letters of the Arabic script (and its marks), which join their neighbours when drawn in one node. */
    private static boolean joining(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640' || c == '\u200D';
    }

    /**
     * JavaFX lays out right-to-left runs but does not mirror paired punctuation in them, so "(رويترز)" shows as
     * ")رويترز(" and Arabic guillemets point the wrong way. Characters that the Unicode bidi algorithm places at a
     * right-to-left level are replaced by their mirror image; the length is unchanged, so offsets into the paragraph
     * (highlights, findings) still hold.
     */
    static String mirrorBrackets(String text) {
        return mirrorBrackets(text, true);
    }

    /** As {@link #mirrorBrackets(String)} in a paragraph of the given base direction (an Arabic term in an English line). */
    static String mirrorBrackets(String text, boolean rightToLeftBase) {
        Bidi bidi = new Bidi(text, rightToLeftBase ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((bidi.getLevelAt(i) & 1) == 1) {
                chars[i] = mirror(chars[i]);
            }
        }
        return new String(chars);
    }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            case '‹' -> '›';
            case '›' -> '‹';
            default -> c;
        };
    }

    private static Text text(String s, Font font) {
        Text t = new Text(s);
        if (font != null) {
            t.setFont(font);
        }
        t.getStyleClass().add("paragraph-word");
        return t;
    }
}
