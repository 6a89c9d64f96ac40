package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/**
 * The project's own sample article (written by the sample helper, on main after merge) with its gold paragraph
 * alignment: every deliberate slip of its key is found and nothing else is reported. Skipped while the sample
 * article and glossaries are not in this checkout.
 */
class SampleArticleTest {

    private static final String AR_GOLD = "[[[0],[0]],[[1],[1]],[[2,3],[2]],[[4],[3]],[[5],[4]],[[6],[5]],[[7],[6]],"
            + "[[8],[7]],[[9],[8]],[[10],[9]],[[11],[]],[[12],[10]],[[13],[11]]]";
    private static final String RU_GOLD = "[[[0],[0]],[[1],[1]],[[2],[2]],[[3],[3]],[[4],[4]],[[5],[5]],[[6],[6]],"
            + "[[7,8],[7]],[[9],[8,9]],[[10],[10]],[[11],[11]],[[12],[12]],[[13],[13]]]";

    @Test
    void findsEverySlipOfTheKeyAndNothingElse() throws Exception {
        Path sample = Path.of("glossaries/sample.tbx");
        Path starter = Path.of("glossaries/starter-news.tbx");
        assumeTrue(Files.isRegularFile(sample) && getClass().getResource("/org/triptych/sample/article-en.txt") != null,
                "sample article and glossary not in this checkout yet");
        List<GlossaryLoad> loads = new ArrayList<>(List.of(GlossaryFiles.read(sample)));
        if (Files.isRegularFile(starter)) {
            loads.add(GlossaryFiles.read(starter));
        }
        TranslationChecker checker = new TranslationChecker(new GlossaryMerger().merge(loads).glossary());
        DocumentVersion en = article(Language.ENGLISH);
        List<String> got = new ArrayList<>();
        for (Language l : List.of(Language.ARABIC, Language.RUSSIAN)) {
            Alignment a = new Alignment(l, AlignmentLevel.PARAGRAPH, beads(l == Language.ARABIC ? AR_GOLD : RU_GOLD));
            for (Finding f : checker.check(l, BeadUnits.of(a, en, article(l)), true)) {
                got.add(f.language() + " " + f.unit() + " " + f.kind() + " " + f.start() + "-" + f.end() + " "
                        + f.concept() + " " + f.suggestions());
            }
        }
        assertEquals(List.of(
                "ar 4 deprecated 5-14 c-erik-halvorsen [هالفورسن]",
                "ar 5 number 135-139 null [1,250]",
                "ar 10 missing 0-0 c-icrc [اللجنة الدولية للصليب الأحمر]",
                "ar 11 omission 0-0 null []",
                "ru 6 deprecated 201-212 c-erik-halvorsen [Халворсена, Халворсен]",
                "ru 12 inconsistent 13-27 c-saqr-brigades [Бригады ас-Сакр]"), got);
    }

    private static DocumentVersion article(Language l) throws Exception {
        try (InputStream in = SampleArticleTest.class.getResourceAsStream("/org/triptych/sample/article-" + l.code() + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Paragraph> ps = new ArrayList<>();
            for (String p : text.split("\n\n")) {
                ps.add(Paragraph.unsegmented(p.strip()));
            }
            return new DocumentVersion(l, "sample", ps);
        }
    }

    private static List<Bead> beads(String json) {
        List<Bead> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\[\\[([0-9,]*)],\\[([0-9,]*)]]").matcher(json);
        while (m.find()) {
            out.add(Bead.of(ints(m.group(1)), ints(m.group(2)), 1));
        }
        return out;
    }

    private static List<Integer> ints(String s) {
        List<Integer> out = new ArrayList<>();
        for (String x : s.split(",")) {
            if (!x.isEmpty()) {
                out.add(Integer.parseInt(x));
            }
        }
        return out;
    }
}
