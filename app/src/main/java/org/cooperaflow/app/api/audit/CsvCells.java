package org.cooperaflow.app.api.audit;

/**
 * One cell of a CSV download (RFC 4180), safe to open in a spreadsheet: a cell that a spreadsheet would take for
 * a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) is prefixed with
 * an apostrophe, as OWASP's advice on CSV injection has it, so a comment such as {@code =1+1} stays text.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
