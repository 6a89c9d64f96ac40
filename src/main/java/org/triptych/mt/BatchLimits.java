package org.triptych.mt;

/**
 * What one request may carry.
 *
 * @param maxTexts        texts per request
 * @param maxBytes        request body bytes (estimated from the UTF-8 length of the texts plus JSON overhead)
 * @param maxChars        characters per request, counted across all targets of the call
 * @param maxCharsPerText a longer text is split at sentence boundaries before batching
 */
public record BatchLimits(int maxTexts, int maxBytes, int maxChars, int maxCharsPerText) {
    public BatchLimits {
        if (maxTexts < 1 || maxBytes < 64 || maxChars < 1 || maxCharsPerText < 1) {
            throw new IllegalArgumentException("Batch limits must be positive");
        }
    }
}
