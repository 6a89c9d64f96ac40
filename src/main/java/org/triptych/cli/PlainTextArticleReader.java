package org.triptych.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.model.Sentence;
import org.triptych.text.SentenceSegmenter;

/**
 * Reads a UTF-8 plain-text article: paragraphs are the non-empty blocks between blank lines (paragraph i is the i-th
 * non-empty block; the lines of a block are joined with a space), split into sentences by the segmenter. Also the
 * exact line reader for presegmented input, where line i is unit i.
 */
final class PlainTextArticleReader implements ArticleReader {

    @Override
    public DocumentVersion read(Path file, Language language, java.util.function.Consumer<String> warnings)
            throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (java.util.Set.of("docx", "odt", "rtf", "pdf", "html", "htm", "xhtml", "doc").contains(ext)) {
            throw new IOException(file + " is a ." + ext + " document; this reader takes plain-text (.txt) articles"
                    + " only: save it as UTF-8 text, or use a build whose import handles ." + ext);
        }
        String text = readUtf8(file);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : blocks(text)) {
            List<Sentence> sentences = SentenceSegmenter.forLanguage(language).split(block);
            if (sentences.isEmpty()) {
                sentences = List.of(new Sentence(0, block.length(), block));
            }
            paragraphs.add(new Paragraph(block, ParagraphKind.BODY, sentences));
        }
        return new DocumentVersion(language, file.toString(), paragraphs);
    }

    static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /** The non-empty blocks of a text separated by blank lines, each trimmed, its lines joined by a space. */
    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(t);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** One unit per line, index = line number (a final line break does not start another unit). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
