package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.model.Article;

/**
 * The bundled sample in two steps. Segmenting its sentences with LanguageTool takes about two seconds of CPU on
 * first use, and paragraph alignment does not need sentences: so the window first gets the sample's paragraphs
 * alone ({@link #paragraphsOnly()}, read straight from its one-paragraph-per-line files), and the segmented
 * project ({@link SampleArticle#load()}) replaces it in the background.
 */
public final class SamplePreload {

    private SamplePreload() {
    }

    public static Article paragraphsOnly() {
        List<DocumentVersion> versions = new ArrayList<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            List<Paragraph> ps = new ArrayList<>();
            for (String line : SampleArticle.text(l).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    Paragraph p = Paragraph.unsegmented(t);
                    // the sample's first paragraph is its headline (sample README)
                    ps.add(ps.isEmpty() ? new Paragraph(t, ParagraphKind.HEADING, p.sentences()) : p);
                }
            }
            versions.add(new DocumentVersion(l, "sample/article-" + l.code() + ".txt", ps));
        }
        return new Article(versions.get(0), versions.subList(1, versions.size()));
    }
}
