package org.triptych.terms;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.text.LanguageProfile;

/**
 * What an editor comparing versions must see: {@code omission} (English unit with no counterpart), {@code addition}
 * (a target unit with no English counterpart), {@code shortened} / {@code lengthened} (a linked unit far shorter or
 * longer than the usual length ratio of this language pair in this document: a dropped quote, a softened sentence).
 */
final class VersionComparison {

    private static final double SHORT = 0.5;
    private static final double LONG = 2.0;
    private static final int MIN_ENGLISH = 60;

    public List<Finding> check(Language target, List<AlignedUnit> units) {
        List<Finding> out = new ArrayList<>();
        double usual = usualRatio(target, units);
        for (AlignedUnit u : units) {
            boolean hasEn = !u.english().isBlank();
            boolean hasTg = !u.target().isBlank();
            if (hasEn && !hasTg) {
                out.add(new Finding("omission", Severity.ERROR, target, u.unit(), 0, 0, "", null,
                        "English " + what(u) + " has no counterpart in this version: \"" + excerpt(u.english()) + "\"",
                        List.of(), "compare.omission"));
            } else if (!hasEn && hasTg) {
                out.add(new Finding("addition", Severity.WARNING, target, u.unit(), 0, u.target().length(),
                        u.target(), null, "this text has no English counterpart (after English unit " + u.unit() + ")",
                        List.of(), "compare.addition"));
            } else if (hasEn && letters(u.english()) >= MIN_ENGLISH) {
                double ratio = letters(u.target()) / (double) letters(u.english());
                double rel = ratio / usual;
                if (rel < SHORT || rel > LONG) {
                    boolean shorter = rel < SHORT;
                    out.add(new Finding(shorter ? "shortened" : "lengthened", Severity.WARNING, target, u.unit(), 0,
                            u.target().length(), u.target(), null, String.format(java.util.Locale.ROOT,
                            "this unit is %d%% of the length usual for its English (%s)", Math.round(rel * 100),
                            shorter ? "something may be left out or softened" : "something may have been added"),
                            List.of(), shorter ? "compare.shortened" : "compare.lengthened"));
                }
            }
        }
        return out;
    }

    private static String what(AlignedUnit u) {
        return u.englishIndices().size() > 1 ? "units " + u.englishIndices() : "unit " + u.unit();
    }

    /** The median ratio of this document's linked units, or the pair's usual ratio with fewer than four links. */
    static double usualRatio(Language target, List<AlignedUnit> units) {
        List<Double> ratios = new ArrayList<>();
        for (AlignedUnit u : units) {
            int e = letters(u.english());
            int t = letters(u.target());
            if (e >= 20 && t > 0) {
                ratios.add(t / (double) e);
            }
        }
        if (ratios.size() < 4) {
            // Too few links to measure the document's own ratio: the language's usual one (its profile's).
            return LanguageProfile.of(target).lengthRatioToEnglish();
        }
        ratios.sort(Double::compare);
        return ratios.get(ratios.size() / 2);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String excerpt(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
