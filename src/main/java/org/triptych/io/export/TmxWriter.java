package org.triptych.io.export;

import org.triptych.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.triptych.model.LinkStatus;

/**
 * Writes TMX 1.4b translation memories: one {@code tu} per aligned row holding a {@code tuv} per language that has
 * text in it. UTF-8; text is escaped and characters that XML 1.0 forbids (most C0 controls, unpaired surrogates,
 * U+FFFE/U+FFFF) are dropped, since no escape can carry them.
 *
 * <p>Every unit says where it came from, as CAT tools expect of a memory they import: {@code tuid} (the caller's id
 * or the unit's position), {@code creationdate} (the export's time, UTC, {@code YYYYMMDDThhmmssZ}),
 * {@code creationtool}/{@code creationtoolversion}, and, where the caller knows them, properties for the link's
 * status ({@code x-link-status}: confirmed, automatic, review) and for a variant that is still a machine draft
 * ({@code x-machine-draft}: the provider's name). TMX leaves property types to tools, with {@code x-} for our own.
 */
public final class TmxWriter {

    /** TMX's own date form, in UTC. */
    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * The text of one language variant of a translation unit.
     *
     * @param machineDraftBy the MT provider whose unedited draft this text is, or null for a person's text
     */
    public record Variant(String language, String text, String machineDraftBy) {
        public Variant {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }

        public Variant(String language, String text) {
            this(language, text, null);
        }
    }

    /**
     * One translation unit: its variants, in output order.
     *
     * @param id     written as {@code tuid}; null for the unit's position (1, 2, ...)
     * @param status the status of the link the unit comes from, or null when the caller has none
     */
    public record Unit(List<Variant> variants, String id, LinkStatus status) {
        public Unit {
            variants = List.copyOf(variants);
        }

        public Unit(List<Variant> variants) {
            this(variants, null, null);
        }
    }

    private final String toolVersion;
    private final Clock clock;

    public TmxWriter(String toolVersion) {
        this(toolVersion, Clock.systemUTC());
    }

    public TmxWriter(String toolVersion, Clock clock) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        String now = TMX_DATE.format(clock.instant());
        String tool = "creationtool=\"Triptych\" creationtoolversion=\"" + escape(toolVersion) + "\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.write("<tmx version=\"1.4\">\n");
        out.write("  <header " + tool + " segtype=\"" + segtype + "\" o-tmf=\"Triptych\" adminlang=\"en\" srclang=\""
                + escape(sourceLanguage) + "\" datatype=\"plaintext\" creationdate=\"" + now + "\"/>\n");
        out.write("  <body>\n");
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Unit u : units) {
            position++;
            if (u.variants().isEmpty()) {
                continue; // a tu needs at least one tuv
            }
            String id = u.id() != null && !u.id().isBlank() ? u.id() : String.valueOf(position);
            if (!ids.add(id)) {
                throw new IllegalArgumentException("Two units with the id " + id);
            }
            out.write("    <tu tuid=\"" + escape(id) + "\" " + tool + " creationdate=\"" + now + "\">\n");
            if (u.status() != null) {
                out.write("      <prop type=\"x-link-status\">" + u.status().name().toLowerCase(Locale.ROOT) + "</prop>\n");
            }
            for (Variant v : u.variants()) {
                out.write("      <tuv xml:lang=\"" + escape(v.language()) + "\">");
                if (v.machineDraftBy() != null) {
                    out.write("<prop type=\"x-machine-draft\">" + escape(v.machineDraftBy()) + "</prop>");
                }
                out.write("<seg>" + escape(v.text()) + "</seg></tuv>\n");
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
