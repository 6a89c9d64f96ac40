package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/**
 * Candidates from the bundled sample's three files, aligned by the aligner as {@code extract-terms} aligns them: its
 * people are proposed with their renderings, and a name of several words whose only transliterated word is short is
 * not built on a neighbour (New York's York has the two classes of إريك, Erik, in the Arabic unit).
 */
class TermExtractionTest {

    private static final Path SAMPLE = Path.of("src/main/resources/org/triptych/sample");

    @Test
    void theSamplesPeopleAreProposedAndNoNameIsBuiltOnAShortMatch() throws Exception {
        Map<Language, Path> targets = new LinkedHashMap<>();
        targets.put(Language.ARABIC, SAMPLE.resolve("article-ar.txt"));
        targets.put(Language.RUSSIAN, SAMPLE.resolve("article-ru.txt"));
        List<GlossaryCandidate> cs = TermExtraction.fromFiles(SAMPLE.resolve("article-en.txt"), targets, List.of(),
                false, new TermExtraction.Reports() {
                    @Override
                    public void glossaryProblem(String problem) {
                    }

                    @Override
                    public void note(String note) {
                    }
                });
        GlossaryCandidate haidar = cs.stream().filter(c -> c.en().equals("Fuad Haidar")).findFirst().orElse(null);
        assertNotNull(haidar, cs.toString());
        assertEquals("فؤاد حيدر", haidar.ar());
        assertEquals("Фуад Хайдар", haidar.ru());
        for (GlossaryCandidate c : cs) {
            assertTrue(!c.en().equals("New York") || !c.ar().contains("إريك"), c.toString());
        }
    }
}
