package org.triptych.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.triptych.model.Language;
import org.triptych.model.WritingDirection;

/**
 * Everything Triptych knows about one language, in one place, as LanguageTool keeps one {@code Language} class per
 * language: its script, how its words are analysed for term matching, how its text is cut into sentences, how
 * LanguageTool checks it, how long its translations of English run, which digits it writes. The engines ask the
 * profile instead of switching on language codes, so a new language is a new profile in {@link LanguageProfiles}.
 *
 * <p>A language without a profile of its own gets a neutral one: words matched by case-folded form, sentences cut at
 * punctuation, no LanguageTool, no script expected, the length of English.
 */
public final class LanguageProfile {

    /** Neutral profiles made on demand, kept so that each language has one segmenter. */
    private static final Map<String, LanguageProfile> NEUTRAL = new ConcurrentHashMap<>();

    private final Language language;
    private final String englishName;
    private final Character.UnicodeScript script;
    private final boolean letterCase;
    private final Set<Digits> digits;
    private final double lengthRatioToEnglish;
    private final Set<String> abbreviations;
    private final Set<String> commonWords;
    private final LanguageToolSetup languageTool;
    private final Function<Language, TokenAnalyzer> analyzers;
    private final ReplacementForm replacementForm;
    private final UnaryOperator<String> declinedNameStem;
    private final NumberVocabulary numberVocabulary;
    private final DerivedForms derivedForms;
    private final GluedWords gluedWords;
    private final NameShapes nameShapes;
    private final BaseForms baseForms;
    private final List<String[]> spellingVariants;
    private final List<String[]> englishSounds;
    private final Set<String> switcherNames;
    private final boolean headFirst;
    private volatile SentenceSegmenter segmenter;

    private LanguageProfile(Builder b) {
        this.language = Objects.requireNonNull(b.language, "language");
        this.englishName = Objects.requireNonNull(b.englishName, "englishName");
        this.script = b.script;
        this.letterCase = b.letterCase;
        this.digits = Set.copyOf(b.digits);
        this.lengthRatioToEnglish = b.lengthRatioToEnglish;
        this.abbreviations = Set.copyOf(b.abbreviations);
        this.commonWords = Set.copyOf(b.commonWords);
        this.languageTool = b.languageTool;
        this.analyzers = Objects.requireNonNull(b.analyzers, "analyzers");
        this.replacementForm = Objects.requireNonNull(b.replacementForm, "replacementForm");
        this.declinedNameStem = b.declinedNameStem;
        this.numberVocabulary = b.numbers == null ? NumberVocabulary.EMPTY : NumberVocabulary.load(b.numbers);
        this.derivedForms = b.derived == null ? DerivedForms.NONE : DerivedForms.load(b.derived);
        this.gluedWords = b.gluedWords;
        this.nameShapes = b.names == null ? NameShapes.NONE : NameShapes.load(b.names);
        this.baseForms = b.baseForms;
        this.spellingVariants = List.copyOf(b.spellingVariants);
        this.englishSounds = List.copyOf(b.englishSounds);
        Set<String> names = new java.util.LinkedHashSet<>();
        b.ownNames.forEach(n -> names.add(n.toLowerCase(java.util.Locale.ROOT)));
        names.add(englishName.toLowerCase(java.util.Locale.ROOT));
        names.add(language.code());
        this.switcherNames = Set.copyOf(names);
        this.headFirst = b.headFirst;
        if (b.lengthRatioToEnglish <= 0) {
            throw new IllegalArgumentException("length ratio must be positive: " + b.lengthRatioToEnglish);
        }
    }

    /** The profile of {@code language} (by its code), or a neutral one for a language Triptych has none for. */
    public static LanguageProfile of(Language language) {
        LanguageProfile known = Registry.BY_CODE.get(language.code());
        return known != null ? known : NEUTRAL.computeIfAbsent(language.code(), c -> LanguageProfiles.neutral(language));
    }

    /** The profiles Triptych has, in the order they were registered (English first). */
    public static List<LanguageProfile> all() {
        return Registry.ALL;
    }

    /** Whether {@code language} has a profile of its own (not the neutral one). */
    public static boolean isKnown(Language language) {
        return Registry.BY_CODE.containsKey(language.code());
    }

    public Language language() {
        return language;
    }

    /** The language's name in English, for messages and for prompts to translation services ("Russian"). */
    public String englishName() {
        return englishName;
    }

    /** The script the language is written in, if Triptych knows it (a neutral profile does not). */
    public Optional<Character.UnicodeScript> script() {
        return Optional.ofNullable(script);
    }

    /** Whether the script is the given one (false where the script is not known). */
    public boolean writtenIn(Character.UnicodeScript s) {
        return script == s;
    }

    /** The direction of the language's script; {@link Language} carries it, as the model needs it without this layer. */
    public WritingDirection direction() {
        return language.direction();
    }

    /**
     * Whether the script has capital letters, so a capital inside a sentence says "name" (Arabic script has none:
     * every word may be a name, and no case tells an acronym from a word).
     */
    public boolean hasLetterCase() {
        return letterCase;
    }

    /**
     * The usual ratio of non-space characters, this language over English, in translated news: where a text is too
     * short to measure its own, the aligner and the length comparison start from it.
     */
    public double lengthRatioToEnglish() {
        return lengthRatioToEnglish;
    }

    /** A new word analyzer for term matching (analyzers may keep caches, so each matcher gets its own). */
    public TokenAnalyzer tokenAnalyzer() {
        return analyzers.apply(language);
    }

    /** The language's sentence segmenter, shared and thread-safe. */
    public SentenceSegmenter sentenceSegmenter() {
        SentenceSegmenter s = segmenter;
        if (s == null) {
            synchronized (this) {
                s = segmenter;
                if (s == null) {
                    s = SentenceSegmenter.of(this);
                    segmenter = s;
                }
            }
        }
        return s;
    }

    /** How LanguageTool checks the language, if it has a LanguageTool module on the class path. */
    public Optional<LanguageToolSetup> languageTool() {
        return Optional.ofNullable(languageTool);
    }

    /** How a replacement term is put in the form of a found one (see {@link ReplacementForm}). */
    public ReplacementForm replacementForm() {
        return replacementForm;
    }

    /**
     * For a language that declines names (Russian: Эрдогана, Эрдогану for Эрдоган), the stem a lower-case name keeps
     * through its case forms; empty where a name is written the same in every role.
     */
    public Optional<UnaryOperator<String>> declinedNameStem() {
        return Optional.ofNullable(declinedNameStem);
    }

    /**
     * The adjectives and demonyms the language derives from place names (Индонезия → индонезийский), so a place
     * rendered by its adjective is a place named; none where Triptych has no such data.
     */
    public DerivedForms derivedForms() {
        return derivedForms;
    }

    /**
     * For a language whose text may lose the spaces between words (Arabic from PDFs), what tells where they meet;
     * empty where words are not found inside longer tokens.
     */
    public Optional<GluedWords> gluedWords() {
        return Optional.ofNullable(gluedWords);
    }

    /**
     * Whether a name's modifier follows the word it modifies (Arabic جامعة هارفارد, كوريا الشمالية: the order of
     * "Harvard University" and "North Korea" reversed); false where it comes first as in English and Russian.
     */
    public boolean writesHeadFirst() {
        return headFirst;
    }

    /**
     * An English name respelt as the language sounds its letters where that differs from English (Russian writes
     * h as г and w as в: Hollywood → Голливуд, Twitter → Твиттер; Arabic writes a hard g as ج: Tiger → تايجر):
     * each rule alone and all together, the name itself not included. Empty where the language has no such rules.
     */
    public List<String> englishRespellings(String englishName) {
        List<String> out = new ArrayList<>();
        String all = englishName.toLowerCase(java.util.Locale.ROOT);
        String lower = englishName.toLowerCase(java.util.Locale.ROOT);
        for (String[] rule : englishSounds) {
            String one = lower.replaceAll(rule[0], rule[1]);
            if (!one.equals(lower)) {
                out.add(one);
                all = all.replaceAll(rule[0], rule[1]);
            }
        }
        if (!out.isEmpty() && !out.contains(all)) {
            out.add(all);
        }
        return out.stream().map(r -> Character.toUpperCase(r.charAt(0)) + r.substring(1)).toList();
    }

    /** How the language's text writes names (titles, connectors, kinds of name), for finding glossary candidates. */
    public NameShapes nameShapes() {
        return nameShapes;
    }

    /** The entry forms a word found in text may stand for (Трампа → Трамп; لترامب → ترامب). */
    public BaseForms baseForms() {
        return baseForms;
    }

    /**
     * Whether two words are one word in two of the language's spelling standards (recognisable and recognizable,
     * neighbouring and neighboring): a document that mixes them has no misspelling there.
     */
    public boolean isSpellingVariant(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        for (String[] pair : spellingVariants) {
            if (oneReplaced(x, pair[0], pair[1], y) || oneReplaced(x, pair[1], pair[0], y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneReplaced(String word, String from, String to, String other) {
        for (int i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) {
            if ((word.substring(0, i) + to + word.substring(i + from.length())).equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** How the language writes numbers in words, units, times, decades (empty where Triptych has no such data). */
    NumberVocabulary numberVocabulary() {
        return numberVocabulary;
    }

    /**
     * What a web page's language switcher may call the language, lower case: the names it has for itself
     * ({@code العربية}, {@code русский}), its English name and its code. A link whose whole text is one of them
     * points at that language's version of the page.
     */
    public Set<String> switcherNames() {
        return switcherNames;
    }

    /** Abbreviations (lower case, with their dot) that are followed by a name or a number and never end a sentence. */
    Set<String> abbreviations() {
        return abbreviations;
    }

    /** Frequent words (lower case) that tell this language from others written in the same script. */
    Set<String> commonWords() {
        return commonWords;
    }

    /** Whether a word (any case) is one of the language's most frequent words (the, of, in): never part of a name. */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The digit sets the language's news text is written with. */
    Set<Digits> digits() {
        return digits;
    }

    @Override
    public String toString() {
        return "LanguageProfile[" + language.code() + "]";
    }

    /** The registered profiles, made on first use (a holder, so that making them may use this class freely). */
    private static final class Registry {
        static final List<LanguageProfile> ALL = LanguageProfiles.create();
        static final Map<String, LanguageProfile> BY_CODE = byCode();

        private static Map<String, LanguageProfile> byCode() {
            Map<String, LanguageProfile> m = new java.util.LinkedHashMap<>();
            for (LanguageProfile p : ALL) {
                if (m.put(p.language().code(), p) != null) {
                    throw new IllegalStateException("two profiles for " + p.language().code());
                }
            }
            return Map.copyOf(m);
        }
    }

    static Builder builder(Language language, String englishName) {
        return new Builder(language, englishName);
    }

    /** Collects a profile's facts; only {@link LanguageProfiles} makes profiles. */
    static final class Builder {
        private final Language language;
        private final String englishName;
        private Character.UnicodeScript script;
        private boolean letterCase = true;
        private Set<Digits> digits = Set.of(Digits.WESTERN);
        private double lengthRatioToEnglish = 1.0;
        private Set<String> abbreviations = Set.of();
        private Set<String> commonWords = Set.of();
        private LanguageToolSetup languageTool;
        private Function<Language, TokenAnalyzer> analyzers = CaseFoldingTokenAnalyzer::new;
        private ReplacementForm replacementForm = ReplacementForm.AS_GIVEN;
        private UnaryOperator<String> declinedNameStem;
        private String numbers;
        private String derived;
        private GluedWords gluedWords;
        private String names;
        private BaseForms baseForms = BaseForms.AS_WRITTEN;
        private List<String[]> spellingVariants = List.of();
        private List<String[]> englishSounds = List.of();
        private Set<String> ownNames = Set.of();
        private boolean headFirst;

        private Builder(Language language, String englishName) {
            this.language = language;
            this.englishName = englishName;
        }

        Builder script(Character.UnicodeScript s, boolean hasLetterCase) {
            this.script = s;
            this.letterCase = hasLetterCase;
            return this;
        }

        Builder digits(Digits... sets) {
            this.digits = Set.of(sets);
            return this;
        }

        Builder lengthRatioToEnglish(double ratio) {
            this.lengthRatioToEnglish = ratio;
            return this;
        }

        Builder abbreviations(Collection<String> lowerCaseWithDot) {
            this.abbreviations = Set.copyOf(lowerCaseWithDot);
            return this;
        }

        Builder commonWords(Collection<String> lowerCase) {
            this.commonWords = Set.copyOf(lowerCase);
            return this;
        }

        Builder languageTool(LanguageToolSetup setup) {
            this.languageTool = setup;
            return this;
        }

        Builder tokenAnalyzer(Function<Language, TokenAnalyzer> factory) {
            this.analyzers = factory;
            return this;
        }

        Builder replacementForm(ReplacementForm form) {
            this.replacementForm = form;
            return this;
        }

        /** The names the language calls itself (and short forms of them) on language switchers. */
        Builder ownNames(String... names) {
            this.ownNames = Set.of(names);
            return this;
        }

        Builder declinedNameStem(UnaryOperator<String> stem) {
            this.declinedNameStem = stem;
            return this;
        }

        /** The number vocabulary in {@code numbers/<code>.txt}. */
        Builder numbers() {
            this.numbers = language.code();
            return this;
        }

        /** The derivation rules and table in {@code derived/<code>.txt}. */
        Builder derivedForms() {
            this.derived = language.code();
            return this;
        }

        /** The name shapes in {@code names/<code>.txt}. */
        Builder nameShapes() {
            this.names = language.code();
            return this;
        }

        Builder baseForms(BaseForms forms) {
            this.baseForms = forms;
            return this;
        }

        /** Pairs of letter groups two spelling standards write differently (our / or). */
        /** English letters the language writes as another sound: {regex, as} pairs (Russian h as г: {"h", "g"}). */
        Builder englishSounds(List<String[]> pairs) {
            this.englishSounds = pairs;
            return this;
        }

        Builder spellingVariants(List<String[]> pairs) {
            this.spellingVariants = pairs;
            return this;
        }

        Builder headFirst() {
            this.headFirst = true;
            return this;
        }

        Builder gluedWords(GluedWords g) {
            this.gluedWords = g;
            return this;
        }

        LanguageProfile build() {
            return new LanguageProfile(this);
        }
    }
}
