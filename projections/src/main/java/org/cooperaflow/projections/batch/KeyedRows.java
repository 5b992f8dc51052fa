package org.cooperaflow.projections.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one read-model table, keyed by a text column, that a batch touches: loaded at once when the batch
 * opens, changed in memory by its events, and written back at its end as one batched upsert of the changed rows.
 */
public final class KeyedRows {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;
    private final List<String> columns;
    private final Map<String, Row> rows = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    /** The table's rows for {@code keys} (those that exist), read in one query. */
    public KeyedRows(JdbcTemplate jdbc, String table, String keyColumn, List<String> columns, Collection<String> keys) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.columns = List.copyOf(columns);
        if (!keys.isEmpty()) {
            jdbc.query(KeyList.statement("SELECT " + keyColumn + ", " + String.join(", ", columns) + " FROM " + table
                    + " WHERE " + keyColumn + " = ANY(?)", keys), rs -> {
                Row row = new Row(rs.getString(1), false);
                for (int i = 0; i < columns.size(); i++) {
                    row.values.put(columns.get(i), rs.getObject(i + 2));
                }
                rows.put(row.key, row);
            });
        }
    }

    /** The row, or null when the table has none for the key. */
    public Row get(String key) {
        return rows.get(key);
    }

    /** A new row for the key (its columns null until set); the key must not have one. */
    public Row insert(String key) {
        if (rows.containsKey(key)) {
            throw new IllegalStateException(table + " already has " + key);
        }
        Row row = new Row(key, true);
        rows.put(key, row);
        changed.add(key);
        return row;
    }

    /** Writes the changed rows: one batched {@code INSERT ... ON CONFLICT DO UPDATE}. */
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (" + keyColumn + ", " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ") ON CONFLICT (" + keyColumn + ") DO UPDATE SET "
                + columns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        List<Object[]> args = new ArrayList<>(changed.size());
        for (String key : changed) {
            Row row = rows.get(key);
            Object[] values = new Object[columns.size() + 1];
            values[0] = key;
            for (int i = 0; i < columns.size(); i++) {
                values[i + 1] = row.values.get(columns.get(i));
            }
            args.add(values);
        }
        BatchStatements.update(jdbc, sql, args);
        changed.clear();
    }

    /** One row: its columns by name. Setting one marks the row to be written. */
    public final class Row {

        private final String key;
        private final boolean inserted;
        private final Map<String, Object> values = new HashMap<>();

        private Row(String key, boolean inserted) {
            this.key = key;
            this.inserted = inserted;
        }

        public String key() {
            return key;
        }

        /** Whether the row is new in this batch, so that no other table holds anything under its key yet. */
        public boolean inserted() {
            return inserted;
        }

        public Object get(String column) {
            requireColumn(column);
            return values.get(column);
        }

        public Row set(String column, Object value) {
            requireColumn(column);
            values.put(column, value);
            changed.add(key);
            return this;
        }

        /** Sets the column only while it is null (a first time stays the first). */
        public Row setIfNull(String column, Object value) {
            return get(column) == null ? set(column, value) : this;
        }

        private void requireColumn(String column) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
        }
    }
}
