package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/**
 * The programme extends only the cells within a beam of their row's best and finds the links the whole band gives,
 * including where a block only one side has puts the best path far behind for a while.
 */
class BeamTest {

    private static final String[] TOPICS = {"roads", "schools", "water", "housing", "parks", "buses", "libraries"};
    private static final String[] TOPICS_RU = {"дороги", "школы", "воду", "жилье", "парки", "автобусы", "библиотеки"};
    private static final String[] NAMES = {"Porter", "Dalton", "Kimber", "Grant", "Novak", "Fischer", "Moreau"};
    private static final String[] NAMES_RU = {"Портер", "Далтон", "Кимбер", "Грант", "Новак", "Фишер", "Моро"};

    /** Sentences of varied length, some with a number or a name, as news has them. */
    private static String english(int i) {
        String topic = TOPICS[i % TOPICS.length];
        return switch (i % 4) {
            case 0 -> "Spending on " + topic + " rose to " + (1000 + 37 * i) + " dollars last year.";
            case 1 -> "Councillor " + NAMES[i % NAMES.length] + " said the plan for " + topic + " was late.";
            case 2 -> "Residents complained.";
            default -> "The committee will look again at how the money for " + topic
                    + " is shared between the districts before the end of the summer.";
        };
    }

    private static String russian(int i) {
        String topic = TOPICS_RU[i % TOPICS_RU.length];
        return switch (i % 4) {
            case 0 -> "Расходы на " + topic + " выросли в прошлом году до " + (1000 + 37 * i) + " долларов.";
            case 1 -> "Советник " + NAMES_RU[i % NAMES_RU.length] + " заявил, что план на " + topic + " запаздывает.";
            case 2 -> "Жители жаловались.";
            default -> "До конца лета комитет еще раз рассмотрит, как деньги на " + topic
                    + " распределяются между районами.";
        };
    }

    private record Run(List<Bead> links, long cells) {
    }

    private static Run align(List<String> en, List<String> ru, double beam) {
        UnitSignals.KeySpace space = new UnitSignals.KeySpace();
        UnitSignals e = new UnitSignals(en, null, Language.ENGLISH, space, TermEvidence.NONE);
        UnitSignals t = new UnitSignals(ru, null, Language.RUSSIAN, space, TermEvidence.NONE);
        BandedAligner aligner = new BandedAligner(e, t, AlignmentWeights.defaults(), false, new LengthModel(1.13, 6.0));
        aligner.setBeam(beam);
        List<Bead> links = aligner.align(0, en.size(), 0, ru.size(), 30, 40_000_000L);
        return new Run(links, aligner.cellsVisited());
    }

    @Test
    void aFifthOfTheBandGivesTheLinksOfTheWholeBand() {
        List<String> en = new ArrayList<>();
        List<String> ru = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            en.add(english(i));
            if (i % 50 == 10) {
                continue; // a sentence the translation leaves out
            }
            if (i % 50 == 30) {
                ru.add(russian(i) + " " + russian(i + 1)); // two sentences translated as one
                en.add(english(++i));
                continue;
            }
            ru.add(russian(i));
        }
        Run beam = align(en, ru, BandedAligner.BEAM);
        Run whole = align(en, ru, Double.POSITIVE_INFINITY);
        assertEquals(whole.links(), beam.links());
        assertTrue(beam.cells() * 3 < whole.cells(), "cells: " + beam.cells() + " of " + whole.cells());
    }

    /** 120 sentences a side and, after sentence 60, a block of sentences only one side has. */
    private static List<List<String>> withBlock(int block, boolean targetHasIt) {
        List<String> en = new ArrayList<>();
        List<String> ru = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            en.add(english(i));
            ru.add(russian(i));
            for (int k = 0; i == 60 && k < block; k++) {
                if (targetHasIt) {
                    ru.add("Приложение " + (k + 1) + ": список " + (500 + 11 * k) + " адресов и телефонов.");
                } else {
                    en.add("Annex " + (k + 1) + ": a list of " + (500 + 11 * k) + " addresses and phone numbers.");
                }
            }
        }
        return List.of(en, ru);
    }

    @Test
    void aBlockOnlyOneSideHasIsFoundAsInTheWholeBand() {
        // Blocks of 4 stay within the beam; blocks of 12 fall out of it, and the result that pays for them at the
        // end is aligned again over the whole band.
        for (int block : new int[] {4, 12}) {
            for (boolean targetHasIt : new boolean[] {true, false}) {
                List<List<String>> text = withBlock(block, targetHasIt);
                List<Bead> beam = align(text.get(0), text.get(1), BandedAligner.BEAM).links();
                assertEquals(align(text.get(0), text.get(1), Double.POSITIVE_INFINITY).links(), beam,
                        block + " sentences only the " + (targetHasIt ? "target" : "English") + " has");
                long right = beam.stream().filter(b -> b.english().size() == 1 && b.target().size() == 1).count();
                assertTrue(right >= 115, "1-1 links on both sides of the block: " + right + " of 120");
            }
        }
    }
}
