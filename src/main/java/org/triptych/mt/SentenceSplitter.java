package org.triptych.mt;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Language;

/**
 * Splits an oversized paragraph into sentences so it can be sent in pieces rather than truncated. A seam: the
 * lead wires {@code org.triptych.text.SentenceSegmenter} here at merge; {@link #SIMPLE} is a stand-in that cuts
 * after . ! ? … and the Arabic question mark when followed by a space.
 */
@FunctionalInterface
public interface SentenceSplitter {

    SentenceSplitter SIMPLE = (language, text) -> {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '۔';
            if (end && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                String s = text.substring(start, i + 1).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    };

    /** The sentences of {@code text}, stripped, in order; a text without boundaries comes back whole. */
    List<String> split(Language language, String text);
}
