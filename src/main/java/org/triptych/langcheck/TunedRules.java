package org.triptych.langcheck;

import java.util.Set;
import org.triptych.model.Language;

/**
 * The LanguageTool rules and categories switched off by default, chosen by counting which rule ids fire on clean,
 * professionally translated news (see docs/langcheck.md for the counts). Each entry raised false alarms on correct
 * text and next to nothing else; spelling rules stay on and are tamed by the glossary and name filters instead.
 */
final class TunedRules {

    private TunedRules() {
    }

    static Set<String> disabledRules(Language language) {
        return switch (language.code()) {
            case "en" -> Set.of(
                    // A quotation running over several paragraphs opens a quote in each and closes it only in the
                    // last: per-paragraph checking flags every paragraph of it.
                    "EN_UNPAIRED_QUOTES",
                    // Newsroom style leaves out the comma before a short second clause; the rule is advice.
                    "COMMA_COMPOUND_SENTENCE", "COMMA_COMPOUND_SENTENCE_2",
                    // Asks for diacritics in transliterated names (Erdogan -> Erdoğan): a house-style choice.
                    "ERDOGAN",
                    // Repeated sentence openings are deliberate in news copy.
                    "ENGLISH_WORD_REPEAT_BEGINNING_RULE");
            case "ru" -> Set.of(
                    // Multi-paragraph quotations, as in English.
                    "RU_UNPAIRED_BRACKETS",
                    // Flags the standard comma in "После того, как" and "Тем не менее," at sentence start.
                    "COMPLEX_SOUZ_PUNCT", "tem_ne_menee");
            case "ar" -> Set.of(
                    // Suggests diacritics or a "purer" synonym for correct, common news words.
                    "AR_DIACRITICS_REPLACE", "AR_SIMPLE_REPLACE", "AR_HOMOPHONES_REPLACE",
                    // Multi-paragraph quotations.
                    "UNPAIRED_BRACKETS",
                    // Asks for the alif of tanwin al-nasb in words news copy writes without it.
                    "typo_000_tanwin_nasb", "typo_000_tanwin_nasb2",
                    "AR_INFLECTED_ONE_WORD",
                    // Calls البنك (as in البنك الدولي) dialect and wants المصرف.
                    "AR_DARJA_REPLACE",
                    // Agreement rules that look only at the next word: أحد أعضاء, أربعة أجزاء, ثلاثة أيام and
                    // the idafa دولة الجوار التي / عملية التحقيق التي are correct but flagged.
                    "number_one_feminin", "number_under_10_feminin", "gender_0010_alladhi",
                    // Flag correct لا تزال, لا يقتصر and تحصل على.
                    "grammar_0010_jazem_la_nahia", "grammar_0011_notjazem_lam_nafia", "verb_228_tHSl_Ela");
            default -> Set.of();
        };
    }

    static Set<String> disabledCategories(Language language) {
        return switch (language.code()) {
            // Style advice (long attributive clauses, indirect speech, many pronouns) on correct journalistic prose.
            case "ru" -> Set.of("STYLE");
            // TEST_NEW_FEATURES: experimental rules; the two usage categories object to standard modern news usage
            // (والتي، بمثابة، من خلال، على الرغم من).
            case "ar" -> Set.of("TEST_NEW_FEATURES", "COMMON_ERRORS_ON_ONE_WORD_USE", "SYNTAX_COMMON_ERRORS");
            default -> Set.of();
        };
    }
}
