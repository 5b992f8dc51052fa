package org.cooperaflow.projections.batch;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * A read model's batch statement: one statement, a row of values per execution, the values set by their Java type.
 *
 * <p>{@link JdbcTemplate#batchUpdate(String, List)} finds out how to set each value of each row through Spring's
 * general {@link StatementCreatorUtils}, and PostgreSQL's driver writes a {@link Timestamp} through a
 * {@link java.util.Calendar} in the JVM's zone, and a {@link Date} too: a tenth of a catch-up's time in the read
 * models that write most (ADR 0034). Here text, numbers and times are set directly; a timestamp is sent as the same
 * instant at UTC, which PostgreSQL stores alike in the read models' {@code TIMESTAMPTZ} columns, and a date as the
 * same day. Anything else, and null, goes through Spring as before.
 */
public final class BatchStatements {

    private BatchStatements() {
    }

    /** Runs {@code sql} once per row of {@code rows}, in one JDBC batch. */
    public static void update(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                Object[] row = rows.get(i);
                for (int column = 0; column < row.length; column++) {
                    set(statement, column + 1, row[column]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(index, number);
        } else if (value instanceof Timestamp time) {
            statement.setObject(index, time.toInstant().atOffset(ZoneOffset.UTC));
        } else if (value instanceof Date day) {
            statement.setObject(index, day.toLocalDate());
        } else {
            StatementCreatorUtils.setParameterValue(statement, index, SqlTypeValue.TYPE_UNKNOWN, value);
        }
    }
}
