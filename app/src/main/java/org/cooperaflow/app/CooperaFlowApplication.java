package org.cooperaflow.app;

import org.cooperaflow.app.config.EarlyEmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CooperaFlow: needs, proposals, Board review, funding and monitoring of development cooperation. */
@SpringBootApplication(scanBasePackages = "org.cooperaflow")
@ConfigurationPropertiesScan("org.cooperaflow")
public class CooperaFlowApplication {

    public static void main(String[] args) {
        // Axon's update checker calls home at start; an agency's server has no business doing that
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication application = new SpringApplication(CooperaFlowApplication.class);
        // the application's own database starts while Spring reads its configuration; only here, not in every
        // context a test builds, which would start a server for a data folder it never uses
        application.addListeners(new EarlyEmbeddedPostgres());
        application.run(args);
    }
}
