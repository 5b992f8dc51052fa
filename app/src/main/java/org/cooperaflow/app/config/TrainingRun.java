package org.cooperaflow.app.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The build's training run for the class-data-sharing archive (ADR 0025): once the application is up, it answers a
 * few requests of the kinds the first users make (health, the login page, the public catalog, the API's list with
 * credentials refused), so that the classes of a request are loaded too, and then stops cleanly, its embedded
 * database with it. The JVM writes the archive of every class it loaded as it exits.
 *
 * <p>Spring's own {@code -Dspring.context.exit=onRefresh} halts the JVM before the lifecycle starts: the embedded
 * PostgreSQL would be left running, and neither the web server nor the event processors would have loaded a class.
 */
@Component
@ConditionalOnProperty(name = "cooperaflow.training-run", havingValue = "true")
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    private static final List<String> PATHS = List.of("/actuator/health", "/login", "/catalog", "/api/catalog/needs",
            "/api/proposals", "/css/app.css");

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        Thread exit = new Thread(() -> {
            requests(port);
            System.exit(SpringApplication.exit(event.getApplicationContext()));
        }, "training-run");
        exit.start();
    }

    private static void requests(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : PATHS) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                log.info("Training run: GET {} answered {}", path, response.statusCode());
            } catch (IOException e) {
                log.warn("Training run: GET {} failed: {}", path, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
