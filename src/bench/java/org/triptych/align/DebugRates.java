package org.triptych.align;

import com.fasterxml.jackson.databind.*;
import java.nio.file.*;
import java.util.*;
import org.triptych.model.*;

/** Found-rates of English items in the gold 1-1 partner vs in a neighbouring (wrong) target sentence. */
public class DebugRates {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        for (String lang : List.of("ar", "ru")) {
            long[][] c = new long[4][4]; // per class: items in gold pair, found in gold, items vs wrong, found in wrong
            long[] q = new long[4]; // question: en has q & tgt has q in gold; en q; tgt q in gold ...
            try (var ds = Files.list(root)) {
                for (Path d : ds.filter(Files::isDirectory).sorted().toList()) {
                    List<String> e = Files.readAllLines(d.resolve("en.sent.txt"));
                    List<String> t = Files.readAllLines(d.resolve(lang + ".sent.txt"));
                    UnitSignals.KeySpace sp = new UnitSignals.KeySpace();
                    UnitSignals en = new UnitSignals(e, null, Language.ENGLISH, sp, TermEvidence.NONE);
                    UnitSignals tg = new UnitSignals(t, null, Language.of(lang), sp, TermEvidence.NONE);
                    JsonNode g = new ObjectMapper().readTree(d.resolve("gold.json").toFile()).path("en-" + lang).path("sentence");
                    for (JsonNode b : g) {
                        if (b.get(0).size() != 1 || b.get(1).size() != 1) continue;
                        int u = b.get(0).get(0).asInt(), v = b.get(1).get(0).asInt();
                        int w = v + 1 < t.size() ? v + 1 : v - 1;
                        if (w < 0) continue;
                        for (int k = 0; k < en.items[u].length; k++) {
                            int cls = en.itemClass[u][k];
                            c[cls][0]++; if (has(en.items[u][k], tg.keys[v])) c[cls][1]++;
                            c[cls][2]++; if (has(en.items[u][k], tg.keys[w])) c[cls][3]++;
                        }
                    }
                }
            }
            for (int cls = 0; cls < 4; cls++)
                System.out.printf("%s class %d: gold found %d/%d = %.3f, wrong found %d/%d = %.3f%n", lang, cls, c[cls][1], c[cls][0], c[cls][1]/(double)c[cls][0], c[cls][3], c[cls][2], c[cls][3]/(double)c[cls][2]);
        }
    }
    static boolean has(int[] keys, int[] sorted) { for (int k : keys) if (Arrays.binarySearch(sorted, k) >= 0) return true; return false; }
}
