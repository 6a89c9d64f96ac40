package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the version command and the About box say about a build, with and without the facts Maven fills in. */
class BuildInfoTest {

    @Test
    void aBuildFromGitNamesItsVersionAndCommit() throws IOException {
        BuildInfo info = BuildInfo.from(properties("version=1.2.0\ncommit=0a1b2c3d4e\n"), "17.0.9");
        assertEquals("1.2.0", info.version());
        assertEquals("0a1b2c3d4e", info.commit());
        assertEquals("Triptych 1.2.0", info.lines().get(0));
        assertEquals("commit 0a1b2c3d4e", info.lines().get(1));
        assertEquals("Java 17.0.9", info.lines().get(2));
    }

    @Test
    void aSourceTreeWithoutGitSaysUnknown() throws IOException {
        // a failed git leaves the commit empty, which reads as unknown too.
        BuildInfo info = BuildInfo.from(properties("version=1.2.0\ncommit=\n"), "17");
        assertEquals("1.2.0", info.version());
        assertEquals(BuildInfo.UNKNOWN, info.commit());
    }

    @Test
    void resourcesCopiedWithoutFilteringSayUnknownNotAPlaceholder() throws IOException {
        // An IDE that copies resources without Maven's filtering leaves the placeholders as written.
        BuildInfo info = BuildInfo.from(properties("version=${project.version}\ncommit=${buildNumber}\n"), "17");
        assertEquals(BuildInfo.UNKNOWN, info.version());
        assertEquals(BuildInfo.UNKNOWN, info.commit());
    }

    @Test
    void classesBuiltWithoutTheResourceSayUnknown() {
        BuildInfo info = BuildInfo.from(new Properties(), "17");
        assertEquals(BuildInfo.UNKNOWN, info.version());
        assertEquals(BuildInfo.UNKNOWN, info.commit());
    }

    @Test
    void theRuntimeIsNamedWithItsVendorAndPlace() {
        assertEquals("17.0.15+6 (Eclipse Adoptium) in /opt/triptych/lib/runtime",
                BuildInfo.describeRuntime("17.0.15+6", "Eclipse Adoptium", "/opt/triptych/lib/runtime"));
        assertEquals("unknown (unknown) in unknown", BuildInfo.describeRuntime(null, null, null));
    }

    @Test
    void thisBuildWasFilteredByMaven() {
        // Tests run from Maven's target/classes, where the resource has been filtered: the version is the pom's
        // (surefire passes it on), the commit a hex id or unknown (a tree without git), never a placeholder.
        BuildInfo info = BuildInfo.current();
        String pomVersion = System.getProperty("triptych.version");
        if (pomVersion != null) {
            assertEquals(pomVersion, info.version());
        } else {
            assertFalse(info.version().equals(BuildInfo.UNKNOWN) || info.version().contains("$"), info.version());
        }
        assertTrue(info.commit().matches("[0-9a-f]{10}|unknown"), info.commit());
        assertTrue(info.runtime().startsWith(System.getProperty("java.runtime.version")), info.runtime());
    }

    @Test
    void theCommitIsTheOneThisFolderIsAt() throws Exception {
        // In a git worktree the commit must be the worktree's, not the main checkout's (git-commit-id-maven-plugin
        // 9.0.2 got this wrong). Where there is no git, the filtered value was already checked above.
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "--short=10", "HEAD").redirectErrorStream(true).start();
        } catch (IOException noGit) {
            Assumptions.abort("git is not installed");
            return;
        }
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(git.waitFor() == 0, "not a git checkout: " + head);
        assertEquals(head, BuildInfo.current().commit());
    }

    private static Properties properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }
}
