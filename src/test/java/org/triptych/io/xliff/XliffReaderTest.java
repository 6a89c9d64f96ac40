package org.triptych.io.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Language;

class XliffReaderTest {

    @TempDir
    Path dir;

    private XliffDocument read(String xml) throws Exception {
        return new XliffReader().read(Files.writeString(dir.resolve("in.xlf"), xml));
    }

    @Test
    void ourOwnExportsReadBackWithTheirTargetsAndStates() throws Exception {
        for (XliffVersion v : XliffVersion.values()) {
            Path file = dir.resolve("round-" + v + ".xlf");
            new XliffWriter("1").write(file, v, Language.ENGLISH, Language.ARABIC, "en.txt", XliffWriterTest.rows());
            XliffDocument doc = new XliffReader().read(file);
            assertEquals("en", doc.sourceLanguage());
            assertEquals("ar", doc.targetLanguage());
            assertEquals(List.of("u1", "u2", "u3", "u4", "u5"), doc.units().stream().map(XliffDocument.Unit::id).toList());
            assertEquals("اجتمع مجلس الأمن الدولي يوم الثلاثاء.", doc.targetsById().get("u1"));
            assertEquals("", doc.targetsById().get("u3"));
            assertEquals("سطر <مُعلَّم> & آخر.", doc.targetsById().get("u4"));
            assertEquals("A flagged   row\nwith two lines & <tags>.", doc.units().get(3).source(), "whitespace kept");
            assertEquals(List.of(XliffState.FINAL, XliffState.TRANSLATED, XliffState.INITIAL, XliffState.TRANSLATED,
                    XliffState.FINAL), doc.units().stream().map(XliffDocument.Unit::state).toList(), v.toString());
            assertEquals(v == XliffVersion.V2_1 ? "جرس\u0007 هنا." : "جرس هنا.", doc.targetsById().get("u5"),
                    "2.1 carries a control character as <cp>; 1.2 cannot");
        }
    }

    @Test
    void aCatToolsXliff2WithSegmentsAndInlineCodesGivesTheTextAPersonReads() throws Exception {
        XliffDocument doc = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="ru-RU">
                  <file id="f1">
                    <unit id="u1">
                      <originalData><data id="d1">&lt;br/&gt;</data></originalData>
                      <segment id="s1" state="final"><source>The <pc id="1">council</pc> met.</source>
                        <target>Совет <ph id="2" dataRef="d1"/>собрался.</target></segment>
                      <ignorable><source> </source></ignorable>
                      <segment id="s2" state="translated"><source>It voted.</source>
                        <target>Он <mrk id="m1" translate="no">проголосовал</mrk>.</target></segment>
                    </unit>
                    <unit id="u2"><segment><source>Untouched.</source></segment></unit>
                  </file>
                </xliff>
                """);
        assertEquals("2.0", doc.version());
        assertEquals(Map.of("u1", "Совет собрался. Он проголосовал.", "u2", ""), doc.targetsById());
        assertEquals("The council met. It voted.", doc.units().get(0).source());
        assertEquals(XliffState.TRANSLATED, doc.units().get(0).state(), "a unit is as far along as its least finished segment");
        assertEquals(XliffState.INITIAL, doc.units().get(1).state());
    }

    @Test
    void aTradosStyleXliff12WithCodesCandidatesAndApprovalIsRead() throws Exception {
        XliffDocument doc = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="en.docx" source-language="en-GB" target-language="ar-SA" datatype="x-docx">
                    <body>
                      <trans-unit id="1" approved="yes">
                        <source>Profits <g id="1">rose</g><x id="2"/>.</source>
                        <seg-source><mrk mtype="seg" mid="1">Profits rose.</mrk></seg-source>
                        <target state="signed-off">ارتفعت <g id="1">الأرباح</g><x id="2"/>.</target>
                        <alt-trans origin="mt"><target>نمت الأرباح.</target></alt-trans>
                        <note>Check the verb.</note>
                      </trans-unit>
                      <trans-unit id="2"><source>Costs <bpt id="3">&lt;b&gt;</bpt>fell<ept id="3">&lt;/b&gt;</ept>.</source>
                        <target state="needs-review-translation">انخفضت <bpt id="3">&lt;b&gt;</bpt>التكاليف<ept id="3">&lt;/b&gt;</ept>.</target>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """);
        assertEquals("en-GB", doc.sourceLanguage());
        assertEquals("ar-SA", doc.targetLanguage());
        assertEquals("Profits rose.", doc.units().get(0).source());
        assertEquals("ارتفعت الأرباح.", doc.units().get(0).target(), "the candidate in alt-trans is not the target");
        assertEquals(XliffState.FINAL, doc.units().get(0).state());
        assertEquals("Costs fell.", doc.units().get(1).source());
        assertEquals("انخفضت التكاليف.", doc.units().get(1).target());
        assertEquals(XliffState.TRANSLATED, doc.units().get(1).state());
    }

    @Test
    void badFilesAreRefusedInOneSentenceThatNamesThem() {
        for (String[] bad : List.of(
                new String[] {"<?xml version=\"1.0\"?><tmx version=\"1.4\"/>", "not an XLIFF file"},
                new String[] {"<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"><file id=\"f\"><unit id=\"u\">", "not well-formed"},
                new String[] {"<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&x;</source></trans-unit></body></file></xliff>", "refuses"},
                new String[] {"<xliff version=\"3.0\"/>", "not one Triptych reads"})) {
            XliffReadException e = assertThrows(XliffReadException.class, () -> read(bad[0]));
            assertTrue(e.getMessage().startsWith("in.xlf: "), e.getMessage());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("Exception"), e.getMessage());
            assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd: " + e.getMessage());
        }
    }
}
