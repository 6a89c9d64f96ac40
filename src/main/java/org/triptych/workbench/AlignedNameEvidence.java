package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.triptych.align.NameSkeleton;
import org.triptych.langcheck.NameEvidence;
import org.triptych.model.Alignment;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.terms.AlignedUnit;
import org.triptych.text.LanguageProfile;

/**
 * Joins the aligner to the language checks: a word LanguageTool flags in one version is a name, not a typo, when the
 * paragraphs aligned with it in another version write it too, transliterated (the aligner's name skeletons compare
 * Latin, Cyrillic and Arabic letters). Works for every column, English included: its names are confirmed by the
 * Arabic and the Russian. The other versions' names are worked out once per paragraph.
 */
public final class AlignedNameEvidence implements NameEvidence {

    /** A paragraph of a version, and what the other versions say beside it. */
    private record Place(Language language, int paragraph) {
    }

    private record OtherText(Language language, String text) {
    }

    private final Map<Place, List<OtherText>> beside;
    private final Map<Place, List<List<String>>> names = new ConcurrentHashMap<>();

    private AlignedNameEvidence(Map<Place, List<OtherText>> beside) {
        this.beside = beside;
    }

    /** From an article and its paragraph links (target language → links to English). */
    public static AlignedNameEvidence of(Article article, Map<Language, Alignment> paragraphLinks) {
        Map<Place, List<OtherText>> beside = new LinkedHashMap<>();
        DocumentVersion english = article.english();
        Map<Language, DocumentVersion> targets = new LinkedHashMap<>();
        for (DocumentVersion v : article.others()) {
            if (paragraphLinks.containsKey(v.language())) {
                targets.put(v.language(), v);
            }
        }
        for (Map.Entry<Language, DocumentVersion> t : targets.entrySet()) {
            for (Bead b : paragraphLinks.get(t.getKey()).beads()) {
                String en = join(english, b.english());
                String tg = join(t.getValue(), b.target());
                for (int p : b.english()) {
                    add(beside, new Place(Language.ENGLISH, p), t.getKey(), tg);
                }
                for (int p : b.target()) {
                    add(beside, new Place(t.getKey(), p), Language.ENGLISH, en);
                    // and the other targets' paragraphs linked to the same English
                    for (Map.Entry<Language, DocumentVersion> o : targets.entrySet()) {
                        if (o.getKey().equals(t.getKey())) {
                            continue;
                        }
                        for (Bead ob : paragraphLinks.get(o.getKey()).beads()) {
                            if (!java.util.Collections.disjoint(ob.english(), b.english())) {
                                add(beside, new Place(t.getKey(), p), o.getKey(), join(o.getValue(), ob.target()));
                            }
                        }
                    }
                }
            }
        }
        return new AlignedNameEvidence(beside);
    }

    /**
     * From the units the command line checks: a target's unit is keyed by its unit number (the first English
     * paragraph of the link), an English paragraph by its index.
     */
    public static AlignedNameEvidence ofUnits(Map<Language, List<AlignedUnit>> unitsByTarget) {
        Map<Place, List<OtherText>> beside = new LinkedHashMap<>();
        for (Map.Entry<Language, List<AlignedUnit>> t : unitsByTarget.entrySet()) {
            for (AlignedUnit u : t.getValue()) {
                if (!u.target().isBlank()) {
                    for (int p : u.englishIndices()) {
                        add(beside, new Place(Language.ENGLISH, p), t.getKey(), u.target());
                    }
                }
                if (!u.english().isBlank()) {
                    add(beside, new Place(t.getKey(), u.unit()), Language.ENGLISH, u.english());
                }
                for (Map.Entry<Language, List<AlignedUnit>> o : unitsByTarget.entrySet()) {
                    if (o.getKey().equals(t.getKey())) {
                        continue;
                    }
                    for (AlignedUnit ou : o.getValue()) {
                        if (!ou.target().isBlank()
                                && !java.util.Collections.disjoint(ou.englishIndices(), u.englishIndices())) {
                            add(beside, new Place(t.getKey(), u.unit()), o.getKey(), ou.target());
                        }
                    }
                }
            }
        }
        return new AlignedNameEvidence(beside);
    }

    private static void add(Map<Place, List<OtherText>> beside, Place place, Language language, String text) {
        if (!text.isBlank()) {
            List<OtherText> list = beside.computeIfAbsent(place, k -> new ArrayList<>());
            OtherText t = new OtherText(language, text);
            if (!list.contains(t)) {
                list.add(t);
            }
        }
    }

    private static String join(DocumentVersion v, List<Integer> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int p : paragraphs) {
            if (p >= 0 && p < v.paragraphs().size()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(v.paragraphs().get(p).text());
            }
        }
        return sb.toString();
    }

    @Override
    public boolean confirmsName(Language language, int paragraph, String word) {
        Place place = new Place(language, paragraph);
        List<OtherText> others = beside.get(place);
        if (others == null) {
            return false;
        }
        List<List<String>> mine = NameSkeleton.shortNameVariants(word, language);
        if (mine.size() != 1) {
            return false;
        }
        return NameSkeleton.writtenIn(mine.get(0), names.computeIfAbsent(place, p -> namesBeside(others)));
    }

    /**
     * The names the other versions write beside a paragraph. Versions in a script with capitals give only their
     * capitalised words; a script without (Arabic) gives every word, which would let almost any word find a partner,
     * so beside a version with capitals only its words of three consonant classes or more count (شينينغ for Xining).
     */
    private static List<List<String>> namesBeside(List<OtherText> others) {
        boolean cased = others.stream().anyMatch(o -> LanguageProfile.of(o.language()).hasLetterCase());
        Set<List<String>> out = new LinkedHashSet<>();
        for (OtherText o : others) {
            if (!cased || LanguageProfile.of(o.language()).hasLetterCase()) {
                out.addAll(NameSkeleton.shortNameVariants(o.text(), o.language()));
            } else {
                // beside a version with capitals, a caseless version's words count only with three classes or more
                for (List<String> v : NameSkeleton.nameVariants(o.text(), o.language())) {
                    List<String> longer = v.stream().filter(x -> x.length() >= MIN_CASELESS_CLASSES).toList();
                    if (!longer.isEmpty()) {
                        out.add(longer);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Skeleton classes a caseless version's word needs to confirm a name beside a version with capitals. */
    private static final int MIN_CASELESS_CLASSES = 3;
}
