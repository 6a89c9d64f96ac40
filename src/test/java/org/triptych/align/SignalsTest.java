package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triptych.align.Samples.link;
import static org.triptych.align.Samples.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/**
 * Each signal on its own decides which of two sentences of about the same length a translation left out: the
 * English text has B and C, the target keeps only one of them. Length cannot tell; the signal must, both ways.
 */
class SignalsTest {

    private static final String A_EN = "The regional government presented its annual report to the press on Friday morning.";
    private static final String D_EN = "The full report will be published on the official website next week.";
    private static final String A_RU = "В пятницу утром региональное правительство представило прессе свой ежегодный доклад.";
    private static final String D_RU = "Полный текст доклада будет опубликован на официальном сайте на следующей неделе.";
    private static final String A_AR = "قدمت الحكومة الإقليمية تقريرها السنوي إلى الصحافة صباح يوم الجمعة.";
    private static final String D_AR = "وسينشر التقرير الكامل على الموقع الرسمي الأسبوع المقبل.";

    private final SentenceAligner aligner = new SentenceAligner();

    /** Asserts that the aligner finds which of B and C the target kept. */
    private void decides(String bEn, String cEn, String bTg, String cTg, String a, String d, Language lang,
                         AlignOptions options) {
        List<String> en = List.of(A_EN, bEn, cEn, D_EN);
        List<List<List<Integer>>> keptB = shape(aligner.align(en, List.of(a, bTg, d), lang, options));
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)), link(List.of(2), List.of()),
                link(List.of(3), List.of(2))), keptB, "target kept B");
        List<List<List<Integer>>> keptC = shape(aligner.align(en, List.of(a, cTg, d), lang, options));
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of()), link(List.of(2), List.of(1)),
                link(List.of(3), List.of(2))), keptC, "target kept C");
    }

    @Test
    void numbersInAnyDigitsAndSeparators() {
        decides("It counted 4,512 complaints about roads in 2023.", "It counted 1,870 complaints about water in 2019.",
                "В нем учтено 4 512 жалоб на дороги в 2023 году.", "В нем учтено 1 870 жалоб на воду в 2019 году.",
                A_RU, D_RU, Language.RUSSIAN, AlignOptions.defaults());
        decides("It counted 4,512 complaints about roads in 2023.", "It counted 1,870 complaints about water in 2019.",
                "وأحصى ٤٬٥١٢ شكوى بشأن الطرق في عام ٢٠٢٣.", "وأحصى ۱۸۷۰ شكوى بشأن المياه في عام ۲۰۱۹.",
                A_AR, D_AR, Language.ARABIC, AlignOptions.defaults());
    }

    @Test
    void namesThroughTransliteration() {
        decides("Minister Helen Porter praised the work of Richard Dalton.",
                "Minister Samuel Kimber praised the work of Fiona Grant.",
                "Министр Хелен Портер похвалила работу Ричарда Далтона.",
                "Министр Сэмюэл Кимбер похвалил работу Фионы Грант.",
                A_RU, D_RU, Language.RUSSIAN, AlignOptions.defaults());
        decides("Minister Helen Porter praised the work of Richard Dalton.",
                "Minister Samuel Kimber praised the work of Fiona Grant.",
                "وأشادت الوزيرة هيلين بورتر بعمل ريتشارد دالتون.",
                "وأشاد الوزير صامويل كيمبر بعمل فيونا غرانت.",
                A_AR, D_AR, Language.ARABIC, AlignOptions.defaults());
    }

    @Test
    void questionMarks() {
        decides("Why did the costs of the new bridge grow so fast?",
                "The costs of the new bridge grew far too fast.",
                "Почему расходы на новый мост росли так быстро?",
                "Расходы на новый мост росли слишком быстро.",
                A_RU, D_RU, Language.RUSSIAN, AlignOptions.defaults());
        decides("Why did the costs of the new bridge grow so fast?",
                "The costs of the new bridge grew far too fast.",
                "لماذا ارتفعت تكاليف الجسر الجديد بهذه السرعة؟",
                "ارتفعت تكاليف الجسر الجديد بسرعة كبيرة جدا.",
                A_AR, D_AR, Language.ARABIC, AlignOptions.defaults());
    }

    @Test
    void exclamationMarks() {
        decides("What a disaster this new bridge has turned out to be!",
                "The new bridge has turned out to be rather costly.",
                "Какой же катастрофой обернулся этот новый мост!",
                "Новый мост обошелся довольно дорого для города.",
                A_RU, D_RU, Language.RUSSIAN, AlignOptions.defaults());
        decides("What a disaster this new bridge has turned out to be!",
                "The new bridge has turned out to be rather costly.",
                "يا لها من كارثة تحول إليها هذا الجسر الجديد!",
                "تبين أن الجسر الجديد مكلف إلى حد ما للمدينة.",
                A_AR, D_AR, Language.ARABIC, AlignOptions.defaults());
    }

    @Test
    void quotationMarks() {
        decides("The minister called the result \"a good start\" for all.",
                "The minister called the result a fairly good start.",
                "Министр назвал результат «хорошим началом» для всех.",
                "Министр назвал результат довольно хорошим началом.",
                A_RU, D_RU, Language.RUSSIAN, AlignOptions.defaults());
    }

    /** A toy glossary: a concept is found when one of its forms occurs (case-insensitive). */
    private static final TermEvidence GLOSSARY = (text, language) -> {
        String t = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (t.contains("deficit") || t.contains("дефицит") || t.contains("عجز")) {
            found.add("deficit");
        }
        if (t.contains("pension") || t.contains("пенси") || t.contains("معاش")) {
            found.add("pension");
        }
        return found;
    };

    @Test
    void glossaryConcepts() {
        AlignOptions withGlossary = AlignOptions.defaults().withTerms(GLOSSARY);
        decides("It warned that the deficit would keep growing for years.",
                "It warned that pension costs would keep growing for years.",
                "В нем говорится, что дефицит будет расти еще много лет.",
                "В нем говорится, что пенсионные расходы будут расти годами.",
                A_RU, D_RU, Language.RUSSIAN, withGlossary);
        decides("It warned that the deficit would keep growing for years.",
                "It warned that pension costs would keep growing for years.",
                "وحذر من أن العجز سيستمر في النمو لسنوات.",
                "وحذر من أن تكاليف المعاشات ستستمر في النمو لسنوات.",
                A_AR, D_AR, Language.ARABIC, withGlossary);
    }
}
