package org.cooperaflow.projections.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The headlines of a page of cases at once, from the read models (proposal list, request index, offers, funding): one query
 * per kind, however many cases the page shows. A case its read model has not caught up with yet is absent.
 */
@Service
public class CaseHeadlineQuery {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseHeadlineQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, CaseHeadline> of(Collection<String> caseIds) {
        Map<String, CaseHeadline> headlines = new HashMap<>();
        if (caseIds.isEmpty()) {
            return headlines;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", List.copyOf(caseIds));
        jdbc.query("SELECT proposal_id, title, stage, proposer_state FROM proposal_list WHERE proposal_id IN (:ids)",
                ids, rs -> {
                    headlines.put(rs.getString(1), new CaseHeadline(rs.getString(1), CaseHeadline.Kind.PROPOSAL,
                            rs.getString(2), rs.getString(3), trimmed(rs.getString(4))));
                });
        jdbc.query("SELECT request_id, title, stage, member_state FROM cooperation_request_index WHERE request_id IN (:ids)",
                ids, rs -> {
                    headlines.put(rs.getString(1), new CaseHeadline(rs.getString(1),
                            CaseHeadline.Kind.COOPERATION_REQUEST, rs.getString(2), rs.getString(3),
                            trimmed(rs.getString(4))));
                });
        jdbc.query("SELECT offer_id, title, stage, country FROM offer_catalog WHERE offer_id IN (:ids)", ids, rs -> {
            headlines.put(rs.getString(1), new CaseHeadline(rs.getString(1), CaseHeadline.Kind.OFFER,
                    rs.getString(2), rs.getString(3), trimmed(rs.getString(4))));
        });
        jdbc.query("SELECT contribution_id, contributor_type, cancelled FROM funding_contribution"
                + " WHERE contribution_id IN (:ids)", ids, rs -> {
                    headlines.put(rs.getString(1), new CaseHeadline(rs.getString(1), CaseHeadline.Kind.CONTRIBUTION,
                            rs.getString(2), rs.getBoolean(3) ? "CANCELLED" : null, null));
                });
        return headlines;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
