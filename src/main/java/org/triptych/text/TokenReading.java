package org.triptych.text;

/**
 * One way a word can be read for term matching: the key it is indexed or looked up under (a lemma, a light stem or
 * a normalised form), grammatical hints that decide whether a match is sure or only possible, and the clitic prefix
 * that was removed to get the key (Arabic), so a suggestion can put it back, and for a guessed stem the ending that
 * was cut off (Russian), so a term and a text word are only matched when their endings fit one declension.
 */
public record TokenReading(String key, int flags, String prefix, String ending) {

    /** A masculine singular surname or name reading. */
    public static final int MASCULINE = 1;
    /** A feminine singular surname or name reading. */
    public static final int FEMININE = 2;
    /** A plural surname or name reading (the Bogdanovs). */
    public static final int PLURAL = 4;
    /** The reading is a proper name (surname, first name, patronymic) in the dictionary. */
    public static final int NAME = 8;
    /** The reading is unlikely: the word also reads as a different name (Асадов is a surname, not only "of the Asads"). */
    public static final int DOUBTFUL = 16;
    /** The key is a guessed stem of a word no dictionary knows; {@code ending} holds what was cut off. */
    public static final int GUESSED = 32;
    /**
     * The key is what a clitic left of a short word (لسي → سي): two letters read so are trusted only as a word of a
     * term of several words (لسي بي أس), never alone.
     */
    public static final int SHORT_AFTER_CLITIC = 64;
    /** The key is the word without its article (البريكزيت → بريكزيت): a person's name never takes one. */
    public static final int ARTICLE_REMOVED = 128;

    public TokenReading(String key, int flags, String prefix) {
        this(key, flags, prefix, "");
    }

    public static TokenReading of(String key) {
        return new TokenReading(key, 0, "", "");
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public int genders() {
        return flags & (MASCULINE | FEMININE | PLURAL);
    }
}
