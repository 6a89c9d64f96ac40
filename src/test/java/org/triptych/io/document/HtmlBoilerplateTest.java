package org.triptych.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.ParagraphKind;

/**
 * Saved news pages keep their article and lose their menus, banners, share bars, related lists and comments. The
 * pages under src/test/resources/org/triptych/io/html/ imitate the shapes CMSs produce; their text is invented.
 */
class HtmlBoilerplateTest {

    @TempDir
    static Path dir;

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("wordpress-en.html", Language.ENGLISH, List.of(
                        "Harbour authority approves night ferries after two-year trial",
                        "The harbour authority voted on Monday to make the late-night ferry between Eastquay and Millbank "
                                + "permanent, ending a trial that began in the spring of 2024.",
                        "Board members said the service had carried 61,300 passengers in its second year, almost twice "
                                + "the figure the original business case had assumed.",
                        "\"Shift workers told us the last bus left them stranded. The ferry answered that,\" said the "
                                + "authority's chair, Ines Boateng.",
                        "Crossings will run every forty minutes until 1 a.m. from June. Fares stay at the trial price of "
                                + "£2.40 until at least the end of the year.")),
                Arguments.of("newssite-ar.html", Language.ARABIC, List.of(
                        "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الساحل الجنوبي",
                        "المحطة تنتج ٤٠ ألف متر مكعب يوميا وتكفي حاجة نحو ٢٠٠ ألف نسمة",
                        "ألواح شمسية تغطي سطح المحطة الجديدة قرب الميناء",
                        "افتتحت وزارة المياه يوم الثلاثاء أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية بالكامل على "
                                + "الساحل الجنوبي، بعد عامين ونصف من بدء أعمال البناء.",
                        "وقال مدير المشروع إن المحطة ستخفض كلفة إنتاج المتر المكعب بنحو الثلث مقارنة بالمحطات التي تعمل "
                                + "بالوقود، وفق تقرير الوزارة السنوي.",
                        "ويأمل سكان البلدات الساحلية أن تنهي المحطة الانقطاعات المتكررة للمياه في أشهر الصيف، إذ لم تكن "
                                + "الشبكة تصل إلى بعض الأحياء أكثر من يومين في الأسبوع.",
                        "ومن المقرر أن تبدأ أعمال المرحلة الثانية في الخريف المقبل، على أن تكتمل بحلول عام ٢٠٢٨.")),
                Arguments.of("divsoup-ru.html", Language.RUSSIAN, List.of(
                        "В Заречном районе откроют круглосуточный травмпункт",
                        "Городская больница № 3 с 1 апреля начнёт принимать пациентов с травмами круглосуточно. Сейчас "
                                + "травмпункт работает только до 20:00, а ночью жителей района везут в центр города.",
                        "По словам главного врача Елены Сорокиной, для ночных смен уже набраны шесть хирургов и восемь "
                                + "медсестёр. Ремонт приёмного отделения обошёлся в 14,5 млн рублей, их выделили из "
                                + "областного бюджета.",
                        "«Раньше дорога до дежурной больницы занимала у скорой до сорока минут. Теперь это будет десять "
                                + "минут», — сказала Сорокина. Она добавила, что в мае больница планирует открыть и "
                                + "дневной стационар.")),
                Arguments.of("widgets-en.html", Language.ENGLISH, List.of(
                        "Glacier survey finds faster retreat on the northern slopes",
                        "Researchers who have measured the same nine glaciers every autumn since 1998 say the ice on the "
                                + "northern slopes is now retreating almost twice as fast as on the southern side.",
                        "The team found that the front of the largest glacier moved back 41 metres last year, against an "
                                + "average of 23 metres a year over the previous decade.",
                        "\"We used to think the shade protected them,\" said the survey's lead author, Dr Anja Keller. "
                                + "\"It seems the thinner winter snow matters more than the sun.\"",
                        "The findings will be presented to the regional water board in May, which is drawing up plans "
                                + "for reservoirs that no longer rely on summer meltwater.")),
                Arguments.of("amp-ru.html", Language.RUSSIAN, List.of(
                        "Северный порт впервые принял контейнеровоз зимой",
                        "Ледокол провёл судно к причалу за шесть часов — вдвое быстрее, чем рассчитывали в порту.",
                        "Контейнеровоз длиной 172 метра встал под разгрузку в среду утром. До сих пор порт закрывал "
                                + "навигацию для крупных судов с декабря по март.",
                        "В администрации порта говорят, что зимние рейсы станут регулярными, если до конца сезона "
                                + "удастся принять ещё хотя бы пять судов.",
                        "Разгрузка займёт около двух суток. В контейнерах — оборудование для нового "
                                + "рыбоперерабатывающего завода.")),
                Arguments.of("plain-ar.html", Language.ARABIC, List.of(
                        "بلدية الوادي تطلق حملة لزراعة عشرة آلاف شجرة",
                        "أطلقت بلدية الوادي صباح الخميس حملة لزراعة عشرة آلاف شجرة على جانبي الطريق الدائري وفي الحدائق "
                                + "العامة، بمشاركة طلاب المدارس والمتطوعين.",
                        "وقال رئيس البلدية إن الحملة تستمر حتى نهاية نيسان، وإن الأشجار المختارة من الأنواع المحلية التي "
                                + "تتحمل الجفاف ولا تحتاج إلى ري كثير.",
                        "ودعت البلدية الراغبين في التطوع إلى التسجيل عبر صفحة المتطوعين أو في مقر البلدية.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aSavedNewsPageGivesExactlyItsArticle(String file, Language lang, List<String> article) throws Exception {
        ImportResult r = IMPORTER.importFile(resource(file), lang);
        DocumentVersion v = r.version();
        assertEquals(article, v.paragraphTexts());
        assertEquals(ParagraphKind.HEADING, v.paragraphs().get(0).kind(), "the headline comes first, as a heading");
        assertEquals(List.of(), r.warnings(), "boilerplate left in would not change the language, but nothing else warns");
    }

    @Test
    void aMenuOfLinksGoesButAParagraphWithOneLinkStays() throws Exception {
        DocumentVersion v = importHtml("menu.html", "<ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
                + "<li><a href='/business'>Business</a></li><li><a href='/sport'>Sport</a></li></ul>"
                + "<div><a href='/a'>Prices</a> | <a href='/b'>Weather</a> | <a href='/c'>Letters</a></div>"
                + "<h1>Town council approves new library</h1>"
                + "<p>The council approved the plans <a href='/plans'>published in January</a> by nine votes to two.</p>"
                + "<p>Read the <a href='/r'>full report</a> here.</p>"
                + "<p><a href='/x'>Building work starts in May and should last about fourteen months, the council said in a statement on Friday evening after a long meeting.</a></p>");
        assertEquals(List.of("Town council approves new library",
                "The council approved the plans published in January by nine votes to two.",
                "Read the full report here.",
                "Building work starts in May and should last about fourteen months, the council said in a statement "
                        + "on Friday evening after a long meeting."), v.paragraphTexts(),
                "a long paragraph that is one link is text; short all-link lines are menus");
    }

    @Test
    void namesThatOnlyLookLikeBoilerplateKeepTheirArticleText() throws Exception {
        DocumentVersion v = importHtml("names.html",
                "<div class='site-nav'><p>Home page of the paper</p></div><div class='navbar'><p>Edition: UK</p></div>"
                + "<div class='canvas'><h1>A guide to sea navigation for beginners</h1></div>"
                + "<div class='navigation-guide-article'><p>Sailors have crossed this strait for centuries without "
                + "charts, steering by the headlands alone.</p></div>"
                + "<div class='unavailable-notice'><p>The coastguard station on the island is unavailable this winter.</p></div>"
                + "<div class='has-sidebar is-open'><p>Ferries still run twice a day.</p></div>");
        assertEquals(List.of("A guide to sea navigation for beginners",
                "Sailors have crossed this strait for centuries without charts, steering by the headlands alone.",
                "The coastguard station on the island is unavailable this winter.",
                "Ferries still run twice a day."), v.paragraphTexts());
    }

    @Test
    void classAndIdNamesAreReadAsWholeWords() {
        for (String yes : List.of("site-nav", "navbar", "NavBar", "topnav", "main-navigation", "post-navigation",
                "menu-main-container", "breadcrumbs", "entry-footer", "share-bar", "sd-social", "socialButtons",
                "related-articles", "recommended_for_you", "newsletter-signup", "cookie-banner", "gdpr-consent",
                "promo-box", "ad-slot", "ads", "advert", "sidebar", "comments-area", "article-tags", "more-stories",
                "most-read", "article-byline", "site-title", "otherNews")) {
            assertTrue(BoilerplateMarks.boilerplateName(yes), yes);
        }
        for (String no : List.of("canvas", "unavailable", "navigation-guide-article", "entry-content", "article-body",
                "story__headline", "has-sidebar", "page-has-sidebar", "menu-open", "category-social-affairs", "tag-comments", "header",
                "advantage", "address", "download", "leader", "thread", "shared-content", "main")) {
            assertFalse(BoilerplateMarks.boilerplateName(no), no);
        }
    }

    @Test
    void aLayoutWrapperWithAnUnluckyNameDoesNotTakeTheArticleWithIt() throws Exception {
        DocumentVersion v = importHtml("wrapper.html", "<div id='page' class='ads-layout'><div class='logo'><h1><a href='/'>"
                + "The Gazette</a></h1></div><div class='story'><h1>Library opens on Sundays</h1><p>From April the central "
                + "library will open on Sundays from ten to four.</p><div class='share'><p>Share this story</p></div></div></div>"
                + "<div class='legal'><p>The Gazette is published by Gazette Media, 12 Quay Street.</p></div>");
        assertEquals(List.of("Library opens on Sundays", "From April the central library will open on Sundays from ten to four.",
                "The Gazette is published by Gazette Media, 12 Quay Street."), v.paragraphTexts(),
                "the wrapper holds the headline so its name does not count; the logo and share marks inside it still do");
    }

    @Test
    void hiddenAndScreenReaderTextIsNotArticleText() throws Exception {
        DocumentVersion v = importHtml("hidden.html", "<article><h1>Rail line reopens</h1>"
                + "<p>Trains run again <span class='sr-only'>(opens in a new tab)</span>between the two towns.</p>"
                + "<p hidden>Old version of the first paragraph.</p>"
                + "<div style='display: none'><p>Please enable JavaScript.</p></div>"
                + "<p>The line was closed for <span aria-hidden='true'>★</span>eleven weeks.</p>"
                + "<details><summary>Timeline</summary><p hidden='until-found'>Closed in May, reopened in August.</p></details>"
                + "</article>");
        assertEquals(List.of("Rail line reopens", "Trains run again between the two towns.",
                "The line was closed for eleven weeks.", "Timeline", "Closed in May, reopened in August."), v.paragraphTexts());
    }

    @Test
    void aPageSavedWithADialogOpenStillGivesItsArticle() throws Exception {
        // Dialog scripts set aria-hidden on everything behind the dialog; the article must not vanish with it.
        DocumentVersion v = importHtml("dialog.html", "<div role='dialog'><p>We use cookies. Accept them to continue reading.</p></div>"
                + "<div id='app' aria-hidden='true'><article><h1>Port strike ends</h1>"
                + "<p>Dock workers returned on Monday after a nine-day strike over night shifts.</p></article></div>");
        assertEquals(List.of("Port strike ends", "Dock workers returned on Monday after a nine-day strike over night shifts."),
                v.paragraphTexts());
    }

    @Test
    void aPageWhoseOnlyTextLooksLikeBoilerplateIsNotEmptied() throws Exception {
        DocumentVersion v = importHtml("allmarked.html", "<div class='sidebar'><p>Minutes of the parish meeting, held on "
                + "the second Tuesday of March.</p><ul><li><a href='/1'>Agenda</a></li></ul></div>");
        assertEquals(List.of("Minutes of the parish meeting, held on the second Tuesday of March.", "Agenda"), v.paragraphTexts());
    }

    @Test
    void anArticleWithoutItsOwnHeadlineTakesThePageH1OrTitle() throws Exception {
        DocumentVersion withH1 = importHtml("h1outside.html", "<div class='top'><h1>Storm closes mountain pass</h1>"
                + "<p class='kicker-ish'>Weather</p></div><article><p>The pass will stay shut until the snow ploughs have "
                + "cleared the upper road, police said.</p></article>");
        assertEquals(List.of("Storm closes mountain pass",
                "The pass will stay shut until the snow ploughs have cleared the upper road, police said."),
                withH1.paragraphTexts());
        assertEquals(ParagraphKind.HEADING, withH1.paragraphs().get(0).kind());

        Path f = dir.resolve("titleonly.html");
        Files.writeString(f, "<html><head><title>Valley Times | Bakery wins national prize</title></head><body>"
                + "<main><p>A family bakery on Mill Street has won the national bread prize for its rye loaf.</p></main>"
                + "</body></html>", StandardCharsets.UTF_8);
        DocumentVersion withTitle = IMPORTER.importFile(f, Language.ENGLISH).version();
        assertEquals(List.of("Bakery wins national prize",
                "A family bakery on Mill Street has won the national bread prize for its rye loaf."), withTitle.paragraphTexts());
    }

    @Test
    void theUpdatesOfALiveBlogAreAllKeptButTeaserArticlesAreNot() throws Exception {
        DocumentVersion v = importHtml("live.html", "<h1>Election night as it happened</h1><div class='feed'>"
                + "<article><p>23:40 Turnout in the capital reached 61 per cent, the highest since 2004, officials said.</p></article>"
                + "<article><p>23:15 Polls have closed in the east; counting begins in the regional halls at midnight.</p></article>"
                + "<article><p>22:50 The incumbent mayor voted in her home district and did not speak to reporters.</p></article>"
                + "</div><div class='teasers'><article><p>Weather: rain later</p></article></div>");
        assertEquals(List.of("Election night as it happened",
                "23:40 Turnout in the capital reached 61 per cent, the highest since 2004, officials said.",
                "23:15 Polls have closed in the east; counting begins in the regional halls at midnight.",
                "22:50 The incumbent mayor voted in her home district and did not speak to reporters."), v.paragraphTexts());
    }

    @Test
    void malformedHtmlIsReadAsBrowsersReadIt() throws Exception {
        // The menu's unclosed <a> wraps everything after it in a link, as in browsers: link density cannot help,
        // the page's other marks still can.
        Path f = dir.resolve("malformed.html");
        Files.writeString(f, "<html><body><div class='menu'><a href=/>Home<a href=/x>News</div>"
                + "<article><h1>Bridge repairs start <b>early</b></h1><p>Workers arrive on Monday<p>The road stays open"
                + " <i>during the day.</div></span><p>Night closures follow in June.<div class=share>Share</article>"
                + "<footer>Footer text", StandardCharsets.UTF_8);
        DocumentVersion v = IMPORTER.importFile(f, Language.ENGLISH).version();
        assertEquals(List.of("Bridge repairs start early", "Workers arrive on Monday", "The road stays open during the day.",
                "Night closures follow in June."), v.paragraphTexts());
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutFailing() throws Exception {
        int depth = 3000; // jsoup flattens beyond 512; Tika's zip-bomb check must not refuse the page
        String page = "<html><body><nav><a href='/'>Home</a></nav>" + "<div class='wrap'>".repeat(depth)
                + "<article><h1>Deep page</h1><p>Builders nest their layouts very deeply.</p></article>"
                + "</div>".repeat(depth) + "<div class='footer'>Footer</div></body></html>";
        Path f = dir.resolve("deep.html");
        Files.writeString(f, page, StandardCharsets.UTF_8);
        assertEquals(List.of("Deep page", "Builders nest their layouts very deeply."),
                IMPORTER.importFile(f, Language.ENGLISH).version().paragraphTexts());
    }

    @Test
    void xhtmlFilesAreFilteredToo() throws Exception {
        Path f = dir.resolve("page.xhtml");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>x</title></head><body><div class=\"cookie-notice\"><p>We use cookies on this site.</p></div>"
                + "<h1>Museum reopens</h1><p>The museum reopened on Sunday after a two-year renovation.</p>"
                + "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">Visit</a></li></ul></body></html>", StandardCharsets.UTF_8);
        assertEquals(List.of("Museum reopens", "The museum reopened on Sunday after a two-year renovation."),
                IMPORTER.importFile(f, Language.ENGLISH).version().paragraphTexts());
    }

    @Test
    void wordDocumentsKeepLinesThatWouldBeBoilerplateOnAWebPage() throws Exception {
        // The filter is for web pages only: a short "© …" line or a one-word line in a DOCX is the author's text.
        ArticleFixtures.Article a = new ArticleFixtures.Article("Annual report", List.of("Home",
                "The agency handled 4,100 requests this year.", "© 2026 The Agency. All rights reserved."));
        DocumentVersion v = IMPORTER.importFile(ArticleFixtures.docx(dir, Language.ENGLISH, a), Language.ENGLISH).version();
        assertEquals(a.all(), v.paragraphTexts());
    }

    private static DocumentVersion importHtml(String name, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title></head><body>"
                + body + "</body></html>", StandardCharsets.UTF_8);
        return IMPORTER.importFile(f, Language.ENGLISH).version();
    }

    private static Path resource(String name) throws IOException {
        Path f = dir.resolve(name);
        try (InputStream in = HtmlBoilerplateTest.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource html/" + name);
            }
            Files.copy(in, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return f;
    }
}
