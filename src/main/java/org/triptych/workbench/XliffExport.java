package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triptych.io.xliff.XliffNote;
import org.triptych.io.xliff.XliffRow;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.io.xliff.XliffWriter;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Concept;
import org.triptych.model.Finding;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.terms.TermMatch;
import org.triptych.terms.TermMatcher;

/**
 * XLIFF for a CAT tool, one file per target language ({@code PREFIX.en-ar.xlf}), from the rows every export writes
 * ({@link ExportRows}): one unit per row that has English (paragraph or sentence level alike), the link's status as
 * the unit's state, an unedited machine draft marked as such, and as notes the glossary's terms found in the English
 * and the findings of the checks placed in the row. The mapping is decision 0203's.
 *
 * <p>A unit's id names its English units, 1-based: {@code p3} (paragraph 3), {@code p3-4}, {@code s12} (sentence
 * 12). Reading a translated file back ({@link XliffImport}) finds each unit's row by those units, so the ids still
 * fit after rows were merged, split or moved. A row without English (text a version added) has nothing to translate
 * and is not written; it stays in the project as it is.
 */
public final class XliffExport {

    /** Who wrote an unedited machine draft, as far as the project knows (it keeps the mark, not the provider). */
    static final String MACHINE = "a machine translation provider";

    /** The findings to note on a row of a target's file. */
    @FunctionalInterface
    public interface RowFindings {
        RowFindings NONE = (target, row) -> List.of();

        List<Finding> of(Language target, int row);
    }

    private XliffExport() {
    }

    /** The file a target's XLIFF goes to: {@code PREFIX.en-ar.xlf} beside the prefix. */
    public static Path fileFor(Path prefix, Language target) {
        return XliffWriter.fileFor(prefix, Language.ENGLISH, target);
    }

    /**
     * Writes one file per target of {@code rows}; returns the files written.
     *
     * @param original the English version's source (its file name, without folders, goes into the file)
     * @param glossary the glossary whose terms are noted (empty: none)
     */
    public static List<Path> write(ExportRows rows, Path prefix, XliffVersion version, String original, Glossary glossary,
                                   RowFindings findings) throws IOException {
        TermMatcher matcher = glossary.isEmpty() ? null : TermMatcher.build(glossary);
        XliffWriter writer = new XliffWriter(ProjectExports.TOOL_VERSION);
        List<Path> written = new ArrayList<>();
        for (int c = 1; c < rows.languages().size(); c++) {
            Language target = rows.languages().get(c);
            Path file = fileFor(prefix, target);
            writer.write(file, version, Language.ENGLISH, target, original, units(rows, c, matcher, findings));
            written.add(file);
        }
        return written;
    }

    /** The units of the target in column {@code column} of {@code rows}. */
    static List<XliffRow> units(ExportRows rows, int column, TermMatcher matcher, RowFindings findings) {
        Language target = rows.languages().get(column);
        List<XliffRow> out = new ArrayList<>();
        for (int r = 0; r < rows.rows().size(); r++) {
            ExportRows.Row row = rows.rows().get(r);
            List<Integer> english = row.units().get(0);
            if (english.isEmpty()) {
                continue;
            }
            List<XliffNote> notes = new ArrayList<>();
            if (matcher != null) {
                notes.addAll(glossaryNotes(matcher, row.texts().get(0), target));
            }
            for (Finding f : findings.of(target, r)) {
                notes.add(XliffNote.finding(f.message(), f.severity() == Severity.ERROR));
            }
            boolean machine = row.machineDrafts().get(column);
            out.add(new XliffRow(unitId(rows.level(), english), row.texts().get(0), row.texts().get(column),
                    row.links().get(column), machine ? MACHINE : null, notes));
        }
        return out;
    }

    /** "English → target" for each concept named in the English, once, where the glossary has a target term. */
    private static List<XliffNote> glossaryNotes(TermMatcher matcher, String english, Language target) {
        List<XliffNote> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TermMatch m : matcher.find(Language.ENGLISH, english)) {
            Concept c = m.concept();
            Optional<Term> to = c.preferred(target);
            if (to.isPresent() && seen.add(c.id())) {
                out.add(XliffNote.glossary(c.preferred(Language.ENGLISH).map(Term::text).orElse(m.text()), to.get().text()));
            }
        }
        return out;
    }

    /** {@code p3}, {@code p3-4}, {@code s12}: the row's English units, 1-based. */
    static String unitId(AlignmentLevel level, List<Integer> english) {
        String prefix = level == AlignmentLevel.PARAGRAPH ? "p" : "s";
        int first = english.get(0) + 1;
        int last = english.get(english.size() - 1) + 1;
        return first == last ? prefix + first : prefix + first + "-" + last;
    }

    /** A unit id of ours read back: its level and its English units (0-based, in order); empty for another tool's id. */
    static Optional<UnitId> parseUnitId(String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([ps])(\\d{1,7})(?:-(\\d{1,7}))?").matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(2)) - 1;
        int last = m.group(3) == null ? first : Integer.parseInt(m.group(3)) - 1;
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        List<Integer> units = new ArrayList<>();
        for (int u = first; u <= last; u++) {
            units.add(u);
        }
        return Optional.of(new UnitId(m.group(1).equals("p") ? AlignmentLevel.PARAGRAPH : AlignmentLevel.SENTENCE, units));
    }

    /** What a unit id of ours names. */
    record UnitId(AlignmentLevel level, List<Integer> english) {
    }
}
