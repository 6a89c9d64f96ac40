package org.triptych.io.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

class CsvGlossaryReaderTest {

    @TempDir
    Path dir;

    private GlossaryLoad read(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return GlossaryFiles.read(f);
    }

    @Test
    void readsTheSampleSchemeWithSuffixStatuses() throws IOException {
        GlossaryLoad load = read("s.csv", """
                id,type,en,ar,ru,note
                bogdanov,person,Mikhail Bogdanov,ميخائيل بوغدانوف|بوجدانوف [deprecated],Михаил Богданов|Богданов [admitted],"Deputy minister, Russia"
                unsc,organization,Security Council|UNSC [acronym],مجلس الأمن,Совет Безопасности|Совбез [forbidden],
                """);
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        Concept b = load.glossary().concepts().get(0);
        assertEquals(ConceptType.PERSON, b.type());
        assertEquals("Deputy minister, Russia", b.note());
        assertEquals(List.of(Term.preferred("ميخائيل بوغدانوف"), Term.of("بوجدانوف", TermStatus.DEPRECATED)),
                b.terms(Language.ARABIC));
        assertEquals(TermStatus.ADMITTED, b.terms(Language.RUSSIAN).get(1).status());
        Concept u = load.glossary().concepts().get(1);
        assertEquals(ConceptType.ORGANISATION, u.type());
        assertTrue(u.terms(Language.ENGLISH).get(1).acronym());
        assertEquals(TermStatus.FORBIDDEN, u.terms(Language.RUSSIAN).get(1).status());
    }

    @Test
    void languageColumnsMayBeHeadedByTheNamesOfTheProfiledLanguages() throws IOException {
        GlossaryLoad load = read("n.csv", """
                Concept,English,Arabic,Russian,French,Klingon
                unsc,Security Council,مجلس الأمن,Совет Безопасности,Conseil de sécurité,x
                """);
        Concept c = load.glossary().concepts().get(0);
        assertEquals(List.of(Term.preferred("Conseil de sécurité")), c.terms(Language.of("fr")));
        assertEquals(List.of(Term.preferred("مجلس الأمن")), c.terms(Language.ARABIC));
        assertEquals(4, c.terms().size());
        assertTrue(load.problems().toString().contains("'Klingon' is not a known column"), load.problems().toString());
    }

    @Test
    void readsStatusColumnSemicolonsBomAndRepeatedIds() throws IOException {
        GlossaryLoad load = read("g.csv", "\uFEFFen;ar;ru;type;status;note;id\r\n"
                + "Kremlin;الكرملين;Кремль;place;preferred;;k\r\n"
                + "the Kremlin palace;;\"Кремлёвский \"\"дворец\"\"\";place;deprecated;;k\r\n");
        Concept k = load.glossary().concepts().get(0);
        assertEquals(1, load.glossary().size());
        assertEquals(List.of(Term.preferred("Кремль"), Term.of("Кремлёвский \"дворец\"", TermStatus.DEPRECATED)),
                k.terms(Language.RUSSIAN));
        assertTrue(load.problems().toString().contains("duplicate concept id 'k'"), load.problems().toString());
    }

    @Test
    void readsTabsAndQuotedNewlines() throws IOException {
        GlossaryLoad load = read("g.tsv", "en\tru\tnote\nMoscow\tМосква\t\"two\nlines\"\nKyiv\tКиев|Киеве [exact]\t\n");
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        assertEquals(2, load.glossary().size());
        assertEquals("two\nlines", load.glossary().concepts().get(0).note());
        assertEquals("row4", load.glossary().concepts().get(1).id());
        assertTrue(load.glossary().concepts().get(1).terms(Language.RUSSIAN).get(1).exactForm());
    }

    @Test
    void wrongColumnCountsUnclosedQuotesAndBadTermsAreReportedWithLines() throws IOException {
        GlossaryLoad load = read("bad.csv", """
                id,en,ru
                a,Moscow
                b,Kyiv,Киев,extra
                c,!!!,Х
                d,Minsk,Минск
                e,"Open,Открыто
                f,Lost,Потеряно
                """);
        String all = load.problems().toString();
        assertTrue(all.contains("bad.csv:2: warning: row has 2 columns, the header 3"), all);
        assertTrue(all.contains("bad.csv:3: warning: row has 4 columns"), all);
        assertTrue(all.contains("bad.csv:4: warning: term '!!!'"), all);
        assertTrue(all.contains("one-letter term 'Х'"), all);
        assertTrue(all.contains("bad.csv:6: error: a quoted field"), all);
        assertEquals(List.of("a", "b", "d"), load.glossary().concepts().stream().map(Concept::id).toList());
    }

    @Test
    void headerWithoutLanguagesAndEmptyFilesAreClearErrors() throws IOException {
        GlossaryLoad noLang = read("n.csv", "foo,bar\n1,2\n");
        assertTrue(noLang.hasErrors());
        assertTrue(noLang.problems().toString().contains("names no language column"));
        GlossaryLoad empty = read("e.csv", "\uFEFF");
        assertTrue(empty.glossary().isEmpty());
        assertFalse(empty.problems().isEmpty());
        GlossaryLoad headerOnly = read("h.csv", "en,ar,ru\n");
        assertTrue(headerOnly.problems().toString().contains("holds no concepts"));
        Path latin1 = dir.resolve("l.csv");
        Files.write(latin1, "en,ru\nCaf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(GlossaryFiles.read(latin1).problems().toString().contains("not UTF-8"));
        assertTrue(GlossaryFiles.read(dir.resolve("missing.csv")).problems().toString().contains("no such glossary"));
    }

    @Test
    void writerOutputReadsBackEqual() throws IOException {
        Concept c = new Concept("unsc", ConceptType.ORGANISATION, "note, with \"quotes\"", Map.of(
                Language.ENGLISH, List.of(Term.of("UNSC", TermStatus.ADMITTED), Term.preferred("Security Council")),
                Language.RUSSIAN, List.of(Term.preferred("Совет Безопасности"), Term.of("Совбез", TermStatus.FORBIDDEN),
                        new Term("СБ ООН", TermStatus.ADMITTED, true, true, true))));
        Glossary g = new Glossary("mem", List.of(c));
        Path f = dir.resolve("out.csv");
        new CsvGlossaryWriter().write(g, f);
        GlossaryLoad back = GlossaryFiles.read(f);
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        Concept r = back.glossary().concepts().get(0);
        assertEquals(c.id(), r.id());
        assertEquals(c.note(), r.note());
        assertEquals(List.of(Term.preferred("Security Council"), Term.of("UNSC", TermStatus.ADMITTED)),
                r.terms(Language.ENGLISH));
        assertEquals(c.terms(Language.RUSSIAN), r.terms(Language.RUSSIAN));
    }

    @Test
    void cellsThatLookLikeFormulasAreWrittenAsTextAndReadBackAsTheyWere() throws IOException {
        Concept c = new Concept("c-plus", ConceptType.OTHER, "=HYPERLINK(\"http://x.example\")", Map.of(
                Language.ENGLISH, List.of(Term.preferred("+Plus Network")),
                Language.RUSSIAN, List.of(Term.preferred("@Плюс"))));
        Path f = dir.resolve("formulas.csv");
        new CsvGlossaryWriter().write(new Glossary("mem", List.of(c)), f);
        String written = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(written.contains(",'+Plus Network,"), written);
        assertTrue(written.contains(",'@Плюс,"), written);
        assertTrue(written.contains("\"'=HYPERLINK("), written);
        Concept back = GlossaryFiles.read(f).glossary().concepts().get(0);
        assertEquals(c.note(), back.note());
        assertEquals(c.terms(Language.ENGLISH), back.terms(Language.ENGLISH));
        assertEquals(c.terms(Language.RUSSIAN), back.terms(Language.RUSSIAN));
    }
}
