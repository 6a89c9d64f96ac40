package org.triptych.align;

import java.nio.file.*;
import java.util.*;
import org.triptych.model.*;

public class DebugSpeed {
    public static void main(String[] a) throws Exception {
        List<String> e = Files.readAllLines(Path.of(a[0]));
        List<String> t = Files.readAllLines(Path.of(a[1]));
        Language lang = Language.of(a[2]);
        for (int rep = 0; rep < 3; rep++) {
            var mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t0 = mx.getCurrentThreadCpuTime();
            UnitSignals.KeySpace space = new UnitSignals.KeySpace();
            UnitSignals en = new UnitSignals(e, null, Language.ENGLISH, space, TermEvidence.NONE);
            UnitSignals tg = new UnitSignals(t, null, lang, space, TermEvidence.NONE);
            long t1 = mx.getCurrentThreadCpuTime();
            List<Bead> b = new SentenceAligner().align(e, t, lang, AlignOptions.defaults());
            long t2 = mx.getCurrentThreadCpuTime();
            System.out.printf("cpu: signals %.0f ms, align %.0f ms, beads %d%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, b.size());
        }
    }
}
