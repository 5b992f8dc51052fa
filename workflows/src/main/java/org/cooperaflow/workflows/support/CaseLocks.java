package org.cooperaflow.workflows.support;

/**
 * Serialises the work on one case (one aggregate and its process instance) in the database, for every node:
 * whoever changes a case first takes its lock in the current transaction, and keeps it until that transaction
 * ends. Taken before Axon's in-memory aggregate lock and before any Camunda row of the case is touched, so no
 * two lock managers can wait on each other (ADR 0009).
 */
public interface CaseLocks {

    /**
     * Takes the case's lock for the current transaction, waiting a short while for another transaction that
     * holds it. Taking it again in the same transaction is free.
     *
     * @throws CaseChangedConcurrentlyException when another action on the case holds the lock for too long
     */
    void lock(String caseId);
}
