package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.ok;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

class VersionDraftsTest {

    private static DocumentVersion version(Language l, String... paragraphs) {
        return new DocumentVersion(l, "test", java.util.Arrays.stream(paragraphs).map(Paragraph::unsegmented).toList());
    }

    @Test
    void missingParagraphsAreDraftedAndPlacedBackByIndex() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(ok("{\"translatedText\":[\"Второй.\",\"Четвёртый.\"]}"));
            DocumentVersion en = version(Language.ENGLISH, "First.", "Second.", "Third.", "Fourth.");
            List<Integer> missing = List.of(1, 3);
            Translator t = MtTestKit.translator(new LibreTranslateProvider(MtTestKit.config(server.url("/").toString(), null)),
                    new MtTestKit.RecordingSleeper(), null).build();
            MtResult r = t.translate(VersionDrafts.paragraphs(en, missing, Language.RUSSIAN, ProviderGlossary.empty()));
            Map<Integer, Draft> placed = VersionDrafts.byParagraph(r, Language.RUSSIAN, missing);
            assertEquals("Второй.", placed.get(1).text());
            assertEquals("Четвёртый.", placed.get(3).text());
            assertEquals(MtTestKit.tree("[\"Second.\",\"Fourth.\"]"), body(server.takeRequest()).path("q"));
        }
    }

    @Test
    void backTranslationGoesIntoEnglishAndRefusesEnglish() {
        DocumentVersion ar = version(Language.ARABIC, "مرحبا.", "وداعا.");
        MtRequest r = VersionDrafts.backTranslation(ar, ProviderGlossary.empty());
        assertEquals(Language.ARABIC, r.source());
        assertEquals(List.of(Language.ENGLISH), r.targets());
        assertEquals(List.of("مرحبا.", "وداعا."), r.texts());
        assertThrows(IllegalArgumentException.class, () -> VersionDrafts.backTranslation(version(Language.ENGLISH, "Hi."), ProviderGlossary.empty()));
        assertThrows(IllegalArgumentException.class, () -> VersionDrafts.paragraphs(ar, List.of(5), Language.ENGLISH, ProviderGlossary.empty()));
    }
}
