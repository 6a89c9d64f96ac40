package org.triptych.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a language's news text writes names, for finding glossary candidates in it: titles written before a name
 * (President, Mr), small words inside one (Bank <i>of</i> England), words that make a name an organisation (Party,
 * University) or a place (City, Island), and capitalised words that name no one (Monday, The). Read from
 * {@code names/<code>.txt}; a language without the file has no shapes, and names are not looked for in it.
 */
public final class NameShapes {

    static final NameShapes NONE = new NameShapes(Map.of());

    private final Map<String, Set<String>> sections;

    private NameShapes(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    static NameShapes load(String name) {
        Map<String, Set<String>> sections = new HashMap<>();
        String resource = "names/" + name + ".txt";
        SectionedData.read(resource,
                (section, line) -> sections.computeIfAbsent(section, k -> new HashSet<>()).add(line.toLowerCase(Locale.ROOT)));
        return new NameShapes(sections);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    private boolean in(String section, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return sections.getOrDefault(section, Set.of()).contains(w);
    }

    /** A title or role written before a name (President, Mr, Foreign in "Foreign Minister"). */
    public boolean isTitle(String word) {
        return in("title", word);
    }

    /** A small word that may stand inside a name (of, for, de, al). */
    public boolean isConnector(String word) {
        return in("connector", word);
    }

    /** A word that makes a name an organisation (Party, University). */
    public boolean isOrganisationWord(String word) {
        return in("organisation", word);
    }

    /** A word that makes a name a place (City, Island). */
    public boolean isPlaceWord(String word) {
        return in("place", word);
    }

    /** A word of a name its translations translate (West, University, Ocean), not transliterate. */
    public boolean isTranslated(String word) {
        return in("translated", word) || isOrganisationWord(word) || isPlaceWord(word);
    }

    /** Whether a word ends as a people's name or adjective does (Americans, Lebanese, Kurdish). */
    public boolean looksLikeDemonym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String e : sections.getOrDefault("demonym-ending", Set.of())) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A word written before a place more often than before anything else (in, from). */
    public boolean isPlaceBefore(String word) {
        return in("place-before", word);
    }

    /** A capitalised word that names no one (a day, a month, a pronoun or article at a sentence's start). */
    public boolean isNotName(String word) {
        return in("not-name", word);
    }

    /** Letters written after a person's name for a seat or an honour (MSP, OBE), in capitals. */
    public boolean isAfterName(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && in("after-name", word);
    }
}
