package org.triptych.io.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the marks a web page puts on its non-article parts: ARIA roles, hiding attributes, and the words in class
 * and id names ("site-nav", "share-bar", "related-stories", "cookie-consent").
 *
 * <p>Names are cut into words at hyphens, underscores, other punctuation and camelCase humps, and judged as whole
 * words, so "canvas" and "unavailable" never count as "nav". Two kinds of word decide:
 * <ul>
 * <li>strong words (cookie, share, related, comments, advert, footer…) mark a name wherever they stand;</li>
 * <li>weak words (nav, menu, meta, tags, more…) only when they are the name's last meaningful word, as in
 * "post-navigation", and not in "navigation-guide-article", whose last word says it is the article.</li>
 * </ul>
 * Glued forms ("navbar", "topnav", "megamenu", "adslot", "ads") are read as their parts. Names that describe a
 * state ("has-sidebar", "is-open", "menu-open") or a taxonomy ("category-social-affairs", "tag-comments" on a
 * WordPress article) say nothing about the element and are ignored.
 */
final class BoilerplateMarks {

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar", "toolbar", "tooltip", "form");

    private static final Set<String> STRONG = Set.of("cookie", "cookies", "consent", "gdpr", "newsletter",
            "subscribe", "subscription", "signup", "share", "sharing", "sharethis", "addthis", "social", "related",
            "recommended", "recommendation", "recommendations", "comment", "comments", "disqus", "advert",
            "advertisement", "advertising", "adverts", "ad", "ads", "adv", "adsense", "sponsor", "sponsored", "promo",
            "promotion", "promoted", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "crumbs", "sidebar",
            "footer", "popup", "modal", "trending", "popular", "masthead", "logo", "branding", "copyright",
            "widgets", "ticker", "weather", "informer");

    private static final Set<String> WEAK = Set.of("nav", "navigation", "menu", "toolbar", "pagination", "pager",
            "tags", "meta", "byline", "author", "search", "login", "skip", "topics", "more", "credit", "credits",
            "print", "bio", "date", "timestamp");

    /** Words that name article content: as a name's last meaningful word they protect it from weak words. */
    private static final Set<String> CONTENT = Set.of("article", "story", "body", "content", "text", "post", "entry",
            "headline", "title", "lead", "standfirst", "intro", "paragraph", "copy", "caption", "quote", "summary");

    /** Words that say nothing of what an element is; skipped when looking for a name's last meaningful word. */
    private static final Set<String> GENERIC = Set.of("bar", "box", "area", "wrap", "wrapper", "container", "block",
            "section", "list", "links", "link", "items", "item", "widget", "module", "panel", "inner", "outer",
            "holder", "top", "bottom", "inline", "js", "component", "region", "zone", "unit", "slot", "main", "col",
            "row", "left", "right", "group", "el", "v", "x");

    /** First words of names that describe a taxonomy (WordPress puts these on the article), not the element. */
    private static final Set<String> IGNORED_FIRST = Set.of("tag", "category", "cat", "type", "status", "format",
            "term", "postid", "lang", "hentry");

    /** Words anywhere in a name that make it describe a state of the page ("page-has-sidebar", "menu-open"). */
    private static final Set<String> STATE = Set.of("has", "is", "no", "with", "without", "show", "enable", "open",
            "opened", "active", "enabled", "visible", "expanded", "collapsed", "loaded", "closed", "disabled", "hidden");

    private static final Set<String> GLUE_SUFFIXES = Set.of("bar", "box", "list", "links", "block", "wrap", "area",
            "menu", "panel", "widget", "slot", "unit", "s");
    private static final Set<String> GLUE_PREFIXES = Set.of("top", "main", "sub", "site", "mega", "global", "primary",
            "mobile", "side", "page", "header", "off", "sticky");

    /** Pairs of words that together name a boilerplate block though neither does alone. */
    private static final Set<String> PAIRS = Set.of("more stories", "most read", "most viewed", "read more",
            "see also", "read also", "also read", "site title", "site name", "site description", "latest news",
            "top stories", "editors picks", "you may", "skip link", "other news", "other stories");

    /** Class names for text meant only for screen readers ("Skip to content", "opens in a new tab"). */
    private static final Set<String> SCREEN_READER = Set.of("sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screenreader-only", "element-invisible", "a11y-hidden", "hidden-visually");

    private BoilerplateMarks() {
    }

    static boolean boilerplateRole(String role) {
        if (role == null) {
            return false;
        }
        for (String r : role.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (ROLES.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code hidden} attribute (except "until-found", which browsers show on search), aria-hidden, display:none. */
    static boolean hidden(String hiddenAttr, String ariaHidden, String style) {
        if (hiddenAttr != null && !hiddenAttr.trim().equalsIgnoreCase("until-found")) {
            return true;
        }
        if (ariaHidden != null && ariaHidden.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (style != null) {
            String s = style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    static boolean screenReaderOnly(String classAttr) {
        if (classAttr == null) {
            return false;
        }
        for (String c : classAttr.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (SCREEN_READER.contains(c.replace('_', '-'))) {
                return true;
            }
        }
        return false;
    }

    /** True when any whitespace-separated name in a class attribute (or an id, or a custom tag name) marks boilerplate. */
    static boolean boilerplateNames(String names) {
        if (names == null || names.isBlank()) {
            return false;
        }
        for (String name : names.trim().split("\\s+")) {
            if (boilerplateName(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when a class or id name has a word like "headline" or "title": a heading in pages without h1. */
    static boolean headlineName(String names) {
        if (names == null) {
            return false;
        }
        for (String name : names.trim().split("\\s+")) {
            List<String> w = words(name);
            if (!w.isEmpty() && (w.get(w.size() - 1).equals("headline") || w.get(w.size() - 1).equals("title"))
                    && !w.contains("site") && !w.contains("item")) {
                return true;
            }
        }
        return false;
    }

    static boolean boilerplateName(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || IGNORED_FIRST.contains(words.get(0))) {
            return false;
        }
        for (String w : words) {
            if (STATE.contains(w)) {
                return false;
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (PAIRS.contains(words.get(i) + " " + words.get(i + 1))) {
                return true;
            }
        }
        for (String w : words) {
            if (STRONG.contains(w) || STRONG.contains(unglue(w))) {
                return true;
            }
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (GENERIC.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (CONTENT.contains(w)) {
                return false;
            }
            if (WEAK.contains(w) || WEAK.contains(unglue(w))) {
                return true;
            }
        }
        return false;
    }

    /** "navbar" → "nav", "topnav" → "nav", "ads" → "ad"; a word that is no such compound comes back unchanged. */
    static String unglue(String w) {
        for (String suffix : GLUE_SUFFIXES) {
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (STRONG.contains(stem) || WEAK.contains(stem)) {
                    return stem;
                }
            }
        }
        for (String prefix : GLUE_PREFIXES) {
            if (w.length() > prefix.length() + 1 && w.startsWith(prefix)) {
                String stem = w.substring(prefix.length());
                if (STRONG.contains(stem) || WEAK.contains(stem)) {
                    return stem;
                }
            }
        }
        return w;
    }

    /** Lower-case words of a name: "siteNav_main-2" → [site, nav, main, 2]. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            boolean hump = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (!alnum || hump) {
                if (w.length() > 0) {
                    out.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
            }
            if (alnum) {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
