package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triptych.align.AlignOptions;
import org.triptych.align.ParagraphAligner;
import org.triptych.align.ParagraphAlignment;
import org.triptych.align.PreparedEnglish;
import org.triptych.align.SentenceAligner;
import org.triptych.io.document.PlainTextVersions;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Sentence;
import org.triptych.text.SentenceSegmenter;

/**
 * One version as the alignment commands see it: its paragraphs as lists of sentences, or, for presegmented sentence
 * input, just its lines. Shared by {@code align} and {@code eval-align} so that both align exactly alike.
 */
record AlignmentInputs(Language language, List<List<String>> paragraphs, List<String> paragraphTexts,
                       List<String> lines) {

    /** Reads a version for the given level; presegmented files have one unit per line. */
    static AlignmentInputs read(Path file, Language language, AlignmentLevel level, boolean presegmented,
                                ArticleReader reader, java.util.function.Consumer<String> warnings)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No such file: " + file);
        }
        if (presegmented) {
            List<String> lines = PlainTextVersions.lines(file);
            if (level == AlignmentLevel.SENTENCE) {
                return new AlignmentInputs(language, null, null, lines);
            }
            // One paragraph per line: split each into sentences for the sentence-first paragraph alignment.
            List<List<String>> paragraphs = new ArrayList<>();
            for (String line : lines) {
                paragraphs.add(sentencesOf(line, language));
            }
            return new AlignmentInputs(language, paragraphs, lines, null);
        }
        return of(reader.read(file, language, warnings));
    }

    /** A version already read (a web page, say) as the alignment sees it: paragraphs as lists of sentences. */
    static AlignmentInputs of(DocumentVersion v) {
        Language language = v.language();
        List<List<String>> paragraphs = new ArrayList<>();
        for (Paragraph p : v.paragraphs()) {
            List<String> s = new ArrayList<>();
            for (Sentence x : p.sentences()) {
                s.add(x.text());
            }
            if (s.isEmpty()) {
                s.add(p.text());
            }
            paragraphs.add(s);
        }
        return new AlignmentInputs(language, paragraphs, v.paragraphTexts(), null);
    }

    private static List<String> sentencesOf(String paragraph, Language language) {
        List<String> out = new ArrayList<>();
        for (Sentence s : SentenceSegmenter.forLanguage(language).split(paragraph)) {
            out.add(s.text());
        }
        if (out.isEmpty()) {
            out.add(paragraph);
        }
        return out;
    }

    int unitCount(AlignmentLevel level) {
        if (lines != null) {
            return lines.size();
        }
        return level == AlignmentLevel.PARAGRAPH ? paragraphs.size() : paragraphs.stream().mapToInt(List::size).sum();
    }

    /** The texts of the units at a level, in index order. */
    List<String> unitTexts(AlignmentLevel level) {
        if (lines != null) {
            return lines;
        }
        if (level == AlignmentLevel.PARAGRAPH) {
            return paragraphTexts;
        }
        List<String> out = new ArrayList<>();
        paragraphs.forEach(out::addAll);
        return out;
    }

    /** Aligns a target version with English at a level. */
    static List<Bead> align(AlignmentInputs english, AlignmentInputs target, AlignmentLevel level, AlignOptions options) {
        return align(english, english.prepare(), target, level, options);
    }

    /** This (English) version prepared once for aligning every target with it. */
    PreparedEnglish prepare() {
        return lines != null ? PreparedEnglish.ofUnits(lines) : PreparedEnglish.ofParagraphs(paragraphs);
    }

    /** Aligns a target version with English at a level; {@code prepared} is {@code english.prepare()}. */
    static List<Bead> align(AlignmentInputs english, PreparedEnglish prepared, AlignmentInputs target,
                            AlignmentLevel level, AlignOptions options) {
        if (english.lines != null && target.lines != null) {
            return new SentenceAligner().align(prepared, target.lines, null, target.language, options);
        }
        if (english.paragraphs == null || target.paragraphs == null) {
            throw new IllegalArgumentException("Both versions must be read the same way");
        }
        ParagraphAlignment a = new ParagraphAligner().align(prepared, target.paragraphs, target.language, options);
        return level == AlignmentLevel.PARAGRAPH ? a.paragraphs() : a.sentences();
    }

    static AlignmentLevel parseLevel(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "paragraph" -> AlignmentLevel.PARAGRAPH;
            case "sentence" -> AlignmentLevel.SENTENCE;
            default -> throw new IllegalArgumentException("--level must be paragraph or sentence, not '" + s + "'");
        };
    }
}
