package org.triptych.bench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Article;
import org.triptych.model.Project;
import org.triptych.ui.AlignedViewModel;
import org.triptych.ui.Highlights;
import org.triptych.ui.ParagraphText;
import org.triptych.ui.StyledSpan;
import org.triptych.workbench.TaskRunner;
import javafx.scene.text.TextFlow;

/**
 * Costs of the aligned view's highlighting on a 5,000-paragraph project (the sample's paragraphs repeated, each
 * copy made distinct so the text cache cannot share them): building the term matcher and matching every cell (the
 * background task), then what drawing one cell costs on the FX thread: spans from the cache plus the styled
 * TextFlow, and a cache miss (an edited cell) matched inline.
 */
public final class HighlightBenchmark {

    private HighlightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Article sample = SampleArticle.load();
        List<DocumentVersion> versions = new ArrayList<>();
        for (DocumentVersion v : sample.versions()) {
            List<Paragraph> ps = new ArrayList<>();
            for (int i = 0; ps.size() < paragraphs; i++) {
                Paragraph p = v.paragraphs().get(i % v.paragraphs().size());
                ps.add(Paragraph.unsegmented(p.text() + " " + (i + 1) + "."));
            }
            versions.add(new DocumentVersion(v.language(), v.source(), ps));
        }
        Article big = new Article(versions.get(0), versions.subList(1, versions.size()));
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(),
                (english, target, language, anchors) -> {
                    List<org.triptych.model.Bead> out = new ArrayList<>();
                    for (int i = 0; i < Math.min(english.size(), target.size()); i++) {
                        out.add(org.triptych.model.Bead.of(List.of(i), List.of(i), 0.9));
                    }
                    return out;
                }, (p, l, g, progress) -> List.of());
        vm.open(Project.of(big));
        Highlights h = vm.highlights(); // made before the glossary is added, as the view does
        long t0 = System.nanoTime();
        vm.addGlossary(SampleArticle.glossaryFile().toString()); // builds the matcher and matches every cell
        long build = System.nanoTime() - t0;
        if (!h.termsReady()) {
            throw new IllegalStateException("terms not matched");
        }

        int cells = 0;
        int highlighted = 0;
        long t1 = System.nanoTime();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            for (int u = 0; u < paragraphs; u++) {
                String text = vm.unitText(l, u);
                List<StyledSpan> spans = h.spans(l, u, text);
                TextFlow flow = ParagraphText.create(text, l.isRightToLeft(), null, spans);
                highlighted += spans.size();
                cells += flow.getChildren().isEmpty() ? 0 : 1;
            }
        }
        long draw = System.nanoTime() - t1;

        long t2 = System.nanoTime();
        int misses = 0;
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            for (int u = 0; u < 200; u++) {
                h.terms(l, vm.unitText(l, u) + " edited");
                misses++;
            }
        }
        long miss = System.nanoTime() - t2;
        System.out.printf("paragraphs per version: %d, cells drawn: %d, highlights: %d%n", paragraphs, cells, highlighted);
        System.out.printf("matcher build + matching every cell (background): %.0f ms%n", build / 1e6);
        System.out.printf("drawing one cell from the cache (spans + styled TextFlow): %.3f ms%n", draw / 1e6 / cells);
        System.out.printf("cache miss, one edited cell matched inline: %.3f ms%n", miss / 1e6 / misses);
    }
}
