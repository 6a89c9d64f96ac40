package org.triptych.io.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs what PDF text extraction does to right-to-left text. The text layer holds glyphs in visual order; after
 * reordering to logical order, mirrored punctuation keeps its visual glyph, so an Arabic quotation reads
 * {@code »نتوقع«} instead of {@code «نتوقع»}. In a block that is mostly right-to-left, a pair whose closing sign comes
 * before its opening sign has been mirrored and is swapped back.
 */
final class PdfText {

    private static final char[][] PAIRS = {{'«', '»'}, {'(', ')'}, {'[', ']'}, {'‹', '›'}};

    private PdfText() {
    }

    static List<TextBlock> repairRightToLeft(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            out.add(mostlyRightToLeft(b.text()) ? new TextBlock(unmirror(b.text()), b.heading(), b.page()) : b);
        }
        return out;
    }

    static String unmirror(String text) {
        String s = text;
        for (char[] pair : PAIRS) {
            int open = s.indexOf(pair[0]);
            int close = s.indexOf(pair[1]);
            if (close >= 0 && (open < 0 || close < open)) {
                StringBuilder sb = new StringBuilder(s.length());
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    sb.append(c == pair[0] ? pair[1] : c == pair[1] ? pair[0] : c);
                }
                s = sb.toString();
            }
        }
        return s;
    }

    private static boolean mostlyRightToLeft(String text) {
        int rtl = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                    rtl++;
                }
            }
        }
        return letters > 0 && rtl * 2 > letters;
    }
}
