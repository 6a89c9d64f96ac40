package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.GlossaryEdits;
import org.triptych.workbench.QueuedTasks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.Project;

/**
 * Concept add / edit / delete in the workbench's one Edit ▸ Undo / Redo history: the glossary view model wired to the
 * aligned view model as the glossary panel wires them, on real TBX and CSV files, with {@link TaskRunner#direct()}.
 */
class GlossaryUndoTest {

    @TempDir
    Path dir;

    private AlignedViewModel vm;
    private GlossaryViewModel glossary;
    private final List<String> failures = new ArrayList<>();
    private final List<String> restored = new ArrayList<>();

    @BeforeEach
    void open() {
        vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), (p, l, g, pr) -> List.of());
        vm.open(Project.of(SampleArticle.load()));
        glossary = wired(TaskRunner.direct());
    }

    /** As GlossaryPanel wires it (a save of a file the project does not use yet adds it to the project). */
    private GlossaryViewModel wired(TaskRunner tasks) {
        GlossaryViewModel g = new GlossaryViewModel(tasks, new GlossaryEdits(vm.session(), tasks, dir.resolve("own")));
        g.onFileWritten((file, joined) -> { }, restored::add);
        return g;
    }

    private Path sampleCopy(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(Path.of("glossaries/sample.tbx"), copy);
        vm.addGlossary(copy.toString());
        glossary.load(vm.glossaries());
        return copy;
    }

    private static Concept mistura() {
        Map<Language, List<Term>> terms = new LinkedHashMap<>();
        terms.put(Language.ENGLISH, List.of(Term.preferred("Staffan de Mistura")));
        terms.put(Language.RUSSIAN, List.of(Term.preferred("Стаффан де Мистура")));
        return new Concept("c-staffan-de-mistura", ConceptType.PERSON, "UN envoy", terms);
    }

    private Concept shown(String id) {
        return glossary.shown().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private List<String> idsIn(Path file) {
        return GlossaryFiles.read(file).glossary().concepts().stream().map(Concept::id).toList();
    }

    @Test
    void anAddedConceptIsUndoneToTheFilesPreviousBytesAndRedone() throws Exception {
        Path file = sampleCopy("sample.tbx");
        byte[] original = Files.readAllBytes(file);
        glossary.put(mistura(), null, file.toString(), failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        byte[] added = Files.readAllBytes(file);
        assertTrue(idsIn(file).contains("c-staffan-de-mistura"));
        assertTrue(vm.canUndoProperty().get());
        assertEquals("Undo add concept 'Staffan de Mistura'", vm.undoNameProperty().get());
        vm.undo();
        assertArrayEquals(original, Files.readAllBytes(file), "the file's previous content, byte for byte");
        assertEquals(null, shown("c-staffan-de-mistura"), "the panel re-read the file");
        assertEquals(List.of(file.toString()), restored, "the highlights were told to re-read it");
        assertEquals("Redo add concept 'Staffan de Mistura'", vm.redoNameProperty().get());
        vm.redo();
        assertArrayEquals(added, Files.readAllBytes(file));
        assertEquals(mistura(), shown("c-staffan-de-mistura"));
        assertFalse(vm.canRedoProperty().get());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aDeletedConceptComesBackWithUndo() throws Exception {
        Path file = sampleCopy("sample.tbx");
        byte[] original = Files.readAllBytes(file);
        Concept halvorsen = shown("c-erik-halvorsen");
        glossary.delete(halvorsen, glossary.fileOf(halvorsen.id()).orElseThrow(), failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        assertFalse(idsIn(file).contains("c-erik-halvorsen"));
        assertTrue(idsIn(file).contains("c-un"), "the other concepts stay");
        assertEquals(null, shown("c-erik-halvorsen"));
        assertEquals("Undo delete concept 'Erik Halvorsen'", vm.undoNameProperty().get());
        vm.undo();
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(halvorsen, shown("c-erik-halvorsen"));
        vm.redo();
        assertFalse(idsIn(file).contains("c-erik-halvorsen"));
    }

    @Test
    void deletingAConceptNoLongerInTheFileIsRefusedAndRecordsNothing() throws Exception {
        Path file = sampleCopy("sample.tbx");
        Concept halvorsen = shown("c-erik-halvorsen");
        glossary.delete(halvorsen, file.toString(), failures::add);
        String undoName = vm.undoNameProperty().get();
        glossary.delete(halvorsen, file.toString(), failures::add); // the list was not clicked again: same concept
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("no longer in the file"), failures.get(0));
        assertEquals(undoName, vm.undoNameProperty().get(), "a refused save is no step");
    }

    @Test
    void glossaryEditsAndLinkEditsUndoInTheOrderTheyWereMade() throws Exception {
        Path file = sampleCopy("sample.tbx");
        byte[] original = Files.readAllBytes(file);
        int rows = vm.rows().size();
        glossary.put(mistura(), null, file.toString(), failures::add);
        byte[] added = Files.readAllBytes(file);
        vm.mergeWithNext(0);
        glossary.delete(shown("c-un"), file.toString(), failures::add);
        byte[] deleted = Files.readAllBytes(file);
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(rows - 1, vm.rows().size());

        vm.undo(); // the delete
        assertArrayEquals(added, Files.readAllBytes(file));
        assertEquals(rows - 1, vm.rows().size(), "the link edit is not undone yet");
        assertEquals("Undo merge with next row", vm.undoNameProperty().get());
        vm.undo(); // the merge
        assertEquals(rows, vm.rows().size());
        assertArrayEquals(added, Files.readAllBytes(file), "the glossary is not touched by a link undo");
        vm.undo(); // the add
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals("Undo add glossary", vm.undoNameProperty().get());

        vm.redo();
        assertArrayEquals(added, Files.readAllBytes(file));
        assertEquals(rows, vm.rows().size());
        vm.redo();
        assertEquals(rows - 1, vm.rows().size());
        vm.redo();
        assertArrayEquals(deleted, Files.readAllBytes(file));
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void undoRefusesWhenAnotherProgramChangedTheFileAndLosesNothing() throws Exception {
        Path file = sampleCopy("sample.tbx");
        vm.mergeWithNext(0);
        int rows = vm.rows().size();
        glossary.put(mistura(), null, file.toString(), failures::add);
        // another tool rewrites the file: a glossary of its own
        String theirs = Files.readString(file).replace("Staffan de Mistura", "Staffan de Mistura (checked)");
        Files.writeString(file, theirs);
        vm.undo();
        assertEquals(theirs, Files.readString(file), "their content is kept");
        String notice = vm.noticeProperty().get();
        assertTrue(notice.startsWith("Not undone: Add concept 'Staffan de Mistura'") && notice.contains("sample.tbx")
                && notice.contains("changed since"), notice);
        assertFalse(vm.canRedoProperty().get(), "the refused edit left the history");
        assertEquals("Undo merge with next row", vm.undoNameProperty().get(), "the rest of the history stays usable");
        vm.undo();
        assertEquals(rows + 1, vm.rows().size());
        assertEquals(theirs, Files.readString(file));
        assertTrue(glossary.statusProperty().get().startsWith("Not undone"), glossary.statusProperty().get());
    }

    @Test
    void redoRefusesWhenTheFileWasDeletedMeanwhile() throws Exception {
        Path file = sampleCopy("sample.tbx");
        glossary.delete(shown("c-un"), file.toString(), failures::add);
        vm.undo();
        Files.delete(file);
        vm.redo();
        assertFalse(Files.exists(file), "nothing written in its place");
        assertTrue(vm.noticeProperty().get().contains("deleted since"), vm.noticeProperty().get());
        assertEquals("Undo add glossary", vm.undoNameProperty().get(), "the refused redo left the history");
    }

    @Test
    void aConceptSavedToANewCsvFileUndoesTheProjectReferenceThenTheFile() throws Exception {
        Path file = dir.resolve("new.csv");
        glossary.load(vm.glossaries());
        glossary.put(mistura(), null, file.toString(), failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(List.of(file.toString()), List.copyOf(vm.glossaries()), "the new file joined the project");
        byte[] written = Files.readAllBytes(file);
        assertTrue(new String(written, java.nio.charset.StandardCharsets.UTF_8).contains("c-staffan-de-mistura,person,"));
        vm.undo(); // the project reference, added after the save
        assertTrue(vm.glossaries().isEmpty());
        assertTrue(Files.exists(file));
        assertEquals("Undo add concept 'Staffan de Mistura'", vm.undoNameProperty().get());
        vm.undo(); // the save that made the file: there was no file before
        assertFalse(Files.exists(file));
        vm.redo();
        assertArrayEquals(written, Files.readAllBytes(file));
        assertTrue(vm.glossaries().isEmpty(), "a redone save does not add the file a second time");
        vm.redo();
        assertEquals(List.of(file.toString()), List.copyOf(vm.glossaries()));
    }

    @Test
    void anEditedConceptIsUndoneInACsvFile() throws Exception {
        Path file = dir.resolve("terms.csv");
        glossary.load(vm.glossaries());
        glossary.put(mistura(), null, file.toString(), failures::add);
        byte[] first = Files.readAllBytes(file);
        Concept renamed = new Concept(mistura().id(), ConceptType.PERSON, "special envoy", mistura().terms());
        glossary.put(renamed, mistura().id(), file.toString(), failures::add);
        assertEquals("Undo edit concept 'Staffan de Mistura'", vm.undoNameProperty().get());
        vm.undo();
        assertArrayEquals(first, Files.readAllBytes(file));
        assertEquals("UN envoy", shown(mistura().id()).note());
    }

    @Test
    void twoQuickUndosOfOneFileAreWrittenInTheOrderAsked() throws Exception {
        QueuedTasks later = new QueuedTasks();
        glossary = wired(later);
        Path file = dir.resolve("quick.tbx");
        Files.copy(Path.of("glossaries/sample.tbx"), file);
        byte[] original = Files.readAllBytes(file);
        glossary.put(mistura(), null, file.toString(), failures::add);
        later.runAllNewestFirst();
        glossary.delete(mistura(), file.toString(), failures::add);
        later.runAllNewestFirst();
        assertTrue(failures.isEmpty(), failures.toString());
        vm.undo(); // the add joined the project: its reference first
        vm.undo();
        vm.undo();
        assertEquals(2, later.waiting());
        later.runAllNewestFirst();
        assertArrayEquals(original, Files.readAllBytes(file));
        assertTrue(vm.noticeProperty().get().startsWith("Undone"), vm.noticeProperty().get());
    }
}
