package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/** Editing a concept keeps what the dialog does not show: term notes, sources, matching options, the concept's source. */
class ConceptDialogKeepsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aCorrectedTermKeepsItsNoteSourceAndOptionsAndTheConceptItsSource() throws Exception {
        Term un = new Term("UN", TermStatus.ADMITTED, true, false, true, false, "the short form in headlines", "AP Stylebook");
        Term full = new Term("United Nations", TermStatus.PREFERRED, false, false, false, false, "", "UNTERM");
        Term ru = new Term("ООН", TermStatus.PREFERRED, true, true, true, false, "аббревиатура", "ТАСС");
        Map<Language, List<Term>> terms = new LinkedHashMap<>();
        terms.put(Language.ENGLISH, List.of(full, un));
        terms.put(Language.RUSSIAN, List.of(ru));
        terms.put(Language.of("fr"), List.of(Term.preferred("Nations unies")));
        Concept un0 = new Concept("c-un", ConceptType.ORGANISATION, "the organisation", terms, "house style guide 2025");

        ConceptDialog.Result r = WaitForAsyncUtils.asyncFx(() -> {
            ConceptDialog d = new ConceptDialog(un0, Map.of(), List.of("/tmp/g.tbx"), "/tmp/g.tbx", java.util.Set.of("c-un"));
            VBox en = (VBox) d.getDialogPane().lookup("#terms-en");
            ((TextField) ((HBox) en.getChildren().get(0)).getChildren().get(0)).setText("United Nations Organization");
            return d.getResultConverter().call(ButtonType.OK);
        }).get(30, TimeUnit.SECONDS);

        Concept edited = r.concept();
        assertEquals("house style guide 2025", edited.source());
        assertEquals(List.of(new Term("United Nations Organization", TermStatus.PREFERRED, false, false, false, false, "",
                "UNTERM"), un), edited.terms(Language.ENGLISH), "the corrected term keeps its source, the other is as it was");
        assertEquals(List.of(ru), edited.terms(Language.RUSSIAN));
        assertEquals(List.of(Term.preferred("Nations unies")), edited.terms(Language.of("fr")), "a language not shown stays");
        assertEquals("the organisation", edited.note());
    }
}
