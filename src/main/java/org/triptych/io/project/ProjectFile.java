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
import org.triptych.model.RowNote;
import org.triptych.model.WebOrigin;

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
 * <p>A version read from a web page carries {@code "web": {"url", "requested", "fetchedAt", "copy"}}: the address it
 * came from, the address asked for, when it was fetched (ISO-8601), and its saved copy's file name in the pages
 * folder beside the project ({@link #pagesFolder}). Optional too, for the same reason: an older reader opens the
 * project with the text as saved and the address as the version's source.
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
        } catch (ProjectDamage e) {
            throw new ProjectFileException(file, "The project " + file.getFileName() + " is damaged: " + e.getMessage()
                    + ". It was not opened and the file is left as it is; open its autosave ("
                    + autosaveOf(file).getFileName() + ") if there is one, or make the project again from the"
                    + " article's files.", e);
        }
    }

    /** Where autosaves of a project go: beside it, so they move with it. */
    public static Path autosaveOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".autosave");
    }

    /**
     * Where the copies of a project's web pages are kept: a folder beside it named after it
     * ({@code story.triptych.pages/}), so they move with it.
     */
    public static Path pagesFolder(Path project) {
        return project.resolveSibling(project.getFileName() + ".pages");
    }

    /**
     * Versions whose source file is no longer where the project says (their imported text is still in the project).
     * A version read from a web page has an address, not a file, and is never one of them.
     */
    public static List<DocumentVersion> missingSources(Project w) {
        List<DocumentVersion> out = new ArrayList<>();
        for (DocumentVersion v : w.article().versions()) {
            String s = v.source();
            if (w.webOrigin(v.language()).isPresent() || isWebAddress(s)) {
                continue;
            }
            if (!s.isEmpty() && !s.startsWith("sample/") && !exists(s)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
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
            w.webOrigin(v.language()).ifPresent(o -> vn.putObject("web").put("url", o.url())
                    .put("requested", o.requested()).put("fetchedAt", o.fetchedAt().toString()).put("copy", o.copy()));
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
        if (!w.notes().isEmpty()) {
            // optional, like machineDraft: a Triptych that predates notes skips the field and opens the project
            ArrayNode notes = root.putArray("notes");
            for (RowNote n : w.notes()) {
                notes.addObject().put("level", n.level().code()).put("language", n.language().code())
                        .put("unit", n.unit()).put("text", n.text());
            }
        }
        return root;
    }

    private static Project fromJson(JsonNode root) throws ProjectDamage {
        List<DocumentVersion> versions = new ArrayList<>();
        List<MachineDraft> drafts = new ArrayList<>();
        List<WebOrigin> origins = new ArrayList<>();
        for (JsonNode vn : array(root, "versions", "the list of versions")) {
            Language language = language(vn, "language", "a version");
            String name = language.displayName();
            if (versions.stream().anyMatch(v -> v.language().equals(language))) {
                throw new ProjectDamage("it holds two " + name + " versions");
            }
            List<Paragraph> ps = new ArrayList<>();
            for (JsonNode pn : array(vn, "paragraphs", "the " + name + " paragraphs")) {
                String where = "paragraph " + (ps.size() + 1) + " of the " + name + " version";
                if (pn.path("machineDraft").asBoolean(false)) {
                    drafts.add(new MachineDraft(language, ps.size()));
                }
                JsonNode textNode = pn.get("text");
                if (textNode == null || !textNode.isTextual()) {
                    throw new ProjectDamage(where + " has no text");
                }
                String text = textNode.asText();
                List<Sentence> ss = new ArrayList<>();
                int last = 0;
                for (JsonNode sn : array(pn, "sentences", "the sentences of " + where)) {
                    if (!sn.isArray() || sn.size() != 2 || !sn.get(0).canConvertToInt() || !sn.get(1).canConvertToInt()) {
                        throw new ProjectDamage("a sentence of " + where + " is not a pair of offsets");
                    }
                    int st = sn.get(0).asInt();
                    int en = sn.get(1).asInt();
                    if (st < last || en < st || en > text.length()) {
                        throw new ProjectDamage("a sentence of " + where + " runs from character " + st + " to " + en
                                + ", outside the paragraph's " + text.length() + " characters");
                    }
                    ss.add(new Sentence(st, en, text.substring(st, en)));
                    last = en;
                }
                ps.add(new Paragraph(text, kind(pn.path("kind").asText("body"), where), ss));
            }
            String source = vn.path("source").asText("");
            versions.add(new DocumentVersion(language, source, ps));
            webOrigin(vn.get("web"), language, source).ifPresent(origins::add);
        }
        if (versions.isEmpty() || !versions.get(0).language().equals(Language.ENGLISH)) {
            throw new ProjectDamage(versions.isEmpty() ? "it holds no version of the article"
                    : "its first version is not the English one every other version is aligned to");
        }
        Article article = new Article(versions.get(0), versions.subList(1, versions.size()));
        List<Alignment> alignments = new ArrayList<>();
        for (JsonNode an : array(root, "alignments", "the list of links")) {
            Language target = language(an, "target", "a list of links");
            AlignmentLevel level = level(an.path("level").asText("paragraph"));
            DocumentVersion tv = article.version(target).orElse(null);
            if (tv == null || target.equals(Language.ENGLISH)) {
                throw new ProjectDamage("it holds links to a " + target.displayName() + " version it does not have");
            }
            String unit = level == AlignmentLevel.PARAGRAPH ? "paragraph" : "sentence";
            int enCount = count(article.english(), level);
            int tgCount = count(tv, level);
            java.util.Set<Integer> seenEn = new java.util.HashSet<>();
            java.util.Set<Integer> seenTg = new java.util.HashSet<>();
            List<Bead> beads = new ArrayList<>();
            for (JsonNode bn : array(an, "links", "the " + target.displayName() + " links")) {
                List<Integer> en = indices(bn.path("english"), enCount, seenEn, "its " + target.displayName()
                        + " " + unit + " links", "English " + unit);
                List<Integer> tg = indices(bn.path("target"), tgCount, seenTg, "its " + target.displayName()
                        + " " + unit + " links", target.displayName() + " " + unit);
                if (en.isEmpty() && tg.isEmpty()) {
                    throw new ProjectDamage("one of its " + target.displayName() + " " + unit + " links links nothing");
                }
                double confidence = bn.path("confidence").asDouble(0);
                if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
                    confidence = 0; // a doubt about the doubt: the link stays, with no confidence claimed
                }
                beads.add(new Bead(en, tg, confidence, status(bn.path("status").asText("automatic"))));
            }
            alignments.add(new Alignment(target, level, beads));
        }
        List<TextEdit> edits = new ArrayList<>();
        for (JsonNode en : array(root, "edits", "the list of edits")) {
            Language language = language(en, "language", "an edit");
            DocumentVersion v = article.version(language).orElse(null);
            int paragraph = en.path("paragraph").asInt(-1);
            if (v == null || paragraph < 0) {
                throw new ProjectDamage("it records an edit of " + (v == null ? "a " + language.displayName()
                        + " version it does not have" : "a paragraph with no number"));
            }
            if (paragraph >= v.paragraphs().size()) {
                // the record of an edit to text since replaced (an earlier Triptych kept them on import): dropped
                continue;
            }
            edits.add(new TextEdit(language, paragraph, en.path("before").asText(), en.path("after").asText()));
        }
        List<IgnoredFinding> ignored = new ArrayList<>();
        for (JsonNode fn : array(root, "ignoredFindings", "the list of ignored findings")) {
            ignored.add(new IgnoredFinding(fn.path("kind").asText(), language(fn, "language", "an ignored finding"),
                    fn.path("unit").asInt(), fn.path("text").asText(), fn.path("ruleId").asText()));
        }
        List<String> glossaries = new ArrayList<>();
        array(root, "glossaries", "the list of glossaries").forEach(g -> glossaries.add(g.asText()));
        for (MachineDraft d : drafts) {
            if (d.paragraph() >= article.version(d.language()).orElseThrow().paragraphs().size()) {
                throw new ProjectDamage("it marks a machine draft that is not in the article");
            }
        }
        List<RowNote> notes = new ArrayList<>();
        for (JsonNode nn : array(root, "notes", "the list of notes")) {
            Language language = language(nn, "language", "a note");
            AlignmentLevel level = level(nn.path("level").asText("paragraph"));
            DocumentVersion v = article.version(language).orElse(null);
            int unit = nn.path("unit").asInt(-1);
            if (v == null || unit < 0 || unit >= count(v, level)) {
                // a note on text since replaced: its row is gone, so is the note (as with edits)
                continue;
            }
            notes.add(new RowNote(level, language, unit, nn.path("text").asText("")));
        }
        return new Project(article, alignments, edits, ignored, glossaries, drafts, origins, notes);
    }

    /**
     * A version's web origin as saved. One that does not fit (another address than the version's source, no time, a
     * copy name with folders in it) is dropped rather than refused: the version's text is what matters, and it is there.
     */
    private static java.util.Optional<WebOrigin> webOrigin(JsonNode web, Language language, String source) {
        if (web == null || !web.isObject()) {
            return java.util.Optional.empty();
        }
        try {
            WebOrigin o = new WebOrigin(language, web.path("url").asText(source), web.path("requested").asText(""),
                    java.time.Instant.parse(web.path("fetchedAt").asText()),
                    web.path("copy").asText(WebOrigin.copyName(language)));
            return o.url().equals(source) ? java.util.Optional.of(o) : java.util.Optional.empty();
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A project file whose content does not fit together; the message says what, for a person. */
    private static final class ProjectDamage extends Exception {
        ProjectDamage(String what) {
            super(what, null, false, false);
        }
    }

    /** The array under {@code field}; a missing field is an empty list (older files lack some). */
    private static JsonNode array(JsonNode n, String field, String what) throws ProjectDamage {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return JSON.createArrayNode();
        }
        if (!v.isArray()) {
            throw new ProjectDamage(what + " is not a list");
        }
        return v;
    }

    private static Language language(JsonNode n, String field, String what) throws ProjectDamage {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new ProjectDamage(what + " names no language");
        }
        try {
            return Language.of(v.asText());
        } catch (IllegalArgumentException e) {
            throw new ProjectDamage(what + " names '" + v.asText() + "', which is not a language code");
        }
    }

    private static ParagraphKind kind(String name, String where) throws ProjectDamage {
        for (ParagraphKind k : ParagraphKind.values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new ProjectDamage(where + " is of an unknown kind '" + name + "'");
    }

    private static AlignmentLevel level(String name) throws ProjectDamage {
        for (AlignmentLevel l : AlignmentLevel.values()) {
            if (l.name().equalsIgnoreCase(name) || l.code().equalsIgnoreCase(name)) {
                return l;
            }
        }
        throw new ProjectDamage("it holds links at an unknown level '" + name + "'");
    }

    private static LinkStatus status(String name) throws ProjectDamage {
        for (LinkStatus s : LinkStatus.values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new ProjectDamage("a link has an unknown status '" + name + "'");
    }

    private static int count(DocumentVersion v, AlignmentLevel level) {
        return level == AlignmentLevel.PARAGRAPH ? v.paragraphs().size() : v.sentenceTexts().size();
    }

    /** A link's unit numbers, each checked against the version (in range, in no other link). */
    private static List<Integer> indices(JsonNode array, int count, java.util.Set<Integer> seen, String links, String unit)
            throws ProjectDamage {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new ProjectDamage("one of " + links + " is not a list of numbers");
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode x : array) {
            if (!x.canConvertToInt()) {
                throw new ProjectDamage("one of " + links + " holds '" + x.asText() + "' where a number belongs");
            }
            int i = x.asInt();
            if (i < 0 || i >= count) {
                String word = unit.substring(unit.lastIndexOf(' ') + 1);
                throw new ProjectDamage(links + " point to " + (i < 0 ? "a " + word + " numbered " + i
                        : unit + " " + (i + 1)) + ", and that version has " + count + " " + word + (count == 1 ? "" : "s"));
            }
            if (!seen.add(i)) {
                throw new ProjectDamage(links + " link " + unit + " " + (i + 1) + " twice");
            }
            out.add(i);
        }
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
