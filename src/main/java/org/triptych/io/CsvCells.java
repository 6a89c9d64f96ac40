package org.triptych.io;

import java.util.regex.Pattern;

/**
 * What every CSV file we write does to its cells. A spreadsheet runs a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, so a text taken from a web page or a glossary could run commands on the
 * machine of whoever opens the export ("CSV injection"). Such a cell gets an apostrophe in front, which spreadsheets
 * show as plain text; a plain number such as {@code -12} or {@code -3.5} stays a number. Our own CSV readers take the
 * apostrophe off again ({@link #restored}).
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");

    private CsvCells() {
    }

    /** The cell as a spreadsheet will show it as text, never run it. */
    public static String neutralised(String value) {
        if (value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** A cell read back from a CSV we wrote: the apostrophe {@link #neutralised} put in front is taken off. */
    public static String restored(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /**
     * The cell neutralised and quoted as RFC 4180 says when it holds a comma, quote or line break; with
     * {@code alsoSemicolonAndTab}, also when it holds a semicolon or tab (for files readers may split on those).
     */
    public static String field(String value, boolean alsoSemicolonAndTab) {
        String v = neutralised(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || alsoSemicolonAndTab && (v.indexOf(';') >= 0 || v.indexOf('\t') >= 0);
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
