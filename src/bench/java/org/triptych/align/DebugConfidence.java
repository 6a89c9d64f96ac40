package org.triptych.align;

import com.fasterxml.jackson.databind.*;
import java.nio.file.*;
import java.util.*;
import org.triptych.model.*;

public class DebugConfidence {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        double[] edges = {0, 0.2, 0.35, 0.5, 0.7, 0.9, 1.01};
        long[][] c = new long[edges.length][2];
        long review = 0, reviewWrong = 0, wrong = 0, total = 0;
        try (var ds = Files.list(root)) {
            for (Path d : ds.filter(Files::isDirectory).sorted().toList()) {
                List<String> e = Files.readAllLines(d.resolve("en.sent.txt"));
                for (String lang : List.of("ar", "ru")) {
                    List<String> t = Files.readAllLines(d.resolve(lang + ".sent.txt"));
                    Set<String> gold = new HashSet<>();
                    for (JsonNode b : new ObjectMapper().readTree(d.resolve("gold.json").toFile()).path("en-" + lang).path("sentence"))
                        gold.add(b.get(0).toString().replace(" ", "") + b.get(1).toString().replace(" ", ""));
                    for (Bead b : new SentenceAligner().align(e, t, Language.of(lang), AlignOptions.defaults())) {
                        String key = b.english().toString().replace(" ", "") + b.target().toString().replace(" ", "");
                        boolean ok = gold.contains(key);
                        int k = 0; while (b.confidence() >= edges[k + 1]) k++;
                        c[k][ok ? 0 : 1]++;
                        total++; if (!ok) wrong++;
                        if (b.status() == LinkStatus.REVIEW) { review++; if (!ok) reviewWrong++; }
                    }
                }
            }
        }
        for (int k = 0; k + 1 < edges.length; k++) System.out.printf("conf [%.2f,%.2f): right %d wrong %d%n", edges[k], edges[k+1], c[k][0], c[k][1]);
        System.out.printf("REVIEW: %d links, %d of them wrong; all wrong: %d of %d%n", review, reviewWrong, wrong, total);
    }
}
