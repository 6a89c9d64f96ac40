package org.triptych.align;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Bead;

/** A small trilingual news text written for these tests, and helpers to state expected links briefly. */
final class Samples {

    private Samples() {
    }

    static final List<String> EN = List.of(
            "The city council of Springfield approved a new budget on Tuesday.",
            "The plan sets aside 2,254 million dollars for schools and hospitals.",
            "Mayor Helen Porter said the vote was a victory for families.",
            "Opposition members argued that taxes would rise by 15 percent next year.",
            "Will the money reach the poorest districts?",
            "The council will meet again in March to review the first results.",
            "Local newspapers reported that the debate lasted almost nine hours.",
            "Teachers welcomed the decision and called for faster payments.");

    static final List<String> RU = List.of(
            "Во вторник городской совет Спрингфилда утвердил новый бюджет.",
            "План предусматривает 2 254 миллиона долларов на школы и больницы.",
            "Мэр Хелен Портер заявила, что голосование стало победой для семей.",
            "Члены оппозиции утверждали, что в следующем году налоги вырастут на 15 процентов.",
            "Дойдут ли деньги до самых бедных районов?",
            "Совет снова соберется в марте, чтобы оценить первые результаты.",
            "Местные газеты сообщили, что дебаты продолжались почти девять часов.",
            "Учителя приветствовали решение и призвали ускорить выплаты.");

    static final List<String> AR = List.of(
            "وافق مجلس مدينة سبرينغفيلد يوم الثلاثاء على ميزانية جديدة.",
            "تخصص الخطة ٢٬٢٥٤ مليون دولار للمدارس والمستشفيات.",
            "وقالت رئيسة البلدية هيلين بورتر إن التصويت كان انتصارا للعائلات.",
            "وقال أعضاء المعارضة إن الضرائب سترتفع بنسبة ١٥ بالمئة في العام المقبل.",
            "هل ستصل الأموال إلى أفقر الأحياء؟",
            "وسيجتمع المجلس مرة أخرى في مارس لمراجعة النتائج الأولى.",
            "وذكرت الصحف المحلية أن النقاش استمر قرابة تسع ساعات.",
            "ورحب المعلمون بالقرار وطالبوا بتسريع المدفوعات.");

    /** The links as [[english],[target]] lists, for compact assertions. */
    static List<List<List<Integer>>> shape(List<Bead> beads) {
        List<List<List<Integer>>> out = new ArrayList<>();
        for (Bead b : beads) {
            out.add(List.of(b.english(), b.target()));
        }
        return out;
    }

    static List<List<Integer>> link(List<Integer> e, List<Integer> t) {
        return List.of(e, t);
    }

    static List<List<List<Integer>>> ones(int from, int to) {
        List<List<List<Integer>>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(link(List.of(i), List.of(i)));
        }
        return out;
    }

    static List<String> join(List<String> units, int a, int b) {
        List<String> out = new ArrayList<>(units.subList(0, a));
        out.add(units.get(a) + " " + units.get(b));
        out.addAll(units.subList(b + 1, units.size()));
        return out;
    }

    static List<String> without(List<String> units, int k) {
        List<String> out = new ArrayList<>(units);
        out.remove(k);
        return out;
    }
}
