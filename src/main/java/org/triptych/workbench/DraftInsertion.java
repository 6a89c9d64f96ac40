package org.triptych.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.TextEdit;

/** Machine drafts put into a state, as pure functions: the new state, or {@link CommandRefused} with the reason. */
final class DraftInsertion {

    /** The state with the drafts in, and how many paragraphs went in. */
    record Inserted(ProjectState state, int count) {
    }

    private DraftInsertion() {
    }

    /**
     * Drafts into the empty cells of {@code target}'s paragraph links: each drafted English paragraph gets a new
     * paragraph of {@code target}, placed after the paragraphs of the links before it, its link marked for review and
     * the paragraph marked as a machine draft. Links with text in {@code target} are never touched; the sentence level
     * is aligned again when next shown, since the version's sentences changed.
     */
    static Inserted intoEmptyCells(ProjectState s, Language target, Map<Integer, Paragraph> draftsByEnglish) {
        LinkTable para = s.paragraphs();
        Optional<DocumentVersion> version = s.article().version(target);
        if (para == null || version.isEmpty() || !para.targets().contains(target)) {
            throw new CommandRefused("Align the paragraphs first: drafts go into the empty cells of the links");
        }
        DocumentVersion v = version.get();
        List<Paragraph> paragraphs = new ArrayList<>();
        int[] oldToNew = new int[v.paragraphs().size()];
        Arrays.fill(oldToNew, -1);
        List<Bead> beads = new ArrayList<>();
        List<Paragraph> inserted = new ArrayList<>();
        for (Bead b : para.alignment(target).beads()) {
            if (b.target().isEmpty() && !b.english().isEmpty() && draftsByEnglish.keySet().containsAll(b.english())) {
                List<Integer> mine = new ArrayList<>();
                for (int e : b.english()) {
                    Paragraph draft = draftsByEnglish.get(e);
                    mine.add(paragraphs.size());
                    paragraphs.add(draft);
                    inserted.add(draft);
                }
                beads.add(new Bead(b.english(), mine, 0, LinkStatus.REVIEW));
                continue;
            }
            List<Integer> mine = new ArrayList<>();
            for (int t : b.target()) {
                if (t < 0 || t >= oldToNew.length || oldToNew[t] >= 0) {
                    throw new CommandRefused("The links of " + target.displayName() + " are not in order: drafts not inserted");
                }
                oldToNew[t] = paragraphs.size();
                mine.add(paragraphs.size());
                paragraphs.add(v.paragraphs().get(t));
            }
            beads.add(new Bead(b.english(), mine, b.confidence(), b.status()));
        }
        for (int n : oldToNew) {
            if (n < 0) {
                throw new CommandRefused("A paragraph of " + target.displayName() + " is in no link: drafts not inserted");
            }
        }
        if (inserted.isEmpty()) {
            throw new CommandRefused("No empty " + target.displayName() + " cells to fill");
        }
        Article a = s.article().withVersion(new DocumentVersion(target, v.source(), paragraphs));
        List<Alignment> alignments = new ArrayList<>();
        for (Language t : para.targets()) {
            alignments.add(t.equals(target) ? new Alignment(target, AlignmentLevel.PARAGRAPH, beads) : para.alignment(t));
        }
        LinkTable table = LinkTable.of(AlignmentLevel.PARAGRAPH, Units.count(a, Language.ENGLISH, AlignmentLevel.PARAGRAPH),
                ProjectState.targetCounts(a, AlignmentLevel.PARAGRAPH), alignments);
        List<TextEdit> edits = new ArrayList<>();
        for (TextEdit e : s.edits()) {
            edits.add(e.language().equals(target) && e.paragraph() >= 0 && e.paragraph() < oldToNew.length
                    ? new TextEdit(e.language(), oldToNew[e.paragraph()], e.before(), e.after()) : e);
        }
        ProjectState next = s.withArticle(a, table, null).withEdits(edits).withDrafts(s.drafts().plus(target, inserted));
        return new Inserted(next, inserted.size());
    }

    /**
     * {@code drafts} (one per English paragraph of {@code english}, in order) in place of {@code target}'s text: every
     * link becomes 1-1, marked for review, every paragraph a machine draft. The version's earlier edits go with its
     * old text (undo restores both). Refused when the English text changed while drafting.
     */
    static ProjectState wholeVersion(ProjectState s, Language target, DocumentVersion english, List<Paragraph> drafts) {
        Optional<DocumentVersion> version = s.article().version(target);
        if (version.isEmpty()) {
            throw new CommandRefused("The project has no " + target.displayName() + " version to fill");
        }
        if (!s.article().english().paragraphTexts().equals(english.paragraphTexts()) || drafts.size() != english.paragraphs().size()) {
            throw new CommandRefused("The English text changed while drafting: draft the version again");
        }
        Article a = s.article().withVersion(new DocumentVersion(target, version.get().source(), drafts));
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            beads.add(new Bead(List.of(i), List.of(i), 0, LinkStatus.REVIEW));
        }
        List<Alignment> alignments = new ArrayList<>();
        for (DocumentVersion v : a.others()) {
            Language t = v.language();
            if (t.equals(target)) {
                alignments.add(new Alignment(target, AlignmentLevel.PARAGRAPH, beads));
            } else if (s.paragraphs() != null && s.paragraphs().targets().contains(t)) {
                alignments.add(s.paragraphs().alignment(t));
            }
        }
        // the other versions keep their links; without them the table waits for an alignment that includes them
        boolean complete = alignments.size() == a.others().size();
        LinkTable table = complete ? LinkTable.of(AlignmentLevel.PARAGRAPH, drafts.size(),
                ProjectState.targetCounts(a, AlignmentLevel.PARAGRAPH), alignments) : null;
        List<TextEdit> edits = s.edits().stream().filter(e -> !e.language().equals(target)).toList();
        return s.withArticle(a, table, null).withEdits(edits).withDrafts(s.drafts().plus(target, drafts));
    }
}
