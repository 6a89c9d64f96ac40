package org.triptych.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.CancelHandle;
import org.triptych.mt.Draft;
import org.triptych.mt.DraftCache;
import org.triptych.mt.DraftChecker;
import org.triptych.mt.ProviderGlossary;
import org.triptych.mt.MtException;
import org.triptych.mt.MtRequest;
import org.triptych.mt.MtResult;
import org.triptych.mt.ProgressListener;
import org.triptych.mt.ProviderConfig;
import org.triptych.mt.Providers;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.GlossaryLoad;
import org.triptych.io.document.ImportException;
import org.triptych.mt.Secret;
import org.triptych.mt.TranslationProvider;
import org.triptych.mt.Translator;

/** What {@code draft} and {@code backtranslate} share: read files, configure the provider, translate, print. */
final class MtRun {

    static final int OK = 0;
    static final int MT_FAILED = 1;
    static final int BAD_INPUT = 3;
    static final int CANCELLED = 130;

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    private MtRun() {
    }

    static int run(MtOptions o, Language from, List<Language> targets, Map<String, String> env, DraftChecker checker,
                   PrintWriter out, PrintWriter err) {
        // Read everything first: a bad file is reported before any request is spent.
        List<List<String>> perFile = new ArrayList<>();
        List<String> all = new ArrayList<>();
        ProviderGlossary glossary = ProviderGlossary.empty();
        try {
            for (Path f : o.files) {
                List<String> paragraphs = IMPORTER.importFile(f, from).version().paragraphTexts();
                if (paragraphs.isEmpty()) {
                    err.println("Note: " + f + " has no paragraphs.");
                }
                perFile.add(paragraphs);
                all.addAll(paragraphs);
            }
            if (o.glossary != null) {
                GlossaryLoad load = GlossaryFiles.read(o.glossary);
                if (load.glossary().isEmpty()) {
                    err.println(load.problems().isEmpty() ? o.glossary + ": the glossary holds no concept"
                            : load.problems().get(0).toString());
                    return BAD_INPUT;
                }
                glossary = EngineWiring.mtGlossary(load.glossary(), from, targets);
                if (checker == DraftChecker.NONE) {
                    checker = EngineWiring.draftChecker(load.glossary());
                }
            }
        } catch (ImportException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }

        CancelHandle cancel = new CancelHandle();
        Thread onInterrupt = new Thread(cancel::cancel, "mt-cancel");
        try {
            Secret key = ApiKeys.fromSystem(env).find(o.provider).orElse(null);
            if (key == null && Providers.needsKey(o.provider) && System.console() != null) {
                char[] typed = System.console().readPassword("%s key (not stored): ", o.provider);
                key = typed == null || typed.length == 0 ? null : Secret.of(new String(typed));
            }
            ProviderConfig config = ProviderConfig.of(o.endpoint, key)
                    .withTimeout(Duration.ofSeconds(Math.max(1, o.timeoutSeconds != null ? o.timeoutSeconds
                            : o.provider.strip().equalsIgnoreCase("openai") ? 300 : 60)))
                    .withMaxConcurrent(Math.max(1, o.maxConcurrent));
            if (o.model != null) {
                config = config.withOption("model", o.model);
            }
            config = Providers.withEnvironmentOptions(o.provider, config, env);
            TranslationProvider provider = Providers.create(o.provider, config);
            DraftCache cache = o.noCache ? DraftCache.none()
                    : o.cacheDir != null ? DraftCache.at(o.cacheDir) : DraftCache.inUserCacheDir(env);
            Translator translator = Translator.builder(provider).cache(cache).checker(checker).build();
            MtRequest request = new MtRequest(from, targets, all, glossary, o.fetchAgain);
            Runtime.getRuntime().addShutdownHook(onInterrupt); // Ctrl-C cancels in-flight calls, writes nothing more
            MtResult result = translator.translate(request, cancel, new ProgressListener() {
                @Override
                public void waiting(Duration wait, String reason) {
                    err.println("Waiting " + Math.max(1, wait.toSeconds()) + " s: " + reason);
                    err.flush();
                }
            });
            for (String w : result.warnings()) {
                err.println("Warning: " + w);
            }
            if (o.format == MtOptions.Format.json) {
                out.println(json(o, provider, from, targets, perFile, result));
            } else {
                text(o, provider, targets, perFile, result, out);
            }
            out.flush();
            return OK;
        } catch (MtException e) {
            err.println(e.getMessage());
            return e.kind() == MtException.Kind.CANCELLED ? CANCELLED : MT_FAILED;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException | IllegalArgumentException ignored) {
                // already shutting down, or never added
            }
        }
    }

    private static void text(MtOptions o, TranslationProvider provider, List<Language> targets, List<List<String>> perFile,
                             MtResult result, PrintWriter out) {
        boolean first = true;
        for (Language to : targets) {
            List<Draft> drafts = result.draftsFor(to);
            int offset = 0;
            for (int f = 0; f < perFile.size(); f++) {
                if (!first) {
                    out.println();
                }
                first = false;
                out.println("# " + o.files.get(f).getFileName() + " → " + to.code() + " (machine draft: " + provider.name() + ")");
                for (int p = 0; p < perFile.get(f).size(); p++) {
                    Draft d = drafts.get(offset + p);
                    out.println();
                    out.println(d.text());
                    for (Finding fi : d.findings()) {
                        out.println("  [" + fi.severity().code() + "] " + fi.message());
                    }
                }
                offset += perFile.get(f).size();
            }
        }
    }

    /** The JSON shape is documented in docs/mt.md. */
    static String json(MtOptions o, TranslationProvider provider, Language from, List<Language> targets,
                       List<List<String>> perFile, MtResult result) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("provider", provider.name());
        root.put("endpoint", provider.endpoint().toString());
        root.put("source", from.code());
        ArrayNode ts = root.putArray("targets");
        targets.forEach(t -> ts.add(t.code()));
        root.put("machineOutput", true);
        root.put("requests", result.requests());
        root.put("cacheHits", result.cacheHits());
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode files = root.putArray("files");
        int offset = 0;
        for (int f = 0; f < perFile.size(); f++) {
            ObjectNode file = files.addObject();
            file.put("file", o.files.get(f).toString());
            ArrayNode paragraphs = file.putArray("paragraphs");
            for (int p = 0; p < perFile.get(f).size(); p++) {
                ObjectNode para = paragraphs.addObject();
                para.put("index", p);
                para.put("source", perFile.get(f).get(p));
                ObjectNode drafts = para.putObject("drafts");
                for (Language to : targets) {
                    Draft d = result.draftsFor(to).get(offset + p);
                    ObjectNode dn = drafts.putObject(to.code());
                    dn.put("text", d.text());
                    dn.put("cached", d.fromCache());
                    ArrayNode findings = dn.putArray("findings");
                    for (Finding fi : d.findings()) {
                        ObjectNode fn = findings.addObject();
                        fn.put("kind", fi.kind());
                        fn.put("severity", fi.severity().code());
                        fn.put("start", fi.start());
                        fn.put("end", fi.end());
                        fn.put("text", fi.text());
                        fn.put("message", fi.message());
                        ArrayNode sug = fn.putArray("suggestions");
                        fi.suggestions().forEach(sug::add);
                    }
                }
            }
            offset += perFile.get(f).size();
        }
        try {
            return m.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
