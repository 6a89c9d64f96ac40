package org.triptych.io.export;

import org.triptych.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes TMX 1.4b translation memories: one {@code tu} per aligned row holding a {@code tuv} per language that has
 * text in it. UTF-8; text is escaped and characters that XML 1.0 forbids (most C0 controls, unpaired surrogates,
 * U+FFFE/U+FFFF) are dropped, since no escape can carry them.
 */
public final class TmxWriter {

    /** The text of one language variant of a translation unit. */
    public record Variant(String language, String text) {
        public Variant {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }
    }

    /** One translation unit: its variants, in output order. */
    public record Unit(List<Variant> variants) {
        public Unit {
            variants = List.copyOf(variants);
        }
    }

    private final String toolVersion;

    public TmxWriter(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /**
     * Writes the units to {@code file} atomically (a temporary file next to it, then a rename).
     *
     * @param segtype "sentence" or "paragraph" (TMX also allows "block" and "phrase")
     */
    public void write(Path file, String sourceLanguage, String segtype, List<Unit> units) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(w, sourceLanguage, segtype, units);
            w.flush();
        });
    }

    public void write(Writer out, String sourceLanguage, String segtype, List<Unit> units) throws IOException {
        if (!List.of("sentence", "paragraph", "block", "phrase").contains(segtype)) {
            throw new IllegalArgumentException("TMX segtype must be sentence, paragraph, block or phrase: " + segtype);
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.write("<tmx version=\"1.4\">\n");
        out.write("  <header creationtool=\"Triptych\" creationtoolversion=\"" + escape(toolVersion)
                + "\" segtype=\"" + segtype + "\" o-tmf=\"Triptych\" adminlang=\"en\" srclang=\""
                + escape(sourceLanguage) + "\" datatype=\"plaintext\"/>\n");
        out.write("  <body>\n");
        for (Unit u : units) {
            if (u.variants().isEmpty()) {
                continue; // a tu needs at least one tuv
            }
            out.write("    <tu>\n");
            for (Variant v : u.variants()) {
                out.write("      <tuv xml:lang=\"" + escape(v.language()) + "\"><seg>" + escape(v.text())
                        + "</seg></tuv>\n");
            }
            out.write("    </tu>\n");
        }
        out.write("  </body>\n");
        out.write("</tmx>\n");
    }

    /** Escapes markup characters and drops characters XML 1.0 does not allow. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isSurrogate(s.charAt(i)) && width == 1) {
                i++; // unpaired surrogate
                continue;
            }
            i += width;
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }
}
