package org.triptych.langcheck;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;
import org.triptych.text.LanguageToolSetup;

/**
 * How one language is checked: which LanguageTool variant, which rules and categories are switched off or on, picky
 * mode, and our own filters on top of LanguageTool. Immutable; derive variants with the {@code with...} methods.
 *
 * @param language              the version's language (en, ar, ru)
 * @param variant               LanguageTool short code with variant, e.g. {@code en-US}, {@code en-GB}, {@code ru}, {@code ar};
 *                              the bare code of a language whose profile reads the variant from the document
 *                              (English: "British or American, as the document spells") is resolved by
 *                              {@link #resolvedFor}
 * @param picky                 LanguageTool's picky level (more style rules); off by default
 * @param disabledRules         LanguageTool rule ids switched off
 * @param enabledRules          rule ids switched on although LanguageTool has them off by default
 * @param disabledCategories    LanguageTool category ids switched off (e.g. {@code TEST_NEW_FEATURES})
 * @param tolerateUnknownNames  drop spelling matches on capitalised words inside a sentence (en, ru) and on any word
 *                              (ar) when none of LanguageTool's suggestions is one edit away: such a word is far more
 *                              often an unknown name than a typo (see docs/langcheck.md for the measurement)
 * @param ignoreForeignScript   drop spelling matches on words with no letter of the language's own script (Latin
 *                              names in Arabic or Russian text, Cyrillic quotes in English)
 */
public record LanguageCheckSettings(Language language, String variant, boolean picky, Set<String> disabledRules,
                                    Set<String> enabledRules, Set<String> disabledCategories,
                                    boolean tolerateUnknownNames, boolean ignoreForeignScript) {

    public LanguageCheckSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(variant, "variant");
        disabledRules = Set.copyOf(disabledRules);
        enabledRules = Set.copyOf(enabledRules);
        disabledCategories = Set.copyOf(disabledCategories);
        if (!variant.toLowerCase(Locale.ROOT).startsWith(language.code())) {
            throw new IllegalArgumentException("Variant " + variant + " is not a variant of " + language.code());
        }
    }

    /** LanguageTool exactly as it ships (the "before" of the noise measurement). English is American English. */
    public static LanguageCheckSettings languageToolDefaults(Language language) {
        return new LanguageCheckSettings(language, defaultVariant(language), false, Set.of(), Set.of(), Set.of(),
                false, false);
    }

    /**
     * The tuned defaults: the rules and categories the language's profile switches off (they raised almost only false
     * alarms on professional news translations; see {@link LanguageToolSetup}) and those {@link QuietOnNews} adds
     * (advice, not errors, on news prose), unknown names, hyphenated compounds of
     * known words and foreign-script words tolerated, the variant read from the document where the profile says so
     * (English: British or American, as the document spells). Why each rule is off is in docs/langcheck.md.
     */
    public static LanguageCheckSettings tuned(Language language) {
        Optional<LanguageToolSetup> setup = LanguageProfile.of(language).languageTool();
        String variant = setup.isPresent() && setup.get().readsVariantFromText() ? language.code()
                : defaultVariant(language);
        Set<String> offRules = new TreeSet<>(setup.map(LanguageToolSetup::offRules).orElse(Set.of()));
        offRules.addAll(QuietOnNews.offRules(language));
        Set<String> offCategories = new TreeSet<>(setup.map(LanguageToolSetup::offCategories).orElse(Set.of()));
        offCategories.addAll(QuietOnNews.offCategories(language));
        return new LanguageCheckSettings(language, variant, false, offRules, Set.of(), offCategories, true, true);
    }

    /** The profile's LanguageTool variant ({@code en-US} for English), or the bare code of a language without one. */
    public static String defaultVariant(Language language) {
        return LanguageProfile.of(language).languageTool().map(LanguageToolSetup::defaultVariant)
                .orElse(language.code());
    }

    /** Whether the variant is still to be read from the document (the bare code of such a language). */
    public boolean isAutoVariant() {
        return variant.equalsIgnoreCase(language.code()) && LanguageProfile.of(language).languageTool()
                .map(LanguageToolSetup::readsVariantFromText).orElse(false);
    }

    /** These settings with a concrete LanguageTool variant for this document's paragraphs. */
    public LanguageCheckSettings resolvedFor(Collection<String> paragraphs) {
        return isAutoVariant()
                ? withVariant(LanguageProfile.of(language).languageTool().orElseThrow().variantFor(paragraphs)) : this;
    }

    public LanguageCheckSettings withVariant(String newVariant) {
        return new LanguageCheckSettings(language, newVariant, picky, disabledRules, enabledRules, disabledCategories,
                tolerateUnknownNames, ignoreForeignScript);
    }

    public LanguageCheckSettings withPicky(boolean on) {
        return new LanguageCheckSettings(language, variant, on, disabledRules, enabledRules, disabledCategories,
                tolerateUnknownNames, ignoreForeignScript);
    }

    /** Switches a rule on or off; turning it on also removes it from the disabled set. */
    public LanguageCheckSettings withRule(String ruleId, boolean on) {
        Set<String> off = new TreeSet<>(disabledRules);
        Set<String> onSet = new TreeSet<>(enabledRules);
        if (on) {
            off.remove(ruleId);
            onSet.add(ruleId);
        } else {
            off.add(ruleId);
            onSet.remove(ruleId);
        }
        return new LanguageCheckSettings(language, variant, picky, off, onSet, disabledCategories,
                tolerateUnknownNames, ignoreForeignScript);
    }

    public LanguageCheckSettings withCategory(String categoryId, boolean on) {
        Set<String> off = new TreeSet<>(disabledCategories);
        if (on) {
            off.remove(categoryId);
        } else {
            off.add(categoryId);
        }
        return new LanguageCheckSettings(language, variant, picky, disabledRules, enabledRules, off,
                tolerateUnknownNames, ignoreForeignScript);
    }

    public LanguageCheckSettings withTolerateUnknownNames(boolean on) {
        return new LanguageCheckSettings(language, variant, picky, disabledRules, enabledRules, disabledCategories,
                on, ignoreForeignScript);
    }

    public LanguageCheckSettings withIgnoreForeignScript(boolean on) {
        return new LanguageCheckSettings(language, variant, picky, disabledRules, enabledRules, disabledCategories,
                tolerateUnknownNames, on);
    }

    /** A stable text that identifies these settings, used in cache keys (sets are sorted so equal settings agree). */
    public String key() {
        return variant + "|" + picky + "|-" + new TreeSet<>(disabledRules) + "|+" + new TreeSet<>(enabledRules)
                + "|-" + new TreeSet<>(disabledCategories) + "|" + tolerateUnknownNames + "|" + ignoreForeignScript;
    }
}
