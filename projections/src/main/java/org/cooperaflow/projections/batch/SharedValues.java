package org.cooperaflow.projections.batch;

import java.util.Collections;

/** SQL that asks whether a row's values of a child table include one of a few given values. */
public final class SharedValues {

    private SharedValues() {
    }

    /**
     * {@code EXISTS (SELECT 1 FROM table WHERE join AND column IN (?, ...))} with one parameter per value, or
     * {@code FALSE} when there are none.
     */
    public static String exists(String table, String join, String column, int values) {
        if (values == 0) {
            return "FALSE";
        }
        return "EXISTS (SELECT 1 FROM " + table + " WHERE " + join + " AND " + column + " IN ("
                + String.join(", ", Collections.nCopies(values, "?")) + "))";
    }
}
