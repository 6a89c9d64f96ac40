package org.triptych.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of measure a number in news text can carry (miles, км/ч, درجة), with its size in the base unit of its
 * dimension, so that a translator's conversion (85 mph → 137 км/ч) can be checked. The units and their factors are
 * data ({@code numbers/units.txt}); the words each language writes them with are in that language's number
 * vocabulary.
 *
 * @param id        the unit's name in the data ({@code mile}, {@code kmh})
 * @param dimension what it measures ({@code length}, {@code speed}, {@code temperature}...)
 * @param factor    the base-unit size of one unit; for a unit of unknown scale ({@code anyScale}) 1
 * @param offset    added after scaling (Fahrenheit to Celsius); 0 for every other unit
 * @param anyScale  "degrees" with no scale named: Celsius or Fahrenheit
 * @param subUnit   the smaller unit written after this one in one measurement (6 feet 6 inches, 1 м 82 см), or null
 */
public record MeasureUnit(String id, String dimension, double factor, double offset, boolean anyScale, String subUnit) {

    private static final Map<String, MeasureUnit> BY_ID = load();

    /** The unit of this id in {@code units.txt}. */
    public static Optional<MeasureUnit> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** This unit's value in base units. */
    public double toBase(double value) {
        return value * factor + offset;
    }

    /** A base-unit value in this unit. */
    public double fromBase(double base) {
        return (base - offset) / factor;
    }

    /** Same dimension and the same size: a number in one equals the same number in the other. */
    public boolean sameScaleAs(MeasureUnit other) {
        return dimension.equals(other.dimension) && Math.abs(factor - other.factor) <= 1e-6 * Math.abs(factor)
                && Math.abs(offset - other.offset) <= 1e-6;
    }

    private static Map<String, MeasureUnit> load() {
        Map<String, MeasureUnit> out = new LinkedHashMap<>();
        String resource = "numbers/units.txt";
        try (InputStream in = MeasureUnit.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                String sub = null;
                if (f[f.length - 1].startsWith(">")) {
                    sub = f[f.length - 1].substring(1);
                    f = java.util.Arrays.copyOf(f, f.length - 1);
                }
                boolean any = f[2].equals("any");
                double factor = any ? 1 : Double.parseDouble(f[2]);
                double offset = f.length > 3 ? Double.parseDouble(f[3]) : 0;
                out.put(f[0], new MeasureUnit(f[0], f[1], factor, offset, any, sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
