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
    /** The paragraphs' own text, for the versions without capitals (see {@link #splitName}). */
    private final Map<Place, String> own;
    private final Map<Place, List<List<String>>> names = new ConcurrentHashMap<>();
    private final Map<Place, List<String>> capitalised = new ConcurrentHashMap<>();

    private AlignedNameEvidence(Map<Place, List<OtherText>> beside, Map<Place, String> own) {
        this.beside = beside;
        this.own = own;
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
        Map<Place, String> own = new LinkedHashMap<>();
        for (Map.Entry<Language, DocumentVersion> t : targets.entrySet()) {
            List<org.triptych.model.Paragraph> ps = t.getValue().paragraphs();
            for (int p = 0; p < ps.size(); p++) {
                own.put(new Place(t.getKey(), p), ps.get(p).text());
            }
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
        return new AlignedNameEvidence(beside, own);
    }

    /**
     * From the units the command line checks: a target's unit is keyed by its unit number (the first English
     * paragraph of the link), an English paragraph by its index.
     */
    public static AlignedNameEvidence ofUnits(Map<Language, List<AlignedUnit>> unitsByTarget) {
        Map<Place, List<OtherText>> beside = new LinkedHashMap<>();
        Map<Place, String> own = new LinkedHashMap<>();
        for (Map.Entry<Language, List<AlignedUnit>> t : unitsByTarget.entrySet()) {
            for (AlignedUnit u : t.getValue()) {
                own.merge(new Place(t.getKey(), u.unit()), u.target(), (a, b) -> a + "\n" + b);
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
        return new AlignedNameEvidence(beside, own);
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
        List<String> mine = new ArrayList<>();
        for (String reading : otherReadings(word, language)) {
            List<List<String>> v = NameSkeleton.shortNameVariants(reading, language);
            if (v.size() != 1) {
                return false; // not a name-shaped single word
            }
            v.get(0).stream().filter(x -> !mine.contains(x)).forEach(mine::add);
        }
        List<List<String>> theirs = names.computeIfAbsent(place, p -> namesBeside(others));
        return NameSkeleton.writtenIn(mine, theirs)
                || !LanguageProfile.of(language).hasLetterCase() && splitName(own.get(place), word, language, theirs);
    }

    /**
     * Arabic only (a script that leaves short vowels unwritten, where the consonant skeletons of a word and of its
     * swap are the same name's): {@code word} fits a name the cased versions write beside closely, vowel letters and
     * all, and closer than {@code other} does ({@link TransliterationFit}). A word of fewer than
     * {@value #SHORT_NAME_CLASSES} consonant classes must fit exactly: with two consonants and a vowel left unwritten,
     * a slip fits some name beside by chance (ورصح, Руж).
     */
    @Override
    public boolean prefersAsName(Language language, int paragraph, String word, String other) {
        if (!LanguageProfile.of(language).writtenIn(Character.UnicodeScript.ARABIC)) {
            return false;
        }
        Place place = new Place(language, paragraph);
        List<OtherText> others = beside.get(place);
        if (others == null) {
            return false;
        }
        List<String> names = capitalised.computeIfAbsent(place, p -> capitalisedBeside(others));
        double mine = TransliterationFit.of(word, names);
        double close = classes(word, language) < SHORT_NAME_CLASSES ? TransliterationFit.EXACT : TransliterationFit.CLOSE;
        return mine < close && mine < TransliterationFit.of(other, names);
    }

    /** Consonant classes below which a word must fit a name beside exactly to be preferred to its swap. */
    private static final int SHORT_NAME_CLASSES = 3;

    /** The capitalised words of the versions with capitals beside a paragraph, in each of their readings. */
    private static List<String> capitalisedBeside(List<OtherText> others) {
        Set<String> out = new LinkedHashSet<>();
        for (OtherText o : others) {
            if (!LanguageProfile.of(o.language()).hasLetterCase()) {
                continue;
            }
            for (String reading : otherReadings(o.text(), o.language())) {
                java.util.regex.Matcher m = WORD.matcher(reading);
                while (m.find()) {
                    if (Character.isUpperCase(m.group().codePointAt(0))) {
                        out.add(m.group());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code word} is half of a name the paragraph writes as two words where the other versions write one
     * (بيونج يانج for Pyongyang, جين بينغ for Jinping): the two words run together have the skeleton of a name beside,
     * exactly and in full ({@value #SPLIT_CLASSES} classes); each half has two classes or more, and the first fewer
     * than are compared, so that the second adds to them (a word after a long name is no part of it). Only in a
     * version without capitals, where nothing else marks the two words as one name.
     */
    private static boolean splitName(String text, String word, Language language, List<List<String>> theirs) {
        if (text == null) {
            return false;
        }
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals(word)) {
                continue;
            }
            for (int first = Math.max(0, i - 1); first <= i && first + 1 < words.size(); first++) {
                if (halvesOfOneName(words.get(first), words.get(first + 1), language, theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean halvesOfOneName(String a, String b, Language language, List<List<String>> theirs) {
        if (classes(a, language) < 2 || classes(b, language) < 2 || classes(a, language) >= SPLIT_CLASSES) {
            // a half of one class is mostly a short word (هو, في) that happens to sit beside the other; a first half
            // of all the classes compared would leave the second nothing to add
            return false;
        }
        for (String reading : otherReadings(a + b, language)) {
            List<List<String>> joined = NameSkeleton.shortNameVariants(reading, language);
            if (joined.size() != 1) {
                return false;
            }
            for (String x : joined.get(0)) {
                if (x.length() < SPLIT_CLASSES) {
                    continue;
                }
                for (List<String> name : theirs) {
                    if (name.contains(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The most classes a reading of a word has (up to those compared). */
    private static int classes(String word, Language language) {
        int most = 0;
        for (String reading : otherReadings(word, language)) {
            for (List<String> v : NameSkeleton.shortNameVariants(reading, language)) {
                for (String x : v) {
                    most = Math.max(most, x.length());
                }
            }
        }
        return most;
    }

    /** A word of a paragraph: letters with their harakat and tatweel. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\u0640]+");

    /** Skeleton classes two words run together must have, exactly as a name beside, to be one name split in two. */
    private static final int SPLIT_CLASSES = 4;

    /** Latin vowels, before which gh is not sounded (Wright, Houghton, Leigh). */
    private static final java.util.regex.Pattern SILENT_LATIN = java.util.regex.Pattern.compile(
            "(?<=[aeiouAEIOU])gh|(?<=[mM])p(?=[sS])");

    /**
     * A text as written and, where the aligner's skeletons read some letters one way only, as it may also be read when
     * a name is transliterated. These readings are for confirming a flagged word only, and never reach the aligner:
     * <ul>
     *   <li>Arabic ج also writes a hard g: Egyptian usage, and the common rendering of English g and ng (تايجر for
     *   Tiger, ويلنج for Wheeling, يونج for Yong), where the skeleton reads it as j only; read so everywhere, and only
     *   in نج, where another ج of the same name may be a j (جونج for Jong);</li>
     *   <li>Latin gh after a vowel and p between m and s are often not sounded, and other scripts then leave them out
     *   (Night, نايت; Houghton, هوتون; Thompson, تومسون).</li>
     * </ul>
     */
    static List<String> otherReadings(String text, Language language) {
        List<String> out = new ArrayList<>(2);
        out.add(text);
        if (LanguageProfile.of(language).writtenIn(Character.UnicodeScript.ARABIC)) {
            if (text.indexOf('ج') >= 0) {
                out.add(text.replace('ج', 'غ'));
                // after ن it is most often the g of ng while another ج of the name is a j (جونج for Jong)
                String ng = text.replace("نج", "نغ");
                if (!out.contains(ng)) {
                    out.add(ng);
                }
            }
        } else {
            String silent = SILENT_LATIN.matcher(text).replaceAll("");
            if (!silent.equals(text)) {
                out.add(silent);
            }
        }
        return out;
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
            for (String reading : otherReadings(o.text(), o.language())) {
                if (!cased || LanguageProfile.of(o.language()).hasLetterCase()) {
                    out.addAll(NameSkeleton.shortNameVariants(reading, o.language()));
                } else {
                    // beside a version with capitals, a caseless version's words count only with three classes or more
                    for (List<String> v : NameSkeleton.nameVariants(reading, o.language())) {
                        List<String> longer = v.stream().filter(x -> x.length() >= MIN_CASELESS_CLASSES).toList();
                        if (!longer.isEmpty()) {
                            out.add(longer);
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Skeleton classes a caseless version's word needs to confirm a name beside a version with capitals. */
    private static final int MIN_CASELESS_CLASSES = 3;
}
