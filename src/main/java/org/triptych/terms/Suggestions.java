package org.triptych.terms;

import org.triptych.model.Language;
import org.triptych.text.ArabicClitics;
import org.triptych.text.RussianInflector;
import org.triptych.text.RussianMorphology;

/** The replacement for a wrong term, written the way the found form was: inflected (Russian), with its clitics (Arabic). */
final class Suggestions {

    private RussianInflector russian;

    String replacementFor(TermMatch found, String preferred) {
        Language l = found.language();
        if (l.equals(Language.ARABIC)) {
            return ArabicClitics.attach(found.prefix(), preferred);
        }
        if (l.equals(Language.RUSSIAN)) {
            if (russian == null) {
                russian = new RussianInflector(RussianMorphology.shared());
            }
            return russian.inflectLike(found.text(), preferred);
        }
        return preferred;
    }
}
