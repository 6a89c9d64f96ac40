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
