package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.align.NameSkeleton;
import org.triptych.model.Language;
import org.triptych.terms.NameTransliteration;
import org.triptych.text.LanguageProfile;

/**
 * The glossary-candidate extractor's transliteration, answered with the aligner's name skeletons (so neither engine
 * imports the other), made to see more of a name than the aligner needs to:
 * <ul>
 *   <li>a word of a language with case endings is also compared in its entry forms: the skeletons allow a
 *       one-letter ending (Джонса), and a name in the instrumental (Мэттом, Роком) would otherwise not be its
 *       English (Matt, Rock);</li>
 *   <li>the English is also respelt as the target sounds its letters (Twitter as Tvitter for Твиттер, Tiger as
 *       Tijer for تايجر: {@link LanguageProfile#englishRespellings}).</li>
 * </ul>
 * The aligner keeps its stricter pairing: a link rests on it, a candidate is read by a person before it is added.
 */
public final class SkeletonTransliteration implements NameTransliteration {

    @Override
    public int strength(String english, String targetWord, Language target) {
        LanguageProfile profile = LanguageProfile.of(target);
        List<String> words = new ArrayList<>(List.of(targetWord));
        if (profile.hasLetterCase() && !target.equals(Language.ENGLISH)) {
            words.addAll(profile.baseForms().of(targetWord));
        }
        List<String> spellings = new ArrayList<>(List.of(english));
        spellings.addAll(profile.englishRespellings(english));
        int strength = 0;
        for (String spelling : spellings) {
            for (String word : words) {
                strength = Math.max(strength, NameSkeleton.matchStrength(spelling, word));
            }
        }
        return strength;
    }
}
