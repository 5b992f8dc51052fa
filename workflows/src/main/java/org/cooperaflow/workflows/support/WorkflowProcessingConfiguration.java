package org.cooperaflow.workflows.support;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code workflow} processor drives processes only from events it sees for the first time.
 * A reset replays history that the processes already reflect: replayed events pass by untouched,
 * so a replay never starts, advances or withdraws a case (ADR 0004). An event delivered again
 * after a crash is no replay: the handlers meet it and find their instance by business key.
 */
@Configuration(proxyBeanMethods = false)
public class WorkflowProcessingConfiguration {

    @Bean
    ConfigurerModule workflowIgnoresReplays() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(
                WorkflowProcessingGroup.NAME, c -> new SkipReplayedEvents());
    }

    /** Lets only live events through to the workflow handlers. */
    static final class SkipReplayedEvents implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            if (ReplayToken.isReplay(unitOfWork.getMessage())) {
                return null;
            }
            return interceptorChain.proceed();
        }
    }
}
