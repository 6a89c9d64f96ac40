package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

class PivotAlignmentTest {

    @Test
    void rowsFollowTheWidestEnglishGroupOfEitherPair() {
        Map<String, List<Bead>> links = new LinkedHashMap<>();
        links.put("ar", List.of(Bead.of(List.of(0), List.of(0), 0.9), Bead.of(List.of(1, 2), List.of(1), 0.9),
                Bead.of(List.of(), List.of(2), 0.4), Bead.of(List.of(3), List.of(3), 0.9)));
        links.put("ru", List.of(Bead.of(List.of(0), List.of(0, 1), 0.9), Bead.of(List.of(1), List.of(2), 0.9),
                Bead.of(List.of(2), List.of(3), 0.9), Bead.of(List.of(3), List.of(), 0.4)));
        List<PivotRow> rows = PivotAlignment.rows(4, links);
        assertEquals(4, rows.size());
        assertEquals(List.of(0), rows.get(0).english());
        assertEquals(List.of(0), rows.get(0).target("ar"));
        assertEquals(List.of(0, 1), rows.get(0).target("ru"));
        assertEquals(List.of(1, 2), rows.get(1).english());
        assertEquals(List.of(1), rows.get(1).target("ar"));
        assertEquals(List.of(2, 3), rows.get(1).target("ru"));
        // The Arabic addition sits after the row it follows, with no English and no Russian.
        assertEquals(List.of(), rows.get(2).english());
        assertEquals(List.of(2), rows.get(2).target("ar"));
        assertEquals(List.of(), rows.get(2).target("ru"));
        assertEquals(List.of(3), rows.get(3).english());
        assertEquals(List.of(), rows.get(3).target("ru"));
    }

    @Test
    void threeVersionsAlignedThroughEnglish() {
        DocumentVersion en = ParagraphAlignerTest.version(Language.ENGLISH,
                List.of(Samples.EN.subList(0, 4), Samples.EN.subList(4, 8)));
        DocumentVersion ar = ParagraphAlignerTest.version(Language.ARABIC, List.of(Samples.AR));
        DocumentVersion ru = ParagraphAlignerTest.version(Language.RUSSIAN,
                List.of(Samples.RU.subList(0, 4), Samples.RU.subList(4, 8)));
        TriptychAlignment t = new TriptychAligner().align(en, List.of(ar, ru), AlignOptions.defaults());
        assertEquals(1, t.paragraphRows().size());
        assertEquals(List.of(0, 1), t.paragraphRows().get(0).english());
        assertEquals(List.of(0), t.paragraphRows().get(0).target("ar"));
        assertEquals(List.of(0, 1), t.paragraphRows().get(0).target("ru"));
        assertEquals(8, t.sentenceRows().size());
        assertEquals(List.of(5), t.sentenceRows().get(5).target("ar"));
    }
}
