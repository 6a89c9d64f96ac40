package org.triptych.align;

import org.triptych.text.NumberExtractor;
import org.triptych.text.NumberMention;
import org.triptych.text.ScriptCheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.Language;

/**
 * The signals of every unit of one version, computed once per alignment run: length, numbers, name skeletons,
 * glossary concepts, question and quotation marks. Items are interned as int keys shared by both sides of a pair
 * (see {@link KeySpace}) so that comparing two units is a few integer look-ups.
 */
final class UnitSignals {

    /** Weight classes of an item. */
    static final int NUMBER = 0;
    static final int NAME = 1;
    static final int TERM = 2;
    static final int COGNATE = 3;

    /** Items per unit that count (they are bits of a long). */
    static final int MAX_ITEMS = 63;

    final int size;
    final int[] length;           // non-space characters
    final boolean[] paragraphStart;
    final boolean[] question;
    final boolean[] exclamation;
    /** Units clearly not written in the script of their language (a wrong file): their links are doubtful. */
    final boolean[] foreign;
    final int[] quotes;
    /** Per unit: the items it holds; each item is an array of alternative keys, its class in itemClass. */
    final int[][][] items;
    final int[][] itemClass;
    /** Per unit and item class: the bits of its items of that class (at most 63 items per unit count). */
    final long[][] classMask;
    /** Per unit: every key of every item, sorted (for look-ups from the other side). */
    final int[][] keys;

    UnitSignals(List<String> units, boolean[] paragraphStart, Language language, KeySpace space, TermEvidence terms) {
        this(units, paragraphStart, language, space, terms, true);
    }

    /**
     * @param cognates whether to collect possible international words; off for pairs where they were measured to be
     *                 no evidence (Arabic: every word is a candidate and chance matches are as frequent as real ones)
     */
    UnitSignals(List<String> units, boolean[] paragraphStart, Language language, KeySpace space, TermEvidence terms,
                boolean cognates) {
        this.size = units.size();
        this.length = new int[size];
        this.paragraphStart = paragraphStart;
        this.question = new boolean[size];
        this.exclamation = new boolean[size];
        this.foreign = new boolean[size];
        this.quotes = new int[size];
        this.items = new int[size][][];
        this.itemClass = new int[size][];
        this.keys = new int[size][];
        this.classMask = new long[size][4];
        java.util.Map<String, List<String>> arabicWords = new HashMap<>();
        // Every Arabic word is a name candidate, and a text repeats its words: the readings of a word come from the
        // memo above as the same list each time, so its keys are made once per distinct word.
        java.util.Map<List<String>, int[]> keysOfReadings = new java.util.IdentityHashMap<>();
        for (int u = 0; u < size; u++) {
            String text = units.get(u);
            int len = 0;
            int q = 0;
            boolean ask = false;
            boolean exclaim = false;
            boolean digits = false;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (!Character.isWhitespace(c)) {
                    len++;
                }
                if (c <= '9' ? c >= '0' : (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
                    digits = true;
                }
                if (c == '?' || c == '\u061F' || c == '\u2E2E') {
                    ask = true;
                }
                if (c == '!') {
                    exclaim = true;
                }
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
                    q++;
                }
            }
            length[u] = len;
            foreign[u] = ScriptCheck.isForeign(text, language, ScriptCheck.MOSTLY_FOREIGN);
            question[u] = ask;
            exclamation[u] = exclaim;
            quotes[u] = q;
            List<int[]> its = new ArrayList<>();
            List<Integer> cls = new ArrayList<>();
            // Only numbers written in digits count (number words are soft), and three units in four have none: the
            // extractor, a third of the time spent on signals, is asked only about units with a digit it reads.
            for (NumberMention num : digits ? NumberExtractor.extract(text) : List.<NumberMention>of()) {
                // Single digits ("3 people", "1 of 2") are too common to tell units apart; years and amounts are not.
                String key = num.primaryKey();
                if (!num.soft() && (key.length() >= 2 || key.contains("."))) {
                    its.add(new int[] {space.key("#" + key)});
                    cls.add(NUMBER);
                }
            }
            for (List<String> readings : NameSkeleton.nameVariants(text, language, arabicWords)) {
                its.add(keysOfReadings.computeIfAbsent(readings, space::nameKeys));
                cls.add(NAME);
            }
            for (List<String> readings : cognates ? NameSkeleton.cognateVariants(text, language, arabicWords)
                    : List.<List<String>>of()) {
                its.add(space.cognateKeys(readings));
                cls.add(COGNATE);
            }
            for (String concept : terms.conceptsIn(text, language)) {
                its.add(new int[] {space.key("C" + concept)});
                cls.add(TERM);
            }
            if (its.size() > MAX_ITEMS) {
                its = its.subList(0, MAX_ITEMS);
                cls = cls.subList(0, MAX_ITEMS);
            }
            items[u] = its.toArray(new int[0][]);
            for (int k = 0; k < cls.size(); k++) {
                classMask[u][cls.get(k)] |= 1L << k;
            }
            itemClass[u] = cls.stream().mapToInt(Integer::intValue).toArray();
            int total = 0;
            for (int[] it : items[u]) {
                total += it.length;
            }
            int[] all = new int[total];
            int p = 0;
            for (int[] it : items[u]) {
                System.arraycopy(it, 0, all, p, it.length);
                p += it.length;
            }
            Arrays.sort(all);
            keys[u] = all;
        }
    }

    long totalLength() {
        long t = 0;
        for (int l : length) {
            t += l;
        }
        return t;
    }

    /**
     * Interns item keys; one space is shared by the English version and every target aligned with it, possibly by
     * several threads at once (the English signals are computed once for all pairs). Which id a key gets does not
     * matter, only that equal keys get equal ids.
     */
    static final class KeySpace {
        private final Map<String, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        /** An id for a number or concept; ids stay below the packed name keys' range. */
        int key(String s) {
            Integer id = ids.get(s);
            return id != null ? id : ids.computeIfAbsent(s, k -> next.getAndIncrement() & 0x0FFFFFFF);
        }

        /**
         * Keys of a name (its skeleton readings) such that two names share a key exactly when
         * {@link NameSkeleton#match} holds for some readings: the skeleton itself, each one-class wildcard of a
         * full-length skeleton, and a "prefix" key linking a three-class skeleton with four-class ones that start
         * with it. Skeletons are packed into ints (four bits a class), so no strings are made per word.
         */
        int[] nameKeys(List<String> readings) {
            int[] buf = new int[readings.size() * (NameSkeleton.KEEP + 2)];
            int n = 0;
            for (String reading : readings) {
                String sk = reading.length() > NameSkeleton.KEEP ? reading.substring(0, NameSkeleton.KEEP) : reading;
                int len = sk.length();
                int code = pack(sk, -1);
                n = addDistinct(buf, n, EXACT | len << 16 | code);
                if (len >= NameSkeleton.KEEP) {
                    for (int i = 0; i < len; i++) {
                        n = addDistinct(buf, n, WILDCARD | len << 16 | pack(sk, i));
                    }
                    n = addDistinct(buf, n, PREFIX | pack(sk.substring(0, 3), -1));
                } else if (len == 3) {
                    n = addDistinct(buf, n, PREFIX | code);
                }
            }
            return Arrays.copyOf(buf, n);
        }

        /** Keys of a possible international word: like {@link #nameKeys}, in a key range of their own. */
        int[] cognateKeys(List<String> readings) {
            int[] k = nameKeys(readings);
            for (int i = 0; i < k.length; i++) {
                k[i] |= COGNATE_TAG;
            }
            return k;
        }

        private static final int COGNATE_TAG = 4 << 28;
        private static final int EXACT = 1 << 28;
        private static final int WILDCARD = 2 << 28;
        private static final int PREFIX = 3 << 28;

        private static int pack(String sk, int wildcardAt) {
            int code = 0;
            for (int i = 0; i < sk.length(); i++) {
                int c = i == wildcardAt ? 15 : "PFTKSMNLR".indexOf(sk.charAt(i)) + 1;
                code |= c << (4 * i);
            }
            return code;
        }

        private static int addDistinct(int[] buf, int n, int key) {
            for (int i = 0; i < n; i++) {
                if (buf[i] == key) {
                    return n;
                }
            }
            buf[n] = key;
            return n + 1;
        }
    }
}
