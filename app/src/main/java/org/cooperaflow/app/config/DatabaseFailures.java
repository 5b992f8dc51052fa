package org.cooperaflow.app.config;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (gone, restarting, a connection broken under a request), or that gave up a
 * transaction for the moment, from a defect.
 */
public final class DatabaseFailures {

    /** Serialization failure, deadlock detected, lock not available. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "55P03");
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    /**
     * Whether the failure, whichever layer wrapped it, is the database being out of reach: no connection to be had,
     * a pooled connection broken (SQL state class 08, as when the server went away under it), the server shutting
     * down or starting (57P01 to 57P03).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is the database's, of the moment, so that doing the same again may well succeed: out of
     * reach, or a transaction given up by the server (a deadlock, a serialization failure, resources short, a system
     * error, an earlier statement of the transaction having failed).
     */
    public static boolean momentary(Throwable failure) {
        if (unreachable(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                // transaction rollback (40), insufficient resources (53), system error (58), in failed transaction
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.startsWith("53") || state.startsWith("58")
                        || state.equals("25P02")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether this exception itself (not its causes) is PostgreSQL deciding a race between two transactions: a
     * serialization failure, a deadlock or a lock not available (40001, 40P01, 55P03), or, in the event store, a
     * unique key violation (23505: two appends of one aggregate's same sequence number).
     */
    public static boolean raceLost(Throwable t, boolean inEventStore) {
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return RACE_STATES.contains(state) || (inEventStore && UNIQUE_VIOLATION.equals(state));
        }
        return false;
    }
}
