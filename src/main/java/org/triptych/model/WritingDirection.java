package org.triptych.model;

/** The direction in which a language's script is written; decides column layout and alignment in the view. */
public enum WritingDirection {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT
}
