package org.cooperaflow.app.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.cooperaflow.projections.batch.BatchStatements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A read model's batch statement stores what Spring's {@link JdbcTemplate#batchUpdate(String, List)} stores, value for
 * value (ADR 0034), also when neither the JVM nor the database session is at UTC: the same instants, the same days.
 */
class BatchStatementsTest {

    private static final String COLUMNS = "(id INTEGER PRIMARY KEY, name VARCHAR(64), amount NUMERIC(19, 2),"
            + " count BIGINT, at TIMESTAMPTZ, day DATE, flag BOOLEAN, note VARCHAR(64))";
    private static final String INSERT = " (id, name, amount, count, at, day, flag, note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static TimeZone jvmZone;
    private static EmbeddedPostgres postgres;
    private static SingleConnectionDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Bogota"));
        postgres = EmbeddedPostgres.builder().start();
        dataSource = new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("SET TIME ZONE 'Asia/Kolkata'");
        jdbc.execute("CREATE TABLE by_spring " + COLUMNS);
        jdbc.execute("CREATE TABLE by_type " + COLUMNS);
    }

    @AfterAll
    static void stop() throws Exception {
        dataSource.destroy();
        postgres.close();
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void storesWhatSpringStores() {
        List<Object[]> rows = new ArrayList<>();
        Instant[] instants = {Instant.parse("2026-12-02T04:59:59.999999Z"), Instant.parse("2024-02-29T23:30:00Z"),
            Instant.parse("1999-12-31T23:59:59.123456Z"), Instant.parse("2026-03-08T07:00:00.5Z")};
        LocalDate[] days = {LocalDate.of(2026, 12, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2000, 1, 1),
            LocalDate.of(2026, 3, 8)};
        for (int i = 0; i < instants.length; i++) {
            rows.add(new Object[] {i, "Caf\u00e9 n\u00ba " + i, new BigDecimal("1234.5").add(BigDecimal.valueOf(i)),
                (long) i * 1_000_000_007L, Timestamp.from(instants[i]), Date.valueOf(days[i]), i % 2 == 0,
                i == 3 ? "kept" : null});
        }
        rows.add(new Object[] {9, null, null, null, null, null, null, null});

        jdbc.batchUpdate("INSERT INTO by_spring" + INSERT, rows);
        BatchStatements.update(jdbc, "INSERT INTO by_type" + INSERT, rows);

        String select = "SELECT id, name, amount, count, extract(epoch FROM at) AS epoch, day::text AS day, flag, note"
                + " FROM %s ORDER BY id";
        List<Map<String, Object>> bySpring = jdbc.queryForList(select.formatted("by_spring"));
        List<Map<String, Object>> byType = jdbc.queryForList(select.formatted("by_type"));
        assertThat(byType).hasSize(5).isEqualTo(bySpring);
        assertThat(byType.get(0).get("day")).isEqualTo("2026-12-01");
        assertThat(((BigDecimal) byType.get(1).get("epoch")).doubleValue())
                .isEqualTo(instants[1].getEpochSecond(), offset(0.000001));
    }
}
