package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.GlossaryEdits;
import org.triptych.workbench.Session;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

class GlossaryViewModelTest {

    @TempDir
    Path dir;

    private final AtomicInteger saves = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();

    private GlossaryViewModel model() {
        Session session = new Session(TaskRunner.direct(), (e, t, l, a) -> List.of(), FindingsSource.none());
        GlossaryViewModel m = new GlossaryViewModel(TaskRunner.direct(), new GlossaryEdits(session, TaskRunner.direct(),
                dir.resolve("own")));
        m.onFileWritten((f, joined) -> saves.incrementAndGet(), f -> { });
        return m;
    }

    private Path sampleCopy() throws Exception {
        Path copy = dir.resolve("sample.tbx");
        Files.copy(Path.of("glossaries/sample.tbx"), copy);
        return copy;
    }

    private static Concept mistura() {
        Map<Language, List<Term>> terms = new LinkedHashMap<>();
        terms.put(Language.ENGLISH, List.of(Term.preferred("Staffan de Mistura"), Term.of("de Mistura", TermStatus.ADMITTED)));
        terms.put(Language.ARABIC, List.of(Term.preferred("ستافان دي ميستورا")));
        terms.put(Language.RUSSIAN, List.of(Term.preferred("Стаффан де Мистура"), Term.of("Стафан де Мистура", TermStatus.DEPRECATED),
                Term.of("Мистура-сан", TermStatus.FORBIDDEN)));
        return new Concept("c-staffan-de-mistura", ConceptType.PERSON, "UN envoy", terms);
    }

    @Test
    void searchFindsConceptsByAnyTermInAnyLanguageIgnoringCaseAndMarks() throws Exception {
        GlossaryViewModel m = model();
        m.load(List.of(sampleCopy().toString()));
        int all = m.shown().size();
        assertTrue(all > 3, "the sample has concepts");
        m.queryProperty().set("halvorsen");
        assertEquals(List.of("c-erik-halvorsen"), m.shown().stream().map(Concept::id).toList());
        m.queryProperty().set("ХАЛВОРСЕН");
        assertEquals(List.of("c-erik-halvorsen"), m.shown().stream().map(Concept::id).toList());
        m.queryProperty().set("هالفورسن");
        assertEquals(List.of("c-erik-halvorsen"), m.shown().stream().map(Concept::id).toList());
        m.queryProperty().set("HALVÖRSEN"); // a diacritic the glossary lacks still finds it
        assertEquals(List.of("c-erik-halvorsen"), m.shown().stream().map(Concept::id).toList());
        m.queryProperty().set("no such name anywhere");
        assertTrue(m.shown().isEmpty());
        m.queryProperty().set("");
        assertEquals(all, m.shown().size());
        assertTrue(GlossaryViewModel.line(m.shown().get(0)).startsWith("c-erik-halvorsen · person · Erik Halvorsen | "));
    }

    @Test
    void anAddedConceptIsSavedAsTbxAndReadBackWithItsTermsAndStatuses() throws Exception {
        GlossaryViewModel m = model();
        Path file = dir.resolve("new.tbx");
        m.load(List.of());
        m.put(mistura(), null, file.toString(), failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(1, saves.get());
        GlossaryLoad back = GlossaryFiles.read(file);
        assertFalse(back.hasErrors(), back.problems().toString());
        assertEquals(List.of(mistura()), back.glossary().concepts());
        assertEquals(List.of(file.toString()), m.files());
        m.queryProperty().set("мистура");
        assertEquals(List.of("c-staffan-de-mistura"), m.shown().stream().map(Concept::id).toList());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void editingAConceptOfTheSampleRewritesItInItsFileAndKeepsTheOthers() throws Exception {
        Path file = sampleCopy();
        int before = GlossaryFiles.read(file).glossary().size();
        GlossaryViewModel m = model();
        m.load(List.of(file.toString()));
        Concept old = m.shown().stream().filter(c -> c.id().equals("c-erik-halvorsen")).findFirst().orElseThrow();
        assertEquals(file.toString(), m.fileOf(old.id()).orElseThrow());
        Map<Language, List<Term>> terms = new LinkedHashMap<>(old.terms());
        List<Term> ru = new ArrayList<>(old.terms(Language.RUSSIAN));
        ru.add(Term.of("Хальворсен", TermStatus.FORBIDDEN));
        terms.put(Language.RUSSIAN, ru);
        Concept edited = new Concept("c-erik-halvorsen", old.type(), "checked by the desk", terms);
        m.put(edited, old.id(), file.toString(), failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        List<Concept> back = GlossaryFiles.read(file).glossary().concepts();
        assertEquals(before, back.size());
        Concept again = back.stream().filter(c -> c.id().equals("c-erik-halvorsen")).findFirst().orElseThrow();
        assertEquals("checked by the desk", again.note());
        assertEquals(TermStatus.FORBIDDEN, again.terms(Language.RUSSIAN).get(ru.size() - 1).status());
        assertEquals("Хальворсен", again.terms(Language.RUSSIAN).get(ru.size() - 1).text());
    }

    @Test
    void aCsvGlossaryRoundTrips() throws Exception {
        Path file = dir.resolve("terms.csv");
        GlossaryViewModel m = model();
        m.load(List.of());
        m.put(mistura(), null, file.toString(), failures::add);
        assertTrue(Files.readString(file).contains("c-staffan-de-mistura,person,"), "written as CSV");
        GlossaryViewModel again = model();
        again.load(List.of(file.toString()));
        assertEquals(List.of(mistura()), List.copyOf(again.shown()));
    }

    @Test
    void aFileThatCannotBeReadWholeIsNotOverwritten() throws Exception {
        Path file = dir.resolve("broken.tbx");
        String broken = "<?xml version=\"1.0\"?><tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
                + "<conceptEntry id=\"c-x\"><langSec xml:lang=\"en\"><termSec><term>X</term>";
        Files.writeString(file, broken);
        GlossaryViewModel m = model();
        m.load(List.of(file.toString()));
        m.put(mistura(), null, file.toString(), failures::add);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("broken.tbx") && failures.get(0).contains("not overwritten"), failures.get(0));
        assertEquals(broken, Files.readString(file));
        assertEquals(0, saves.get());
    }

    @Test
    void aNewConceptNeverReplacesAnotherWithTheSameId() throws Exception {
        Path file = sampleCopy();
        String before = Files.readString(file);
        GlossaryViewModel m = model();
        m.load(List.of(file.toString()));
        Concept clash = new Concept("c-erik-halvorsen", ConceptType.PERSON, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Someone Else"))));
        m.put(clash, null, file.toString(), failures::add);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("already used"), failures.get(0));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void idsAreSuggestedFromTheEnglishTerm() {
        assertEquals("c-staffan-de-mistura", GlossaryViewModel.suggestId("Staffan de Mistura"));
        assertEquals("c-sao-tome", GlossaryViewModel.suggestId("São Tomé "));
        assertEquals("", GlossaryViewModel.suggestId("  "));
    }
}
