package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    @TempDir
    Path dir;

    @Test
    void environmentComesFirstUnderDocumentedNames() {
        ApiKeys keys = new ApiKeys(Map.of("TRIPTYCH_DEEPL_KEY", " abc:fx \n", "TRIPTYCH_MICROSOFT_KEY", "m"), null, null);
        assertTrue(keys.find("deepl").orElseThrow().endsWith(":fx"));
        assertTrue(keys.find("azure").isPresent());
        assertFalse(keys.find("google").isPresent());
        assertEquals("TRIPTYCH_LIBRETRANSLATE_KEY", Providers.keyVariable("libretranslate"));
        assertEquals("TRIPTYCH_OPENAI_KEY", Providers.keyVariable("ollama"));
    }

    @Test
    void aKeyIsStoredInTheKeyStoreThroughStandardInputNeverOnTheCommandLine() throws Exception {
        Path tool = dir.resolve("secret-tool");
        Path args = dir.resolve("args.txt");
        Path input = dir.resolve("stdin.txt");
        // a stand-in secret-tool that keeps what it was given, and answers lookups with it
        Files.writeString(tool, "#!/bin/sh\nif [ \"$1\" = store ]; then echo \"$@\" > '" + args + "'; cat > '" + input
                + "'; exit 0; fi\n[ \"$1 $2 $3 $4 $5\" = \"lookup service triptych provider deepl\" ] && cat '" + input
                + "' && exit 0\nexit 1\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        ApiKeys keys = ApiKeys.fromSystem(Map.of("PATH", dir.toString()));
        assertTrue(keys.hasKeyStore());
        keys.store("DeepL", Secret.of("k-123:fx"));
        assertEquals("store --label=Triptych deepl API key service triptych provider deepl", Files.readString(args).strip());
        assertFalse(Files.readString(args).contains("k-123"), "the key is never an argument");
        assertEquals("k-123:fx", Files.readString(input));
        assertEquals(Secret.of("k-123:fx"), keys.find("deepl").orElseThrow(), "found there next time");
        // no key store: one sentence naming the way forward
        java.io.IOException none = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new ApiKeys(Map.of(), null, null).store("deepl", Secret.of("x")));
        assertTrue(none.getMessage().contains("TRIPTYCH_DEEPL_KEY"), none.getMessage());
    }

    @Test
    void keyStoreIsAskedThroughSecretToolWhenPresent() throws Exception {
        Path tool = dir.resolve("secret-tool");
        Files.writeString(tool, "#!/bin/sh\n[ \"$1 $2 $3 $4 $5\" = \"lookup service triptych provider google\" ] && printf 'from-store' && exit 0\nexit 1\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        ApiKeys keys = ApiKeys.fromSystem(Map.of("PATH", dir.toString()));
        assertEquals(Secret.of("from-store"), keys.find("google").orElseThrow());
        assertFalse(keys.find("deepl").isPresent());
    }

    @Test
    void promptedKeyIsHeldForTheSessionAndRedacted() {
        AtomicInteger asked = new AtomicInteger();
        ApiKeys keys = new ApiKeys(Map.of(), null, () -> {
            asked.incrementAndGet();
            return "typed-key".toCharArray();
        });
        Secret s = keys.find("openai").orElseThrow();
        assertEquals(s, keys.find("openai").orElseThrow());
        assertEquals(1, asked.get());
        assertFalse(s.toString().contains("typed-key"));
    }
}
