package org.triptych.text;

/** A set of the ten decimal digits a language's news text is written with, by the code of its zero. */
enum Digits {
    WESTERN('0'),
    /** ٠١٢٣٤٥٦٧٨٩, used in Arabic. */
    ARABIC_INDIC('\u0660'),
    /** ۰۱۲۳۴۵۶۷۸۹, used in Persian and Urdu. */
    EXTENDED_ARABIC_INDIC('\u06F0');

    private final char zero;

    Digits(char zero) {
        this.zero = zero;
    }

    char zero() {
        return zero;
    }

    /** The value (0-9) of {@code c} in this set, or -1 if it is not one of its digits. */
    int valueOf(char c) {
        int v = c - zero;
        return v >= 0 && v <= 9 ? v : -1;
    }
}
