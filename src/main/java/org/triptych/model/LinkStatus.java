package org.triptych.model;

/** Who decided a link: the aligner, or a person who confirmed it (a fixed anchor for re-alignment), or flagged it. */
public enum LinkStatus {
    AUTOMATIC,
    CONFIRMED,
    REVIEW
}
