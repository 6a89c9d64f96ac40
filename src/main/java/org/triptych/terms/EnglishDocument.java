package org.triptych.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;
import org.triptych.text.NameShapes;
import org.triptych.text.TermToken;
import org.triptych.text.TermTokenizer;

/**
 * What the whole English article says about the words in it, for the units it is checked in. A surname alone is
 * another name's word (Emma Thompson, West Coast, School of Rock) where the article never names the glossary person
 * in full and the words around it join it to another name. And a word derived from a
 * place (English, American) that the article also writes as the last word of a name (Johnny English) is that name
 * throughout the article. A character called English is not England, and only the article tells: "English is sent
 * back to London" reads like the adjective on its own. A pair whose second word qualifies the noun after it (Native
 * American tribes) is an adjective in a longer name, and proves nothing.
 */
final class EnglishDocument {

    /** A unit whose words are this share capitalised or more is a headline in title case: its pairs prove nothing. */
    private static final double TITLE_CASE_SHARE = 0.8;

    private final Set<String> nameWords;
    private final Set<String> namedInFull;

    private EnglishDocument(Set<String> nameWords, Set<String> namedInFull) {
        this.nameWords = nameWords;
        this.namedInFull = namedInFull;
    }

    static EnglishDocument of(List<AlignedUnit> units, Function<String, List<TermMatch>> matches) {
        Set<String> names = new HashSet<>();
        Set<String> full = new HashSet<>();
        LanguageProfile english = LanguageProfile.of(Language.ENGLISH);
        for (AlignedUnit u : units) {
            if (u.english().isBlank()) {
                continue;
            }
            List<TermMatch> ms = matches.apply(u.english());
            for (TermMatch m : ms) {
                if (!m.possible() && !isPersonShortForm(m)) {
                    full.add(m.conceptId());
                }
            }
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
        return new EnglishDocument(names, full);
    }

    /** Whether an English match in {@code text} (with its matches {@code ms}) names its concept in this article. */
    boolean names(TermMatch m, String text, List<TermMatch> ms) {
        if (m.derived() && !m.term().derived() && TermTokenizer.tokenize(m.text()).size() == 1) {
            return !nameWords.contains(m.text());
        }
        if (isPersonShortForm(m) && !namedInFull.contains(m.conceptId())) {
            return !insideAnotherName(m, text, ms);
        }
        return true;
    }

    /** A person named by one word of their name (Thompson); "Mrs May" carries its own evidence. */
    private static boolean isPersonShortForm(TermMatch m) {
        return m.concept().type() == ConceptType.PERSON && (m.shortForm() || m.term().shortForm())
                && TermTokenizer.tokenize(m.text()).size() == 1;
    }

    /**
     * Whether a surname alone is a word of another name: after a capitalised word that is no title (Emma Thompson,
     * True West), before a capitalised word (West Coast), or after "X of" (School of Rock). Asked only in an article
     * that never names the glossary person in full; titles (President Erdogan) and words that name no one (Monday)
     * do not count, nor do headlines in title case.
     */
    private static boolean insideAnotherName(TermMatch m, String text, List<TermMatch> ms) {
        List<TermToken> tokens = TermTokenizer.tokenize(text);
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() != m.start()) {
            i++;
        }
        if (i == tokens.size() || titleCase(tokens)) {
            return false;
        }
        NameShapes shapes = LanguageProfile.of(Language.ENGLISH).nameShapes();
        LanguageProfile english = LanguageProfile.of(Language.ENGLISH);
        if (i > 0 && joined(text, tokens.get(i - 1), tokens.get(i))) {
            TermToken prev = tokens.get(i - 1);
            if (capitalised(prev) && !shapes.isTitle(prev.text()) && !shapes.isNotName(prev.text())
                    && !english.isCommonWord(prev.text()) && !covered(prev, ms) && !sentenceStart(text, tokens, i - 1)) {
                return true;
            }
            if (shapes.isConnector(prev.text()) && i > 1 && joined(text, tokens.get(i - 2), prev)
                    && capitalised(tokens.get(i - 2)) && !shapes.isTitle(tokens.get(i - 2).text())) {
                return true;
            }
        }
        if (i + 1 < tokens.size() && joined(text, tokens.get(i), tokens.get(i + 1))) {
            TermToken next = tokens.get(i + 1);
            return capitalised(next) && !shapes.isNotName(next.text()) && !english.isCommonWord(next.text())
                    && !covered(next, ms);
        }
        return false;
    }

    private static boolean joined(String text, TermToken a, TermToken b) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    /** Whether the token opens a sentence (its capital then says nothing). */
    private static boolean sentenceStart(String text, List<TermToken> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
        return !gap.isEmpty() && ".!?\n".indexOf(gap.charAt(gap.length() - 1)) >= 0;
    }

    /**
     * Whether the word stands before a lower-case word it may qualify (Native American tribes), or inside a longer
     * name (the Center for a New American Security): then it is an adjective, not a person's name. A function word
     * (Johnny English and ...) or punctuation after it leaves it a name.
     */
    private static boolean modifiesNext(String text, List<TermToken> tokens, int i, LanguageProfile english) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        TermToken next = tokens.get(i + 1);
        return text.substring(tokens.get(i).end(), next.start()).equals(" ")
                && !english.isCommonWord(next.text());
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
