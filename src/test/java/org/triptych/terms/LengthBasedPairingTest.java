package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

class LengthBasedPairingTest {

    private static DocumentVersion doc(Language l, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.unsegmented(p));
        }
        return new DocumentVersion(l, "test", ps);
    }

    private static List<String> links(List<AlignedUnit> units) {
        return units.stream().map(u -> u.englishIndices() + "-" + u.targetIndices()).toList();
    }

    @Test
    void aMergedAndAnOmittedParagraphDoNotShiftTheRest() {
        String a = "x".repeat(200);
        String b = "y".repeat(120);
        String c = "z".repeat(300);
        String d = "w".repeat(300);
        String e = "v".repeat(80);
        DocumentVersion en = doc(Language.ENGLISH, a, b, c, d, e);
        // target: a, b+c merged, (d left out), e; each about 10% longer
        DocumentVersion ru = doc(Language.RUSSIAN, "а".repeat(220), "б".repeat(460), "в".repeat(88));
        List<AlignedUnit> units = new LengthBasedPairing().align(en, ru);
        assertEquals(List.of("[0]-[0]", "[1, 2]-[1]", "[3]-[]", "[4]-[2]"), links(units));
        assertEquals(3, units.get(2).unit());
        assertEquals("б".repeat(460), units.get(1).target());
        assertEquals(b + "\n" + c, units.get(1).english());
    }
}
