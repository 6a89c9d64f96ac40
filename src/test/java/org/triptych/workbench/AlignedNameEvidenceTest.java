package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.terms.AlignedUnit;

/** Names confirmed by the paragraphs another version aligns with them (sentences written for Triptych). */
class AlignedNameEvidenceTest {

    private static DocumentVersion version(Language l, String... paragraphs) {
        return new DocumentVersion(l, l.code(), java.util.Arrays.stream(paragraphs).map(Paragraph::unsegmented).toList());
    }

    private static Alignment links(Language l, Bead... beads) {
        return new Alignment(l, AlignmentLevel.PARAGRAPH, List.of(beads));
    }

    private final Article article = new Article(
            version(Language.ENGLISH, "The spokesman, Sutopo Nugroho, spoke.", "Giles Hammel said the talks went on."),
            List.of(version(Language.ARABIC, "تحدث المتحدث سوتوبو نوغروهو.", "وقال جايلز هاميل إن المحادثات استمرت."),
                    version(Language.RUSSIAN, "Выступил представитель Сутопо Нугрохо.",
                            "Гайлз Хэммел сказал, что переговоры идут.")));

    private final AlignedNameEvidence evidence = AlignedNameEvidence.of(article, Map.of(
            Language.ARABIC, links(Language.ARABIC, Bead.of(List.of(0), List.of(0), 1), Bead.of(List.of(1), List.of(1), 1)),
            Language.RUSSIAN, links(Language.RUSSIAN, Bead.of(List.of(0), List.of(0), 1), Bead.of(List.of(1), List.of(1), 1))));

    @Test
    void eachColumnsNamesAreConfirmedByTheOthers() {
        assertTrue(evidence.confirmsName(Language.ENGLISH, 1, "Hammel"), "by the Arabic and the Russian");
        assertTrue(evidence.confirmsName(Language.RUSSIAN, 1, "Хэммел"));
        assertTrue(evidence.confirmsName(Language.RUSSIAN, 0, "Сутопо"));
        assertTrue(evidence.confirmsName(Language.ARABIC, 1, "هاميل"));
        assertTrue(evidence.confirmsName(Language.ARABIC, 0, "سوتوبو"));
        // an Arabic paragraph by the Russian, through the English both are linked with
        assertTrue(evidence.confirmsName(Language.ARABIC, 1, "جايلز"));
    }

    @Test
    void onlyTheAlignedParagraphsCount() {
        // Hammel is in the paragraphs linked to English 1, not in those beside English 0
        assertFalse(evidence.confirmsName(Language.ARABIC, 0, "هاميل"));
        assertFalse(evidence.confirmsName(Language.ENGLISH, 0, "Hammel"));
        assertFalse(evidence.confirmsName(Language.RUSSIAN, 0, "Хэммел"));
        // a word no other version writes, and a lower-case word (no name) are not confirmed
        assertFalse(evidence.confirmsName(Language.RUSSIAN, 1, "Кромвель"));
        assertFalse(evidence.confirmsName(Language.RUSSIAN, 0, "представитель"));
        assertFalse(evidence.confirmsName(Language.RUSSIAN, 5, "Хэммел"));
    }

    @Test
    void aParagraphMergingTwoEnglishOnesSeesBoth() {
        Article merged = new Article(article.english(), List.of(article.others().get(0),
                version(Language.RUSSIAN, "Выступил Сутопо. Гайлз Хэммел сказал, что переговоры идут.")));
        AlignedNameEvidence e = AlignedNameEvidence.of(merged, Map.of(
                Language.RUSSIAN, links(Language.RUSSIAN, Bead.of(List.of(0, 1), List.of(0), 1))));
        assertTrue(e.confirmsName(Language.ENGLISH, 0, "Hammel"), "English 0 sits in the Russian paragraph with Hammel");
        assertTrue(e.confirmsName(Language.RUSSIAN, 0, "Хэммел"));
    }

    @Test
    void arabicWordsConfirmOnlyWhereNoVersionWithCapitalsIsAligned() {
        // "Bari" has the skeleton of the Arabic word بري (P R) beside it; an Arabic word of two classes is no evidence
        // when the Russian, which writes names with capitals, is there too
        Article a = new Article(version(Language.ENGLISH, "Bari said so in Xining."),
                List.of(version(Language.ARABIC, "قال بري ذلك في شينينغ."), version(Language.RUSSIAN, "Так сказал он.")));
        Map<Language, Alignment> both = Map.of(
                Language.ARABIC, links(Language.ARABIC, Bead.of(List.of(0), List.of(0), 1)),
                Language.RUSSIAN, links(Language.RUSSIAN, Bead.of(List.of(0), List.of(0), 1)));
        assertFalse(AlignedNameEvidence.of(a, both).confirmsName(Language.ENGLISH, 0, "Bari"));
        // ... one of three classes or more is (Xining, شينينغ: S N N G)
        assertTrue(AlignedNameEvidence.of(a, both).confirmsName(Language.ENGLISH, 0, "Xining"));
        Map<Language, Alignment> arabicOnly = Map.of(
                Language.ARABIC, links(Language.ARABIC, Bead.of(List.of(0), List.of(0), 1)));
        assertTrue(AlignedNameEvidence.of(a, arabicOnly).confirmsName(Language.ENGLISH, 0, "Bari"));
    }

    @Test
    void commandLineUnitsAreKeyedByTheirUnitNumber() {
        AlignedNameEvidence units = AlignedNameEvidence.ofUnits(Map.of(
                Language.ARABIC, List.of(AlignedUnit.line(3, "Giles Hammel said so.", "وقال جايلز هاميل ذلك.")),
                Language.RUSSIAN, List.of(AlignedUnit.line(3, "Giles Hammel said so.", "Гайлз Хэммел так сказал."))));
        assertTrue(units.confirmsName(Language.RUSSIAN, 3, "Хэммел"));
        assertTrue(units.confirmsName(Language.ENGLISH, 3, "Giles"));
        assertTrue(units.confirmsName(Language.ARABIC, 3, "جايلز"));
        assertFalse(units.confirmsName(Language.RUSSIAN, 2, "Хэммел"));
    }
}
