package org.triptych.io.document;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tells Tika's HTML parser which elements and attributes of a web page reach {@link BlockCollector}.
 *
 * <p>Tika's default mapper keeps only a few "safe" elements and drops every attribute but links, so the collector
 * could not tell a navigation menu from the article. This mapper passes every ordinary element with the attributes
 * that mark boilerplate (class, id, role, hidden, aria-hidden, style, itemprop), and throws away, content and all,
 * the elements whose text is never article text (scripts, forms' controls, menus, embedded frames and media).
 *
 * <p>{@code <form>} itself is passed, not discarded: ASP.NET pages wrap the whole body in one form, and discarding it
 * would discard the article. {@code <header>}, {@code <footer>} and {@code <aside>} are passed too; whether they are
 * boilerplate depends on where they stand, which only the collector knows.
 */
final class ArticleHtmlMapper implements HtmlMapper {

    static final ArticleHtmlMapper INSTANCE = new ArticleHtmlMapper();

    /** Upper case: the names Tika's HTML handler asks about. */
    private static final Set<String> DISCARDED = Set.of("SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "MENU",
            "BUTTON", "SELECT", "OPTION", "OPTGROUP", "DATALIST", "TEXTAREA", "IFRAME", "FRAME", "OBJECT", "EMBED",
            "SVG", "MATH", "CANVAS", "VIDEO", "AUDIO", "MAP", "DIALOG");

    /** Handled by Tika itself (document structure and head); mapping them again would nest a second body. */
    private static final Set<String> TIKA_OWN = Set.of("HTML", "HEAD", "BODY", "TITLE", "META", "LINK", "BASE", "FRAMESET");

    private static final Set<String> ATTRIBUTES = Set.of("class", "id", "role", "hidden", "aria-hidden", "style",
            "itemprop", "href");

    /** Plain element names only: Word's "o:p" and other prefixed or odd names lose their tag but keep their text. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private ArticleHtmlMapper() {
    }

    @Override
    public String mapSafeElement(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (TIKA_OWN.contains(upper)) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return PLAIN_NAME.matcher(lower).matches() ? lower : null;
    }

    @Override
    public boolean isDiscardElement(String name) {
        return DISCARDED.contains(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String a = attributeName.toLowerCase(Locale.ROOT);
        return ATTRIBUTES.contains(a) ? a : null;
    }
}
