package org.triptych.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.triptych.io.settings.Preferences;
import org.triptych.io.settings.PreferencesFile;
import org.triptych.model.Language;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.Secret;

/**
 * The person's preferences for the session: read from the settings folder in the background at start, saved in the
 * background when changed (atomically), and handed to whoever applies them (the checks here; fonts, autosave and
 * dialogs in the window). Keys never pass through here except on their way into the OS key store.
 */
public final class PreferencesStore {

    private final PreferencesFile file;
    private final TaskRunner tasks;
    private final Consumer<String> notice;
    private final List<Consumer<Preferences>> listeners = new CopyOnWriteArrayList<>();
    private volatile Preferences current = Preferences.defaults();

    public PreferencesStore(Path settingsDir, TaskRunner tasks, Consumer<String> notice) {
        this.file = new PreferencesFile(settingsDir);
        this.tasks = tasks;
        this.notice = notice;
    }

    public Preferences current() {
        return current;
    }

    public Path file() {
        return file.file();
    }

    /** {@code l} hears every change (and the preferences as read at start); called on the owner thread. */
    public void addListener(Consumer<Preferences> l) {
        listeners.add(l);
    }

    /** Reads the file in the background; the listeners then hear what it holds. */
    public void load() {
        tasks.run("Reading your preferences", file::read, (PreferencesFile.Read r) -> {
            if (r.problem() != null) {
                notice.accept(r.problem());
            }
            put(r.preferences());
        }, e -> notice.accept("Your preferences could not be read: " + Session.describe(e)));
    }

    /** Puts {@code p} in force now and saves it in the background. */
    public void save(Preferences p) {
        put(p);
        tasks.run("Saving your preferences", () -> {
            file.write(p);
            return p;
        }, saved -> { }, e -> notice.accept("Your preferences were not saved: " + Session.describe(e)));
    }

    private void put(Preferences p) {
        current = p;
        listeners.forEach(l -> l.accept(p));
    }

    /** The spelling and grammar checks follow the preferences: which languages, which English. */
    public static void applyTo(LanguageToolChecks checks, Preferences p, List<Language> languages) {
        for (Language l : languages) {
            checks.setLanguageEnabled(l, p.checks(l.code()));
        }
        checks.setEnglishVariant(Preferences.ENGLISH_AS_WRITTEN.equals(p.englishVariant()) ? null : p.englishVariant());
    }

    /** Whether this machine has an OS key store a key can be kept in. */
    public static boolean hasKeyStore() {
        return ApiKeys.fromSystem(System.getenv()).hasKeyStore();
    }

    /**
     * Puts a typed key into the OS key store, in the background; the typed characters are cleared once handed over.
     * Said in a notice, without the key.
     */
    public void storeKey(String provider, char[] key) {
        String typed = new String(key);
        java.util.Arrays.fill(key, '\0');
        tasks.run("Storing the key", () -> {
            ApiKeys.fromSystem(System.getenv()).store(provider, Secret.of(typed));
            return provider;
        }, p -> notice.accept("The " + p + " key is in your OS key store; Triptych reads it from there"),
                e -> notice.accept(Session.describe(e)));
    }
}
