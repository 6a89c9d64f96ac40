package org.triptych.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one language writes numbers in words, read from {@code numbers/<code>.txt}: a language's facts as data, so
 * the number reader has no word of any language in its code. Sections of the file:
 * <ul>
 *   <li>{@code [cardinal]}, {@code [ordinal]} word and value; {@code [ordinal-stem]} with {@code [ordinal-ending]}
 *       for languages whose ordinals decline (Russian {@code перв} + {@code ого});</li>
 *   <li>{@code [teen]}: a ten that only counts after a unit (Arabic {@code ثلاثة عشر}, 13);</li>
 *   <li>{@code [scale]} words after a number (million, млн, مليون), {@code [alone]} those that are a number by
 *       themselves (a thousand, тысячи);</li>
 *   <li>{@code [joiner]} words between the words of one number (one hundred <i>and</i> five), {@code [prefix]}
 *       clitics a number word may carry (Arabic و ب ل ال);</li>
 *   <li>{@code [decade-word]} (thirties, ثلاثينيات), {@code [decade-suffix]} after digits ending in 0 (1930s, 30-е),
 *       {@code [century]} words, {@code [ordinal-suffix]} after digits (19th, 19-го);</li>
 *   <li>{@code [day-part]} {@code word = am|pm|night}, {@code [clock-after]} and {@code [clock-before]} words that
 *       make a number an hour;</li>
 *   <li>{@code [range]} words between the two numbers of a range (2 to 4 inches, от 2,5 до 10 см);</li>
 *   <li>{@code [unit]} {@code unit-id = surface | surface...} (ids from {@code units.txt}) and
 *       {@code [unit-adjective]} the first part of a compound adjective after "N-" (300-килограммовое).</li>
 * </ul>
 * Every key is stored normalised ({@link #key}): lower case, ё as е, Arabic spelling variants folded.
 */
final class NumberVocabulary {

    /** What a number word is. */
    enum Kind { CARDINAL, ORDINAL, TEEN, SCALE, DECADE }

    /** A word read as a number: its value, what kind of number word it is, and the clitic taken off to read it. */
    record WordValue(double value, Kind kind, boolean alone, String prefix) {
    }

    /** A unit written at the start of a text: the unit and how many characters of the normalised text it took. */
    record UnitMatch(MeasureUnit unit, int length) {
    }

    static final NumberVocabulary EMPTY = new NumberVocabulary();

    final Map<String, WordValue> words = new HashMap<>();
    final Map<String, Double> ordinalStems = new HashMap<>();
    final List<String> ordinalEndings = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    final Set<String> joiners = new HashSet<>();
    final List<String> decadeSuffixes = new ArrayList<>();
    final List<String> ordinalSuffixes = new ArrayList<>();
    final Set<String> centuries = new HashSet<>();
    final Map<String, String> dayParts = new HashMap<>();
    final Set<String> clockAfter = new HashSet<>();
    final Set<String> clockBefore = new HashSet<>();
    final Set<String> ranges = new HashSet<>();
    final Map<String, Double> scales = new HashMap<>();
    /** Normalised unit surface → unit, longest first when matched. */
    final List<Map.Entry<String, MeasureUnit>> units = new ArrayList<>();
    final List<Map.Entry<String, MeasureUnit>> unitAdjectives = new ArrayList<>();

    private NumberVocabulary() {
    }

    /** The vocabulary in {@code numbers/<name>.txt}; a missing file is an error of the build, not of the user. */
    static NumberVocabulary load(String name) {
        NumberVocabulary v = new NumberVocabulary();
        String resource = "numbers/" + name + ".txt";
        SectionedData.read(resource, v::add);
        v.finish();
        return v;
    }

    /** All of these vocabularies at once: for text whose language is not known. */
    static NumberVocabulary union(List<NumberVocabulary> all) {
        NumberVocabulary v = new NumberVocabulary();
        for (NumberVocabulary x : all) {
            x.words.forEach(v.words::putIfAbsent);
            x.ordinalStems.forEach(v.ordinalStems::putIfAbsent);
            addNew(v.ordinalEndings, x.ordinalEndings);
            addNew(v.prefixes, x.prefixes);
            v.joiners.addAll(x.joiners);
            addNew(v.decadeSuffixes, x.decadeSuffixes);
            addNew(v.ordinalSuffixes, x.ordinalSuffixes);
            v.centuries.addAll(x.centuries);
            x.dayParts.forEach(v.dayParts::putIfAbsent);
            v.clockAfter.addAll(x.clockAfter);
            v.clockBefore.addAll(x.clockBefore);
            v.ranges.addAll(x.ranges);
            x.scales.forEach(v.scales::putIfAbsent);
            v.units.addAll(x.units);
            v.unitAdjectives.addAll(x.unitAdjectives);
        }
        v.finish();
        return v;
    }

    private static void addNew(List<String> to, List<String> from) {
        for (String s : from) {
            if (!to.contains(s)) {
                to.add(s);
            }
        }
    }

    private void add(String section, String line) {
        switch (section) {
            case "cardinal" -> word(line, Kind.CARDINAL);
            case "ordinal" -> word(line, Kind.ORDINAL);
            case "teen" -> word(line, Kind.TEEN);
            case "decade-word" -> word(line, Kind.DECADE);
            case "scale" -> {
                String[] f = pair(line);
                scales.put(key(f[0]), Double.parseDouble(f[1]));
                words.putIfAbsent(key(f[0]), new WordValue(Double.parseDouble(f[1]), Kind.SCALE, false, ""));
            }
            case "alone" -> {
                Double s = scales.get(key(line));
                if (s == null) {
                    throw new IllegalArgumentException("'" + line + "' is not a scale word listed above");
                }
                words.put(key(line), new WordValue(s, Kind.SCALE, true, ""));
            }
            case "ordinal-stem" -> {
                String[] f = pair(line);
                ordinalStems.put(key(f[0]), Double.parseDouble(f[1]));
            }
            case "ordinal-ending" -> ordinalEndings.add(key(line));
            case "prefix" -> prefixes.add(key(line));
            case "joiner" -> joiners.add(key(line));
            case "decade-suffix" -> decadeSuffixes.add(key(line));
            case "ordinal-suffix" -> ordinalSuffixes.add(key(line));
            case "century" -> centuries.add(key(line));
            case "day-part" -> {
                String[] f = line.split("=", 2);
                String part = f[1].strip();
                if (!part.equals("am") && !part.equals("pm") && !part.equals("night")) {
                    throw new IllegalArgumentException("a day part is am, pm or night, not '" + part + "'");
                }
                dayParts.put(key(f[0].strip()), part);
            }
            case "clock-after" -> clockAfter.add(key(line));
            case "clock-before" -> clockBefore.add(key(line));
            case "range" -> ranges.add(key(line));
            case "unit", "unit-adjective" -> {
                String[] f = line.split("=", 2);
                MeasureUnit u = MeasureUnit.byId(f[0].strip())
                        .orElseThrow(() -> new IllegalArgumentException("unknown unit '" + f[0].strip() + "'"));
                for (String s : f[1].split("\\|")) {
                    String k = key(s.strip());
                    if (!k.isEmpty()) {
                        (section.equals("unit") ? units : unitAdjectives).add(Map.entry(k, u));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown section [" + section + "]");
        }
    }

    private void word(String line, Kind kind) {
        String[] f = pair(line);
        words.put(key(f[0]), new WordValue(Double.parseDouble(f[1]), kind, false, ""));
    }

    private static String[] pair(String line) {
        int sp = line.lastIndexOf(' ');
        if (sp <= 0) {
            throw new IllegalArgumentException("expected 'word value', got '" + line + "'");
        }
        return new String[] {line.substring(0, sp).strip(), line.substring(sp + 1).strip()};
    }

    private void finish() {
        Comparator<Map.Entry<String, MeasureUnit>> longestFirst =
                Comparator.comparingInt((Map.Entry<String, MeasureUnit> e) -> -e.getKey().length());
        units.sort(longestFirst);
        unitAdjectives.sort(longestFirst);
        unitsByFirst.clear();
        for (Map.Entry<String, MeasureUnit> e : units) {
            unitsByFirst.computeIfAbsent(e.getKey().charAt(0), c -> new ArrayList<>()).add(e);
        }
        prefixes.sort(Comparator.comparingInt(s -> -s.length()));
        decadeSuffixes.sort(Comparator.comparingInt(s -> -s.length()));
        ordinalSuffixes.sort(Comparator.comparingInt(s -> -s.length()));
        ordinalEndings.sort(Comparator.comparingInt(s -> -s.length()));
    }

    /** Lower case, ё as е, Arabic spelling variants folded: the form every key is stored and looked up in. */
    static String key(String s) {
        return ArabicNormalizer.normalize(s.toLowerCase(Locale.ROOT)).replace('ё', 'е').replace('’', '\'');
    }

    /** {@link #key} of one character, appended to {@code out}: nothing, the character folded, or (rarely) more. */
    static void appendKey(char c, StringBuilder out) {
        if (c < 0x600) {
            char l = Character.toLowerCase(c);
            out.append(l == 'ё' ? 'е' : l == '’' ? '\'' : l);
        } else {
            ArabicNormalizer.append(c, out); // no letter case beyond this point in the tables
        }
    }

    /** Words of text already read, and as what (NOT_A_NUMBER for none): most words of a text repeat. */
    private final java.util.concurrent.ConcurrentHashMap<String, WordValue> read =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final WordValue NOT_A_NUMBER = new WordValue(Double.NaN, Kind.CARDINAL, false, "");
    private static final int READ_LIMIT = 50_000;

    /** A word of text read as a number word, with a clitic taken off if the language has them; null if none. */
    WordValue word(String token) {
        WordValue known = read.get(token);
        if (known == null) {
            known = lookUp(token);
            if (read.size() > READ_LIMIT) {
                read.clear();
            }
            read.put(token, known == null ? NOT_A_NUMBER : known);
        }
        return known == NOT_A_NUMBER ? null : known;
    }

    private WordValue lookUp(String token) {
        String k = key(token);
        WordValue v = exact(k);
        if (v != null) {
            return v;
        }
        for (String p : prefixes) {
            if (k.length() - p.length() >= 2 && k.startsWith(p)) {
                WordValue w = exact(k.substring(p.length()));
                if (w != null) {
                    return new WordValue(w.value(), w.kind(), w.alone(), p);
                }
            }
        }
        return null;
    }

    private WordValue exact(String k) {
        WordValue v = words.get(k);
        if (v != null) {
            return v;
        }
        for (String e : ordinalEndings) {
            if (k.length() > e.length() + 2 && k.endsWith(e)) {
                Double stem = ordinalStems.get(k.substring(0, k.length() - e.length()));
                if (stem != null) {
                    return new WordValue(stem, Kind.ORDINAL, false, "");
                }
            }
        }
        return null;
    }

    boolean isCentury(String token) {
        String k = key(token);
        if (centuries.contains(k)) {
            return true;
        }
        for (String p : prefixes) {
            if (k.startsWith(p) && centuries.contains(k.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Units by the first character of their surface, longest first: most text after a number starts no unit. */
    private final Map<Character, List<Map.Entry<String, MeasureUnit>>> unitsByFirst = new HashMap<>();

    /** The unit a (normalised) text starts with, the longest that ends at a word boundary; null if none. */
    UnitMatch unitAt(String normalised, boolean adjective) {
        if (normalised.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, MeasureUnit>> candidates = adjective ? unitAdjectives
                : unitsByFirst.getOrDefault(normalised.charAt(0), List.of());
        for (Map.Entry<String, MeasureUnit> e : candidates) {
            String s = e.getKey();
            if (normalised.startsWith(s)) {
                if (adjective) {
                    return new UnitMatch(e.getValue(), s.length());
                }
                int end = s.length();
                if (end == normalised.length() || !Character.isLetterOrDigit(normalised.charAt(end))
                        || !Character.isLetterOrDigit(s.charAt(s.length() - 1))) {
                    return new UnitMatch(e.getValue(), end);
                }
            }
        }
        return null;
    }
}
