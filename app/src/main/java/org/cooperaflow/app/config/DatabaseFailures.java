package org.cooperaflow.app.config;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that cannot be reached (gone, restarting, a connection broken under a request) from a defect. */
public final class DatabaseFailures {

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
}
