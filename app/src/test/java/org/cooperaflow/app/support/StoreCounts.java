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
}
