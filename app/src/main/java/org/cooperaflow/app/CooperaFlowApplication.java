package org.cooperaflow.app;

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
        SpringApplication.run(CooperaFlowApplication.class, args);
    }
}
