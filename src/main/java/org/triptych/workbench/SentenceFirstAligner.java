package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.align.AlignOptions;
import org.triptych.align.ParagraphAligner;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.Sentence;
import org.triptych.text.SentenceSegmenter;

/**
 * The workbench's link engine: Triptych's aligner. Each unit the view passes (a paragraph, or a sentence inside a
 * paragraph link) is split into sentences so the aligner can work sentence-first and derive the unit links from
 * sentence links; confirmed links come back exactly as they were and only what lies between them is aligned again.
 */
public final class SentenceFirstAligner implements UnitAligner {

    private final ParagraphAligner aligner = new ParagraphAligner();
    private final AlignOptions options;

    public SentenceFirstAligner() {
        this(AlignOptions.defaults());
    }

    public SentenceFirstAligner(AlignOptions options) {
        this.options = options;
    }

    @Override
    public List<Bead> align(List<String> english, List<String> target, Language language, List<Bead> anchors) {
        List<List<String>> en = sentences(english, Language.ENGLISH);
        List<List<String>> tg = sentences(target, language);
        return anchors.isEmpty()
                ? aligner.align(en, tg, language, options).paragraphs()
                : aligner.realign(en, tg, language, anchors, options).paragraphs();
    }

    private static List<List<String>> sentences(List<String> units, Language language) {
        SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language);
        List<List<String>> out = new ArrayList<>(units.size());
        for (String unit : units) {
            List<String> s = new ArrayList<>();
            for (Sentence sentence : segmenter.split(unit)) {
                s.add(sentence.text());
            }
            if (s.isEmpty()) {
                s.add(unit); // an empty cell is still a unit to link
            }
            out.add(s);
        }
        return out;
    }
}
