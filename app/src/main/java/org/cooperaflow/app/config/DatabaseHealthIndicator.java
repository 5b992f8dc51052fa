package org.cooperaflow.app.config;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The database's health, answered within a deadline ({@code cooperaflow.health.database-timeout}, 500 ms). Spring
 * Boot's own check waits for a pool connection, up to the pool's 30 s when the database is gone; a load balancer
 * or an operator asking for health needs an answer now. The check runs on its own thread; while a check that
 * outlived its deadline is still stuck, the next answers DOWN at once rather than starting another.
 */
@Component("db")
public class DatabaseHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<Boolean> running;

    public DatabaseHealthIndicator(DataSource dataSource,
                                   @Value("${cooperaflow.health.database-timeout:PT0.5S}") Duration timeout) {
        super("Database health check failed");
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Future<Boolean> check = running;
        if (check == null || check.isDone()) {
            check = checker.submit(this::isValid);
            running = check;
        }
        try {
            boolean valid = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            (valid ? builder.up() : builder.down()).withDetail("database", "PostgreSQL");
        } catch (TimeoutException e) {
            builder.down().withDetail("database", "PostgreSQL")
                    .withDetail("error", "no answer within " + timeout.toMillis() + " ms");
        }
    }

    private boolean isValid() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
