package org.triptych.io.glossary;

import org.triptych.io.AtomicFiles;
import org.triptych.io.CsvCells;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Writes a glossary as CSV in the scheme {@link CsvGlossaryReader} reads: {@code id,type,<languages...>,note}, terms
 * separated by {@code |}, the preferred term first, other statuses and options as bracketed suffixes. A UTF-8 BOM
 * lets spreadsheets pick the right encoding; cells a spreadsheet would run as a formula are neutralised
 * ({@link CsvCells}) and read back as they were. {@link #tabSeparated()} writes the same scheme as TSV (the reader
 * takes the separator from the header line).
 */
public final class CsvGlossaryWriter {

    private final char separator;

    /** Comma-separated. */
    public CsvGlossaryWriter() {
        this(',');
    }

    private CsvGlossaryWriter(char separator) {
        this.separator = separator;
    }

    /** The same columns separated by tabs (.tsv). */
    public static CsvGlossaryWriter tabSeparated() {
        return new CsvGlossaryWriter('\t');
    }

    public String write(Glossary glossary) {
        Set<Language> langs = new LinkedHashSet<>(List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN));
        glossary.concepts().forEach(c -> langs.addAll(c.terms().keySet()));
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("id", "type"));
        langs.forEach(l -> header.add(l.code()));
        header.add("note");
        line(sb, header);
        for (Concept c : glossary.concepts()) {
            List<String> row = new ArrayList<>(List.of(c.id(), c.type().code()));
            for (Language l : langs) {
                row.add(cell(c, l));
            }
            row.add(c.note());
            line(sb, row);
        }
        return sb.toString();
    }

    public void write(Glossary glossary, Path file) throws IOException {
        AtomicFiles.writeString(file, write(glossary));
    }

    private static String cell(Concept c, Language l) {
        List<Term> terms = new ArrayList<>(c.terms(l));
        // The reader takes the first term without a suffix as preferred: put the preferred term first.
        terms.sort((a, b) -> Boolean.compare(b.status() == TermStatus.PREFERRED, a.status() == TermStatus.PREFERRED));
        List<String> parts = new ArrayList<>();
        boolean first = true;
        for (Term t : terms) {
            StringBuilder p = new StringBuilder(t.text());
            List<String> flags = new ArrayList<>();
            boolean implied = first ? t.status() == TermStatus.PREFERRED : t.status() == TermStatus.ADMITTED;
            if (!implied) {
                flags.add(t.status().code());
            }
            if (t.acronym()) {
                flags.add("acronym");
            }
            if (t.shortForm()) {
                flags.add("shortForm");
            }
            if (t.caseSensitive()) {
                flags.add("case");
            }
            if (t.exactForm()) {
                flags.add("exact");
            }
            if (t.derived()) {
                flags.add("derived");
            }
            if (!flags.isEmpty()) {
                p.append(" [").append(String.join(",", flags)).append(']');
            }
            parts.add(p.toString());
            first = false;
        }
        return String.join("|", parts);
    }

    private void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(CsvCells.field(cells.get(i), true));
        }
        sb.append("\r\n");
    }
}
