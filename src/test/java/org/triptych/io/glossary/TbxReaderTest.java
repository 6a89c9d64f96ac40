package org.triptych.io.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

class TbxReaderTest {

    @TempDir
    Path dir;

    private GlossaryLoad read(String name, String xml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, xml, StandardCharsets.UTF_8);
        return new TbxReader().read(f);
    }

    static final String V3 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="un">
                  <descrip type="subjectField">organisation</descrip>
                  <descrip type="definition">The world body &amp; its organs</descrip>
                  <langSec xml:lang="en">
                    <termSec><term>United Nations</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                    <termSec><term>UN</term><termNote type="termType">acronym</termNote>
                      <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                  </langSec>
                  <langSec xml:lang="ar-SA">
                    <termSec><term>الأمم المتحدة</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  </langSec>
                  <langSec xml:lang="ru">
                    <termSec><term>Организация Объединённых Наций</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                    <termSec><term>ОН</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """;

    @Test
    void readsTbxV3ConceptsTermsStatusesAndOptions() throws IOException {
        GlossaryLoad load = read("g.tbx", V3);
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        Concept un = load.glossary().concepts().get(0);
        assertEquals("un", un.id());
        assertEquals(ConceptType.ORGANISATION, un.type());
        assertEquals("The world body & its organs", un.note());
        assertEquals(List.of(new Term("United Nations", TermStatus.PREFERRED, false, false, false),
                new Term("UN", TermStatus.ADMITTED, false, false, true)), un.terms(Language.ENGLISH));
        assertEquals("الأمم المتحدة", un.preferred(Language.ARABIC).orElseThrow().text());
        assertEquals(TermStatus.DEPRECATED, un.terms(Language.RUSSIAN).get(1).status());
    }

    @Test
    void readsTbxV2MartifWithTigAndNtig() throws IOException {
        GlossaryLoad load = read("old.tbx", """
                <?xml version="1.0"?>
                <martif type="TBX" xml:lang="en"><martifHeader/><text><body>
                  <termEntry id="c1">
                    <langSet xml:lang="en"><tig><term>Security Council</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                    <langSet xml:lang="ru"><ntig><termGrp><term>Совет Безопасности</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
                      <tig><term>Совбез</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
                    </langSet>
                  </termEntry>
                </body></text></martif>
                """);
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        Concept c = load.glossary().concepts().get(0);
        assertEquals("Security Council", c.preferred(Language.ENGLISH).orElseThrow().text());
        assertEquals(List.of(Term.preferred("Совет Безопасности"), Term.of("Совбез", TermStatus.DEPRECATED)),
                c.terms(Language.RUSSIAN));
    }

    @Test
    void writesV3AndV2ThatReadBackEqual() throws IOException {
        Glossary g = read("g.tbx", V3).glossary();
        Concept extra = new Concept("c-bogdanov", ConceptType.PERSON, "Not x<&>\" the painter", java.util.Map.of(Language.RUSSIAN, List.of(
                new Term("Богданов", TermStatus.PREFERRED, true, true, false),
                Term.of("Богданофф", TermStatus.FORBIDDEN))));
        Glossary both = new Glossary("mem", List.of(g.concepts().get(0), extra));
        for (TbxWriter.Version v : TbxWriter.Version.values()) {
            Path f = dir.resolve("out-" + v + ".tbx");
            new TbxWriter().write(both, v, f);
            String xml = Files.readString(f);
            assertTrue(xml.contains(v == TbxWriter.Version.V3 ? "<conceptEntry" : "<termEntry"), xml);
            GlossaryLoad back = new TbxReader().read(f);
            assertTrue(back.problems().isEmpty(), back.problems().toString());
            assertEquals(both.concepts(), back.glossary().concepts());
        }
    }

    @Test
    void xxePayloadIsRefusedAndNothingLeaks() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        GlossaryLoad load = read("xxe.tbx", """
                <?xml version="1.0"?>
                <!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "%s"> ]>
                <tbx type="TBX-Basic"><text><body><conceptEntry id="a"><langSec xml:lang="en">
                <termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>
                """.formatted(secret.toUri()));
        assertTrue(load.hasErrors());
        assertTrue(load.glossary().isEmpty());
        assertFalse(load.problems().toString().contains("TOP-SECRET"));
        assertTrue(load.problems().get(0).message().contains("entit"), load.problems().toString());
        assertTrue(load.problems().get(0).source().endsWith("xxe.tbx"));
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        long t0 = System.nanoTime();
        GlossaryLoad load = read("lol.tbx", "<?xml version=\"1.0\"?><!DOCTYPE tbx [" + dtd + "]><tbx><text><body>"
                + "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>&lol9;</term></termSec></langSec>"
                + "</conceptEntry></body></text></tbx>");
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertTrue(load.hasErrors());
        assertTrue(load.glossary().isEmpty());
    }

    @Test
    void malformedXmlKeepsConceptsBeforeTheErrorAndNamesTheLine() throws IOException {
        GlossaryLoad load = read("broken.tbx", """
                <tbx><text><body>
                <conceptEntry id="ok"><langSec xml:lang="en"><termSec><term>Kremlin</term></termSec></langSec></conceptEntry>
                <conceptEntry id="bad"><langSec xml:lang="en"><termSec><term>Broken</termSec></langSec></conceptEntry>
                </body></text></tbx>
                """);
        assertTrue(load.hasErrors());
        assertEquals(List.of("ok"), load.glossary().concepts().stream().map(Concept::id).toList());
        GlossaryProblem p = load.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("malformed XML"), p.message());
    }

    @Test
    void unknownDialectIsRefusedWithItsRootName() throws IOException {
        GlossaryLoad load = read("x.tbx", "<glossary><entry>UN</entry></glossary>");
        assertTrue(load.hasErrors());
        assertTrue(load.problems().get(0).message().contains("<glossary>"));
        GlossaryLoad odd = read("y.tbx", """
                <tbx type="TBX-Foo"><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>Kremlin</term>
                </termSec></langSec></conceptEntry></body></text></tbx>""");
        assertEquals(1, odd.glossary().size());
        assertTrue(odd.problems().stream().anyMatch(p -> p.message().contains("unknown TBX dialect")));
        GlossaryLoad notTbx = read("z.tbx", "<tbx type=\"Glossary\"><text><body/></text></tbx>");
        assertTrue(notTbx.problems().stream().anyMatch(p -> p.message().contains("unknown TBX dialect")));
    }

    @Test
    void badTermsAndDuplicateIdsAreReportedAndTheRestLoads() throws IOException {
        GlossaryLoad load = read("dups.tbx", """
                <tbx><text><body>
                <conceptEntry id="a"><langSec xml:lang="en"><termSec><term>Kremlin</term></termSec>
                  <termSec><term>?!</term></termSec><termSec><term>K</term></termSec></langSec></conceptEntry>
                <conceptEntry id="a"><langSec xml:lang="ru"><termSec><term>Кремль</term></termSec></langSec></conceptEntry>
                <conceptEntry id="b"><langSec xml:lang="en"><termSec><term>...</term></termSec></langSec></conceptEntry>
                </body></text></tbx>
                """);
        assertFalse(load.hasErrors());
        assertEquals(1, load.glossary().size());
        Concept a = load.glossary().concepts().get(0);
        assertEquals(List.of("Kremlin"), a.terms(Language.ENGLISH).stream().map(Term::text).toList());
        assertEquals("Кремль", a.terms(Language.RUSSIAN).get(0).text());
        String all = load.problems().toString();
        assertTrue(all.contains("'?!'") && all.contains("no letters"), all);
        assertTrue(all.contains("one-letter term 'K'"), all);
        assertTrue(all.contains("duplicate concept id 'a' (first at line 2)"), all);
        assertTrue(all.contains("concept 'b' has no usable term"), all);
    }

    @Test
    void emptyGlossaryAndEmptyFileSaySo() throws IOException {
        GlossaryLoad empty = read("e.tbx", "<tbx><text><body/></text></tbx>");
        assertTrue(empty.glossary().isEmpty());
        assertTrue(empty.problems().toString().contains("holds no concepts"));
        GlossaryLoad nothing = read("n.tbx", "");
        assertTrue(nothing.hasErrors());
    }

    @Test
    void filesWrittenBeforeTbxBasicConformanceStillReadTheirTypeAndOptions() throws IOException {
        GlossaryLoad load = read("old.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                  <conceptEntry id="c-bogdanov">
                    <descrip type="conceptType">person</descrip>
                    <langSec xml:lang="ru">
                      <termSec><term>Богданов</term>
                        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                        <termNote type="x-caseSensitive">yes</termNote><termNote type="x-exactForm">yes</termNote></termSec>
                      <termSec><term>Богданофф</term>
                        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                        <termNote type="x-forbidden">yes</termNote></termSec>
                    </langSec>
                  </conceptEntry>
                </body></text></tbx>
                """);
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        Concept c = load.glossary().concepts().get(0);
        assertEquals(ConceptType.PERSON, c.type());
        assertEquals(List.of(new Term("Богданов", TermStatus.PREFERRED, true, true, false),
                Term.of("Богданофф", TermStatus.FORBIDDEN)), c.terms(Language.RUSSIAN));
    }

    @Test
    void aSourceInsideADescriptionGroupBelongsToTheDescriptionNotToTheTerm() throws IOException {
        GlossaryLoad load = read("grp.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                  <conceptEntry id="c1">
                    <admin type="source">IATE</admin>
                    <langSec xml:lang="en">
                      <termSec><term>open cluster</term>
                        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                        <descripGrp><descrip type="context">Over 1100 open clusters are known.</descrip>
                          <admin type="source">http://seds.example/open.html</admin></descripGrp>
                        <admin type="source">Oxford2007</admin>
                        <note>Plural is common.</note>
                      </termSec>
                    </langSec>
                  </conceptEntry>
                </body></text></tbx>
                """);
        Concept c = load.glossary().concepts().get(0);
        assertEquals("IATE", c.source());
        Term t = c.terms(Language.ENGLISH).get(0);
        assertEquals("Oxford2007", t.source());
        assertEquals("Plural is common.", t.note());
    }
}
