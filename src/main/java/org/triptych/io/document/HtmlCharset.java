package org.triptych.io.document;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of a web page's bytes, decided as browsers do: a byte-order mark first, then the charset the
 * server's Content-Type header declared, then a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}
 * near the top of the page; a page declaring none is read as UTF-8 when its bytes are valid UTF-8, else by
 * {@link TextDecoder}'s guess among the legacy code pages of our languages (Windows-1256, Windows-1251, KOI8-R...).
 * ISO-8859-1 and US-ASCII declarations are read as Windows-1252, as browsers do.
 */
public final class HtmlCharset {

    /** The charset and where it came from ("byte-order mark", "HTTP header", "meta tag", "guess"). */
    public record Decision(Charset charset, String from) {
    }

    /** Browsers look at the first 1,024 bytes; real pages put their meta tag later than that, so we look further. */
    private static final int PRESCAN_BYTES = 16 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    public static Decision of(byte[] page, String headerCharset) {
        if (page.length >= 3 && (page[0] & 0xFF) == 0xEF && (page[1] & 0xFF) == 0xBB && (page[2] & 0xFF) == 0xBF) {
            return new Decision(StandardCharsets.UTF_8, "byte-order mark");
        }
        if (page.length >= 2 && (page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF) {
            return new Decision(StandardCharsets.UTF_16BE, "byte-order mark");
        }
        if (page.length >= 2 && (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE) {
            return new Decision(StandardCharsets.UTF_16LE, "byte-order mark");
        }
        Optional<Charset> header = named(headerCharset);
        if (header.isPresent()) {
            return new Decision(header.get(), "HTTP header");
        }
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Optional<Charset> meta = named(m.group(1));
            if (meta.isPresent()) {
                // a page that says UTF-16 in an ASCII-compatible meta tag is not UTF-16 (the tag could not be read)
                Charset cs = meta.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : meta.get();
                return new Decision(cs, "meta tag");
            }
        }
        return new Decision(TextDecoder.decode(page).charset(), "guess");
    }

    static Optional<Charset> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
