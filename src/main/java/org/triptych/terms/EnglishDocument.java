package org.triptych.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;
import org.triptych.text.TermToken;
import org.triptych.text.TermTokenizer;

/**
 * What the whole English article says about the words in it, for the units it is checked in: a word derived from a
 * place (English, American) that the article also writes as the last word of a name (Johnny English) is that name
 * throughout the article. A character called English is not England, and only the article tells: "English is sent
 * back to London" reads like the adjective on its own. A pair whose second word qualifies the noun after it (Native
 * American tribes) is an adjective in a longer name, and proves nothing.
 */
final class EnglishDocument {

    /** A unit whose words are this share capitalised or more is a headline in title case: its pairs prove nothing. */
    private static final double TITLE_CASE_SHARE = 0.8;

    private final Set<String> nameWords;

    private EnglishDocument(Set<String> nameWords) {
        this.nameWords = nameWords;
    }

    static EnglishDocument of(List<AlignedUnit> units, Function<String, List<TermMatch>> matches) {
        Set<String> names = new HashSet<>();
        LanguageProfile english = LanguageProfile.of(Language.ENGLISH);
        for (AlignedUnit u : units) {
            if (u.english().isBlank()) {
                continue;
            }
            List<TermMatch> ms = matches.apply(u.english());
            List<TermToken> tokens = TermTokenizer.tokenize(u.english());
            if (titleCase(tokens)) {
                continue;
            }
            for (int i = 1; i < tokens.size(); i++) {
                TermToken prev = tokens.get(i - 1);
                TermToken tok = tokens.get(i);
                if (capitalised(tok) && capitalised(prev) && blankOnOneLine(u.english().substring(prev.end(), tok.start()))
                        && !english.isCommonWord(prev.text()) && !covered(prev, ms)
                        && !modifiesNext(u.english(), tokens, i, english)) {
                    names.add(tok.text());
                }
            }
        }
        return new EnglishDocument(names);
    }

    /** Whether an English match names its concept in this article (see the class comment). */
    boolean names(TermMatch m) {
        if (m.derived() && !m.term().derived() && TermTokenizer.tokenize(m.text()).size() == 1) {
            return !nameWords.contains(m.text());
        }
        return true;
    }

    /**
     * Whether the word stands before a lower-case word it may qualify (Native American tribes): an adjective in a
     * longer name, not a name. A function word (Johnny English and ...) or punctuation after it does not qualify.
     */
    private static boolean modifiesNext(String text, List<TermToken> tokens, int i, LanguageProfile english) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        TermToken next = tokens.get(i + 1);
        return text.substring(tokens.get(i).end(), next.start()).equals(" ")
                && Character.isLowerCase(next.text().codePointAt(0)) && !english.isCommonWord(next.text());
    }

    private static boolean capitalised(TermToken t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean blankOnOneLine(String gap) {
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    private static boolean covered(TermToken t, List<TermMatch> ms) {
        for (TermMatch m : ms) {
            if (m.start() < t.end() && m.end() > t.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleCase(List<TermToken> tokens) {
        int words = 0;
        int caps = 0;
        for (TermToken t : tokens) {
            if (Character.isLetter(t.text().codePointAt(0)) && t.text().length() > 3) {
                words++;
                if (capitalised(t)) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps >= TITLE_CASE_SHARE * words;
    }
}
