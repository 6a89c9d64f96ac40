package org.triptych.io.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;

/**
 * A switcher link named only by its text counts for a language the page announces in og:locale:alternate; the names
 * come from each language's profile (decision 0004), not from a list in the web code.
 */
class LanguageNamesOnSwitchersTest {

    private static final URI PAGE = URI.create("https://news.example/story?id=5");

    private static String page(String locales, String links) {
        return "<html lang=\"en\"><head>" + locales + "</head><body><article><p>Text of the story.</p></article>"
                + "<nav>" + links + "</nav></body></html>";
    }

    @Test
    void theProfilesNamesOfALanguageMarkItsSwitcherLink() {
        String html = page("<meta property=\"og:locale:alternate\" content=\"ar_AR\">"
                        + "<meta property=\"og:locale:alternate\" content=\"ru_RU\">"
                        + "<meta property=\"og:locale:alternate\" content=\"fa_IR\">",
                "<a href=\"/story?id=5&amp;edition=2\">عربى</a> <a href=\"/story?id=5&amp;edition=3\">По-русски</a> "
                        + "<a href=\"/story?id=5&amp;edition=4\">فارسی</a>");
        assertEquals(Map.of("ar", URI.create("https://news.example/story?id=5&edition=2"),
                "ru", URI.create("https://news.example/story?id=5&edition=3"),
                "fa", URI.create("https://news.example/story?id=5&edition=4")), LanguageVersions.find(html, PAGE, "en"));
    }

    @Test
    void aLinkWhoseTextNamesAnotherLanguageIsNotTaken() {
        String html = page("<meta property=\"og:locale:alternate\" content=\"ar_AR\">",
                "<a href=\"/story?id=5&amp;edition=3\">Русский</a>");
        assertEquals(Map.of(), LanguageVersions.find(html, PAGE, "en"), "Russian is named, but Arabic was announced");
    }

    @Test
    void switcherNamesAreTheLanguagesOwnNamesItsEnglishNameAndItsCode() {
        assertTrue(LanguageProfile.of(Language.ARABIC).switcherNames().containsAll(java.util.Set.of("العربية", "arabic", "ar")));
        assertTrue(LanguageProfile.of(Language.RUSSIAN).switcherNames().containsAll(java.util.Set.of("русский", "russian", "ru")));
        assertEquals(java.util.Set.of("es"), LanguageProfile.of(Language.of("es")).switcherNames(),
                "a language without a profile is known by its code alone");
    }
}
