package org.triptych.workbench;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * Resolves a finding's link-relative offsets to a paragraph and a span in it, following the checks' convention
 * ({@link FindingsSource}): {@code unit} names the English link, the offsets run through the link's paragraphs in the
 * finding's language joined by '\n'. The paragraph places are read once per paragraph table, since findings are
 * placed by the thousand.
 */
public final class FindingPlaces {

    /** Where a finding lies: a paragraph of its version and a span in that paragraph. */
    public record Place(Language language, int paragraph, int start, int end) {
    }

    private LinkTable placesTable;
    private final Map<Language, ParagraphPlaces> places = new HashMap<>();

    /**
     * Where {@code f} lies in {@code state}'s text; empty when it cannot be placed (the text changed since). A finding
     * about text a version lacks lies at the start of the English paragraph its link begins with.
     */
    public Optional<Place> place(ProjectState state, Finding f) {
        Optional<DocumentVersion> v = state.article().version(f.language());
        if (v.isEmpty()) {
            return Optional.empty();
        }
        LinkTable links = state.paragraphs();
        List<Integer> paragraphs;
        if (!f.language().equals(Language.ENGLISH) && links != null && links.targets().contains(f.language())) {
            paragraphs = places(links, f.language()).targets(f.unit());
            if (paragraphs.isEmpty() && f.text().isEmpty()) {
                // about text the version lacks (an English paragraph left untranslated): its place is the English
                // paragraph, so the finding is numbered by that row and a jump shows what is missing
                DocumentVersion english = state.article().english();
                return f.unit() >= 0 && f.unit() < english.paragraphs().size()
                        ? Optional.of(new Place(Language.ENGLISH, f.unit(), 0, 0)) : Optional.empty();
            }
        } else {
            paragraphs = from(Math.max(0, f.unit()), v.get().paragraphs().size()); // an unlinked version
        }
        int offset = 0;
        for (int i : paragraphs) {
            if (i < 0 || i >= v.get().paragraphs().size()) {
                break;
            }
            int len = v.get().paragraphs().get(i).text().length();
            if (f.start() <= offset + len) {
                int start = Math.max(0, f.start() - offset);
                int end = Math.min(len, f.end() - offset);
                return Optional.of(new Place(f.language(), i, start, Math.max(start, end)));
            }
            offset += len + 1; // the '\n' the checks join a link's paragraphs with
        }
        return Optional.empty();
    }

    private ParagraphPlaces places(LinkTable table, Language target) {
        if (table != placesTable) {
            places.clear();
            placesTable = table;
        }
        return places.computeIfAbsent(target, t -> new ParagraphPlaces(table.alignment(t).beads()));
    }

    /** Paragraphs {@code from} to the end, as a view: placed once per finding, so never copied. */
    private static List<Integer> from(int from, int count) {
        int size = Math.max(0, count - from);
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                return from + i;
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
