package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Project;

/** Find and replace across the columns: folding, whole words, regular expressions, one undoable replace-all. */
class TextSearchTest {

    private static DocumentVersion version(Language l, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.unsegmented(p));
        }
        return new DocumentVersion(l, l.code() + ".txt", ps);
    }

    private static final Article ARTICLE = new Article(
            version(Language.ENGLISH, "Assad met the envoy in Geneva.", "The Assadist press was silent; Geneva talks resume."),
            List.of(version(Language.ARABIC, "التقى الأَسَد المبعوث في جنيف.", "وصمتت الصحافة؛ تستأنف محادثات جنيف."),
                    version(Language.RUSSIAN, "Асад встретился с посланником в Женеве.", "Пресса молчала; всё ещё ждут переговоров в Женеве.")));

    private static List<String> found(Article a, TextSearch.Query q) {
        List<String> out = new ArrayList<>();
        for (TextSearch.Match m : TextSearch.find(a, q).matches()) {
            String text = a.version(m.language()).orElseThrow().paragraphs().get(m.paragraph()).text();
            out.add(m.language().code() + m.paragraph() + ":" + text.substring(m.start(), m.end()));
        }
        return out;
    }

    @Test
    void russianYoIsFoundAsYeAndTheOtherWayRound() {
        assertEquals(List.of("ru1:всё"), found(ARTICLE, TextSearch.Query.of("все")));
        assertEquals(List.of("ru1:всё"), found(ARTICLE, TextSearch.Query.of("ВСЁ")), "case folded too");
    }

    @Test
    void arabicDiacriticsAndAlefFormsAreIgnoredOnlyWhenAsked() {
        TextSearch.Query folded = new TextSearch.Query("الاسد", null, false, false, false, true);
        assertEquals(List.of("ar0:الأَسَد"), found(ARTICLE, folded), "the match spans the original, marks included");
        TextSearch.Query exact = new TextSearch.Query("الاسد", null, false, false, false, false);
        assertEquals(List.of(), found(ARTICLE, exact));
        // hamza seats: مسؤول is found by مسوول, رئيس by رييس
        Article seats = new Article(version(Language.ENGLISH, "x"), List.of(version(Language.ARABIC, "قال مسؤول إن الرئيس وصل")));
        assertEquals(List.of("ar0:مسؤول"), found(seats, TextSearch.Query.of("مسوول")));
        assertEquals(List.of("ar0:الرئيس"), found(seats, TextSearch.Query.of("الرييس")));
    }

    @Test
    void wholeWordAndOneColumn() {
        assertEquals(List.of("en0:Assad", "en1:Assad"), found(ARTICLE, TextSearch.Query.of("Assad")));
        assertEquals(List.of("en0:Assad"), found(ARTICLE, new TextSearch.Query("Assad", null, false, true, false, true)));
        assertEquals(List.of("ar0:جنيف", "ar1:جنيف"), found(ARTICLE, new TextSearch.Query("جنيف", Language.ARABIC, false, false, false, true)));
        assertEquals(List.of(), found(ARTICLE, new TextSearch.Query("assad", null, false, false, true, true)), "match case");
    }

    @Test
    void aRegularExpressionFindsAndItsGroupsFillTheReplacement() {
        TextSearch.Query q = new TextSearch.Query("(Gen)(eva)", Language.ENGLISH, true, false, false, true);
        assertEquals(List.of("en0:Geneva", "en1:Geneva"), found(ARTICLE, q));
        Session s = new Session(TaskRunner.direct(), new LengthUnitAligner(), FindingsSource.none());
        s.replace(Project.of(ARTICLE), null, true);
        s.replaceAll(q, "$2-$1 \\$5");
        assertEquals("Assad met the envoy in eva-Gen $5.", s.article().english().paragraphs().get(0).text());
        // \w is a letter of any script: a Russian stem finds its inflected forms whole
        assertEquals(List.of("ru0:Женеве", "ru1:Женеве"), found(ARTICLE, new TextSearch.Query("Женев\\w*", null, true, false, false, true)));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> TextSearch.find(ARTICLE, new TextSearch.Query("(Gen", null, true, false, false, true)));
        assertTrue(bad.getMessage().startsWith("The regular expression is not valid"), bad.getMessage());
    }

    @Test
    void replaceAllAcrossColumnsIsOneUndoableStep() {
        List<String> notices = new ArrayList<>();
        Session s = new Session(TaskRunner.direct(), new LengthUnitAligner(), FindingsSource.none());
        s.addListener(new SessionListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        s.replace(Project.of(ARTICLE), null, true);
        Article before = s.article();
        s.replaceAll(new TextSearch.Query("Genev|Женев|جنيف", null, true, false, false, true), "X");
        assertEquals("Assad met the envoy in Xa.", s.article().english().paragraphs().get(0).text());
        assertEquals("التقى الأَسَد المبعوث في X.", s.article().version(Language.ARABIC).orElseThrow().paragraphs().get(0).text());
        assertEquals("Асад встретился с посланником в Xе.", s.article().version(Language.RUSSIAN).orElseThrow().paragraphs().get(0).text());
        assertTrue(notices.contains("Replaced 6 matches in 6 paragraphs (one Undo puts them back)"), notices.toString());
        assertEquals("Undo replace all '\u2068Genev|Женев|جنيف\u2069'", s.undoName(), "the term isolated: it holds Arabic");
        assertTrue(s.isDirty());
        assertEquals(6, s.state().edits().size(), "one text edit per paragraph changed");
        s.undo();
        assertEquals(before, s.article(), "one Undo brings every paragraph back");
        assertFalse(s.canUndo());
        s.redo();
        assertEquals("Assad met the envoy in Xa.", s.article().english().paragraphs().get(0).text());
    }

    @Test
    void replaceOneReplacesOnlyThatMatchAndRefusesWhenTheTextChanged() {
        Session s = new Session(TaskRunner.direct(), new LengthUnitAligner(), FindingsSource.none());
        s.replace(Project.of(ARTICLE), null, true);
        TextSearch.Query q = TextSearch.Query.of("Geneva");
        List<TextSearch.Match> ms = TextSearch.find(s.article(), q).matches();
        assertTrue(s.replaceOne(q, ms.get(1), "Genf"));
        assertEquals("The Assadist press was silent; Genf talks resume.", s.article().english().paragraphs().get(1).text());
        assertEquals("Assad met the envoy in Geneva.", s.article().english().paragraphs().get(0).text());
        s.editText(AlignmentLevel.PARAGRAPH, Language.ENGLISH, 0, "Assad met the envoy in Bern.");
        assertFalse(s.replaceOne(q, ms.get(0), "Genf"), "the found text is gone");
    }

    @Test
    void theSampleHasMatchesInEveryVersionAndSentenceLinksSurviveAReplaceInsideOneSentence() {
        Session s = new Session(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        s.ensureAligned(AlignmentLevel.SENTENCE);
        assertTrue(s.table(AlignmentLevel.SENTENCE) != null);
        TextSearch.Found f = TextSearch.find(s.article(), TextSearch.Query.of("Hodeidah"));
        assertTrue(f.matches().size() >= 3, f.matches().toString());
        s.replaceAll(TextSearch.Query.of("Hodeidah"), "Al Hudaydah");
        assertTrue(s.table(AlignmentLevel.SENTENCE) != null, "a replace inside sentences keeps their links");
        assertTrue(TextSearch.find(s.article(), TextSearch.Query.of("Hodeidah")).matches().isEmpty());
    }
}
