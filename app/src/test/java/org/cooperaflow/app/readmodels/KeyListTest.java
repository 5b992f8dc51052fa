package org.cooperaflow.app.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cooperaflow.projections.batch.KeyList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A read model's statement by a list of keys is planned with its keys every time (ADR 0032): PostgreSQL never keeps
 * it as a prepared statement of the connection, as the driver makes of any other statement run five times, so it
 * never runs on a generic plan made when the table was small. A read by a unique key is left to the driver's default.
 */
class KeyListTest {

    private static EmbeddedPostgres postgres;
    private static SingleConnectionDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE report (proposal_id VARCHAR(64) NOT NULL, period VARCHAR(50) NOT NULL,"
                + " PRIMARY KEY (proposal_id, period))");
        jdbc.execute("INSERT INTO report SELECT 'p-' || i, 'P' || p FROM generate_series(1, 3000) i,"
                + " generate_series(1, 3) p");
    }

    @AfterAll
    static void stop() throws Exception {
        dataSource.destroy();
        postgres.close();
    }

    @Test
    void isNeverKeptPreparedUnlessItReadsByAUniqueKey() {
        List<String> keys = IntStream.rangeClosed(1, 500).map(i -> i * 5).mapToObj(i -> "p-" + i).toList();
        String sql = "SELECT proposal_id, period FROM report WHERE proposal_id = ANY(?)";

        for (int run = 0; run < 10; run++) {
            List<String> found = new ArrayList<>();
            jdbc.query(KeyList.statement(sql, keys), rs -> {
                found.add(rs.getString(1));
            });
            assertThat(found).hasSize(1500).containsOnlyElementsOf(keys);
        }
        assertThat(preparedOnTheServer(sql)).as("KeyList's statement kept by PostgreSQL").isZero();

        // by a unique key, the driver's default: kept from its fifth run (so the check above can fail)
        for (int run = 0; run < 10; run++) {
            List<String> found = new ArrayList<>();
            jdbc.query(KeyList.byUniqueKey(sql, keys), rs -> {
                found.add(rs.getString(1));
            });
            assertThat(found).hasSize(1500);
        }
        assertThat(preparedOnTheServer(sql)).as("KeyList.byUniqueKey's statement kept by PostgreSQL").isEqualTo(1);
    }

    private static long preparedOnTheServer(String sql) {
        return jdbc.queryForObject("SELECT count(*) FROM pg_prepared_statements WHERE statement = ?", Long.class,
                sql.replace("?", "$1"));
    }
}
