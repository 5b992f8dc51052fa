package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class ReadModelCorrelationTest {

    private final CorrelationDataProvider actor =
            ReadModelCorrelation.skippedInReadModels(new SimpleCorrelationDataProvider("actor"));
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("submitted")
            .andMetaData(Map.of("actor", "officer-jm"));

    @Test
    void aReadModelsBatchMakesNoCorrelationData() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(event));
        batch.registerCorrelationDataProvider(actor);
        Object made = batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch,
                List.of(ReadModelCorrelation.marker()), message -> CurrentUnitOfWork.correlationData()).proceed())
                .getPayload();
        assertThat((MetaData) made).isEmpty();
    }

    @Test
    void elsewhereTheProvidersGiveWhatTheyGave() throws Exception {
        UnitOfWork<EventMessage<?>> workflow = DefaultUnitOfWork.startAndGet(event);
        workflow.registerCorrelationDataProvider(actor);
        try {
            assertThat(CurrentUnitOfWork.correlationData()).containsEntry("actor", "officer-jm");
        } finally {
            workflow.commit();
        }
    }

    @Test
    void aCommandSentFromAReadModelsBatchWouldStillCarryIt() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(event));
        batch.registerCorrelationDataProvider(actor);
        Object made = batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch,
                List.of(ReadModelCorrelation.marker()), message -> {
                    // a nested unit of work, as the command bus starts one for a command
                    UnitOfWork<EventMessage<?>> nested = DefaultUnitOfWork.startAndGet(event);
                    nested.registerCorrelationDataProvider(actor);
                    try {
                        return CurrentUnitOfWork.correlationData();
                    } finally {
                        nested.commit();
                    }
                }).proceed()).getPayload();
        assertThat((MetaData) made).containsEntry("actor", "officer-jm");
    }
}
