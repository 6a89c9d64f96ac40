package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/** Inputs that are not a translation of each other, or are huge: links (low confidence) and never a hang. */
class BadInputTest {

    private final SentenceAligner sentences = new SentenceAligner();
    private final ParagraphAligner paragraphs = new ParagraphAligner();

    private static List<String> englishReport(int n) {
        List<String> out = new ArrayList<>();
        String[] topics = {"roads", "schools", "water", "housing", "parks", "buses", "libraries", "clinics"};
        for (int i = 0; i < n; i++) {
            out.add("Section " + (i + 1) + " of the report describes spending on " + topics[i % topics.length]
                    + " in district " + (100 + i * 7) + (i % 3 == 0 ? ", which rose again this year." : "."));
        }
        return out;
    }

    private static List<String> russianReport(int n) {
        List<String> out = new ArrayList<>();
        String[] topics = {"дороги", "школы", "воду", "жилье", "парки", "автобусы", "библиотеки", "поликлиники"};
        for (int i = 0; i < n; i++) {
            out.add("В разделе " + (i + 1) + " доклада описаны расходы на " + topics[i % topics.length]
                    + " в районе " + (100 + i * 7) + (i % 3 == 0 ? ", которые в этом году снова выросли." : "."));
        }
        return out;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aTwoParagraphSummaryOfATwentyParagraphArticle() {
        List<String> en = englishReport(20);
        List<String> summary = List.of(
                "Доклад описывает расходы города на дороги, школы, воду и жилье в двадцати районах.",
                "Расходы на парки и автобусы в этом году снова выросли.");
        List<Bead> beads = sentences.align(en, summary, Language.RUSSIAN, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(beads, 20, 2);
        long unlinkedOrDoubtful = beads.stream()
                .filter(b -> b.target().isEmpty() || b.confidence() < 0.5).mapToLong(b -> b.english().size()).sum();
        assertTrue(unlinkedOrDoubtful >= 16, "most of the article has no counterpart: " + beads);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void oneVersionEmpty() {
        ParagraphAlignment a = paragraphs.align(List.of(List.of("Only English here."), List.of("And here.")), List.of(),
                Language.ARABIC, AlignOptions.defaults());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.paragraphs().stream().allMatch(Bead::isOmission));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aVersionInTheWrongLanguageGetsLinksOfLowConfidence() {
        List<String> en = englishReport(12);
        List<String> french = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            french.add("Le conseil a longuement discuté des questions budgétaires et des priorités de la ville.");
        }
        List<Bead> wrong = sentences.align(en, french, Language.RUSSIAN, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(wrong, 12, 12);
        List<Bead> right = sentences.align(en, russianReport(12), Language.RUSSIAN, AlignOptions.defaults());
        assertTrue(mean(wrong) + 0.2 < mean(right), "wrong language " + mean(wrong) + " vs " + mean(right));
    }

    private static double mean(List<Bead> beads) {
        return beads.stream().mapToDouble(Bead::confidence).average().orElse(0);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fiftyThousandParagraphs() {
        List<String> en = englishReport(50_000);
        List<String> ru = russianReport(50_000);
        List<Bead> beads = sentences.align(en, ru, Language.RUSSIAN, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(beads, 50_000, 50_000);
        long oneToOne = beads.stream().filter(b -> b.english().size() == 1 && b.target().size() == 1
                && b.english().get(0).equals(b.target().get(0))).count();
        assertTrue(oneToOne > 49_000, "1-1 links: " + oneToOne);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aSingleHundredKilobyteParagraph() {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 100_000) {
            huge.append("word ").append(huge.length() % 977).append(' ');
        }
        List<Bead> beads = sentences.align(List.of(huge.toString()), russianReport(3), Language.RUSSIAN,
                AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(beads, 1, 3);
        ParagraphAlignment p = paragraphs.align(List.of(List.of(huge.toString())), List.of(russianReport(2)),
                Language.RUSSIAN, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(p.paragraphs(), 1, 1);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void oneLongUnitAgainstManyShortOnesAndTheReverse() {
        // The expected path jumps 500 target units in one English step: far wider than the band.
        List<String> many = russianReport(500);
        List<String> one = List.of(String.join(" ", englishReport(500)));
        SentenceAlignerTest.checkCoverage(sentences.align(one, many, Language.RUSSIAN, AlignOptions.defaults()), 1, 500);
        SentenceAlignerTest.checkCoverage(sentences.align(englishReport(500), List.of(String.join(" ", many)),
                Language.RUSSIAN, AlignOptions.defaults()), 500, 1);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aCellLimitNarrowsTheBandInsteadOfFailing() {
        AlignOptions tight = new AlignOptions(TermEvidence.NONE, 30, 20_000, AlignmentWeights.defaults());
        List<Bead> beads = sentences.align(englishReport(2_000), russianReport(2_000), Language.RUSSIAN, tight);
        SentenceAlignerTest.checkCoverage(beads, 2_000, 2_000);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void onlyNumbers() {
        List<String> en = List.of("12 345", "2018", "7,5", "100 200 300", "");
        List<String> ar = List.of("١٢ ٣٤٥", "٢٠١٨", "٧٫٥", "١٠٠ ٢٠٠ ٣٠٠", "");
        List<Bead> beads = sentences.align(en, ar, Language.ARABIC, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(beads, 5, 5);
    }

    @Test
    void theBandWidensWhenTheTruePathLeavesIt() {
        // Forty extra paragraphs at the start of the target (a preface only it has): the expected path starts 40 units
        // from the true one, beyond the first band (30 units). Only a band that widens when the best path runs along
        // its edge finds the 1-1 links after the preface.
        List<String> en = englishReport(60);
        List<String> ru = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ru.add("Предисловие, часть " + (5000 + i) + ": благодарности авторам и редакторам этого сборника.");
        }
        ru.addAll(russianReport(60));
        List<Bead> beads = sentences.align(en, ru, Language.RUSSIAN, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(beads, 60, 100);
        long right = beads.stream().filter(b -> b.english().size() == 1 && b.target().size() == 1
                && b.target().get(0) == b.english().get(0) + 40).count();
        assertTrue(right >= 55, "1-1 links after the preface: " + right + " of 60");
    }
}
