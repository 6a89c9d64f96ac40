package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.text.SearchFolding;

/**
 * Find and replace over an article's versions, without JavaFX: what Edit ▸ Find (Ctrl+F) and Replace (Ctrl+H) do.
 * A search runs paragraph by paragraph over one version or all of them, on text folded by {@link SearchFolding} (ё/е
 * always, Arabic diacritics and letter forms when asked), and gives matches as spans of the original paragraphs.
 * Replacing is a pure function from a state to a state, so the session makes it one undoable step.
 */
public final class TextSearch {

    /**
     * What to look for.
     *
     * @param text          the words, or a regular expression when {@code regex}
     * @param column        the one version searched, or null for every version
     * @param wholeWord     a match may not start or end inside a word
     * @param matchCase     upper and lower case differ
     * @param arabicFolding harakat ignored, alef forms and hamza seats folded (ё/е are always folded)
     */
    public record Query(String text, Language column, boolean regex, boolean wholeWord, boolean matchCase,
                        boolean arabicFolding) {
        public Query {
            Objects.requireNonNull(text, "text");
        }

        /** Plain words, in every version, any case, Arabic folding on. */
        public static Query of(String text) {
            return new Query(text, null, false, false, false, true);
        }
    }

    /** A match: a span of a paragraph of a version. */
    public record Match(Language language, int paragraph, int start, int end) {
    }

    /** The matches of a query, in column order (English first), then paragraph and offset. */
    public record Found(Query query, List<Match> matches) {
        public Found {
            matches = List.copyOf(matches);
        }
    }

    /**
     * A match as the view shows it: the row and the unit (paragraph, or sentence at sentence level) that hold it, and
     * its span in that unit's text. A match running over a sentence end at sentence level gives one hit per sentence.
     */
    public record Hit(Match match, int row, int unit, int start, int end) {
    }

    private TextSearch() {
    }

    /**
     * The matches placed in the rows of {@code level} (row -1: in no row yet, the level not aligned), in reading order
     * of the window: by row, then column (English first), then offset. One pass over the links, so thousands of
     * matches are placed at once.
     */
    public static List<Hit> hits(ProjectState state, org.triptych.model.AlignmentLevel level, Found found) {
        LinkTable t = state.table(level);
        Map<Language, int[]> rowOfUnit = new LinkedHashMap<>();
        List<Language> columns = new ArrayList<>();
        for (DocumentVersion v : state.article().versions()) {
            columns.add(v.language());
            int[] rows = new int[Units.count(state.article(), v.language(), level)];
            java.util.Arrays.fill(rows, -1);
            rowOfUnit.put(v.language(), rows);
        }
        if (t != null) {
            for (int r = 0; r < t.rows().size(); r++) {
                LinkRow row = t.rows().get(r);
                mark(rowOfUnit.get(Language.ENGLISH), row.english(), r);
                for (int c = 0; c < t.targets().size(); c++) {
                    mark(rowOfUnit.get(t.targets().get(c)), row.cells().get(c).units(), r);
                }
            }
        }
        Map<Language, int[]> sentenceStarts = new LinkedHashMap<>();
        List<Hit> out = new ArrayList<>();
        for (Match m : found.matches()) {
            int[] rows = rowOfUnit.get(m.language());
            if (rows == null) {
                continue;
            }
            if (level == org.triptych.model.AlignmentLevel.PARAGRAPH) {
                out.add(new Hit(m, m.paragraph() < rows.length ? rows[m.paragraph()] : -1, m.paragraph(), m.start(), m.end()));
                continue;
            }
            DocumentVersion v = state.article().version(m.language()).orElseThrow();
            int base = sentenceStarts.computeIfAbsent(m.language(), l -> Units.sentenceStarts(v))[m.paragraph()];
            List<org.triptych.model.Sentence> ss = v.paragraphs().get(m.paragraph()).sentences();
            for (int k = 0; k < ss.size(); k++) {
                org.triptych.model.Sentence sentence = ss.get(k);
                int from = Math.max(m.start(), sentence.start());
                int to = Math.min(m.end(), sentence.end());
                if (from < to) {
                    int u = base + k;
                    out.add(new Hit(m, u < rows.length ? rows[u] : -1, u, from - sentence.start(), to - sentence.start()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt((Hit h) -> h.row() < 0 ? Integer.MAX_VALUE : h.row())
                .thenComparingInt(h -> columns.indexOf(h.match().language()))
                .thenComparingInt(Hit::unit).thenComparingInt(Hit::start));
        return out;
    }

    private static void mark(int[] rows, List<Integer> units, int row) {
        if (rows == null) {
            return;
        }
        for (int u : units) {
            if (u >= 0 && u < rows.length) {
                rows[u] = row;
            }
        }
    }

    /**
     * The query as a pattern over folded text.
     *
     * @throws IllegalArgumentException with a sentence for a person when the regular expression is not valid
     */
    static Pattern pattern(Query q) {
        if (q.text().isEmpty()) {
            throw new IllegalArgumentException("Type what to find");
        }
        String folded = SearchFolding.foldTerm(q.text(), q.arabicFolding());
        String body = q.regex() ? folded : Pattern.quote(folded);
        if (q.wholeWord()) {
            body = "(?<![\\p{L}\\p{N}\\p{M}_])(?:" + body + ")(?![\\p{L}\\p{N}\\p{M}_])";
        }
        // \w, \b and the like know Cyrillic and Arabic letters too (Java's are ASCII-only without the flag)
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (q.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(body, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The regular expression is not valid: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : ""), e);
        }
    }

    /** Why {@code q} cannot be searched for (nothing typed, a regular expression that is not valid), or empty. */
    public static java.util.Optional<String> problem(Query q) {
        try {
            pattern(q);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    /** Every match of {@code q} in {@code a}. */
    public static Found find(Article a, Query q) {
        Pattern p = pattern(q);
        List<Match> out = new ArrayList<>();
        for (DocumentVersion v : versions(a, q)) {
            List<Paragraph> ps = v.paragraphs();
            for (int i = 0; i < ps.size(); i++) {
                SearchFolding.Folded f = SearchFolding.fold(ps.get(i).text(), q.arabicFolding());
                Matcher m = p.matcher(f.text());
                while (m.find()) {
                    if (m.end() == m.start()) {
                        if (m.end() >= f.text().length()) {
                            break;
                        }
                        continue; // an empty match (a regex like "x*") marks nothing
                    }
                    out.add(new Match(v.language(), i, f.start(m.start()), f.end(m.end())));
                }
            }
        }
        return new Found(q, out);
    }

    private static List<DocumentVersion> versions(Article a, Query q) {
        if (q.column() == null) {
            return a.versions();
        }
        return a.version(q.column()).map(List::of).orElse(List.of());
    }

    /**
     * What replaces one match: the replacement as typed, or, for a regular expression, with {@code $0}…{@code $9}
     * filled from the match's groups in the original text ({@code \$} for a dollar sign).
     */
    static String replacementFor(Query q, Pattern p, String paragraph, Match m, String replacement) {
        if (!q.regex() || replacement.indexOf('$') < 0) {
            return q.regex() ? replacement.replace("\\$", "$") : replacement;
        }
        SearchFolding.Folded f = SearchFolding.fold(paragraph, q.arabicFolding());
        Matcher matcher = p.matcher(f.text());
        int from = foldedIndex(f, m.start());
        if (from < 0 || !matcher.find(from) || f.start(matcher.start()) != m.start()) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length() && replacement.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                int g = replacement.charAt(++i) - '0';
                if (g <= matcher.groupCount() && matcher.start(g) >= 0) {
                    out.append(paragraph, f.start(matcher.start(g)), f.end(matcher.end(g)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int foldedIndex(SearchFolding.Folded f, int originalStart) {
        for (int i = 0; i <= f.text().length(); i++) {
            if (f.start(i) == originalStart) {
                return i;
            }
        }
        return -1;
    }

    /** The result of replacing: the new state and how many matches in how many paragraphs were replaced. */
    record Replaced(ProjectState state, int matches, int paragraphs) {
    }

    /**
     * {@code state} with {@code matches} replaced (each must still hold the text it was found with, or it is left
     * alone); one text edit per paragraph changed. Null when nothing was replaced.
     */
    static Replaced replace(ProjectState state, Query q, List<Match> matches, String replacement) {
        Pattern p = pattern(q);
        Map<Language, Map<Integer, List<Match>>> byParagraph = new LinkedHashMap<>();
        for (Match m : matches) {
            byParagraph.computeIfAbsent(m.language(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
        ProjectState next = state;
        int replaced = 0;
        int paragraphs = 0;
        for (Map.Entry<Language, Map<Integer, List<Match>>> byLanguage : byParagraph.entrySet()) {
            DocumentVersion v = next.article().version(byLanguage.getKey()).orElse(null);
            if (v == null) {
                continue;
            }
            Map<Integer, Paragraph> changed = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<Match>> e : byParagraph.get(byLanguage.getKey()).entrySet()) {
                int index = e.getKey();
                if (index < 0 || index >= v.paragraphs().size()) {
                    continue;
                }
                Paragraph para = v.paragraphs().get(index);
                String original = para.text();
                // still what was found: the text there now matches the query at exactly that span
                List<Match> valid = e.getValue().stream().filter(m -> stillMatches(q, p, original, m))
                        .sorted((x, y) -> Integer.compare(y.start(), x.start())).toList();
                Paragraph edited = para;
                int lastStart = Integer.MAX_VALUE;
                int count = 0;
                for (Match m : valid) { // from the end, so earlier offsets stay valid
                    if (m.end() > lastStart) {
                        continue; // overlapping matches: the later one was replaced
                    }
                    edited = ParagraphEdit.replace(edited, m.start(), m.end(), replacementFor(q, p, original, m, replacement));
                    lastStart = m.start();
                    count++;
                }
                if (count > 0 && !edited.text().equals(original)) {
                    changed.put(index, edited);
                    replaced += count;
                }
            }
            if (!changed.isEmpty()) {
                next = TextEdits.replaceParagraphs(next, byLanguage.getKey(), changed);
                paragraphs += changed.size();
            }
        }
        return replaced == 0 ? null : new Replaced(next, replaced, paragraphs);
    }

    private static boolean stillMatches(Query q, Pattern p, String paragraph, Match m) {
        if (m.start() < 0 || m.end() > paragraph.length() || m.start() >= m.end()) {
            return false;
        }
        SearchFolding.Folded f = SearchFolding.fold(paragraph, q.arabicFolding());
        int from = foldedIndex(f, m.start());
        if (from < 0) {
            return false;
        }
        Matcher matcher = p.matcher(f.text());
        return matcher.find(from) && f.start(matcher.start()) == m.start() && f.end(matcher.end()) == m.end();
    }
}
