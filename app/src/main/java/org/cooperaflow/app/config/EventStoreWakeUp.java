package org.cooperaflow.app.config;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the event processors about new events once they are really committed. A command that joins an outer
 * transaction (a task's completion, ADR 0003; a process step in Camunda's job or the workflow processor) ends its
 * unit of work before that transaction commits: the event store asks its readers to look at once, they find
 * nothing yet, and see the events only at their next poll, a second later. After the outer commit, publishing
 * nothing (outside any unit of work) makes them look again, so the next task and the read models follow in
 * milliseconds.
 */
class EventStoreWakeUp implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Object REGISTERED = new Object();

    private final EventBus eventBus;

    EventStoreWakeUp(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(REGISTERED)) {
            TransactionSynchronizationManager.bindResource(REGISTERED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(REGISTERED);
                    // a transaction the unit of work began itself commits inside it, and the store looks then
                    if (status == STATUS_COMMITTED && !CurrentUnitOfWork.isStarted()) {
                        eventBus.publish(List.of());
                    }
                }
            });
        }
        return interceptorChain.proceed();
    }
}
