package org.cooperaflow.projections.stages;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.projections.batch.BatchStatements;
import org.cooperaflow.projections.batch.KeyList;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stays in a stage ({@code stage_stay}) that one batch of events touches: each case's open stay, loaded when
 * the batch opens; the stays the batch begins and the open stays it ends, written when it commits.
 */
final class StageStays {

    private final JdbcTemplate jdbc;
    private final Map<String, Stay> open = new HashMap<>();
    private final List<Stay> begun = new ArrayList<>();
    private final List<Stay> endedBefore = new ArrayList<>();

    StageStays(JdbcTemplate jdbc, Collection<String> proposalIds) {
        this.jdbc = jdbc;
        if (!proposalIds.isEmpty()) {
            jdbc.query(KeyList.statement("SELECT proposal_id, seq, stage, entered_at FROM stage_stay"
                    + " WHERE left_at IS NULL AND proposal_id = ANY(?)", proposalIds), rs -> {
                open.put(rs.getString(1), new Stay(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4), true));
            });
        }
    }

    /** The case's first stay (a draft), when it has none. */
    void begin(String proposalId, String stage, Timestamp at) {
        Stay stay = new Stay(proposalId, 1, stage, at, false);
        open.put(proposalId, stay);
        begun.add(stay);
    }

    /** Ends the case's open stay at {@code at} and begins one in {@code stage}. */
    void move(String proposalId, String stage, Timestamp at) {
        Stay current = open.get(proposalId);
        int seq = 1;
        if (current != null) {
            if (current.stored) {
                endedBefore.add(current);
            }
            current.leftAt = at;
            seq = current.seq + 1;
        }
        Stay next = new Stay(proposalId, seq, stage, at, false);
        open.put(proposalId, next);
        begun.add(next);
    }

    /** Writes the batch's stays, marked with a new change number (the dashboard reads the changes after its last). */
    void flush() {
        if (endedBefore.isEmpty() && begun.isEmpty()) {
            return;
        }
        Long change = jdbc.queryForObject("SELECT nextval('stage_change')", Long.class);
        if (!endedBefore.isEmpty()) {
            BatchStatements.update(jdbc,
                    "UPDATE stage_stay SET left_at = ?, changed_in = ? WHERE proposal_id = ? AND seq = ?",
                    endedBefore.stream().map(s -> new Object[] {s.leftAt, change, s.proposalId, s.seq}).toList());
        }
        if (!begun.isEmpty()) {
            BatchStatements.update(jdbc, """
                    INSERT INTO stage_stay (proposal_id, seq, stage, entered_at, left_at, opened_in, changed_in)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", begun.stream().map(s -> new Object[] {s.proposalId, s.seq,
                    s.stage, s.enteredAt, s.leftAt, change, change}).toList());
        }
        endedBefore.clear();
        begun.clear();
    }

    private static final class Stay {
        final String proposalId;
        final int seq;
        final String stage;
        final Timestamp enteredAt;
        /** Open in the table when the batch began: ending it is an update, not part of an insert. */
        final boolean stored;
        Timestamp leftAt;

        Stay(String proposalId, int seq, String stage, Timestamp enteredAt, boolean stored) {
            this.proposalId = proposalId;
            this.seq = seq;
            this.stage = stage;
            this.enteredAt = enteredAt;
            this.stored = stored;
        }
    }
}
