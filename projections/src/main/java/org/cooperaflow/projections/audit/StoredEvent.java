package org.cooperaflow.projections.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event store ({@code domainevententry}) as stored: the bytes the hash chain covers. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateId, long sequenceNumber,
                          String type, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    /** The columns {@link #of(ResultSet)} reads. */
    public static final String COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, "
            + "timeStamp, payloadType, payloadRevision, payload, metaData";

    public static StoredEvent of(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("globalIndex"), rs.getString("eventIdentifier"),
                rs.getString("aggregateIdentifier"), rs.getLong("sequenceNumber"), rs.getString("type"),
                rs.getString("timeStamp"), rs.getString("payloadType"), rs.getString("payloadRevision"),
                rs.getBytes("payload"), rs.getBytes("metaData"));
    }
}
