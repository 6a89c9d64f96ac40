package org.triptych.align;

import java.nio.file.*;
import java.util.*;
import org.triptych.model.*;

public class DebugScores {
    public static void main(String[] a) throws Exception {
        List<String> e = Files.readAllLines(Path.of(a[0]));
        List<String> t = Files.readAllLines(Path.of(a[1]));
        Language lang = Language.of(a[2]);
        int i = Integer.parseInt(a[3]), j = Integer.parseInt(a[4]);
        UnitSignals.KeySpace space = new UnitSignals.KeySpace();
        UnitSignals en = new UnitSignals(e, null, Language.ENGLISH, space, TermEvidence.NONE);
        UnitSignals tg = new UnitSignals(t, null, lang, space, TermEvidence.NONE);
        double ratio = (tg.totalLength() + 1.0) / (en.totalLength() + 1.0);
        LengthModel first = new LengthModel(ratio, 6.0 * Math.max(1.0, ratio));
        BandedAligner al = new BandedAligner(en, tg, AlignmentWeights.defaults(), false, first);
        List<org.triptych.model.Bead> pass = al.align(0, e.size(), 0, t.size(), 30, 40_000_000L);
        LengthModel lm = SentenceAligner.reestimate(pass, en, tg, first);
        al.setLengths(lm);
        System.out.println(lm);
        for (int k = 0; k < BandedAligner.KINDS.length; k++) {
            int da = BandedAligner.KINDS[k][0], db = BandedAligner.KINDS[k][1];
            if (da == 0 || db == 0) continue;
            System.out.printf("%d-%d at %d,%d: %.2f  len %d/%d lenscore %.2f%n", da, db, i, j, al.linkScore(i, i + da, j, j + db, k),
              sum(en.length, i, i+da), sum(tg.length, j, j+db), lm.score(sum(en.length, i, i+da), sum(tg.length, j, j+db)));
        }
        for (int u = i; u < i + 3; u++) System.out.println("E" + u + " " + Arrays.deepToString(en.items[u]) + " " + NameSkeleton.namesIn(e.get(u), "en"));
        for (int v = j; v < j + 3; v++) System.out.println("T" + v + " " + Arrays.toString(tg.keys[v]) + " " + NameSkeleton.namesIn(t.get(v), lang.code()));
    }
    static int sum(int[] x, int a, int b) { int s = 0; for (int k = a; k < b; k++) s += x[k]; return s; }
}
