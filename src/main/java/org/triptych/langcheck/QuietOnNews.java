package org.triptych.langcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triptych.model.Language;

/**
 * LanguageTool rules and categories the tuned settings switch off on top of the language profile's, read from
 * {@code quiet-on-news.txt} beside this class (which says why each is off). Kept in the language checks, not in the
 * profiles: they are facts about LanguageTool's advice on news prose, not about the language.
 */
final class QuietOnNews {

    private static final String RESOURCE = "quiet-on-news.txt";
    private static final Map<String, Set<String>> RULES = new HashMap<>();
    private static final Map<String, Set<String>> CATEGORIES = new HashMap<>();

    static {
        try (InputStream in = QuietOnNews.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f.length != 3 || !(f[1].equals("rule") || f[1].equals("category"))) {
                    throw new IllegalStateException(RESOURCE + ": cannot read the line \"" + t + "\"");
                }
                (f[1].equals("rule") ? RULES : CATEGORIES).computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QuietOnNews() {
    }

    static Set<String> offRules(Language language) {
        return Set.copyOf(RULES.getOrDefault(language.code(), Set.of()));
    }

    static Set<String> offCategories(Language language) {
        return Set.copyOf(CATEGORIES.getOrDefault(language.code(), Set.of()));
    }
}
