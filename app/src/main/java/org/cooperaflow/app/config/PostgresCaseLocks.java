package org.cooperaflow.app.config;

import java.time.Duration;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.CaseLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CaseLocks} as PostgreSQL transaction-scoped advisory locks, keyed by a 64-bit hash of the case id
 * ({@code cooperaflow_lock_case}, migration V6). PostgreSQL sees every lock a case's work waits for (this one,
 * event-store rows, Camunda rows), so a cycle among them is a deadlock it detects and breaks at once, rather
 * than two lock managers each waiting for the other until a timeout (ADR 0009).
 */
@Component
public class PostgresCaseLocks implements CaseLocks {

    private final JdbcTemplate jdbc;
    private final long waitMillis;

    public PostgresCaseLocks(JdbcTemplate jdbc,
                             @Value("${cooperaflow.case-lock.wait:PT5S}") Duration wait) {
        this.jdbc = jdbc;
        this.waitMillis = wait.toMillis();
    }

    @Override
    public void lock(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a case lock lives as long as its transaction; none is active for " + caseId);
        }
        try {
            jdbc.query("SELECT cooperaflow_lock_case(?, ?)", rs -> { }, caseId, waitMillis);
        } catch (PessimisticLockingFailureException e) {
            throw new CaseChangedConcurrentlyException("case " + caseId
                    + " is being changed by another action that has not finished; reload it and try again");
        }
    }
}
