package org.triptych.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportException;
import org.triptych.io.document.ImportResult;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.workbench.WebVersions;
import org.triptych.model.Paragraph;
import org.triptych.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE|URL --lang xx}: the paragraphs and sentences Triptych reads from a file or a web page, as JSON. A
 * web page's JSON also names the other language versions the page links to: {@code "alternates": {"ar": URL, ...}}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a .txt, .html, .docx, .odt, .rtf or .pdf file, or a web page by its address, and print its "
                + "paragraphs and sentences as JSON.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "The file to import, or a web page's address.")
    String file;

    @Option(names = "--lang", required = true, paramLabel = "xx", description = "Language of the file: en, ar, ru (or another ISO 639-1 code).")
    String lang;

    @Option(names = "--pretty", description = "Indent the JSON for reading.")
    boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Language language;
        try {
            language = Language.of(lang);
        } catch (IllegalArgumentException e) {
            err.println("triptych import: " + e.getMessage());
            return 2;
        }
        DocumentVersion version;
        List<String> warnings;
        String named = file;
        Map<String, String> alternates = null;
        try {
            if (WebVersions.isWebAddress(file)) {
                WebVersions.Read page = new WebVersions().open(file, language);
                version = page.version();
                warnings = page.warnings();
                alternates = new LinkedHashMap<>();
                for (Map.Entry<Language, String> a : page.alternates().entrySet()) {
                    alternates.put(a.getKey().code(), a.getValue());
                }
            } else {
                Path path = Path.of(file);
                named = path.toString(); // as before addresses were taken: the path as Java writes it
                ImportResult result = new DocumentImporter().importFile(path, language);
                version = result.version();
                warnings = result.warnings();
            }
        } catch (ImportException | java.io.IOException | java.nio.file.InvalidPathException e) {
            err.println("triptych import: " + e.getMessage());
            return 1;
        }
        warnings.forEach(w -> err.println("warning: " + w));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", named);
        json.put("lang", language.code());
        json.put("direction", language.isRightToLeft() ? "rtl" : "ltr");
        json.put("warnings", warnings);
        List<Object> paragraphs = new ArrayList<>();
        List<Paragraph> ps = version.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Map<String, Object> pj = new LinkedHashMap<>();
            pj.put("index", i);
            pj.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            pj.put("text", p.text());
            List<Object> sentences = new ArrayList<>();
            for (Sentence s : p.sentences()) {
                Map<String, Object> sj = new LinkedHashMap<>();
                sj.put("start", s.start());
                sj.put("end", s.end());
                sj.put("text", s.text());
                sentences.add(sj);
            }
            pj.put("sentences", sentences);
            paragraphs.add(pj);
        }
        json.put("paragraphs", paragraphs);
        if (alternates != null) {
            json.put("alternates", alternates);
        }
        ObjectMapper mapper = new ObjectMapper();
        if (pretty) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(mapper.writeValueAsString(json));
        out.flush();
        return 0;
    }
}
