package org.cooperaflow.projections.requests;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.cooperaflow.domain.request.DuplicateNeedPolicy;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.shared.CidiPriority;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The likely duplicates of a need (DuplicateNeedPolicy): the database narrows the field to needs
 * of the same state or priority sharing an SDG; the policy judges the titles. Drafts, rejected and
 * withdrawn needs are no duplicates of anything.
 */
@Service
public class PossibleDuplicatesQuery {

    private final JdbcTemplate jdbc;

    public PossibleDuplicatesQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code onlyState}: when not null, only needs of that state are shown (an officer sees no other state's). */
    public List<PossibleDuplicate> of(String requestId, CooperationRequestDetails need, String onlyState) {
        if (need.sdgs().isEmpty()) {
            return List.of();
        }
        String sdgs = "{" + String.join(",", need.sdgs().stream().map(String::valueOf).toList()) + "}";
        return jdbc.query("""
                        SELECT request_id, member_state, title, priority, sdgs, stage FROM cooperation_request_index
                        WHERE request_id <> ? AND stage NOT IN ('DRAFT', 'REJECTED', 'WITHDRAWN')
                          AND (member_state = ? OR priority = ?) AND sdgs && ?::integer[]
                          AND (?::text IS NULL OR member_state = ?)""",
                        (rs, i) -> new Candidate(rs.getString("request_id"), rs.getString("stage"),
                                new CooperationRequestDetails(rs.getString("member_state"), rs.getString("title"), null,
                                        rs.getString("priority") == null ? null : CidiPriority.valueOf(rs.getString("priority")),
                                        integers(rs.getArray("sdgs")), null, null, null)),
                        requestId, need.memberState(), need.priority() == null ? null : need.priority().name(), sdgs,
                        onlyState, onlyState)
                .stream()
                .filter(candidate -> DuplicateNeedPolicy.isLikelyDuplicate(need, candidate.details()))
                .map(candidate -> new PossibleDuplicate(candidate.requestId(), candidate.details().memberState(),
                        candidate.details().title(), candidate.stage(),
                        DuplicateNeedPolicy.titleSimilarity(need.title(), candidate.details().title())))
                .sorted(Comparator.comparingDouble(PossibleDuplicate::titleSimilarity).reversed())
                .toList();
    }

    private record Candidate(String requestId, String stage, CooperationRequestDetails details) {
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
