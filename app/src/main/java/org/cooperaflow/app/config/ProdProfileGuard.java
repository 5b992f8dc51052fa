package org.cooperaflow.app.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The prod profile refuses to start without an external PostgreSQL, before anything else
 * starts: production data never lands in an embedded database by mistake.
 */
public class ProdProfileGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        String url = environment.getProperty("spring.datasource.url");
        if (prod && (url == null || url.isBlank())) {
            throw new IllegalStateException("The prod profile needs an external PostgreSQL: set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
        }
    }
}
