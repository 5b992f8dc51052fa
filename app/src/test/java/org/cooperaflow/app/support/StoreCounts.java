package org.cooperaflow.app.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Counts per case read straight from a jar's database: events of a type, or any grouped query's rows. */
public final class StoreCounts {

    private StoreCounts() {
    }

    /** How many events of the type (simple class name) each case has in the event store. */
    public static Map<String, Integer> eventCounts(Connection db, String type) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT aggregateIdentifier, count(*) "
                + "FROM domainevententry WHERE payloadType LIKE ? GROUP BY aggregateIdentifier")) {
            statement.setString(1, "%." + type);
            return counts(statement);
        }
    }

    /** A query of two columns, a key and a count. */
    public static Map<String, Integer> counts(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            return counts(statement);
        }
    }

    private static Map<String, Integer> counts(PreparedStatement statement) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /**
     * What a fault left behind that belongs to nothing: a proposal's process without the proposal's submission, a
     * screening task still open after its proposal was screened, a transaction left open on the server for more
     * than ten seconds. The reliability report's "leaked".
     */
    public static long leaks(Connection db) throws SQLException {
        return leaks(db, null);
    }

    /** {@link #leaks(Connection)} of one case (a database other tests share), or of every case when null. */
    public static long leaks(Connection db, String caseId) throws SQLException {
        return single(db, "SELECT count(*) FROM act_ru_execution e WHERE e.id_ = e.proc_inst_id_ "
                + "AND e.proc_def_id_ LIKE 'ProposalLifecycleProcess:%' AND NOT EXISTS (SELECT 1 FROM domainevententry d "
                + "WHERE d.aggregateIdentifier = e.business_key_ AND d.payloadType LIKE '%.ProposalSubmittedEvent')"
                + " AND (CAST(? AS VARCHAR) IS NULL OR e.business_key_ = ?)", caseId)
                + single(db, "SELECT count(*) FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_ "
                + "WHERE t.task_def_key_ = 'Task_ScreenProposal' AND EXISTS (SELECT 1 FROM domainevententry d "
                + "WHERE d.aggregateIdentifier = p.business_key_ AND d.payloadType LIKE '%.ProposalScreenedEvent' "
                + "AND d.globalIndex > (SELECT max(b.globalIndex) FROM domainevententry b "
                + "WHERE b.aggregateIdentifier = p.business_key_ AND b.payloadType LIKE '%.ProposalScreeningBegunEvent'))"
                + " AND (CAST(? AS VARCHAR) IS NULL OR p.business_key_ = ?)", caseId)
                + single(db, "SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' "
                + "AND xact_start < now() - interval '10 seconds'", null);
    }

    private static long single(Connection db, String sql, String caseId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, caseId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
