package org.triptych.io.project;

import org.triptych.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.MachineDraft;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.model.Article;
import org.triptych.model.Sentence;
import org.triptych.model.TextEdit;
import org.triptych.model.Project;

/**
 * Reads and writes a Triptych project (*.triptych): readable, indented JSON holding each version's source path and
 * its imported (and edited) text, the links at each level with their status, the text edits, the ignored findings
 * and the glossary paths. There is no place in the format for credentials.
 *
 * <p>A paragraph that is still an unedited machine draft carries {@code "machineDraft": true}; the field is left out
 * otherwise. It is optional on purpose, so the format version stays 1: a reader that predates it ignores it (unknown
 * fields are skipped) and opens the project with the rows still marked for review, only without the "MT" marker,
 * and a file without it opens here with no drafts.
 *
 * <p>Writes are atomic: the JSON goes to a temporary file in the same directory, is flushed and forced to disk, and
 * is then moved over the project in one step, so a crash leaves the old file or the new one, never half of one.
 */
public final class ProjectFile {

    public static final String FORMAT = "triptych-project";
    public static final int VERSION = 1;
    public static final String EXTENSION = "triptych";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Called between writing the temporary file and moving it into place; tests use it to simulate a crash. */
    private final AtomicFiles.BeforeRename beforeMove;

    public ProjectFile() {
        this(t -> { });
    }

    ProjectFile(AtomicFiles.BeforeRename beforeMove) {
        this.beforeMove = beforeMove;
    }

    public void write(Project w, Path file) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(toJson(w));
        AtomicFiles.write(file, out -> out.write(bytes), true, beforeMove);
    }

    public Project read(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "The project " + file + " does not exist (moved or deleted?)", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "Cannot read the project " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
            String where = loc == null ? "" : " near line " + loc.getLineNr();
            throw new ProjectFileException(file, "The project " + file.getFileName() + " is cut short or damaged" + where
                    + " and was not opened; the file is left as it is. If an autosave (" + autosaveOf(file).getFileName()
                    + ") exists, open that instead.", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ProjectFileException(file, file.getFileName() + " is not a Triptych project", null);
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version > VERSION) {
            throw new ProjectFileException(file, file.getFileName() + " was saved by a newer Triptych (project format "
                    + version + "; this one reads up to " + VERSION + "). It was not opened and is left untouched: "
                    + "open it with the newer Triptych.", null);
        }
        try {
            return fromJson(root);
        } catch (RuntimeException e) {
            throw new ProjectFileException(file, "The project " + file.getFileName() + " has inconsistent content ("
                    + e.getMessage() + ") and was not opened; the file is left as it is.", e);
        }
    }

    /** Where autosaves of a project go: beside it, so they move with it. */
    public static Path autosaveOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".autosave");
    }

    /** Versions whose source file is no longer where the project says (their imported text is still in the project). */
    public static List<DocumentVersion> missingSources(Project w) {
        List<DocumentVersion> out = new ArrayList<>();
        for (DocumentVersion v : w.article().versions()) {
            String s = v.source();
            if (!s.isEmpty() && !s.startsWith("sample/") && !Files.exists(Path.of(s))) {
                out.add(v);
            }
        }
        return out;
    }

    private static ObjectNode toJson(Project w) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        ArrayNode versions = root.putArray("versions");
        java.util.Set<MachineDraft> drafts = new java.util.HashSet<>(w.machineDrafts());
        for (DocumentVersion v : w.article().versions()) {
            ObjectNode vn = versions.addObject();
            vn.put("language", v.language().code());
            vn.put("source", v.source());
            ArrayNode ps = vn.putArray("paragraphs");
            for (int i = 0; i < v.paragraphs().size(); i++) {
                Paragraph p = v.paragraphs().get(i);
                ObjectNode pn = ps.addObject();
                pn.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                pn.put("text", p.text());
                if (drafts.contains(new MachineDraft(v.language(), i))) {
                    pn.put("machineDraft", true);
                }
                ArrayNode ss = pn.putArray("sentences");
                for (Sentence s : p.sentences()) {
                    ss.addArray().add(s.start()).add(s.end());
                }
            }
        }
        ArrayNode alignments = root.putArray("alignments");
        for (Alignment a : w.alignments()) {
            ObjectNode an = alignments.addObject();
            an.put("target", a.target().code());
            an.put("level", a.level().code());
            ArrayNode beads = an.putArray("links");
            for (Bead b : a.beads()) {
                ObjectNode bn = beads.addObject();
                ArrayNode en = bn.putArray("english");
                b.english().forEach(en::add);
                ArrayNode tg = bn.putArray("target");
                b.target().forEach(tg::add);
                bn.put("confidence", b.confidence());
                bn.put("status", b.status().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        ArrayNode edits = root.putArray("edits");
        for (TextEdit e : w.edits()) {
            edits.addObject().put("language", e.language().code()).put("paragraph", e.paragraph())
                    .put("before", e.before()).put("after", e.after());
        }
        ArrayNode ignored = root.putArray("ignoredFindings");
        for (IgnoredFinding f : w.ignoredFindings()) {
            ignored.addObject().put("kind", f.kind()).put("language", f.language().code()).put("unit", f.unit())
                    .put("text", f.text()).put("ruleId", f.ruleId());
        }
        ArrayNode glossaries = root.putArray("glossaries");
        w.glossaries().forEach(glossaries::add);
        return root;
    }

    private static Project fromJson(JsonNode root) {
        List<DocumentVersion> versions = new ArrayList<>();
        List<MachineDraft> drafts = new ArrayList<>();
        for (JsonNode vn : root.path("versions")) {
            Language language = Language.of(required(vn, "language").asText());
            List<Paragraph> ps = new ArrayList<>();
            for (JsonNode pn : vn.path("paragraphs")) {
                if (pn.path("machineDraft").asBoolean(false)) {
                    drafts.add(new MachineDraft(language, ps.size()));
                }
                String text = required(pn, "text").asText();
                List<Sentence> ss = new ArrayList<>();
                for (JsonNode sn : pn.path("sentences")) {
                    int s = sn.get(0).asInt();
                    int e = sn.get(1).asInt();
                    ss.add(new Sentence(s, e, text.substring(s, e)));
                }
                ParagraphKind kind = ParagraphKind.valueOf(pn.path("kind").asText("body").toUpperCase(java.util.Locale.ROOT));
                ps.add(new Paragraph(text, kind, ss));
            }
            versions.add(new DocumentVersion(language, vn.path("source").asText(""), ps));
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no versions");
        }
        Article project = new Article(versions.get(0), versions.subList(1, versions.size()));
        List<Alignment> alignments = new ArrayList<>();
        for (JsonNode an : root.path("alignments")) {
            List<Bead> beads = new ArrayList<>();
            for (JsonNode bn : an.path("links")) {
                beads.add(new Bead(ints(bn.path("english")), ints(bn.path("target")), bn.path("confidence").asDouble(),
                        LinkStatus.valueOf(bn.path("status").asText("automatic").toUpperCase(java.util.Locale.ROOT))));
            }
            alignments.add(new Alignment(Language.of(required(an, "target").asText()),
                    AlignmentLevel.valueOf(an.path("level").asText("paragraph").toUpperCase(java.util.Locale.ROOT)), beads));
        }
        List<TextEdit> edits = new ArrayList<>();
        for (JsonNode en : root.path("edits")) {
            edits.add(new TextEdit(Language.of(en.path("language").asText()), en.path("paragraph").asInt(),
                    en.path("before").asText(), en.path("after").asText()));
        }
        List<IgnoredFinding> ignored = new ArrayList<>();
        for (JsonNode fn : root.path("ignoredFindings")) {
            ignored.add(new IgnoredFinding(fn.path("kind").asText(), Language.of(fn.path("language").asText()),
                    fn.path("unit").asInt(), fn.path("text").asText(), fn.path("ruleId").asText()));
        }
        List<String> glossaries = new ArrayList<>();
        root.path("glossaries").forEach(g -> glossaries.add(g.asText()));
        return new Project(project, alignments, edits, ignored, glossaries, drafts);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return v;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
