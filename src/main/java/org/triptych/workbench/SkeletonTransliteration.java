package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *       Tijer for تايجر: {@link LanguageProfile#englishRespellings});</li>
 *   <li>a word that writes the name's vowels where the name has them ({@link TransliterationFit}) weighs one class
 *       more, or three where its consonants alone say too little (هوليوود shares only L T with Hollywood, as التي
 *       does).</li>
 * </ul>
 * The aligner keeps its stricter pairing: a link rests on it, a candidate is read by a person before it is added.
 */
public final class SkeletonTransliteration implements NameTransliteration {

    /**
     * An extraction asks about the same English word beside every word of a unit, and the same word beside every name:
     * its respellings (a dozen regular expressions) and a Russian word's entry forms (a dictionary look-up) are
     * worked out once per instance, which lives for one extraction.
     */
    private final Map<String, List<String>> spellings = new ConcurrentHashMap<>();
    private final Map<String, List<String>> forms = new ConcurrentHashMap<>();

    @Override
    public int strength(String english, String targetWord, Language target) {
        LanguageProfile profile = LanguageProfile.of(target);
        List<String> words = !profile.hasLetterCase() || target.equals(Language.ENGLISH) ? List.of(targetWord)
                : forms.computeIfAbsent(target.code() + '\u0000' + targetWord, k -> {
                    List<String> all = new ArrayList<>(List.of(targetWord));
                    all.addAll(profile.baseForms().of(targetWord));
                    return List.copyOf(all);
                });
        List<String> spellings = this.spellings.computeIfAbsent(target.code() + '\u0000' + english, k -> {
            List<String> all = new ArrayList<>(List.of(english));
            all.addAll(profile.englishRespellings(english));
            return List.copyOf(all);
        });
        int strength = 0;
        for (String spelling : spellings) {
            for (String word : words) {
                strength = Math.max(strength, NameSkeleton.matchStrength(spelling, word));
            }
        }
        // a word writing the name's vowels where the name has them is more than its consonants: the better of two
        // words with the same consonants (جاكمان, not جاكسون, for Jackman; Джекман, not Джексон), a name where they
        // are few (هوليوود, نابولي)
        if (target.equals(Language.ARABIC)) {
            double fit = TransliterationFit.of(targetWord, spellings);
            if (fit < TransliterationFit.EXACT) {
                strength = strength >= VOWELLED_STRENGTH ? strength + 1 : Math.max(strength, vowelledStrength(english));
            }
        } else if (target.equals(Language.RUSSIAN)) {
            double fit = TransliterationFit.ofCyrillic(words, spellings);
            if (strength >= VOWELLED_STRENGTH && fit <= TransliterationFit.CLOSE) {
                strength++;
            } else if (fit < TransliterationFit.EXACT) {
                strength = Math.max(strength, vowelledStrength(english));
            }
        }
        return strength;
    }

    /** What an exact fit with the vowel letters counts for: as much as three classes shared, a one-word name's bar. */
    private static final int VOWELLED_STRENGTH = 3;

    /**
     * The strength an Arabic word earns by writing every consonant and long vowel of a name where the name has them
     * (هوليوود for Hollywood, نابولي for Napoli): the skeletons see two classes there, which a common word has by
     * chance (التي: L T), the vowels and their places no common word shares. A name of two consonant classes and four
     * letter classes at least earns {@value #VOWELLED_STRENGTH}; one of a single class (Rory, Omaha) nothing more: a
     * word of one class is no name alone, its vowels written or not.
     */
    private static int vowelledStrength(String english) {
        String classes = TransliterationFit.classes(english);
        int consonants = NameSkeleton.latin(english).length(); // distinct in a row: Rory has one (R), no name alone
        return classes.length() >= 4 && consonants >= 2 ? VOWELLED_STRENGTH : 0;
    }
}
