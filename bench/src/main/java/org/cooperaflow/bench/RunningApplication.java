package org.cooperaflow.bench;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built jar started as the README starts it, on a free port and a data folder of its own (deleted after), until
 * its health endpoint answers; stopped with SIGTERM, which stops its embedded PostgreSQL too.
 */
final class RunningApplication implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final String baseUrl;
    private final Duration startedIn;
    private final boolean keepData;

    private RunningApplication(Process process, Path dataDir, String baseUrl, Duration startedIn, boolean keepData) {
        this.process = process;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
        this.startedIn = startedIn;
        this.keepData = keepData;
    }

    static RunningApplication start(Path jar, boolean demoData, String logName) throws IOException,
            InterruptedException {
        return start(jar, demoData, logName, Map.of());
    }

    /** With more environment variables, such as a setting to compare. */
    static RunningApplication start(Path jar, boolean demoData, String logName, Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(jar, Files.createTempDirectory("cooperaflow-bench"), false, demoData, logName, environment);
    }

    /**
     * On a data folder the caller owns and keeps after {@link #close()}: a second start on it is a start with the
     * folder present, as after the first day.
     */
    static RunningApplication startOn(Path dataDir, Path jar, boolean demoData, String logName)
            throws IOException, InterruptedException {
        return start(jar, dataDir, true, demoData, logName, Map.of());
    }

    /**
     * Exactly the README's run command: the jar the build extracted next to {@code jar} ({@code run/}), with its
     * class-data-sharing archive and the README's JVM options (ADR 0025). Every benchmark starts the application so.
     */
    private static RunningApplication start(Path jar, Path dataDir, boolean keepData, boolean demoData,
                                            String logName, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path run = jar.toAbsolutePath().getParent().resolve("run");
        return start(run.resolve(jar.getFileName()), dataDir, keepData, demoData, logName, environment,
                List.of("-XX:SharedArchiveFile=" + run.resolve("cooperaflow.jsa"), "-XX:+UseSerialGC", "-Xms128m"));
    }

    private static RunningApplication start(Path jar, Path dataDir, boolean keepData, boolean demoData, String logName,
                                            Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build it first (mvn -B -Pbench"
                    + " -DskipTests verify builds the whole reactor, the application before the benchmarks)");
        }
        Path log = Files.createDirectories(Path.of("target")).resolve(logName + ".log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        // more options for the application's JVM, such as a flight recording of a run:
        // -Dbench.app-jvm-options="-XX:StartFlightRecording=filename=target/app.jfr,settings=profile"
        String more = System.getProperty("bench.app-jvm-options", "").strip();
        if (!more.isEmpty()) {
            command.addAll(List.of(more.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("COOPERAFLOW_DATA_DIR", dataDir.toString());
        builder.environment().put("COOPERAFLOW_DEMO_DATA", Boolean.toString(demoData));
        builder.environment().putAll(environment);
        System.out.printf("Starting %s on port %d%s (log: %s)%n", jar, port, demoData ? " with the demo agency" : "",
                log.toAbsolutePath());
        long started = System.nanoTime();
        Process process = builder.start();
        String baseUrl = "http://localhost:" + port;
        try {
            awaitUp(process, baseUrl, log);
        } catch (RuntimeException | InterruptedException e) {
            stop(process, keepData ? null : dataDir);
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Up in %d s%n", took.toSeconds());
        return new RunningApplication(process, dataDir, baseUrl, took, keepData);
    }

    String baseUrl() {
        return baseUrl;
    }

    Duration startedIn() {
        return startedIn;
    }

    /** The application's JVM, for its resident memory and {@code jcmd}. */
    long pid() {
        return process.pid();
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop(process, keepData ? null : dataDir);
    }

    private static void stop(Process process, Path dataDir) throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (dataDir == null) {
            return;
        }
        try (var paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void awaitUp(Process app, String base, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application exited with " + app.exitValue() + "; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application was not up within 10 minutes; see " + log);
    }
}
