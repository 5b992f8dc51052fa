package org.cooperaflow.app.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built application ({@code target/cooperaflow.jar}, packaged before the integration tests run) in a JVM of
 * its own, started as the README starts it, for what only a real process shows: being killed, SIGTERM, a database
 * that goes away. Its output goes to {@code target/jar-runs/<name>.log}.
 */
public final class RunningJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "cooperaflow.jar");

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    public RunningJar(String name, Map<String, String> environment) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the tests that run the jar come after"
                    + " 'mvn package'");
        }
        this.name = name;
        this.port = freePort();
        this.environment = environment;
    }

    /** Starts the jar and waits until its health endpoint says UP. */
    public RunningJar start(Duration atMost) throws IOException {
        Path log = Files.createDirectories(Path.of("target", "jar-runs")).resolve(name + "-" + (++starts) + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().putIfAbsent("COOPERAFLOW_DEMO_DATA", "false");
        process = builder.start();
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).alias(name + " is UP on /actuator/health (" + log + ")")
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                    }
                    return healthStatus() == 200;
                });
        return this;
    }

    /** The status of {@code GET /actuator/health}, or 0 when nothing answers. */
    public int healthStatus() {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    public ApiClient as(String user) {
        return new ApiClient(baseUrl(), user);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code kill -9}: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the time the process took to end (or null if it did not end within the wait). */
    public Duration terminate(Duration wait) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        boolean ended = process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        return ended ? Duration.ofNanos(System.nanoTime() - start) : null;
    }

    /** The process id: with the host's name, the owner of the event processors' claims in {@code tokenentry}. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the application with SIGTERM, so that it stops the embedded PostgreSQL it started (a {@code kill -9}
     * would leave that server running after the test); forcibly only if it does not end within a minute.
     */
    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A second application on the embedded database of the jar that runs on {@code dataDir}, as a second replica on
     * one PostgreSQL (not started).
     */
    public static RunningJar secondNodeOn(Path dataDir, String name) throws IOException {
        return secondNodeOn(dataDir, name, Map.of());
    }

    /** {@link #secondNodeOn(Path, String)} with more of its environment. */
    public static RunningJar secondNodeOn(Path dataDir, String name, Map<String, String> more) throws IOException {
        String password = Files.readString(dataDir.resolve("postgres-password"), java.nio.charset.StandardCharsets.UTF_8)
                .trim();
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).trim());
        Map<String, String> environment = new java.util.HashMap<>(more);
        environment.putAll(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", password));
        return new RunningJar(name, environment);
    }

    /**
     * A connection to the embedded database a jar runs on the data folder: the password it generated there, the port
     * in PostgreSQL's lock file.
     */
    public static java.sql.Connection connectToDatabaseIn(Path dataDir) throws IOException, java.sql.SQLException {
        String password = Files.readString(dataDir.resolve("postgres-password"), java.nio.charset.StandardCharsets.UTF_8)
                .trim();
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).trim());
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres",
                password);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
