package org.cooperaflow.projections.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event store ({@code domainevententry}) as stored: the bytes the hash chain covers. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateId, long sequenceNumber,
                          String type, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    /** The columns {@link #of(ResultSet)} reads, the first of its row and in this order. */
    public static final String COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, "
            + "timeStamp, payloadType, payloadRevision, payload, metaData";

    /**
     * The row's first columns, {@link #COLUMNS} in order, read by their position: PostgreSQL's driver finds a column
     * by name through a case-insensitive map, at each read of each row (ADR 0028).
     */
    public static StoredEvent of(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10));
    }
}
