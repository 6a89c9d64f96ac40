package org.triptych.io.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a plain-text file whose encoding nobody told us.
 *
 * <p>Order: a byte-order mark decides; then UTF-16 without a mark is recognised by its byte lanes (Tika's detector
 * turns it into garbage); then strict UTF-8; then the legacy code pages of our languages are scored by how
 * plausible the decoded letters are. Windows-1251 and KOI8-R both decode Russian into Cyrillic, but with the case
 * swapped: the right one gives mostly lower-case letters. Windows-1256 and ISO-8859-6 share most Arabic letters, but
 * each turns the other's into Latin accented letters or unmapped bytes.
 */
final class TextDecoder {

    /** The result: the text and the charset that produced it (reported to the person for transparency). */
    record Decoded(String text, Charset charset) {
    }

    private static final List<Charset> LEGACY = List.of(
            Charset.forName("windows-1256"), Charset.forName("ISO-8859-6"),
            Charset.forName("windows-1251"), Charset.forName("KOI8-R"));

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset best = Charset.forName("windows-1252");
        double bestScore = 0;
        for (Charset cs : LEGACY) {
            double score = plausibility(new String(bytes, cs));
            if (score > bestScore) {
                bestScore = score;
                best = cs;
            }
        }
        return new Decoded(new String(bytes, best), best);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * In UTF-16 text of our scripts the high byte of nearly every code unit is one of a few values (0x00 for Latin
     * and punctuation, 0x04 for Cyrillic, 0x06 for Arabic, 0x20 for quotes and dashes); the low byte varies.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i < n; i += 2) {
            if (isHighByte(b[i])) {
                evenHigh++;
            }
            if (isHighByte(b[i + 1])) {
                oddHigh++;
            }
        }
        int units = n / 2;
        if (evenHigh > units * 0.9 && oddHigh < units * 0.5) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddHigh > units * 0.9 && evenHigh < units * 0.5) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isHighByte(byte v) {
        return v == 0x00 || v == 0x04 || v == 0x06 || v == 0x20;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Rewards Arabic letters and lower-case Cyrillic, penalises what wrong decodings produce. */
    static double plausibility(String s) {
        double score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c >= '\u0621' && c <= '\u064A') {
                score += 1;
            } else if (c >= '\u0430' && c <= '\u044F' || c == 'ё') {
                score += 1;
            } else if (c >= '\u0410' && c <= '\u042F' || c == 'Ё') {
                score += 0.2;
            } else if (c == '\uFFFD' || c < 0xA0 || Character.isISOControl(c)) {
                score -= 2;
            } else if (Character.isLetter(c)) {
                score -= 1; // Latin accented letters between Arabic ones, stray symbols
            }
        }
        return score;
    }
}
