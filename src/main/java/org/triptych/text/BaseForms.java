package org.triptych.text;

import java.util.List;

/**
 * The forms a word found in text may have as a dictionary or glossary entry: Russian «Трампа» may be «Трамп» or
 * «Трампа» (a name in -а), «Гарвардского» is «Гарвардский»; Arabic «لترامب» is «ترامب» or itself (a name that begins
 * with ل, as «لندن» does). The caller chooses among them with what else it knows (the English name beside it).
 */
@FunctionalInterface
public interface BaseForms {

    /** For a language whose words carry neither endings nor clitics: the word itself. */
    BaseForms AS_WRITTEN = List::of;

    /** The candidates, the most likely first; never empty, the word as found among them. */
    List<String> of(String word);

    /**
     * Whether the word is a noun to the language's dictionary: the head of a phrase, after which a Russian name's
     * words stay as written (Министерство обороны: обороны is not made nominative). False where nothing is known.
     */
    default boolean isNoun(String word) {
        return false;
    }

    /** The word and its readings without clitics (Arabic لترامب: لترامب, ترامب); the word alone where none. */
    default List<String> withoutClitics(String word) {
        return List.of(word);
    }

    /** Whether the dictionary reads the word as an adjective (Северной, Гарвардского). */
    default boolean isAdjective(String word) {
        return false;
    }

    /** An adjective's entry form agreeing with a noun (северный beside Кореи: Северная). */
    default String agreeing(String adjectiveEntryForm, String noun) {
        return adjectiveEntryForm;
    }

    /** Whether the language's dictionary knows the word (its forms are then lemmas, not guesses). */
    default boolean isKnown(String word) {
        return false;
    }

    /**
     * For a word no dictionary knows, its entry form beside an English name: a name that ends in a consonant in
     * English drops a Russian case ending (Трампа, Trump → Трамп), one in -a takes -а (Розы, Rosa → Роза), one in
     * another vowel is indeclinable (Шакири). The word as found where the language has no endings.
     */
    default String beside(String word, String englishName) {
        return word;
    }

    /** As {@link #beside(String, String)}, knowing whether the word is a person's given name or surname. */
    default String beside(String word, String englishName, NamePart part) {
        return beside(word, englishName);
    }

    /** Where a word stands in a person's name: given names and surnames have different dictionary readings. */
    enum NamePart { GIVEN, SURNAME, ANY }
}
