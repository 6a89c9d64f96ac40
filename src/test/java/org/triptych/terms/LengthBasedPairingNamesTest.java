package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Term;

class LengthBasedPairingNamesTest {

    private static DocumentVersion doc(Language l, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.unsegmented(p));
        }
        return new DocumentVersion(l, "test", ps);
    }

    @Test
    void namesTellAnOmittedParagraphFromAMerge() {
        Glossary g = new Glossary("g", List.of(
                new Concept("muscat", ConceptType.PLACE, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Muscat")),
                        Language.RUSSIAN, List.of(Term.preferred("Маскат")))),
                new Concept("oman", ConceptType.PLACE, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Oman")),
                        Language.RUSSIAN, List.of(Term.preferred("Оман"))))));
        DocumentVersion en = doc(Language.ENGLISH,
                "The talks will resume next week, officials said on Friday after a long day of meetings.",
                "Diplomats in Muscat said Oman had offered to host a second round.",
                "The envoy is expected to brief the council on Monday about the results of the meetings.");
        DocumentVersion ru = doc(Language.RUSSIAN,
                "Переговоры возобновятся на следующей неделе, сообщили чиновники в пятницу после долгого дня встреч.",
                "Ожидается, что посланник в понедельник проинформирует совет о результатах встреч.");
        List<String> withNames = new LengthBasedPairing(TermMatcher.build(g)).align(en, ru).stream()
                .map(u -> u.englishIndices() + "-" + u.targetIndices()).toList();
        assertEquals(List.of("[0]-[0]", "[1]-[]", "[2]-[1]"), withNames);
    }
}
