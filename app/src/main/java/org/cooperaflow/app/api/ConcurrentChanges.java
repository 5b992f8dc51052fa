package org.cooperaflow.app.api;

import java.sql.SQLException;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.ProcessChangedConcurrentlyException;
import org.springframework.dao.PessimisticLockingFailureException;

/** Tells a race on a case (a user's to lose, 409) from a defect (500), whichever layer wrapped it. */
final class ConcurrentChanges {

    /** Serialization failure, deadlock detected, lock not available. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "55P03");
    private static final String UNIQUE_VIOLATION = "23505";

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
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                // two appends of one aggregate sequence: the event store's unique key decided the race
                if (RACE_STATES.contains(sql.getSQLState()) || (inEventStore && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                    return true;
                }
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
