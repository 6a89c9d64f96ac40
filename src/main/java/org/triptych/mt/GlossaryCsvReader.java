package org.triptych.mt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Language;

/**
 * A small glossary format for drafts until the terminology engine's readers are wired: UTF-8 CSV whose header
 * names language codes ({@code en,ar,ru}) and whose rows are one concept each, e.g.
 * {@code Security Council,مجلس الأمن,Совет Безопасности}. Quoted fields with doubled quotes are allowed;
 * empty cells mean no term in that language.
 */
public final class GlossaryCsvReader {

    private GlossaryCsvReader() {
    }

    /** The entries from {@code from} into each of {@code targets}. Problems name the file and line. */
    public static Glossary read(Path file, Language from, List<Language> targets) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": the glossary is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = parse(text, file);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": the glossary is empty (expected a header such as en,ar,ru)");
        }
        List<Language> columns = new ArrayList<>();
        for (String h : rows.get(0)) {
            try {
                columns.add(Language.of(h.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ", line 1: '" + h + "' is not a language code (expected e.g. en,ar,ru)");
            }
        }
        int fromCol = columns.indexOf(from);
        if (fromCol < 0) {
            throw new IllegalArgumentException(file + ": no column for the source language " + from.code());
        }
        Glossary.Builder b = Glossary.builder();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() > columns.size()) {
                throw new IllegalArgumentException(file + ", line " + (r + 1) + ": " + row.size() + " fields, the header has "
                        + columns.size());
            }
            String source = fromCol < row.size() ? row.get(fromCol).strip() : "";
            if (source.isEmpty()) {
                continue;
            }
            for (Language to : targets) {
                int c = columns.indexOf(to);
                if (c >= 0 && c < row.size() && !row.get(c).isBlank()) {
                    b.add(from, to, source, row.get(c));
                }
            }
        }
        return b.build();
    }

    /** RFC 4180 fields; blank lines skipped. Rows are counted by physical line for messages (quoted breaks aside). */
    static List<List<String>> parse(String text, Path file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ", line " + line + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
