package org.triptych.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a language derives from a place name: its adjective and the name of its people (Indonesia → Indonesian,
 * Индонезия → индонезийский, إندونيسيا → إندونيسي). A translator writes "US officials" as «американские
 * чиновники» and "the Indonesian city" as «مدينة بالو الإندونيسية»: the place is named, by its derived word.
 *
 * <p>Read from {@code derived/<code>.txt}: ending rules ({@code ия = ийский | ский}: the longest ending of the name
 * that has a rule gives every listed form; {@code *} is any other ending), a table of irregular forms
 * ({@code США = американский}), how a name of several words is derived ({@code last}: the last word, North Korea →
 * North Korean; {@code compound}: an adjective first word joins the derived last one, Северная Корея →
 * северокорейский; {@code head}: the last noun takes the nisba and the adjectives agree with it, كوريا الشمالية →
 * كوري شمالي), and for Arabic the endings and article a nisba takes. Forms are generated generously: one that no
 * one writes matches nothing.
 */
public final class DerivedForms {

    static final DerivedForms NONE = new DerivedForms();

    private final Map<String, List<String>> irregular = new HashMap<>();
    /** Name ending (normalised) → derived endings; "*" for any other ending. Longest endings first. */
    private final List<Map.Entry<String, List<String>>> rules = new ArrayList<>();
    private final List<Map.Entry<String, String>> compound = new ArrayList<>();
    private final List<String> adjectiveEndings = new ArrayList<>();
    private final List<String> inflections = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();
    private String multiword = "last";
    /** Whether derived words are written in lower case whatever the name (индонезийский, not Индонезийский). */
    private boolean lowerCase;

    private DerivedForms() {
    }

    static DerivedForms load(String name) {
        DerivedForms d = new DerivedForms();
        String resource = "derived/" + name + ".txt";
        SectionedData.read(resource, (section, line) -> d.add(section, line, resource));
        d.rules.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) ->
                e.getKey().equals("*") ? -1 : e.getKey().length()).reversed());
        d.compound.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        d.adjectiveEndings.sort(Comparator.comparingInt(s -> -s.length()));
        return d;
    }

    private void add(String section, String line, String resource) {
        switch (section) {
            case "multiword" -> multiword = line;
            case "case" -> lowerCase = line.equals("lower");
            case "rule" -> {
                String[] f = split(line, resource);
                rules.add(Map.entry(key(f[0]), forms(f[1])));
            }
            case "irregular" -> {
                String[] f = split(line, resource);
                irregular.put(key(f[0]), forms(f[1]));
            }
            case "compound" -> {
                String[] f = split(line, resource);
                compound.add(Map.entry(key(f[0]), f[1].strip()));
            }
            case "adjective-ending" -> adjectiveEndings.add(key(line));
            case "inflection" -> inflections.add(key(line));
            case "article" -> articles.add(key(line));
            default -> throw new IllegalStateException(resource + ": unknown section [" + section + "]");
        }
    }

    private static String[] split(String line, String resource) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            throw new IllegalStateException(resource + ": expected 'name = form | form', got '" + line + "'");
        }
        return new String[] {line.substring(0, eq).strip(), line.substring(eq + 1)};
    }

    private static List<String> forms(String s) {
        List<String> out = new ArrayList<>();
        for (String f : s.split("\\|", -1)) {
            out.add(f.strip());
        }
        return out;
    }

    /** The spelling derived forms are compared in: lower case, ё as е, Arabic spelling variants folded. */
    static String key(String s) {
        return ArabicNormalizer.normalize(s.toLowerCase(Locale.ROOT)).replace('ё', 'е');
    }

    /** Whether this language has derivation data at all. */
    public boolean isEmpty() {
        return rules.isEmpty() && irregular.isEmpty();
    }

    /**
     * The adjectives and demonyms derived from a place name, as terms to look for (for Arabic, every ending and the
     * article already applied). Never contains the name itself.
     */
    public List<String> of(String placeName) {
        return of(placeName, false);
    }

    /**
     * As {@link #of(String)}; for an acronym (США, US) only the table: rules on its letters make words that exist
     * ("US" + "er").
     */
    public List<String> of(String placeName, boolean acronym) {
        if (isEmpty()) {
            return List.of();
        }
        String name = placeName.strip();
        Set<String> out = new LinkedHashSet<>();
        List<String> table = irregular.get(key(name));
        if (table != null) {
            for (String form : table) {
                out.addAll(inflected(List.of(form), List.of(true)));
            }
        } else if (!acronym) {
            String[] words = name.split("\\s+");
            switch (multiword) {
                case "head" -> out.addAll(byHead(words));
                case "compound" -> {
                    out.addAll(compounded(words));
                    out.addAll(byLast(words));
                }
                default -> out.addAll(byLast(words));
            }
        }
        out.remove(name);
        out.removeIf(f -> key(f).equals(key(name)) || f.isBlank());
        if (lowerCase) {
            Set<String> lower = new LinkedHashSet<>();
            out.forEach(f -> lower.add(f.toLowerCase(Locale.ROOT)));
            return List.copyOf(lower);
        }
        return List.copyOf(out);
    }

    /** North Korea → North Korean: the other words stay. */
    private List<String> byLast(String[] words) {
        List<String> out = new ArrayList<>();
        String head = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        for (String d : word(words[words.length - 1])) {
            out.add(head.isEmpty() ? d : head + " " + d);
        }
        return out;
    }

    /** Северная Корея → северокорейский: an adjective first word joins the derived rest as a compound. */
    private List<String> compounded(String[] words) {
        List<String> out = new ArrayList<>();
        if (words.length < 2) {
            return out;
        }
        String first = key(words[0]);
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        for (Map.Entry<String, String> c : compound) {
            if (first.endsWith(c.getKey()) && first.length() > c.getKey().length() + 1) {
                String prefix = first.substring(0, first.length() - c.getKey().length()) + c.getValue();
                List<String> table = irregular.get(key(rest));
                for (String d : table != null ? table : word(rest)) {
                    out.add(prefix + key(d));
                }
            }
        }
        return out;
    }

    /**
     * كوريا الشمالية → كوري شمالي, الكورية الشمالية...: the last word that is not already an adjective takes the
     * nisba, the adjectives agree with it, words before the head stay (جنوب أفريقيا → جنوب أفريقي).
     */
    private List<String> byHead(String[] words) {
        int head = -1;
        for (int i = words.length - 1; i >= 0 && head < 0; i--) {
            if (!isAdjective(words[i]) || words.length == 1) {
                head = i;
            }
        }
        if (head < 0) {
            head = 0;
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> inflect = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i == head) {
                List<String> ds = word(withoutArticle(key(words[i])));
                if (ds.isEmpty()) {
                    return List.of();
                }
                parts.add(ds.get(0));
                inflect.add(true);
            } else if (i > head || isAdjective(words[i])) {
                parts.add(adjectiveBase(withoutArticle(key(words[i]))));
                inflect.add(true);
            } else {
                parts.add(key(words[i]));
                inflect.add(false);
            }
        }
        List<String> out = new ArrayList<>(inflected(parts, inflect));
        // every nisba the head's rule allows, each with the other parts as above
        List<String> heads = word(withoutArticle(key(words[head])));
        for (int k = 1; k < heads.size(); k++) {
            List<String> alt = new ArrayList<>(parts);
            alt.set(head, heads.get(k));
            out.addAll(inflected(alt, inflect));
        }
        return out;
    }

    private boolean isAdjective(String word) {
        String k = withoutArticle(key(word));
        for (String e : adjectiveEndings) {
            if (k.endsWith(e) && k.length() > e.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private String adjectiveBase(String k) {
        for (String e : adjectiveEndings) {
            if (k.endsWith(e)) {
                return k.substring(0, k.length() - e.length()) + inflections.get(0);
            }
        }
        return k;
    }

    private String withoutArticle(String k) {
        for (String a : articles) {
            if (k.startsWith(a) && k.length() > a.length() + 2) {
                return k.substring(a.length());
            }
        }
        return k;
    }

    /**
     * The parts (masculine singular nisba for Arabic) with every ending and article the language's nisba takes, the
     * same on each inflected part; without inflection data, the parts joined as they are.
     */
    private List<String> inflected(List<String> parts, List<Boolean> inflect) {
        if (inflections.isEmpty()) {
            return List.of(String.join(" ", parts));
        }
        String base = inflections.get(0);
        List<String> out = new ArrayList<>();
        List<String> articleChoices = new ArrayList<>(articles);
        articleChoices.add(0, "");
        for (String suffix : inflections) {
            for (String article : articleChoices) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < parts.size(); i++) {
                    String p = key(parts.get(i));
                    if (inflect.get(i)) {
                        String stem = p.endsWith(base) ? p.substring(0, p.length() - base.length()) : p;
                        p = article + stem + suffix;
                    }
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(p);
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The forms the rules give for one word, written in the word's own case (Indonesia → Indonesian). */
    private List<String> word(String w) {
        String k = key(w);
        List<String> out = new ArrayList<>();
        Map.Entry<String, List<String>> any = null;
        for (Map.Entry<String, List<String>> r : rules) {
            String ending = r.getKey();
            if (ending.equals("*")) {
                any = r;
                continue;
            }
            if (k.endsWith(ending) && k.length() > ending.length() + 1) {
                String stem = w.length() == k.length() ? w.substring(0, w.length() - ending.length())
                        : k.substring(0, k.length() - ending.length());
                for (String d : r.getValue()) {
                    out.add(stem + d);
                }
                return out;
            }
        }
        if (any != null && k.length() >= 3) {
            for (String d : any.getValue()) {
                out.add(w + d);
            }
        }
        return out;
    }
}
