package org.triptych.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Whether a number a translator wrote in another unit is the English one converted (85 mph → 137 км/ч, 30 yards →
 * 27 метрах, 80 degrees → 27 градусов), within the rounding a translator would use: the written number must be the
 * exact conversion rounded to the step its own digits show (135 rounds to 5, 250 to 50, 2,5 to 0.5, 27 to 1), and
 * no more than {@value #MAX_RELATIVE_ERROR} of it away. 360 km for 385 miles (620 km) is a wrong conversion, and
 * 10 km for 10 miles a unit changed without converting.
 */
public final class UnitConversion {

    /** A translator rounds 7.62 cm to 8 (5%), 294.8 kg to 300 (2%), but not 0.91 m to 1 (9%). */
    static final double MAX_RELATIVE_ERROR = 0.08;

    private UnitConversion() {
    }

    /**
     * Whether {@code target} is {@code english} written in another unit of the same measure, converted and rounded.
     * A Celsius figure may stand for an English temperature given with no unit ("widespread 80s").
     */
    public static boolean agrees(NumberMention english, NumberMention target) {
        for (double x : converted(english, target)) {
            for (double w : target.values()) {
                if (NumberMention.isQuantity(w) && withinRounding(x, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether equal numbers may pair as they stand: one of them has no unit, or their units are of the same size, or
     * they measure different things. Two sizes of one measure (10 miles, 10 км) do not.
     */
    public static boolean unitsAllowEqual(NumberMention a, NumberMention b) {
        MeasureUnit x = a.unit();
        MeasureUnit y = b.unit();
        if (x == null || y == null || !x.dimension().equals(y.dimension()) || x.anyScale() || y.anyScale()) {
            return true;
        }
        return x.sameScaleAs(y);
    }

    /** The English number in the target's unit (the nearest of its readings), if the two measure the same thing. */
    public static OptionalDouble inTargetUnit(NumberMention english, NumberMention target) {
        List<Double> xs = converted(english, target);
        if (xs.isEmpty()) {
            return OptionalDouble.empty();
        }
        double written = target.values().stream().filter(NumberMention::isQuantity).findFirst().orElse(xs.get(0));
        double best = xs.get(0);
        for (double x : xs) {
            if (Math.abs(x - written) < Math.abs(best - written)) {
                best = x;
            }
        }
        return OptionalDouble.of(best);
    }

    /** The English values converted to the target's unit, every reading of "degrees" tried; empty if not comparable. */
    private static List<Double> converted(NumberMention english, NumberMention target) {
        MeasureUnit to = target.unit();
        MeasureUnit from = english.unit();
        List<Double> out = new ArrayList<>();
        if (to == null) {
            return out;
        }
        if (from == null) {
            if (!to.dimension().equals("temperature")) {
                return out;
            }
            from = MeasureUnit.byId("degree").orElseThrow(); // a bare temperature in an English text
        }
        if (!from.dimension().equals(to.dimension()) || (from.sameScaleAs(to) && !from.anyScale())) {
            return out;
        }
        for (MeasureUnit f : scales(from)) {
            for (MeasureUnit t : scales(to)) {
                if (f.sameScaleAs(t)) {
                    continue; // the same number, not a conversion
                }
                for (double v : english.values()) {
                    if (NumberMention.isQuantity(v)) {
                        out.add(t.fromBase(f.toBase(v)));
                    }
                }
            }
        }
        return out;
    }

    private static List<MeasureUnit> scales(MeasureUnit u) {
        if (!u.anyScale()) {
            return List.of(u);
        }
        return List.of(MeasureUnit.byId("celsius").orElseThrow(), MeasureUnit.byId("fahrenheit").orElseThrow());
    }

    /** {@code written} is {@code exact} rounded to the step its own last digits show. */
    static boolean withinRounding(double exact, double written) {
        double diff = Math.abs(written - exact);
        if (written == 0) {
            return diff < 0.5;
        }
        double step = step(written);
        return diff <= step / 2 + 1e-9 && diff <= MAX_RELATIVE_ERROR * Math.abs(exact) + 1e-9;
    }

    /** The largest of 0.001, 0.005, 0.01, 0.05, ... that {@code w} is a whole multiple of (135 → 5, 250 → 50). */
    static double step(double w) {
        double a = Math.abs(w);
        double best = 0.001;
        for (double p = 0.001; p <= a + 1e-9; p *= 10) {
            for (double q : new double[] {p, 5 * p}) {
                double r = a / q;
                if (q <= a + 1e-9 && Math.abs(r - Math.rint(r)) < 1e-6) {
                    best = q;
                }
            }
        }
        return best;
    }

    /** A converted value written with the precision of {@code like} (620 for 619.6 beside 360). */
    public static String rounded(double value, double like) {
        double step = Math.min(step(like), 1);
        double r = Math.rint(value / step) * step;
        return java.math.BigDecimal.valueOf(r).setScale(Math.max(0, (int) Math.ceil(-Math.log10(step))),
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
