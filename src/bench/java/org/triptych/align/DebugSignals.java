package org.triptych.align;

import java.nio.file.*;
import java.util.*;
import org.triptych.model.*;

public class DebugSignals {
    public static void main(String[] a) throws Exception {
        List<String> e = Files.readAllLines(Path.of(a[0]));
        Language lang = Language.of(a[1]);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 15; rep++) {
            long t0 = mx.getCurrentThreadCpuTime();
            UnitSignals.KeySpace space = new UnitSignals.KeySpace();
            UnitSignals en = new UnitSignals(e, null, lang, space, TermEvidence.NONE);
            long t1 = mx.getCurrentThreadCpuTime();
            if (rep % 5 == 4) System.out.printf("cpu: signals %.0f ms%n", (t1 - t0) / 1e6);
        }
    }
}
