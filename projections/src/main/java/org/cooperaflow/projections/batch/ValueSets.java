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
 * written at the batch's end as one delete of those keys and one batched insert of their values.
 */
public final class ValueSets {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;
    private final String valueColumn;
    private final Map<String, List<Object>> replaced = new LinkedHashMap<>();
    private final Set<String> stored = new HashSet<>();

    public ValueSets(JdbcTemplate jdbc, String table, String keyColumn, String valueColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.valueColumn = valueColumn;
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
        replaced.put(key, values.stream().distinct().map(v -> (Object) v).toList());
        if (mayHaveValues) {
            stored.add(key);
        }
    }

    /** The values the batch gave the key, if it replaced them. */
    public Optional<List<Object>> replacement(String key) {
        return Optional.ofNullable(replaced.get(key));
    }

    public void flush() {
        if (replaced.isEmpty()) {
            return;
        }
        if (!stored.isEmpty()) {
            jdbc.update(KeyList.statement("DELETE FROM " + table + " WHERE " + keyColumn + " = ANY(?)", stored));
        }
        List<Object[]> args = new ArrayList<>();
        replaced.forEach((key, values) -> values.forEach(value -> args.add(new Object[] {key, value})));
        if (!args.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, ?)", args);
        }
        replaced.clear();
        stored.clear();
    }
}
