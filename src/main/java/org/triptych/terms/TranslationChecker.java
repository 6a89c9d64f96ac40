package org.triptych.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Glossary;
import org.triptych.model.Language;

/**
 * The public face of the checks: build it once per glossary (the term automaton is the costly part), then check any
 * number of versions. Findings come sorted by unit, then position.
 */
public final class TranslationChecker {

    private final TermChecker terms;
    private final NumberCheck numbers = new NumberCheck();
    private final VersionComparison comparison = new VersionComparison();

    public TranslationChecker(Glossary glossary) {
        this(TermMatcher.build(glossary));
    }

    public TranslationChecker(TermMatcher matcher) {
        this.terms = new TermChecker(matcher);
    }

    public TermMatcher matcher() {
        return terms.matcher();
    }

    /**
     * Checks one target version's units against English.
     *
     * @param compareVersions also report omissions, additions and shortened units (for articles checked through the
     *                        aligner; with presegmented lines only an empty line counts as an omission)
     */
    public List<Finding> check(Language target, List<AlignedUnit> units, boolean compareVersions) {
        List<Finding> out = new ArrayList<>(terms.check(target, units));
        out.addAll(numbers.check(target, units));
        if (compareVersions) {
            out.addAll(comparison.check(target, units));
        } else {
            for (Finding f : comparison.check(target, units)) {
                if (f.kind().equals("omission")) {
                    out.add(f);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * Checks one English text against one target text as a single unit (an MT draft, an edited sentence): terms and
     * numbers, no version comparison: what a draft from English is checked for before it is shown.
     */
    public List<Finding> checkUnit(Language target, int unit, String english, String targetText) {
        return check(target, List.of(AlignedUnit.line(unit, english, targetText)), false);
    }

    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::unit)
            .thenComparing(f -> f.language().code())
            .thenComparingInt(Finding::start)
            .thenComparing(Finding::kind);
}
