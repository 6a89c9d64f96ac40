package org.triptych.terms;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.text.NumberExtractor;
import org.triptych.text.NumberMention;

/**
 * {@code number}: numbers that differ between a unit's English and its target, whatever the digits and separators
 * ({@code 2,254} = {@code 2254} = {@code ٢٬٢٥٤} = {@code 2 254}; {@code 1.5 million} = {@code 1,5 млн}). Number words
 * may stand for digits but are not reported; a small number (under ten) left over on one side only is not reported,
 * since writers spell those out, but small numbers left over on both sides are.
 */
final class NumberCheck {

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

    private static void check(Language target, AlignedUnit u, List<Finding> out) {
        List<NumberMention> en = new ArrayList<>(NumberExtractor.extract(u.english()));
        List<NumberMention> tg = new ArrayList<>(NumberExtractor.extract(u.target()));
        // pair hard numbers first, so a number word does not take a digit's partner
        pair(en, tg, false);
        pair(en, tg, true);
        List<NumberMention> enLeft = en.stream().filter(m -> !m.soft()).toList();
        List<NumberMention> tgLeft = tg.stream().filter(m -> !m.soft()).toList();
        // small numbers left over on one side only are probably spelled out on the other; on both sides they differ
        boolean bigMismatch = (!enLeft.isEmpty() && !tgLeft.isEmpty())
                || enLeft.stream().anyMatch(m -> !m.isSmall()) || tgLeft.stream().anyMatch(m -> !m.isSmall());
        List<NumberMention> enReport = enLeft.stream().filter(m -> bigMismatch || !m.isSmall()).toList();
        List<NumberMention> tgReport = tgLeft.stream().filter(m -> bigMismatch || !m.isSmall()).toList();
        if (enReport.size() == 1 && tgReport.size() == 1) {
            NumberMention e = enReport.get(0);
            NumberMention t = tgReport.get(0);
            out.add(new Finding("number", Severity.ERROR, target, u.unit(), t.start(), t.end(), t.text(), null,
                    "'" + t.text() + "' differs from the English '" + e.text() + "'", List.of(e.text()), "terms.number"));
            return;
        }
        // one-sided differences are often a translator's unit conversion or rewording: warnings, not errors
        for (NumberMention t : tgReport) {
            out.add(new Finding("number", Severity.WARNING, target, u.unit(), t.start(), t.end(), t.text(), null,
                    "'" + t.text() + "' is not in the English unit", List.of(), "terms.number"));
        }
        for (NumberMention e : enReport) {
            out.add(new Finding("number", Severity.WARNING, target, u.unit(), 0, 0, "", null,
                    "the English '" + e.text() + "' is not in this unit", List.of(e.text()), "terms.number"));
        }
    }

    private static void pair(List<NumberMention> en, List<NumberMention> tg, boolean allowSoft) {
        for (int i = 0; i < en.size(); i++) {
            NumberMention e = en.get(i);
            if (e.soft() && !allowSoft) {
                continue;
            }
            for (int j = 0; j < tg.size(); j++) {
                NumberMention t = tg.get(j);
                if ((allowSoft || !t.soft()) && !(e.soft() && t.soft()) && e.sameNumber(t)) {
                    en.remove(i--);
                    tg.remove(j);
                    break;
                }
            }
        }
    }
}
