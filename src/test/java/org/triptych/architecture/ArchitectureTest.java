package org.triptych.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering rules of docs/decisions/0002-layers.md, checked on the compiled main classes: only {@code ui} touches
 * JavaFX, {@code model} depends on nothing but the JDK's basic packages, only {@code cli} writes to the terminal, the
 * engines stand side by side (docs/decisions/0004-language-profiles.md), and {@code text} and {@code model} sit
 * below all of them.
 */
class ArchitectureTest {

    private static final List<String> ENGINES = List.of("align", "terms", "langcheck", "mt");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.triptych");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.triptych.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("the engines, formats and command line must run without a display")
                .check(classes);
    }

    @Test
    void modelDependsOnlyOnTheJdkBasics() {
        classes().that().resideInAPackage("org.triptych.model..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.triptych.model..", "java.lang..", "java.util..", "java.math..", "java.time..",
                        "java.text..")
                .because("the model is plain data: no I/O, no other layer of ours, no library")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.triptych.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("libraries report through return values, exceptions and System.Logger; the terminal is the CLI's")
                .check(classes);
    }

    @Test
    void enginesDoNotReachUpIntoTheUserInterfaceOrCommandLine() {
        noClasses().that().resideInAnyPackage("org.triptych.model..", "org.triptych.text..", "org.triptych.align..",
                        "org.triptych.terms..", "org.triptych.langcheck..", "org.triptych.mt..", "org.triptych.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.triptych.ui..", "org.triptych.cli..",
                        "org.triptych.workbench..")
                .because("data flows one way: import, model, engines, then view")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandLineReachTheEnginesThroughTheWorkbench() {
        noClasses().that().resideInAnyPackage("org.triptych.ui..", "org.triptych.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.triptych.align..", "org.triptych.terms..",
                        "org.triptych.langcheck..", "org.triptych.mt..")
                .because("the window and the command line must behave the same: both drive the engines through one "
                        + "workbench, which wires them (docs/decisions/0005-workbench-layers.md)")
                .check(classes);
    }

    @Test
    void theWorkbenchKnowsNeitherTheWindowNorTheCommandLine() {
        noClasses().that().resideInAPackage("org.triptych.workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.triptych.ui..", "org.triptych.cli..")
                .because("the workbench is what both of them drive; it runs in tests without either")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandLineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.triptych.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.triptych.cli..")
                .because("what both need lives in the workbench")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "terms", "langcheck", "mt"})
    void enginesImportNoneOfEachOther(String engine) {
        String[] others = ENGINES.stream().filter(e -> !e.equals(engine)).map(e -> "org.triptych." + e + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("org.triptych." + engine + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("the engines stand side by side: a seam one needs is an interface it owns (mt.DraftChecker, "
                        + "langcheck.GlossaryForms, align.TermEvidence), and the workbench wires one engine into "
                        + "another, so each engine is tested, replaced and read on its own")
                .check(classes);
    }

    @Test
    void textAndModelImportNoEngineFormatWorkbenchOrView() {
        noClasses().that().resideInAnyPackage("org.triptych.text..", "org.triptych.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.triptych.align..", "org.triptych.terms..",
                        "org.triptych.langcheck..", "org.triptych.mt..", "org.triptych.io..",
                        "org.triptych.workbench..", "org.triptych.ui..", "org.triptych.cli..")
                .because("every engine and format builds on the model and on text's per-language knowledge (the "
                        + "language profiles); were they to reach up, a language fact could hide in an engine again")
                .check(classes);
    }

    @Test
    void formatsImportNoEngine() {
        noClasses().that().resideInAPackage("org.triptych.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.triptych.align..", "org.triptych.terms..",
                        "org.triptych.langcheck..", "org.triptych.mt..")
                .because("import, glossary formats, project files and exports read and write the model (and use "
                        + "text for sentences and language guessing); what engines compute reaches a file through "
                        + "the model or the workbench, so a format never runs an engine")
                .check(classes);
    }
}
