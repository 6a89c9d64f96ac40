package org.triptych.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triptych.model.Language;

/**
 * Finds numbers in text as a person reads them: ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹) digits; thousands
 * separators (comma, dot, space, no-break space, apostrophe, Arabic ٬); decimal point or comma (and Arabic ٫);
 * 12- and 24-hour times and hours named with a part of the day (7 утра, 4.40 صباحًا); a following scale word
 * (million, млн, مليون); a following unit of measure (miles, км/ч, سم), which the number before a range word
 * shares (2 to 4 inches); decades (1930s, 30-е) and centuries (19th century, XIX век); and numbers in words,
 * several words making one number (forty-eight, сорока восьми, الثالث والستين). What the words are is each
 * language's {@link NumberVocabulary}, given by its profile.
 */
public final class NumberExtractor {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s?([aApP])\\.?\\s?[mM]\\b\\.?"
            + "|(\\d{1,2}):(\\d{2})(?!\\d)"
            + "|(\\d{1,3}(?:([,.'\u066C\u00A0\u202F ])\\d{3})(?:\\7\\d{3})*)([.,\u066B]\\d+)?(?![\\d])"
            + "|(\\d+)(?:[.,\u066B](\\d+))?)");

    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,6}");

    /** Every profile's vocabulary at once, for text whose language is not given. */
    private static final class Everyone {
        static final NumberVocabulary VOCABULARY = NumberVocabulary.union(
                LanguageProfile.all().stream().map(LanguageProfile::numberVocabulary).toList());
    }

    private NumberExtractor() {
    }

    /** The numbers of a text in any of the languages Triptych has a profile for. */
    public static List<NumberMention> extract(String text) {
        return extract(text, Everyone.VOCABULARY);
    }

    /** The numbers of a text in {@code language}, read with its profile's words for numbers, units and times. */
    public static List<NumberMention> extract(String text, Language language) {
        return extract(text, LanguageProfile.of(language).numberVocabulary());
    }

    /** A mention being built, with where its unit ends (a smaller unit may follow: 6 feet 6 inches). */
    private static final class Found {
        int start;
        int end;
        Set<Double> values = new LinkedHashSet<>();
        boolean soft;
        MeasureUnit unit;
        int unitEnd = -1;
    }

    static List<NumberMention> extract(String text, NumberVocabulary voc) {
        String ascii = asciiDigits(text);
        List<Found> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(ascii);
        while (m.find()) {
            digits(m, ascii, voc, found);
        }
        words(text, voc, found);
        found.sort(java.util.Comparator.comparingInt(f -> f.start));
        List<Found> merged = mergeSubUnits(ascii, found, voc);
        shareRangeUnits(ascii, merged, voc);
        List<NumberMention> out = new ArrayList<>(merged.size());
        for (Found f : merged) {
            out.add(new NumberMention(f.start, f.end, text.substring(f.start, f.end), f.values, f.soft, f.unit));
        }
        return out;
    }

    private static void digits(Matcher m, String ascii, NumberVocabulary voc, List<Found> found) {
        Found f = new Found();
        f.start = m.start();
        f.end = m.end();
        Set<Double> values = f.values;
        if (m.group(3) != null) {
            // 3 p.m., 10.30am: a 12-hour time, equal to its 24-hour form
            int h = Integer.parseInt(m.group(1)) % 12;
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (Character.toLowerCase(m.group(3).charAt(0)) == 'p') {
                h += 12;
            }
            values.add(NumberMention.time(h * 60 + min));
            found.add(f);
            return;
        }
        Tail after = Tail.of(ascii, m.end());
        // 247sports: part of a name, which a translator may keep or write apart ("247 رياضة"): it may pair, it is
        // never reported
        f.soft = gluedToWord(ascii, m.end(), after, voc);
        if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            int min = Integer.parseInt(m.group(5));
            if (h > 24 || min > 59) {
                // not a time: two numbers separated by a colon (a score, a verse)
                f.end = m.end(4);
                values.add((double) h);
                found.add(f);
                Found second = new Found();
                second.start = m.start(5);
                second.end = m.end(5);
                second.values.add((double) min);
                found.add(second);
                return;
            }
            String part = dayPart(after, voc);
            if (part != null) {
                values.add(NumberMention.time(clock(h, part) * 60 + min));
            } else {
                values.add(NumberMention.time(h * 60 + min));
                values.add(NumberMention.time(((h + 12) % 24) * 60 + min)); // 2:30 may be 14:30
            }
            found.add(f);
            return;
        }
        if (m.group(6) != null) {
            String grouped = m.group(6);
            String sep = m.group(7);
            String digits = grouped.replace(sep, "");
            double whole = Double.parseDouble(digits);
            String decimals = m.group(8);
            if (decimals != null) {
                values.add(Double.parseDouble(digits + "." + decimals.substring(1)));
            } else {
                values.add(whole);
                boolean oneGroup = grouped.indexOf(sep) == grouped.lastIndexOf(sep);
                if (oneGroup && (sep.equals(",") || sep.equals("."))) {
                    // 2,254 is 2254 in English but may be 2.254 where the comma is the decimal sign
                    values.add(Double.parseDouble(grouped.replace(sep, ".")));
                }
            }
        } else {
            String intPart = m.group(9);
            String frac = m.group(10);
            values.add(Double.parseDouble(frac == null ? intPart : intPart + "." + frac));
            String part = dayPart(after, voc);
            if (frac != null && frac.length() == 2 && part != null && Integer.parseInt(intPart) <= 24
                    && Integer.parseInt(frac) <= 59) {
                // 4.40 صباحًا, 7.55 утра: an hour and minutes written with a dot before a part of the day
                values.clear();
                values.add(NumberMention.time(clock(Integer.parseInt(intPart), part) * 60 + Integer.parseInt(frac)));
                found.add(f);
                return;
            }
            if (frac == null) {
                decadeOrCentury(intPart, after, ascii, m.start(), voc, values);
            }
        }
        if (values.size() == 1) {
            clockHour(ascii, m.start(), after, voc, values);
        }
        Tail rest = after;
        double scale = scaleAfter(after, voc);
        if (scale > 0) {
            for (double v : List.copyOf(values)) {
                values.add(v * scale);
            }
            rest = Tail.of(ascii, after.skipWord());
        }
        unitAfter(f, rest, voc);
        found.add(f);
    }

    /**
     * A number written against three or more letters that are no unit, scale, suffix or ordinal ending is part of
     * a name (247sports, 7even), not a quantity. Only in a script with letter case: Arabic words run together where
     * a PDF or web page lost the spaces (و18ولاية), and the number is a number.
     */
    private static boolean gluedToWord(String text, int end, Tail after, NumberVocabulary voc) {
        if (end >= text.length() || !Character.isLetter(text.charAt(end))
                || (!Character.isLowerCase(text.charAt(end)) && !Character.isUpperCase(text.charAt(end)))) {
            return false;
        }
        int j = end;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j - end < 3) {
            return false;
        }
        String word = NumberVocabulary.key(text.substring(end, j));
        return !voc.scales.containsKey(word) && voc.unitAt(after.norm, false) == null
                && !voc.ordinalSuffixes.contains(word) && !voc.decadeSuffixes.contains(word);
    }

    /** 1930s, 80s, 30-е, 2000-х: a decade; 19th century, XIX век: a century. */
    private static void decadeOrCentury(String digits, Tail after, String text, int start, NumberVocabulary voc,
                                        Set<Double> values) {
        int n = Integer.parseInt(digits.length() > 6 ? "0" : digits);
        if ((digits.length() == 2 || digits.length() == 4) && n % 10 == 0) {
            for (String suffix : voc.decadeSuffixes) {
                if (after.norm.startsWith(suffix) && after.boundaryAt(suffix.length())) {
                    if (digits.length() == 4) {
                        values.add(NumberMention.decade(n));
                        if (n % 100 == 0) {
                            values.add(NumberMention.century(n / 100 + 1)); // the 2000s: the 21st century's start
                        }
                    } else {
                        values.add(NumberMention.decade(1900 + n));
                        values.add(NumberMention.decade(2000 + n));
                    }
                    return;
                }
            }
        }
        if (n >= 1 && n <= 30 && (centuryAfter(after, voc) || centuryBefore(text, start, voc))) {
            values.add(NumberMention.century(n));
        }
    }

    private static boolean centuryAfter(Tail after, NumberVocabulary voc) {
        int i = 0;
        for (String s : voc.ordinalSuffixes) {
            if (after.norm.startsWith(s) && after.boundaryAt(s.length())) {
                i = s.length();
                break;
            }
        }
        return voc.isCentury(after.wordAt(i));
    }

    private static boolean centuryBefore(String text, int start, NumberVocabulary voc) {
        String w = wordBefore(text, start);
        return w != null && voc.isCentury(w);
    }

    /** The word right before {@code at} (spaces skipped), or null. */
    private static String wordBefore(String text, int at) {
        int j = at;
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        int i = j;
        while (i > 0 && TermTokenizer.isWordChar(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i == j ? null : text.substring(i, j);
    }

    /**
     * "5 часов утра", "7 o'clock", "الساعة 3 مساءً", "7 утра": a whole number that an hour word or a part of the day
     * makes a time of day. The plain value stays (5 часов may be five hours).
     */
    private static void clockHour(String text, int start, Tail after, NumberVocabulary voc, Set<Double> values) {
        double v = values.iterator().next();
        if (v != Math.floor(v) || v > 24 || v < 0) {
            return;
        }
        int h = (int) v;
        int clockWord = after.phraseAt(0, voc.clockAfter);
        String part = dayPart(Tail.of(after.norm, Math.max(0, clockWord)), voc);
        String before = wordBefore(text, start);
        boolean marked = before != null && voc.clockBefore.contains(NumberVocabulary.key(before));
        if (part != null) {
            values.add(NumberMention.time(clock(h, part) * 60));
        } else if (clockWord > 0 || marked) {
            values.add(NumberMention.time(h * 60));
            values.add(NumberMention.time(((h + 12) % 24) * 60));
        }
    }

    /** The 24-hour hour of {@code h} said with a part of the day. */
    private static int clock(int h, String part) {
        return switch (part) {
            case "am" -> h % 12;
            case "pm" -> h % 12 + 12;
            // 11 ночи is 23:00, 2 ночи 2:00, 12 ночи midnight
            default -> h == 12 ? 0 : h >= 6 ? h % 12 + 12 : h;
        };
    }

    /** The part of the day named at the start of {@code after} (spaces skipped), or null. */
    private static String dayPart(Tail after, NumberVocabulary voc) {
        String s = after.norm;
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i == s.length()) {
            return null;
        }
        String part = null;
        int best = 0;
        for (var e : voc.dayParts.entrySet()) {
            String k = e.getKey();
            int end = i + k.length();
            if (k.length() > best && s.startsWith(k, i) && (after.boundaryAt(end)
                    || !Character.isLetterOrDigit(k.charAt(k.length() - 1)))) {
                best = k.length();
                part = e.getValue();
            }
        }
        return part;
    }

    private static double scaleAfter(Tail after, NumberVocabulary voc) {
        String w = after.wordAt(0);
        if (w.isEmpty()) {
            return 0;
        }
        Double s = voc.scales.get(w);
        if (s == null) {
            for (String p : voc.prefixes) {
                if (w.length() - p.length() >= 3 && w.startsWith(p) && voc.scales.containsKey(w.substring(p.length()))) {
                    s = voc.scales.get(w.substring(p.length()));
                    break;
                }
            }
        }
        // a lone "m"/"b"/"k" counts only when written against the number (5m, 2bn), not as the next word
        if (s != null && w.length() == 1 && after.norm.startsWith(" ")) {
            return 0;
        }
        return s == null ? 0 : s;
    }

    /** The unit written after a number ("137 км/ч", "6-foot", "300-килограммовое"), if any. */
    private static void unitAfter(Found f, Tail after, NumberVocabulary voc) {
        String s = after.norm;
        int skip = 0;
        while (skip < s.length() && s.charAt(skip) == ' ') {
            skip++;
        }
        boolean hyphen = false;
        if (skip == 0 && s.startsWith("-")) {
            hyphen = true;
            skip = 1;
        }
        if (skip > 2) {
            return;
        }
        NumberVocabulary.UnitMatch u = voc.unitAt(s.substring(skip), false);
        if (u == null && hyphen) {
            u = voc.unitAt(s.substring(skip), true);
        }
        if (u != null) {
            f.unit = u.unit();
            f.unitEnd = after.original(skip + u.length());
        }
    }

    /** Number words of the text, several in a row making one number; added to {@code found} where no digit is. */
    private static void words(String text, NumberVocabulary voc, List<Found> found) {
        if (voc.words.isEmpty() && voc.ordinalStems.isEmpty()) {
            return;
        }
        List<TermToken> tokens = TermTokenizer.tokenize(text);
        int n = tokens.size();
        NumberVocabulary.WordValue[] read = new NumberVocabulary.WordValue[n];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text();
            if (!Character.isDigit(t.charAt(0))) {
                read[i] = voc.word(t);
            }
        }
        int i = 0;
        while (i < n) {
            NumberVocabulary.WordValue w = read[i];
            TermToken tok = tokens.get(i);
            if (w == null) {
                if ("IVXL".indexOf(tok.text().charAt(0)) >= 0 && ROMAN.matcher(tok.text()).matches()
                        && romanCentury(text, tokens, i, voc)) {
                    Found f = new Found();
                    f.start = tok.start();
                    f.end = tok.end();
                    f.soft = true;
                    int r = roman(tok.text());
                    f.values.add((double) r);
                    f.values.add(NumberMention.century(r));
                    found.add(f);
                }
                i++;
                continue;
            }
            if (w.kind() == NumberVocabulary.Kind.TEEN || (w.kind() == NumberVocabulary.Kind.SCALE && !w.alone())
                    || (w.kind() == NumberVocabulary.Kind.SCALE && afterDigits(text, tok.start(), found))) {
                i++; // a teen marker alone, a scale word after digits (already read with them)
                continue;
            }
            Found f = new Found();
            f.start = tok.start();
            f.soft = true;
            if (w.kind() == NumberVocabulary.Kind.DECADE) {
                int d = (int) w.value();
                f.values.add(w.value());
                f.values.add(NumberMention.decade(1900 + d));
                f.values.add(NumberMention.decade(2000 + d));
                f.end = tok.end();
                found.add(f);
                i++;
                continue;
            }
            double total = 0;
            double current = w.value();
            if (w.kind() == NumberVocabulary.Kind.SCALE) {
                total = w.value();
                current = 0;
            }
            int last = i;
            int j = i + 1;
            while (j < n) {
                int k = j;
                if (read[k] == null && voc.joiners.contains(NumberVocabulary.key(tokens.get(k).text()))
                        && k + 1 < n && read[k + 1] != null) {
                    k++; // one hundred and five
                }
                NumberVocabulary.WordValue x = read[k];
                if (x == null || !onlySpaceOrHyphen(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                    break;
                }
                double v = x.value();
                // "and" between the words, as a word or as a clitic on the second (Arabic وستين)
                boolean joinedByAnd = k > j || voc.joiners.stream().anyMatch(a -> !x.prefix().isEmpty() && x.prefix().startsWith(a));
                if (x.kind() == NumberVocabulary.Kind.SCALE) {
                    total += Math.max(current, 1) * v;
                    current = 0;
                } else if (x.kind() == NumberVocabulary.Kind.TEEN && current >= 1 && current <= 9) {
                    current += v;
                } else if (v == 100 && current >= 1 && current <= 9) {
                    current *= 100; // five hundred
                } else if (isTens(current) && v >= 1 && v <= 9) {
                    current += v; // forty-eight, сорок восемь
                } else if (current >= 1 && current <= 9 && isTens(v) && joinedByAnd) {
                    current += v; // ثلاثة وستين: units before tens, joined by و
                } else if (current >= 100 && current % 100 == 0 && v < 100 && v >= 1) {
                    current += v;
                } else if (total > 0 && current == 0 && v < 1000 && v >= 1) {
                    current = v; // a thousand and five
                } else {
                    break;
                }
                last = k;
                j = k + 1;
            }
            double value = total + current;
            if (last == i && (value == 1 || (value == 2 && w.kind() == NumberVocabulary.Kind.ORDINAL))) {
                // "one of", "first", "second", один, الأول: words of order or of "a", far more often than a
                // count a translator writes as a digit; taking a digit's partner they would hide a changed number
                i++;
                continue;
            }
            f.end = tokens.get(last).end();
            f.values.add(value);
            if (value == Math.floor(value) && value >= 1 && value <= 30
                    && ((last + 1 < n && voc.isCentury(tokens.get(last + 1).text()))
                    || (i > 0 && voc.isCentury(tokens.get(i - 1).text())))) {
                f.values.add(NumberMention.century((int) value));
            }
            Tail after = Tail.of(text, f.end);
            clockHour(text, f.start, after, voc, f.values);
            unitAfter(f, after, voc);
            found.add(f);
            i = last + 1;
        }
    }

    private static boolean isTens(double v) {
        return v >= 20 && v <= 90 && v % 10 == 0;
    }

    private static boolean afterDigits(String text, int start, List<Found> found) {
        for (Found f : found) {
            if (!f.soft && f.end <= start && onlySpaceOrHyphen(text, f.end, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaceOrHyphen(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u00A0') {
                return false;
            }
        }
        return to - from <= 3;
    }

    private static boolean romanCentury(String text, List<TermToken> tokens, int i, NumberVocabulary voc) {
        return (i + 1 < tokens.size() && voc.isCentury(tokens.get(i + 1).text())
                && onlySpaceOrHyphen(text, tokens.get(i).end(), tokens.get(i + 1).start()))
                || (i > 0 && voc.isCentury(tokens.get(i - 1).text()));
    }

    private static int roman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = romanDigit(s.charAt(i));
            if (i + 1 < s.length() && romanDigit(s.charAt(i + 1)) > v) {
                total -= v;
            } else {
                total += v;
            }
        }
        return total;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 50;
        };
    }

    /**
     * 6-foot-6, 6 feet 6 inches, 1 м 82 см: a number in a unit followed by one in its smaller unit is one
     * measurement (6.5 feet, 1.82 m).
     */
    private static List<Found> mergeSubUnits(String text, List<Found> found, NumberVocabulary voc) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found a = found.get(i);
            if (a.unit != null && a.unit.subUnit() != null && a.unitEnd >= 0 && i + 1 < found.size()) {
                Found b = found.get(i + 1);
                String gap = text.substring(Math.min(a.unitEnd, b.start), b.start);
                MeasureUnit sub = MeasureUnit.byId(a.unit.subUnit()).orElseThrow();
                boolean subUnit = b.unit != null && b.unit.id().equals(sub.id()) && gap.isBlank();
                boolean hyphened = b.unit == null && gap.equals("-");
                if (a.unitEnd <= b.start && (subUnit || hyphened) && !a.soft && !b.soft) {
                    Found c = new Found();
                    c.start = a.start;
                    c.end = b.end;
                    c.unit = a.unit;
                    c.unitEnd = Math.max(b.unitEnd, b.end);
                    for (double x : a.values) {
                        for (double y : b.values) {
                            if (NumberMention.isQuantity(x) && NumberMention.isQuantity(y)) {
                                c.values.add(x + y * sub.factor() / a.unit.factor());
                            }
                        }
                    }
                    out.add(c);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** 2 to 4 inches, от 2,5 до 10 см, بين 5 و10 سم: the first number of a range has the unit of the second. */
    private static void shareRangeUnits(String text, List<Found> found, NumberVocabulary voc) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            if (a.unit == null && b.unit != null && a.end <= b.start) {
                String gap = NumberVocabulary.key(text.substring(a.end, b.start)).strip();
                if (voc.ranges.contains(gap)) {
                    a.unit = b.unit;
                }
            }
        }
    }

    /**
     * The text after a number, normalised for lookups ({@link NumberVocabulary#key}: lower case, Arabic spelling
     * folded), with the way back to offsets in the original text.
     */
    private record Tail(String norm, int[] origin, int from) {

        static final int LENGTH = 40;

        static Tail of(String text, int from) {
            int to = Math.min(text.length(), from + LENGTH);
            StringBuilder sb = new StringBuilder(to - from);
            int[] origin = new int[to - from + 1];
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int before = sb.length();
                if (c == '\u00A0' || c == '\u202F') {
                    sb.append(' ');
                } else {
                    NumberVocabulary.appendKey(c, sb);
                }
                for (int x = before; x < sb.length(); x++) {
                    if (n + 1 >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[n++] = i;
                }
            }
            origin[n] = to;
            return new Tail(sb.toString(), java.util.Arrays.copyOf(origin, n + 1), from);
        }

        /** The offset in the original text of position {@code i} of {@link #norm}. */
        int original(int i) {
            return origin[Math.min(i, origin.length - 1)];
        }

        boolean boundaryAt(int i) {
            return i >= norm.length() || !Character.isLetterOrDigit(norm.charAt(i));
        }

        /** The word starting at {@code i} after spaces, normalised; empty if none. */
        String wordAt(int i) {
            int s = i;
            while (s < norm.length() && norm.charAt(s) == ' ') {
                s++;
            }
            int e = s;
            while (e < norm.length() && TermTokenizer.isWordChar(norm.charAt(e))) {
                e++;
            }
            return norm.substring(s, e);
        }

        /**
         * The length of {@link #norm} up to the end of the longest of {@code phrases} that starts at {@code i} (spaces
         * skipped) and ends at a word boundary; -1 if none.
         */
        int phraseAt(int i, Set<String> phrases) {
            int s = i;
            while (s < norm.length() && norm.charAt(s) == ' ') {
                s++;
            }
            int best = -1;
            for (String p : phrases) {
                int e = s + p.length();
                if (e > best && norm.startsWith(p, s)
                        && (boundaryAt(e) || !Character.isLetterOrDigit(p.charAt(p.length() - 1)))) {
                    best = e;
                }
            }
            return best;
        }

        /** The original offset after the first word (spaces skipped). */
        int skipWord() {
            int s = 0;
            while (s < norm.length() && norm.charAt(s) == ' ') {
                s++;
            }
            while (s < norm.length() && TermTokenizer.isWordChar(norm.charAt(s))) {
                s++;
            }
            return original(s);
        }
    }

    /** The digit sets other than ASCII that some known language writes (Arabic-Indic, Persian), read as ASCII. */
    private static final Digits[] FOLDED = foldedDigits();

    private static Digits[] foldedDigits() {
        java.util.EnumSet<Digits> sets = java.util.EnumSet.noneOf(Digits.class);
        for (LanguageProfile p : LanguageProfile.all()) {
            sets.addAll(p.digits());
        }
        sets.remove(Digits.WESTERN);
        return sets.toArray(new Digits[0]);
    }

    /**
     * The digits of every known language's sets as ASCII, one char for one char, so offsets stay the same. Any
     * version may use any of them (Arabic news writes Western digits as often as Arabic-Indic ones).
     */
    static String asciiDigits(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] < 0x80) {
                continue;
            }
            for (Digits d : FOLDED) {
                int v = d.valueOf(c[i]);
                if (v >= 0) {
                    c[i] = (char) ('0' + v);
                    break;
                }
            }
        }
        return new String(c);
    }
}
