package org.triptych.text;

/** A word of running text or of a glossary term, with its character span in the text it was cut from. */
public record TermToken(int start, int end, String text) {
}
