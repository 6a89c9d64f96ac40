package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAlignCommandTest {

    @TempDir
    Path dir;

    private void writeCase(Path d, String gold) throws Exception {
        Files.createDirectories(d);
        Files.writeString(d.resolve("en.txt"), AlignCommandTest.EN);
        Files.writeString(d.resolve("ar.txt"), AlignCommandTest.AR);
        Files.writeString(d.resolve("ru.txt"), AlignCommandTest.RU);
        Files.writeString(d.resolve("gold.json"), gold);
    }

    @Test
    void scoresEveryGoldFolderAndPrintsStrictAndLaxPerPairAndLevel() throws Exception {
        // Paragraph gold is what the articles say; sentence gold (over the splitter's sentences of the .txt files,
        // as there are no .sent.txt files here) has one deliberate mistake for en-ru: 2 links where the
        // aligner must find 3.
        String gold = """
                {"en-ar": {"paragraph": [[[0],[0]],[[1],[1]],[[2],[2]]],
                           "sentence": [[[0],[0]],[[1],[1]],[[2],[2]],[[3],[3]],[[4],[4]],[[5],[5]]]},
                 "en-ru": {"paragraph": [[[0],[0,1]],[[1],[2]],[[2],[3]]],
                           "sentence": [[[0],[0]],[[1],[1]],[[2,3],[2,3]],[[4],[4]],[[5],[5]]]}}
                """;
        writeCase(dir.resolve("cases/a"), gold);
        writeCase(dir.resolve("cases/nested/b"), gold);
        Files.createDirectories(dir.resolve("cases/not-a-case"));
        AlignCommandTest.Run r = AlignCommandTest.run(new EvalAlignCommand(), "--gold", dir.resolve("cases").toString(),
                "--predictions", dir.resolve("pred").toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out().replaceAll(" +", " ");
        assertTrue(out.contains("en-ar/paragraph 6 6 | 1.000 / 1.000 / 1.000 | 1.000 / 1.000 / 1.000"), out);
        assertTrue(out.contains("en-ar/sentence 12 12 | 1.000 / 1.000 / 1.000"), out);
        // en-ru sentence: 12 predicted 1-1 links against 10 gold links of which 8 match exactly; the two predicted
        // links 2-2 and 3-3 each share a pair with the gold 2-2 link (lax).
        assertTrue(out.contains("en-ru/sentence 10 12 | 0.667 / 0.800 / 0.727 | 1.000 / 1.000 / 1.000"), out);
        assertTrue(Files.readString(dir.resolve("pred/a.json")).startsWith("{\"en-ar\":{\"paragraph\":[[[0],[0]]"));
    }

    @Test
    void aDirectoryWithoutCasesIsAClearError() throws Exception {
        AlignCommandTest.Run r = AlignCommandTest.run(new EvalAlignCommand(), "--gold", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no folder"), r.err());
    }
}
