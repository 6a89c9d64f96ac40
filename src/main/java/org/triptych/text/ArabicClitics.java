package org.triptych.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a (normalised) Arabic word with its proclitics removed: the conjunctions و and ف, the prepositions
 * ب ل ك, and ل before the article (لل = ل + ال, whose alef is dropped in writing). Only prefixes are removed, and
 * only when at least three letters remain, because suffix stripping makes distinct names collide
 * (الأسدي is not الأسد). One suffix case is handled: a ta marbuta word carrying a pronoun (حكومته → حكومه).
 */
final class ArabicClitics {

    /** A reading: the word as it would stand alone, and the prefix that was removed from it. */
    public record Reading(String stem, String prefix) {
    }

    private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي"};
    private static final int MIN_LETTERS = 3;

    private ArabicClitics() {
    }

    public static List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(word, ""));
        String w = word;
        String prefix = "";
        if (w.length() > MIN_LETTERS && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            prefix = w.substring(0, 1);
            w = w.substring(1);
            out.add(new Reading(w, prefix));
        }
        if (w.length() > MIN_LETTERS && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            char p = w.charAt(0);
            String rest = w.substring(1);
            out.add(new Reading(rest, prefix + p));
            if (p == 'ل' && rest.startsWith("ل") && rest.length() >= MIN_LETTERS) {
                out.add(new Reading("ا" + rest, prefix + p)); // للامم = ل + الامم
            }
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            Reading r = out.get(i);
            String s = r.stem();
            for (String pro : PRONOUNS) {
                if (s.length() > pro.length() + MIN_LETTERS && s.endsWith("ت" + pro)) {
                    out.add(new Reading(s.substring(0, s.length() - pro.length() - 1) + "ه", r.prefix()));
                    break;
                }
            }
        }
        return out;
    }

    /** A term written with the clitic prefix of a found form: و + الأمم → والأمم, ل + الأمم → للأمم. */
    public static String attach(String prefix, String term) {
        if (prefix.isEmpty()) {
            return term;
        }
        if (prefix.endsWith("ل") && (term.startsWith("ال") || term.startsWith("الأ") || term.startsWith("الإ"))) {
            return prefix + term.substring(1);
        }
        return prefix + term;
    }
}
