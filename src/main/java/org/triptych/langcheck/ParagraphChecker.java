package org.triptych.langcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.text.LanguageProfile;
import org.triptych.text.ScriptCheck;

/**
 * Checks one paragraph with one loaded LanguageTool instance and turns its matches into {@link Finding}s placed on
 * the paragraph's own characters. Not thread-safe (LanguageTool instances are not): one caller at a time.
 */
final class ParagraphChecker {

    /** Longer paragraphs are checked in pieces of at most this many characters, cut at a sentence end or a space. */
    static final int MAX_CHUNK = 3000;
    static final int MAX_SUGGESTIONS = 5;

    private final JLanguageTool tool;
    private final Language language;
    private final LanguageProfile profile;
    private LanguageCheckSettings applied;

    /** One loaded instance per LanguageTool variant in the process: each costs hundreds of MB and seconds to load. */
    private static final Map<String, CompletableFuture<ParagraphChecker>> LOADED =
            new ConcurrentHashMap<>();

    /** Arabic script only: Hunspell's slow suggestions skipped for words that will be dropped as names. */
    private final ArabicSuggestionShortcut arabicShortcut;

    ParagraphChecker(JLanguageTool tool, Language language) {
        this.tool = tool;
        this.language = language;
        this.profile = LanguageProfile.of(language);
        this.arabicShortcut = profile.writtenIn(Character.UnicodeScript.ARABIC)
                ? ArabicSuggestionShortcut.install(tool) : null;
    }

    /**
     * The process-wide checker for a variant such as {@code en-GB}, loading it on the calling thread the first time
     * (other callers for the same variant wait for that load; a failed load is retried by the next caller).
     */
    static ParagraphChecker forVariant(Language language, String variant) {
        CompletableFuture<ParagraphChecker> mine = new CompletableFuture<>();
        CompletableFuture<ParagraphChecker> theirs = LOADED.putIfAbsent(variant, mine);
        if (theirs != null) {
            return theirs.join();
        }
        try {
            mine.complete(new ParagraphChecker(
                    new JLanguageTool(org.languagetool.Languages.getLanguageForShortCode(variant)), language));
        } catch (RuntimeException | Error e) {
            LOADED.remove(variant, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    JLanguageTool tool() {
        return tool;
    }

    /**
     * The findings of one paragraph before the glossary filter (see {@link #accepted}), so they can be cached
     * independently of the glossary, {@code unit} stamped on each. {@code cancelled} is polled between pieces of a
     * long paragraph; when it turns true the check stops with a {@link CancellationException}.
     */
    synchronized List<Finding> check(String paragraph, int unit, LanguageCheckSettings settings,
                                     BooleanSupplier cancelled) {
        apply(settings);
        List<Finding> out = new ArrayList<>();
        if (ScriptCheck.isForeign(paragraph, language, ScriptCheck.NEARLY_ALL_FOREIGN)) {
            Character.UnicodeScript expected = profile.script().orElseThrow();
            out.add(new Finding("script", Severity.INFO, language, unit, 0, paragraph.length(), "", null,
                    "This paragraph is mostly not in " + expected.name().toLowerCase(Locale.ROOT)
                            + " script, so it was not checked as " + language.code() + ".", List.of(),
                    "TRIPTYCH_WRONG_SCRIPT"));
            return out;
        }
        // Arabic only, where text taken from PDFs is known to lose its spaces (decision 0204); a 47,000-letter run in
        // English is a test of long input, not a lost space.
        if (settings.tolerateUnknownNames() && !profile.hasLetterCase() && profile.script().isPresent()
                && LostSpaces.in(paragraph, profile.script().get())) {
            out.add(new Finding("spacing", Severity.INFO, language, unit, 0, paragraph.length(), "", null,
                    "The words of this paragraph run together (spaces lost, as in text taken from some PDFs), so it"
                            + " was not spell-checked: put the spaces back to have it checked.", List.of(),
                    LOST_SPACES));
            return out;
        }
        VisibleText visible = VisibleText.of(paragraph);
        String text = visible.text();
        JLanguageTool.Level level = settings.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT;
        int from = 0;
        while (from < text.length()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Paragraph check made stale");
            }
            int to = chunkEnd(text, from);
            String piece = text.substring(from, to);
            List<RuleMatch> matches;
            try {
                matches = tool.check(new AnnotatedTextBuilder().addText(piece).build(), true,
                        JLanguageTool.ParagraphHandling.NORMAL, null, JLanguageTool.Mode.ALL, level);
            } catch (IOException e) {
                throw new UncheckedIOException("LanguageTool failed on paragraph " + unit, e);
            }
            for (RuleMatch m : matches) {
                Finding f = toFinding(m, piece, from, visible, paragraph, unit, settings);
                if (f != null) {
                    out.add(f);
                }
            }
            from = to;
        }
        return out;
    }

    /**
     * Whether the words a version runs together are grouped ({@link #groupRunTogetherAcrossUnits}): in a language
     * without capitals (Arabic), where text taken from PDFs is known to lose its spaces (decision 0204), and with
     * {@code tolerateUnknownNames}; in English "fourballs" is a word the speller can only split.
     */
    static boolean groupsRunTogetherWords(Language language, LanguageCheckSettings settings) {
        return settings.tolerateUnknownNames() && !LanguageProfile.of(language).hasLetterCase();
    }

    /** {@link #groupRunTogetherAcrossUnits} for the findings of one paragraph. */
    static List<Finding> groupRunTogetherWords(List<Finding> findings) {
        return groupRunTogetherAcrossUnits(java.util.Collections.singletonList(findings), VersionWords.NONE).get(0);
    }

    /**
     * Two or more words of a version that run into the next (بطولتهعلى for بطولته على: the speller's first proposal is
     * the word with one space put in, both parts of two letters or more) are the import's loss, not the writer's
     * slips: one note on the first, naming them all with their paragraphs, instead of a misspelling each. A writer
     * leaves a space out now and then; text that lost its spaces in an import loses them throughout (in 25 of the 36
     * development articles, a few to twenty places each). A single one in the version stays a spelling finding, as a
     * space a writer left out is. A word two letters from one the version writes (تسنوامي, تسونامي elsewhere) is a
     * slip on that word even where the speller can cut it in two (تس نوامي), and stays a spelling finding.
     * {@code units}: the findings of each paragraph in unit order (null for a paragraph not checked yet, left so);
     * the lists returned are the same but for the glued words.
     */
    static List<List<Finding>> groupRunTogetherAcrossUnits(List<List<Finding>> units, VersionWords words) {
        List<Finding> joined = new ArrayList<>();
        java.util.Set<Integer> paragraphs = new java.util.TreeSet<>();
        for (List<Finding> findings : units) {
            if (findings != null) {
                for (Finding f : findings) {
                    if (isRunTogether(f) && !words.writesASwapOf(f.text().strip())) {
                        joined.add(f);
                        paragraphs.add(f.unit());
                    }
                }
            }
        }
        if (joined.size() < 2) {
            return units;
        }
        Finding first = joined.get(0);
        StringBuilder places = new StringBuilder();
        int lastUnit = -1;
        for (Finding f : joined) {
            if (paragraphs.size() > 1 && f.unit() != lastUnit) {
                places.append(places.length() == 0 ? "" : "; ").append("paragraph ").append(f.unit() + 1).append(": ");
            } else if (places.length() > 0) {
                places.append(", ");
            }
            places.append(f.suggestions().get(0));
            lastUnit = f.unit();
        }
        String where = paragraphs.size() > 1 ? " of this version" : " of this paragraph";
        Finding note = new Finding("spacing", Severity.INFO, first.language(), first.unit(), first.start(), first.end(),
                first.text(), null, joined.size() + " words" + where + " run into the next (spaces lost, as in text"
                + " taken from some PDFs): " + places + ".", List.of(first.suggestions().get(0)), RUN_TOGETHER);
        java.util.Set<Finding> glued = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        glued.addAll(joined);
        List<List<Finding>> out = new ArrayList<>(units.size());
        for (List<Finding> findings : units) {
            if (findings == null || findings.stream().noneMatch(glued::contains)) {
                out.add(findings);
                continue;
            }
            List<Finding> kept = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                if (f == first) {
                    kept.add(note);
                } else if (!glued.contains(f)) {
                    kept.add(f);
                }
            }
            out.add(List.copyOf(kept));
        }
        return out;
    }

    static final String RUN_TOGETHER = "TRIPTYCH_SPACE_MISSING";

    private static boolean isRunTogether(Finding f) {
        if (!f.kind().equals("spelling") || f.suggestions().isEmpty() || !isOneWord(f.text())
                || f.ruleId() == null || f.ruleId().startsWith(UNKNOWN_NAME)) {
            return false;
        }
        String word = f.text().strip();
        String first = f.suggestions().get(0);
        int space = first.indexOf(' ');
        return space >= 2 && space == first.lastIndexOf(' ') && first.length() - space - 1 >= 2
                && first.replace(" ", "").equals(word);
    }

    /**
     * The start and end (within {@code covered}) of its only word the speller rejects, where the span holds several
     * words; null otherwise.
     */
    private static int[] onlyUnknownWord(String covered, SpellingCheckRule speller) {
        if (covered.chars().noneMatch(Character::isWhitespace)) {
            return null;
        }
        int[] found = null;
        java.util.regex.Matcher word = Pattern.compile("\\S+").matcher(covered);
        try {
            while (word.find()) {
                if (speller.isMisspelled(word.group())) {
                    if (found != null) {
                        return null;
                    }
                    found = new int[] {word.start(), word.end()};
                }
            }
        } catch (IOException ex) {
            return null;
        }
        return found;
    }

    /** Rule id of the one note on a paragraph whose words run together ({@link LostSpaces}). */
    static final String LOST_SPACES = "TRIPTYCH_WORDS_RUN_TOGETHER";

    /** Whether a finding is on accepted words (every word of its span accepted), so it is not shown. */
    static boolean accepted(Finding f, AcceptedTerms terms) {
        return !f.text().isBlank() && terms.acceptsSpan(f.language(), f.text());
    }

    private Finding toFinding(RuleMatch m, String piece, int offset, VisibleText visible, String paragraph, int unit,
                              LanguageCheckSettings settings) {
        int s = Math.max(0, Math.min(m.getFromPos(), piece.length()));
        // s, e and covered are narrowed below where a span of several words holds one unknown word
        int e = Math.max(s, Math.min(m.getToPos(), piece.length()));
        String covered = piece.substring(s, e);
        Rule rule = m.getRule();
        String kind = kindOf(rule);
        boolean spelling = kind.equals("spelling");
        if (spelling && settings.ignoreForeignScript() && !ScriptCheck.hasLetterIn(covered, language)) {
            return null;
        }
        String ruleId = rule.getId();
        List<String> suggested = m.getSuggestedReplacements();
        if (spelling && arabicShortcut != null && settings.tolerateUnknownNames()
                && rule instanceof SpellingCheckRule speller) {
            int[] only = onlyUnknownWord(covered, speller);
            if (only != null) {
                // "مغني الراب" -> "مغنيا لراب": the speller re-cut two words around the one it does not know. Arabic
                // re-cuts almost any pair (its one-letter words attach anywhere), so the finding is narrowed to that
                // word with its own suggestions and judged as a one-word finding is (names, recurrence, swaps).
                e = s + only[1];
                s = s + only[0];
                covered = piece.substring(s, e);
                suggested = arabicShortcut.oneEditAway(covered);
            }
        }
        if (spelling && rule instanceof SpellingCheckRule speller && settings.tolerateUnknownNames()) {
            if (isCompoundOfKnownWords(covered, speller)
                    || !profile.hasLetterCase() && org.triptych.text.ArabicLetterNames.isLetterName(covered)
                    || arabicShortcut != null && isOneWord(covered)
                    && ArabicInstanceNouns.isInstanceNoun(covered, speller)) {
                return null;
            }
            // A capital at a sentence start says nothing about a name, but a plural acronym's capitals do (AMs), and
            // a language without capitals has no such place.
            if ((!profile.hasLetterCase() || !isSentenceStart(piece, s)
                    || PLURAL_ACRONYM.matcher(covered.strip()).matches())
                    && looksLikeUnknownName(covered, suggested)) {
                // Kept in the cache as a candidate: the glossary stage drops it, or reports it as a slip on a
                // glossary name one edit away (see CheckSession.filter).
                ruleId = UNKNOWN_NAME + ruleId;
            }
        }
        int start = visible.originalStart(offset + s);
        int end = Math.max(start, visible.originalEnd(offset + e));
        if (e == s) {
            end = start;
        }
        List<String> suggestions = suggested;
        if (suggestions.size() > MAX_SUGGESTIONS) {
            suggestions = suggestions.subList(0, MAX_SUGGESTIONS);
        }
        String message = m.getMessage().replaceAll("</?suggestion>", "\"");
        return new Finding(kind, severityOf(kind), language, unit, start, end, paragraph.substring(start, end), null,
                message, suggestions, ruleId);
    }

    /** Rule id prefix of a spelling match taken for an unknown name; never shown as such. */
    static final String UNKNOWN_NAME = "TRIPTYCH_UNKNOWN_NAME:";

    /**
     * The glossary stage: drops findings on accepted words and unknown-name candidates, except a candidate one edit
     * away from a glossary word, which becomes a spelling finding suggesting that glossary form.
     */
    static List<Finding> filter(List<Finding> findings, AcceptedTerms terms) {
        return filter(findings, terms, NameEvidence.NONE, VersionWords.NONE, false);
    }

    /**
     * The glossary stage, then the other versions: a spelling finding on a word another version writes as a name
     * (transliterated) is dropped, unless the word is two letters swapped in a word this version writes as often or
     * more: the versions then disagree, and it is a typo inside the name (Хмэмел beside Хэммел). With
     * {@code otherStandard} (the variant was read from the document, not chosen), a word the speller would write in the
     * other spelling standard (recognisable where the document reads as American) is no misspelling either.
     */
    static List<Finding> filter(List<Finding> findings, AcceptedTerms terms, NameEvidence names, VersionWords words,
                                boolean otherStandard) {
        return filter(findings, terms, names, words, otherStandard, false);
    }

    /**
     * As above; with {@code consistentSpellings} (the {@code tolerateUnknownNames} setting), a spelling finding on a
     * word the version writes again letter for letter is dropped where it looks like a name or a term the dictionary
     * lacks (see {@link #consistentSpelling}).
     */
    static List<Finding> filter(List<Finding> findings, AcceptedTerms terms, NameEvidence names, VersionWords words,
                                boolean otherStandard, boolean consistentSpellings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (accepted(f, terms) || otherStandard && otherStandardsSpelling(f)) {
                continue;
            }
            String id = f.ruleId();
            if (id != null && id.startsWith(UNKNOWN_NAME)) {
                String near = terms.nearMiss(f.text());
                if (near != null) {
                    out.add(new Finding("spelling", Severity.WARNING, f.language(), f.unit(), f.start(), f.end(),
                            f.text(), null, "Possible misspelling of the glossary name \"" + near + "\".",
                            List.of(near), id.substring(UNKNOWN_NAME.length())));
                }
                continue;
            }
            if (consistentSpellings && consistentSpelling(f, words)) {
                continue;
            }
            String namePart = nameOfAKnownName(f);
            if (namePart != null && names != NameEvidence.NONE
                    && names.confirmsName(f.language(), f.unit(), namePart)) {
                continue; // Michael Vann, not Michael Mann: the other versions write Vann
            }
            if (f.kind().equals("spelling") && names != NameEvidence.NONE && isOneWord(f.text())
                    && (!swapOfASuggestion(f) || consistentSpellings && words.writtenAgain(f.text().strip())
                        || preferredToItsSwaps(f, names))
                    && names.confirmsName(f.language(), f.unit(), f.text().strip())) {
                String typoOf = words.transposedFrom(f.text().strip());
                if (typoOf == null) {
                    continue; // a name the other versions write too
                }
                out.add(new Finding(f.kind(), f.severity(), f.language(), f.unit(), f.start(), f.end(), f.text(),
                        f.concept(), "Possible misspelling of \"" + typoOf + "\", written so elsewhere in this"
                        + " version.", List.of(typoOf), f.ruleId()));
                continue;
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    /**
     * A spelling finding on one word that the version writes again, letter for letter: a slip of the fingers is made
     * once, so a recurring spelling is the writer's (a name, a term the dictionary lacks: Palu, fourballs, تسونامي).
     * Dropped in a language without capitals (Arabic: names and words are not told apart by their look), and elsewhere
     * where the speller knows no word one edit away (splits into two words aside; names at a sentence start, terms):
     * a word the writer misspells the same way each time (accomodation, Febuary) still has its word one edit away and
     * stays flagged (a recurring name with a word one edit away needs the other versions too: see {@link #filter}), as
     * does a
     * spelling convention repeated throughout (الذى for الذي, ё and case aside): a suggestion that differs only by
     * hamza seat, alef maqsura or ta marbuta keeps the finding.
     */
    static boolean consistentSpelling(Finding f, VersionWords words) {
        if (!f.kind().equals("spelling") || !isOneWord(f.text())) {
            return false;
        }
        String word = f.text().strip();
        if (!words.writtenAgain(word)) {
            return false;
        }
        if (swapOfASuggestion(f)) {
            // two letters swapped back give a known word: the likeliest slip, and a frequent word slips the same way
            // more than once (أكرث for أكثر twice in one article)
            return false;
        }
        String w = AcceptedTerms.normalise(word);
        for (String s : f.suggestions()) {
            if (AcceptedTerms.normalise(s).equals(w)) {
                return false;
            }
        }
        if (!LanguageProfile.of(f.language()).hasLetterCase()) {
            return true;
        }
        for (String s : f.suggestions()) {
            String x = AcceptedTerms.normalise(s);
            if (x.indexOf(' ') < 0 && EditDistance.atMostOne(w, x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a spelling finding on several capitalised words whose first suggestion is a name LanguageTool knows that
     * differs in one word, not by two letters swapped (Michael Vann -> Michael Mann, from its lists of proper nouns):
     * that word as written; else null. A person of another name is no misspelling of a famous one when the other
     * versions write it; a slip (Europa Leaguge -> Europa League) is not written so by them.
     */
    static String nameOfAKnownName(Finding f) {
        if (!f.kind().equals("spelling") || f.suggestions().isEmpty() || isOneWord(f.text())) {
            return null;
        }
        String[] mine = f.text().strip().split("\\s+");
        String[] theirs = f.suggestions().get(0).strip().split("\\s+");
        if (mine.length != theirs.length) {
            return null;
        }
        String differing = null;
        for (int i = 0; i < mine.length; i++) {
            if (mine[i].isEmpty() || !Character.isUpperCase(mine[i].codePointAt(0))) {
                return null;
            }
            if (!mine[i].equals(theirs[i])) {
                String a = mine[i].toLowerCase(Locale.ROOT);
                String b = theirs[i].toLowerCase(Locale.ROOT);
                // a case (Dechambeau -> DeChambeau) or a swap is the name misspelt, not another name
                if (differing != null || a.equals(b) || EditDistance.isTransposition(a, b)) {
                    return null;
                }
                differing = mine[i];
            }
        }
        return differing;
    }

    /**
     * Whether the speller proposes the word with two neighbouring letters swapped back (Presiednt → President): a
     * slip of the fingers on a word it knows, whatever another version writes.
     */
    private static boolean swapOfASuggestion(Finding f) {
        String w = AcceptedTerms.normalise(f.text().strip());
        for (String s : f.suggestions()) {
            String x = AcceptedTerms.normalise(s);
            if (x.length() == w.length() && EditDistance.isTransposition(w, x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the other versions write the word as a name rather than as any of the speller's proposals that are the
     * word with two neighbours swapped back (شيردان beside Xherdan and Джердан, not شريدان): the swap veto of
     * {@link #filter} is lifted for it. A slip on a word (الأسوط for الأوسط) meets a name beside only by chance, and
     * then no closer than its swap-back does, so it stays.
     */
    private static boolean preferredToItsSwaps(Finding f, NameEvidence names) {
        String word = f.text().strip();
        String w = AcceptedTerms.normalise(word);
        boolean any = false;
        for (String s : f.suggestions()) {
            String x = AcceptedTerms.normalise(s);
            if (x.length() == w.length() && EditDistance.isTransposition(w, x)) {
                if (!names.prefersAsName(f.language(), f.unit(), word, s)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether the speller's first proposal is the word in the language's other spelling standard (recognisable:
     * recognizable). Only the first, only for words of five letters or more, and not where the two are also two
     * letters swapped (aftre / after looks like centre / center): a typo of a short word has many near proposals.
     */
    private static boolean otherStandardsSpelling(Finding f) {
        String word = f.text().strip();
        return f.kind().equals("spelling") && !f.suggestions().isEmpty() && word.length() >= 5
                && LanguageProfile.of(f.language()).isSpellingVariant(word, f.suggestions().get(0))
                && !EditDistance.isTransposition(word, f.suggestions().get(0));
    }

    private static boolean isOneWord(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * Whether {@code at} starts a sentence: only spaces, quotes, brackets and dashes between it and the start of the
     * text or a sentence-ending mark. A capital there says nothing about a name.
     */
    static boolean isSentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || VisibleText.isInvisible(c) || "\"'«»“”„‘’([{—–-".indexOf(c) >= 0) {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '\u061F' || c == '\u06D4';
        }
        return true;
    }

    /**
     * A hyphenated compound whose parts are each correct (странами-участниками, лорда-протектора, open-minded): the
     * speller only lacks the compound. A typo inside a part keeps the match.
     */
    private static boolean isCompoundOfKnownWords(String covered, SpellingCheckRule speller) {
        String word = covered.strip();
        if (word.indexOf('-') <= 0 || word.endsWith("-")) {
            return false;
        }
        try {
            for (String part : word.split("-")) {
                if (part.isEmpty() || speller.isMisspelled(part)) {
                    return false;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    /**
     * A word flagged by the speller that is capitalised (en, ru; any word in Arabic, which has no case) and has no
     * suggestion one edit away is taken for a name LanguageTool does not know, not for a typo: a slip of the finger on
     * a known word leaves that word one edit away, and the speller proposes it.
     */
    private boolean looksLikeUnknownName(String covered, List<String> suggestions) {
        String word = covered.strip();
        if (word.isEmpty()) {
            return false;
        }
        boolean caseless = !profile.hasLetterCase();
        if (!caseless && !hasCapitalisedPart(word)) {
            return false;
        }
        if (!caseless && PLURAL_ACRONYM.matcher(word).matches()) {
            // A plural acronym (AMs, MWPs): the speller proposes the singular one edit away, yet it is no typo.
            return true;
        }
        String w = AcceptedTerms.normalise(word);
        int limit = Math.min(suggestions.size(), 8);
        UnaryOperator<String> nameStem = profile.declinedNameStem().orElse(null);
        for (int i = 0; i < limit; i++) {
            String suggestion = AcceptedTerms.normalise(suggestions.get(i));
            if (!caseless && suggestion.indexOf(' ') >= 0) {
                // "Яр мук" for Ярмук: splitting a name is no evidence of a typo. Not so in Arabic, where one-letter
                // words (و ب ل ك ف) make a split one edit from most typos: measured, skipping splits there lost
                // 7 points of typo recall.
                continue;
            }
            if (nameStem != null && nameStem.apply(suggestion).equals(nameStem.apply(w))) {
                // Эрдогана for Эрдоган, Кромвеля for Кромвель: a case form of a name the dictionary has only
                // in another case
                return true;
            }
            if (EditDistance.atMostOne(w, suggestion)) {
                return false;
            }
        }
        return true;
    }

    /** The word or one of its hyphen parts starts with a capital (al-Jubouri, аль-Джубури, anti-Erdogan). */
    private static boolean hasCapitalisedPart(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");

    static String kindOf(Rule rule) {
        ITSIssueType type = rule.getLocQualityIssueType();
        if (rule instanceof SpellingCheckRule || type == ITSIssueType.Misspelling) {
            return "spelling";
        }
        String category = rule.getCategory() == null ? "" : rule.getCategory().getId().toString();
        if (type == ITSIssueType.Style || type == ITSIssueType.Register || type == ITSIssueType.LocaleViolation
                || type == ITSIssueType.Typographical || type == ITSIssueType.Whitespace
                || STYLE_CATEGORIES.contains(category)) {
            return "style";
        }
        return "grammar";
    }

    private static final Set<String> STYLE_CATEGORIES = Set.of("STYLE", "REDUNDANCY", "TYPOGRAPHY", "PLAIN_ENGLISH",
            "WRITING_STYLE", "REPETITIONS_STYLE", "AMERICAN_ENGLISH_STYLE", "BRITISH_ENGLISH_STYLE");

    static Severity severityOf(String kind) {
        return kind.equals("style") ? Severity.INFO : Severity.WARNING;
    }

    /** End of the piece starting at {@code from}: the whole rest if short, else the last sentence end or space. */
    static int chunkEnd(String text, int from) {
        int hardEnd = from + MAX_CHUNK;
        if (hardEnd >= text.length()) {
            return text.length();
        }
        int floor = from + MAX_CHUNK / 2;
        for (int i = hardEnd - 1; i > floor; i--) {
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            if (Character.isWhitespace(c) && (prev == '.' || prev == '!' || prev == '?' || prev == '\u061F'
                    || prev == '\u06D4' || prev == '\u2026')) {
                return i + 1;
            }
        }
        for (int i = hardEnd - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        // No space at all (a 50,000-letter token): cut anyway, never inside a surrogate pair.
        return Character.isLowSurrogate(text.charAt(hardEnd)) ? hardEnd - 1 : hardEnd;
    }

    /** Brings the instance's enabled rules and categories in line with {@code settings} (cheap when unchanged). */
    private void apply(LanguageCheckSettings settings) {
        if (settings.equals(applied)) {
            return;
        }
        if (arabicShortcut != null) {
            arabicShortcut.setEnabled(settings.tolerateUnknownNames());
        }
        if (applied != null) {
            for (String id : applied.disabledRules()) {
                tool.enableRule(id);
            }
            for (String id : applied.enabledRules()) {
                tool.disableRule(id);
            }
            for (String id : applied.disabledCategories()) {
                tool.enableRuleCategory(new CategoryId(id));
            }
        }
        Set<String> known = new HashSet<>();
        for (Rule r : tool.getAllRules()) {
            known.add(r.getId());
        }
        for (String id : settings.disabledRules()) {
            tool.disableRule(id);
        }
        for (String id : settings.enabledRules()) {
            if (known.contains(id)) {
                tool.enableRule(id);
            }
        }
        for (String id : settings.disabledCategories()) {
            tool.disableCategory(new CategoryId(id));
        }
        applied = settings;
    }
}
