package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triptych.io.document.PlainTextVersions;
import org.triptych.model.Language;

/**
 * Finds the articles of a batch: in a folder, files named {@code NAME.en.*}, {@code NAME.ar.*}, {@code NAME.ru.*} and
 * folders {@code NAME/} holding {@code en.*}, {@code ar.*}, {@code ru.*} (any format; the importer judges it later); or
 * the rows of a manifest CSV with columns {@code id,en,ar,ru}. What cannot be processed is still an article, carrying
 * the sentence that says why, so that it becomes a row of the summary instead of vanishing.
 */
public final class ArticleFinder {

    private static final Pattern FLAT = Pattern.compile("(.+)\\.(en|ar|ru)\\.([^.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_FOLDER = Pattern.compile("(en|ar|ru)\\.([^.]+)", Pattern.CASE_INSENSITIVE);
    /** Names a batch writes beside the article folders. */
    private static final Set<String> RESERVED = Set.of("summary.csv", "summary.html", "merged.tmx");

    private ArticleFinder() {
    }

    /** The articles in {@code dir}, by id; a file or folder whose name starts with a dot is not looked at. */
    public static List<BatchArticle> scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        Map<String, Found> byId = new TreeMap<>();
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                Found f = new Found(name, true);
                try (Stream<Path> s = Files.list(p)) {
                    for (Path inner : s.sorted(Comparator.comparing(q -> q.getFileName().toString())).toList()) {
                        Matcher m = IN_FOLDER.matcher(inner.getFileName().toString());
                        if (m.matches() && Files.isRegularFile(inner)) {
                            f.add(Language.of(m.group(1)), Path.of(name, inner.getFileName().toString()));
                        }
                    }
                }
                if (!f.files.isEmpty()) {
                    Found before = byId.putIfAbsent(name, f);
                    if (before != null) {
                        before.problems.add("there is both a folder " + name + "/ and files " + name + ".*.*; keep one");
                    }
                }
                continue;
            }
            Matcher m = FLAT.matcher(name);
            if (m.matches() && Files.isRegularFile(p)) {
                Found f = byId.computeIfAbsent(m.group(1), Found::new);
                if (f.folder) {
                    f.problems.add("there is both a folder " + f.id + "/ and files " + f.id + ".*.*; keep one");
                }
                f.add(Language.of(m.group(2)), Path.of(name));
            }
        }
        List<BatchArticle> out = new ArrayList<>();
        for (Found f : byId.values()) {
            out.add(f.article());
        }
        return out;
    }

    /**
     * The rows of a manifest: a header naming {@code id}, {@code en}, {@code ar}, {@code ru} (in any order; other
     * columns are ignored), then one article a row. An empty cell is a version the article lacks; relative paths are
     * read from the batch folder; a web address is fetched once, when the batch comes to the article, and its copy kept
     * in the article's output folder ({@link BatchPages}).
     */
    public static List<BatchArticle> manifest(Path csv) throws IOException {
        List<List<String>> rows = csvRows(PlainTextVersions.readText(csv), csv);
        if (rows.isEmpty()) {
            throw new IOException(csv + " is empty; a manifest needs a header line id,en,ar,ru");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int id = header.indexOf("id");
        if (id < 0 || !header.contains("en")) {
            throw new IOException(csv + " needs a header line naming the columns id,en,ar,ru (it has "
                    + String.join(",", rows.get(0)) + ")");
        }
        Map<String, Found> byId = new LinkedHashMap<>();
        List<BatchArticle> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String articleId = cell(row, id);
            Found f = new Found(articleId.isEmpty() ? "row-" + (r + 1) : articleId);
            if (articleId.isEmpty()) {
                f.problems.add("row " + (r + 1) + " of " + csv.getFileName() + " has no id");
            }
            for (Language l : BatchArticle.LANGUAGES) {
                String path = cell(row, header.indexOf(l.code()));
                if (path.isEmpty()) {
                    continue;
                }
                if (WebVersions.isWebAddress(path)) {
                    f.addAddress(l, path);
                    continue;
                }
                f.add(l, Path.of(path));
            }
            if (byId.containsKey(f.id)) {
                f.problems.add("the id " + f.id + " is on row " + (r + 1) + " and on an earlier row; ids must differ");
                f = new Found(f, f.id + " (row " + (r + 1) + ")");
            } else {
                byId.put(f.id, f);
            }
            out.add(f.article());
        }
        out.sort(Comparator.comparing(BatchArticle::id));
        return out;
    }

    /** A version's language as the summary and its messages name it. */
    static String name(Language l) {
        return l.equals(Language.ARABIC) ? "Arabic" : l.equals(Language.RUSSIAN) ? "Russian"
                : l.equals(Language.ENGLISH) ? "English" : l.code();
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }

    /** An id must make one folder under OUT: no separators, not hidden, not a name the batch writes itself. */
    private static String idProblem(String id) {
        if (id.contains("/") || id.contains("\\") || id.startsWith(".") || id.chars().anyMatch(c -> c < 0x20)) {
            return "the id '" + id + "' cannot name a folder (no slashes, no leading dot)";
        }
        if (RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return "the id '" + id + "' is the name of a file the batch writes; rename the article";
        }
        return null;
    }

    /** RFC 4180 rows (comma separated, quoted fields may hold commas, quotes and line breaks). */
    static List<List<String>> csvRows(String text, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean any = false;
        while (i < n) {
            char c = text.charAt(i);
            any = true;
            if (c == '"' && cell.isEmpty()) {
                int close = i + 1;
                while (true) {
                    if (close >= n) {
                        throw new IOException(file + ": a quoted field is never closed");
                    }
                    if (text.charAt(close) == '"') {
                        if (close + 1 < n && text.charAt(close + 1) == '"') {
                            cell.append('"');
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    cell.append(text.charAt(close++));
                }
                i = close + 1;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
                i++;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** An article while it is being found. */
    private static final class Found {
        final String id;
        final boolean folder;
        final Map<Language, Path> files = new LinkedHashMap<>();
        final Map<Language, String> addresses = new LinkedHashMap<>();
        final Set<String> problems = new java.util.LinkedHashSet<>();

        Found(String id) {
            this(id, false);
        }

        Found(String id, boolean folder) {
            this.id = id;
            this.folder = folder;
            String bad = idProblem(id);
            if (bad != null) {
                problems.add(bad);
            }
        }

        Found(Found other, String id) {
            this(id, other.folder);
            files.putAll(other.files);
            addresses.putAll(other.addresses);
            problems.addAll(other.problems);
        }

        void add(Language l, Path file) {
            Path before = files.putIfAbsent(l, file);
            if (before != null) {
                problems.add("two " + name(l) + " versions, " + before + " and " + file + "; keep one");
            }
        }

        void addAddress(Language l, String address) {
            addresses.put(l, address);
        }

        BatchArticle article() {
            return new BatchArticle(id, files, addresses, problems.isEmpty() ? null : String.join("; ", problems));
        }
    }
}
