package org.triptych.align;
public class DebugNames {
    public static void main(String[] a) {
        for (int i = 0; i + 2 < a.length; i += 3)
            System.out.println(a[i] + " " + NameSkeleton.namesIn(a[i], "en") + "  " + a[i+1] + " " + NameSkeleton.namesIn(a[i+1], a[i+2]));
    }
}
