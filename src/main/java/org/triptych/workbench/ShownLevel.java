package org.triptych.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * One state of the project at one level, as a view draws it: the rows, and what a cell reads (unit texts, headings,
 * machine drafts, where a finding's row is). A view swaps the whole snapshot with its rows, so a cell is never drawn
 * with the rows of one project or level and the text of another. Unit texts are made once per version: drawing a row
 * does not rebuild the list.
 */
public final class ShownLevel {

    private final ProjectState state;
    private final AlignmentLevel level;
    private final LinkTable table;
    private final Map<Language, List<String>> unitTexts = new HashMap<>();

    public ShownLevel(ProjectState state, AlignmentLevel level) {
        this.state = state;
        this.level = level;
        this.table = state.table(level);
    }

    public ProjectState state() {
        return state;
    }

    public AlignmentLevel level() {
        return level;
    }

    /** The links at this level, or null while they are being made. */
    public LinkTable table() {
        return table;
    }

    /** The rows to draw: the links, or the English alone while the links are being made. */
    public List<LinkRow> rows() {
        return table == null ? LinkTable.englishOnly(state.article(), level).rows() : table.rows();
    }

    /** The text of unit {@code u} of a version at this level; empty when there is no such unit. */
    public String unitText(Language language, int u) {
        List<String> texts = unitTexts.computeIfAbsent(language, l -> Units.texts(state.article(), l, level));
        return u >= 0 && u < texts.size() ? texts.get(u) : "";
    }

    public boolean isHeading(Language language, int u) {
        return level == AlignmentLevel.PARAGRAPH && state.isHeading(language, u);
    }

    /** Whether unit {@code u} of a cell is an unreviewed machine draft: inserted as one, unedited, row not confirmed. */
    public boolean isMachineDraft(Language language, int u, LinkStatus cellStatus) {
        return cellStatus != LinkStatus.CONFIRMED && state.isMachineDraft(level, language, u);
    }

    /** The paragraph unit {@code u} of a version belongs to at this level; -1 when there is none. */
    public int paragraphOfUnit(Language language, int u) {
        try {
            return Units.locate(state.article(), language, level, u).paragraph();
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * The row (0-based) whose cell holds text placed at {@code p}; -1 when no row does. The findings list numbers a
     * finding by it, so "ar ¶4" is the row the person sees as 4; while the links are being made only English rows exist.
     */
    public int rowOf(FindingPlaces.Place p) {
        Article article = state.article();
        int u;
        try {
            u = Units.unitAt(article, p.language(), level, p.paragraph(), p.start());
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
        boolean english = p.language().equals(Language.ENGLISH);
        if (table == null) {
            return english && u >= 0 && u < rows().size() ? u : -1;
        }
        return english ? table.rowOfEnglish(u) : table.rowOfTarget(p.language(), u);
    }
}
