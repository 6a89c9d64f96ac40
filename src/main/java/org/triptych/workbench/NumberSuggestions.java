package org.triptych.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.text.NumberStyle;

/**
 * Number findings suggest the English number; before a person sees or applies one it is written the way the version
 * writes its own numbers ({@link NumberStyle}) — its separators, and the digits of the number it replaces: Arabic that
 * writes 4300 and 6000 but ١٢٠٥ here is offered ١٢٥٠ there, not "1,250".
 */
final class NumberSuggestions {

    private NumberSuggestions() {
    }

    static List<Finding> restyled(List<Finding> findings, Article article) {
        Map<Language, NumberStyle> styles = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!f.kind().equals("number") || f.suggestions().isEmpty() || f.language().equals(Language.ENGLISH)) {
                out.add(f);
                continue;
            }
            NumberStyle style = styles.computeIfAbsent(f.language(), l -> NumberStyle.of(
                    article.version(l).map(DocumentVersion::paragraphTexts).orElse(List.of())));
            List<String> suggestions = f.suggestions().stream().map(x -> style.writeLike(x, f.text())).toList();
            out.add(new Finding(f.kind(), f.severity(), f.language(), f.unit(), f.start(), f.end(), f.text(), f.concept(),
                    f.message(), suggestions, f.ruleId()));
        }
        return out;
    }
}
