package org.triptych.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.workbench.FileTranslation;
import org.triptych.workbench.WebVersions;

/** What {@code draft} and {@code backtranslate} share: the options to the translation, its result to the terminal. */
final class MtRun {

    static final int OK = 0;
    static final int MT_FAILED = 1;
    static final int BAD_USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int CANCELLED = 130;

    private MtRun() {
    }

    static int run(MtOptions o, Language from, List<Language> targets, Map<String, String> env, FileTranslation translation,
                   PrintWriter out, PrintWriter err) {
        if (o.matchThreshold < 1 || o.matchThreshold > 100) {
            err.println("--match-threshold is a score from 1 to 100, not " + o.matchThreshold);
            return BAD_USAGE;
        }
        FileTranslation.Options options = new FileTranslation.Options(o.provider, o.endpoint, o.files, o.glossary, o.model,
                o.fetchAgain, o.noCache, o.cacheDir, o.timeoutSeconds, o.maxConcurrent, o.memories, o.matchThreshold);
        FileTranslation.Outcome result;
        try {
            result = translation.run(options, from, targets, env, MtRun::askForKey, note -> {
                err.println(note);
                err.flush();
            });
        } catch (FileTranslation.Failure e) {
            err.println(e.getMessage());
            return switch (e.kind()) {
                case BAD_INPUT -> BAD_INPUT;
                case CANCELLED -> CANCELLED;
                case MT_FAILED -> MT_FAILED;
            };
        }
        for (String w : result.warnings()) {
            err.println("Warning: " + w);
        }
        if (o.format == MtOptions.Format.json) {
            out.println(json(o, from, targets, result));
        } else {
            text(o, targets, result, out);
        }
        out.flush();
        return OK;
    }

    /** The key typed at the terminal's prompt (not echoed, not stored); null without a terminal. */
    private static String askForKey(String provider) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("%s key (not stored): ", provider);
        return typed == null || typed.length == 0 ? null : new String(typed);
    }

    private static void text(MtOptions o, List<Language> targets, FileTranslation.Outcome result, PrintWriter out) {
        boolean first = true;
        for (Language to : targets) {
            List<FileTranslation.Drafted> drafts = result.drafts().get(to);
            int offset = 0;
            for (int f = 0; f < result.paragraphsPerFile().size(); f++) {
                if (!first) {
                    out.println();
                }
                first = false;
                out.println("# " + shortName(o.files.get(f)) + " → " + to.code() + " (" + (result.provider()
                        .equals(FileTranslation.MEMORY) ? "translation memory" : "machine draft: " + result.provider()) + ")");
                for (int p = 0; p < result.paragraphsPerFile().get(f).size(); p++) {
                    FileTranslation.Drafted d = drafts.get(offset + p);
                    out.println();
                    out.println(d.text());
                    if (d.match() != null) {
                        out.println("  [memory " + d.match().score() + "% " + d.match().kind() + ", " + d.match().memory() + "]");
                    }
                    for (Finding fi : d.findings()) {
                        out.println("  [" + fi.severity().code() + "] " + fi.message());
                    }
                }
                offset += result.paragraphsPerFile().get(f).size();
            }
        }
    }

    /** A file as Java writes its path (as before addresses were taken), an address as given. */
    private static String named(String fileOrAddress) {
        if (WebVersions.isWebAddress(fileOrAddress)) {
            return fileOrAddress;
        }
        try {
            return java.nio.file.Path.of(fileOrAddress).toString();
        } catch (java.nio.file.InvalidPathException e) {
            return fileOrAddress;
        }
    }

    private static String shortName(String fileOrAddress) {
        String n = named(fileOrAddress);
        if (WebVersions.isWebAddress(n)) {
            return n;
        }
        java.nio.file.Path name = java.nio.file.Path.of(n).getFileName();
        return name == null ? n : name.toString();
    }

    /** The JSON shape is documented in docs/mt.md. */
    static String json(MtOptions o, Language from, List<Language> targets, FileTranslation.Outcome result) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("provider", result.provider());
        root.put("endpoint", result.endpoint());
        root.put("source", from.code());
        ArrayNode ts = root.putArray("targets");
        targets.forEach(t -> ts.add(t.code()));
        root.put("machineOutput", true);
        root.put("requests", result.requests());
        root.put("cacheHits", result.cacheHits());
        if (!result.memories().isEmpty()) {
            ArrayNode memories = root.putArray("memories");
            result.memories().forEach(memories::add);
        }
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode files = root.putArray("files");
        int offset = 0;
        for (int f = 0; f < result.paragraphsPerFile().size(); f++) {
            List<String> paragraphs = result.paragraphsPerFile().get(f);
            ObjectNode file = files.addObject();
            file.put("file", named(o.files.get(f)));
            ArrayNode ps = file.putArray("paragraphs");
            for (int p = 0; p < paragraphs.size(); p++) {
                ObjectNode para = ps.addObject();
                para.put("index", p);
                para.put("source", paragraphs.get(p));
                ObjectNode drafts = para.putObject("drafts");
                for (Language to : targets) {
                    FileTranslation.Drafted d = result.drafts().get(to).get(offset + p);
                    ObjectNode dn = drafts.putObject(to.code());
                    dn.put("text", d.text());
                    dn.put("cached", d.cached());
                    if (!result.memories().isEmpty()) {
                        if (d.match() == null) {
                            dn.putNull("match");
                        } else {
                            dn.putObject("match").put("score", d.match().score()).put("kind", d.match().kind())
                                    .put("storedSource", d.match().storedSource()).put("memory", d.match().memory());
                        }
                    }
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
            offset += paragraphs.size();
        }
        try {
            return m.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
