package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.settings.Preferences;
import org.triptych.io.settings.PreferencesFile;
import org.triptych.langcheck.LanguageCheckService;
import org.triptych.model.Language;

/** Preferences on disk (round trip, a damaged file) and what they switch in the spelling checks. */
class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedPreferencesReadBackAndADamagedFileGivesTheDefaultsWithOneSentence() throws Exception {
        List<String> notices = new ArrayList<>();
        PreferencesStore store = new PreferencesStore(dir, TaskRunner.direct(), notices::add);
        Preferences p = new Preferences("openai", "http://localhost:11434/v1", "llama3", Preferences.KEYS_TYPED, "/g/names.tbx",
                Map.of("cyrillic", new Preferences.FontChoice("DejaVu Serif", 15)), Map.of("ru", false), "en-US", 300);
        store.save(p);
        assertEquals(p, new PreferencesFile(dir).read().preferences());
        PreferencesStore again = new PreferencesStore(dir, TaskRunner.direct(), notices::add);
        List<Preferences> heard = new ArrayList<>();
        again.addListener(heard::add);
        again.load();
        assertEquals(List.of(p), heard);
        Files.writeString(dir.resolve(PreferencesFile.NAME), "{ \"machineTranslation\": ");
        again.load();
        assertEquals(Preferences.defaults(), again.current());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("Your preferences (") && notices.get(0).contains("defaults"), notices.get(0));
    }

    @Test
    void theChecksFollowThePreferences() {
        LanguageCheckService service = new LanguageCheckService();
        LanguageToolChecks checks = new LanguageToolChecks(new TermChecks(), service);
        Preferences p = new Preferences("", "", "", "", "", Map.of(), Map.of("ar", false), "en-GB", 60);
        PreferencesStore.applyTo(checks, p, List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN));
        assertFalse(checks.isLanguageEnabled(Language.ARABIC));
        assertTrue(checks.isLanguageEnabled(Language.RUSSIAN));
        assertEquals("en-GB", service.settings(Language.ENGLISH).variant());
        PreferencesStore.applyTo(checks, Preferences.defaults(), List.of(Language.ENGLISH, Language.ARABIC));
        assertTrue(checks.isLanguageEnabled(Language.ARABIC));
        assertTrue(service.settings(Language.ENGLISH).isAutoVariant(), "as the document spells");
        checks.close();
    }
}
