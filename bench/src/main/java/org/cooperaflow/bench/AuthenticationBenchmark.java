package org.cooperaflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a password costs an API call: the same request ({@code GET /api/catalog/needs}) by 16 clients, anonymous and
 * with a demo user's HTTP Basic credentials, on the built jar as the README starts it. Run twice in one go: with the
 * verified-credential cache as configured, and with it off (a time to live of zero: BCrypt on every request), so
 * the ratio of each to the anonymous rate shows what the cache is worth. Target: with credentials at least 0.8 of
 * the anonymous rate. Fails (an exception, so the build fails) when the configured run misses it.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests verify}
 */
public final class AuthenticationBenchmark {

    private static final int CLIENTS = 16;
    private static final String PATH = "/api/catalog/needs";
    private static final double TARGET = 0.8;

    private AuthenticationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/cooperaflow.jar");
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 15);
        double cached = ratio(jar, measure, null);
        double uncached = ratio(jar, measure, "PT0S");
        System.out.printf(Locale.ROOT, "%nWith credentials / anonymous, same request, %d clients: %.2f with the"
                + " credential cache, %.2f without it (target >= %.1f)%n", CLIENTS, cached, uncached, TARGET);
        if (cached < TARGET) {
            throw new IllegalStateException("requests with credentials ran at " + cached + " of the anonymous rate");
        }
    }

    /** Requests per second with credentials over anonymous, on a fresh application. */
    private static double ratio(Path jar, Duration measure, String cacheTimeToLive) throws Exception {
        String label = cacheTimeToLive == null ? "credential cache on" : "credential cache off";
        try (RunningApplication app = RunningApplication.start(jar, false, "authentication-app",
                cacheTimeToLive == null ? Map.of()
                        : Map.of("COOPERAFLOW_SECURITY_CREDENTIAL_CACHE_TIME_TO_LIVE", cacheTimeToLive))) {
            String basic = "Basic " + Base64.getEncoder().encodeToString("officer-jm:demo"
                    .getBytes(StandardCharsets.UTF_8));
            rate(app.baseUrl(), null, Duration.ofSeconds(5));
            rate(app.baseUrl(), basic, Duration.ofSeconds(5));
            double anonymous = rate(app.baseUrl(), null, measure);
            double signedIn = rate(app.baseUrl(), basic, measure);
            System.out.printf(Locale.ROOT, "%-22s anonymous %8.0f req/s   with credentials %8.0f req/s   ratio %.2f%n",
                    label, anonymous, signedIn, signedIn / anonymous);
            return signedIn / anonymous;
        }
    }

    /** Completed 200 answers per second, {@code CLIENTS} clients each sending one request after another. */
    private static double rate(String base, String authorization, Duration duration) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            counts.add(clients.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + PATH))
                        .timeout(Duration.ofSeconds(30)).GET();
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpRequest built = request.build();
                long ok = 0;
                while (running.get()) {
                    HttpResponse<Void> answer = client.send(built, HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(PATH + " answered " + answer.statusCode());
                    }
                    ok++;
                }
                return ok;
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.SECONDS);
        return total / seconds;
    }
}
