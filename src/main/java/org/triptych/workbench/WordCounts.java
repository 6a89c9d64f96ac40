package org.triptych.workbench;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/**
 * Word counts for the status line: per version of the project, and per cell of the selected row. A word is a run of
 * characters between spaces, as {@link DocumentVersion#wordCount()} counts. A version is counted again only when it
 * changed (an edit makes a new version object; the others are kept), so the count after an edit of a 5,000-paragraph
 * project costs one version's scan, not three.
 */
public final class WordCounts {

    private final Map<DocumentVersion, Integer> byVersion = new IdentityHashMap<>();
    /**
     * Words per paragraph object: a paragraph an edit did not touch is the same object in the next state, and undo
     * brings the old objects back, so after most changes only the changed paragraphs are scanned. Bounded.
     */
    private final Map<Paragraph, Integer> byParagraph = new IdentityHashMap<>();

    /** The words of {@code text}: runs of non-space characters. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** Per version of {@code state}'s article, in column order, its words. */
    public Map<Language, Integer> perVersion(ProjectState state) {
        Map<Language, Integer> out = new LinkedHashMap<>();
        Map<DocumentVersion, Integer> kept = new IdentityHashMap<>();
        for (DocumentVersion v : state.article().versions()) {
            int n = byVersion.computeIfAbsent(v, x -> {
                if (byParagraph.size() > 200_000) {
                    byParagraph.clear();
                }
                int sum = 0;
                for (Paragraph p : x.paragraphs()) {
                    sum += byParagraph.computeIfAbsent(p, q -> words(q.text()));
                }
                return sum;
            });
            kept.put(v, n);
            out.put(v.language(), n);
        }
        byVersion.keySet().retainAll(kept.keySet()); // versions no longer shown are forgotten
        return out;
    }

    /** Per version, the words in row {@code row}'s cell at {@code level}; empty when there is no such row. */
    public static Map<Language, Integer> ofRow(ProjectState state, AlignmentLevel level, int row) {
        Map<Language, Integer> out = new LinkedHashMap<>();
        LinkTable t = state.table(level);
        if (t == null || row < 0 || row >= t.rows().size()) {
            return out;
        }
        LinkRow r = t.rows().get(row);
        out.put(Language.ENGLISH, words(state, level, Language.ENGLISH, r.english()));
        for (int c = 0; c < t.targets().size(); c++) {
            out.put(t.targets().get(c), words(state, level, t.targets().get(c), r.cells().get(c).units()));
        }
        return out;
    }

    private static int words(ProjectState state, AlignmentLevel level, Language l, List<Integer> units) {
        int n = 0;
        for (int u : units) {
            try {
                Units.Location at = Units.locate(state.article(), l, level, u);
                Paragraph p = state.article().version(l).orElseThrow().paragraphs().get(at.paragraph());
                n += words(at.sentence() < 0 ? p.text() : p.sentences().get(at.sentence()).text());
            } catch (IndexOutOfBoundsException e) {
                // a unit of an older state: not counted
            }
        }
        return n;
    }
}
