package org.triptych.mt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What may differ between a text and a stored unit without making the match fuzzy: numbers, and names of the
 * glossary. When a text and a unit differ only in those, the stored target is adapted: each number of the unit is
 * found in the target (in whatever digits the target writes it: Arabic-Indic digits are matched by value) and
 * replaced by the text's number in the target's digits; each glossary name's translation is found in the target and
 * replaced by the translation of the text's name. When any of them cannot be found, nothing is substituted: a
 * half-adapted target would be worse than a fuzzy one.
 */
final class Placeables {

    private static final Placeables NONE = new Placeables(List.of());

    /** A glossary name: its source words and its translation. */
    private record Name(List<String> words, String target) {
    }

    /** A run of the text: a word, a number, or a glossary name. */
    private record Piece(String word, MemoryTokens.Token number, int name, int start, int end) {
    }

    private final List<Name> names;

    private Placeables(List<Name> names) {
        this.names = names;
    }

    static Placeables of(List<GlossaryEntry> glossary) {
        if (glossary == null || glossary.isEmpty()) {
            return NONE;
        }
        List<Name> names = new ArrayList<>();
        for (GlossaryEntry e : glossary) {
            List<String> words = MemoryTokens.of(e.source()).stream().map(MemoryTokens.Token::text).toList();
            if (!words.isEmpty()) {
                names.add(new Name(words, e.target()));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.words().size()).reversed()); // longest name first
        return new Placeables(List.copyOf(names));
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The stored target adapted to {@code text}, when the two sources differ only in numbers and names. */
    Optional<String> substitute(List<MemoryTokens.Token> text, List<MemoryTokens.Token> stored, String storedTarget) {
        List<Piece> a = pieces(text);
        List<Piece> b = pieces(stored);
        if (a.size() != b.size()) {
            return Optional.empty();
        }
        List<int[]> spans = new ArrayList<>(); // start, end in the target
        List<String> replacements = new ArrayList<>();
        List<MemoryTokens.Token> targetTokens = MemoryTokens.of(storedTarget);
        boolean[] used = new boolean[targetTokens.size()];
        String lowerTarget = storedTarget.toLowerCase(Locale.ROOT);
        for (int i = 0; i < a.size(); i++) {
            Piece x = a.get(i);
            Piece y = b.get(i);
            if (x.word() != null || y.word() != null) {
                if (x.word() == null || !x.word().equals(y.word())) {
                    return Optional.empty();
                }
            } else if (x.number() != null && y.number() != null) {
                String want = MemoryTokens.digits(x.number().text());
                String had = MemoryTokens.digits(y.number().text());
                if (!want.equals(had)) {
                    int k = findNumber(targetTokens, used, had);
                    if (k < 0) {
                        return Optional.empty();
                    }
                    used[k] = true;
                    MemoryTokens.Token t = targetTokens.get(k);
                    spans.add(new int[] {t.start(), t.end()});
                    replacements.add(inDigitsOf(x.number().text(), t.text()));
                }
            } else if (x.name() >= 0 && y.name() >= 0) {
                if (x.name() != y.name()) {
                    String old = names.get(y.name()).target();
                    int at = lowerTarget.indexOf(old.toLowerCase(Locale.ROOT));
                    if (at < 0) {
                        return Optional.empty();
                    }
                    spans.add(new int[] {at, at + old.length()});
                    replacements.add(names.get(x.name()).target());
                }
            } else {
                return Optional.empty();
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        // replace from the end so earlier offsets hold; overlapping spans mean the target is not what we think
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Integer.compare(spans.get(q)[0], spans.get(p)[0]));
        StringBuilder out = new StringBuilder(storedTarget);
        int limit = Integer.MAX_VALUE;
        for (int i : order) {
            int[] s = spans.get(i);
            if (s[1] > limit) {
                return Optional.empty();
            }
            out.replace(s[0], s[1], replacements.get(i));
            limit = s[0];
        }
        return Optional.of(out.toString());
    }

    /** The words of the text that are neither numbers nor glossary names: a placeable match holds them all. */
    List<String> plainWords(List<MemoryTokens.Token> text) {
        return pieces(text).stream().map(Piece::word).filter(java.util.Objects::nonNull).toList();
    }

    private List<Piece> pieces(List<MemoryTokens.Token> tokens) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int name = -1;
            int length = 0;
            for (int n = 0; n < names.size() && name < 0; n++) {
                List<String> words = names.get(n).words();
                if (i + words.size() <= tokens.size() && matches(tokens, i, words)) {
                    name = n;
                    length = words.size();
                }
            }
            MemoryTokens.Token t = tokens.get(i);
            if (name >= 0) {
                out.add(new Piece(null, null, name, t.start(), tokens.get(i + length - 1).end()));
                i += length;
            } else if (t.number()) {
                out.add(new Piece(null, t, -1, t.start(), t.end()));
                i++;
            } else {
                out.add(new Piece(t.text(), null, -1, t.start(), t.end()));
                i++;
            }
        }
        return out;
    }

    private static boolean matches(List<MemoryTokens.Token> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int findNumber(List<MemoryTokens.Token> target, boolean[] used, String digits) {
        for (int k = 0; k < target.size(); k++) {
            if (!used[k] && target.get(k).number() && MemoryTokens.digits(target.get(k).text()).equals(digits)) {
                return k;
            }
        }
        return -1;
    }

    /** {@code number} written in the digits {@code like} uses (٣٠ for 30 where the target writes Arabic-Indic). */
    static String inDigitsOf(String number, String like) {
        int zero = '0';
        for (int i = 0; i < like.length(); i++) {
            int c = like.codePointAt(i);
            if (Character.isDigit(c)) {
                zero = c - Character.digit(c, 10);
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c)) {
                b.appendCodePoint(zero + Character.digit(c, 10));
            } else if (zero == 0x0660 && (c == '.' || c == ',')) {
                b.append(c == '.' ? '٫' : '٬');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
