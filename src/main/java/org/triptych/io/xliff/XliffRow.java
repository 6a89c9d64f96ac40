package org.triptych.io.xliff;

import java.util.List;
import java.util.Objects;
import org.triptych.model.LinkStatus;

/**
 * One aligned row as an XLIFF export takes it: the English text, the target version's text for the same row, what
 * is known about the link, and the notes a translator should see beside it.
 *
 * @param id             the unit's id in the file (letters, digits, {@code - _ .}); the row's position when null.
 *                       Importing the translated file back maps targets to rows by this id
 * @param english        the English unit(s) of the row, joined; may be empty (a target unit with no English)
 * @param target         the target version's text of the row; empty when the version has nothing there
 * @param link           the link's status (confirmed links become {@code final}); null when unknown
 * @param machineDraftBy the MT provider whose unedited draft {@code target} is, or null for a person's text
 * @param notes          glossary terms, findings and comments for the unit, in order
 */
public record XliffRow(String id, String english, String target, LinkStatus link, String machineDraftBy,
                       List<XliffNote> notes) {

    public XliffRow {
        Objects.requireNonNull(english, "english");
        target = target == null ? "" : target;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** What the row's target is worth to a CAT tool: nothing yet, a translation to check, or finished. */
    public XliffState state() {
        if (target.isBlank()) {
            return XliffState.INITIAL;
        }
        if (machineDraftBy != null) {
            return XliffState.TRANSLATED; // a machine's text is never final until a person has seen it
        }
        return link == LinkStatus.CONFIRMED ? XliffState.FINAL : XliffState.TRANSLATED;
    }
}
