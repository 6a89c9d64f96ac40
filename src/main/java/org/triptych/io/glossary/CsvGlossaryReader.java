package org.triptych.io.glossary;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triptych.io.CsvCells;
import org.triptych.model.ConceptType;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;
import org.triptych.text.LanguageProfile;

/**
 * Reads CSV/TSV glossaries: one concept per row, a header row naming the columns. Language columns are named by
 * their code ({@code en}, {@code ar}, {@code ru}, also {@code en-US} or {@code term_en}) or by the English name of a
 * language with a profile ({@code Arabic}); other columns recognised:
 * {@code id}, {@code type}, {@code status}, {@code note} (or definition/comment), {@code options}.
 *
 * <p>A cell may hold several terms separated by {@code |}; the first is preferred, the others admitted, unless a
 * term carries a bracketed suffix such as {@code [deprecated]}, {@code [admitted]}, {@code [forbidden]},
 * {@code [acronym]}, {@code [shortForm]}, {@code [case]}, {@code [exact]} or {@code [derived]} (several allowed, separated by spaces or
 * commas, or repeated: {@code UN[admitted acronym]}). A
 * {@code status} column sets the status of the row's first term (and of all its terms when not preferred). Rows
 * repeating an id add terms to that concept. The separator (comma, semicolon or tab) is taken from the header line;
 * a UTF-8 BOM is skipped; fields may be quoted with {@code "}, doubled quotes inside.
 */
public final class CsvGlossaryReader {

    private static final Pattern SUFFIX = Pattern.compile("\\[([^\\[\\]]*)]\\s*$");
    private static final Pattern LANG = Pattern.compile("(?:term[_ -]?)?([a-z]{2,3})(?:[-_][a-z0-9]{2,8})?(?:[_ -]?term)?");

    private static final java.util.Set<String> ISO_CODES = java.util.Set.of(Locale.getISOLanguages());
    /** Language columns headed by the language's English name ("Arabic"), for every language with a profile. */
    private static final Map<String, Language> NAMED = languageNames();

    private static Map<String, Language> languageNames() {
        Map<String, Language> m = new HashMap<>();
        for (LanguageProfile p : LanguageProfile.all()) {
            m.put(p.englishName().toLowerCase(Locale.ROOT), p.language());
        }
        return Map.copyOf(m);
    }

    private enum Role { ID, TYPE, STATUS, NOTE, OPTIONS, LANGUAGE, IGNORED }

    public GlossaryLoad read(Path file) {
        ConceptCollector c = new ConceptCollector(file.toString());
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            c.problem(0, Severity.ERROR, "the file is not UTF-8 text; save it as UTF-8 and load it again");
            return c.finish();
        } catch (IOException e) {
            c.problem(0, Severity.ERROR, "cannot read the file: " + e.getMessage());
            return c.finish();
        }
        parse(text, c);
        return c.finish();
    }

    public GlossaryLoad read(String text, String source) {
        ConceptCollector c = new ConceptCollector(source);
        parse(text, c);
        return c.finish();
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private void parse(String text, ConceptCollector c) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            c.problem(0, Severity.WARNING, "the file is empty");
            return;
        }
        char sep = detectSeparator(text);
        List<Row> rows = new CsvRows(text, sep).read(c);
        if (rows.isEmpty()) {
            return;
        }
        Row header = rows.get(0);
        Role[] roles = new Role[header.cells.size()];
        Language[] langs = new Language[roles.length];
        boolean anyLanguage = false;
        for (int i = 0; i < roles.length; i++) {
            String h = header.cells.get(i).strip().toLowerCase(Locale.ROOT);
            roles[i] = switch (h) {
                case "id", "concept", "concept id", "concept_id", "conceptid" -> Role.ID;
                case "type", "concept type", "category", "kind" -> Role.TYPE;
                case "status", "administrative status", "administrativestatus" -> Role.STATUS;
                case "note", "notes", "definition", "comment", "comments", "description" -> Role.NOTE;
                case "options", "flags" -> Role.OPTIONS;
                default -> {
                    Language named = NAMED.get(h);
                    if (named != null) {
                        yield langRole(langs, i, named);
                    }
                    Matcher m = LANG.matcher(h);
                    if (m.matches() && ISO_CODES.contains(m.group(1))) {
                        yield langRole(langs, i, Language.of(m.group(1)));
                    }
                    c.problem(header.line, Severity.WARNING, "column " + (i + 1) + " '" + header.cells.get(i)
                            + "' is not a known column; ignored");
                    yield Role.IGNORED;
                }
            };
            anyLanguage |= roles[i] == Role.LANGUAGE;
        }
        if (!anyLanguage) {
            c.problem(header.line, Severity.ERROR, "the header row names no language column (expected e.g. "
                    + "'id,type,en,ar,ru,note' or 'en,ar,ru,type,status,note'); nothing read");
            return;
        }
        Map<String, Integer> generatedIds = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.cells.size() != roles.length) {
                c.problem(row.line, Severity.WARNING, "row has " + row.cells.size() + " columns, the header "
                        + roles.length + (row.cells.size() < roles.length ? "; missing cells taken as empty"
                        : "; extra cells ignored"));
            }
            String id = null;
            ConceptType type = ConceptType.OTHER;
            String note = null;
            TermStatus rowStatus = null;
            String options = "";
            for (int i = 0; i < roles.length && i < row.cells.size(); i++) {
                String v = CsvCells.restored(row.cells.get(i).strip());
                switch (roles[i]) {
                    case ID -> id = v.isEmpty() ? null : v;
                    case TYPE -> {
                        type = ConceptType.parse(v);
                        if (!v.isEmpty() && type == ConceptType.OTHER && !v.equalsIgnoreCase("other")) {
                            c.problem(row.line, Severity.INFO, "unknown concept type '" + v + "'; taken as other");
                        }
                    }
                    case STATUS -> {
                        if (!v.isEmpty()) {
                            rowStatus = TermStatus.parse(v).orElse(null);
                            if (rowStatus == null) {
                                c.problem(row.line, Severity.WARNING, "unknown status '" + v + "'; ignored");
                            }
                        }
                    }
                    case NOTE -> note = v;
                    case OPTIONS -> options = v;
                    default -> { }
                }
            }
            if (id == null) {
                id = "row" + row.line;
            }
            generatedIds.merge(id, 1, Integer::sum);
            c.begin(id, row.line, generatedIds.get(id) > 1);
            c.type(id, type);
            c.note(id, note);
            for (int i = 0; i < roles.length && i < row.cells.size(); i++) {
                if (roles[i] == Role.LANGUAGE) {
                    addCell(c, id, row.line, langs[i], CsvCells.restored(row.cells.get(i).strip()), rowStatus, options);
                }
            }
        }
    }

    private static Role langRole(Language[] langs, int i, Language l) {
        langs[i] = l;
        return Role.LANGUAGE;
    }

    private static void addCell(ConceptCollector c, String id, int line, Language lang, String cell,
                                TermStatus rowStatus, String rowOptions) {
        String[] parts = cell.split("\\|");
        boolean first = true;
        for (String part : parts) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            TermStatus status = null;
            boolean acronym = false;
            boolean caseSensitive = false;
            boolean exact = false;
            boolean shortForm = false;
            boolean derived = false;
            String flags = rowOptions;
            Matcher m;
            while (t.endsWith("]") && (m = SUFFIX.matcher(t)).find()) {
                flags = flags + "," + m.group(1);
                t = t.substring(0, m.start()).strip();
            }
            for (String flag : flags.isEmpty() ? new String[0] : flags.split("[,;\\s]+")) {
                String f = flag.strip().toLowerCase(Locale.ROOT);
                if (f.isEmpty()) {
                    continue;
                }
                switch (f) {
                    case "acronym", "abbreviation", "abbr" -> acronym = true;
                    case "shortform", "short-form", "short" -> shortForm = true;
                    case "fullform", "full-form" -> { }
                    case "case", "case-sensitive", "casesensitive", "cs" -> caseSensitive = true;
                    case "exact", "exact-form", "exactform" -> exact = true;
                    case "derived", "related" -> derived = true;
                    default -> {
                        TermStatus s = TermStatus.parse(f).orElse(null);
                        if (s == null) {
                            c.problem(line, Severity.WARNING, "unknown term option '" + flag.strip() + "' on '"
                                    + t + "'; ignored");
                        } else {
                            status = s;
                        }
                    }
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            if (status == null) {
                if (rowStatus == null) {
                    status = first ? TermStatus.PREFERRED : TermStatus.ADMITTED;
                } else if (rowStatus == TermStatus.PREFERRED) {
                    status = first ? TermStatus.PREFERRED : TermStatus.ADMITTED;
                } else {
                    status = rowStatus;
                }
            }
            first = false;
            Term term = new Term(ConceptCollector.collapseSpaces(t), status, caseSensitive, exact, acronym, shortForm);
            c.term(id, line, lang, derived ? term.asDerived() : term);
        }
    }

    /** The separator is whichever of tab, semicolon and comma appears most often outside quotes on the header line. */
    static char detectSeparator(String text) {
        int tabs = 0;
        int semis = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted) {
                if (ch == '\t') {
                    tabs++;
                } else if (ch == ';') {
                    semis++;
                } else if (ch == ',') {
                    commas++;
                }
            }
        }
        if (tabs >= semis && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    record Row(int line, List<String> cells) { }

    /** RFC 4180 rows, with the 1-based line each row starts on; an unclosed quote ends reading with an error. */
    static final class CsvRows {
        private final String text;
        private final char sep;

        CsvRows(String text, char sep) {
            this.text = text;
            this.sep = sep;
        }

        List<Row> read(ConceptCollector c) {
            List<Row> rows = new ArrayList<>();
            int line = 1;
            int i = 0;
            int n = text.length();
            while (i < n) {
                int rowLine = line;
                List<String> cells = new ArrayList<>();
                StringBuilder cell = new StringBuilder();
                boolean endOfRow = false;
                while (!endOfRow) {
                    if (i >= n) {
                        cells.add(cell.toString());
                        break;
                    }
                    char ch = text.charAt(i);
                    if (ch == '"' && cell.toString().isBlank()) {
                        int quoteLine = line;
                        cell.setLength(0);
                        i++;
                        boolean closed = false;
                        while (i < n) {
                            char q = text.charAt(i);
                            if (q == '"') {
                                if (i + 1 < n && text.charAt(i + 1) == '"') {
                                    cell.append('"');
                                    i += 2;
                                    continue;
                                }
                                i++;
                                closed = true;
                                break;
                            }
                            if (q == '\n') {
                                line++;
                            }
                            cell.append(q);
                            i++;
                        }
                        if (!closed) {
                            c.problem(quoteLine, Severity.ERROR, "a quoted field opened on this line is never "
                                    + "closed; the rows from here on were not read");
                            return rows;
                        }
                        // text after the closing quote up to the separator is kept, as spreadsheets do
                        while (i < n && text.charAt(i) != sep && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                            cell.append(text.charAt(i++));
                        }
                        continue;
                    }
                    if (ch == sep) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                        i++;
                    } else if (ch == '\r' || ch == '\n') {
                        cells.add(cell.toString());
                        i += (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                        line++;
                        endOfRow = true;
                    } else {
                        cell.append(ch);
                        i++;
                    }
                }
                rows.add(new Row(rowLine, cells));
            }
            return rows;
        }
    }
}
