package org.cooperaflow.projections.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table of (key, value) pairs, such as a proposal's SDGs, whose values a batch replaces whole for some keys:
 * written at the batch's end as one delete of those keys and one batched insert of their values. A value may span
 * several columns, such as a proposal's partners by position.
 */
public final class ValueSets {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;
    private final List<String> valueColumns;
    private final Map<String, List<Object[]>> replaced = new LinkedHashMap<>();
    private final Set<String> stored = new HashSet<>();

    public ValueSets(JdbcTemplate jdbc, String table, String keyColumn, String valueColumn) {
        this(jdbc, table, keyColumn, List.of(valueColumn));
    }

    /** A table whose values each fill {@code valueColumns}, in that order. */
    public ValueSets(JdbcTemplate jdbc, String table, String keyColumn, List<String> valueColumns) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.valueColumns = List.copyOf(valueColumns);
    }

    /** The values of the row's key become {@code values} (duplicates dropped). */
    public void replace(KeyedRows.Row row, Collection<?> values) {
        replace(row.key(), !row.inserted(), values);
    }

    /**
     * The key's values become {@code values} (duplicates dropped). {@code mayHaveValues}: whether the table may
     * hold values for the key from before the batch, which are deleted first.
     */
    public void replace(String key, boolean mayHaveValues, Collection<?> values) {
        replaceRows(key, mayHaveValues, values.stream().distinct().map(v -> new Object[] {v}).toList());
    }

    /** The values of the row's key become {@code rows}, each the value columns' values in order. */
    public void replaceRows(KeyedRows.Row row, List<Object[]> rows) {
        replaceRows(row.key(), !row.inserted(), rows);
    }

    private void replaceRows(String key, boolean mayHaveValues, List<Object[]> rows) {
        for (Object[] values : rows) {
            if (values.length != valueColumns.size()) {
                throw new IllegalArgumentException(table + " takes " + valueColumns + ", not " + values.length);
            }
        }
        replaced.put(key, List.copyOf(rows));
        if (mayHaveValues) {
            stored.add(key);
        }
    }

    /** The values the batch gave the key, if it replaced them (of a table of one value column). */
    public Optional<List<Object>> replacement(String key) {
        return Optional.ofNullable(replaced.get(key)).map(rows -> rows.stream().map(values -> values[0]).toList());
    }

    public void flush() {
        if (replaced.isEmpty()) {
            return;
        }
        if (!stored.isEmpty()) {
            jdbc.update(KeyList.statement("DELETE FROM " + table + " WHERE " + keyColumn + " = ANY(?)", stored));
        }
        List<Object[]> args = new ArrayList<>();
        replaced.forEach((key, rows) -> rows.forEach(values -> {
            Object[] row = new Object[values.length + 1];
            row[0] = key;
            System.arraycopy(values, 0, row, 1, values.length);
            args.add(row);
        }));
        if (!args.isEmpty()) {
            BatchStatements.update(jdbc, "INSERT INTO " + table + " (" + keyColumn + ", "
                    + String.join(", ", valueColumns) + ") VALUES (?" + ", ?".repeat(valueColumns.size()) + ")", args);
        }
        replaced.clear();
        stored.clear();
    }
}
