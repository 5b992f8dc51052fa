package org.cooperaflow.projections.batch;

import java.sql.PreparedStatement;
import java.util.Collection;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A statement whose one parameter is a list of text keys, as in {@code WHERE proposal_id = ANY(?)}: one round trip.
 *
 * <p>It is planned with its keys every time, never from a plan kept for any keys (ADR 0032). PostgreSQL's driver makes
 * a statement run five times a server-side prepared statement, and PostgreSQL may then keep a generic plan, made
 * without the keys. For {@code = ANY($1)} a generic plan can be a sequential scan that compares each row with every
 * key in turn (PostgreSQL hashes the keys only when they are in the plan), and a read model's table grows from empty
 * during a catch-up, where such a scan is the cheapest plan: reads of 86 to 113 ms per batch of a thousand events
 * where a plan with the keys takes 3 to 5.
 */
public final class KeyList {

    private KeyList() {
    }

    public static PreparedStatementCreator statement(String sql, Collection<String> keys) {
        return statement(sql, keys, true);
    }

    /**
     * As {@link #statement}, but left to the driver's default: from its fifth run a prepared statement of the
     * connection, whose results come in binary, bytes as they are rather than as hex text. Only for a read by a unique
     * key of a large table, such as the stored events by their identifiers, where any plan is the key's index.
     */
    public static PreparedStatementCreator byUniqueKey(String sql, Collection<String> keys) {
        return statement(sql, keys, false);
    }

    private static PreparedStatementCreator statement(String sql, Collection<String> keys, boolean plannedWithKeys) {
        return con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            if (plannedWithKeys && ps.isWrapperFor(PGStatement.class)) {
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            ps.setArray(1, con.createArrayOf("varchar", keys.toArray()));
            return ps;
        };
    }
}
