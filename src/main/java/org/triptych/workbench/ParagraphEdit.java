package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Paragraph;
import org.triptych.model.Sentence;

/**
 * Replaces a span of a paragraph's text and carries its sentences along without segmenting again: sentences before
 * the span stay, sentences after it shift, and the sentences the span touches become one. An edit inside one
 * sentence therefore keeps the sentence count, and sentence-level links stay valid.
 */
final class ParagraphEdit {

    private ParagraphEdit() {
    }

    static Paragraph replace(Paragraph p, int start, int end, String replacement) {
        String text = p.text();
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("Span " + start + ".." + end + " is outside the paragraph");
        }
        String now = text.substring(0, start) + replacement + text.substring(end);
        int delta = replacement.length() - (end - start);
        List<Sentence> out = new ArrayList<>();
        int mergedStart = -1;
        int mergedEnd = -1;
        boolean insertionPlaced = false;
        for (Sentence s : p.sentences()) {
            boolean touched;
            if (start == end) {
                touched = !insertionPlaced && s.start() <= start && start <= s.end();
                insertionPlaced |= touched;
            } else {
                touched = s.start() < end && s.end() > start;
            }
            if (touched) {
                mergedStart = mergedStart < 0 ? Math.min(s.start(), start) : mergedStart;
                mergedEnd = Math.max(s.end(), end) + delta;
                continue;
            }
            if (mergedStart >= 0) {
                out.add(sentence(now, mergedStart, mergedEnd));
                mergedStart = -1;
            }
            if (s.end() <= start) {
                out.add(s);
            } else {
                out.add(sentence(now, s.start() + delta, s.end() + delta));
            }
        }
        if (mergedStart >= 0) {
            out.add(sentence(now, mergedStart, mergedEnd));
        }
        return p.withText(now, out);
    }

    /** The smallest span replacement that turns {@code before} into {@code after}: {start, end, replacement}. */
    static Paragraph rewrite(Paragraph p, String after) {
        String before = p.text();
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return replace(p, prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }

    private static Sentence sentence(String text, int start, int end) {
        return new Sentence(start, end, text.substring(start, end));
    }
}
