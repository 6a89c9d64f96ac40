package org.triptych.io.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw blocks into clean paragraph texts: joins the lines of a block (undoing hyphenation at line ends),
 * removes running page headers and footers and bare page numbers, and rejoins a paragraph that a page break cut.
 */
final class ParagraphAssembler {

    /** A paragraph text and whether it is a heading. */
    record AssembledParagraph(String text, boolean heading) {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-–—]*(?:(?:page|стр\\.?|страница|صفحة)\\s*)?[0-9٠-٩]{1,4}(?:\\s*(?:of|из|من|/)\\s*[0-9٠-٩]{1,4})?[\\s\\-–—]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private ParagraphAssembler() {
    }

    static List<AssembledParagraph> assemble(List<TextBlock> blocks) {
        Set<String> running = runningHeadersAndFooters(blocks);
        List<AssembledParagraph> out = new ArrayList<>();
        int lastPage = -1;
        for (TextBlock block : blocks) {
            String text = joinLines(block.text());
            if (text.isEmpty() || PAGE_NUMBER.matcher(text).matches()
                    || block.page() > 0 && running.contains(shape(text))) {
                continue;
            }
            boolean newPage = block.page() > 0 && block.page() != lastPage && lastPage > 0;
            lastPage = block.page() > 0 ? block.page() : lastPage;
            if (newPage && !out.isEmpty() && continuesAcrossPage(out.get(out.size() - 1).text(), text)) {
                AssembledParagraph prev = out.remove(out.size() - 1);
                out.add(new AssembledParagraph(joinAcross(prev.text(), text), prev.heading()));
                continue;
            }
            out.add(new AssembledParagraph(text, block.heading()));
        }
        return out;
    }

    /**
     * Joins the lines of a block into one line. A hyphen at a line end between two lower-case letters is a
     * typesetter's break ("negoti-\nations") and goes; a soft hyphen always goes.
     */
    static String joinLines(String raw) {
        String s = normalizePresentationForms(raw.replace("\u00AD", "").replace("\r\n", "\n").replace('\r', '\n'));
        String[] lines = s.split("\n");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() == 0) {
                sb.append(l);
            } else if (endsWithBreakHyphen(sb) && Character.isLowerCase(l.codePointAt(0))) {
                sb.setLength(sb.length() - 1);
                sb.append(l);
            } else {
                sb.append(' ').append(l);
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    private static boolean endsWithBreakHyphen(CharSequence sb) {
        int n = sb.length();
        return n >= 2 && (sb.charAt(n - 1) == '-' || sb.charAt(n - 1) == '\u2010')
                && Character.isLowerCase(sb.charAt(n - 2));
    }

    /**
     * PDFs often store Arabic as presentation forms (the joined glyph shapes); the text layer then holds
     * U+FB50..U+FDFF and U+FE70..U+FEFF instead of letters. NFKC maps exactly those back to letters; we apply it only
     * to those characters so nothing else the author wrote is changed (Arabic-Indic digits stay as written).
     */
    static String normalizePresentationForms(String s) {
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) {
            any = isPresentationForm(s.charAt(i));
        }
        if (!any) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(isPresentationForm(c) ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return sb.toString();
    }

    private static boolean isPresentationForm(char c) {
        return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF';
    }

    /** A paragraph that ends without closing punctuation and a next page that starts in lower case belong together. */
    private static boolean continuesAcrossPage(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean open = ".!?…؟:»\"”'’)]".indexOf(last) < 0;
        return open && (Character.isLowerCase(next.codePointAt(0)) || last == '-' || last == ',' || last == '،');
    }

    private static String joinAcross(String previous, String next) {
        if (endsWithBreakHyphen(previous) && Character.isLowerCase(next.codePointAt(0))) {
            return previous.substring(0, previous.length() - 1) + next;
        }
        return previous + " " + next;
    }

    /**
     * Lines repeated at the top or bottom of at least half of the pages (three pages or more) are running heads or
     * feet. They are compared with digits masked, so "Page 3" and "Page 4" count as the same line.
     */
    private static Set<String> runningHeadersAndFooters(List<TextBlock> blocks) {
        Map<Integer, List<TextBlock>> byPage = new HashMap<>();
        for (TextBlock b : blocks) {
            if (b.page() > 0) {
                byPage.computeIfAbsent(b.page(), k -> new ArrayList<>()).add(b);
            }
        }
        if (byPage.size() < 3) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (List<TextBlock> page : byPage.values()) {
            Set<String> edges = new HashSet<>();
            edges.add(shape(joinLines(page.get(0).text())));
            edges.add(shape(joinLines(page.get(page.size() - 1).text())));
            for (String e : edges) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        Set<String> running = new HashSet<>();
        counts.forEach((shape, n) -> {
            if (n * 2 >= byPage.size() && !shape.isBlank() && shape.length() < 200) {
                running.add(shape);
            }
        });
        return running;
    }

    private static String shape(String text) {
        return text.replaceAll("[0-9٠-٩]+", "#").strip();
    }
}
