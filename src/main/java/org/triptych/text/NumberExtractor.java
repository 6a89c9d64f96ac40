package org.triptych.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in English, Arabic and Russian text: ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹) digits; thousands
 * separators (comma, dot, space, no-break space, apostrophe, Arabic ٬); decimal point or comma (and Arabic ٫);
 * 12- and 24-hour times; a following scale word (million, млн, مليون, billion, млрд, مليار, thousand, тыс., ألف).
 */
public final class NumberExtractor {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s?([aApP])\\.?\\s?[mM]\\b\\.?"
            + "|(\\d{1,2}):(\\d{2})(?!\\d)"
            + "|(\\d{1,3}(?:([,.'\u066C\u00A0\u202F ])\\d{3})(?:\\7\\d{3})*)([.,\u066B]\\d+)?(?![\\d])"
            + "|(\\d+)(?:[.,\u066B](\\d+))?)");

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3), Map.entry("thousands", 1e3), Map.entry("k", 1e3),
            Map.entry("million", 1e6), Map.entry("millions", 1e6), Map.entry("mln", 1e6), Map.entry("m", 1e6),
            Map.entry("billion", 1e9), Map.entry("billions", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9),
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12),
            Map.entry("тыс", 1e3), Map.entry("тысяча", 1e3), Map.entry("тысячи", 1e3), Map.entry("тысяч", 1e3),
            Map.entry("тысячу", 1e3), Map.entry("тысячам", 1e3), Map.entry("тысячами", 1e3),
            Map.entry("млн", 1e6), Map.entry("миллион", 1e6), Map.entry("миллиона", 1e6),
            Map.entry("миллионов", 1e6), Map.entry("миллионам", 1e6), Map.entry("миллионами", 1e6),
            Map.entry("млрд", 1e9), Map.entry("миллиард", 1e9), Map.entry("миллиарда", 1e9),
            Map.entry("миллиардов", 1e9), Map.entry("трлн", 1e12), Map.entry("триллион", 1e12),
            Map.entry("триллиона", 1e12), Map.entry("триллионов", 1e12),
            Map.entry("الف", 1e3), Map.entry("الاف", 1e3), Map.entry("مليون", 1e6), Map.entry("ملايين", 1e6),
            Map.entry("مليونا", 1e6), Map.entry("مليار", 1e9), Map.entry("مليارات", 1e9), Map.entry("مليارا", 1e9),
            Map.entry("بليون", 1e9), Map.entry("تريليون", 1e12), Map.entry("ترليون", 1e12));

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("dozen", 12.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("hundred", 100.0),
            Map.entry("один", 1.0), Map.entry("одна", 1.0), Map.entry("одного", 1.0), Map.entry("одной", 1.0),
            Map.entry("два", 2.0), Map.entry("две", 2.0), Map.entry("двух", 2.0), Map.entry("двум", 2.0),
            Map.entry("три", 3.0), Map.entry("трех", 3.0), Map.entry("трем", 3.0), Map.entry("четыре", 4.0),
            Map.entry("четырех", 4.0), Map.entry("пять", 5.0), Map.entry("пяти", 5.0), Map.entry("шесть", 6.0),
            Map.entry("шести", 6.0), Map.entry("семь", 7.0), Map.entry("семи", 7.0), Map.entry("восемь", 8.0),
            Map.entry("восьми", 8.0), Map.entry("девять", 9.0), Map.entry("девяти", 9.0), Map.entry("десять", 10.0),
            Map.entry("десяти", 10.0), Map.entry("двадцать", 20.0), Map.entry("двадцати", 20.0),
            Map.entry("сто", 100.0),
            Map.entry("واحد", 1.0), Map.entry("واحده", 1.0), Map.entry("اثنان", 2.0), Map.entry("اثنين", 2.0),
            Map.entry("اثنتين", 2.0), Map.entry("اثنتان", 2.0), Map.entry("ثلاث", 3.0), Map.entry("ثلاثه", 3.0),
            Map.entry("اربع", 4.0), Map.entry("اربعه", 4.0), Map.entry("خمس", 5.0), Map.entry("خمسه", 5.0),
            Map.entry("ست", 6.0), Map.entry("سته", 6.0), Map.entry("سبع", 7.0), Map.entry("سبعه", 7.0),
            Map.entry("ثماني", 8.0), Map.entry("ثمانيه", 8.0), Map.entry("تسع", 9.0), Map.entry("تسعه", 9.0),
            Map.entry("عشر", 10.0), Map.entry("عشره", 10.0), Map.entry("عشرون", 20.0), Map.entry("عشرين", 20.0),
            Map.entry("مئه", 100.0), Map.entry("مائه", 100.0));

    private NumberExtractor() {
    }

    public static List<NumberMention> extract(String text) {
        String ascii = asciiDigits(text);
        List<NumberMention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(ascii);
        while (m.find()) {
            Set<Double> values = new LinkedHashSet<>();
            if (m.group(3) != null) {
                // 3 p.m., 10.30am: a 12-hour time, equal to its 24-hour form
                int h = Integer.parseInt(m.group(1)) % 12;
                int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                if (Character.toLowerCase(m.group(3).charAt(0)) == 'p') {
                    h += 12;
                }
                values.add(h * 60.0 + min + 100_000);
                out.add(new NumberMention(m.start(), m.end(), text.substring(m.start(), m.end()), values, false));
                continue;
            } else if (m.group(4) != null) {
                int h = Integer.parseInt(m.group(4));
                int min = Integer.parseInt(m.group(5));
                if (h > 24 || min > 59) {
                    // not a time: two numbers separated by a colon (a score, a verse)
                    values.add((double) h);
                    out.add(new NumberMention(m.start(4), m.end(4), text.substring(m.start(4), m.end(4)), values, false));
                    Set<Double> second = new LinkedHashSet<>(List.of((double) min));
                    out.add(new NumberMention(m.start(5), m.end(5), text.substring(m.start(5), m.end(5)), second, false));
                    continue;
                }
                values.add(h * 60.0 + min + 100_000);
                values.add(((h + 12) % 24) * 60.0 + min + 100_000); // 2:30 may be 14:30
            } else if (m.group(6) != null) {
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
            }
            if (values.size() == 1 && isClockHour(ascii, m.start(), m.end())) {
                // "5 часов утра", "الساعة 3 مساءً": an hour written with words, equal to 5 a.m. / 15:00
                int h = (int) (double) values.iterator().next();
                values.add(h * 60.0 + 100_000);
                values.add(((h + 12) % 24) * 60.0 + 100_000);
            }
            double scale = scaleAfter(ascii, m.end());
            if (scale > 0) {
                for (double v : List.copyOf(values)) {
                    values.add(v * scale);
                }
            }
            out.add(new NumberMention(m.start(), m.end(), text.substring(m.start(), m.end()), values, false));
        }
        for (TermToken t : TermTokenizer.tokenize(text)) {
            String w = ArabicNormalizer.normalize(t.text().toLowerCase(Locale.ROOT)).replace('ё', 'е');
            Double v = WORDS.get(w);
            if (v == null && w.length() > 3 && (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ل"))) {
                v = WORDS.get(w.substring(1));
            }
            if (v == null && w.startsWith("ال") && w.length() > 4) {
                v = WORDS.get(w.substring(2));
            }
            if (v != null) {
                out.add(new NumberMention(t.start(), t.end(), t.text(), Set.of(v), true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(NumberMention::start));
        return out;
    }

    private static final Pattern HOUR_AFTER = Pattern.compile("^\\s*(?:час|часа|часов|ч\\.|مساء|صباح|ص\\b|م\\b)");

    private static boolean isClockHour(String text, int start, int end) {
        String digits = text.substring(start, end);
        if (!digits.matches("\\d{1,2}") || Integer.parseInt(digits) > 24) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 12));
        if (HOUR_AFTER.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 8), start);
        return before.contains("الساعة") || before.contains("الساعه");
    }

    private static double scaleAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int j = i;
        while (j < text.length() && TermTokenizer.isWordChar(text.codePointAt(j))) {
            j++;
        }
        if (j == i) {
            return 0;
        }
        String w = ArabicNormalizer.normalize(text.substring(i, j).toLowerCase(Locale.ROOT));
        Double s = SCALES.get(w);
        if (s == null && w.length() > 3 && w.startsWith("و")) {
            s = SCALES.get(w.substring(1));
        }
        // a lone "m"/"b"/"k" counts only when written against the number (5m, 2bn), not as the next word
        if (s != null && w.length() == 1 && i != from) {
            return 0;
        }
        return s == null ? 0 : s;
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
