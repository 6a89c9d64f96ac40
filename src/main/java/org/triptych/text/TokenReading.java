package org.triptych.text;

/**
 * One way a word can be read for term matching: the key it is indexed or looked up under (a lemma, a light stem or
 * a normalised form), grammatical hints that decide whether a match is sure or only possible, and the clitic prefix
 * that was removed to get the key (Arabic), so a suggestion can put it back.
 */
public record TokenReading(String key, int flags, String prefix) {

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

    public static TokenReading of(String key) {
        return new TokenReading(key, 0, "");
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public int genders() {
        return flags & (MASCULINE | FEMININE | PLURAL);
    }
}
