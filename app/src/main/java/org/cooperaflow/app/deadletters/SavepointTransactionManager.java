package org.cooperaflow.app.deadletters;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's transaction manager for Spring, with units of work nested in a running transaction as savepoints of it.
 * Axon's own asks Spring for the transaction definition it is given (here {@code PROPAGATION_NESTED}) but commits or
 * rolls back only a status that began a new transaction, which a savepoint's does not: a nested unit's rollback would
 * leave the transaction aborted by the failed statement. This one releases or rolls back to the savepoint as well.
 */
final class SavepointTransactionManager extends SpringTransactionManager {

    private final PlatformTransactionManager transactions;

    SavepointTransactionManager(PlatformTransactionManager transactions) {
        super(transactions, new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        this.transactions = transactions;
    }

    @Override
    protected void commitTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.commit(status);
        } else {
            super.commitTransaction(status);
        }
    }

    @Override
    protected void rollbackTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.rollback(status);
        } else {
            super.rollbackTransaction(status);
        }
    }
}
