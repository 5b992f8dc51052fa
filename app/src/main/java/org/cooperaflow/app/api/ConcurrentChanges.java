package org.cooperaflow.app.api;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cooperaflow.app.config.DatabaseFailures;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.ProcessChangedConcurrentlyException;
import org.springframework.dao.PessimisticLockingFailureException;

/** Tells a race on a case (a user's to lose, 409) from a defect (500), whichever layer wrapped it. */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    static boolean isConcurrentChange(Throwable failure) {
        boolean inEventStore = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CaseChangedConcurrentlyException || t instanceof ConcurrencyException
                    || t instanceof ProcessChangedConcurrentlyException || t instanceof PessimisticLockingFailureException) {
                return true;
            }
            inEventStore |= t instanceof EventStoreException;
            if (DatabaseFailures.raceLost(t, inEventStore)) {
                return true;
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
