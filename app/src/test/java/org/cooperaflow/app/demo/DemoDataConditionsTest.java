package org.cooperaflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.cooperaflow.app.security.UserDirectory;
import org.cooperaflow.projections.operations.DemoDataFilling;
import org.cooperaflow.projections.operations.EventStoreHead;
import org.cooperaflow.workflows.support.DueTimers;
import org.cooperaflow.workflows.tasks.TaskActions;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.cooperaflow.workflows.tasks.WorkflowAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * When the demo agency is filled in: only in the demo profile, and only while
 * {@code cooperaflow.demo-data.enabled} (environment variable {@code COOPERAFLOW_DEMO_DATA}) is true.
 * The application's own configuration files are read, so the property's default is the real one.
 */
class DemoDataConditionsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(DemoData.class);

    @Test
    void theDemoProfileHasTheDemoAgencyByDefault() {
        withCollaborators(application).withPropertyValues("spring.profiles.active=demo")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DemoData.class);
                    assertThat(context.getEnvironment().getProperty("cooperaflow.demo-data.enabled")).isEqualTo("true");
                });
    }

    @Test
    void environmentVariableFalseTurnsItOffInTheDemoProfile() {
        withCollaborators(application).withPropertyValues("spring.profiles.active=demo")
                .withSystemProperties("COOPERAFLOW_DEMO_DATA=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoData.class));
    }

    @Test
    void theProdProfileHasNoDemoAgency() {
        withCollaborators(application).withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoData.class));
    }

    @Test
    void theProdProfileHasNoDemoAgencyEvenWhenAskedFor() {
        withCollaborators(application).withPropertyValues("spring.profiles.active=prod")
                .withSystemProperties("COOPERAFLOW_DEMO_DATA=true")
                .withPropertyValues("cooperaflow.demo-data.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoData.class));
    }

    /** What the filling works with, as mocks: they answer empty, so nothing is filled in here. */
    private static ApplicationContextRunner withCollaborators(ApplicationContextRunner runner) {
        return runner.withBean(DemoDataFilling.class, () -> mock(DemoDataFilling.class))
                .withBean(EventStoreHead.class, () -> mock(EventStoreHead.class))
                .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
                .withBean(TaskInbox.class, () -> mock(TaskInbox.class))
                .withBean(TaskActions.class, () -> mock(TaskActions.class))
                .withBean(UserDirectory.class, () -> mock(UserDirectory.class))
                .withBean(WorkflowAuthentication.class, () -> mock(WorkflowAuthentication.class))
                .withBean(DueTimers.class, () -> mock(DueTimers.class))
                .withBean(EventProcessingConfiguration.class, () -> mock(EventProcessingConfiguration.class))
                .withBean(EventBus.class, () -> mock(EventBus.class));
    }
}
