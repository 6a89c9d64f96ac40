package org.triptych.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.triptych.model.Language;

/**
 * The English version of an article, prepared once for aligning it with several targets (Arabic and Russian): its
 * units, its paragraph starts and, on first use, its signals. Finding a version's numbers, name skeletons and script
 * takes about as long as aligning it, so aligning both targets against one prepared English saves a third of that.
 * May be shared by threads aligning different pairs at once.
 */
public final class PreparedEnglish {

    final List<String> units;
    /** Where a paragraph starts, one entry per unit; null when not known. */
    final boolean[] paragraphStarts;
    /** The paragraphs the units came from; null when made from units. */
    final ParagraphAligner.Flat paragraphs;
    /** Item keys of this version and of every target aligned with it. */
    final UnitSignals.KeySpace space = new UnitSignals.KeySpace();

    private final List<Computed> computed = new ArrayList<>(1);

    private record Computed(TermEvidence terms, boolean cognates, UnitSignals signals) {
    }

    private PreparedEnglish(List<String> units, boolean[] paragraphStarts, ParagraphAligner.Flat paragraphs) {
        this.units = units;
        this.paragraphStarts = paragraphStarts;
        this.paragraphs = paragraphs;
    }

    /** English units (sentences or paragraphs) with no paragraph structure, for {@link SentenceAligner}. */
    public static PreparedEnglish ofUnits(List<String> units) {
        return ofUnits(units, null);
    }

    /**
     * English units whose paragraph starts are known ({@code true} where a unit opens a paragraph; null: unknown),
     * for {@link SentenceAligner}.
     */
    public static PreparedEnglish ofUnits(List<String> units, boolean[] paragraphStarts) {
        Objects.requireNonNull(units, "english");
        if (paragraphStarts != null && paragraphStarts.length != units.size()) {
            throw new IllegalArgumentException("Paragraph starts must have one entry per unit");
        }
        return new PreparedEnglish(List.copyOf(units), paragraphStarts == null ? null : paragraphStarts.clone(),
                null);
    }

    /** English paragraphs as lists of their sentences, for {@link ParagraphAligner}. */
    public static PreparedEnglish ofParagraphs(List<List<String>> paragraphs) {
        Objects.requireNonNull(paragraphs, "englishParagraphs");
        ParagraphAligner.Flat flat = ParagraphAligner.flatten(paragraphs);
        return new PreparedEnglish(flat.units(), flat.starts(), flat);
    }

    /** How many units the English version has. */
    public int size() {
        return units.size();
    }

    /**
     * The signals of the English units with these settings, computed on first use and kept (a second pair waits
     * for the first instead of computing them again).
     */
    synchronized UnitSignals signals(TermEvidence terms, boolean cognates) {
        for (Computed c : computed) {
            if (c.terms() == terms && c.cognates() == cognates) {
                return c.signals();
            }
        }
        UnitSignals s = new UnitSignals(units, paragraphStarts, Language.ENGLISH, space, terms, cognates);
        computed.add(new Computed(terms, cognates, s));
        return s;
    }
}
