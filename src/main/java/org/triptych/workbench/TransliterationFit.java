package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triptych.align.NameSkeleton;

/**
 * How closely an Arabic word writes a name of a Latin- or Cyrillic-script text, its vowel letters included. The
 * aligner's skeletons compare consonants only, so they cannot tell شيردان (Xherdan) from شريدان, the same letters with
 * ي and ر swapped: both are S R T N. Arabic writes long vowels (ا و ي) and leaves short ones out, so a
 * transliteration puts a vowel letter only where the name has a vowel: Xherdan has one between Sh and r, none between
 * r and d. The fit is a weighted edit distance between the two as letter classes, where a vowel of the name that the
 * Arabic does not write costs little, a vowel letter the Arabic writes where the name has none costs as much as a
 * different consonant, and a vowel letter of another quality (و for an a) costs half. Used by
 * {@link AlignedNameEvidence#prefersAsName} and, to weigh a match, by {@link SkeletonTransliteration}.
 */
final class TransliterationFit {

    /**
     * A fit below this is a close transliteration: its consonants are the name's, each vowel letter stands for a vowel
     * of the name of its quality, and at most one vowel of the name goes unwritten (Кристины, كريستين). Measured on the
     * development articles, a fit up to 1.0 let two more slips on common words through (كبيدل beside Bottle) and
     * dropped no more names.
     */
    static final double CLOSE = 0.5;

    /** A fit below this is exact: every letter of the word and of the name accounted for. */
    static final double EXACT = 0.1;

    private static final double UNWRITTEN_VOWEL = 0.3;
    private static final double OTHER_VOWEL = 0.5;
    private static final double NO_FIT = Double.MAX_VALUE;

    /** Vowel qualities as bits of a digit ('1' + bits - 1): a, o/u/w, e/i/y; a hamza seat may carry any. */
    private static final int A = 1;
    private static final int U = 2;
    private static final int I = 4;
    private static final int ANY = A | U | I;

    private TransliterationFit() {
    }

    /** The best fit of an Arabic word (with or without its clitics) with any of {@code names}; huge when none. */
    static double of(String arabicWord, List<String> names) {
        List<String> readings = new ArrayList<>(NameSkeleton.arabicReadings(arabicWord));
        if (readings.isEmpty()) {
            readings.add(arabicWord);
        }
        double best = NO_FIT;
        for (String reading : readings) {
            for (String variant : AlignedNameEvidence.otherReadings(reading, org.triptych.model.Language.ARABIC)) {
                String mine = classes(variant);
                if (mine.isEmpty()) {
                    continue;
                }
                for (String name : names) {
                    best = Math.min(best, distance(mine, classes(name)));
                }
            }
        }
        return best;
    }

    /**
     * The best fit of a Russian word (or one of its entry forms) with any of {@code names}. Russian writes every
     * vowel, so the fit is the Arabic one with all vowels written; a final vowel is left out of both, as a case
     * ending changes it (Омахе, Omaha) and a name's last vowel Russian may leave (Джекмана, Jackman).
     */
    static double ofCyrillic(List<String> forms, List<String> names) {
        double best = NO_FIT;
        for (String form : forms) {
            String mine = withoutFinalVowel(classes(form));
            if (mine.isEmpty()) {
                continue;
            }
            for (String name : names) {
                best = Math.min(best, distance(mine, withoutFinalVowel(classes(name))));
            }
        }
        return best;
    }

    private static String withoutFinalVowel(String classes) {
        return !classes.isEmpty() && Character.isDigit(classes.charAt(classes.length() - 1))
                ? classes.substring(0, classes.length() - 1) : classes;
    }

    /**
     * A word as letter classes: the aligner's consonant classes (P F T K S M N L R), h-like letters left out, and
     * each vowel as a digit whose bits are the qualities it may stand for. Neighbouring vowels of one quality are one
     * (oo, ee: one و or ي), and a hamza seat joins its neighbour (أو); vowels of different qualities stay in their
     * order, so رايموند (a then i before m) fits Раймонд and its swap راميوند does not.
     */
    static String classes(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            int vowel = vowel(c);
            if (vowel != 0) {
                int last = out.length() - 1;
                if (last >= 0 && Character.isDigit(out.charAt(last))
                        && (bits(out.charAt(last)) == vowel || vowel == ANY || bits(out.charAt(last)) == ANY)) {
                    out.setCharAt(last, digit(bits(out.charAt(last)) | vowel));
                } else {
                    out.append(digit(vowel));
                }
                continue;
            }
            char cls;
            if ("بپbpбп".indexOf(c) >= 0) {
                cls = 'P';
                if (c == 'p' && next == 'h') {
                    cls = 'F';
                    i++;
                }
            } else if ("فڤfvвф".indexOf(c) >= 0) {
                cls = 'F';
            } else if ("تطدضثذtdтд".indexOf(c) >= 0) {
                cls = 'T';
                if (c == 'ت' && next == 'ش' || c == 'д' && next == 'ж') {
                    cls = 'S'; // تش, дж: ch, j
                    i++;
                } else if (c == 't' && next == 'h') {
                    i++;
                }
            } else if ("كقغگkqкгх".indexOf(c) >= 0) {
                cls = 'K';
            } else if (c == 'g') {
                cls = next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
            } else if ("سصزشجژظچszjсзцчшщж".indexOf(c) >= 0) {
                cls = 'S';
                if (c == 's' && next == 'h') {
                    i++;
                }
            } else if (c == 'c') {
                if (next == 'h' || next == 'k') {
                    i++;
                }
                cls = next == 'k' ? 'K' : next == 'h' || next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
            } else if (c == 'x') {
                append(out, 'K');
                cls = 'S';
            } else if ("مmм".indexOf(c) >= 0) {
                cls = 'M';
            } else if ("نnн".indexOf(c) >= 0) {
                cls = 'N';
            } else if ("لlл".indexOf(c) >= 0) {
                cls = 'L';
            } else if ("رrр".indexOf(c) >= 0) {
                cls = 'R';
            } else {
                continue; // h, ه ح ع خ, ь ъ, harakat, marks
            }
            append(out, cls);
        }
        return out.toString();
    }

    private static int vowel(char c) {
        if ("اآىةaая".indexOf(c) >= 0) {
            return A;
        }
        if ("وؤouwоую".indexOf(c) >= 0) {
            return U;
        }
        if ("يئeiyеёиыэй".indexOf(c) >= 0) {
            return I;
        }
        return "أإء".indexOf(c) >= 0 ? ANY : 0;
    }

    private static char digit(int bits) {
        return (char) ('0' + bits);
    }

    private static int bits(char digit) {
        return digit - '0';
    }

    private static void append(StringBuilder out, char cls) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
            out.append(cls);
        }
    }

    /** Weighted edit distance from the Arabic word's classes to the name's (see the class comment). */
    static double distance(String arabic, String name) {
        int n = arabic.length();
        int m = name.length();
        double[] prev = new double[m + 1];
        double[] row = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + skipInName(name.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char a = arabic.charAt(i - 1);
            row[0] = prev[0] + 1;
            for (int j = 1; j <= m; j++) {
                char b = name.charAt(j - 1);
                double replace;
                if (a == b) {
                    replace = 0;
                } else if (Character.isDigit(a) && Character.isDigit(b)) {
                    replace = (bits(a) & bits(b)) != 0 ? 0 : OTHER_VOWEL;
                } else {
                    replace = 1;
                }
                row[j] = Math.min(prev[j - 1] + replace, Math.min(prev[j] + 1, row[j - 1] + skipInName(b)));
            }
            double[] t = prev;
            prev = row;
            row = t;
        }
        return prev[m];
    }

    /** A vowel of the name the Arabic leaves unwritten is cheap; a consonant left out is not. */
    private static double skipInName(char c) {
        return Character.isDigit(c) ? UNWRITTEN_VOWEL : 1;
    }
}
