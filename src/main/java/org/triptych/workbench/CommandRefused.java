package org.triptych.workbench;

/**
 * A command that cannot be done as asked, with the reason written for a person ("There is no next row to merge
 * with"). The session shows the message and changes nothing.
 */
final class CommandRefused extends RuntimeException {

    CommandRefused(String message) {
        super(message, null, false, false);
    }
}
