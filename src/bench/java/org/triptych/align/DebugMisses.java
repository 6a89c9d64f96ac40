package org.triptych.align;

import com.fasterxml.jackson.databind.*;
import java.nio.file.*;
import java.util.*;
import org.triptych.model.*;

public class DebugMisses {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]); String lang = a[1];
        Map<String,Integer> miss = new TreeMap<>();
        try (var ds = Files.list(root)) {
            for (Path d : ds.filter(Files::isDirectory).sorted().toList()) {
                List<String> e = Files.readAllLines(d.resolve("en.sent.txt"));
                List<String> t = Files.readAllLines(d.resolve(lang + ".sent.txt"));
                JsonNode g = new ObjectMapper().readTree(d.resolve("gold.json").toFile()).path("en-" + lang).path("sentence");
                for (JsonNode b : g) {
                    if (b.get(0).size() != 1 || b.get(1).size() != 1) continue;
                    String es = e.get(b.get(0).get(0).asInt()), ts = t.get(b.get(1).get(0).asInt());
                    List<List<String>> tv = NameSkeleton.nameVariants(ts, lang);
                    for (String word : es.split("[^\\p{L}']+")) {
                        List<String> ev = NameSkeleton.namesIn(word, "en");
                        if (ev.isEmpty()) continue;
                        boolean hit = false;
                        for (List<String> r : tv) for (String x : r) if (NameSkeleton.match(ev.get(0), x)) hit = true;
                        if (!hit) miss.merge(word + "/" + ev.get(0), 1, Integer::sum);
                    }
                }
            }
        }
        miss.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(70).forEach(x -> System.out.print(x.getKey() + "=" + x.getValue() + "  "));
        System.out.println();
    }
}
