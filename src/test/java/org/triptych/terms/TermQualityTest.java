package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;

/** Floors on the hand-written quality set (figures in docs/terms.md come from the benchmark on the same set). */
class TermQualityTest {

    @Test
    void recallAndFalseAlarmsPerLanguageStayAboveTheFloors() throws Exception {
        GlossaryLoad g = TermQualityEvaluation.glossary();
        assertTrue(g.problems().isEmpty(), g.problems().toString());
        List<TermQualityEvaluation.Case> cases = TermQualityEvaluation.cases();
        Map<Language, TermQualityEvaluation.Score> scores =
                TermQualityEvaluation.score(new TranslationChecker(g.glossary()), cases);
        for (Language l : List.of(Language.ARABIC, Language.RUSSIAN)) {
            TermQualityEvaluation.Score s = scores.get(l);
            assertTrue(s.occurrences() >= 200, l + " has only " + s.occurrences() + " cases");
            assertTrue(s.recall() >= 0.95, l + " recall " + s.recall() + " misses " + s.misses());
            assertTrue(s.falseAlarmRate() <= 0.02, l + " false alarms " + s.falseAlarmRate() + " " + s.alarms());
        }
    }
}
