package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@code triptych …} does with its arguments: a window for none or a project file, a command otherwise. */
class MainTest {

    @Test
    void aProjectFileAloneOpensTheWindowEverythingElseIsACommand() {
        assertTrue(Main.opensWindow(new String[0]));
        assertTrue(Main.opensWindow(new String[] {"/home/ann/gaza-ceasefire.triptych"}));
        assertFalse(Main.opensWindow(new String[] {"align", "--en", "a.txt"}));
        assertFalse(Main.opensWindow(new String[] {"article.txt"}), "an article is not a project: a clear error, not a window");
        assertFalse(Main.opensWindow(new String[] {"a.triptych", "b.triptych"}));
    }

    @Test
    void anUnknownArgumentIsRefusedWithAHint() {
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("article.txt");
        assertEquals(2, code);
        assertTrue(err.toString().contains("Unmatched argument"), err.toString());
    }

    @Test
    void versionNamesTheBuildTheCommitAndTheJavaRuntime() {
        StringWriter out = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--version"));
        String[] lines = out.toString().split("\\R");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[0].startsWith("Triptych ") && !lines[0].contains("$"), lines[0]);
        assertTrue(lines[1].startsWith("commit "), lines[1]);
        assertTrue(lines[2].startsWith("Java " + System.getProperty("java.runtime.version")), lines[2]);
        assertTrue(lines[2].contains(System.getProperty("java.home")), lines[2]);
    }

    @Test
    void aNamedCommandIsTheOnlyOneSetUpAnythingElseGetsThemAll() {
        assertEquals(java.util.Set.of("align"), Main.commandLine("align").getSubcommands().keySet());
        assertEquals(Main.COMMANDS.size(), Main.commandLine("alig").getSubcommands().size(), "a hint needs every name");
        assertEquals(Main.COMMANDS.size(), Main.commandLine("--help").getSubcommands().size());
        assertEquals(Main.COMMANDS.size(), Main.commandLine().getSubcommands().size());
    }

    @Test
    void picocliDoesNotLookForGroovy() {
        Main.commandLine("align");
        assertEquals("true", System.getProperty(Main.NO_GROOVY), "a class looked for in vain opens every jar");
    }
}
