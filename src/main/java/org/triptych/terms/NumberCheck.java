package org.triptych.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.text.MeasureUnit;
import org.triptych.text.NumberExtractor;
import org.triptych.text.NumberMention;
import org.triptych.text.UnitConversion;

/**
 * {@code number}: numbers that differ between a unit's English and its target, read as a person reads them: whatever
 * the digits and separators ({@code 2,254} = {@code 2254} = {@code ٢٬٢٥٤}), with scale words ({@code 1.5 million} =
 * {@code 1,5 млн}), in words (forty-eight = сорока восьми), as decades, centuries and times of day (1930s = 30-е
 * годы = ثلاثينيات; 7 a.m. = 7 утра), and converted to another unit within a translator's rounding (85 mph = 137
 * км/ч). Number words may stand for digits but are not reported; a small number (under ten) left over on one side
 * only is not reported, since writers spell those out, but small numbers left over on both sides are. A conversion
 * that is wrong (385 miles as 360 km) or a unit changed without converting (10 miles as 10 км) is an error.
 */
final class NumberCheck {

    /** English numbers by unit text: each English unit is read once, not once per target version. */
    private final java.util.Map<String, List<NumberMention>> english = new java.util.concurrent.ConcurrentHashMap<>();

    public List<Finding> check(Language target, List<AlignedUnit> units) {
        List<Finding> out = new ArrayList<>();
        for (AlignedUnit u : units) {
            if (u.english().isBlank() || u.target().isBlank()) {
                continue;
            }
            check(target, u, out);
        }
        return out;
    }

    private void check(Language target, AlignedUnit u, List<Finding> out) {
        if (english.size() > 10_000) {
            english.clear();
        }
        List<NumberMention> en = new ArrayList<>(english.computeIfAbsent(u.english(),
                t -> NumberExtractor.extract(t, Language.ENGLISH)));
        List<NumberMention> tg = new ArrayList<>(NumberExtractor.extract(u.target(), target));
        // the same number first, then conversions, then number words, so a word or a conversion that happens to
        // fit does not take a written number's partner
        pair(en, tg, false, false);
        pair(en, tg, false, true);
        pair(en, tg, true, false);
        pair(en, tg, true, true);
        List<NumberMention> enLeft = en.stream().filter(m -> !m.soft()).toList();
        List<NumberMention> tgLeft = tg.stream().filter(m -> !m.soft()).toList();
        // small numbers left over on one side only are probably spelled out on the other; on both sides they differ
        boolean bigMismatch = (!enLeft.isEmpty() && !tgLeft.isEmpty())
                || enLeft.stream().anyMatch(m -> !m.isSmall()) || tgLeft.stream().anyMatch(m -> !m.isSmall());
        List<NumberMention> enReport = enLeft.stream().filter(m -> bigMismatch || !m.isSmall()).toList();
        List<NumberMention> tgReport = tgLeft.stream().filter(m -> bigMismatch || !m.isSmall()).toList();
        if (enReport.size() == 1 && tgReport.size() == 1) {
            out.add(differs(target, u, enReport.get(0), tgReport.get(0)));
            return;
        }
        // one-sided differences are often a translator's rewording: warnings, not errors
        for (NumberMention t : tgReport) {
            out.add(new Finding("number", Severity.WARNING, target, u.unit(), t.start(), t.end(), t.text(), null,
                    "'" + t.text() + "' is not in the English unit", List.of(), "terms.number"));
        }
        for (NumberMention e : enReport) {
            out.add(new Finding("number", Severity.WARNING, target, u.unit(), 0, 0, "", null,
                    "the English '" + e.text() + "' is not in this unit", List.of(e.text()), "terms.number"));
        }
    }

    /** One number against another: a wrong conversion says what the right one is. */
    private static Finding differs(Language target, AlignedUnit u, NumberMention e, NumberMention t) {
        OptionalDouble converted = UnitConversion.inTargetUnit(e, t);
        if (converted.isPresent()) {
            double written = t.values().stream().filter(NumberMention::isQuantity).findFirst().orElse(0.0);
            String right = UnitConversion.rounded(converted.getAsDouble(), written);
            boolean notConverted = e.sameNumber(t);
            String what = unitName(e.unit()) + " to " + unitName(t.unit());
            return new Finding("number", Severity.ERROR, target, u.unit(), t.start(), t.end(), t.text(), null,
                    "'" + t.text() + "' " + (notConverted ? "keeps the English number but changes the unit ("
                    + what + "): converted it is about " + right : "is not a conversion of the English '" + e.text()
                    + "' (" + what + ": about " + right + ")"), List.of(right), "terms.number");
        }
        return new Finding("number", Severity.ERROR, target, u.unit(), t.start(), t.end(), t.text(), null,
                "'" + t.text() + "' differs from the English '" + e.text() + "'", List.of(e.text()), "terms.number");
    }

    private static String unitName(MeasureUnit unit) {
        return unit == null ? "degrees" : unit.id().replace('-', ' ');
    }

    /**
     * Pairs each English number with a target number it agrees with and takes both out.
     *
     * @param allowSoft   let a number word take part (never two words with each other)
     * @param conversions pair through a unit conversion instead of by equal value
     */
    private static void pair(List<NumberMention> en, List<NumberMention> tg, boolean allowSoft, boolean conversions) {
        for (int i = 0; i < en.size(); i++) {
            NumberMention e = en.get(i);
            if (e.soft() && !allowSoft) {
                continue;
            }
            for (int j = 0; j < tg.size(); j++) {
                NumberMention t = tg.get(j);
                if ((!allowSoft && t.soft()) || (e.soft() && t.soft())) {
                    continue;
                }
                boolean agree = conversions ? UnitConversion.agrees(e, t)
                        : e.sameNumber(t) && UnitConversion.unitsAllowEqual(e, t);
                if (agree) {
                    en.remove(i--);
                    tg.remove(j);
                    break;
                }
            }
        }
    }
}
