package org.triptych.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.io.export.AlignmentLinksJson;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.model.Language;
import org.triptych.workbench.ArticleAlignment;
import org.triptych.workbench.ProjectExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code align}: aligns the Arabic and/or Russian version of an article with the English one and prints the links as
 * JSON ({@code {"en-ar": {"<level>": BEADS}, "en-ru": {...}}}, BEADS a list of {@code [[en indices],[target
 * indices]]}); optionally writes TMX and CSV. Diagnostics go to standard error only.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align the Arabic and Russian versions of an article with the English one.")
public final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--en", required = true, paramLabel = "FILE|URL",
            description = "The English version: a file, or a web page's address (http:// or https://).")
    String en;

    @Option(names = "--ar", paramLabel = "FILE|URL", description = "The Arabic version (left out: no en-ar pair).")
    String ar;

    @Option(names = "--ru", paramLabel = "FILE|URL", description = "The Russian version (left out: no en-ru pair).")
    String ru;

    @Option(names = "--discover",
            description = "With --en URL: take the Arabic and Russian versions the English page links to (hreflang, "
                    + "language switcher) where --ar or --ru is not given; the addresses used are said on stderr.")
    boolean discover;

    @Option(names = "--level", required = true, paramLabel = "paragraph|sentence", description = "What to link.")
    String level;

    @Option(names = "--presegmented",
            description = "Inputs hold one unit per line (a sentence, or with --level paragraph a paragraph).")
    boolean presegmented;

    @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary (TBX or CSV) whose terms are evidence.")
    Path glossary;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json", description = "Output format: json.")
    String format;

    @Option(names = "--tmx", paramLabel = "OUT.tmx", description = "Also write a TMX 1.4b file, one tu per English link.")
    Path tmx;

    @Option(names = "--pairwise", description = "With --tmx: one file per pair (OUT.en-ar.tmx, OUT.en-ru.tmx) instead.")
    boolean pairwise;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Also write the aligned rows as CSV.")
    Path csv;

    @Option(names = "--xliff", paramLabel = "PREFIX",
            description = "Also write one XLIFF file per target for a CAT tool: PREFIX.en-ar.xlf, PREFIX.en-ru.xlf.")
    Path xliff;

    @Option(names = "--xliff-version", defaultValue = "2.1", paramLabel = "2.1|1.2",
            description = "XLIFF version of --xliff (default: ${DEFAULT-VALUE}).")
    String xliffVersion;

    @Option(names = "--reviewed-only", description = "TMX and CSV keep only rows a person has reviewed, as `export`"
            + " does. Fresh links are all unreviewed (status automatic), so the files get no rows; said on stderr.")
    boolean reviewedOnly;

    private final ArticleAlignment alignment;

    public AlignCommand() {
        this(new ArticleAlignment());
    }

    AlignCommand(ArticleAlignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (!"json".equalsIgnoreCase(format)) {
                throw new IllegalArgumentException("--format must be json, not '" + format + "'");
            }
            AlignmentLevel lvl = ArticleAlignment.parseLevel(level);
            XliffVersion xv = XliffVersion.parse(xliffVersion);
            Map<Language, String> targets = new LinkedHashMap<>();
            if (ar != null) {
                targets.put(Language.ARABIC, ar);
            }
            if (ru != null) {
                targets.put(Language.RUSSIAN, ru);
            }
            List<Language> discovered = discover ? List.of(Language.ARABIC, Language.RUSSIAN) : List.of();
            ArticleAlignment.Result result = alignment.align(en, targets, discovered, lvl, presegmented, glossary,
                    w -> err.println(w.startsWith("discovered ") ? "align: " + w : "warning: " + w));
            out.println(linksJson(result.links(), lvl));
            out.flush();
            if (reviewedOnly && (tmx != null || csv != null)) {
                err.println("warning: --reviewed-only: align's links are fresh and none is reviewed, so no row is written");
            }
            if (tmx != null) {
                writeTmx(result, err);
            }
            if (csv != null) {
                ProjectExports.writeCsv(reviewedOnly ? result.rows().reviewedOnly() : result.rows(), csv);
            }
            if (xliff != null) {
                ArticleAlignment.writeXliff(result, xliff, xv, glossary).forEach(f -> err.println("wrote " + f));
            }
            return 0;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("align: " + e.getMessage());
            return 2;
        }
    }

    /** The output line: see {@link AlignmentLinksJson}. */
    static String linksJson(Map<Language, List<Bead>> links, AlignmentLevel lvl) {
        return AlignmentLinksJson.write(links, lvl);
    }

    private void writeTmx(ArticleAlignment.Result result, PrintWriter err) throws IOException {
        if (pairwise) {
            for (Language target : result.links().keySet()) {
                Path file = ProjectExports.pairFile(tmx, target);
                ProjectExports.writeTmx(reviewedOnly ? result.pairRows(target).reviewedOnly() : result.pairRows(target), file);
                err.println("wrote " + file);
            }
            return;
        }
        ProjectExports.writeTmx(reviewedOnly ? result.rows().reviewedOnly() : result.rows(), tmx);
        err.println("wrote " + tmx);
    }
}
