package org.triptych.io.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * Follows where {@link BlockCollector} stands in a web page while it cuts blocks, notes for each block what could
 * make it boilerplate, and at the end keeps the article's blocks.
 *
 * <p>Decisions are taken at the end, not while reading, so that a page whose marks would leave nothing (a page saved
 * while a dialog was open, where everything behind the dialog is aria-hidden) falls back to a gentler reading
 * instead of coming out empty. The order of fallbacks: every rule; every rule but hiding; every rule but hiding and
 * link density; the page as it is.
 *
 * <p>The rules, in the words of docs/decisions/0003-html-boilerplate.md:
 * <ul>
 * <li>a block inside an element marked as boilerplate (ARIA role, {@code <footer>}, {@code <aside>}, class/id words
 * per {@link BoilerplateMarks}, a custom element named like one such as {@code <amp-ad>}) goes; but a mark by name
 * alone is overruled when the element holds a plain h1, for such an element is a layout wrapper;</li>
 * <li>a block inside a hidden element goes; inline hidden text and screen-reader-only text are skipped as read;</li>
 * <li>a short block that is nearly all link text goes (a menu written as a plain list of links), except an h1; so
 * does every block of an element that is nearly all links with at most a short label ("Other news:" and its list);</li>
 * <li>a short line with a copyright sign or "all rights reserved" goes;</li>
 * <li>a form holding little text goes (a search box, a sign-up form); a form wrapping the whole page stays;</li>
 * <li>when the page marks its article ({@code <article>}, {@code <main>}, role main or article, itemprop
 * articleBody), only the marked element with the most text is kept (with any other of at least half its text: the
 * updates of a live blog), plus the page's h1 or its title when they hold no headline of their own.</li>
 * </ul>
 */
final class HtmlArticleFilter {

    /** Share of a block's letters inside links from which a short block counts as a list of links. */
    static final double LINK_SHARE = 0.7;
    /** Blocks longer than this (non-space characters) are never dropped for their links: real text has length. */
    static final int LINK_LIST_MAX_CHARS = 100;
    /** A form holding fewer non-space characters than this is a control (search, sign-up), not a page wrapper. */
    static final int SMALL_FORM_CHARS = 300;
    /** The marked article is trusted when it holds this share of the page's kept text, or this much text. */
    static final double ROOT_MIN_SHARE = 0.3;
    static final int ROOT_MIN_CHARS = 500;
    /** Another marked article, not inside the chosen one, is kept too when it holds this share of the chosen one's text. */
    static final double SIBLING_ROOT_SHARE = 0.5;

    /** An element of two blocks or more that is nearly all links, with at most this much other text, is a link list. */
    static final int LINK_GROUP_MAX_OTHER_CHARS = 100;

    /**
     * A short line with a copyright sign or "all rights reserved" in our three languages is the page's footer even
     * where nothing marks it (old table layouts); an article sentence is longer than this or never says it.
     */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "©|\\(c\\)\\s*\\d{4}|all rights reserved|جميع الحقوق محفوظة|все права защищены",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final int COPYRIGHT_MAX_CHARS = 150;

    /** What a block's surroundings say about it, noted when the block is cut. */
    record Place(boolean boilerplate, int named, boolean hidden, int root, int form, int chars, int linkChars,
            boolean h1, boolean copyright) {
        boolean linkList() {
            return !h1 && chars > 0 && linkChars >= LINK_SHARE * chars && chars <= LINK_LIST_MAX_CHARS;
        }
    }

    /** Phrasing elements: they never cut a block, and class names on them are not read (a link in a sentence stays). */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data",
            "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "rp", "rt", "ruby", "s",
            "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br", "nobr",
            "picture", "source", "input");

    private static final Set<String> BOILERPLATE_ELEMENTS = Set.of("footer", "aside");

    /** An open element and what it marks. */
    static final class Element {
        boolean boundary;
        boolean boilerplate;
        boolean named;
        boolean hidden;
        boolean suppress;
        boolean link;
        boolean headline;
        boolean h1;
        boolean root;
        boolean form;
        int previousRoot;
        int previousForm;
        int previousNamed;
        int firstBlock;

        /** Whether the element starts (and its end closes) a block. */
        boolean startsBlock() {
            return boundary;
        }
    }

    private final Deque<Element> stack = new ArrayDeque<>();
    private final List<Integer> rootParents = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    /** Running totals of non-space and link characters over the blocks so far, for an element's sums at its end. */
    private final List<long[]> totals = new ArrayList<>(List.of(new long[2]));
    /** Blocks inside an element that, taken whole, is a list of links with perhaps a short label ("Other news:"). */
    private final BitSet inLinkGroup = new BitSet();
    /** Elements marked by their class, id or tag name only: each one's parent, and the innermost open one. */
    private final List<Integer> namedParents = new ArrayList<>();
    private int named = -1;
    /** Marked article elements (the same way), and forms: the innermost open one of each. */
    private int root = -1;
    private int forms;
    private int form = -1;
    private int boilerplateDepth;
    private int hiddenDepth;
    private int suppressDepth;
    private int linkDepth;
    private int headlineDepth;
    private int h1Depth;

    /**
     * Reads what an element says about its content; nothing changes until {@link #enter(Element)}, so the caller can
     * first close the block before it.
     */
    Element classify(String name, Attributes atts) {
        Element f = new Element();
        boolean inline = INLINE.contains(name);
        boolean custom = name.indexOf('-') > 0;
        String cls = atts.getValue("class");
        String role = atts.getValue("role");
        String itemprop = atts.getValue("itemprop");
        f.root = name.equals("article") || name.equals("main") || hasWord(role, "main") || hasWord(role, "article")
                || hasWord(itemprop, "articlebody");
        boolean hidden = BoilerplateMarks.hidden(atts.getValue("hidden"), atts.getValue("aria-hidden"), atts.getValue("style"));
        f.suppress = BoilerplateMarks.screenReaderOnly(cls) || inline && hidden;
        f.hidden = !inline && hidden;
        f.boilerplate = !inline && (BoilerplateMarks.boilerplateRole(role) || BOILERPLATE_ELEMENTS.contains(name));
        f.named = !inline && !f.boilerplate && (!f.root && (BoilerplateMarks.boilerplateNames(cls)
                || BoilerplateMarks.boilerplateNames(atts.getValue("id"))) || custom && BoilerplateMarks.boilerplateName(name));
        f.headline = !inline && BoilerplateMarks.headlineName(cls);
        f.h1 = name.equals("h1");
        f.link = name.equals("a") && atts.getValue("href") != null;
        f.form = name.equals("form");
        f.boundary = !inline && !custom || f.boilerplate || f.named || f.hidden || f.root || f.form;
        return f;
    }

    void enter(Element f) {
        f.previousRoot = root;
        f.previousForm = form;
        f.previousNamed = named;
        if (f.named) {
            namedParents.add(named);
            named = namedParents.size() - 1;
        }
        f.firstBlock = places.size();
        if (f.root) {
            rootParents.add(root);
            root = rootParents.size() - 1;
        }
        if (f.form) {
            form = forms++;
        }
        boilerplateDepth += f.boilerplate ? 1 : 0;
        hiddenDepth += f.hidden ? 1 : 0;
        suppressDepth += f.suppress ? 1 : 0;
        linkDepth += f.link ? 1 : 0;
        headlineDepth += f.headline ? 1 : 0;
        h1Depth += f.h1 ? 1 : 0;
        stack.push(f);
    }

    /** Whether closing the innermost open element ends a block. */
    boolean closeEndsBlock() {
        return !stack.isEmpty() && stack.peek().boundary;
    }

    void leave() {
        Element f = stack.poll();
        if (f == null) {
            return;
        }
        int end = places.size();
        if (f.boundary && !f.h1 && end - f.firstBlock >= 2) {
            long chars = totals.get(end)[0] - totals.get(f.firstBlock)[0];
            long links = totals.get(end)[1] - totals.get(f.firstBlock)[1];
            if (links >= LINK_SHARE * chars && chars - links <= LINK_GROUP_MAX_OTHER_CHARS) {
                inLinkGroup.set(f.firstBlock, end);
            }
        }
        root = f.previousRoot;
        form = f.previousForm;
        named = f.previousNamed;
        boilerplateDepth -= f.boilerplate ? 1 : 0;
        hiddenDepth -= f.hidden ? 1 : 0;
        suppressDepth -= f.suppress ? 1 : 0;
        linkDepth -= f.link ? 1 : 0;
        headlineDepth -= f.headline ? 1 : 0;
        h1Depth -= f.h1 ? 1 : 0;
    }

    /** Text read now is skipped outright (screen-reader-only text, hidden inline text). */
    boolean suppressed() {
        return suppressDepth > 0;
    }

    boolean inLink() {
        return linkDepth > 0;
    }

    /** Inside an element whose class names a headline ("story-title"): a heading even without an h1. */
    boolean inHeadline() {
        return headlineDepth > 0;
    }

    /** Notes the place of the block just cut; called once per block, in order. */
    void noteBlock(String text, int chars, int linkChars) {
        boolean copyright = chars <= COPYRIGHT_MAX_CHARS && COPYRIGHT.matcher(text).find();
        places.add(new Place(boilerplateDepth > 0, named, hiddenDepth > 0, root, form, chars, linkChars, h1Depth > 0,
                copyright));
        long[] last = totals.get(totals.size() - 1);
        totals.add(new long[] {last[0] + chars, last[1] + linkChars});
    }

    /** The article's blocks out of all the page's blocks (one {@link #noteBlock} per block, in order). */
    List<TextBlock> select(List<TextBlock> blocks, String title) {
        if (blocks.size() != places.size()) {
            throw new IllegalStateException(blocks.size() + " blocks but " + places.size() + " places");
        }
        // A class name never hides the page's headline: an element marked only by its name ("sidebar-layout",
        // "page-ads-wrapper") that holds a plain h1 is a layout wrapper, not boilerplate. Logos are linked h1s.
        BitSet overruled = new BitSet();
        for (Place p : places) {
            if (p.h1() && p.linkChars() < LINK_SHARE * p.chars()) {
                for (int m = p.named(); m >= 0; m = namedParents.get(m)) {
                    overruled.set(m);
                }
            }
        }
        int[] formChars = new int[forms];
        for (Place p : places) {
            if (p.form() >= 0) {
                formChars[p.form()] += p.chars();
            }
        }
        // every rule; then not hiding (a dialog left open); then not links either (an unclosed <a>, which browsers
        // and jsoup carry over every following paragraph); then the page as it is
        for (int level = 0; level < 3; level++) {
            boolean honourHiding = level == 0;
            boolean honourLinks = level < 2;
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Place p = places.get(i);
                boolean smallForm = p.form() >= 0 && formChars[p.form()] < SMALL_FORM_CHARS;
                boolean links = honourLinks && (p.linkList() || inLinkGroup.get(i) && !p.h1());
                boolean marked = p.boilerplate() || markedByName(p.named(), overruled);
                if (!marked && !(honourHiding && p.hidden()) && !links && !smallForm && !p.copyright()) {
                    kept.add(i);
                }
            }
            List<TextBlock> article = narrowToArticle(kept, blocks, title);
            if (article.stream().anyMatch(b -> !b.heading())) {
                return article;
            }
        }
        return blocks;
    }

    private List<TextBlock> narrowToArticle(List<Integer> kept, List<TextBlock> blocks, String title) {
        long[] rootText = new long[rootParents.size()];
        long total = 0;
        for (int i : kept) {
            Place p = places.get(i);
            int text = p.chars() - p.linkChars();
            total += text;
            for (int r = p.root(); r >= 0; r = rootParents.get(r)) {
                rootText[r] += text;
            }
        }
        int best = -1;
        for (int r = 0; r < rootText.length; r++) {
            if (best < 0 || rootText[r] > rootText[best]) {
                best = r; // ancestors come first, so on a tie the outer element (main around article) wins
            }
        }
        // Articles of like size side by side (the updates of a live blog) are all the article; a teaser card is not.
        BitSet chosen = new BitSet();
        long chosenText = 0;
        if (best >= 0) {
            chosen.set(best);
            chosenText = rootText[best];
            for (int r = 0; r < rootText.length; r++) {
                if (rootText[r] >= SIBLING_ROOT_SHARE * rootText[best] && !inside(r, chosen) && !within(best, r)) {
                    chosen.set(r);
                    chosenText += rootText[r];
                }
            }
        }
        List<TextBlock> out = new ArrayList<>();
        if (chosenText == 0 || chosenText < ROOT_MIN_SHARE * total && chosenText < ROOT_MIN_CHARS) {
            for (int i : kept) {
                out.add(blocks.get(i));
            }
            return out;
        }
        int firstInside = -1;
        boolean hasH1 = false;
        for (int i : kept) {
            if (inside(places.get(i).root(), chosen)) {
                firstInside = firstInside < 0 ? i : firstInside;
                hasH1 |= places.get(i).h1();
                out.add(blocks.get(i));
            }
        }
        if (hasH1 || out.get(0).heading()) {
            return out;
        }
        // The article element holds no headline: the page's own h1 above it (a plain one, not a linked logo), or
        // failing that the document title without the site name.
        TextBlock headline = null;
        for (int i : kept) {
            Place p = places.get(i);
            if (i < firstInside && p.h1() && p.linkChars() < LINK_SHARE * p.chars()) {
                headline = blocks.get(i);
            }
        }
        if (headline == null && title != null && !title.isBlank()) {
            String t = titleHeadline(title);
            boolean repeated = out.stream().anyMatch(b -> ParagraphAssembler.joinLines(b.text()).equals(t));
            headline = repeated ? null : new TextBlock(t, true, 0);
        }
        if (headline != null) {
            out.add(0, new TextBlock(headline.text(), true, 0));
        }
        return out;
    }

    private boolean markedByName(int m, BitSet overruled) {
        for (; m >= 0; m = namedParents.get(m)) {
            if (!overruled.get(m)) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(int r, BitSet chosen) {
        for (; r >= 0; r = rootParents.get(r)) {
            if (chosen.get(r)) {
                return true;
            }
        }
        return false;
    }

    private boolean within(int r, int ancestor) {
        for (; r >= 0; r = rootParents.get(r)) {
            if (r == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** "Headline | Site" or "Site - Headline": the longest part is the headline. */
    static String titleHeadline(String title) {
        String t = ParagraphAssembler.joinLines(title);
        String best = t;
        String[] parts = t.split("\\s+(?:\\||-|–|—|::|«|»|·)\\s+");
        if (parts.length > 1) {
            best = "";
            for (String p : parts) {
                if (p.strip().length() > best.length()) {
                    best = p.strip();
                }
            }
        }
        return best;
    }

    private static boolean hasWord(String value, String word) {
        if (value == null) {
            return false;
        }
        for (String v : value.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (v.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
