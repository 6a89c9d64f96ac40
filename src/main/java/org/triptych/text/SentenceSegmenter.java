package org.triptych.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.languagetool.tokenizers.SRXSentenceTokenizer;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.triptych.model.Language;
import org.triptych.model.Sentence;

/**
 * Splits a paragraph into sentences with character offsets.
 *
 * <p>LanguageTool's SRX rules do the first cut: they already know most abbreviations of English and Russian
 * (U.N., Mr., т.е., г.) and the Arabic question mark. We then repair the cases that matter in news text and that SRX
 * still gets wrong: a "sentence" that starts with a lower-case letter is almost always the tail of an abbreviation
 * ("2024 г. в Женеве"), so it is glued back, as is a piece after one of the language profile's abbreviations that
 * never end a sentence (Mr., т.е., M.). Languages without a LanguageTool module fall back to a punctuation rule.
 */
public final class SentenceSegmenter {

    private final Language language;
    /**
     * One SRX tokenizer per thread: it keeps state while it splits, and one shared tokenizer behind a lock made a
     * batch's workers take turns (with two workers each spent up to half its time waiting there). Null: use the
     * punctuation fallback.
     */
    private final ThreadLocal<SentenceTokenizer> tokenizer;
    private final Set<String> abbreviations;

    private SentenceSegmenter(Language language, Supplier<SentenceTokenizer> tokenizers, Set<String> abbreviations) {
        this.language = language;
        this.tokenizer = tokenizers == null ? null : ThreadLocal.withInitial(tokenizers);
        this.abbreviations = abbreviations;
    }

    /** The segmenter for a language (its profile's); instances are shared and thread-safe. */
    public static SentenceSegmenter forLanguage(Language language) {
        return LanguageProfile.of(language).sentenceSegmenter();
    }

    /** A new segmenter with the profile's LanguageTool rules, if it has a module, and its abbreviations. */
    static SentenceSegmenter of(LanguageProfile profile) {
        org.languagetool.Language lt = profile.languageTool()
                .map(setup -> LanguageToolLanguages.forCode(setup.defaultVariant())).orElse(null);
        // the tokenizer LanguageTool itself gives the language, made once per thread
        return new SentenceSegmenter(profile.language(), lt == null ? null : () -> new SRXSentenceTokenizer(lt),
                profile.abbreviations());
    }

    public Language language() {
        return language;
    }

    /** Sentences of {@code paragraph}, in order, each trimmed of surrounding white space; empty for blank text. */
    public List<Sentence> split(String paragraph) {
        List<int[]> spans = tokenizer == null ? punctuationSpans(paragraph) : srxSpans(paragraph);
        List<int[]> merged = mergeFalseBreaks(paragraph, spans);
        List<Sentence> out = new ArrayList<>(merged.size());
        for (int[] s : merged) {
            out.add(new Sentence(s[0], s[1], paragraph.substring(s[0], s[1])));
        }
        return out;
    }

    private List<int[]> srxSpans(String text) {
        List<String> pieces;
        pieces = tokenizer.get().tokenize(text);
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        for (String piece : pieces) {
            int at = text.startsWith(piece, pos) ? pos : text.indexOf(piece, pos);
            if (at < 0) { // the tokenizer changed the text: never lose characters, fall back
                return punctuationSpans(text);
            }
            addTrimmed(text, at, at + piece.length(), spans);
            pos = at + piece.length();
        }
        if (pos < text.length()) {
            addTrimmed(text, pos, text.length(), spans);
        }
        return spans;
    }

    /** Ends a sentence after . ! ? … ؟ (and closing quotes or brackets) followed by white space. */
    static List<int[]> punctuationSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '。') {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
                    addTrimmed(text, start, end, spans);
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        addTrimmed(text, start, text.length(), spans);
        return spans;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '.'
                || c == '!' || c == '?';
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new int[] {start, end});
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Glues a piece to the previous one when it cannot start a sentence: it begins with a lower-case letter (the
     * previous one ended in an abbreviation), or the previous piece ends in a known abbreviation that never ends a
     * sentence in news text (Mr., Dr., т.е.).
     */
    private List<int[]> mergeFalseBreaks(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                String prevText = text.substring(prev[0], prev[1]);
                if (startsLowerCase(text, s[0]) || endsWithAbbreviation(prevText)) {
                    prev[1] = s[1];
                    continue;
                }
            }
            out.add(new int[] {s[0], s[1]});
        }
        return out;
    }

    /**
     * Whether the sentence's last word is one of the language's abbreviations that are followed by a name or a number
     * (an opening bracket or quote before it ignored).
     */
    private boolean endsWithAbbreviation(String sentence) {
        if (abbreviations.isEmpty()) {
            return false;
        }
        int space = Math.max(sentence.lastIndexOf(' '), sentence.lastIndexOf('\u00a0'));
        String last = sentence.substring(space + 1).toLowerCase(Locale.ROOT);
        if (last.startsWith("(") || last.startsWith("«") || last.startsWith("\"")) {
            last = last.substring(1);
        }
        return abbreviations.contains(last);
    }

    /**
     * Whether the piece's first letter is lower case, looking past dashes and spaces: in Russian the attribution
     * after a quoted question ("«…?» — сказал он.") is part of the same sentence.
     */
    private static boolean startsLowerCase(String text, int at) {
        int i = at;
        while (i < text.length() && "—–- \u00A0".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.codePointAt(i));
    }
}
