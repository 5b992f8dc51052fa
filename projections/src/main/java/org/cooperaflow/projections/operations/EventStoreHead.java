package org.cooperaflow.projections.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The head of the event store: the position a processor that has handled every event has reached. */
@Repository
public class EventStoreHead {

    private final JdbcTemplate jdbc;

    public EventStoreHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest global index in {@code domainevententry}; 0 while the store is empty. */
    public long globalIndex() {
        Long head = jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    /** How many events the store holds. */
    public long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }
}
