package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Project;
import org.triptych.workbench.GlossaryTerms;

/**
 * Highlights on the bundled sample (gold links: Russian en 9 → ru 8+9, Arabic en 2+3 → ar 2): findings' link-text
 * offsets land on the same characters in the cells, at paragraph and sentence level; the sample glossary's
 * deprecated Russian slip is highlighted as deprecated and described by its concept.
 */
class HighlightsTest {

    private AlignedViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
    }

    private String paragraph(Language l, int p) {
        return vm.article().version(l).orElseThrow().paragraphs().get(p).text();
    }

    /** A finding on {@code word} as the checks report it: offsets into the link's text ({@code linkText}). */
    private static Finding finding(Language l, int englishUnit, String linkText, String word, int from) {
        int start = linkText.indexOf(word, from);
        assertTrue(start >= 0, word + " in the link text");
        return new Finding("spelling", Severity.ERROR, l, englishUnit, start, start + word.length(), word, "",
                "test", List.of(), "RULE");
    }

    @Test
    void aFindingInTheSecondParagraphOfALinkLandsOnItsCellAtParagraphLevel() {
        String ru8 = paragraph(Language.RUSSIAN, 8);
        String ru9 = paragraph(Language.RUSSIAN, 9);
        String word = ru9.split(" ")[2];
        Finding f = finding(Language.RUSSIAN, 9, ru8 + "\n" + ru9, word, ru8.length() + 1);
        List<Highlights.UnitSpan> spans = vm.highlights().cellSpans(f);
        assertEquals(1, spans.size());
        Highlights.UnitSpan s = spans.get(0);
        assertEquals(9, s.unit(), "the second Russian paragraph of the link");
        assertEquals(word, vm.unitText(Language.RUSSIAN, s.unit()).substring(s.start(), s.end()));

        vm.findings().setAll(f);
        List<StyledSpan> drawn = vm.highlights().spans(Language.RUSSIAN, 9, ru9).stream()
                .filter(x -> x.styleClass().equals("finding-error")).toList();
        assertEquals(1, drawn.size());
        assertEquals(word, ru9.substring(drawn.get(0).start(), drawn.get(0).end()));
        assertTrue(vm.highlights().spans(Language.RUSSIAN, 8, ru8).isEmpty(), "nothing on the link's first paragraph");
    }

    @Test
    void anArabicFindingLandsOnItsCell() {
        // en 4 → ar 3 in the gold links (ar 2 holds en 2+3)
        String ar3 = paragraph(Language.ARABIC, 3);
        String word = ar3.split(" ")[3];
        Finding f = finding(Language.ARABIC, 4, ar3, word, 0);
        Highlights.UnitSpan s = vm.highlights().cellSpans(f).get(0);
        assertEquals(new Highlights.UnitSpan(Language.ARABIC, 3, ar3.indexOf(word), ar3.indexOf(word) + word.length()), s);
        assertEquals(word, vm.unitText(Language.ARABIC, 3).substring(s.start(), s.end()));
    }

    @Test
    void atSentenceLevelTheSpanIsInTheSentencesOwnOffsets() {
        String ru6 = paragraph(Language.RUSSIAN, 6);
        var sentences = vm.article().version(Language.RUSSIAN).orElseThrow().paragraphs().get(6).sentences();
        assertTrue(sentences.size() >= 2, "the sample's Russian paragraph 6 has several sentences");
        String second = sentences.get(1).text();
        String word = second.split(" ")[1];
        Finding f = finding(Language.RUSSIAN, 6, ru6, word, sentences.get(1).start());
        vm.setLevel(AlignmentLevel.SENTENCE);
        List<Highlights.UnitSpan> spans = vm.highlights().cellSpans(f);
        assertEquals(1, spans.size());
        int before = 0;
        for (int p = 0; p < 6; p++) {
            before += vm.article().version(Language.RUSSIAN).orElseThrow().paragraphs().get(p).sentences().size();
        }
        Highlights.UnitSpan s = spans.get(0);
        assertEquals(before + 1, s.unit());
        assertEquals(word, vm.unitText(Language.RUSSIAN, s.unit()).substring(s.start(), s.end()));
        assertTrue(s.start() < f.start(), "sentence offsets, not paragraph offsets");
    }

    @Test
    void theSampleGlossaryMarksTheDeprecatedRussianSlipAndNamesItsConcept() throws Exception {
        vm.addGlossary(SampleArticle.glossaryFile().toString());
        assertTrue(vm.highlights().termsReady());
        String ru6 = paragraph(Language.RUSSIAN, 6);
        List<StyledSpan> spans = vm.highlights().spans(Language.RUSSIAN, 6, ru6);
        StyledSpan slip = spans.stream().filter(s -> s.start() == 201).findFirst().orElseThrow();
        assertEquals("Гальворсена", ru6.substring(slip.start(), slip.end()));
        assertEquals("term-deprecated", slip.styleClass());
        GlossaryTerms.Found m = (GlossaryTerms.Found) slip.tag();
        assertEquals("c-erik-halvorsen", m.concept().id());
        String hover = org.triptych.text.BidiIsolates.strip(Highlights.describe(m));
        assertTrue(hover.contains("person · c-erik-halvorsen"), hover);
        assertTrue(hover.contains("Халворсен (preferred)") && hover.contains("Erik Halvorsen (preferred)"), hover);
        assertTrue(spans.stream().anyMatch(s -> s.styleClass().equals("term-preferred")),
                "correct renderings are highlighted as preferred: " + spans);
        vm.setLevel(AlignmentLevel.SENTENCE);
        int unit = 0;
        for (int p = 0; p < 6; p++) {
            unit += vm.article().version(Language.RUSSIAN).orElseThrow().paragraphs().get(p).sentences().size();
        }
        int inParagraph = 0;
        for (var sentence : vm.article().version(Language.RUSSIAN).orElseThrow().paragraphs().get(6).sentences()) {
            if (sentence.end() > 201) {
                inParagraph = sentence.start();
                break;
            }
            unit++;
        }
        String sentence = vm.unitText(Language.RUSSIAN, unit);
        int start = 201 - inParagraph;
        assertTrue(vm.highlights().spans(Language.RUSSIAN, unit, sentence).stream()
                        .anyMatch(s -> s.start() == start && s.styleClass().equals("term-deprecated")),
                "the slip at sentence level, in the sentence's offsets");
        vm.removeGlossary(SampleArticle.glossaryFile().toString());
        assertTrue(vm.highlights().spans(Language.RUSSIAN, 6, ru6).isEmpty(), "no glossary, no term highlights");
    }
}
