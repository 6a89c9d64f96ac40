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
}
