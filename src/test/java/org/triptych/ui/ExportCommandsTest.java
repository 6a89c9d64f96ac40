package org.triptych.ui;

import org.triptych.ui.AlignedViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.ProjectExports;
import org.triptych.workbench.LinkRow;
import org.triptych.workbench.LinkTable;
import org.triptych.workbench.TaskRunner;
import org.triptych.model.Severity;
import org.triptych.model.Project;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** File ▸ Export on the sample after edits: the files hold the links as they are now. */
class ExportCommandsTest {

    private static Document parse(Path file) throws Exception {
        return org.triptych.io.SafeXml.parse(file);
    }

    @Test
    void exportedTmxParsesBackAndHoldsTheEditedLinks(@TempDir Path dir) throws Exception {
        Finding demo = new Finding("number", Severity.ERROR, Language.ARABIC, 5, 0, 4, "١٢٠٥", null,
                "'١٢٠٥' differs from the English <1,250> & more", List.of("1,250"), null);
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(),
                (p, links, glossaries, progress) -> List.of(demo));
        vm.open(Project.of(SampleArticle.load()));
        vm.mergeWithNext(0);          // the heading row and the first paragraph row become one link
        vm.move(2, Language.ARABIC, -1);
        vm.check();
        ProjectExports exports = new ProjectExports(vm.session(), TaskRunner.direct());
        Path tmx = dir.resolve("out.tmx");
        Files.writeString(tmx, "old");
        exports.exportTmx(vm.levelProperty().get(), tmx);

        Document doc = parse(tmx);
        assertEquals("en", ((Element) doc.getElementsByTagName("header").item(0)).getAttribute("srclang"));
        NodeList tus = doc.getElementsByTagName("tu");
        assertEquals(vm.rows().size(), tus.getLength(), "one unit per row as the person sees them");
        List<Map<String, String>> units = new ArrayList<>();
        for (int i = 0; i < tus.getLength(); i++) {
            Map<String, String> byLang = new LinkedHashMap<>();
            NodeList tuvs = ((Element) tus.item(i)).getElementsByTagName("tuv");
            for (int k = 0; k < tuvs.getLength(); k++) {
                Element tuv = (Element) tuvs.item(k);
                String lang = tuv.getAttribute("xml:lang");
                byLang.put(lang, tuv.getElementsByTagName("seg").item(0).getTextContent());
            }
            units.add(byLang);
        }
        LinkTable table = vm.table();
        for (int r = 0; r < table.rows().size(); r++) {
            LinkRow row = table.rows().get(r);
            String english = String.join(" ", row.english().stream().map(u -> vm.unitText(Language.ENGLISH, u)).toList());
            assertEquals(english, units.get(r).getOrDefault("en", ""), "row " + r);
            for (Language t : table.targets()) {
                List<Integer> cell = row.cells().get(table.column(t)).units();
                String text = String.join(" ", cell.stream().map(u -> vm.unitText(t, u)).toList());
                assertEquals(text, units.get(r).getOrDefault(t.code(), ""), "row " + r + " " + t.code());
            }
        }
        assertEquals(2, table.rows().get(0).english().size(), "the merge is in the export");
        assertTrue(units.get(0).get("en").startsWith(vm.unitText(Language.ENGLISH, 0)));
        assertTrue(units.get(0).get("en").contains(vm.unitText(Language.ENGLISH, 1)));
        assertTrue(units.stream().anyMatch(u -> u.containsKey("ar")) && units.stream().anyMatch(u -> u.containsKey("ru")));

        Path csv = dir.resolve("out.csv");
        exports.exportCsv(vm.levelProperty().get(), csv);
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("\uFEFF"), "BOM for spreadsheets");
        assertTrue(csvText.contains(vm.unitText(Language.RUSSIAN, 0).substring(0, 20)));

        Path html = dir.resolve("report.html");
        exports.exportReport(html);
        String report = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(report.contains("&lt;1,250&gt; &amp; more"), "the current finding, escaped");
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
