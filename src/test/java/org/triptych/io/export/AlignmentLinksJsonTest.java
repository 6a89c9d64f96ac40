package org.triptych.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;

class AlignmentLinksJsonTest {

    @Test
    void severalLevelsShareEachPairsObjectAsTheGoldFilesDo() {
        Map<Language, List<Bead>> paragraphs = new LinkedHashMap<>();
        paragraphs.put(Language.ARABIC, List.of(Bead.of(List.of(0, 1), List.of(0), 1), Bead.of(List.of(2), List.of(), 1)));
        paragraphs.put(Language.RUSSIAN, List.of(Bead.of(List.of(0), List.of(0, 1), 1)));
        Map<Language, List<Bead>> sentences = new LinkedHashMap<>();
        sentences.put(Language.ARABIC, List.of(Bead.of(List.of(0), List.of(0), 1)));
        sentences.put(Language.RUSSIAN, List.of());
        Map<AlignmentLevel, Map<Language, List<Bead>>> both = new LinkedHashMap<>();
        both.put(AlignmentLevel.PARAGRAPH, paragraphs);
        both.put(AlignmentLevel.SENTENCE, sentences);
        assertEquals("{\"en-ar\":{\"paragraph\":[[[0,1],[0]],[[2],[]]],\"sentence\":[[[0],[0]]]},"
                + "\"en-ru\":{\"paragraph\":[[[0],[0,1]]],\"sentence\":[]}}", AlignmentLinksJson.write(both));
        assertEquals("{\"en-ar\":{\"paragraph\":[[[0,1],[0]],[[2],[]]]},\"en-ru\":{\"paragraph\":[[[0],[0,1]]]}}",
                AlignmentLinksJson.write(paragraphs, AlignmentLevel.PARAGRAPH));
        assertEquals("{}", AlignmentLinksJson.write(Map.of(), AlignmentLevel.SENTENCE));
    }
}
